package vn.xaso.site;

import java.util.List;
import java.util.Map;

/** The home page: headline figures, charts, the latest reports and the find-a-commune list. */
final class HomeKind implements PageKind {
  private final Map<Lang, DataPages> data;

  HomeKind(Map<Lang, DataPages> data) {
    this.data = data;
  }

  @Override
  public List<Page> pages() {
    return List.of(Page.single(SiteLayout.home(), "home.ftlh", SiteLayout.Owner.NATION, lang -> PageModel.untyped(data.get(lang).home(), List.of())));
  }
}
