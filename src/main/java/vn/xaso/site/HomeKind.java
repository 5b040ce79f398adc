package vn.xaso.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.xaso.derive.Derived;
import vn.xaso.derive.Indicator;
import vn.xaso.derive.ReportFacts;
import vn.xaso.model.Lang;
import vn.xaso.model.Province;
import vn.xaso.site.PageModels.Headline;
import vn.xaso.site.PageModels.HeadlineGroup;
import vn.xaso.site.PageModels.HeadlineValue;
import vn.xaso.site.PageModels.HomePage;
import vn.xaso.site.PageModels.ProvinceEntry;
import vn.xaso.site.Views.ChartView;
import vn.xaso.site.Views.Link;

/** The home page: headline figures, comparison charts, the latest reports and the find-a-commune list. */
final class HomeKind implements PageKind {
  /**
   * The fewest communes, reporting the same kind of period, whose figures a headline averages;
   * below that a card shows the communes' own values. Explained in the methodology page.
   */
  static final int HEADLINE_MIN_COMMUNES = 5;

  private final Derived derived;
  private final DataIndex index;
  private final Map<Lang, PageParts> data;

  HomeKind(Derived derived, DataIndex index, Map<Lang, PageParts> data) {
    this.derived = derived;
    this.index = index;
    this.data = data;
  }

  @Override
  public List<Page> pages() {
    return List.of(Page.single(Page.Identity.of("home"), SiteLayout.home(), "home.ftlh", SiteLayout.Owner.NATION, lang -> model(data.get(lang))));
  }

  private PageModel model(PageParts d) {
    SiteContext c = d.context();
    String path = SiteLayout.home();
    Lang lang = c.lang();
    SiteContext.Frame frame = c.frame(path, c.config().title().in(lang), c.config().description().in(lang));
    List<ReportFacts> latest = d.latest();
    List<ChartView> views = new ArrayList<>();
    List<PageModel.PageFile> files = new ArrayList<>();
    for (Indicator i : List.of(Indicator.FULL_ONLINE_SHARE, Indicator.ON_TIME_RATE)) {
      ChartWriter.Drawn<ChartView> drawn = d.charts().draw(d.compare(i, latest, path), d.folder(path), c.show());
      views.add(drawn.view());
      files.addAll(drawn.files());
    }
    List<Link> downloads = new ArrayList<>(d.downloads(d.toSite(path, SiteLayout.dataAll())));
    downloads.add(new Link(d.toSite(path, SiteLayout.catalogue() + "datapackage.json"), "datapackage.json"));
    downloads.add(new Link(d.toSite(path, SiteLayout.catalogue() + "xaso-open-data.zip"), "xaso-open-data.zip"));
    ChartWriter.Drawn<List<ChartView>> trends = Trends.draw(derived.reports(), path, d);
    files.addAll(trends.files());
    HomePage page = new HomePage(
        c.config().description().in(lang),
        c.f().number(derived.communes().size()),
        c.f().number(latest.size()),
        c.f().number(derived.reports().size()),
        headlines(latest, path, d),
        views,
        index.recent().stream().limit(DataIndex.RECENT).map(r -> d.reportLink(r, path)).toList(),
        provinceDirectory(path, d),
        SiteLayout.SEARCH,
        downloads,
        d.map(Indicator.FULL_ONLINE_SHARE, path),
        trends.view(),
        SiteLayout.href(path, SiteLayout.status()),
        SiteLayout.href(path, SiteLayout.FEED));
    return new PageModel(frame, page, files);
  }

  /**
   * One card per share. Its coverage ("1 of 3 communes") is part of the figure. Values are
   * grouped by kind of period (as of a date, or over a span), never averaged across kinds; a
   * group is averaged only when at least {@link #HEADLINE_MIN_COMMUNES} communes are in it and
   * they are at least half of the communes with a report; otherwise its communes' values are listed.
   */
  private static List<Headline> headlines(List<ReportFacts> latest, String page, PageParts d) {
    SiteContext c = d.context();
    List<Headline> out = new ArrayList<>();
    for (Indicator i : Indicator.shares()) {
      List<ReportFacts> giving = latest.stream().filter(r -> r.value(i).present()).toList();
      List<HeadlineGroup> groups = new ArrayList<>();
      for (List<ReportFacts> kind : PageParts.byKind(giving)) {
        if (kind.size() >= HEADLINE_MIN_COMMUNES && 2 * kind.size() >= latest.size()) {
          groups.add(new HeadlineGroup(d.kindLabel(kind.get(0)), periodRange(kind, c),
              c.show().number(kind.stream().mapToDouble(r -> r.value(i).number()).average().orElseThrow(), "%"),
              c.t().get("home.mean_of", Map.of("n", c.f().number(kind.size()))), List.of()));
        } else {
          groups.add(new HeadlineGroup(d.kindLabel(kind.get(0)), periodRange(kind, c), null, null,
              PageParts.byValue(kind, i).stream().map(r -> new HeadlineValue(d.name(r.commune()),
                  SiteLayout.href(page, SiteLayout.report(r)), c.show().value(i, r.value(i)), d.period(r))).toList()));
        }
      }
      out.add(new Headline(i.label(c.lang()), SiteLayout.href(page, SiteLayout.ranking(i)),
          c.t().get("home.coverage_of", Map.of("n", c.f().number(giving.size()), "m", c.f().number(latest.size()))),
          groups, groups.stream().anyMatch(g -> g.mean() == null), giving.isEmpty() ? c.show().absent(null) : null));
    }
    return out;
  }

  /** "28/11/2025 – 05/12/2025" or, over several periods, the first day to the last. */
  private static String periodRange(List<ReportFacts> reports, SiteContext c) {
    java.time.LocalDate from = reports.stream().map(r -> r.report().period().from()).min(Comparator.naturalOrder()).orElseThrow();
    java.time.LocalDate to = reports.stream().map(r -> r.report().period().to()).max(Comparator.naturalOrder()).orElseThrow();
    return from.equals(to) ? c.f().date(from) : c.f().date(from) + " – " + c.f().date(to);
  }

  /** Provinces with their communes, for the find-a-commune list that works without JavaScript. */
  private List<ProvinceEntry> provinceDirectory(String page, PageParts d) {
    List<ProvinceEntry> out = new ArrayList<>();
    for (Province p : derived.provinces()) {
      out.add(new ProvinceEntry(p.name(), SiteLayout.href(page, SiteLayout.province(p.slug())),
          derived.communesOf(p).stream().map(cm -> new Link(SiteLayout.href(page, SiteLayout.commune(cm)), d.name(cm)))
              .toList()));
    }
    return out;
  }
}
