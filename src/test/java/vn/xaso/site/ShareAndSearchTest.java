package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the sample site: the find-a-commune box on every kind of page, a link to each chart and map,
 * link previews naming the commune, period and a figure, and the print button and address.
 */
class ShareAndSearchTest {
  @TempDir static Path out;
  static BuiltSite site;

  @BeforeAll
  static void build() throws IOException {
    site = BuiltSite.build(Path.of("").toAbsolutePath(), out.resolve("site"));
  }

  /** Each kind of page's file, in Vietnamese and English (the 404 page is at the root only). */
  static List<String> everyKind() throws IOException {
    List<String> files = new java.util.ArrayList<>();
    for (String path : BrowserIT.kinds(site.root()).values()) {
      if (path.equals("no-such-page/")) {
        files.add("404.html");
        continue;
      }
      files.add(path + "index.html");
      files.add("en/" + path + "index.html");
    }
    return files;
  }

  @Test
  void everyKindOfPageHasTheFindACommuneBoxReadingItsLanguagesIndex() throws IOException {
    for (String file : everyKind()) {
      Document d = site.page(file);
      boolean home = file.equals("index.html") || file.equals("en/index.html");
      Element form = d.selectFirst(home ? "#find form.search" : "header form.site-search");
      assertNotNull(form, file);
      assertEquals(1, d.select("form.search").size(), file + ": one box, not two");
      assertNotNull(form.selectFirst("input[type=search][name=q]"), file);
      assertNotNull(form.selectFirst("label[for=" + form.selectFirst("input").id() + "]"), file);
      if (file.equals("404.html")) {
        continue; // served at any depth, its links start from the base path, as SiteNamesAndAddressesTest checks
      }
      String index = BuiltSite.resolve(file, form.attr("data-index"));
      assertEquals(file.startsWith("en/") ? "en/search.json" : "search.json", index, file);
      assertTrue(site.files().contains(index), index);
      if (!home) {
        assertEquals(file.startsWith("en/") ? "en/index.html" : "index.html", BuiltSite.resolve(file, form.attr("action")));
        assertTrue(form.attr("action").endsWith("#find"), file);
        // The index's paths are from the language root: data-base leads there from this page.
        String commune = BuiltSite.resolve(file, form.attr("data-base") + "hai-phong/hung-thang/");
        assertTrue(site.files().contains(commune), file + " → " + commune);
      }
    }
  }

  @Test
  void everyChartAndMapHasAStableAnchorAndALinkToIt() throws IOException {
    int seen = 0;
    for (String file : everyKind()) {
      Document d = site.page(file);
      Set<String> ids = new HashSet<>();
      for (Element fig : d.select("figure.chart, figure.map")) {
        assertFalse(fig.id().isEmpty(), file);
        assertTrue(ids.add(fig.id()), file + ": " + fig.id() + " twice");
        Element copy = fig.selectFirst("a.copy-link[data-copy]");
        assertNotNull(copy, file + " " + fig.id());
        assertEquals("#" + fig.id(), copy.attr("href"));
        assertEquals(file.startsWith("en/") ? "Copy link" : "Sao chép liên kết", copy.text());
        seen++;
      }
    }
    assertTrue(seen > 10, "figures: " + seen);
    assertNotNull(site.page("index.html").getElementById("map-full-online-share"));
    assertNotNull(site.page("indicators/on_time_rate/index.html").getElementById("map-on-time-rate"));
  }

  @Test
  void previewsNameTheCommunePeriodAndAFigureWithABuildTimeImage() throws IOException {
    Document report = site.page("hai-phong/hung-thang/2025-11-28_2025-12-05/index.html");
    assertEquals("Xã Hùng Thắng — 28/11/2025 – 05/12/2025", report.selectFirst("meta[property=og:title]").attr("content"));
    String description = report.selectFirst("meta[property=og:description]").attr("content");
    assertTrue(description.contains("xã Hùng Thắng") && description.contains("28/11/2025 – 05/12/2025")
        && description.contains("Tỷ lệ TTHC trực tuyến toàn trình: 58,2%"), description);
    String en = site.page("en/hai-phong/hung-thang/index.html").selectFirst("meta[property=og:description]").attr("content");
    assertTrue(en.contains("Hùng Thắng") && en.contains("28 Nov 2025") && en.contains("58.2%"), en);
    for (String file : everyKind()) {
      Document d = site.page(file);
      String image = d.selectFirst("meta[property=og:image]").attr("content");
      assertTrue(image.matches("https?://.*/assets/preview-map\\.png"), file + ": " + image);
      assertEquals("image/png", d.selectFirst("meta[property=og:image:type]").attr("content"));
      assertFalse(d.selectFirst("meta[property=og:image:alt]").attr("content").isBlank());
    }
    BufferedImage png = ImageIO.read(site.root().resolve(PreviewImage.PATH).toFile());
    assertEquals(PreviewImage.WIDTH, png.getWidth());
    assertEquals(PreviewImage.HEIGHT, png.getHeight());
  }

  @Test
  void reportAndCommunePagesHaveAPrintButtonShownByTheScriptAndPrintTheirAddress() throws IOException {
    for (String file : List.of("hai-phong/hung-thang/2025-11-28_2025-12-05/index.html", "hai-phong/hung-thang/index.html",
        "en/hai-phong/hung-thang/index.html")) {
      Document d = site.page(file);
      Element button = d.selectFirst("button[data-print]");
      assertNotNull(button, file);
      assertTrue(button.hasAttr("hidden"), "without a script there is nothing to press: " + file);
      assertEquals(file.startsWith("en/") ? "Print this page" : "In trang này", button.text());
      String canonical = d.selectFirst("link[rel=canonical]").attr("href");
      assertTrue(d.selectFirst(".print-address").text().endsWith(canonical), file);
    }
  }
}
