package vn.xaso.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.xaso.derive.Derived;
import vn.xaso.derive.Indicator;
import vn.xaso.derive.ReportFacts;
import vn.xaso.derive.Value;
import vn.xaso.model.BlockInfrastructure;
import vn.xaso.model.Commune;
import vn.xaso.model.Hardware;
import vn.xaso.model.Procedures;
import vn.xaso.model.Province;
import vn.xaso.model.Report;
import vn.xaso.publish.SourceDocuments;
import vn.xaso.publish.SuggestedCitation;
import vn.xaso.schema.Schema;
import vn.xaso.schema.Shape;
import vn.xaso.site.Views.ChartView;
import vn.xaso.site.Views.Link;
import vn.xaso.site.Views.Sec;

/**
 * Models of the pages generated from data: home, provinces, communes, reports, one ranking per
 * indicator and the reporting status. Each returns the template's model; charts are written as
 * they are built.
 */
public final class DataPages {
  /** How many bars a comparison chart shows before the table takes over. */
  static final int CHART_LIMIT = 30;

  private final Derived derived;
  private final Schema schema;
  private final SiteContext c;
  private final ChartWriter charts;
  private final Map<String, List<ReportFacts>> byCommune;
  /** The latest report of each commune: home, provinces and every ranking ask for it. */
  private final List<ReportFacts> latest;

  private final DataIndex index;
  /** The originals published beside the data, by report path. */
  private final Map<String, SourceDocuments.Published> originals;
  /** The data's own date, whose year the suggested citations give. */
  private final java.time.LocalDate created;
  /** The open-data tables' file names, in the publish stage's order. */
  private final List<String> tableFiles;

  public DataPages(Derived derived, Schema schema, SiteContext c, ChartWriter charts) {
    this(derived, schema, c, charts, DataIndex.of(derived), Map.of());
  }

  DataPages(Derived derived, Schema schema, SiteContext c, ChartWriter charts, DataIndex index,
      Map<String, SourceDocuments.Published> originals) {
    this.derived = derived;
    this.schema = schema;
    this.c = c;
    this.charts = charts;
    this.index = index;
    this.originals = originals;
    this.created = vn.xaso.publish.DataPublisher.created(derived);
    this.tableFiles = new vn.xaso.publish.Tables(schema).all().stream().map(vn.xaso.publish.Table::file).toList();
    // Grouped once: asking Derived per commune walks every report for every commune.
    this.byCommune = index.byCommune();
    this.latest = index.latest();
  }

  private List<ReportFacts> reportsOf(Commune cm) {
    return byCommune.getOrDefault(SiteLayout.commune(cm), List.of());
  }

  private String folder(String path) {
    return SiteLayout.folder(c.lang(), path);
  }

  /** A link from a page to a folder or file given from the site root. */
  private String toSite(String page, String sitePath) {
    return SiteLayout.toSite(c.lang(), page, sitePath);
  }

  private String name(Commune commune) {
    return commune.displayName(c.lang().code());
  }

  /** A name at the start of a heading or title: "xã Hùng Thắng" → "Xã Hùng Thắng". */
  static String capitalised(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
  }

  private String period(ReportFacts r) {
    return c.f().period(r.report().period());
  }

  // ---- home

  public Map<String, Object> home() {
    String path = SiteLayout.home();
    Map<String, Object> m = c.frame(path, c.config().title().in(c.lang().code()), c.config().description().in(c.lang().code()));
    m.put("intro", c.config().description().in(c.lang().code()));
    m.put("communeCount", c.f().number(derived.communes().size()));
    m.put("reportingCount", c.f().number(latest.size()));
    m.put("reportCount", c.f().number(derived.reports().size()));
    m.put("headlines", headlines(latest, path));
    List<ChartView> views = new ArrayList<>();
    for (Indicator i : List.of(Indicator.FULL_ONLINE_SHARE, Indicator.ON_TIME_RATE)) {
      views.add(charts.write(compare(i, latest, path), folder(path), c.show()));
    }
    m.put("charts", views);
    m.put("recent", recent(DataIndex.RECENT, path));
    m.put("provinces", provinceDirectory(path));
    m.put("searchIndex", "search.json");
    List<Link> downloads = new ArrayList<>(downloads(toSite(path, SiteLayout.dataAll())));
    downloads.add(new Link(toSite(path, SiteLayout.catalogue() + "datapackage.json"), "datapackage.json"));
    downloads.add(new Link(toSite(path, SiteLayout.catalogue() + "xaso-open-data.zip"), "xaso-open-data.zip"));
    m.put("downloads", downloads);
    return m;
  }

  /**
   * The fewest communes, reporting the same kind of period, whose figures a headline averages;
   * below that a card shows the communes' own values. Explained in the methodology page.
   */
  static final int HEADLINE_MIN_COMMUNES = 5;

  /**
   * One card per share. Its coverage ("1 of 3 communes") is part of the figure. Values are
   * grouped by kind of period (as of a date, or over a span), never averaged across kinds; a
   * group is averaged only when at least {@link #HEADLINE_MIN_COMMUNES} communes are in it and
   * they are at least half of the communes with a report; otherwise its communes' values are listed.
   */
  private List<Map<String, Object>> headlines(List<ReportFacts> latest, String page) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Indicator i : Indicator.shares()) {
      List<ReportFacts> giving = latest.stream().filter(r -> r.value(i).present()).toList();
      Map<String, Object> h = new LinkedHashMap<>();
      h.put("label", i.label(c.lang().code()));
      h.put("href", SiteLayout.href(page, SiteLayout.ranking(i)));
      h.put("coverage", c.t().get("home.coverage_of", Map.of("n", c.f().number(giving.size()),
          "m", c.f().number(latest.size()))));
      List<Map<String, Object>> groups = new ArrayList<>();
      for (List<ReportFacts> kind : byKind(giving)) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("kind", kindLabel(kind.get(0)));
        g.put("periods", periodRange(kind));
        if (kind.size() >= HEADLINE_MIN_COMMUNES && 2 * kind.size() >= latest.size()) {
          g.put("mean", c.show().number(kind.stream().mapToDouble(r -> r.value(i).number()).average().orElseThrow(), "%"));
          g.put("meanOf", c.t().get("home.mean_of", Map.of("n", c.f().number(kind.size()))));
          g.put("values", List.of());
        } else {
          g.put("values", byValue(kind, i).stream().map(r -> Map.of("name", name(r.commune()), "href", SiteLayout.href(page, SiteLayout.report(r)),
              "value", c.show().value(i, r.value(i)), "period", period(r))).toList());
        }
        groups.add(g);
      }
      h.put("groups", groups);
      h.put("tooFew", groups.stream().anyMatch(g -> !g.containsKey("mean")));
      h.put("none", giving.isEmpty() ? c.show().absent(null) : null);
      out.add(h);
    }
    return out;
  }

  /** Reports split by kind of period: spans first, then "as of" dates; empty kinds left out. */
  static List<List<ReportFacts>> byKind(List<ReportFacts> reports) {
    List<ReportFacts> spans = reports.stream().filter(r -> r.report().period().asOf() == null).toList();
    List<ReportFacts> asOf = reports.stream().filter(r -> r.report().period().asOf() != null).toList();
    return java.util.stream.Stream.of(spans, asOf).filter(l -> !l.isEmpty()).toList();
  }

  private String kindLabel(ReportFacts r) {
    return c.t().get(r.report().period().asOf() == null ? "period_kind.span" : "period_kind.as_of");
  }

  /** "28/11/2025 – 05/12/2025" or, over several periods, the first day to the last. */
  private String periodRange(List<ReportFacts> reports) {
    java.time.LocalDate from = reports.stream().map(r -> r.report().period().from()).min(Comparator.naturalOrder()).orElseThrow();
    java.time.LocalDate to = reports.stream().map(r -> r.report().period().to()).max(Comparator.naturalOrder()).orElseThrow();
    return from.equals(to) ? c.f().date(from) : c.f().date(from) + " – " + c.f().date(to);
  }

  private List<Map<String, Object>> recent(int limit, String page) {
    return index.recent().stream().limit(limit).map(r -> reportLink(r, page)).toList();
  }

  private Map<String, Object> reportLink(ReportFacts r, String page) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("href", SiteLayout.href(page, SiteLayout.report(r)));
    m.put("commune", name(r.commune()));
    m.put("province", r.province().name());
    m.put("period", period(r));
    m.put("source", Citation.of(r.report().source(), c));
    return m;
  }

  /** Provinces with their communes, for the find-a-commune list that works without JavaScript. */
  private List<Map<String, Object>> provinceDirectory(String page) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Province p : derived.provinces()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", p.name());
      m.put("href", SiteLayout.href(page, SiteLayout.province(p.slug())));
      m.put("communes", derived.communesOf(p).stream()
          .map(cm -> new Link(SiteLayout.href(page, SiteLayout.commune(cm)), name(cm))).toList());
      out.add(m);
    }
    return out;
  }

  /** Highest value first, not reported last, ties by path. */
  private static List<ReportFacts> byValue(List<ReportFacts> reports, Indicator i) {
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
  private Chart compare(Indicator i, List<ReportFacts> reports, String page) {
    List<ReportFacts> sorted = byValue(reports, i);
    List<ReportFacts> shown = sorted.stream().limit(CHART_LIMIT).toList();
    String note = sorted.size() > CHART_LIMIT
        ? c.t().get("chart.top", Map.of("n", c.f().number(CHART_LIMIT), "m", c.f().number(sorted.size()))) : null;
    if (byKind(reports).size() > 1) {
      String mixed = c.t().get("chart.mixed_periods");
      note = note == null ? mixed : note + " " + mixed;
    }
    return new Chart("compare-" + i.code().replace('_', '-'), i.label(c.lang().code()), "bar", i.isPercent(),
        c.show().unitIn(i.unit()), c.t().get("source.latest"), note, c.t().get("chart.commune"),
        shown.stream().map(r -> name(r.commune())).toList(),
        shown.stream().map(r -> SiteLayout.viaRoot(page, SiteLayout.report(r))).toList(),
        List.of(new Chart.Series(i.label(c.lang().code()), values(shown, i))),
        shown.stream().map(this::period).toList(), shown.stream().map(this::sourceOf).toList());
  }

  private static String excel(String csv) {
    return csv.replace(".csv", ".excel.csv");
  }

  /** The source document of a report's figures, as the chart CSVs and citations name it. */
  private String sourceOf(ReportFacts r) {
    return Citation.of(r.report().source(), c);
  }

  private static List<String> same(List<?> labels, String text) {
    return java.util.Collections.nCopies(labels.size(), text);
  }

  private static List<Double> values(List<ReportFacts> reports, Indicator i) {
    List<Double> v = new ArrayList<>();
    reports.forEach(r -> v.add(r.value(i).number()));
    return v;
  }

  // ---- province

  public Map<String, Object> province(Province p) {
    String path = SiteLayout.province(p.slug());
    Map<String, Object> m = c.frame(path, p.name(), c.t().get("province.description", Map.of("name", p.name())));
    List<Commune> communes = derived.communesOf(p);
    List<ReportFacts> latest = this.latest.stream().filter(r -> r.province().slug().equals(p.slug())).toList();
    m.put("province", p);
    m.put("homeHref", SiteLayout.href(path, SiteLayout.home()));
    m.put("shares", Indicator.shares().stream().map(i -> i.label(c.lang().code())).toList());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Commune cm : communes) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", name(cm));
      row.put("href", SiteLayout.href(path, SiteLayout.commune(cm)));
      ReportFacts last = latest.stream().filter(r -> r.commune().slug().equals(cm.slug())).findFirst().orElse(null);
      row.put("period", last == null ? null : period(last));
      row.put("reportHref", last == null ? null : SiteLayout.href(path, SiteLayout.report(last)));
      row.put("values", Indicator.shares().stream()
          .map(i -> last == null ? c.show().absent(null) : c.show().value(i, last.value(i))).toList());
      rows.add(row);
    }
    m.put("communes", rows);
    m.put("charts", latest.isEmpty() ? List.of()
        : List.of(charts.write(compare(Indicator.FULL_ONLINE_SHARE, latest, path), folder(path), c.show())));
    m.put("downloads", downloads(toSite(path, SiteLayout.dataProvince(p.slug()))));
    return m;
  }

  // ---- commune

  public Map<String, Object> commune(Commune cm) {
    String path = SiteLayout.commune(cm);
    List<ReportFacts> reports = reportsOf(cm);
    Map<String, Object> m = c.frame(path, capitalised(name(cm)), c.t().get("commune.description", Map.of("name", name(cm))));
    Province p = derived.province(cm.province()).orElseThrow();
    m.put("name", name(cm));
    m.put("provinceName", p.name());
    m.put("homeHref", SiteLayout.href(path, SiteLayout.home()));
    m.put("provinceHref", SiteLayout.href(path, SiteLayout.province(p.slug())));
    m.put("profile", profile(cm, p));
    ReportFacts last = reports.isEmpty() ? null : reports.get(reports.size() - 1);
    m.put("latest", last == null ? null : indicatorRows(last));
    m.put("latestPeriod", last == null ? null : period(last));
    m.put("latestHref", last == null ? null : SiteLayout.href(path, SiteLayout.report(last)));
    m.put("reports", reports.stream().map(r -> reportLink(r, path)).toList());
    List<Chart> drawn = new ArrayList<>();
    if (reports.size() >= 2) {
      drawn.add(overTime("shares", c.t().get("chart.shares_over_time"), reports, Indicator.shares(), path));
      drawn.add(overTime("dossiers", Indicator.DOSSIERS_RECEIVED.label(c.lang().code()), reports,
          List.of(Indicator.DOSSIERS_RECEIVED), path));
    }
    // One file per page and language for all its charts: commune pages are thousands.
    m.put("charts", charts.writeTogether(drawn, folder(path), c.show()));
    m.put("downloads", downloads(toSite(path, SiteLayout.dataCommune(cm.province(), cm.slug()))));
    m.put("suggestedCitation", SuggestedCitation.of(c.config(), created, name(cm) + ", " + p.name(),
        c.url(c.lang(), path), c.lang().code()));
    return m;
  }

  /** The profile in plain words; the data dictionary has the field-by-field definitions. */
  private Sec profile(Commune cm, Province p) {
    Show s = c.show();
    List<Views.Row> rows = List.of(
        new Views.Row(c.t().get("profile.name"), s.plain(cm.name())),
        new Views.Row(c.t().get("profile.unit_type"), s.coded(cm.unitType())),
        new Views.Row(c.t().get("province"), s.plain(p.name())),
        new Views.Row(c.t().get("profile.code"), s.plain(cm.code())),
        new Views.Row(c.t().get("profile.villages"), s.number(cm.villages(), "")),
        new Views.Row(c.t().get("profile.notes"), s.text(cm.notes())));
    return new Sec("profile", c.t().get("commune.profile"), false, List.of(new Views.Fields(rows)));
  }

  private Chart overTime(String id, String title, List<ReportFacts> reports, List<Indicator> indicators, String page) {
    boolean percent = indicators.stream().allMatch(Indicator::isPercent);
    List<Chart.Series> series = indicators.stream()
        .map(i -> new Chart.Series(i.label(c.lang().code()), values(reports, i))).toList();
    return new Chart(id, title, percent ? "line" : "bar", percent,
        percent ? "%" : c.show().unitIn(indicators.get(0).unit()), c.t().get("source.each_report"), null,
        c.t().get("chart.period"), reports.stream().map(this::period).toList(),
        reports.stream().map(r -> SiteLayout.href(page, SiteLayout.report(r))).toList(), series,
        reports.stream().map(this::period).toList(), reports.stream().map(this::sourceOf).toList());
  }

  private List<Map<String, Object>> indicatorRows(ReportFacts r) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Indicator i : Indicator.values()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("label", i.label(c.lang().code()));
      row.put("code", i.code());
      row.put("value", c.show().value(i, r.value(i)));
      row.put("basis", c.t().get("basis." + r.value(i).basis().code()));
      row.put("formula", i.formula(c.lang().code()));
      rows.add(row);
    }
    return rows;
  }

  // ---- report

  public Map<String, Object> report(ReportFacts r) {
    String path = SiteLayout.report(r);
    Report rep = r.report();
    String title = capitalised(name(r.commune())) + " — " + period(r);
    Map<String, Object> m = c.frame(path, title, c.t().get("report.description",
        Map.of("name", name(r.commune()), "period", period(r))));
    m.put("name", name(r.commune()));
    m.put("homeHref", SiteLayout.href(path, SiteLayout.home()));
    m.put("communeHref", SiteLayout.href(path, SiteLayout.commune(r.commune())));
    m.put("provinceName", r.province().name());
    m.put("provinceHref", SiteLayout.href(path, SiteLayout.province(r.province().slug())));
    m.put("period", period(r));
    m.put("citation", Citation.of(rep.source(), c));
    m.put("sourceTitle", c.show().text(rep.source().title()));
    m.put("indicators", indicatorRows(r));
    String data = toSite(path, SiteLayout.dataCommune(r.province().slug(), r.commune().slug()));
    // Each chart's "download CSV" gives the figures of this report's charts, not the whole commune
    // table, in one file per language: report pages are tens of thousands at national scale.
    List<Chart> drawn = new ArrayList<>();
    procedureChart(rep).ifPresent(drawn::add);
    hardwareChart(rep).ifPresent(drawn::add);
    drawn.add(sharesChart(r, path));
    m.put("charts", charts.writeTogether(drawn, folder(path), c.show()));
    List<Sec> sections = sections(rep);
    m.put("sections", sections.stream().filter(x -> !x.absent()).toList());
    m.put("missingSections", sections.stream().filter(Sec::absent).map(Sec::title).toList());
    m.put("warnings", r.warnings().stream().map(p -> p.message(c.lang().code())).toList());
    m.put("qualityNotes", rep.qualityNotes().stream().map(c.show()::text).toList());
    m.put("downloads", reportDownloads(toSite(path, SiteLayout.dataReport(r)), data));
    m.put("yaml", rep.source().file());
    SourceDocuments.Published kept = originals.get(r.path());
    m.put("original", kept == null ? null : Map.of("href", toSite(path, kept.path()), "name", rep.source().file(),
        "sha256", kept.sha256(), "size", c.f().number(kept.bytes())));
    m.put("originalUrl", rep.source().url() == null ? null
        : c.show().link(c.t().get("source.original_web"), rep.source().url()));
    m.put("originalNotPublished", kept == null && rep.source().file() != null ? rep.source().file() : null);
    m.put("suggestedCitation", SuggestedCitation.of(c.config(), created, title, c.url(c.lang(), path), c.lang().code()));
    return m;
  }

  private List<Sec> sections(Report rep) {
    Sections s = new Sections(c.show());
    Shape.Obj shape = schema.report();
    List<Sec> out = new ArrayList<>();
    for (Shape.Prop p : shape.props()) {
      // confirmed_as_reported is for the validator: field paths, not something the report says.
      if (p.name().equals("commune") || p.name().equals("period") || p.name().equals("quality_notes")
          || p.name().equals("confirmed_as_reported")) {
        continue;
      }
      Object value;
      try {
        value = p.component().getAccessor().invoke(rep);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      out.add(s.section(p.name().replace('_', '-'), s.label(p.doc()), value, p.shape()));
    }
    return out;
  }

  private Optional<Chart> procedureChart(Report rep) {
    Procedures p = rep.procedures();
    if (p == null || (p.fullOnline() == null && p.partialOnline() == null && p.notOnline() == null
        && p.partialOrNotOnline() == null)) {
      return Optional.empty();
    }
    Shape.Obj shape = schema.object(Procedures.class);
    Sections s = new Sections(c.show());
    List<String> labels = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (String field : List.of("full_online", "partial_online", "not_online", "partial_or_not_online")) {
      Integer v = switch (field) {
        case "full_online" -> p.fullOnline();
        case "partial_online" -> p.partialOnline();
        case "not_online" -> p.notOnline();
        default -> p.partialOrNotOnline();
      };
      if (field.equals("partial_or_not_online") && v == null) {
        continue;
      }
      labels.add(s.label(shape.prop(field).orElseThrow().doc()));
      values.add(v == null ? null : v.doubleValue());
    }
    return Optional.of(new Chart("procedures", c.t().get("chart.procedures"), "bar", false,
        c.show().unitIn("TTHC / procedures"), c.t().get("source.prefix") + " " + Citation.of(rep.source(), c), null,
        c.t().get("chart.category"), labels, List.of(),
        List.of(new Chart.Series(c.show().unitIn("TTHC / procedures"), values)),
        same(labels, c.f().period(rep.period())), same(labels, Citation.of(rep.source(), c))));
  }

  private Optional<Chart> hardwareChart(Report rep) {
    if (rep.infrastructure() == null) {
      return Optional.empty();
    }
    List<String> labels = new ArrayList<>();
    List<Double> computers = new ArrayList<>();
    List<Double> adequate = new ArrayList<>();
    List<Double> antiMalware = new ArrayList<>();
    rep.infrastructure().blocks().forEach((block, b) -> {
      Hardware h = hardware(b);
      if (h == null) {
        return;
      }
      labels.add(block.label(c.lang().code()));
      computers.add(toDouble(h.computers()));
      adequate.add(toDouble(h.adequate()));
      antiMalware.add(toDouble(h.antiMalware()));
    });
    if (labels.isEmpty()) {
      return Optional.empty();
    }
    Shape.Obj shape = schema.object(Hardware.class);
    Sections s = new Sections(c.show());
    return Optional.of(new Chart("hardware", c.t().get("chart.hardware"), "bar", false,
        c.show().unitIn("máy / computers"), c.t().get("source.prefix") + " " + Citation.of(rep.source(), c), null,
        c.t().get("chart.block"), labels, List.of(), List.of(
            new Chart.Series(s.label(shape.prop("computers").orElseThrow().doc()), computers),
            new Chart.Series(s.label(shape.prop("adequate").orElseThrow().doc()), adequate),
            new Chart.Series(s.label(shape.prop("anti_malware").orElseThrow().doc()), antiMalware)),
        same(labels, c.f().period(rep.period())), same(labels, Citation.of(rep.source(), c))));
  }

  private static Hardware hardware(BlockInfrastructure b) {
    return b == null ? null : b.hardware();
  }

  private static Double toDouble(Integer v) {
    return v == null ? null : v.doubleValue();
  }

  private Chart sharesChart(ReportFacts r, String page) {
    List<Indicator> shares = Indicator.shares();
    List<Double> values = new ArrayList<>();
    shares.forEach(i -> values.add(r.value(i).number()));
    return new Chart("indicators", c.t().get("chart.indicators"), "bar", true, "%",
        c.t().get("source.prefix") + " " + Citation.of(r.report().source(), c), null, c.t().get("chart.indicator"),
        shares.stream().map(i -> i.label(c.lang().code())).toList(),
        shares.stream().map(i -> SiteLayout.href(page, SiteLayout.ranking(i))).toList(),
        List.of(new Chart.Series(c.t().get("chart.share"), values)),
        same(shares, period(r)), same(shares, sourceOf(r)));
  }

  /** The open-data files of a level (all, province, commune, report), linked where the open-data stage writes them. */
  private List<Link> downloads(String folder) {
    List<Link> out = new ArrayList<>(tables(folder, f -> f));
    out.add(new Link(folder + "data.json", "data.json"));
    return out;
  }

  /** Each open-data table in {@code folder}, labelled by {@code label}, then its Excel copy. */
  private List<Link> tables(String folder, Function<String, String> label) {
    List<Link> out = new ArrayList<>();
    for (String f : tableFiles) {
      out.add(new Link(folder + f, label.apply(f)));
      out.add(new Link(folder + excel(f), c.t().get("downloads.excel", Map.of("file", excel(f)))));
    }
    return out;
  }

  /**
   * A report's own JSON, then its commune's tables, which hold its rows among the other periods':
   * one CSV per report would be 200,000 files at national scale for rows a filter finds.
   */
  private List<Link> reportDownloads(String own, String commune) {
    List<Link> out = new ArrayList<>();
    out.add(new Link(own + "data.json", "data.json"));
    out.addAll(tables(commune, f -> c.t().get("downloads.commune_file", Map.of("file", f))));
    return out;
  }

  // ---- rankings and status

  public Map<String, Object> indicators() {
    String path = SiteLayout.indicators();
    Map<String, Object> m = c.frame(path, c.t().get("indicators.title"), c.t().get("indicators.description"));
    m.put("items", Indicator.shares().stream().map(i -> {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("href", SiteLayout.href(path, SiteLayout.ranking(i)));
      item.put("label", i.label(c.lang().code()));
      item.put("formula", i.formula(c.lang().code()));
      return item;
    }).toList());
    return m;
  }

  public Map<String, Object> ranking(Indicator i) {
    String path = SiteLayout.ranking(i);
    Map<String, Object> m = c.frame(path, i.label(c.lang().code()), c.t().get("ranking.description",
        Map.of("indicator", i.label(c.lang().code()))));
    m.put("homeHref", SiteLayout.href(path, SiteLayout.home()));
    m.put("indicatorsHref", SiteLayout.href(path, SiteLayout.indicators()));
    m.put("indicator", i.label(c.lang().code()));
    m.put("formula", i.formula(c.lang().code()));
    m.put("charts", latest.isEmpty() ? List.of() : List.of(charts.write(compare(i, latest, path), folder(path), c.show())));
    // A week's figures and a cumulative "as of" status are not ranked against each other.
    List<List<ReportFacts>> kinds = byKind(latest);
    List<Map<String, Object>> groups = new ArrayList<>();
    for (List<ReportFacts> kind : kinds) {
      Map<String, Object> g = new LinkedHashMap<>();
      g.put("title", kinds.size() > 1 ? kindLabel(kind.get(0)) : null);
      g.put("rows", rankRows(i, kind, path));
      groups.add(g);
    }
    m.put("groups", groups);
    m.put("mixed", kinds.size() > 1);
    m.put("hasRows", !latest.isEmpty());
    return m;
  }

  private List<Map<String, Object>> rankRows(Indicator i, List<ReportFacts> reports, String page) {
    List<Map<String, Object>> rows = new ArrayList<>();
    int rank = 0;
    for (ReportFacts r : byValue(reports, i)) {
      Map<String, Object> row = new LinkedHashMap<>();
      boolean present = r.value(i).present();
      row.put("rank", present ? c.f().number(++rank) : "");
      row.put("name", name(r.commune()));
      row.put("href", SiteLayout.href(page, SiteLayout.report(r)));
      row.put("province", r.province().name());
      row.put("period", period(r));
      row.put("value", c.show().value(i, r.value(i)));
      rows.add(row);
    }
    return rows;
  }

  public Map<String, Object> status() {
    String path = SiteLayout.status();
    Map<String, Object> m = c.frame(path, c.t().get("status.title"), c.t().get("status.description"));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Commune cm : derived.communes()) {
      List<ReportFacts> reports = reportsOf(cm);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", name(cm));
      row.put("href", SiteLayout.href(path, SiteLayout.commune(cm)));
      row.put("province", derived.province(cm.province()).map(Province::name).orElse(cm.province()));
      row.put("count", c.f().number(reports.size()));
      row.put("periods", reports.stream().map(r -> new Link(SiteLayout.href(path, SiteLayout.report(r)), period(r))).toList());
      rows.add(row);
    }
    m.put("rows", rows);
    return m;
  }
}
