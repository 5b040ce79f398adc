package vn.xaso.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.xaso.derive.Derived;
import vn.xaso.derive.Indicator;
import vn.xaso.derive.ReportFacts;
import vn.xaso.model.Commune;
import vn.xaso.schema.Schema;
import vn.xaso.site.PageModels.IndicatorRow;
import vn.xaso.site.PageModels.ReportLink;
import vn.xaso.site.Views.ChartView;
import vn.xaso.site.Views.Link;

/**
 * What the page kinds built from data share in one language: names, periods, links to reports,
 * the comparison chart, download lists and indicator rows. Nothing here writes: a chart is
 * drawn into its view and the files to write.
 */
final class PageParts {
  /** How many bars a comparison chart shows before the table takes over. */
  static final int CHART_LIMIT = 30;

  private final Derived derived;
  private final SiteContext c;
  private final ChartWriter charts;
  private final Map<String, List<ReportFacts>> byCommune;
  /** The latest report of each commune: home, provinces and every ranking ask for it. */
  private final List<ReportFacts> latest;

  /** The data's own date, whose year the suggested citations give. */
  private final java.time.LocalDate created;
  /** The open-data tables' file names, in the publish stage's order. */
  private final List<String> tableFiles;

  PageParts(Derived derived, Schema schema, SiteContext c, ChartWriter charts, DataIndex index) {
    this.derived = derived;
    this.c = c;
    this.charts = charts;
    this.created = vn.xaso.publish.DataPublisher.created(derived);
    this.tableFiles = new vn.xaso.publish.Tables(schema).all().stream().map(vn.xaso.publish.Table::file).toList();
    // Grouped once: asking Derived per commune walks every report for every commune.
    this.byCommune = index.byCommune();
    this.latest = index.latest();
  }

  List<ReportFacts> reportsOf(Commune cm) {
    return byCommune.getOrDefault(SiteLayout.commune(cm), List.of());
  }

  String folder(String path) {
    return SiteLayout.folder(c.lang(), path);
  }

  /** A link from a page to a folder or file given from the site root. */
  String toSite(String page, String sitePath) {
    return SiteLayout.toSite(c.lang(), page, sitePath);
  }

  String name(Commune commune) {
    return commune.displayName(c.lang());
  }

  /** A name at the start of a heading or title: "xã Hùng Thắng" → "Xã Hùng Thắng". */
  static String capitalised(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
  }

  String period(ReportFacts r) {
    return c.f().period(r.report().period());
  }



  /** Reports split by kind of period: spans first, then "as of" dates; empty kinds left out. */
  static List<List<ReportFacts>> byKind(List<ReportFacts> reports) {
    List<ReportFacts> spans = reports.stream().filter(r -> r.report().period().asOf() == null).toList();
    List<ReportFacts> asOf = reports.stream().filter(r -> r.report().period().asOf() != null).toList();
    return java.util.stream.Stream.of(spans, asOf).filter(l -> !l.isEmpty()).toList();
  }

  /** "Over a span" or "as of a date": the kind of a report's period in words. */
  String kindLabel(ReportFacts r) {
    return c.t().get(r.report().period().asOf() == null ? "period_kind.span" : "period_kind.as_of");
  }


  /** A link from {@code page} to a report, with its commune, province, period and source. */
  ReportLink reportLink(ReportFacts r, String page) {
    return new ReportLink(SiteLayout.href(page, SiteLayout.report(r)), name(r.commune()), r.province().name(),
        period(r), Citation.of(r.report().source(), c));
  }

  /** Highest value first, not reported last, ties by path. */
  static List<ReportFacts> byValue(List<ReportFacts> reports, Indicator i) {
    return sorted(reports, r -> r.value(i).present() ? -r.value(i).number() : Double.MAX_VALUE, false);
  }

  /**
   * Sorted by {@code key} (descending when {@code reversed}), ties by path; each key and path is
   * worked out once, not at every comparison: with 40,000 reports that was most of a ranking's time.
   */
  static <K extends Comparable<K>> List<ReportFacts> sorted(List<ReportFacts> reports, Function<ReportFacts, K> key,
      boolean reversed) {
    record Keyed<K>(K key, String path, ReportFacts facts) {}
    Comparator<Keyed<K>> byKey = Comparator.comparing(Keyed::key);
    return reports.stream().map(r -> new Keyed<>(key.apply(r), r.path(), r))
        .sorted((reversed ? byKey.reversed() : byKey).thenComparing(Keyed::path))
        .map(Keyed::facts).toList();
  }

  /** A comparison of one indicator over the latest report of each commune given: highest first, not reported last. */
  Chart compare(Indicator i, List<ReportFacts> reports, String page) {
    List<ReportFacts> sorted = byValue(reports, i);
    List<ReportFacts> shown = sorted.stream().limit(CHART_LIMIT).toList();
    String note = sorted.size() > CHART_LIMIT
        ? c.t().get("chart.top", Map.of("n", c.f().number(CHART_LIMIT), "m", c.f().number(sorted.size()))) : null;
    if (byKind(reports).size() > 1) {
      String mixed = c.t().get("chart.mixed_periods");
      note = note == null ? mixed : note + " " + mixed;
    }
    return new Chart("compare-" + i.code().replace('_', '-'), i.label(c.lang()), "bar", i.isPercent(),
        c.show().unitIn(i.unit()), c.t().get("source.latest"), note, c.t().get("chart.commune"),
        shown.stream().map(r -> name(r.commune())).toList(),
        shown.stream().map(r -> SiteLayout.viaRoot(page, SiteLayout.report(r))).toList(),
        List.of(new Chart.Series(i.label(c.lang()), values(shown, i))),
        shown.stream().map(this::period).toList(), shown.stream().map(this::sourceOf).toList());
  }

  /** The comparison chart of a page listing {@code reports}, none when there are none. */
  ChartWriter.Drawn<List<ChartView>> comparison(Indicator i, List<ReportFacts> reports, String page) {
    if (reports.isEmpty()) {
      return new ChartWriter.Drawn<>(List.of(), List.of());
    }
    ChartWriter.Drawn<ChartView> drawn = charts.draw(compare(i, reports, page), folder(page), c.show());
    return new ChartWriter.Drawn<>(List.of(drawn.view()), drawn.files());
  }

  private static String excel(String csv) {
    return csv.replace(".csv", ".excel.csv");
  }

  /** The source document of a report's figures, as the chart CSVs and citations name it. */
  String sourceOf(ReportFacts r) {
    return Citation.of(r.report().source(), c);
  }

  static List<String> same(List<?> labels, String text) {
    return java.util.Collections.nCopies(labels.size(), text);
  }

  static List<Double> values(List<ReportFacts> reports, Indicator i) {
    List<Double> v = new ArrayList<>();
    reports.forEach(r -> v.add(r.value(i).number()));
    return v;
  }


  SiteContext context() {
    return c;
  }

  /** The slugs of the provinces the site has a page for: the map links only to those. */
  java.util.Set<String> provincePages() {
    return derived.provinces().stream().map(vn.xaso.model.Province::slug)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** The map of the 34 provinces for one share, from each commune's latest report. */
  ProvinceMap.MapView map(Indicator i, String page) {
    return ProvinceMap.draw(i, latest, provincePages(), page, this);
  }

  /** The latest report of each commune. */
  List<ReportFacts> latest() {
    return latest;
  }

  ChartWriter charts() {
    return charts;
  }

  /** The data's own date, whose year the suggested citations give. */
  java.time.LocalDate created() {
    return created;
  }

  /** Every indicator of a report: value, basis and formula. */
  List<IndicatorRow> indicatorRows(ReportFacts r) {
    List<IndicatorRow> rows = new ArrayList<>();
    for (Indicator i : Indicator.values()) {
      rows.add(new IndicatorRow(i.label(c.lang()), i.code(), c.show().value(i, r.value(i)),
          c.t().get("basis." + r.value(i).basis().code()), i.formula(c.lang())));
    }
    return rows;
  }

  /** The open-data files of a level (all, province, commune, report), linked where the open-data stage writes them. */
  List<Link> downloads(String folder) {
    List<Link> out = new ArrayList<>(tables(folder, f -> f));
    out.add(new Link(folder + "data.json", "data.json"));
    return out;
  }

  /** Each open-data table in {@code folder}, labelled by {@code label}, then its Excel copy. */
  List<Link> tables(String folder, Function<String, String> label) {
    List<Link> out = new ArrayList<>();
    for (String f : tableFiles) {
      out.add(new Link(folder + f, label.apply(f)));
      out.add(new Link(folder + excel(f), c.t().get("downloads.excel", Map.of("file", excel(f)))));
    }
    return out;
  }
}
