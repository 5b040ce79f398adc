package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.testing.TinyProject;

/**
 * The absolute addresses of a site: {@code build --base-url} (what the deploy workflow passes for
 * GitHub Pages) replaces {@code base_url} of content/site.yaml in canonical links, the sitemap,
 * the feeds and the catalogue's JSON-LD, and the configured address is left nowhere.
 */
class BaseUrlTest {
  private static final String CONFIGURED = "https://example.org/xaso/";
  private static final String PAGES = "https://someone.github.io/xaso-fork/";

  @TempDir Path dir;
  private String siteYaml = TinyProject.SITE;

  private Path build(String... extra) throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file("content/site.yaml", siteYaml).file("data/hai-phong/hung-thang/2025-12.yaml",
        TinyProject.DECEMBER + "procedures: {total: 10, full_online: 6}\n");
    List<String> args = new ArrayList<>(List.of("build", "--no-cache", "--out", dir.resolve("site").toString()));
    args.addAll(List.of(extra));
    TinyProject.Run run = p.run(args.toArray(String[]::new));
    assertEquals(0, run.exit(), run.out() + run.err());
    return dir.resolve("site");
  }

  @Test
  void baseUrlFromTheCommandLineIsEveryAbsoluteAddress() throws Exception {
    Path site = build("--base-url", PAGES.substring(0, PAGES.length() - 1));

    Document commune = Jsoup.parse(site.resolve("hai-phong/hung-thang/index.html").toFile(), "UTF-8");
    assertEquals(PAGES + "hai-phong/hung-thang/", commune.select("link[rel=canonical]").attr("href"));
    assertEquals(PAGES + "en/hai-phong/hung-thang/", commune.select("link[hreflang=en]").attr("href"));
    Document english = Jsoup.parse(site.resolve("en/hai-phong/hung-thang/2025-12/index.html").toFile(), "UTF-8");
    assertEquals(PAGES + "en/hai-phong/hung-thang/2025-12/", english.select("link[rel=canonical]").attr("href"));

    Document index = xml(site.resolve("sitemap.xml"));
    List<String> sitemaps = index.select("sitemap > loc").eachText();
    assertEquals(List.of(PAGES + "sitemaps/site.xml", PAGES + "sitemaps/hai-phong.xml"), sitemaps);
    List<String> urls = xml(site.resolve("sitemaps/hai-phong.xml")).select("url > loc").eachText();
    assertTrue(urls.contains(PAGES + "hai-phong/hung-thang/2025-12/"), urls.toString());

    Document feed = xml(site.resolve("en/feed.xml"));
    assertEquals(PAGES + "en/hai-phong/hung-thang/2025-12/", feed.select("entry > link").attr("href"));
    assertEquals(PAGES + "en/feed.xml", feed.select("feed > link[rel=self]").attr("href"));

    JsonNode ld = jsonLd(site.resolve("data/index.html"));
    assertEquals(PAGES + "data/", ld.path("url").asText());
    ld.path("distribution").forEach(d -> assertTrue(d.path("contentUrl").asText().startsWith(PAGES), d.toString()));
    assertFalse(ld.path("distribution").isEmpty());

    try (Stream<Path> files = Files.walk(site)) {
      for (Path f : files.filter(f -> f.toString().matches(".*\\.(html|xml|json|txt)")).toList()) {
        assertFalse(Files.readString(f).contains(CONFIGURED), "the configured base URL is left in " + site.relativize(f));
      }
    }
  }

  @Test
  void withoutTheOptionTheConfiguredBaseUrlIsUsed() throws Exception {
    Path site = build();
    Document commune = Jsoup.parse(site.resolve("hai-phong/hung-thang/index.html").toFile(), "UTF-8");
    assertEquals(CONFIGURED + "hai-phong/hung-thang/", commune.select("link[rel=canonical]").attr("href"));
    assertEquals(CONFIGURED + "data/", jsonLd(site.resolve("data/index.html")).path("url").asText());
  }

  /**
   * The catalogue's JSON-LD sits in a script element: a site title holding {@code </script>} must
   * not close it, so every "<" in it is written as an escape and the JSON still reads as the title.
   */
  @Test
  void aTitleHoldingAClosingScriptTagStaysInsideTheJsonLd() throws Exception {
    String title = "Xã Số </script><script src=//evil.test/x.js></script>";
    siteYaml = TinyProject.SITE.replace("title: {vi: Xã Số, en: Xã Số}", "title: {vi: '" + title + "', en: Xã Số}");
    Path site = build();

    String html = Files.readString(site.resolve("data/index.html"));
    String open = "<script type=\"application/ld+json\">";
    int start = html.indexOf(open) + open.length();
    String block = html.substring(start, html.indexOf("</script>", start));
    assertFalse(block.contains("<"), block);
    assertEquals(title, new ObjectMapper().readTree(block).path("name").asText());
    assertTrue(Jsoup.parse(html).select("script[src*=evil]").isEmpty(), "no script element made from the title");
  }

  private static Document xml(Path file) throws Exception {
    return Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
  }

  private static JsonNode jsonLd(Path page) throws Exception {
    Document doc = Jsoup.parse(page.toFile(), "UTF-8");
    return new ObjectMapper().readTree(doc.selectFirst("script[type=application/ld+json]").data());
  }
}
