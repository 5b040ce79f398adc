package vn.xaso.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.xaso.derive.Derived;
import vn.xaso.derive.ReportFacts;
import vn.xaso.model.Commune;
import vn.xaso.model.Lang;
import vn.xaso.model.Province;
import vn.xaso.site.PageModels.StatusPage;
import vn.xaso.site.PageModels.StatusProvince;
import vn.xaso.site.PageModels.StatusProvincePage;
import vn.xaso.site.PageModels.StatusRow;
import vn.xaso.site.Views.Link;

/**
 * The reporting status: a national page of one line per province, and a page per province with
 * every commune and the periods it has reported. One national page of every commune weighed
 * 3 MB at national scale (3,321 communes × 12 periods), past what a phone opens in a few seconds;
 * a province's page holds about a hundred communes.
 */
final class StatusKind implements PageKind {
  private final Derived derived;
  private final Map<Lang, PageParts> data;

  StatusKind(Derived derived, Map<Lang, PageParts> data) {
    this.derived = derived;
    this.data = data;
  }

  @Override
  public List<Page> pages() {
    List<Page> pages = new ArrayList<>();
    pages.add(Page.single(Page.Identity.of("status"), SiteLayout.status(), "status.ftlh", SiteLayout.Owner.NATION,
        lang -> model(data.get(lang))));
    // The nation's, not the province's: a province's part of a national page is redone with it.
    for (Province p : derived.provinces()) {
      // It lists the province's communes and their reports only: kept while the province is.
      pages.add(Page.single(new Page.Identity("status", p.slug()), SiteLayout.status(p.slug()), "status-province.ftlh",
          SiteLayout.Owner.NATION, lang -> model(p, data.get(lang)))
          .reusedWhen(new Page.Reuse(new SiteLayout.Owner(p.slug(), null), () -> "")));
    }
    return pages;
  }

  private PageModel model(PageParts d) {
    SiteContext c = d.context();
    String path = SiteLayout.status();
    SiteContext.Frame frame = c.frame(path, c.t().get("status.title"), c.t().get("status.description"));
    List<StatusProvince> provinces = new ArrayList<>();
    for (Province p : derived.provinces()) {
      List<Commune> communes = derived.communesOf(p);
      long reported = communes.stream().filter(cm -> !d.reportsOf(cm).isEmpty()).count();
      long reports = communes.stream().mapToLong(cm -> d.reportsOf(cm).size()).sum();
      provinces.add(new StatusProvince(p.name(), SiteLayout.href(path, SiteLayout.status(p.slug())),
          c.t().get("status.communes_link", Map.of("n", c.f().number(communes.size()))),
          c.f().number(reported), c.f().number(reports)));
    }
    return PageModel.of(frame, new StatusPage(c.t().get("status.by_province"), provinces));
  }

  private PageModel model(Province p, PageParts d) {
    SiteContext c = d.context();
    String path = SiteLayout.status(p.slug());
    Map<String, String> named = Map.of("province", p.name());
    SiteContext.Frame frame = c.frame(path, c.t().get("status.province_title", named),
        c.t().get("status.province_description", named));
    List<StatusRow> rows = new ArrayList<>();
    for (Commune cm : derived.communesOf(p)) {
      List<ReportFacts> reports = d.reportsOf(cm);
      rows.add(new StatusRow(d.name(cm), SiteLayout.href(path, SiteLayout.commune(cm)), p.name(),
          c.f().number(reports.size()),
          reports.stream().map(r -> new Link(SiteLayout.href(path, SiteLayout.report(r)), d.period(r))).toList()));
    }
    return PageModel.of(frame, new StatusProvincePage(SiteLayout.href(path, SiteLayout.home()),
        SiteLayout.href(path, SiteLayout.status()), new Link(SiteLayout.href(path, SiteLayout.province(p.slug())),
            c.t().get("status.province_page", named)), rows));
  }
}
