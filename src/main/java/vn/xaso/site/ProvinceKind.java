package vn.xaso.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.xaso.derive.Derived;
import vn.xaso.derive.Indicator;
import vn.xaso.derive.ReportFacts;
import vn.xaso.model.Commune;
import vn.xaso.model.Lang;
import vn.xaso.model.Province;
import vn.xaso.site.PageModels.CommuneRow;
import vn.xaso.site.PageModels.ProvincePage;
import vn.xaso.site.Views.ChartView;

/** One page per province: its communes' latest figures and a comparison chart. */
final class ProvinceKind implements PageKind {
  private final Derived derived;
  private final Map<Lang, PageParts> data;

  ProvinceKind(Derived derived, Map<Lang, PageParts> data) {
    this.derived = derived;
    this.data = data;
  }

  @Override
  public List<Page> pages() {
    return derived.provinces().stream().map(this::page).toList();
  }

  private Page page(Province p) {
    return Page.single(new Page.Identity("province", p.slug()), SiteLayout.province(p.slug()), "province.ftlh", new SiteLayout.Owner(p.slug(), null),
        lang -> model(p, data.get(lang)));
  }

  private PageModel model(Province p, PageParts d) {
    SiteContext c = d.context();
    String path = SiteLayout.province(p.slug());
    SiteContext.Frame frame = c.frame(path, p.name(), c.t().get("province.description", Map.of("name", p.name())));
    List<ReportFacts> latest = d.latest().stream().filter(r -> r.province().slug().equals(p.slug())).toList();
    List<Indicator> shares = Indicator.shares();
    List<ReportFacts> lasts = derived.communesOf(p).stream().map(cm -> latest.stream()
        .filter(r -> r.commune().slug().equals(cm.slug())).findFirst().orElse(null)).toList();
    List<String> shared = shares.stream().map(i -> sharedWhen(i, lasts, d)).toList();
    List<CommuneRow> rows = new ArrayList<>();
    for (int k = 0; k < lasts.size(); k++) {
      Commune cm = derived.communesOf(p).get(k);
      ReportFacts last = lasts.get(k);
      List<String> whens = new ArrayList<>();
      for (int j = 0; j < shares.size(); j++) {
        whens.add(shared.get(j) != null || last == null || !last.value(shares.get(j)).present() ? null
            : d.when(last.value(shares.get(j)).when()));
      }
      rows.add(new CommuneRow(d.name(cm), SiteLayout.href(path, SiteLayout.commune(cm)),
          last == null ? null : d.period(last),
          last == null ? null : SiteLayout.href(path, SiteLayout.report(last)),
          shares.stream().map(i -> last == null ? c.show().absent(null) : c.show().value(i, last.value(i))).toList(),
          java.util.Collections.unmodifiableList(whens)));
    }
    ChartWriter.Drawn<List<ChartView>> drawn = d.comparison(Indicator.FULL_ONLINE_SHARE,
        vn.xaso.derive.Comparisons.of(Indicator.FULL_ONLINE_SHARE, derived.communesOf(p).stream().map(d::reportsOf).toList()),
        path);
    ChartWriter.Drawn<List<ChartView>> trends = Trends.draw(
        derived.reports().stream().filter(r -> r.province().slug().equals(p.slug())).toList(), path, d);
    ProvincePage page = new ProvincePage(p, SiteLayout.href(path, SiteLayout.home()),
        shares.stream().map(i -> i.label(c.lang())).toList(), shared, rows, drawn.view(),
        List.of(d.zipped(path, p.slug(), p.slug(), "downloads.zip_province")), trends.view());
    List<PageModel.PageFile> files = new ArrayList<>(drawn.files());
    files.addAll(trends.files());
    return new PageModel(frame, page, files);
  }

  /**
   * The date or span every figure of {@code i} in the table shares, said once in its column's
   * header; null when they differ (each cell then says its own) or none is given.
   */
  private static String sharedWhen(Indicator i, List<ReportFacts> lasts, PageParts d) {
    List<String> whens = lasts.stream().filter(r -> r != null && r.value(i).present())
        .map(r -> d.when(r.value(i).when())).distinct().toList();
    return whens.size() == 1 ? whens.get(0) : null;
  }
}
