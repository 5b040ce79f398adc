package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.testing.TinyProject;

/**
 * A province's page as a citizen reads it: every commune of the province (and only those) with
 * its latest period and latest figures, a commune with no report said as such, each figure's
 * date in its column's header when all share it, the comparison chart and the monthly trend of
 * the province's own communes, and the province's data. Hải Phòng: Hùng Thắng (November and
 * December 2025), Tân Dân (a ward, December), An Lư (ten days of dossiers), Đông Hải (nothing);
 * Quảng Ngãi: Kỳ Sơn, whose November and December figures must stay off Hải Phòng's page, and a
 * Tân Dân of its own.
 * Written for the mutants of {@code ProvinceKind} that the whole-site tests let live (#27).
 */
class ProvincePageTest {
  // Built before each test, not once before all: PIT counts what a @BeforeAll runs as the class's,
  // not the test's, so no assertion of the test would see a mutant in the pages it builds.
  @TempDir
  Path dir;
  private BuiltSite site;

  /** The two provinces' project described above, written under {@code root} (StatusPageTest reads it too). */
  static TinyProject twoProvinces(Path root) throws IOException {
    return TinyProject.withCommune(root)
        .file("data/hai-phong/tan-dan/commune.yaml", TinyProject.commune("tan-dan", "Tân Dân", "phuong", "hai-phong"))
        .file("data/hai-phong/an-lu/commune.yaml", TinyProject.commune("an-lu", "An Lư", "xa", "hai-phong"))
        .file("data/hai-phong/dong-hai/commune.yaml", TinyProject.commune("dong-hai", "Đông Hải", "xa", "hai-phong"))
        .file("data/quang-ngai/province.yaml", "slug: quang-ngai\nname: Quảng Ngãi\n")
        .file("data/quang-ngai/ky-son/commune.yaml", TinyProject.commune("ky-son", "Kỳ Sơn", "xa", "quang-ngai"))
        // A commune named as one of Hải Phòng's: its row must show its own report.
        .file("data/quang-ngai/tan-dan/commune.yaml", TinyProject.commune("tan-dan", "Tân Dân", "xa", "quang-ngai"))
        .file("data/quang-ngai/tan-dan/2025-12.yaml", TinyProject.report("tan-dan", "{start: 2025-12-01, end: 2025-12-31}",
            "procedures: {total: 100, full_online: 20}\n"))
        .file("data/hai-phong/hung-thang/2025-11.yaml", TinyProject.report("hung-thang", "{start: 2025-11-01, end: 2025-11-30}",
            "procedures: {total: 100, full_online: 40}\ndossiers: {received: 50, resolved: 40, on_time: 40}\n"))
        .file("data/hai-phong/hung-thang/2025-12.yaml", TinyProject.report("hung-thang", "{start: 2025-12-01, end: 2025-12-31}",
            "procedures: {total: 100, full_online: 60}\ndossiers: {received: 80, resolved: 50, on_time: 45}\n"))
        .file("data/hai-phong/tan-dan/2025-12.yaml", TinyProject.report("tan-dan", "{start: 2025-12-01, end: 2025-12-31}",
            "procedures: {total: 100, full_online: 70}\n"))
        .file("data/hai-phong/an-lu/2025-12-01_2025-12-10.yaml", TinyProject.report("an-lu", "{start: 2025-12-01, end: 2025-12-10}",
            "dossiers: {received: 20, resolved: 10, on_time: 9}\n"))
        .file("data/quang-ngai/ky-son/2025-11.yaml", TinyProject.report("ky-son", "{start: 2025-11-01, end: 2025-11-30}",
            "procedures: {total: 100, full_online: 10}\ndossiers: {received: 10, resolved: 10, on_time: 1}\n"))
        .file("data/quang-ngai/ky-son/2025-12-08_2025-12-14.yaml", TinyProject.report("ky-son", "{start: 2025-12-08, end: 2025-12-14}",
            "procedures: {total: 100, full_online: 80}\n"));
  }

  @BeforeEach
  void build() throws IOException {
    TinyProject p = twoProvinces(dir.resolve("p"));
    BuiltSite.copyTheme(p.root());
    site = BuiltSite.build(p.root(), dir.resolve("out"));
  }

  private Document vi(String province) throws IOException {
    return site.page(province + "/index.html");
  }

  private Document en(String province) throws IOException {
    return site.page("en/" + province + "/index.html");
  }

  private static List<Element> rows(Document page) {
    return page.select("main table.stack tbody tr");
  }

  private static List<String> cells(Element row) {
    return row.select("th, td").eachText();
  }

  private static JsonNode spec(Element figure) {
    return DrawnChart.of(figure);
  }

  @Test
  void everyCommuneOfTheProvinceHasARowWithItsLatestFigures() throws IOException {
    Document vi = vi("hai-phong");
    List<Element> rows = rows(vi);
    assertEquals(List.of("xã An Lư", "xã Đông Hải", "xã Hùng Thắng", "phường Tân Dân"),
        rows.stream().map(r -> r.selectFirst("th").text()).toList(), "Kỳ Sơn is another province's");
    assertEquals(List.of("an-lu/", "dong-hai/", "hung-thang/", "tan-dan/"),
        rows.stream().map(r -> r.selectFirst("th a").attr("href")).toList());
    assertEquals(List.of("xã Hùng Thắng", "tháng 12/2025", "60% tính đến 31/12/2025",
        "không báo cáo (Báo cáo không nêu số TTHC một phần)", "90% 01/12/2025 – 31/12/2025 (một tháng)",
        "không báo cáo (Báo cáo không nêu số hoặc tỷ lệ hồ sơ tiếp nhận trực tuyến)",
        "không báo cáo (Báo cáo không có phần hạ tầng công nghệ)", "không báo cáo (Báo cáo không có phần hạ tầng công nghệ)",
        "không báo cáo (Báo cáo không nêu số thôn có tổ)"), cells(rows.get(2)), "the December report, not November's");
    assertEquals("hung-thang/2025-12/", rows.get(2).select("td").get(0).selectFirst("a").attr("href"));
    assertEquals(List.of("xã An Lư", "01/12/2025 – 10/12/2025", "không báo cáo (Báo cáo không có phần thủ tục hành chính)",
        "không báo cáo (Báo cáo không có phần thủ tục hành chính)", "90% 01/12/2025 – 10/12/2025 (một tuần)",
        "không báo cáo (Báo cáo không nêu số hoặc tỷ lệ hồ sơ tiếp nhận trực tuyến)",
        "không báo cáo (Báo cáo không có phần hạ tầng công nghệ)", "không báo cáo (Báo cáo không có phần hạ tầng công nghệ)",
        "không báo cáo (Báo cáo không nêu số thôn có tổ)"), cells(rows.get(0)));
    assertEquals("an-lu/2025-12-01_2025-12-10/", rows.get(0).select("td").get(0).selectFirst("a").attr("href"));
    assertEquals(List.of("xã Đông Hải", "chưa có báo cáo", "không báo cáo", "không báo cáo", "không báo cáo", "không báo cáo",
        "không báo cáo", "không báo cáo", "không báo cáo"), cells(rows.get(1)), "no report: said, never 0");
    assertNull(rows.get(1).select("td").get(0).selectFirst("a"), "and no link to a report that does not exist");

    assertEquals(List.of("Tân Dân ward", "December 2025", "70% as of 31 Dec 2025"),
        cells(rows(en("hai-phong")).get(3)).subList(0, 3));
    assertEquals(List.of("Đông Hải commune", "no report yet", "not reported"), cells(rows(en("hai-phong")).get(1)).subList(0, 3));
    assertEquals(List.of("xã Kỳ Sơn", "08/12/2025 – 14/12/2025", "80% tính đến 14/12/2025"),
        cells(rows(vi("quang-ngai")).get(0)).subList(0, 3));
    assertEquals(List.of("xã Tân Dân", "tháng 12/2025", "20% tính đến 31/12/2025"),
        cells(rows(vi("quang-ngai")).get(1)).subList(0, 3), "Quảng Ngãi's Tân Dân, not Hải Phòng's 70 %");
    assertEquals(2, rows(vi("quang-ngai")).size());
  }

  @Test
  void aDateSharedByAColumnIsSaidInItsHeaderAndDifferingDatesInEachCell() throws IOException {
    Document vi = vi("hai-phong");
    List<Element> th = vi.select("main table.stack thead th");
    assertEquals(9, th.size(), "commune, period and the seven headline shares");
    assertEquals("tính đến 31/12/2025", th.get(2).selectFirst("small").text(), "Hùng Thắng and Tân Dân both as of 31 Dec");
    assertTrue(th.get(4).select("small").isEmpty(), "a month and ten days: no shared span");
    assertTrue(th.get(3).select("small").isEmpty(), "no figure at all: nothing to share");
    Element shared = rows(vi).get(2).select("td").get(1).selectFirst("small");
    assertTrue(shared.hasClass("when-shared"), shared.outerHtml());
    Element own = rows(vi).get(2).select("td").get(3).selectFirst("small");
    assertTrue(!own.hasClass("when-shared") && own.hasClass("sub"), own.outerHtml());
    assertTrue(rows(vi).get(1).select("td small.sub").isEmpty(), "a missing figure has no date");
    assertEquals("as of 31 Dec 2025", en("hai-phong").select("main table.stack thead th").get(2).selectFirst("small").text());
    assertTrue(vi("quang-ngai").select("main table.stack thead th").get(2).select("small").isEmpty(),
        "14 and 31 December: each cell says its own");
  }

  @Test
  void theChartsAreTheProvincesOwnCommunes() throws IOException {
    Document vi = vi("hai-phong");
    Element compare = vi.selectFirst("figure#chart-compare-full-online-share");
    assertNotNull(compare);
    assertEquals(List.of("phường Tân Dân", "xã Hùng Thắng"), compare.select("table.chart-table tbody th").eachText(),
        "Kỳ Sơn's 80 % is not Hải Phòng's");
    assertEquals("[70.0,60.0]", spec(compare).path("datasets").get(0).path("data").toString());
    assertEquals("../hai-phong/tan-dan/2025-12/", compare.selectFirst("table.chart-table tbody th a").attr("href"));

    Element trend = vi.selectFirst("#trends figure#chart-trend-shares");
    assertNotNull(trend);
    JsonNode t = spec(trend);
    assertEquals("[\"tháng 11/2025\",\"tháng 12/2025\"]", t.path("labels").toString());
    assertEquals("[40.0,65.0]", t.path("datasets").get(0).path("data").toString(), "Hải Phòng's means, without Kỳ Sơn's 10 %");
    assertEquals("[100.0,90.0]", t.path("datasets").get(1).path("data").toString());
    assertTrue(site.files().containsAll(List.of("hai-phong/chart-compare-full-online-share-vi.csv",
        "hai-phong/chart-trend-shares-vi.csv", "en/hai-phong/chart-trend-shares-en.csv")), site.files().toString());

    assertEquals("[80.0,20.0]", spec(vi("quang-ngai").selectFirst("figure#chart-compare-full-online-share"))
        .path("datasets").get(0).path("data").toString());
  }

  @Test
  void theHeadingCrumbDescriptionAndDataAreTheProvinces() throws IOException {
    Document vi = vi("hai-phong");
    assertEquals("Hải Phòng", vi.selectFirst("main h1").text());
    assertEquals(List.of("../"), vi.select("nav.crumbs a").eachAttr("href"));
    assertEquals("Các xã của Hải Phòng: số liệu chuyển đổi số mới nhất và dữ liệu mở.",
        vi.selectFirst("meta[name=description]").attr("content"));
    assertEquals("Communes of Hải Phòng: latest digital-transformation figures and open data.",
        en("hai-phong").selectFirst("meta[name=description]").attr("content"));
    assertEquals("../data/hai-phong/hai-phong.zip", vi.selectFirst("#downloads li a").attr("href"));
    assertEquals("../data/quang-ngai/quang-ngai.zip", vi("quang-ngai").selectFirst("#downloads li a").attr("href"));
    assertEquals("Quảng Ngãi", vi("quang-ngai").selectFirst("main h1").text());
    assertEquals(List.of("Xã", "Kỳ gần nhất", "Tỷ lệ TTHC trực tuyến toàn trình"),
        vi.select("main table.stack thead th").eachText().subList(0, 3).stream()
            .map(s -> s.replace(" tính đến 31/12/2025", "")).toList());
    assertEquals("Share of procedures fully online as of 31 Dec 2025",
        en("hai-phong").select("main table.stack thead th").get(2).text());
  }
}
