package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A commune with two periods gets charts over time; text without English is flagged, not hidden. */
class MultiPeriodSiteTest {
  private static final String SITE = """
      title: {vi: Xã Số, en: Xã Số}
      description: {vi: Thử nghiệm, en: Test}
      base_url: https://example.org/xaso/
      publisher: {vi: Nhóm thử, en: Test team}
      licence:
        id: test
        name: {vi: Giấy phép thử, en: Test licence}
        terms: {vi: Ghi nguồn, en: Credit the source}
      """;
  private static final String PROVINCE = "slug: hai-phong\nname: Hải Phòng\n";
  private static final String COMMUNE = """
      slug: hung-thang
      name: Hùng Thắng
      unit_type: xa
      province: hai-phong
      villages: 28
      """;
  private static final String JULY = """
      commune: hung-thang
      period: {start: 2025-07-01, end: 2025-07-31}
      source:
        issuer: {vi: UBND xã Hùng Thắng}
        issuer_block: government
        number: 10/BC-UBND
        date: 2025-08-02
        title: {vi: "Báo cáo tháng 7 <script>alert(1)</script>"}
      procedures: {total: 300, full_online: 150, partial_online: 100, not_online: 50}
      dossiers: {received: 200, resolved: 180, on_time: 171}
      """;
  private static final String AUGUST = """
      commune: hung-thang
      period: {start: 2025-08-01, end: 2025-08-31}
      source:
        issuer: {vi: UBND xã Hùng Thắng, en: Hùng Thắng People's Committee}
        issuer_block: government
        number: 12/BC-UBND
        date: 2025-09-03
        title: {vi: Báo cáo tháng 8, en: August report}
      procedures: {total: 300, full_online: 180, partial_online: 100, not_online: 20}
      dossiers: {received: 250}
      """;

  private static Path project(Path root) throws IOException {
    write(root, "content/site.yaml", SITE);
    write(root, "data/hai-phong/province.yaml", PROVINCE);
    write(root, "data/hai-phong/hung-thang/commune.yaml", COMMUNE);
    write(root, "data/hai-phong/hung-thang/2025-07.yaml", JULY);
    write(root, "data/hai-phong/hung-thang/2025-08.yaml", AUGUST);
    BuiltSite.copyTheme(root);
    return root;
  }

  private static double value(Element td) {
    return Double.parseDouble(td.attr("data-value"));
  }

  private static void write(Path root, String path, String text) throws IOException {
    Files.createDirectories(root.resolve(path).getParent());
    Files.writeString(root.resolve(path), text);
  }

  @Test
  void twoPeriodsGiveChartsOverTimeWhoseTablesEqualTheData(@TempDir Path tmp) throws IOException {
    BuiltSite site = BuiltSite.build(project(tmp.resolve("p")), tmp.resolve("out"));
    Document vi = site.page("hai-phong/hung-thang/index.html");
    List<Element> rows = vi.select("#chart-shares tbody tr");
    assertEquals(List.of("tháng 07/2025", "tháng 08/2025"), rows.stream().map(r -> r.selectFirst("th").text()).toList());
    // Fully online share: 150/300 and 180/300, the first series of the chart.
    assertEquals(100.0 * 150 / 300, value(rows.get(0).select("td").get(0)));
    assertEquals(100.0 * 180 / 300, value(rows.get(1).select("td").get(0)));
    // On-time rate: 171/180 in July; August gives no resolved count, so it is not reported, not 0.
    Element august = rows.get(1);
    int onTime = vi.select("#chart-shares thead th").eachText().indexOf("Tỷ lệ hồ sơ giải quyết đúng hạn") - 1;
    assertEquals(100.0 * 171 / 180, value(rows.get(0).select("td").get(onTime)));
    assertEquals("không báo cáo", august.select("td").get(onTime).text());
    List<Element> dossiers = vi.select("#chart-dossiers tbody tr td");
    assertEquals(List.of(200.0, 250.0), dossiers.stream().map(MultiPeriodSiteTest::value).toList());
    assertEquals(2, site.page("en/hai-phong/hung-thang/index.html").select("#reports li").size());
  }

  /** A javascript: licence URL is now refused by validate (issue #11, SiteSafetyTest); pages still link only http(s) (SafeUrlTest). */
  @Test
  void yamlTextIsEscapedAndUnsafeUrlsAreNotLinked(@TempDir Path tmp) throws IOException {
    BuiltSite site = BuiltSite.build(project(tmp.resolve("p")), tmp.resolve("out"));
    String html = site.text("en/hai-phong/hung-thang/2025-07/index.html");
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "title escaped");
    Document doc = site.page("en/hai-phong/hung-thang/2025-07/index.html");
    assertTrue(doc.select("a[href]").eachAttr("href").stream().noneMatch(h -> h.toLowerCase().contains("javascript")));
    assertTrue(doc.select(".site-footer p").text().contains("Test licence"));
    assertTrue(doc.select(".site-footer a").eachText().stream().noneMatch(t -> t.contains("Test licence")));
  }

  @Test
  void aProjectWithoutItsOwnThemeUsesTheOnePackedWithXaso(@TempDir Path tmp) throws IOException {
    Path root = project(tmp.resolve("p"));
    org.apache.commons.io.file.PathUtils.deleteDirectory(root.resolve("themes"));
    BuiltSite site = BuiltSite.build(root, tmp.resolve("out"));
    assertTrue(site.files().containsAll(List.of("assets/css/site.css", "assets/js/site.js", "index.html")));
    assertEquals(Files.readString(Path.of("themes/xaso/assets/css/site.css")), site.text("assets/css/site.css"));
  }

  @Test
  void englishPagesFlagTextOnlyGivenInVietnamese(@TempDir Path tmp) throws IOException {
    BuiltSite site = BuiltSite.build(project(tmp.resolve("p")), tmp.resolve("out"));
    Document july = site.page("en/hai-phong/hung-thang/2025-07/index.html");
    Element title = july.selectFirst(".citation span[lang=vi]");
    assertEquals("Báo cáo tháng 7 <script>alert(1)</script>", title.text());
    assertEquals("(not yet available in English)", title.nextElementSibling().text());
    Document august = site.page("en/hai-phong/hung-thang/2025-08/index.html");
    assertTrue(august.select(".citation span[lang=vi]").isEmpty());
  }
}
