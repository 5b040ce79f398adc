package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two communes report whole months, a third a week: the province's and the nation's trends and
 * the map count the months only, say so, and leave the week out rather than average it in.
 */
class ProvinceTrendsTest {
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

  @TempDir static Path root;
  static BuiltSite site;

  @BeforeAll
  static void build() throws IOException {
    write("content/site.yaml", SITE);
    write("data/hai-phong/province.yaml", "slug: hai-phong\nname: Hải Phòng\n");
    commune("an-lu", "An Lư");
    commune("bach-dang", "Bạch Đằng");
    commune("cat-hai", "Cát Hải");
    // Fully online: An Lư 50% then 60%, Bạch Đằng 20% then 50%; Cát Hải's week 90%.
    report("an-lu", "2025-07", "{start: 2025-07-01, end: 2025-07-31}", 300, 150);
    report("an-lu", "2025-08", "{start: 2025-08-01, end: 2025-08-31}", 300, 180);
    report("bach-dang", "2025-07", "{start: 2025-07-01, end: 2025-07-31}", 200, 40);
    report("bach-dang", "2025-08", "{start: 2025-08-01, end: 2025-08-31}", 200, 100);
    report("cat-hai", "2025-08-04_2025-08-10", "{start: 2025-08-04, end: 2025-08-10}", 100, 90);
    BuiltSite.copyTheme(root);
    site = BuiltSite.build(root, root.resolve("out"));
  }

  private static void commune(String slug, String name) throws IOException {
    write("data/hai-phong/" + slug + "/commune.yaml",
        "slug: " + slug + "\nname: " + name + "\nunit_type: xa\nprovince: hai-phong\nvillages: 10\n");
  }

  /** Each report its own number: a signed report is filed once. */
  private static int number;

  private static void report(String commune, String key, String period, int total, int full) throws IOException {
    write("data/hai-phong/" + commune + "/" + key + ".yaml", """
        commune: %s
        period: %s
        source:
          issuer: {vi: UBND xã, en: People's Committee}
          issuer_block: government
          number: %d/BC-UBND
          date: 2025-09-01
          title: {vi: Báo cáo, en: Report}
        procedures: {total: %d, full_online: %d, partial_online: 0, not_online: %d}
        """.formatted(commune, period, ++number, total, full, total - full));
  }

  private static void write(String path, String text) throws IOException {
    Files.createDirectories(root.resolve(path).getParent());
    Files.writeString(root.resolve(path), text);
  }

  @Test
  void theProvinceTrendAveragesTheMonthsAndLeavesTheWeekOut() throws IOException {
    for (String page : List.of("hai-phong/index.html", "index.html")) {
      Document d = site.page(page);
      Element trend = d.selectFirst("#trends figure.chart");
      assertNotNull(trend, page);
      assertEquals(List.of("tháng 07/2025", "tháng 08/2025"),
          trend.select("table.chart-table tbody th").eachText(), page);
      assertEquals(List.of(35.0, 55.0), column(trend, "Tỷ lệ TTHC trực tuyến toàn trình"), page);
      String basis = trend.selectFirst(".chart-source").text();
      assertTrue(basis.contains("kỳ dài 31 ngày") && basis.contains("Không tính các loại kỳ khác"), basis);
    }
    Element en = site.page("en/hai-phong/index.html").selectFirst("#trends .chart-source");
    assertTrue(en.text().contains("31-day period"), en.text());
  }

  @Test
  void theMapCountsTheLatestMonthAndSaysTheWeekWasLeftOut() throws IOException {
    Element map = ProvinceMapTest.map(site.page("indicators/full_online_share/index.html"));
    assertEquals("Hải Phòng: 55%", map.selectFirst("svg [data-province=hai-phong]").attr("aria-label"));
    assertEquals("2", map.selectFirst("table.map-table tr[data-province=hai-phong] td:nth-of-type(2)").text());
    String basis = map.selectFirst(".map-basis").text();
    assertTrue(basis.contains("31 ngày") && basis.contains("1 xã báo cáo theo loại kỳ khác"), basis);
  }

  @Test
  void withOneMonthThereIsNoLineButASentence(@TempDir Path other) throws IOException {
    Document d = site.page("hai-phong/an-lu/index.html");
    assertNotNull(d.selectFirst("figure.chart"), "the commune's own trend is untouched");
    // A province whose communes give a single month: the province page says there is no trend yet.
    Path one = other.resolve("p");
    Files.createDirectories(one.resolve("data/hai-phong/an-lu"));
    Files.createDirectories(one.resolve("content"));
    Files.writeString(one.resolve("content/site.yaml"), SITE);
    Files.copy(root.resolve("data/hai-phong/province.yaml"), one.resolve("data/hai-phong/province.yaml"));
    Files.copy(root.resolve("data/hai-phong/an-lu/commune.yaml"), one.resolve("data/hai-phong/an-lu/commune.yaml"));
    Files.copy(root.resolve("data/hai-phong/an-lu/2025-07.yaml"), one.resolve("data/hai-phong/an-lu/2025-07.yaml"));
    BuiltSite.copyTheme(one);
    BuiltSite small = BuiltSite.build(one, one.resolve("out"));
    Element trends = small.page("hai-phong/index.html").selectFirst("#trends");
    assertTrue(trends.select("figure.chart").isEmpty());
    assertEquals("Chưa đủ hai tháng có số liệu so sánh được để vẽ diễn biến.", trends.selectFirst("p.nr").text());
  }

  private static List<Double> column(Element chart, String header) {
    List<String> headers = chart.select("table.chart-table thead th").eachText();
    int col = headers.indexOf(header);
    assertTrue(col > 0, headers.toString());
    List<Double> values = new ArrayList<>();
    for (Element row : chart.select("table.chart-table tbody tr")) {
      values.add(Double.parseDouble(row.child(col).attr("data-value")));
    }
    return values;
  }
}
