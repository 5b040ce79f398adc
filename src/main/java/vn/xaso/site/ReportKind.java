package vn.xaso.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.xaso.derive.Derived;
import vn.xaso.derive.Indicator;
import vn.xaso.derive.Part;
import vn.xaso.derive.When;
import vn.xaso.derive.ReportFacts;
import vn.xaso.evidence.ReportEvidence;
import vn.xaso.model.BlockInfrastructure;
import vn.xaso.model.Hardware;
import vn.xaso.model.Lang;
import vn.xaso.model.Procedures;
import vn.xaso.model.QualityNote;
import vn.xaso.model.Report;
import vn.xaso.publish.SourceDocuments;
import vn.xaso.publish.SuggestedCitation;
import vn.xaso.schema.Schema;
import vn.xaso.schema.Shape;
import vn.xaso.site.PageModels.Original;
import vn.xaso.site.PageModels.ReportPage;
import vn.xaso.site.Views.ChartView;
import vn.xaso.site.Views.Link;
import vn.xaso.site.Views.Sec;
import vn.xaso.site.Views.Shown;

/**
 * One page per report: its indicators, its charts, what it says section by section as
 * reported, what it leaves out, its quality notes, its downloads and its original document.
 */
final class ReportKind implements PageKind {
  private final Derived derived;
  private final Schema schema;
  private final Map<Lang, PageParts> data;
  /** The originals published beside the data, by report path. */
  private final Map<String, SourceDocuments.Published> originals;

  /** The project, whose kept texts and evidence files each page reads as it is rendered; null for none. */
  private final java.nio.file.Path project;

  ReportKind(Derived derived, Schema schema, Map<Lang, PageParts> data,
      Map<String, SourceDocuments.Published> originals) {
    this(derived, schema, data, originals, null);
  }

  ReportKind(Derived derived, Schema schema, Map<Lang, PageParts> data,
      Map<String, SourceDocuments.Published> originals, java.nio.file.Path project) {
    this.derived = derived;
    this.schema = schema;
    this.data = data;
    this.originals = originals;
    this.project = project;
  }

  @Override
  public List<Page> pages() {
    return derived.reports().stream().map(this::page).toList();
  }

  private Page page(ReportFacts r) {
    return Page.many(new Page.Identity("report", r.province().slug() + "/" + r.commune().slug() + "/" + r.report().period().key()),
        SiteLayout.report(r), "report.ftlh",
        new SiteLayout.Owner(r.province().slug(), r.commune().slug()), lang -> model(r, data.get(lang)));
  }

  private PageModel model(ReportFacts r, PageParts d) {
    SiteContext c = d.context();
    String path = SiteLayout.report(r);
    Report rep = r.report();
    String name = d.name(r.commune());
    String period = d.period(r);
    String title = PageParts.capitalised(name) + " — " + period;
    SiteContext.Frame frame = c.frame(path, title, c.t().get("report.description",
        Map.of("name", name, "period", period)) + " " + Previews.keyFigure(r, c));
    // Each chart's "download CSV" gives the figures of this report's charts, not the whole commune
    // table, in one file per language: report pages are tens of thousands at national scale.
    List<Chart> drawn = new ArrayList<>();
    procedureChart(rep, d).ifPresent(drawn::add);
    hardwareChart(rep, d).ifPresent(drawn::add);
    drawn.add(sharesChart(r, path, d));
    ChartWriter.Drawn<List<ChartView>> charts = d.charts().drawTogether(drawn, d.folder(path), c.show());
    // Read as the page is rendered, not held for every report: texts are tens of KB each.
    ReportEvidence evidence = ReportEvidence.read(project, schema, r.loaded().file(), rep);
    String textHref = TextKind.published(evidence) ? SiteLayout.href(path, SiteLayout.reportText(r)) : null;
    EvidenceLens lens = new EvidenceLens(evidence, c, textHref);
    List<Sec> sections = withQuality(sections(rep, c, lens), r, c);
    Views.Missing sectionGaps = sectionGaps(sections, lens);
    List<String> placed = sections.stream().filter(x -> !x.absent()).map(Sec::id).toList();
    List<String> general = r.warnings().stream().filter(p -> !placed.contains(sectionOf(p))).map(p -> p.message(c.lang()))
        .toList();
    List<Shown> generalNotes = rep.qualityNotes().stream().filter(n -> !placed.contains(sectionOf(n)))
        .map(n -> c.show().text(n.text())).toList();
    SourceDocuments.Published kept = originals.get(r.path());
    ReportPage page = ReportPage.builder()
        .homeHref(SiteLayout.href(path, SiteLayout.home()))
        .name(name)
        .communeHref(SiteLayout.href(path, SiteLayout.commune(r.commune())))
        .provinceName(r.province().name())
        .provinceHref(SiteLayout.href(path, SiteLayout.province(r.province().slug())))
        .period(period)
        .citation(Citation.of(rep.source(), c))
        .sourceTitle(c.show().text(rep.source().title()))
        .contents(contents(sections, !general.isEmpty() || !generalNotes.isEmpty(), c))
        .qualityPointer(r.warnings().isEmpty() && rep.qualityNotes().isEmpty() ? null
            : c.t().get(general.isEmpty() && generalNotes.isEmpty() ? "report.quality_pointer_placed" : "report.quality_pointer",
                Map.of("n", c.f().number(r.warnings().size() + rep.qualityNotes().size()))))
        .glossaryHref(SiteLayout.href(path, SiteLayout.glossary()))
        .indicators(d.indicatorRows(r))
        .charts(charts.view())
        .sections(sections.stream().filter(x -> !x.absent()).toList())
        .missingSections(sectionGaps.labels())
        .warnings(general)
        .qualityNotes(generalNotes)
        .downloads(List.of(new Link(d.toSite(path, SiteLayout.dataReport(r)) + "data.json", "data.json"),
            d.zipped(path, r.province().slug(), vn.xaso.publish.DataLayout.unit(r.province().slug(), r.commune().slug()),
                "downloads.zip_report")))
        .original(kept == null ? null : new Original(d.toSite(path, kept.path()), rep.source().file(), kept.sha256(),
            c.f().number(kept.bytes())))
        .originalUrl(rep.source().url() == null ? null : c.show().link(c.t().get("source.original_web"), rep.source().url()))
        .originalNotPublished(kept == null && rep.source().file() != null ? rep.source().file() : null)
        .suggestedCitation(SuggestedCitation.report(c.config(), d.created(), Citation.of(rep.source(), c),
            c.show().text(rep.source().title()).text(), title, c.url(c.lang(), path), c.lang()))
        .sectionGaps(new Views.Missing(List.of(), sectionGaps.mentioned(), sectionGaps.unrecorded()))
        .textHref(textHref)
        .build();
    return new PageModel(frame, page, charts.files());
  }


  /**
   * The report's parts in the order a citizen asks about them: services first (procedures,
   * dossiers), then the means (infrastructure, people, money), then the documents, the
   * assessment and what the commune asks for; the source document's details last.
   */
  static final List<String> CITIZEN_ORDER = List.of("procedures", "dossiers", "infrastructure", "human_resources",
      "finance", "documents", "follow_ups", "assessment", "difficulties", "proposals", "cites", "source");

  /** The section a warning is about: the first part of its field's path, as the sections' ids spell it. */
  private static String sectionOf(vn.xaso.problem.Problem p) {
    String field = p.field() == null ? "" : p.field();
    int dot = field.indexOf('.');
    return (dot < 0 ? field : field.substring(0, dot)).replace('_', '-');
  }

  /** The section a transcriber's note is about, as the sections' ids spell it; "" for the whole report. */
  private static String sectionOf(QualityNote n) {
    return n.part() == null ? "" : n.part().replace('_', '-');
  }

  /**
   * Each section given, with the validator's warnings and the transcriber's notes about its
   * figures said right after them, so a reader meets a doubt where the figure stands.
   */
  private static List<Sec> withQuality(List<Sec> sections, ReportFacts r, SiteContext c) {
    List<Sec> out = new ArrayList<>();
    for (Sec sec : sections) {
      List<Shown> about = new ArrayList<>();
      r.warnings().stream().filter(p -> sectionOf(p).equals(sec.id()))
          .forEach(p -> about.add(c.show().plain(p.message(c.lang()))));
      r.report().qualityNotes().stream().filter(n -> sectionOf(n).equals(sec.id()))
          .forEach(n -> about.add(c.show().text(n.text())));
      if (sec.absent() || about.isEmpty()) {
        out.add(sec);
        continue;
      }
      List<Views.Part> parts = new ArrayList<>(sec.parts());
      parts.add(new Views.Notes(c.t().get("report.quality_here"), List.copyOf(about)));
      out.add(new Sec(sec.id(), sec.title(), false, parts));
    }
    return out;
  }

  /** The table of contents: the parts given, then the indicators, charts, quality notes, downloads and citation. */
  private static List<Link> contents(List<Sec> sections, boolean quality, SiteContext c) {
    List<Link> out = new ArrayList<>();
    sections.stream().filter(x -> !x.absent()).forEach(x -> out.add(new Link("#" + x.id(), x.title())));
    out.add(new Link("#indicators", c.t().get("report.indicators")));
    out.add(new Link("#charts", c.t().get("report.charts")));
    if (quality) {
      out.add(new Link("#quality", c.t().get("report.quality")));
    }
    out.add(new Link("#downloads", c.t().get("downloads.title")));
    out.add(new Link("#cite", c.t().get("source.cite")));
    return out;
  }

  /** The parts the report leaves out, each told as truly as its kept text allows. */
  private static Views.Missing sectionGaps(List<Sec> sections, EvidenceLens lens) {
    List<String> notStated = new ArrayList<>();
    List<Views.Mentioned> mentioned = new ArrayList<>();
    List<String> unrecorded = new ArrayList<>();
    for (Sec s : sections) {
      if (!s.absent()) {
        continue;
      }
      vn.xaso.evidence.Absence a = lens.absence(s.id().replace('-', '_'));
      switch (a.kind()) {
        case NOT_STATED -> notStated.add(s.title());
        case MENTIONED -> mentioned.add(lens.mentioned(s.title(), a));
        default -> unrecorded.add(s.title());
      }
    }
    return new Views.Missing(List.copyOf(notStated), List.copyOf(mentioned), List.copyOf(unrecorded));
  }

  private List<Sec> sections(Report rep, SiteContext c, EvidenceLens lens) {
    Sections s = new Sections(c.show(), lens);
    Shape.Obj shape = schema.report();
    List<Sec> out = new ArrayList<>();
    List<Shape.Prop> props = new ArrayList<>(shape.props());
    props.sort(java.util.Comparator.comparingInt(p -> CITIZEN_ORDER.contains(p.name()) ? CITIZEN_ORDER.indexOf(p.name())
        : CITIZEN_ORDER.size()));
    for (Shape.Prop p : props) {
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
      out.add(s.section(p.name().replace('_', '-'), p.name(), s.label(p), value, p.shape()));
    }
    return out;
  }

  private Optional<Chart> procedureChart(Report rep, PageParts d) {
    SiteContext c = d.context();
    When when = When.of(Part.PROCEDURES, rep);
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
      labels.add(s.label(shape.prop(field).orElseThrow()));
      values.add(v == null ? null : v.doubleValue());
    }
    return Optional.of(Chart.builder().id("procedures").title(c.t().get("chart.procedures")).type("bar").percent(false)
        .unit(c.show().unitIn("TTHC / procedures"))
        .source(c.t().get("source.prefix") + " " + Citation.of(rep.source(), c)).note(null)
        .corner(c.t().get("chart.category")).labels(labels).links(List.of())
        .series(List.of(new Chart.Series(c.show().unitIn("TTHC / procedures"), values, PageParts.same(labels, when),
            PageParts.same(labels, c.t().get("basis.count")))))
        .periods(PageParts.same(labels, d.when(when))).sources(PageParts.same(labels, Citation.of(rep.source(), c)))
        .build());
  }

  private Optional<Chart> hardwareChart(Report rep, PageParts d) {
    SiteContext c = d.context();
    When when = When.of(Part.INFRASTRUCTURE, rep);
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
      labels.add(block.label(c.lang()));
      computers.add(toDouble(h.computers()));
      adequate.add(toDouble(h.adequate()));
      antiMalware.add(toDouble(h.antiMalware()));
    });
    if (labels.isEmpty()) {
      return Optional.empty();
    }
    Shape.Obj shape = schema.object(Hardware.class);
    Sections s = new Sections(c.show());
    return Optional.of(Chart.builder().id("hardware").title(c.t().get("chart.hardware")).type("bar").percent(false)
        .unit(c.show().unitIn("máy / computers"))
        .source(c.t().get("source.prefix") + " " + Citation.of(rep.source(), c)).note(null)
        .corner(c.t().get("chart.block")).labels(labels).links(List.of()).series(List.of(
            new Chart.Series(s.label(shape.prop("computers").orElseThrow()), computers, PageParts.same(labels, when),
                PageParts.same(labels, c.t().get("basis.count"))),
            new Chart.Series(s.label(shape.prop("adequate").orElseThrow()), adequate, PageParts.same(labels, when),
                PageParts.same(labels, c.t().get("basis.count"))),
            new Chart.Series(s.label(shape.prop("anti_malware").orElseThrow()), antiMalware,
                PageParts.same(labels, when), PageParts.same(labels, c.t().get("basis.count")))))
        .periods(PageParts.same(labels, d.when(when))).sources(PageParts.same(labels, Citation.of(rep.source(), c)))
        .build());
  }

  private static Hardware hardware(BlockInfrastructure b) {
    return b == null ? null : b.hardware();
  }

  private static Double toDouble(Integer v) {
    return v == null ? null : v.doubleValue();
  }

  private static Chart sharesChart(ReportFacts r, String page, PageParts d) {
    SiteContext c = d.context();
    List<Indicator> shares = Indicator.shares();
    List<Double> values = new ArrayList<>();
    shares.forEach(i -> values.add(r.value(i).number()));
    return Chart.builder().id("indicators").title(c.t().get("chart.indicators")).type("bar").percent(true).unit("%")
        .source(c.t().get("source.prefix") + " " + Citation.of(r.report().source(), c)).note(null)
        .corner(c.t().get("chart.indicator"))
        .labels(shares.stream().map(i -> i.label(c.lang())).toList())
        .links(shares.stream().map(i -> SiteLayout.href(page, SiteLayout.ranking(i))).toList())
        .series(List.of(new Chart.Series(c.t().get("chart.share"), values,
            shares.stream().map(i -> r.value(i).when()).toList(), shares.stream().map(i -> d.basis(r.value(i))).toList())))
        .periods(shares.stream().map(i -> d.when(r.value(i).when())).toList()).sources(PageParts.same(shares, d.sourceOf(r)))
        .build();
  }
}
