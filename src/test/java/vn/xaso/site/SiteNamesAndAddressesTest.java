package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Check;
import vn.xaso.derive.Deriver;
import vn.xaso.model.Lang;
import vn.xaso.problem.Problems;
import vn.xaso.testing.TinyProject;

/** The names the site keeps for itself, the addresses it accepts, numbers as they round, and the search index. */
class SiteNamesAndAddressesTest {

  @Test
  void aProvinceMayNotTakeANameOfTheRootOfDataOrOfTheSitemaps() {
    for (String name : List.of("en", "data", "assets", "feed.xml", "all", "datapackage.json", "site", "chart-x.csv")) {
      assertTrue(Reserved.province(name), name);
    }
    assertFalse(Reserved.province("hai-phong"));
    assertFalse(Reserved.province("chart-x"), "a chart file ends in .csv");
    assertFalse(Reserved.province("x-chart.csv"), "a chart file starts with chart-");
  }

  @Test
  void aCommuneMayNotTakeTheNameOfAFileOfItsProvincesPage() {
    assertTrue(Reserved.commune("index.html"));
    assertTrue(Reserved.commune("data.json"));
    assertTrue(Reserved.commune("chart-compare-vi.csv"));
    assertFalse(Reserved.commune("data"), "data/ is the root's, not the province folder's");
    assertFalse(Reserved.commune("hung-thang"));
  }

  @Test
  void aContentPageMayNotTakeARootNameButMayTakeADataOne() {
    assertTrue(Reserved.page("status"));
    assertTrue(Reserved.page("chart-a.csv"));
    assertFalse(Reserved.page("all"), "all/ is under data/, a page is at the root");
    assertFalse(Reserved.page("about"));
  }

  @Test
  void theHintListsEveryReservedNameSorted() {
    String list = Reserved.list();
    assertTrue(list.startsWith(".xaso-output, 404.html, CHANGELOG.md, all, assets, chart-*.csv, data,"), list);
    assertTrue(list.contains(", site, sitemap.xml, sitemaps, status,"), list);
    assertFalse(list.contains("data.json"), "a province's own files are not a province's concern");
  }

  @Test
  void theSitesAddressMustBeAbsoluteWebWithAHost() {
    assertTrue(SafeUrl.address("https://example.org/xaso/"));
    assertTrue(SafeUrl.address("  http://example.org "));
    assertFalse(SafeUrl.address(null));
    assertFalse(SafeUrl.address("example.org/xaso/"));
    assertFalse(SafeUrl.address("https://x.org/a|b/"), "java.net.URI refuses it, so the feed would fail");
    assertFalse(SafeUrl.address("https:///only-a-path"));
    assertEquals(java.util.Optional.of("https://a.vn/"), SafeUrl.web("  https://a.vn/ "));
    assertTrue(SafeUrl.web("https://a.vn/<script>").isEmpty());
  }

  @Test
  void numbersRoundHalfUpToTwoDecimalsWithTheirLanguagesSigns() {
    assertEquals("0,13", new Formats(Lang.VI).number(0.125));
    assertEquals("0.13", new Formats(Lang.EN).number(0.125));
    assertEquals("-1.234.567", new Formats(Lang.VI).number(-1234567));
    assertEquals("0", new Formats(Lang.EN).number(0));
    assertEquals(Lang.EN, new Formats(Lang.EN).lang());
    assertEquals("28 Nov 2025 – 5 Dec 2025", new Formats(Lang.EN).period(new vn.xaso.model.Period(
        java.time.LocalDate.of(2025, 11, 28), java.time.LocalDate.of(2025, 12, 5), null)));
  }

  @Test
  void theSearchIndexFoldsNameUnitAndProvinceSoReadersTypeWithoutDiacritics(@TempDir Path dir) throws Exception {
    TinyProject p = TinyProject.withCommune(dir);
    var derived = new Deriver().derive(new Check().run(p.root()).data(), new Problems());
    assertEquals(List.of(Map.of("name", "xã Hùng Thắng", "province", "Hải Phòng", "path", "hai-phong/hung-thang/",
        "key", "hung thang xa hai phong")), SearchIndex.of(derived, Lang.VI));
    assertEquals("Hùng Thắng commune", SearchIndex.of(derived, Lang.EN).get(0).get("name"));
    assertEquals("hung thang commune hai phong", SearchIndex.of(derived, Lang.EN).get(0).get("key"));
  }
}
