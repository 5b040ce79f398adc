package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.testing.TinyProject;

/**
 * A commune's summary over its own periods: Hùng Thắng reports November and December 2025,
 * Tân Dân December only, Kỳ Sơn (another province) December, and a week's dossiers. The
 * summary ranks in the province and the country and compares with the commune's own last period.
 */
class CommuneSummaryTest {
  @TempDir
  static Path dir;
  private static BuiltSite site;

  private static String report(String commune, String period, String body) {
    return "commune: " + commune + "\nperiod: " + period + "\nsource:\n  issuer: {vi: UBND}\n  issuer_block: government\n"
        + "  title: {vi: Báo cáo}\n" + body;
  }

  @BeforeAll
  static void build() throws IOException {
    TinyProject p = TinyProject.withCommune(dir.resolve("p"))
        .file("data/hai-phong/tan-dan/commune.yaml", "slug: tan-dan\nname: Tân Dân\nunit_type: xa\nprovince: hai-phong\n")
        .file("data/quang-ngai/province.yaml", "slug: quang-ngai\nname: Quảng Ngãi\n")
        .file("data/quang-ngai/ky-son/commune.yaml", "slug: ky-son\nname: Kỳ Sơn\nunit_type: xa\nprovince: quang-ngai\n")
        .file("data/hai-phong/hung-thang/2025-11.yaml", report("hung-thang", "{start: 2025-11-01, end: 2025-11-30}",
            "procedures: {total: 100, full_online: 40}\ndossiers: {received: 50, resolved: 40, on_time: 40}\n"))
        .file("data/hai-phong/hung-thang/2025-12.yaml", report("hung-thang", "{start: 2025-12-01, end: 2025-12-31}",
            "procedures: {total: 100, full_online: 60}\ndossiers: {received: 80, resolved: 50, on_time: 45}\n"))
        .file("data/hai-phong/tan-dan/2025-12.yaml", report("tan-dan", "{start: 2025-12-01, end: 2025-12-31}",
            "procedures: {total: 100, full_online: 70}\n"))
        .file("data/quang-ngai/ky-son/2025-12.yaml", report("ky-son", "{start: 2025-12-01, end: 2025-12-31}",
            "procedures: {total: 100, full_online: 80}\n"));
    BuiltSite.copyTheme(p.root());
    site = BuiltSite.build(p.root(), dir.resolve("out"));
  }

  private static Element item(Document page, String label) {
    return page.select("#summary .summary-list li").stream().filter(li -> li.selectFirst("a").text().equals(label))
        .findFirst().orElseThrow();
  }

  @Test
  void eachHeadlineGivesItsRankInProvinceAndCountryAndItsChange() throws IOException {
    Document vi = site.page("hai-phong/hung-thang/index.html");
    Element share = item(vi, "Tỷ lệ TTHC trực tuyến toàn trình");
    assertEquals("60%", share.selectFirst(".summary-value").text());
    assertEquals("tính đến 31/12/2025", share.selectFirst(".summary-when").text());
    assertEquals("thứ 3 trên 3 xã có số liệu cùng kỳ cả nước; thứ 2/2 trong tỉnh", share.selectFirst(".summary-rank").text());
    assertEquals("tăng 20 điểm phần trăm so với kỳ trước, tính đến 30/11/2025", share.selectFirst(".summary-trend").text());
    Element onTime = item(vi, "Tỷ lệ hồ sơ giải quyết đúng hạn");
    assertEquals("giảm 10 điểm phần trăm so với kỳ trước, 01/11/2025 – 30/11/2025 (một tháng)",
        onTime.selectFirst(".summary-trend").text());
    assertNull(vi.selectFirst("#summary p.summary-missing:contains(Chưa có kỳ trước)"),
        "said once only when no headline has an earlier period");
    Element en = item(site.page("en/hai-phong/hung-thang/index.html"), "Share of procedures fully online");
    assertEquals("up 20 percentage points from the previous figure, as of 30 Nov 2025", en.selectFirst(".summary-trend").text());
  }

  @Test
  void eachItemLinksToItsRowInTheRanking() throws IOException {
    Element share = item(site.page("hai-phong/tan-dan/index.html"), "Tỷ lệ TTHC trực tuyến toàn trình");
    assertEquals("../../indicators/full_online_share/hai-phong/#c-hai-phong-tan-dan", share.selectFirst("a").attr("href"));
    assertEquals("thứ 2 trên 3 xã có số liệu cùng kỳ cả nước; thứ 1/2 trong tỉnh", share.selectFirst(".summary-rank").text());
    assertTrue(share.select(".summary-trend").isEmpty(), "no earlier period, no trend line");
    Document ranking = site.page("indicators/full_online_share/index.html");
    assertEquals(List.of("c-quang-ngai-ky-son", "c-hai-phong-tan-dan", "c-hai-phong-hung-thang"),
        ranking.select("table.ranking tbody tr").eachAttr("id"));
    assertEquals(List.of("c-hai-phong-tan-dan", "c-hai-phong-hung-thang"),
        site.page("indicators/full_online_share/hai-phong/index.html").select("table.ranking tbody tr").eachAttr("id"),
        "the link lands on the commune's row, on its province's page");
  }
}
