package vn.xaso.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.xaso.publish.Output;
import vn.xaso.site.Views.ChartRow;
import vn.xaso.site.Views.ChartView;
import vn.xaso.site.Views.Shown;

/**
 * Writes a chart's .csv next to its page and gives the template its view, with the chart's data
 * inline in a data attribute: one file fewer per chart (at national scale, hundreds of thousands)
 * and still no inline script, so the CSP stays strict.
 */
public final class ChartWriter {
  private final ObjectMapper json;
  private final Output out;

  public ChartWriter(ObjectMapper json, Output out) {
    this.json = json;
    this.out = out;
  }

  /** Writes the CSV under {@code folder} (the page's folder, ending in /) and returns the view. */
  public ChartView write(Chart chart, String folder, Show show) {
    String base = "chart-" + chart.id();
    out.writeText(folder + base + ".csv", csv(chart));
    return view(chart, base + ".csv", show);
  }

  /**
   * The view of a chart whose numbers already stand in an open-data CSV ({@code csvHref}), as a
   * report's do: no file of its own, which at national scale saves six files per report.
   */
  public ChartView view(Chart chart, String csvHref, Show show) {
    String base = "chart-" + chart.id();
    String spec;
    try {
      spec = json.writeValueAsString(chart.json(show.lang()));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    List<ChartRow> rows = new ArrayList<>();
    for (int i = 0; i < chart.labels().size(); i++) {
      List<Shown> cells = new ArrayList<>();
      for (Chart.Series s : chart.series()) {
        Double v = s.values().get(i);
        cells.add(v == null ? show.absent(null) : chart.percent() ? show.number(v, "%") : show.number(v, ""));
      }
      rows.add(new ChartRow(chart.labels().get(i), chart.links().isEmpty() ? null : chart.links().get(i), cells));
    }
    return new ChartView(base, chart.title(), spec, csvHref, chart.source(), chart.note(),
        chart.corner(), chart.series().stream().map(Chart.Series::name).toList(), rows);
  }

  /** Plain numbers with a dot, empty where not reported, one column per series. */
  static String csv(Chart chart) {
    StringWriter w = new StringWriter();
    try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT)) {
      List<String> header = new ArrayList<>();
      header.add(chart.corner());
      chart.series().forEach(s -> header.add(s.name()));
      p.printRecord(header);
      for (int i = 0; i < chart.labels().size(); i++) {
        List<String> row = new ArrayList<>();
        row.add(chart.labels().get(i));
        for (Chart.Series s : chart.series()) {
          Double v = s.values().get(i);
          row.add(v == null ? "" : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString());
        }
        p.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
