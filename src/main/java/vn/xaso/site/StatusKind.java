package vn.xaso.site;

import java.util.List;
import java.util.Map;

/** The reporting status: which periods each commune has reported. */
final class StatusKind implements PageKind {
  private final Map<Lang, DataPages> data;

  StatusKind(Map<Lang, DataPages> data) {
    this.data = data;
  }

  @Override
  public List<Page> pages() {
    return List.of(Page.single(SiteLayout.status(), "status.ftlh", SiteLayout.Owner.NATION,
        lang -> PageModel.untyped(data.get(lang).status(), List.of())));
  }
}
