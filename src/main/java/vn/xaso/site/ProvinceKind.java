package vn.xaso.site;

import java.util.List;
import java.util.Map;
import vn.xaso.derive.Derived;
import vn.xaso.model.Province;

/** One page per province: its communes' latest figures and a comparison chart. */
final class ProvinceKind implements PageKind {
  private final Derived derived;
  private final Map<Lang, DataPages> data;

  ProvinceKind(Derived derived, Map<Lang, DataPages> data) {
    this.derived = derived;
    this.data = data;
  }

  @Override
  public List<Page> pages() {
    return derived.provinces().stream().map(this::page).toList();
  }

  private Page page(Province p) {
    return Page.single(SiteLayout.province(p.slug()), "province.ftlh", new SiteLayout.Owner(p.slug(), null),
        lang -> PageModel.untyped(data.get(lang).province(p), List.of()));
  }
}
