package vn.xaso.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.xaso.model.Lang;

/**
 * The Markdown pages of {@code content/<lang>/}, one per name. A page written only in English
 * exists only in English and, as before, is in no sitemap: the sitemaps list the Vietnamese
 * pages with their English alternates.
 */
final class ContentKind implements PageKind {
  private final Map<Lang, List<ContentPages.Page>> content;
  private final Map<Lang, SiteContext> contexts;

  ContentKind(Map<Lang, List<ContentPages.Page>> content, Map<Lang, SiteContext> contexts) {
    this.content = content;
    this.contexts = contexts;
  }

  @Override
  public List<Page> pages() {
    List<Page> pages = new ArrayList<>();
    List<String> vietnamese = content.get(Lang.VI).stream().map(ContentPages.Page::name).toList();
    vietnamese.forEach(name -> pages.add(page(name, Set.of(Lang.values()))));
    content.get(Lang.EN).stream().map(ContentPages.Page::name).filter(n -> !vietnamese.contains(n))
        .forEach(name -> pages.add(page(name, Set.of(Lang.EN))));
    return pages;
  }

  private Page page(String name, Set<Lang> languages) {
    return new Page(new Page.Identity("content", name), SiteLayout.content(name), "content.ftlh", SiteLayout.Owner.NATION, languages,
        Page.Rendering.KEPT_IF_SAME, languages.contains(Lang.VI), lang -> model(contexts.get(lang), name))
        .reusedWhen(Page.Reuse.withoutData());
  }

  private PageModel model(SiteContext c, String name) {
    ContentPages.Page p = ContentPages.find(content.get(c.lang()), name).orElseThrow();
    SiteContext.Frame frame = c.frame(SiteLayout.content(p.name()), p.title(), p.title());
    // A page shown in Vietnamese for want of English is edited in its Vietnamese file: the English one does not exist.
    Lang source = p.fallback() ? Lang.VI : c.lang();
    String edit = c.config().repository() == null ? null
        : SafeUrl.web(c.config().repository() + "/blob/main/content/" + source.code() + "/" + p.name() + ".md")
            .orElse(null);
    return PageModel.of(frame, new PageModels.ContentPage(p.html(), p.fallback(), edit));
  }
}
