package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * The reporting status as a citizen reads it: one line per province with its communes, how
 * many have reported and how many reports, and per province every commune with the periods it
 * reported, a commune with none said as such. The project of {@code ProvincePageTest}: Hải
 * Phòng's four communes (three with reports, four reports), Quảng Ngãi's two (three reports).
 * Written for the mutants of {@code StatusKind} that the whole-site tests let live (#27).
 */
class StatusPageTest {
  // Built before each test, not once before all: PIT counts what a @BeforeAll runs as the class's,
  // not the test's, so no assertion of the test would see a mutant in the pages it builds.
  @TempDir
  Path dir;
  private BuiltSite site;

  private static String report(String commune, String period, String body) {
    return "commune: " + commune + "\nperiod: " + period + "\nsource:\n  issuer: {vi: UBND}\n  issuer_block: government\n"
        + "  title: {vi: Báo cáo}\n" + body;
  }

  private static String commune(String slug, String name, String type, String province) {
    return "slug: " + slug + "\nname: " + name + "\nunit_type: " + type + "\nprovince: " + province + "\n";
  }

  @BeforeEach
  void build() throws IOException {
    TinyProject p = TinyProject.withCommune(dir.resolve("p"))
        .file("data/hai-phong/tan-dan/commune.yaml", commune("tan-dan", "Tân Dân", "phuong", "hai-phong"))
        .file("data/hai-phong/an-lu/commune.yaml", commune("an-lu", "An Lư", "xa", "hai-phong"))
        .file("data/hai-phong/dong-hai/commune.yaml", commune("dong-hai", "Đông Hải", "xa", "hai-phong"))
        .file("data/quang-ngai/province.yaml", "slug: quang-ngai\nname: Quảng Ngãi\n")
        .file("data/quang-ngai/ky-son/commune.yaml", commune("ky-son", "Kỳ Sơn", "xa", "quang-ngai"))
        // A commune named as one of Hải Phòng's: its row must show its own report.
        .file("data/quang-ngai/tan-dan/commune.yaml", commune("tan-dan", "Tân Dân", "xa", "quang-ngai"))
        .file("data/quang-ngai/tan-dan/2025-12.yaml", report("tan-dan", "{start: 2025-12-01, end: 2025-12-31}",
            "procedures: {total: 100, full_online: 20}\n"))
        .file("data/hai-phong/hung-thang/2025-11.yaml", report("hung-thang", "{start: 2025-11-01, end: 2025-11-30}",
            "procedures: {total: 100, full_online: 40}\ndossiers: {received: 50, resolved: 40, on_time: 40}\n"))
        .file("data/hai-phong/hung-thang/2025-12.yaml", report("hung-thang", "{start: 2025-12-01, end: 2025-12-31}",
            "procedures: {total: 100, full_online: 60}\ndossiers: {received: 80, resolved: 50, on_time: 45}\n"))
        .file("data/hai-phong/tan-dan/2025-12.yaml", report("tan-dan", "{start: 2025-12-01, end: 2025-12-31}",
            "procedures: {total: 100, full_online: 70}\n"))
        .file("data/hai-phong/an-lu/2025-12-01_2025-12-10.yaml", report("an-lu", "{start: 2025-12-01, end: 2025-12-10}",
            "dossiers: {received: 20, resolved: 10, on_time: 9}\n"))
        .file("data/quang-ngai/ky-son/2025-11.yaml", report("ky-son", "{start: 2025-11-01, end: 2025-11-30}",
            "procedures: {total: 100, full_online: 10}\ndossiers: {received: 10, resolved: 10, on_time: 1}\n"))
        .file("data/quang-ngai/ky-son/2025-12-08_2025-12-14.yaml", report("ky-son", "{start: 2025-12-08, end: 2025-12-14}",
            "procedures: {total: 100, full_online: 80}\n"));
    BuiltSite.copyTheme(p.root());
    site = BuiltSite.build(p.root(), dir.resolve("out"));
  }

  private static List<String> rows(Document page) {
    return page.select("main table.stack tbody tr").stream().map(Element::text).toList();
  }

  @Test
  void theNationalPageCountsEachProvincesCommunesReportedAndReports() throws IOException {
    Document vi = site.page("status/index.html");
    assertEquals("Tình hình báo cáo", vi.selectFirst("main h1").text());
    assertEquals("Xã nào đã gửi báo cáo cho kỳ nào.", vi.selectFirst("meta[name=description]").attr("content"));
    assertEquals(List.of("Hải Phòng 4 xã 3 4", "Quảng Ngãi 2 xã 2 3"), rows(vi));
    assertEquals(List.of("hai-phong/", "quang-ngai/"), vi.select("main table.stack tbody a").eachAttr("href"));
    assertEquals("Mỗi tỉnh một dòng; bấm vào số xã để xem từng xã đã báo cáo những kỳ nào.", vi.select("main > p").get(1).text());
    assertEquals(List.of("Hải Phòng 4 communes 3 4", "Quảng Ngãi 2 communes 2 3"), rows(site.page("en/status/index.html")));
  }

  @Test
  void aProvincesPageListsEveryCommuneWithThePeriodsItReported() throws IOException {
    Document vi = site.page("status/hai-phong/index.html");
    assertEquals("Tình hình báo cáo: Hải Phòng", vi.selectFirst("main h1").text());
    assertEquals("Từng xã của Hải Phòng đã gửi báo cáo cho những kỳ nào.", vi.selectFirst("meta[name=description]").attr("content"));
    assertEquals(List.of("../../", "../"), vi.select("nav.crumbs a").eachAttr("href"));
    Element toProvince = vi.selectFirst("main > p a");
    assertEquals("../../hai-phong/", toProvince.attr("href"));
    assertEquals("Trang của Hải Phòng", toProvince.text());
    assertEquals(List.of("xã An Lư 1 01/12/2025 – 10/12/2025", "xã Đông Hải 0 chưa có báo cáo",
        "xã Hùng Thắng 2 tháng 11/2025; tháng 12/2025", "phường Tân Dân 1 tháng 12/2025"), rows(vi));
    assertEquals(List.of("../../hai-phong/an-lu/", "../../hai-phong/dong-hai/", "../../hai-phong/hung-thang/", "../../hai-phong/tan-dan/"),
        vi.select("main table.stack tbody th a").eachAttr("href"));
    assertEquals(List.of("../../hai-phong/hung-thang/2025-11/", "../../hai-phong/hung-thang/2025-12/"),
        vi.select("main table.stack tbody tr").get(2).select("td a").eachAttr("href"));

    Document qn = site.page("status/quang-ngai/index.html");
    assertEquals(List.of("xã Kỳ Sơn 2 tháng 11/2025; 08/12/2025 – 14/12/2025", "xã Tân Dân 1 tháng 12/2025"), rows(qn),
        "Quảng Ngãi's Tân Dân with its own report");
    assertEquals("../../quang-ngai/tan-dan/2025-12/", qn.select("main table.stack tbody tr").get(1).selectFirst("td a").attr("href"));
    Document en = site.page("en/status/hai-phong/index.html");
    assertEquals("Reporting status: Hải Phòng", en.selectFirst("main h1").text());
    assertEquals("Đông Hải commune 0 no report yet", rows(en).get(1));
  }
}
