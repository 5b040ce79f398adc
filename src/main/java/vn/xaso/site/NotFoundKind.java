package vn.xaso.site;

import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.xaso.model.Lang;

/** The 404 page of each language, which the host serves at any depth; in no sitemap. */
final class NotFoundKind implements PageKind {
  private final Map<Lang, SiteContext> contexts;

  NotFoundKind(Map<Lang, SiteContext> contexts) {
    this.contexts = contexts;
  }

  @Override
  public List<Page> pages() {
    return List.of(new Page(Page.Identity.of("not-found"), SiteLayout.NOT_FOUND, "404.ftlh", SiteLayout.Owner.NATION, Set.of(Lang.values()),
        Page.Rendering.ALWAYS, false, lang -> {
          SiteContext c = contexts.get(lang);
          return PageModel.of(c.notFoundFrame(c.t().get("notfound.title")), null);
        }));
  }
}
