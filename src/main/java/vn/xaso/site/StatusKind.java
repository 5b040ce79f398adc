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
import vn.xaso.site.PageModels.StatusRow;
import vn.xaso.site.Views.Link;

/** The reporting status: every commune with the periods it has reported. */
final class StatusKind implements PageKind {
  private final Derived derived;
  private final Map<Lang, PageParts> data;

  StatusKind(Derived derived, Map<Lang, PageParts> data) {
    this.derived = derived;
    this.data = data;
  }

  @Override
  public List<Page> pages() {
    return List.of(Page.single(Page.Identity.of("status"), SiteLayout.status(), "status.ftlh", SiteLayout.Owner.NATION,
        lang -> model(data.get(lang))));
  }

  private PageModel model(PageParts d) {
    SiteContext c = d.context();
    String path = SiteLayout.status();
    SiteContext.Frame frame = c.frame(path, c.t().get("status.title"), c.t().get("status.description"));
    List<StatusRow> rows = new ArrayList<>();
    for (Commune cm : derived.communes()) {
      List<ReportFacts> reports = d.reportsOf(cm);
      rows.add(new StatusRow(d.name(cm), SiteLayout.href(path, SiteLayout.commune(cm)),
          derived.province(cm.province()).map(Province::name).orElse(cm.province()), c.f().number(reports.size()),
          reports.stream().map(r -> new Link(SiteLayout.href(path, SiteLayout.report(r)), d.period(r))).toList()));
    }
    return PageModel.of(frame, new StatusPage(rows));
  }
}
