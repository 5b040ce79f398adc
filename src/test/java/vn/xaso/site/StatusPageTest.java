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

  @BeforeEach
  void build() throws IOException {
    TinyProject p = ProvincePageTest.twoProvinces(dir.resolve("p"));
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
