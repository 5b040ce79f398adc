package vn.xaso.site;

import java.util.List;
import java.util.Map;

/** The list of indicators, each with its formula and a link to its ranking. */
final class IndicatorsKind implements PageKind {
  private final Map<Lang, DataPages> data;

  IndicatorsKind(Map<Lang, DataPages> data) {
    this.data = data;
  }

  @Override
  public List<Page> pages() {
    return List.of(Page.single(SiteLayout.indicators(), "indicators.ftlh", SiteLayout.Owner.NATION,
        lang -> PageModel.untyped(data.get(lang).indicators(), List.of())));
  }
}
