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
  /** Built for each test, not once for the class: mutation testing must see it built by the code it changed. */
  private final SiteLayout.Owners owners = SiteLayout.Owners.of(Set.of("ha-noi", "dien-bien"),
      Set.of("ha-noi/hung-thang", "dien-bien/muong-phang"));

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
    assertEquals(Owner.NATION, owners.of("index.html"));
    assertEquals(Owner.NATION, owners.of("en/indicators/full_online_share/index.html"));
    assertEquals(Owner.NATION, owners.of("data/all/reports.csv"));
    assertEquals(Owner.NATION, owners.of("sitemaps/site.xml"));
    assertEquals(Owner.NATION, owners.of("assets/css/site.css"));
    assertEquals(Owner.NATION, owners.of("unknown-province/index.html"));
    assertEquals(new Owner("ha-noi", null), owners.of("ha-noi/index.html"));
    assertEquals(new Owner("ha-noi", null), owners.of("en/ha-noi/chart-compare-x-en.csv"));
    assertEquals(new Owner("ha-noi", null), owners.of("data/ha-noi/reports.csv"));
    assertEquals(new Owner("ha-noi", null), owners.of("sitemaps/ha-noi.xml"));
    Owner commune = new Owner("ha-noi", "hung-thang");
    assertEquals(commune, owners.of("ha-noi/hung-thang/index.html"));
    assertEquals(commune, owners.of("en/ha-noi/hung-thang/2025-w48/index.html"));
    assertEquals(commune, owners.of("data/ha-noi/hung-thang/2025-w48/data.json"));
    assertEquals(commune, owners.of("en/data/ha-noi/hung-thang/x.csv"));
    assertEquals("ha-noi/hung-thang", commune.communeKey());
    assertTrue(Owner.NATION.national());
    assertNull(new Owner("ha-noi", null).communeKey());
  }

  @Test
  void aFolderUnderAProvinceIsACommunesOnlyWhenTheCommuneExists() {
    // A per-province page kind at <province>/<x>/ is the province's, not a commune's, whatever its shape.
    assertEquals(new Owner("ha-noi", null), owners.of("ha-noi/overview/index.html"));
    assertEquals(new Owner("ha-noi", null), owners.of("en/data/ha-noi/overview/x.csv"));
    // A commune of another province is not one of this province's.
    assertEquals(new Owner("dien-bien", null), owners.of("dien-bien/hung-thang/index.html"));
    assertEquals(new Owner("dien-bien", "muong-phang"), owners.of("en/dien-bien/muong-phang/2025-w48/index.html"));
  }

  @Test
  void eachUnitOwnsTheFoldersTheLayoutGivesIt() {
    assertEquals(List.of(), SiteLayout.owned(Owner.NATION));
    assertEquals(List.of("ha-noi/", "data/ha-noi/", "sitemaps/ha-noi.xml"), SiteLayout.owned(new Owner("ha-noi", null)));
    assertEquals(List.of("ha-noi/hung-thang/", "data/ha-noi/hung-thang/"),
        SiteLayout.owned(new Owner("ha-noi", "hung-thang")));
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
    expected.forEach((path, province) -> assertEquals(province, owners.of(path).province(), path));
  }
}
