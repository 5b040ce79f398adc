package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.xaso.derive.Indicator;
import vn.xaso.model.Lang;
import vn.xaso.site.SiteLayout.Owner;

/** The site's layout on its own, without a build: every kind of path, its owner, and the links between pages. */
class SiteLayoutTest {
  private static final Set<String> PROVINCES = Set.of("ha-noi", "dien-bien");

  @Test
  void everyKindOfPageHasItsPathUnderTheLanguageRoot() {
    assertEquals("", SiteLayout.home());
    assertEquals("ha-noi/", SiteLayout.province("ha-noi"));
    assertEquals("ha-noi/hung-thang/", SiteLayout.commune("ha-noi", "hung-thang"));
    assertEquals("indicators/", SiteLayout.indicators());
    assertEquals("indicators/full_online_share/", SiteLayout.ranking(Indicator.FULL_ONLINE_SHARE));
    assertEquals("status/", SiteLayout.status());
    assertEquals("data/", SiteLayout.catalogue());
    assertEquals("data-dictionary/", SiteLayout.dictionary());
    assertEquals("about/", SiteLayout.content("about"));
  }

  @Test
  void filesSitUnderTheLanguagePrefix() {
    assertEquals("index.html", SiteLayout.file(Lang.VI, SiteLayout.home()));
    assertEquals("en/index.html", SiteLayout.file(Lang.EN, SiteLayout.home()));
    assertEquals("en/ha-noi/hung-thang/index.html", SiteLayout.file(Lang.EN, "ha-noi/hung-thang/"));
    assertEquals("en/feed.xml", SiteLayout.rootFile(Lang.EN, "feed.xml"));
    assertEquals("404.html", SiteLayout.rootFile(Lang.VI, "404.html"));
    assertEquals("en/ha-noi/", SiteLayout.folder(Lang.EN, "ha-noi/"));
    assertEquals("data/all/", SiteLayout.dataAll());
    assertEquals("data/ha-noi/", SiteLayout.dataProvince("ha-noi"));
    assertEquals("data/ha-noi/hung-thang/", SiteLayout.dataCommune("ha-noi", "hung-thang"));
    assertEquals("sitemaps/ha-noi.xml", SiteLayout.sitemap("ha-noi"));
  }

  @Test
  void linksBetweenPagesGoUpToWhatTheyShareThenDown() {
    String report = "ha-noi/hung-thang/2025-w48/";
    assertEquals("../", SiteLayout.href(report, "ha-noi/hung-thang/"));
    assertEquals("../../", SiteLayout.href(report, "ha-noi/"));
    assertEquals("../../../", SiteLayout.href(report, ""));
    assertEquals("../../../indicators/full_online_share/", SiteLayout.href(report, "indicators/full_online_share/"));
    assertEquals("2025-w48/", SiteLayout.href("ha-noi/hung-thang/", report));
    assertEquals("hung-thang/2025-w48/", SiteLayout.href("ha-noi/", report));
    assertEquals("../../ha-noi/hung-thang/2025-w48/", SiteLayout.href("indicators/full_online_share/", report));
    assertEquals("../", SiteLayout.href("indicators/full_online_share/", "indicators/"));
    assertEquals("../ha-noi/hung-thang/", SiteLayout.href("status/", "ha-noi/hung-thang/"));
    assertEquals(report, SiteLayout.href("", report));
    // A province whose slug begins like another's shares no folder with it.
    assertEquals("../ha-nam/", SiteLayout.href("ha-noi/", "ha-nam/"));
  }

  @Test
  void chartLinksClimbToTheLanguageRootEvenWithinAProvince() {
    assertEquals("../ha-noi/hung-thang/2025-w48/", SiteLayout.viaRoot("ha-noi/", "ha-noi/hung-thang/2025-w48/"));
    assertEquals("ha-noi/hung-thang/2025-w48/", SiteLayout.viaRoot("", "ha-noi/hung-thang/2025-w48/"));
  }

  @Test
  void theSiteRootIsOneLevelFurtherInEnglish() {
    assertEquals("", SiteLayout.siteRoot(Lang.VI, ""));
    assertEquals("../", SiteLayout.siteRoot(Lang.EN, ""));
    assertEquals("../../../", SiteLayout.siteRoot(Lang.VI, "ha-noi/hung-thang/2025-w48/"));
    assertEquals("../../../../", SiteLayout.siteRoot(Lang.EN, "ha-noi/hung-thang/2025-w48/"));
    assertEquals("../data/all/data.json", SiteLayout.toSite(Lang.VI, "data/", "data/all/data.json"));
    assertEquals("../../data/all/data.json", SiteLayout.toSite(Lang.EN, "data/", "data/all/data.json"));
    // Links within a language are the same in both.
    assertEquals(SiteLayout.href("ha-noi/hung-thang/", ""), "../../");
    assertEquals("../../", SiteLayout.languageRoot("ha-noi/hung-thang/"));
  }

  @Test
  void eachFileHasOneOwner() {
    assertEquals(Owner.NATION, SiteLayout.owner("index.html", PROVINCES));
    assertEquals(Owner.NATION, SiteLayout.owner("en/indicators/full_online_share/index.html", PROVINCES));
    assertEquals(Owner.NATION, SiteLayout.owner("data/all/reports.csv", PROVINCES));
    assertEquals(Owner.NATION, SiteLayout.owner("sitemaps/site.xml", PROVINCES));
    assertEquals(Owner.NATION, SiteLayout.owner("assets/css/site.css", PROVINCES));
    assertEquals(Owner.NATION, SiteLayout.owner("unknown-province/index.html", PROVINCES));
    assertEquals(new Owner("ha-noi", null), SiteLayout.owner("ha-noi/index.html", PROVINCES));
    assertEquals(new Owner("ha-noi", null), SiteLayout.owner("en/ha-noi/chart-compare-x-en.csv", PROVINCES));
    assertEquals(new Owner("ha-noi", null), SiteLayout.owner("data/ha-noi/reports.csv", PROVINCES));
    assertEquals(new Owner("ha-noi", null), SiteLayout.owner("sitemaps/ha-noi.xml", PROVINCES));
    Owner commune = new Owner("ha-noi", "hung-thang");
    assertEquals(commune, SiteLayout.owner("ha-noi/hung-thang/index.html", PROVINCES));
    assertEquals(commune, SiteLayout.owner("en/ha-noi/hung-thang/2025-w48/index.html", PROVINCES));
    assertEquals(commune, SiteLayout.owner("data/ha-noi/hung-thang/2025-w48/data.json", PROVINCES));
    assertEquals(commune, SiteLayout.owner("en/data/ha-noi/hung-thang/x.csv", PROVINCES));
    assertEquals("ha-noi/hung-thang", commune.communeKey());
    assertTrue(Owner.NATION.national());
    assertNull(new Owner("ha-noi", null).communeKey());
  }

  @Test
  void aFileBelongsToTheProvinceNamedFirstAfterTheLanguageAndDataFolders() {
    java.util.Map<String, String> expected = new java.util.LinkedHashMap<>();
    expected.put("index.html", null);
    expected.put("en/index.html", null);
    expected.put("ha-noi/index.html", "ha-noi");
    expected.put("en/ha-noi/x/index.html", "ha-noi");
    expected.put("data/ha-noi/reports.csv", "ha-noi");
    expected.put("en/data/dien-bien/a/b/data.json", "dien-bien");
    expected.put("sitemaps/ha-noi.xml", "ha-noi");
    expected.put("sitemaps/site.xml", null);
    expected.put("data/all/data.json", null);
    expected.put("robots.txt", null);
    expected.put("en/sitemaps/dien-bien.xml", "dien-bien");
    expected.put("ha-noi", null);
    expected.put("status/index.html", null);
    expected.forEach((path, province) -> assertEquals(province, SiteLayout.province(path, PROVINCES), path));
  }
}
