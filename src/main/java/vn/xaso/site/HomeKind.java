package vn.xaso.site;

import java.util.ArrayList;
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
      ChartWriter.Drawn<List<ChartView>> drawn = d.comparison(i, d.comparisons(i), path);
      views.addAll(drawn.view());
      files.addAll(drawn.files());
    }
    List<Link> downloads = new ArrayList<>(d.downloads(d.toSite(path, SiteLayout.dataAll())));
    downloads.add(new Link(d.toSite(path, SiteLayout.catalogue() + "datapackage.json"), "datapackage.json"));
    downloads.add(new Link(d.toSite(path, SiteLayout.catalogue() + "xaso-open-data.zip"), "xaso-open-data.zip"));
    ChartWriter.Drawn<List<ChartView>> trends = Trends.draw(index.trends(), path, d);
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
   * grouped as {@link vn.xaso.derive.Comparisons} groups comparable figures, never averaged
   * across groups; a group is averaged only when at least {@link #HEADLINE_MIN_COMMUNES} communes
   * are in it and they are at least half of the communes with a report; otherwise its communes'
   * values are listed, each with its own date or span.
   */
  private static List<Headline> headlines(List<ReportFacts> latest, String page, PageParts d) {
    SiteContext c = d.context();
    List<Headline> out = new ArrayList<>();
    for (Indicator i : Indicator.shares()) {
      vn.xaso.derive.Comparisons.Result result = d.comparisons(i);
      int giving = result.groups().stream().mapToInt(g -> g.entries().size()).sum();
      List<HeadlineGroup> groups = new ArrayList<>();
      for (vn.xaso.derive.Comparisons.Group g : result.groups()) {
        List<vn.xaso.derive.Comparisons.Entry> in = g.entries();
        if (in.size() >= HEADLINE_MIN_COMMUNES && 2 * in.size() >= latest.size()) {
          groups.add(new HeadlineGroup(d.groupTitle(g), "",
              c.show().number(in.stream().mapToDouble(e -> e.value().number()).average().orElseThrow(), "%"),
              c.t().get("home.mean_of", Map.of("n", c.f().number(in.size()))), List.of()));
        } else {
          groups.add(new HeadlineGroup(d.groupTitle(g), "", null, null,
              in.stream().map(e -> new HeadlineValue(d.name(e.facts().commune()),
                  SiteLayout.href(page, SiteLayout.report(e.facts())), c.show().value(i, e.value()), d.when(e.when())))
                  .toList()));
        }
      }
      out.add(new Headline(i.label(c.lang()), SiteLayout.href(page, SiteLayout.ranking(i)),
          c.t().get("home.coverage_of", Map.of("n", c.f().number(giving), "m", c.f().number(latest.size()))),
          groups, groups.stream().anyMatch(g -> g.mean() == null), giving == 0 ? c.show().absent(null) : null));
    }
    return out;
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
