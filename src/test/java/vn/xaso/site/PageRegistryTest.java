package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.xaso.model.Lang;
import vn.xaso.site.SiteLayout.Owner;

/** The registry on its own: one list of pages, read by the renderer, the sitemaps and the duplicate check. */
class PageRegistryTest {
  private static final Owner COMMUNE = new Owner("ha-noi", "hung-thang");

  private static Page page(String path, Page.Rendering rendering, boolean inSitemap, Set<Lang> languages) {
    return new Page(new Page.Identity("x", path), path, "x.ftlh", Owner.NATION, languages, rendering, inSitemap,
        lang -> null);
  }

  @Test
  void twoPagesMayNotShareAPath() {
    PageKind home = () -> List.of(page("", Page.Rendering.KEPT_IF_SAME, true, Set.of(Lang.values())));
    PageKind about = () -> List.of(page("about/", Page.Rendering.KEPT_IF_SAME, true, Set.of(Lang.values())));
    PageKind again = () -> List.of(page("about/", Page.Rendering.KEPT_IF_SAME, true, Set.of(Lang.values())));
    assertEquals(List.of("", "about/"), new PageRegistry(List.of(home, about)).paths());
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> new PageRegistry(List.of(home, about, again)));
    assertEquals("Two pages share a path", e.getMessage());
  }

  @Test
  void theSitemapsListTheirPagesInTheKindsOrderAndNotThe404() {
    PageKind kinds = () -> List.of(
        page("", Page.Rendering.KEPT_IF_SAME, true, Set.of(Lang.values())),
        page(SiteLayout.NOT_FOUND, Page.Rendering.ALWAYS, false, Set.of(Lang.values())),
        new Page(new Page.Identity("commune", "ha-noi/hung-thang"), "ha-noi/hung-thang/", "commune.ftlh", COMMUNE, Set.of(Lang.values()), Page.Rendering.STREAMED, true,
            lang -> null),
        page("english-only/", Page.Rendering.KEPT_IF_SAME, false, Set.of(Lang.EN)));
    PageRegistry registry = new PageRegistry(List.of(kinds));
    assertEquals(List.of("", "ha-noi/hung-thang/"), registry.paths());
    assertEquals(List.of("", SiteLayout.NOT_FOUND), registry.in(Lang.VI, false).stream().map(Page::path).toList());
    assertEquals(List.of("", SiteLayout.NOT_FOUND, "english-only/"),
        registry.in(Lang.EN, false).stream().map(Page::path).toList());
    assertEquals(List.of("ha-noi/hung-thang/"), registry.in(Lang.EN, true).stream().map(Page::path).toList());
  }

  @Test
  void aPageIsWrittenToItsFolderOrAsTheFileItNames() {
    Page commune = Page.many(new Page.Identity("commune", "ha-noi/hung-thang"), "ha-noi/hung-thang/", "commune.ftlh", COMMUNE, lang -> null);
    assertEquals("ha-noi/hung-thang/index.html", commune.file(Lang.VI));
    assertEquals("en/ha-noi/hung-thang/index.html", commune.file(Lang.EN));
    assertEquals("en/404.html", page(SiteLayout.NOT_FOUND, Page.Rendering.ALWAYS, false, Set.of(Lang.values()))
        .file(Lang.EN));
    assertEquals("index.html", Page.single(Page.Identity.of("home"), "", "home.ftlh", Owner.NATION, lang -> null)
        .file(Lang.VI));
  }

  @Test
  void aPageSaysWhatItIsAndWhichOne() {
    assertEquals("commune ha-noi/hung-thang", new Page.Identity("commune", "ha-noi/hung-thang").toString());
    assertEquals("home", Page.Identity.of("home").toString());
  }

  @Test
  void theMenuListsPagesOfTheRegistryOnly() {
    List<ContentPages.Page> content = List.of(new ContentPages.Page("about", "Giới thiệu", "<p>x</p>", false));
    List<PageRegistry.MenuEntry> menu = PageRegistry.menu(content);
    assertEquals(List.of("home", "status", "indicators", "catalogue", "content about"),
        menu.stream().map(e -> e.page().toString()).toList());
    assertEquals(List.of("", "status/", "indicators/", "data/", "about/"),
        menu.stream().map(PageRegistry.MenuEntry::path).toList());
    assertEquals("Giới thiệu", menu.get(4).label().orElseThrow());
  }
}
