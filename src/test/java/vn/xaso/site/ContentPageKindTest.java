package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.testing.TinyProject;

/**
 * The Markdown pages of {@code content/<lang>/} as built pages: a page written in both languages
 * is a page in each; one written only in Vietnamese stands in for English, saying so; one written
 * only in English exists only in English and in no sitemap; "edit this page" opens the file the
 * page was made from. Written for {@code ContentKind}'s mutants, which no PIT-visible test reached (#27).
 */
class ContentPageKindTest {
  @TempDir Path dir;
  private BuiltSite site;

  private static String page(String title, String body) {
    return "title=" + title + "\ntype=page\nstatus=published\n~~~~~~\n\n# " + title + "\n\n" + body + "\n";
  }

  @BeforeEach
  void build() throws IOException {
    TinyProject p = TinyProject.withCommune(dir.resolve("p"))
        .file("content/site.yaml", TinyProject.SITE + "repository: https://github.com/example/xaso\n")
        .file("content/vi/about.md", page("Giới thiệu", "Trang giới thiệu."))
        .file("content/en/about.md", page("About", "The about page."))
        .file("content/vi/huong-dan.md", page("Hướng dẫn", "Chỉ có tiếng Việt."))
        .file("content/en/press.md", page("Press", "English only."));
    BuiltSite.copyTheme(p.root());
    site = BuiltSite.build(p.root(), dir.resolve("site"));
  }

  @Test
  void aPageInBothLanguagesIsAPageInEachEditedInItsOwnFile() throws IOException {
    Document vi = site.page("about/index.html");
    assertEquals("Giới thiệu", vi.selectFirst("article h1").text());
    assertEquals("https://github.com/example/xaso/blob/main/content/vi/about.md", vi.selectFirst("p.edit a").attr("href"));
    assertEquals("Sửa trang này", vi.selectFirst("p.edit a").text());
    Document en = site.page("en/about/index.html");
    assertEquals("About", en.selectFirst("article h1").text());
    assertFalse(en.selectFirst("article").hasAttr("lang"));
    assertNull(en.selectFirst(".no-en"));
    assertEquals("https://github.com/example/xaso/blob/main/content/en/about.md", en.selectFirst("p.edit a").attr("href"));
  }

  @Test
  void aVietnameseOnlyPageStandsInForEnglishSayingSoAndIsEditedInVietnamese() throws IOException {
    Document en = site.page("en/huong-dan/index.html");
    assertEquals("Hướng dẫn", en.selectFirst("article h1").text());
    assertEquals("vi", en.selectFirst("article").attr("lang"));
    assertTrue(en.selectFirst(".no-en") != null, en.outerHtml());
    assertEquals("https://github.com/example/xaso/blob/main/content/vi/huong-dan.md", en.selectFirst("p.edit a").attr("href"));
  }

  @Test
  void anEnglishOnlyPageExistsOnlyInEnglishAndInNoSitemap() throws IOException {
    assertEquals("Press", site.page("en/press/index.html").selectFirst("article h1").text());
    assertFalse(site.files().contains("press/index.html"), site.files().toString());
    assertTrue(site.files().contains("about/index.html") && site.files().contains("huong-dan/index.html"));
    for (String f : site.files()) {
      if (f.startsWith("sitemap")) {
        String xml = Files.readString(site.root().resolve(f));
        assertFalse(xml.contains("/press/"), f);
      }
    }
    assertTrue(site.files().stream().filter(f -> f.startsWith("sitemap")).anyMatch(f -> {
      try {
        return Files.readString(site.root().resolve(f)).contains("/about/");
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }), "the Vietnamese pages are in a sitemap");
  }

  @Test
  void withoutARepositoryThereIsNoEditLink(@TempDir Path other) throws IOException {
    TinyProject p = TinyProject.withCommune(other.resolve("p")).file("content/vi/about.md", page("Giới thiệu", "x"));
    BuiltSite.copyTheme(p.root());
    BuiltSite bare = BuiltSite.build(p.root(), other.resolve("site"));
    assertNull(bare.page("about/index.html").selectFirst("p.edit"));
  }
}
