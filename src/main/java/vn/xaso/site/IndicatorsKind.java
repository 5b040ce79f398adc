package vn.xaso.site;

import java.util.List;
import java.util.Map;
import vn.xaso.derive.Indicator;
import vn.xaso.model.Lang;
import vn.xaso.site.PageModels.IndicatorItem;
import vn.xaso.site.PageModels.IndicatorsPage;

/** The list of shares, each with its formula and a link to its ranking. */
final class IndicatorsKind implements PageKind {
  private final Map<Lang, SiteContext> contexts;

  IndicatorsKind(Map<Lang, SiteContext> contexts) {
    this.contexts = contexts;
  }

  @Override
  public List<Page> pages() {
    return List.of(Page.single(Page.Identity.of("indicators"), SiteLayout.indicators(), "indicators.ftlh", SiteLayout.Owner.NATION,
        lang -> model(contexts.get(lang))).reusedWhen(Page.Reuse.withoutData()));
  }

  private static PageModel model(SiteContext c) {
    String path = SiteLayout.indicators();
    SiteContext.Frame frame = c.frame(path, c.t().get("indicators.title"), c.t().get("indicators.description"));
    return PageModel.of(frame, new IndicatorsPage(Indicator.shares().stream().map(i -> new IndicatorItem(
        SiteLayout.href(path, SiteLayout.ranking(i)), i.label(c.lang()), i.formula(c.lang()))).toList()));
  }
}
