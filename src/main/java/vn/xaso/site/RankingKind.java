package vn.xaso.site;

import java.util.List;
import java.util.Map;
import vn.xaso.derive.Indicator;

/** One ranking per share: every commune's latest value, highest first, by kind of period. */
final class RankingKind implements PageKind {
  private final Map<Lang, DataPages> data;

  RankingKind(Map<Lang, DataPages> data) {
    this.data = data;
  }

  @Override
  public List<Page> pages() {
    return Indicator.shares().stream().map(i -> Page.single(SiteLayout.ranking(i), "ranking.ftlh",
        SiteLayout.Owner.NATION, lang -> PageModel.untyped(data.get(lang).ranking(i), List.of()))).toList();
  }
}
