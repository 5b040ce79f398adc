package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Build;
import vn.xaso.build.Check;
import vn.xaso.cache.BuildCache;
import vn.xaso.derive.Deriver;
import vn.xaso.derive.Indicator;
import vn.xaso.model.Lang;
import vn.xaso.publish.DataPublisher;
import vn.xaso.testing.TinyProject;

/**
 * A ranking as a citizen reads it: on the national page the first ten of each group of
 * comparable figures and a note saying how many are not shown, one line per province with its
 * communes ranked and left out; on a province's page every commune of the province with its
 * national rank, and those left out with why. Hải Phòng: eleven communes as of 31 December
 * 2025 (5 % to 55 %), Cũ Một as of 30 June (a group of its own), Thiếu with no procedures
 * figure; Quảng Ngãi: Kỳ Sơn, 90 %. And the list of rankings, one per share. Written for the
 * mutants of {@code RankingKind} and {@code IndicatorsKind} that the whole-site tests let live (#27).
 */
class RankingPageTest {
  // Built before each test, not once before all: PIT counts what a @BeforeAll runs as the class's,
  // not the test's, so no assertion of the test would see a mutant in the pages it builds.
  @TempDir
  Path dir;
  private BuiltSite site;
  private TinyProject project;

  private static String report(String commune, String period, String body) {
    return TinyProject.report(commune, period, body);
  }

  private static String commune(String slug, String name, String province) {
    return TinyProject.commune(slug, name, "xa", province);
  }

  private static final String DECEMBER = "{start: 2025-12-01, end: 2025-12-31}";

  @BeforeEach
  void build() throws IOException {
    TinyProject p = new TinyProject(dir.resolve("p"))
        .file("content/site.yaml", TinyProject.SITE)
        .file("data/hai-phong/province.yaml", TinyProject.PROVINCE)
        .file("data/quang-ngai/province.yaml", "slug: quang-ngai\nname: Quảng Ngãi\n")
        .file("data/quang-ngai/ky-son/commune.yaml", commune("ky-son", "Kỳ Sơn", "quang-ngai"))
        .file("data/quang-ngai/ky-son/2025-12.yaml", report("ky-son", DECEMBER, "procedures: {total: 100, full_online: 90}"))
        .file("data/hai-phong/cu-1/commune.yaml", commune("cu-1", "Cũ Một", "hai-phong"))
        .file("data/hai-phong/cu-1/2025-06.yaml", report("cu-1", "{start: 2025-06-01, end: 2025-06-30}",
            "procedures: {total: 100, full_online: 99}"))
        .file("data/hai-phong/thieu/commune.yaml", commune("thieu", "Thiếu", "hai-phong"))
        .file("data/hai-phong/thieu/2025-12.yaml", report("thieu", DECEMBER, "dossiers: {received: 5}"));
    for (int k = 1; k <= 11; k++) {
      String slug = "xa-%02d".formatted(k);
      p.file("data/hai-phong/" + slug + "/commune.yaml", commune(slug, "Xã %02d".formatted(k), "hai-phong"))
          .file("data/hai-phong/" + slug + "/2025-12.yaml",
              report(slug, DECEMBER, "procedures: {total: 100, full_online: " + 5 * k + "}"));
    }
    BuiltSite.copyTheme(p.root());
    site = BuiltSite.build(p.root(), dir.resolve("out"));
    project = p;
  }

  private static final String NATION = "indicators/full_online_share/index.html";
  private static final String HAI_PHONG = "indicators/full_online_share/hai-phong/index.html";

  private static List<Element> tables(Document page) {
    return page.select("main table.ranking");
  }

  private static List<String> ids(Element table) {
    return table.select("tbody tr").eachAttr("id");
  }

  private static List<String> ranks(Element table) {
    return table.select("tbody td.rank").eachText();
  }

  @Test
  void theNationalPageShowsTheFirstTenOfEachGroupAndSaysHowManyMore() throws IOException {
    Document vi = site.page(NATION);
    assertEquals(List.of("g-as-of-2025-12-31", "g-as-of-2025-06-30"), vi.select("main h3[id^=g-]").eachAttr("id"));
    List<Element> tables = tables(vi);
    assertEquals(2, tables.size());
    assertEquals(10, ids(tables.get(0)).size(), "the first ten of twelve");
    assertEquals("c-quang-ngai-ky-son", ids(tables.get(0)).get(0));
    assertEquals("c-hai-phong-xa-03", ids(tables.get(0)).get(9));
    assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"), ranks(tables.get(0)));
    Element first = tables.get(0).selectFirst("tbody tr");
    assertEquals("xã Kỳ Sơn Quảng Ngãi · tính đến 31/12/2025", first.selectFirst("th").text());
    assertEquals("../../quang-ngai/ky-son/2025-12/", first.selectFirst("th a").attr("href"));
    assertEquals("90%", first.select("td").last().text());
    assertEquals("Bảng chỉ nêu 10 xã đứng đầu trong 12 xã của nhóm này; trang của từng tỉnh bên dưới có đủ mọi xã, kèm hạng.",
        tables.get(0).nextElementSibling().text());
    assertEquals(List.of("c-hai-phong-cu-1"), ids(tables.get(1)));
    assertTrue(vi.select("main p.sub:contains(Bảng chỉ nêu)").size() == 1, "a group of one shown whole: no note");
    assertEquals("1 xã không có trong bảng nào; trang của từng tỉnh nêu tên từng xã và lý do.", vi.selectFirst("#left-out").text());
    // English counts without a plural to get wrong ("1 communes" read badly).
    assertEquals("Communes in no table: 1; each province's page names them, with why.",
        site.page("en/" + NATION).selectFirst("#left-out").text());
    assertEquals("The table shows the first 10 of this group's 12 communes; each province's page below lists every commune, with its rank.",
        tables(site.page("en/" + NATION)).get(0).nextElementSibling().text());
  }

  @Test
  void eachProvinceHasALineWithItsCountsAndItsPage() throws IOException {
    Document vi = site.page(NATION);
    List<Element> rows = vi.select("#by-province tbody tr");
    assertEquals(List.of("Hải Phòng 12 xã 1", "Quảng Ngãi 1 xã 0"), rows.stream().map(Element::text).toList());
    assertEquals(List.of("hai-phong/", "quang-ngai/"), vi.select("#by-province tbody a").eachAttr("href"));
    assertEquals(List.of("../../", "../"), vi.select("nav.crumbs a").eachAttr("href"));
    assertTrue(vi.selectFirst("p.ranking-rules").text().contains("không quá 31 ngày"), vi.selectFirst("p.ranking-rules").text());
    assertEquals("Xếp hạng các xã theo chỉ số Tỷ lệ TTHC trực tuyến toàn trình, theo báo cáo gần nhất của mỗi xã.",
        vi.selectFirst("meta[name=description]").attr("content"));
  }

  @Test
  void aProvincesPageListsAllItsCommunesWithNationalRanksAndThoseLeftOut() throws IOException {
    Document vi = site.page(HAI_PHONG);
    assertEquals("Tỷ lệ TTHC trực tuyến toàn trình: Hải Phòng", vi.selectFirst("main h1").text());
    assertEquals("Các xã của Hải Phòng xếp theo Tỷ lệ TTHC trực tuyến toàn trình, với hạng trong cả nước.",
        vi.selectFirst("meta[name=description]").attr("content"));
    assertEquals(List.of("../../../", "../../", "../"), vi.select("nav.crumbs a").eachAttr("href"));
    List<Element> tables = tables(vi);
    assertEquals(List.of("g-as-of-2025-12-31", "g-as-of-2025-06-30"), vi.select("main h2[id^=g-]").eachAttr("id"));
    assertEquals(11, ids(tables.get(0)).size(), "every commune of the province, past the national ten; not Kỳ Sơn");
    assertEquals("c-hai-phong-xa-11", ids(tables.get(0)).get(0));
    assertEquals(List.of("2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"), ranks(tables.get(0)), "national ranks");
    assertEquals(List.of("c-hai-phong-cu-1"), ids(tables.get(1)));
    assertNull(vi.selectFirst("main p.sub:contains(Bảng chỉ nêu)"), "all shown: no note");
    assertEquals(List.of("xã Thiếu, Hải Phòng Báo cáo không có phần thủ tục hành chính"), vi.select("#left-out li").eachText());
    assertEquals("../../../hai-phong/thieu/2025-12/", vi.selectFirst("#left-out li a").attr("href"));

    Document qn = site.page("indicators/full_online_share/quang-ngai/index.html");
    assertEquals(1, tables(qn).size(), "no commune of Quảng Ngãi in June's group: no table for it");
    assertEquals(List.of("c-quang-ngai-ky-son"), ids(tables(qn).get(0)));
    assertTrue(qn.select("#left-out li").isEmpty());
  }

  @Test
  void aRankMovedByAnotherProvinceReachesTheProvincesPageOnTheNextBuild() throws IOException {
    SiteRenderer renderer = new SiteRenderer();
    Build build = new Build(new Check(), new Deriver(), new DataPublisher(), renderer,
        new BuildCache(dir.resolve("cache")), "tool-1");
    Path out = dir.resolve("again");
    assertTrue(build.run(project.root(), out, Build.Scope.SITE).ok());
    // Kỳ Sơn falls from 90 % to 1 %: every Hải Phòng commune of December moves up one.
    project.file("data/quang-ngai/ky-son/2025-12.yaml", report("ky-son", DECEMBER, "procedures: {total: 100, full_online: 1}"));
    assertTrue(build.run(project.root(), out, Build.Scope.SITE).ok());
    assertTrue(renderer.lastReused() > 0, "pages whose ranks did not move are kept");
    Document vi = new BuiltSite(out, site.files()).page(HAI_PHONG);
    assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"), ranks(tables(vi).get(0)));
  }

  @Test
  void aGroupsDatesMovedByAnotherProvinceReachTheProvincesTitleOnTheNextBuild() throws IOException {
    SiteRenderer renderer = new SiteRenderer();
    Build build = new Build(new Check(), new Deriver(), new DataPublisher(), renderer,
        new BuildCache(dir.resolve("cache")), "tool-1");
    Path out = dir.resolve("again");
    assertTrue(build.run(project.root(), out, Build.Scope.SITE).ok());
    // Kỳ Sơn now states its figure as of 20 December: still first, still in December's group, whose
    // dates now start on the 20th. No Hải Phòng rank moves, but its page's group title does.
    java.nio.file.Files.delete(project.path("data/quang-ngai/ky-son/2025-12.yaml"));
    project.file("data/quang-ngai/ky-son/2025-12-20.yaml",
        report("ky-son", "{as_of: 2025-12-20}", "procedures: {total: 100, full_online: 90}"));
    assertTrue(build.run(project.root(), out, Build.Scope.SITE).ok());
    BuiltSite clean = BuiltSite.build(project.root(), dir.resolve("clean"));
    String title = clean.page(HAI_PHONG).selectFirst("main h2, main h3").text();
    assertTrue(title.contains("20/12/2025"), title);
    assertEquals(clean.page(HAI_PHONG).select("main").outerHtml(),
        new BuiltSite(out, site.files()).page(HAI_PHONG).select("main").outerHtml());
  }

  @Test
  void theIndicatorsPageLeadsToEachSharesRankingWithItsFormula() throws IOException {
    Document vi = site.page("indicators/index.html");
    assertEquals("Xếp hạng theo chỉ số", vi.selectFirst("main h1").text());
    List<Element> items = vi.select("main ul.report-list li");
    assertEquals(Indicator.shares().size(), items.size());
    for (int k = 0; k < items.size(); k++) {
      Indicator i = Indicator.shares().get(k);
      String href = items.get(k).selectFirst("a").attr("href");
      assertEquals(i.code() + "/", href);
      assertTrue(site.files().contains(BuiltSite.resolve("indicators/index.html", href)), href);
      assertEquals(i.label(Lang.VI), items.get(k).selectFirst("a").text());
      assertEquals(i.formula(Lang.VI), items.get(k).selectFirst("small").text());
    }
    assertEquals("full_online_share/", items.get(0).selectFirst("a").attr("href"));
    assertEquals("Mỗi chỉ số có một trang xếp hạng các xã theo báo cáo gần nhất.", vi.selectFirst("main > p").text());
    Element en = site.page("en/indicators/index.html").selectFirst("main ul.report-list li");
    assertEquals(Indicator.FULL_ONLINE_SHARE.label(Lang.EN), en.selectFirst("a").text());
    assertEquals(Indicator.FULL_ONLINE_SHARE.formula(Lang.EN), en.selectFirst("small").text());
  }
}
