package vn.xaso.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.xaso.derive.Derived;
import vn.xaso.derive.ReportFacts;
import vn.xaso.evidence.Figures;
import vn.xaso.evidence.ReportEvidence;
import vn.xaso.evidence.TextMatch;
import vn.xaso.load.SourceTexts;
import vn.xaso.model.Doc;
import vn.xaso.model.FigureEvidence;
import vn.xaso.model.Lang;
import vn.xaso.model.Quote;
import vn.xaso.schema.Schema;
import vn.xaso.site.TextViews.Segment;
import vn.xaso.site.TextViews.TextLine;
import vn.xaso.site.TextViews.TextPage;

/**
 * The kept text of each report whose text may be published ({@code <province>/<commune>/<period>/text/}):
 * line by line, each line its own anchor ({@code #L112}) the report page's quotes link to, and
 * every clause a recorded figure rests on marked and linked back to the figure's row.
 */
final class TextKind implements PageKind {
  private final Derived derived;
  private final Schema schema;
  private final Map<Lang, PageParts> data;
  private final Path project;

  TextKind(Derived derived, Schema schema, Map<Lang, PageParts> data, Path project) {
    this.derived = derived;
    this.schema = schema;
    this.data = data;
    this.project = project;
  }

  /** Whether a report's text is published: kept, and its issuer's text may be (docs/open-data.md). */
  static boolean published(ReportEvidence e) {
    return e.kept() && e.textPublic();
  }

  @Override
  public List<Page> pages() {
    if (project == null) {
      return List.of();
    }
    return derived.reports().stream().filter(this::publishable).map(this::page).toList();
  }

  /** Decided from the file's presence, without reading it: the registry lists pages, it does not build them. */
  private boolean publishable(ReportFacts r) {
    String name = SourceTexts.path(r.province().slug(), r.commune().slug(), r.report().source().file());
    return name != null && r.report().source().textPublic() && vn.xaso.load.ProjectFiles.of(project).file(name).ok();
  }

  private Page page(ReportFacts r) {
    return Page.many(new Page.Identity("text", r.province().slug() + "/" + r.commune().slug() + "/" + r.report().period().key()),
        SiteLayout.reportText(r), "text.ftlh",
        new SiteLayout.Owner(r.province().slug(), r.commune().slug()), lang -> model(r, data.get(lang)));
  }

  private PageModel model(ReportFacts r, PageParts d) {
    SiteContext c = d.context();
    String path = SiteLayout.reportText(r);
    ReportEvidence e = ReportEvidence.read(project, schema, r.loaded().file(), r.report());
    String name = d.name(r.commune());
    String period = d.period(r);
    String title = c.t().get("text.title", Map.of("name", PageParts.capitalised(name), "period", period));
    SiteContext.Frame frame = c.frame(path, title, c.t().get("text.description", Map.of("name", name, "period", period)));
    String report = SiteLayout.href(path, SiteLayout.report(r));
    List<TextLine> lines = e.kept() ? lines(e, report, c.lang()) : List.of();
    TextPage page = TextPage.builder().homeHref(SiteLayout.href(path, SiteLayout.home())).name(name)
        .communeHref(SiteLayout.href(path, SiteLayout.commune(r.commune()))).reportHref(report).period(period)
        .citation(Citation.of(r.report().source(), c))
        .file(e.kept() ? e.text().file().substring(e.text().file().lastIndexOf('/') + 1) : "")
        .figures(e.evidence().figures().size()).lines(lines).build();
    return new PageModel(frame, page, List.of());
  }

  /** Every line, with the clauses of recorded figures marked: overlapping clauses share a mark naming each figure. */
  private List<TextLine> lines(ReportEvidence e, String report, Lang lang) {
    Map<Integer, List<Mark>> marks = new TreeMap<>();
    for (Map.Entry<String, FigureEvidence> f : e.evidence().figures().entrySet()) {
      for (Quote q : f.getValue().quotes()) {
        TextMatch.find(e.text(), q).ifPresent(spans -> spans.forEach(s -> marks
            .computeIfAbsent(s.line(), k -> new ArrayList<>()).add(new Mark(s.start(), s.end(), f.getKey()))));
      }
    }
    List<TextLine> out = new ArrayList<>();
    for (int n = 1; n <= e.text().size(); n++) {
      out.add(new TextLine(n, segments(e.text().line(n), marks.getOrDefault(n, List.of()), report, lang)));
    }
    return out;
  }

  private record Mark(int start, int end, String field) {}

  private List<Segment> segments(String line, List<Mark> marks, String report, Lang lang) {
    List<Segment> out = new ArrayList<>();
    if (marks.isEmpty()) {
      out.add(new Segment(line, null, null));
      return out;
    }
    // Cut the line at every mark's ends; each piece is marked by the figures covering it.
    java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>(List.of(0, line.length()));
    marks.forEach(m -> {
      cuts.add(m.start());
      cuts.add(m.end());
    });
    Integer from = null;
    for (int to : cuts) {
      if (from != null && to > from) {
        int a = from;
        List<Mark> over = marks.stream().filter(m -> m.start() <= a && to <= m.end())
            .sorted(Comparator.comparing(Mark::field)).toList();
        String text = line.substring(a, to);
        if (over.isEmpty()) {
          out.add(new Segment(text, null, null));
        } else {
          out.add(new Segment(text, report + "#" + EvidenceLens.anchor(over.get(0).field()),
              String.join("; ", over.stream().map(m -> label(m.field(), lang)).distinct().toList())));
        }
      }
      from = to;
    }
    return out;
  }

  private String label(String path, Lang lang) {
    Doc doc = Figures.doc(schema, path);
    return doc == null ? path : lang == Lang.EN ? doc.en() : doc.vi();
  }
}
