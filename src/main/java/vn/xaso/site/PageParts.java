package vn.xaso.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.time.temporal.ChronoUnit;
import vn.xaso.derive.Comparisons;
import vn.xaso.derive.Derived;
import vn.xaso.derive.When;
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
  /** Which figures of each indicator compare, worked out once for both languages. */
  private final Map<Indicator, Comparisons.Result> comparisons;
  private final Map<Indicator, Ranks> ranks;

  /** The data's own date, whose year the suggested citations give. */
  private final java.time.LocalDate created;
  /** The open-data tables' file names, in the publish stage's order. */
  private final List<String> tableFiles;

  PageParts(Derived derived, Schema schema, SiteContext c, ChartWriter charts, DataIndex index) {
    this.derived = derived;
    this.c = c;
    this.charts = charts;
    this.created = derived.created();
    this.tableFiles = new vn.xaso.publish.Tables(schema).all().stream().map(vn.xaso.publish.Table::file).toList();
    // Grouped once: asking Derived per commune walks every report for every commune.
    this.byCommune = index.byCommune();
    this.latest = index.latest();
    this.comparisons = index.comparisons();
    this.ranks = index.ranks();
  }

  /** Which figures of {@code i} compare, and their ranks. */
  Comparisons.Result comparisons(Indicator i) {
    return comparisons.get(i);
  }

  /** Where each commune's figure of {@code i} stands. */
  Ranks ranks(Indicator i) {
    return ranks.get(i);
  }

  /** A figure's own date or span in words: "tính đến 07/11/2025", "28/11/2025 – 05/12/2025 (một tuần)". */
  String when(When w) {
    if (w == null) {
      return "";
    }
    return switch (w.span()) {
      case AS_OF -> c.t().get("when.as_of", Map.of("date", c.f().date(w.to())));
      case TO_DATE -> c.t().get("when.to_date", Map.of("date", c.f().date(w.to())));
      default -> c.t().get("when.span", Map.of("from", c.f().date(w.from()), "to", c.f().date(w.to()),
          "kind", spanName(w)));
    };
  }

  /** "một tuần", "một tháng", "45 ngày": the kind of a flow's span. */
  String spanName(When w) {
    return w.span() == When.Span.OTHER
        ? c.t().get("span.other", Map.of("days", c.f().number(ChronoUnit.DAYS.between(w.from(), w.to()) + 1)))
        : c.t().get("span." + w.span().code());
  }

  /** A group of comparable figures named for a table or chart: its kind and its dates. */
  String groupTitle(Comparisons.Group g) {
    String dates = g.from().equals(g.to()) ? c.f().date(g.to()) : c.f().date(g.from()) + " – " + c.f().date(g.to());
    if (g.span() == When.Span.AS_OF) {
      return c.t().get("group.stock", Map.of("dates", dates));
    }
    if (g.span() == null) {
      return c.t().get("group.flow_share", Map.of("dates", dates));
    }
    return c.t().get("group.flow_count", Map.of("dates", dates, "kind", c.t().get("span." + g.span().code())));
  }

  /** Why a commune is in no group of {@code i}: the value's own reason, or the span its count covers. */
  String leftOutReason(Indicator i, Comparisons.LeftOut l) {
    return l.why() == Comparisons.Why.NO_VALUE ? l.facts().value(i).reason(c.lang())
        : c.t().get("ranking.why_span", Map.of("when", when(l.when())));
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



  /** A link from {@code page} to a report, with its commune, province, period and source. */
  ReportLink reportLink(ReportFacts r, String page) {
    return new ReportLink(SiteLayout.href(page, SiteLayout.report(r)), name(r.commune()), r.province().name(),
        period(r), Citation.of(r.report().source(), c));
  }

  /**
   * The first {@code limit} of {@code reports} sorted by {@code key} (descending when
   * {@code reversed}), ties by path, then by their order in {@code reports}: what a stable sort of
   * them all would put first, found in one pass that keeps {@code limit} of them. The home page
   * and the feeds list the newest ten and fifty of 40,000 reports; sorting them all was a good
   * part of a rebuild after one report changed (#26).
   */
  static <K extends Comparable<K>> List<ReportFacts> first(List<ReportFacts> reports, Function<ReportFacts, K> key,
      boolean reversed, int limit) {
    return first(reports, key, ReportFacts::path, reversed, limit);
  }

  /** As above, for any items, ties by {@code path}: kept apart from reports so that a test can compare it with a sort. */
  static <T, K extends Comparable<K>> List<T> first(List<T> items, Function<T, K> key, Function<T, String> path,
      boolean reversed, int limit) {
    record Keyed<T, K>(K key, String path, int at, T item) {}
    Comparator<Keyed<T, K>> byKey = Comparator.comparing(Keyed::key);
    Comparator<Keyed<T, K>> order = (reversed ? byKey.reversed() : byKey).thenComparing(Keyed::path)
        .thenComparingInt(Keyed::at);
    if (limit <= 0) {
      return List.of();
    }
    // The worst of those kept on top, so each item is compared with it alone unless it is better.
    java.util.PriorityQueue<Keyed<T, K>> kept = new java.util.PriorityQueue<>(limit + 1, order.reversed());
    for (int i = 0; i < items.size(); i++) {
      T item = items.get(i);
      Keyed<T, K> k = new Keyed<>(key.apply(item), path.apply(item), i, item);
      if (kept.size() < limit) {
        kept.add(k);
      } else if (order.compare(k, kept.peek()) < 0) {
        kept.poll();
        kept.add(k);
      }
    }
    return kept.stream().sorted(order).map(Keyed::item).toList();
  }

  /** How many communes left out of a comparison chart its note names before it points to the ranking. */
  static final int LEFT_OUT_NAMED = 8;

  /**
   * A comparison of one indicator: only the figures of its main group of comparable figures
   * ({@link Comparisons.Result#main}), highest first; the note names the group and the communes
   * left out, with why. Empty when no commune gives the figure.
   */
  Optional<Chart> compare(Indicator i, Comparisons.Result result, String page) {
    Optional<Comparisons.Group> main = result.main();
    if (main.isEmpty()) {
      return Optional.empty();
    }
    List<Comparisons.Entry> all = main.get().entries();
    List<Comparisons.Entry> shown = all.stream().limit(CHART_LIMIT).toList();
    List<String> notes = new ArrayList<>();
    notes.add(c.t().get("chart.group_only", Map.of("group", groupTitle(main.get()))));
    if (all.size() > CHART_LIMIT) {
      notes.add(c.t().get("chart.top", Map.of("n", c.f().number(CHART_LIMIT), "m", c.f().number(all.size()))));
    }
    List<String> out = new ArrayList<>();
    for (Comparisons.Group g : result.groups().subList(1, result.groups().size())) {
      g.entries().forEach(e -> out.add(c.t().get("chart.left_out_item", Map.of("name", name(e.facts().commune()),
          "why", c.t().get("chart.other_group", Map.of("when", when(e.when())))))));
    }
    result.leftOut().forEach(l -> out.add(c.t().get("chart.left_out_item", Map.of("name", name(l.facts().commune()),
        "why", leftOutReason(i, l)))));
    if (!out.isEmpty()) {
      String list = String.join("; ", out.subList(0, Math.min(LEFT_OUT_NAMED, out.size())))
          + (out.size() > LEFT_OUT_NAMED ? "; …" : "");
      notes.add(c.t().get("chart.left_out", Map.of("list", list)));
    }
    List<ReportFacts> facts = shown.stream().map(Comparisons.Entry::facts).toList();
    return Optional.of(Chart.builder().id("compare-" + i.code().replace('_', '-')).title(i.label(c.lang())).type("bar")
        .percent(i.isPercent()).unit(c.show().unitIn(i.unit())).source(c.t().get("source.latest"))
        .note(String.join(" ", notes)).corner(c.t().get("chart.commune"))
        .labels(facts.stream().map(r -> name(r.commune())).toList())
        .links(facts.stream().map(r -> SiteLayout.viaRoot(page, SiteLayout.report(r))).toList())
        .series(List.of(new Chart.Series(i.label(c.lang()), values(facts, i),
            shown.stream().map(Comparisons.Entry::when).toList(), bases(facts, i))))
        .periods(shown.stream().map(e -> when(e.when())).toList()).sources(facts.stream().map(this::sourceOf).toList())
        .build());
  }

  /** The comparison chart of a page, none when no commune gives the figure. */
  ChartWriter.Drawn<List<ChartView>> comparison(Indicator i, Comparisons.Result result, String page) {
    Optional<Chart> chart = compare(i, result, page);
    if (chart.isEmpty()) {
      return new ChartWriter.Drawn<>(List.of(), List.of());
    }
    ChartWriter.Drawn<ChartView> drawn = charts.draw(chart.get(), folder(page), c.show());
    return new ChartWriter.Drawn<>(List.of(drawn.view()), drawn.files());
  }

  /** How each report's figure of {@code i} was obtained, for the chart CSVs' basis column. */
  List<String> bases(List<ReportFacts> reports, Indicator i) {
    return reports.stream().map(r -> basis(r.value(i))).toList();
  }

  /** "số báo cáo ghi", or "Xã Số tính: toàn trình 220 ÷ …": a value's basis in words. */
  String basis(vn.xaso.derive.Value v) {
    if (v.basis() == vn.xaso.derive.Value.Basis.COMPUTED && v.how(c.lang()) != null) {
      return c.t().get("basis.computed_how", Map.of("how", v.how(c.lang())));
    }
    return c.t().get("basis." + v.basis().code());
  }

  private static String excel(String csv) {
    return csv.replace(".csv", ".excel.csv");
  }

  /** The source document of a report's figures, as the chart CSVs and citations name it. */
  String sourceOf(ReportFacts r) {
    return Citation.of(r.report().source(), c);
  }

  static <T> List<T> same(List<?> labels, T value) {
    return java.util.Collections.nCopies(labels.size(), value);
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

  /** The map of the 34 provinces for one share: the main group of its comparable figures. */
  ProvinceMap.MapView map(Indicator i, String page) {
    return ProvinceMap.draw(i, comparisons(i), provincePages(), page, this);
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
          r.value(i).present() ? when(r.value(i).when()) : null, basis(r.value(i)), i.formula(c.lang())));
    }
    return rows;
  }

  /** The open-data files of a level (all, province, commune, report), linked where the open-data stage writes them. */
  List<Link> downloads(String folder) {
    List<Link> out = new ArrayList<>(tables(folder, f -> f));
    out.add(new Link(folder + "data.json", "data.json"));
    return out;
  }

  /**
   * The province's zip, which holds {@code unit}'s tables, their Excel copies and JSON in the
   * folder {@code <unit>/}: what province, commune and report pages offer, {@code message} saying
   * which folder to open ({@code downloads.zip_province}, {@code downloads.zip_commune}).
   */
  Link zipped(String page, String province, String unit, String message) {
    String zip = vn.xaso.publish.DataLayout.zipName(province);
    return new Link(toSite(page, SiteLayout.dataZip(province)), zip, c.t().get(message,
        Map.of("folder", vn.xaso.publish.DataLayout.inZip(unit), "files", String.join(", ", tableFiles))));
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
