package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.xaso.model.Lang;
import vn.xaso.model.SiteConfig;

/** The sitemaps list every page in both languages with its alternates, at the configured address, escaped as XML. */
class SitemapTest {
  private final SiteContext vi = new SiteContext(Lang.VI, SourceLineTest.CONFIG, Map.of(), List.of());

  @Test
  void eachPageIsListedInBothLanguagesWithItsAlternatesAndTheVietnameseDefault() {
    assertEquals("""
        <?xml version="1.0" encoding="utf-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
          <url><loc>https://example.org/xaso/hai-phong/</loc>\
        <xhtml:link rel="alternate" hreflang="vi" href="https://example.org/xaso/hai-phong/"/>\
        <xhtml:link rel="alternate" hreflang="en" href="https://example.org/xaso/en/hai-phong/"/>\
        <xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/xaso/hai-phong/"/></url>
          <url><loc>https://example.org/xaso/en/hai-phong/</loc>\
        <xhtml:link rel="alternate" hreflang="vi" href="https://example.org/xaso/hai-phong/"/>\
        <xhtml:link rel="alternate" hreflang="en" href="https://example.org/xaso/en/hai-phong/"/>\
        <xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/xaso/hai-phong/"/></url>
        </urlset>
        """, Sitemap.xml(List.of("hai-phong/"), vi));
  }

  @Test
  void theIndexNamesEachSitemapFile() {
    assertEquals("""
        <?xml version="1.0" encoding="utf-8"?>
        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <sitemap><loc>https://example.org/xaso/sitemaps/hai-phong.xml</loc></sitemap>
          <sitemap><loc>https://example.org/xaso/sitemaps/site.xml</loc></sitemap>
        </sitemapindex>
        """, Sitemap.index(List.of("sitemaps/hai-phong.xml", "sitemaps/site.xml"), vi));
  }

  @Test
  void anAddressWithMarkupCharactersStaysWellFormed() {
    SiteConfig odd = new SiteConfig(SourceLineTest.CONFIG.title(), SourceLineTest.CONFIG.description(),
        "https://example.org/?a=1&b=\"<2>\"/", null, SourceLineTest.CONFIG.publisher(), SourceLineTest.CONFIG.licence(),
        null, null);
    String xml = Sitemap.index(List.of("site.xml"), new SiteContext(Lang.VI, odd, Map.of(), List.of()));
    assertEquals("  <sitemap><loc>https://example.org/?a=1&amp;b=&quot;&lt;2&gt;&quot;/site.xml</loc></sitemap>",
        xml.lines().toList().get(2));
  }
}
