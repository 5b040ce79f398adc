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
 * The home page as a citizen reads it: how many communes have reported, one card per headline
 * share (a mean only when enough communes give it, each commune's own figure otherwise, "not
 * reported" when none does), the comparison and trend charts, the ten latest reports, every
 * commune by province, and the downloads. Ten communes of Hải Phòng report December 2025 (An
 * Lư November too): five give the share of procedures fully online (10 % to 50 %), four the
 * on-time rate, one neither; Kỳ Sơn (Quảng Ngãi) reports nothing. Written for the mutants of
 * {@code HomeKind} that the whole-site tests let live (#27).
 */
class HomePageTest {
  // Built before each test, not once before all: PIT counts what a @BeforeAll runs as the class's,
  // not the test's, so no assertion of the test would see a mutant in the pages it builds.
  @TempDir
  Path dir;
  private BuiltSite site;

  private static final List<String> COMMUNES = List.of("an-lu:An Lư", "bac-son:Bắc Sơn", "cat-hai:Cát Hải",
      "dong-hai:Đông Hải", "hung-thang:Hùng Thắng", "kien-bai:Kiền Bái", "le-loi:Lê Lợi", "minh-tan:Minh Tân",
      "ngu-lao:Ngũ Lão", "tan-dan:Tân Dân");

  private static String report(String commune, String month, String last, String body) {
    return "commune: " + commune + "\nperiod: {start: 2025-" + month + "-01, end: 2025-" + month + "-" + last + "}\n"
        + "source:\n  issuer: {vi: UBND}\n  issuer_block: government\n  title: {vi: Báo cáo}\n" + body + "\n";
  }

  @BeforeEach
  void build() throws IOException {
    TinyProject p = new TinyProject(dir.resolve("p"))
        .file("content/site.yaml", TinyProject.SITE)
        .file("data/hai-phong/province.yaml", TinyProject.PROVINCE)
        .file("data/quang-ngai/province.yaml", "slug: quang-ngai\nname: Quảng Ngãi\n")
        .file("data/quang-ngai/ky-son/commune.yaml", "slug: ky-son\nname: Kỳ Sơn\nunit_type: xa\nprovince: quang-ngai\n");
    for (int k = 1; k <= COMMUNES.size(); k++) {
      String[] c = COMMUNES.get(k - 1).split(":");
      String body = k <= 5 ? "procedures: {total: 100, full_online: " + 10 * k + "}"
          : k <= 9 ? "dossiers: {received: 20, resolved: 10, on_time: " + (15 - k) + "}"
          : "procedures: {total: 90}";
      p.file("data/hai-phong/" + c[0] + "/commune.yaml",
              "slug: " + c[0] + "\nname: " + c[1] + "\nunit_type: xa\nprovince: hai-phong\n")
          .file("data/hai-phong/" + c[0] + "/2025-12.yaml", report(c[0], "12", "31", body));
    }
    p.file("data/hai-phong/an-lu/2025-11.yaml", report("an-lu", "11", "30", "procedures: {total: 100, full_online: 5}"));
    BuiltSite.copyTheme(p.root());
    site = BuiltSite.build(p.root(), dir.resolve("out"));
  }

  private Document vi() throws IOException {
    return site.page("index.html");
  }

  private Document en() throws IOException {
    return site.page("en/index.html");
  }

  private static Element card(Document page, String label) {
    return page.select("section.headlines li.card").stream()
        .filter(li -> li.selectFirst(".card-label").text().equals(label)).findFirst()
        .orElseThrow(() -> new AssertionError("no card " + label));
  }

  private static JsonNode spec(Element figure) {
    return DrawnChart.of(figure);
  }

  @Test
  void theCountsSayHowManyCommunesReportedAndHowManyReports() throws IOException {
    assertEquals("10 trên 11 xã đã có báo cáo; tổng cộng 11 báo cáo.", vi().selectFirst("section.headlines > p").text());
    assertEquals("10 of 11 communes have reported; 11 reports in all.", en().selectFirst("section.headlines > p").text());
    assertEquals("Xã Số", vi().selectFirst("main h1").text());
    assertEquals("Thử nghiệm", vi().selectFirst("main p.lead").text());
    assertEquals("Test", en().selectFirst("main p.lead").text());
    assertEquals("Thử nghiệm", vi().selectFirst("meta[name=description]").attr("content"));
  }

  @Test
  void fiveCommunesOfTenGiveAMeanFourGiveTheirOwnFiguresNoneSaysNotReported() throws IOException {
    Document vi = vi();
    assertEquals(7, vi.select("section.headlines li.card").size(), "one card per headline share");
    Element full = card(vi, "Tỷ lệ TTHC trực tuyến toàn trình");
    assertEquals("indicators/full_online_share/", full.selectFirst("a").attr("href"));
    assertEquals("5 trên 10 xã có số liệu", full.selectFirst(".card-coverage").text());
    assertEquals("Số liệu tại một thời điểm, tính đến 31/12/2025", full.selectFirst(".card-kind").text());
    assertEquals("30%", full.selectFirst(".card-group .card-value").text(), "the mean of 10 to 50 %");
    assertEquals("trung bình cộng của 5 xã, theo báo cáo gần nhất của mỗi xã", full.selectFirst(".card-group small:not(.card-kind)").text());
    assertTrue(full.select(".card-values").isEmpty(), "a mean, not a list");
    assertTrue(full.select("> small").isEmpty(), "no 'too few to average' line");

    Element onTime = card(vi, "Tỷ lệ hồ sơ giải quyết đúng hạn");
    assertEquals("4 trên 10 xã có số liệu", onTime.selectFirst(".card-coverage").text());
    assertEquals("Quá ít xã để tính trung bình, nên đây là số của từng xã.", onTime.selectFirst("> small").text());
    assertNull(onTime.selectFirst(".card-group .card-value"), "four communes: no mean");
    assertEquals(List.of("xã Kiền Bái: 90% (01/12/2025 – 31/12/2025 (một tháng))", "xã Lê Lợi: 80% (01/12/2025 – 31/12/2025 (một tháng))",
        "xã Minh Tân: 70% (01/12/2025 – 31/12/2025 (một tháng))", "xã Ngũ Lão: 60% (01/12/2025 – 31/12/2025 (một tháng))"),
        onTime.select(".card-values li").eachText());
    assertEquals(List.of("hai-phong/kien-bai/2025-12/", "hai-phong/le-loi/2025-12/", "hai-phong/minh-tan/2025-12/",
        "hai-phong/ngu-lao/2025-12/"), onTime.select(".card-values li a").eachAttr("href"));

    Element none = card(vi, "Tỷ lệ hồ sơ tiếp nhận trực tuyến");
    assertEquals("0 trên 10 xã có số liệu", none.selectFirst(".card-coverage").text());
    assertEquals("không báo cáo", none.selectFirst(".card-value .nr").text(), "no commune gives it: said, never 0");
    assertTrue(none.select(".card-group").isEmpty());

    Document en = en();
    Element enFull = card(en, "Share of procedures fully online");
    assertEquals("5 of 10 communes give the figure", enFull.selectFirst(".card-coverage").text());
    assertEquals("mean of 5 communes, from each commune's latest report", enFull.selectFirst(".card-group small:not(.card-kind)").text());
    assertEquals("Too few communes to average, so these are each commune's figures.",
        card(en, "On-time rate of resolved dossiers").selectFirst("> small").text());
    assertEquals("Kiền Bái commune: 90% (1 Dec 2025 – 31 Dec 2025 (a month))",
        card(en, "On-time rate of resolved dossiers").selectFirst(".card-values li").text());
  }

  @Test
  void theComparisonChartsRankTheCommunesOfTheLatestPeriod() throws IOException {
    Element full = vi().selectFirst("figure#chart-compare-full-online-share");
    assertNotNull(full);
    JsonNode s = spec(full);
    assertEquals(List.of("xã Hùng Thắng", "xã Đông Hải", "xã Cát Hải", "xã Bắc Sơn", "xã An Lư"),
        full.select("table.chart-table tbody th").eachText());
    assertEquals("[50.0,40.0,30.0,20.0,10.0]", s.path("datasets").get(0).path("data").toString());
    assertEquals("hai-phong/hung-thang/2025-12/", full.selectFirst("table.chart-table tbody th a").attr("href"));
    Element onTime = vi().selectFirst("figure#chart-compare-on-time-rate");
    assertNotNull(onTime);
    assertEquals("[90.0,80.0,70.0,60.0]", spec(onTime).path("datasets").get(0).path("data").toString());
    assertEquals(2, vi().select("section.compare figure.chart").size(), "the two compared shares, no more");
    assertTrue(site.files().containsAll(List.of("chart-compare-full-online-share-vi.csv", "chart-compare-on-time-rate-vi.csv",
        "en/chart-compare-on-time-rate-en.csv")), site.files().toString());
  }

  @Test
  void theTrendIsTheMonthlyMeanAndAGapWhereNoCommuneGaveIt() throws IOException {
    Element trend = vi().selectFirst("#trends figure#chart-trend-shares");
    assertNotNull(trend);
    JsonNode s = spec(trend);
    assertEquals("[\"tháng 11/2025\",\"tháng 12/2025\"]", s.path("labels").toString());
    assertEquals("[5.0,30.0]", s.path("datasets").get(0).path("data").toString());
    assertEquals("[null,75.0]", s.path("datasets").get(1).path("data").toString(), "November's on-time rate: a gap, not 0");
    assertTrue(site.files().containsAll(List.of("chart-trend-shares-vi.csv", "en/chart-trend-shares-en.csv")), site.files().toString());
  }

  @Test
  void theTenLatestReportsAndEveryCommuneByProvinceAreLinked() throws IOException {
    Document vi = vi();
    List<String> recent = vi.select("section.recent ul.report-list li > a").eachText();
    assertEquals(10, recent.size(), recent.toString());
    assertEquals("xã An Lư, Hải Phòng — tháng 12/2025", recent.get(0));
    assertTrue(recent.stream().noneMatch(r -> r.contains("tháng 11/2025")), "the eleventh report is left out");
    assertEquals("hai-phong/an-lu/2025-12/", vi.selectFirst("section.recent ul.report-list li > a").attr("href"));
    assertEquals(List.of("status/", "feed.xml"), vi.select("section.recent > p a").eachAttr("href"));

    assertEquals(List.of("Hải Phòng", "Quảng Ngãi"), vi.select("details.directory h3").eachText());
    assertEquals(List.of("hai-phong/", "quang-ngai/"), vi.select("details.directory h3 a").eachAttr("href"));
    List<String> hp = vi.select("details.directory ul").get(0).select("a").eachAttr("href");
    assertEquals(10, hp.size());
    assertEquals("hai-phong/an-lu/", hp.get(0));
    assertEquals(List.of("xã Kỳ Sơn"), vi.select("details.directory ul").get(1).select("a").eachText(),
        "a commune with no report is still found");
    assertEquals(List.of("quang-ngai/ky-son/"), vi.select("details.directory ul").get(1).select("a").eachAttr("href"));
    Element enFirst = en().select("details.directory ul").get(0).selectFirst("a");
    assertEquals("hai-phong/an-lu/", enFirst.attr("href"), "the English page's own commune page");
    assertEquals("An Lư commune", enFirst.text());
  }

  @Test
  void theDownloadsAreTheWholeCountrysTablesPackageAndZip() throws IOException {
    List<String> hrefs = vi().select("#downloads li a").eachAttr("href");
    assertEquals("data/all/indicators.csv", hrefs.get(0));
    assertTrue(hrefs.contains("data/all/data.json"), hrefs.toString());
    assertEquals(List.of("data/datapackage.json", "data/xaso-open-data.zip"), hrefs.subList(hrefs.size() - 2, hrefs.size()));
    assertEquals(List.of("datapackage.json", "xaso-open-data.zip"),
        vi().select("#downloads li a").eachText().subList(hrefs.size() - 2, hrefs.size()));
    List<String> enHrefs = en().select("#downloads li a").eachAttr("href");
    assertEquals("../data/xaso-open-data.zip", enHrefs.get(enHrefs.size() - 1));
  }
}
