package vn.xaso.site;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import vn.xaso.model.Lang;

/**
 * Every page of the site, listed once by the page kinds: what the renderer renders, the
 * sitemaps list, the duplicate-path check checks and the model hashes keep. Two pages may not
 * share a path.
 */
final class PageRegistry {
  private final List<Page> pages;

  PageRegistry(List<PageKind> kinds) {
    List<Page> all = new ArrayList<>();
    kinds.forEach(k -> all.addAll(k.pages()));
    this.pages = List.copyOf(all);
    List<String> paths = paths();
    if (paths.size() != new HashSet<>(paths).size()) {
      throw new IllegalStateException("Two pages share a path");
    }
  }

  /**
   * An entry of the site's menu: the page's identity, its path, and its label, a message key or,
   * for a content page, its own title.
   */
  record MenuEntry(Page.Identity page, String path, String labelKey, java.util.Optional<String> label) {}

  /**
   * The site's menu, in its order: home, status, indicators, the data catalogue, then the about
   * and methodology pages when {@code content} has them. {@code SiteLinksTest} checks that each
   * menu link of every page reaches the page its entry names.
   */
  static List<MenuEntry> menu(List<ContentPages.Page> content) {
    List<MenuEntry> menu = new ArrayList<>(List.of(
        new MenuEntry(Page.Identity.of("home"), SiteLayout.home(), "nav.home", java.util.Optional.empty()),
        new MenuEntry(Page.Identity.of("status"), SiteLayout.status(), "nav.status", java.util.Optional.empty()),
        new MenuEntry(Page.Identity.of("indicators"), SiteLayout.indicators(), "nav.indicators",
            java.util.Optional.empty()),
        new MenuEntry(Page.Identity.of("catalogue"), SiteLayout.catalogue(), "nav.data", java.util.Optional.empty())));
    for (String name : List.of("about", "methodology")) {
      ContentPages.find(content, name).ifPresent(p -> menu.add(new MenuEntry(new Page.Identity("content", name),
          SiteLayout.content(name), null, java.util.Optional.of(p.title()))));
    }
    return menu;
  }

  List<Page> all() {
    return pages;
  }

  /** The paths of the pages in the sitemaps under a language root, the same in both languages, in the registry's order. */
  List<String> paths() {
    return listed().stream().map(Page::path).toList();
  }

  /** The pages in the sitemaps, in the registry's order. */
  List<Page> listed() {
    return pages.stream().filter(Page::inSitemap).toList();
  }

  /** The pages of {@code lang} rendered one task each ({@code streamed} false) or the many streamed ones. */
  List<Page> in(Lang lang, boolean streamed) {
    return pages.stream().filter(p -> p.rendering().streamed() == streamed
        && p.languages().contains(lang)).toList();
  }
}
