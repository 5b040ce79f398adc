package vn.xaso.site;

import java.util.List;
import java.util.Map;
import vn.xaso.derive.Derived;
import vn.xaso.derive.ReportFacts;

/** One page per report: its indicators, charts and everything it says, as reported. */
final class ReportKind implements PageKind {
  private final Derived derived;
  private final Map<Lang, DataPages> data;

  ReportKind(Derived derived, Map<Lang, DataPages> data) {
    this.derived = derived;
    this.data = data;
  }

  @Override
  public List<Page> pages() {
    return derived.reports().stream().map(this::page).toList();
  }

  private Page page(ReportFacts r) {
    return Page.many(SiteLayout.report(r), "report.ftlh",
        new SiteLayout.Owner(r.province().slug(), r.commune().slug()), lang -> PageModel.untyped(data.get(lang).report(r), List.of()));
  }
}
