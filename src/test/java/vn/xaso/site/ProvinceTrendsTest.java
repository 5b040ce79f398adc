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
 * Two communes report whole months, a third a week, a fourth only in May. Procedures are a stock,
 * so by issue #24's rule ({@code derive.Comparisons}) the week's figure at 10/08 compares with the
 * months' at 31/08 and is counted; the May figure is too far from August for the map, which
 * leaves it out and says so, while the trend draws it as its own month.
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
    commune("do-son", "Đồ Sơn");
    // Fully online: An Lư 50% then 60%, Bạch Đằng 20% then 50%; Cát Hải's week 90%.
    report("an-lu", "2025-07", "{start: 2025-07-01, end: 2025-07-31}", 300, 150);
    report("an-lu", "2025-08", "{start: 2025-08-01, end: 2025-08-31}", 300, 180);
    report("bach-dang", "2025-07", "{start: 2025-07-01, end: 2025-07-31}", 200, 40);
    report("bach-dang", "2025-08", "{start: 2025-08-01, end: 2025-08-31}", 200, 100);
    report("cat-hai", "2025-08-04_2025-08-10", "{start: 2025-08-04, end: 2025-08-10}", 100, 90);
    report("do-son", "2025-05", "{start: 2025-05-01, end: 2025-05-31}", 100, 10);
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
  void theProvinceTrendAveragesEachCommunesLastFigureOfTheMonth() throws IOException {
    for (String page : List.of("hai-phong/index.html", "index.html")) {
      Document d = site.page(page);
      Element trend = d.selectFirst("#trends figure.chart");
      assertNotNull(trend, page);
      assertEquals(List.of("tháng 05/2025", "tháng 07/2025", "tháng 08/2025"),
          trend.select("table.chart-table tbody th").eachText(), page);
      // August: An Lư 60%, Bạch Đằng 50% and Cát Hải's week 90%, all stocks of the month.
      List<Double> full = column(trend, "Tỷ lệ TTHC trực tuyến toàn trình");
      assertEquals(10.0, full.get(0), 0.01, page);
      assertEquals(35.0, full.get(1), 0.01, page);
      assertEquals(200.0 / 3, full.get(2), 0.01, page);
      String basis = trend.selectFirst(".chart-source").text();
      assertTrue(basis.contains("số liệu cuối cùng trong tháng") && basis.contains("chỉ so sánh các số liệu cùng loại"),
          basis);
    }
    Element en = site.page("en/hai-phong/index.html").selectFirst("#trends .chart-source");
    assertTrue(en.text().contains("only figures of one kind are compared"), en.text());
  }

  @Test
  void theMapShowsTheMainGroupNamesItAndCountsTheOtherGroupOut() throws IOException {
    Element map = ProvinceMapTest.map(site.page("indicators/full_online_share/index.html"));
    assertEquals("Hải Phòng: 66,67%", map.selectFirst("svg [data-province=hai-phong]").attr("aria-label"));
    assertEquals("3", map.selectFirst("table.map-table tr[data-province=hai-phong] td:nth-of-type(2)").text());
    String basis = map.selectFirst(".map-basis").text();
    assertTrue(basis.contains("Số liệu tại một thời điểm, tính đến 10/08/2025 – 31/08/2025"), basis);
    assertTrue(basis.contains("1 xã không được tính: 1 xã có số liệu khác loại hoặc khác thời điểm, 0 xã"), basis);
    String en = ProvinceMapTest.map(site.page("en/indicators/full_online_share/index.html"))
        .selectFirst(".map-basis").text();
    assertTrue(en.contains("Figures at a date, as of 10 Aug 2025 – 31 Aug 2025")
        && en.contains("1 communes are not counted: 1 with figures of another kind or date"), en);
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
