package vn.xaso.site;

import java.util.List;
import java.util.Map;
import vn.xaso.derive.Derived;
import vn.xaso.model.Commune;

/** One page per commune: its profile, latest figures, trends and reports. */
final class CommuneKind implements PageKind {
  private final Derived derived;
  private final Map<Lang, DataPages> data;

  CommuneKind(Derived derived, Map<Lang, DataPages> data) {
    this.derived = derived;
    this.data = data;
  }

  @Override
  public List<Page> pages() {
    return derived.communes().stream().map(this::page).toList();
  }

  private Page page(Commune cm) {
    return Page.many(SiteLayout.commune(cm), "commune.ftlh", new SiteLayout.Owner(cm.province(), cm.slug()),
        lang -> PageModel.untyped(data.get(lang).commune(cm), List.of()));
  }
}
