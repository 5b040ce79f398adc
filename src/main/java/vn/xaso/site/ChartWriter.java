package vn.xaso.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.xaso.derive.When;
import vn.xaso.model.Lang;
import vn.xaso.publish.CsvBytes;
import vn.xaso.site.PageModel.PageFile;
import vn.xaso.site.Views.ChartRow;
import vn.xaso.site.Views.ChartView;
import vn.xaso.site.Views.Shown;

/**
 * Draws a chart: its figures as CSV (and its Excel copy) to be written next to its page, and
 * the template's view. The figures are on the page once, in the accessible table beside the
 * canvas, which the site's script draws from (labels, periods, series, values, the words for a
 * gap); the canvas carries only the chart's type and whether it shows percentages. So there is
 * no inline script, the CSP stays strict, and a report page does not carry its figures twice.
 * File names carry the language: a Vietnamese and an English download of the same chart never
 * overwrite each other in a download folder.
 */
public final class ChartWriter {

  /** What drawing gives: the template's view and the files to write beside the page; nothing is written yet. */
  public record Drawn<V>(V view, List<PageFile> files) {}

  /** {@code chart-<id>-<lang>.csv}: the file name of a chart's figures in one language. */
  static String csvName(Chart chart, Lang lang) {
    return "chart-" + chart.id() + "-" + lang.code() + ".csv";
  }

  static String excelName(Chart chart, Lang lang) {
    return "chart-" + chart.id() + "-" + lang.code() + ".excel.csv";
  }

  /** {@code charts-<lang>.csv}: the one file of a report or commune page holding every chart's figures. */
  static String pageCsvName(Lang lang) {
    return "charts-" + lang.code() + ".csv";
  }

  /** The view, and the CSV and its Excel copy to write under {@code folder} (the page's folder, ending in /). */
  public Drawn<ChartView> draw(Chart chart, String folder, Show show) {
    byte[] csv = csv(chart, show);
    List<PageFile> files = List.of(new PageFile(folder + csvName(chart, show.lang()), csv),
        new PageFile(folder + excelName(chart, show.lang()), CsvBytes.excel(csv)));
    return new Drawn<>(view(chart, csvName(chart, show.lang()), excelName(chart, show.lang()),
        show.messages().get("chart.csv"), show), files);
  }

  /**
   * Puts the figures of all of a page's charts into one long-form file, {@link #pageCsvName},
   * with a byte-order mark so Excel reads the Vietnamese (pandas and readr drop it), and no
   * separate Excel copy. Report and commune pages are tens of thousands at national scale: one
   * file per page and language instead of two per chart keeps the site's file count, and its
   * build time, within bounds. Every chart's download link points to that file.
   */
  public Drawn<List<ChartView>> drawTogether(List<Chart> charts, String folder, Show show) {
    if (charts.isEmpty()) {
      return new Drawn<>(List.of(), List.of());
    }
    String name = pageCsvName(show.lang());
    PageFile file = new PageFile(folder + name, CsvBytes.excel(longForm(charts, show)));
    String label = show.messages().get("chart.csv_page");
    return new Drawn<>(charts.stream().map(ch -> view(ch, name, null, label, show)).toList(), List.of(file));
  }

  private ChartView view(Chart chart, String csvHref, String excelHref, String csvLabel, Show show) {
    String base = "chart-" + chart.id();
    boolean periodColumn = chart.periods().stream().distinct().count() > 1 && !chart.periods().equals(chart.labels());
    List<ChartRow> rows = new ArrayList<>();
    for (int i = 0; i < chart.labels().size(); i++) {
      List<Shown> cells = new ArrayList<>();
      for (Chart.Series s : chart.series()) {
        Double v = s.values().get(i);
        cells.add(v == null ? show.absent(null) : chart.percent() ? show.number(v, "%") : show.number(v, ""));
      }
      rows.add(new ChartRow(chart.labels().get(i), chart.links().isEmpty() ? null : chart.links().get(i),
          periodColumn ? chart.periods().get(i) : null, cells));
    }
    String missing = missing(chart, show);
    String aria = chart.title() + (missing == null ? "" : ". " + missing);
    return ChartView.builder().id(base).title(chart.title()).type(chart.type()).percent(chart.percent())
        .csv(csvHref).excel(excelHref).csvLabel(csvLabel)
        .source(chart.source()).note(chart.note()).corner(chart.corner())
        .series(chart.series().stream().map(Chart.Series::name).toList()).periods(periodColumn).rows(rows)
        .missing(missing).aria(aria).build();
  }

  /**
   * "Không báo cáo (không phải 0): Chí Minh, Minh Long": said in words under the chart and to
   * screen readers, as the chart itself draws a labelled placeholder in each empty slot.
   */
  static String missing(Chart chart, Show show) {
    if (!chart.hasMissing()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (Chart.Series s : chart.series()) {
      List<String> labels = new ArrayList<>();
      for (int i = 0; i < chart.labels().size(); i++) {
        if (s.values().get(i) == null) {
          labels.add(chart.labels().get(i));
        }
      }
      if (!labels.isEmpty()) {
        parts.add((chart.series().size() > 1 ? s.name() + ": " : "") + String.join(", ", labels));
      }
    }
    return show.messages().get("chart.missing", Map.of("list", String.join("; ", parts)));
  }

  /**
   * The chart's figures: one row per category, one column per series (plain numbers with a dot,
   * empty where not reported), then the period and the source document of each row.
   */
  static byte[] csv(Chart chart, Show show) {
    List<String> header = new ArrayList<>();
    header.add(chart.corner());
    chart.series().forEach(s -> header.add(s.name()));
    header.add(show.messages().get("chart.period"));
    header.add(show.messages().get("chart.source_column"));
    dating(header, show.messages());
    // One series' dates and basis: a chart of several series has them in the long form only.
    Chart.Series first = chart.series().size() == 1 ? chart.series().get(0) : null;
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < chart.labels().size(); i++) {
      List<Object> row = new ArrayList<>();
      row.add(chart.labels().get(i));
      for (Chart.Series s : chart.series()) {
        row.add(s.values().get(i));
      }
      row.add(chart.periods().get(i));
      row.add(chart.sources().get(i));
      row.add(chart.unit());
      boolean given = first != null && first.values().get(i) != null;
      dated(row, first == null ? null : first.when(i), given ? first.basis(i) : null);
      rows.add(row);
    }
    return CsvBytes.table(header, rows);
  }

  /** The columns appended to every chart CSV: ISO first and last day, kind of period, basis. */
  private static void dating(List<String> header, Messages t) {
    if (!header.contains(t.get("chart.unit"))) {
      header.add(t.get("chart.unit"));
    }
    header.add(t.get("chart.period_start"));
    header.add(t.get("chart.period_end"));
    header.add(t.get("chart.kind"));
    header.add(t.get("chart.basis"));
  }

  /** A value's ISO dates (the first empty for a stock or a span from an unstated start), kind code and basis. */
  private static void dated(List<Object> row, When w, String basis) {
    row.add(w == null || w.stock() ? null : w.from());
    row.add(w == null ? null : w.to());
    row.add(w == null ? null : w.span().code());
    row.add(basis);
  }

  /**
   * Every chart's figures in long form: one row per plotted value, naming its chart (the title in
   * the page's language), category, series, value (a plain number, empty where not reported),
   * unit, the words "not reported" where it is missing (never 0), period and source document.
   */
  static byte[] longForm(List<Chart> charts, Show show) {
    Messages t = show.messages();
    List<String> header = List.of(t.get("chart.chart"), t.get("chart.item"), t.get("chart.series"),
        t.get("chart.value"), t.get("chart.unit"), t.get("chart.note"), t.get("chart.period"),
        t.get("chart.source_column"));
    header = new ArrayList<>(header);
    dating(header, t);
    String notReported = t.get("not_reported");
    List<List<Object>> rows = new ArrayList<>();
    for (Chart chart : charts) {
      for (int i = 0; i < chart.labels().size(); i++) {
        for (Chart.Series s : chart.series()) {
          Double v = s.values().get(i);
          List<Object> row = new ArrayList<>();
          row.add(chart.title());
          row.add(chart.labels().get(i));
          row.add(s.name());
          row.add(v);
          row.add(chart.unit());
          row.add(v == null ? notReported : null);
          row.add(chart.periods().get(i));
          row.add(chart.sources().get(i));
          dated(row, s.when(i), v == null ? null : s.basis(i));
          rows.add(row);
        }
      }
    }
    return CsvBytes.table(header, rows);
  }
}
