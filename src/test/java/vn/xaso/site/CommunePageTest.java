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
import vn.xaso.build.Build;
import vn.xaso.build.Check;
import vn.xaso.cache.BuildCache;
import vn.xaso.derive.Deriver;
import vn.xaso.publish.DataPublisher;
import vn.xaso.testing.TinyProject;

/**
 * A commune's page as a citizen reads it: where its headline figures stand and how they moved,
 * what it has no figure for, its profile with unknowns said as such, its latest period, its
 * charts over time (only with two periods or more), its reports, data and citation. Hùng Thắng
 * reports November and December 2025 (full profile); Tân Dân, a ward, the same share twice; An
 * Lư ten days of dossiers; Kỳ Sơn (another province) one week, the only one with dossiers received online; Đông Hải nothing. Written for
 * the mutants of {@code CommuneKind} that the whole-site tests let live (#27).
 */
class CommunePageTest {
  // Built before each test, not once before all: PIT counts what a @BeforeAll runs as the class's,
  // not the test's, so no assertion of the test would see a mutant in the pages it builds.
  @TempDir
  Path dir;
  private BuiltSite site;
  private TinyProject project;

  @BeforeEach
  void build() throws IOException {
    TinyProject p = TinyProject.withCommune(dir.resolve("p"))
        .file("data/hai-phong/hung-thang/commune.yaml", TinyProject.commune("hung-thang", "Hùng Thắng", "xa", "hai-phong") + """
            code: "11311"
            villages: 12
            notes: {vi: Sáp nhập năm 2025., en: Merged in 2025.}
            """)
        .file("data/hai-phong/tan-dan/commune.yaml", TinyProject.commune("tan-dan", "Tân Dân", "phuong", "hai-phong"))
        .file("data/hai-phong/an-lu/commune.yaml", TinyProject.commune("an-lu", "An Lư", "xa", "hai-phong"))
        .file("data/hai-phong/dong-hai/commune.yaml", TinyProject.commune("dong-hai", "Đông Hải", "xa", "hai-phong"))
        .file("data/quang-ngai/province.yaml", "slug: quang-ngai\nname: Quảng Ngãi\n")
        .file("data/quang-ngai/ky-son/commune.yaml", TinyProject.commune("ky-son", "Kỳ Sơn", "xa", "quang-ngai"))
        .file("data/hai-phong/hung-thang/2025-11.yaml", TinyProject.report("hung-thang", "{start: 2025-11-01, end: 2025-11-30}",
            "procedures: {total: 100, full_online: 40}\ndossiers: {received: 50, resolved: 40, on_time: 40}\n"))
        .file("data/hai-phong/hung-thang/2025-12.yaml", TinyProject.report("hung-thang", "{start: 2025-12-01, end: 2025-12-31}",
            "procedures: {total: 100, full_online: 60}\ndossiers: {received: 80, resolved: 50, on_time: 45}\n"))
        .file("data/hai-phong/tan-dan/2025-11.yaml", TinyProject.report("tan-dan", "{start: 2025-11-01, end: 2025-11-30}",
            "procedures: {total: 100, full_online: 70}\n"))
        .file("data/hai-phong/tan-dan/2025-12.yaml", TinyProject.report("tan-dan", "{start: 2025-12-01, end: 2025-12-31}",
            "procedures: {total: 100, full_online: 70}\n"))
        .file("data/hai-phong/an-lu/2025-12-01_2025-12-10.yaml", TinyProject.report("an-lu", "{start: 2025-12-01, end: 2025-12-10}",
            "dossiers: {received: 20, resolved: 10, on_time: 9}\n"))
        .file("data/quang-ngai/ky-son/2025-12-08_2025-12-14.yaml", TinyProject.report("ky-son", "{start: 2025-12-08, end: 2025-12-14}",
            "procedures: {total: 100, full_online: 80}\ndossiers: {received: 10, received_online: 4}\n"));
    BuiltSite.copyTheme(p.root());
    site = BuiltSite.build(p.root(), dir.resolve("out"));
    project = p;
  }

  private Document vi(String commune) throws IOException {
    return site.page(commune + "/index.html");
  }

  private Document en(String commune) throws IOException {
    return site.page("en/" + commune + "/index.html");
  }

  private static Element item(Document page, String label) {
    return page.select("#summary .summary-list li").stream().filter(li -> li.selectFirst("a").text().equals(label))
        .findFirst().orElseThrow(() -> new AssertionError("no summary item " + label));
  }

  private static String text(Element item, String part) {
    Element e = item.selectFirst("." + part);
    return e == null ? null : e.text();
  }

  private static List<String> notes(Document page) {
    return page.select("#summary p.summary-missing").eachText();
  }

  @Test
  void eachHeadlineSaysItsValueDateRankAndChangeInBothLanguages() throws IOException {
    Document vi = vi("hai-phong/hung-thang");
    assertEquals(List.of("Tỷ lệ TTHC trực tuyến toàn trình", "Tỷ lệ hồ sơ giải quyết đúng hạn"),
        vi.select("#summary .summary-list li > span > a").eachText(), "the headline shares with a figure, in order");
    Element share = item(vi, "Tỷ lệ TTHC trực tuyến toàn trình");
    assertEquals("60%", text(share, "summary-value"));
    assertEquals("tính đến 31/12/2025", text(share, "summary-when"));
    assertEquals("thứ 3 trên 3 xã có số liệu cùng kỳ cả nước; thứ 2/2 trong tỉnh", text(share, "summary-rank"));
    assertEquals("tăng 20 điểm phần trăm so với kỳ trước, tính đến 30/11/2025", text(share, "summary-trend"));
    assertEquals("../../indicators/full_online_share/hai-phong/#c-hai-phong-hung-thang", share.selectFirst("a").attr("href"));
    Element onTime = item(vi, "Tỷ lệ hồ sơ giải quyết đúng hạn");
    assertEquals("90%", text(onTime, "summary-value"));
    assertEquals("01/12/2025 – 31/12/2025 (một tháng)", text(onTime, "summary-when"));
    assertEquals("thứ 1 trên 2 xã có số liệu cùng kỳ cả nước; thứ 1/2 trong tỉnh", text(onTime, "summary-rank"),
        "An Lư's 90 % too: tied, both first");
    assertEquals("giảm 10 điểm phần trăm so với kỳ trước, 01/11/2025 – 30/11/2025 (một tháng)", text(onTime, "summary-trend"));

    Document en = en("hai-phong/hung-thang");
    Element enShare = item(en, "Share of procedures fully online");
    assertEquals("3 of 3 communes with comparable figures in the country; 2/2 in the province", text(enShare, "summary-rank"));
    assertEquals("up 20 percentage points from the previous figure, as of 30 Nov 2025", text(enShare, "summary-trend"));
    assertEquals("1 of 2 communes with comparable figures in the country; 1/2 in the province",
        text(item(en, "On-time rate of resolved dossiers"), "summary-rank"));
  }

  @Test
  void theSameFigureTwiceIsUnchangedAndTheRanksCountEachProvince() throws IOException {
    Element share = item(vi("hai-phong/tan-dan"), "Tỷ lệ TTHC trực tuyến toàn trình");
    assertEquals("thứ 2 trên 3 xã có số liệu cùng kỳ cả nước; thứ 1/2 trong tỉnh", text(share, "summary-rank"));
    assertEquals("không đổi so với kỳ trước, tính đến 30/11/2025", text(share, "summary-trend"));
    assertEquals("unchanged from the previous figure, as of 30 Nov 2025",
        text(item(en("hai-phong/tan-dan"), "Share of procedures fully online"), "summary-trend"));

    Element alone = item(vi("quang-ngai/ky-son"), "Tỷ lệ TTHC trực tuyến toàn trình");
    assertEquals("80%", text(alone, "summary-value"));
    assertEquals("thứ 1 trên 3 xã có số liệu cùng kỳ cả nước; thứ 1/1 trong tỉnh", text(alone, "summary-rank"));
    assertNull(text(alone, "summary-trend"), "one report: no change to tell");
    Element online = item(vi("quang-ngai/ky-son"), "Tỷ lệ hồ sơ tiếp nhận trực tuyến");
    assertEquals("40%", text(online, "summary-value"));
    assertEquals("chưa có xã khác cùng kỳ để so sánh", text(online, "summary-rank"), "no other commune gives it: alone");
    assertEquals("no other commune with a comparable figure yet",
        text(item(en("quang-ngai/ky-son"), "Share of dossiers received online"), "summary-rank"));
    assertEquals("thứ 1 trên 2 xã có số liệu cùng kỳ cả nước; thứ 1/2 trong tỉnh",
        text(item(vi("hai-phong/an-lu"), "Tỷ lệ hồ sơ giải quyết đúng hạn"), "summary-rank"));
  }

  @Test
  void whatHasNoFigureIsNamedAndNoChangeIsSaidOnceWhenNothingHasAnEarlierPeriod() throws IOException {
    String intro = "Số liệu mới nhất của từng chỉ số chính; thứ hạng tính trong các xã có số liệu cùng kỳ.";
    assertEquals(List.of(intro, "Chưa có số liệu: Tỷ lệ TTHC trực tuyến (toàn trình + một phần); Tỷ lệ hồ sơ tiếp nhận trực tuyến; "
        + "Tỷ lệ máy tính đáp ứng yêu cầu; Tỷ lệ máy tính có phần mềm chống mã độc; "
        + "Tỷ lệ thôn có Tổ công nghệ số cộng đồng."), notes(vi("hai-phong/hung-thang")),
        "a change is told: no 'no earlier period' line");
    assertEquals(List.of(intro, "Chưa có kỳ trước cùng loại để so sánh diễn biến.",
        "Chưa có số liệu: Tỷ lệ TTHC trực tuyến toàn trình; Tỷ lệ TTHC trực tuyến (toàn trình + một phần); "
        + "Tỷ lệ hồ sơ tiếp nhận trực tuyến; Tỷ lệ máy tính đáp ứng yêu cầu; Tỷ lệ máy tính có phần mềm chống mã độc; "
        + "Tỷ lệ thôn có Tổ công nghệ số cộng đồng."), notes(vi("hai-phong/an-lu")));
    assertEquals(List.of("The latest figure of each headline indicator; ranks are among communes with figures for a comparable period.",
        "No earlier comparable period yet to show a change.",
        "No figure yet: Share of procedures fully online; Share of procedures online (full + partial); "
        + "Share of dossiers received online; Share of computers adequate; Anti-malware coverage; "
        + "Villages covered by community digital-technology teams."), notes(en("hai-phong/an-lu")));

    Document none = vi("hai-phong/dong-hai");
    assertNull(none.selectFirst("#summary"), "no report: no summary, and no list of what is missing");
    assertEquals("chưa có báo cáo", none.selectFirst("#latest p.nr").text(), "no latest period, said in words");
    assertTrue(none.select("#latest table, #trends").isEmpty(), "and no table or chart of nothing");
  }

  @Test
  void theProfileSaysEachFieldAndUnknownsInWords() throws IOException {
    assertEquals(List.of("Tên", "Loại đơn vị", "Tỉnh/thành phố", "Mã đơn vị hành chính", "Số thôn, tổ dân phố", "Ghi chú"),
        vi("hai-phong/hung-thang").select("#profile dt").eachText());
    assertEquals(List.of("Hùng Thắng", "xã", "Hải Phòng", "11311", "12", "Sáp nhập năm 2025."),
        vi("hai-phong/hung-thang").select("#profile dd").eachText());
    assertEquals(List.of("Tân Dân", "phường", "Hải Phòng", "chưa có thông tin", "chưa có thông tin", "chưa có thông tin"),
        vi("hai-phong/tan-dan").select("#profile dd").eachText());
    assertEquals("Hồ sơ xã", vi("hai-phong/tan-dan").selectFirst("#profile h2").text());
    assertEquals(List.of("Hùng Thắng", "commune", "Hải Phòng", "11311", "12", "Merged in 2025."),
        en("hai-phong/hung-thang").select("#profile dd").eachText());
    assertEquals("Kỳ Sơn", vi("quang-ngai/ky-son").select("#profile dd").get(0).text());
    assertEquals("Quảng Ngãi", vi("quang-ngai/ky-son").select("#profile dd").get(2).text());
  }

  @Test
  void theHeadingCrumbsLatestPeriodAndReportsLeadToTheirPages() throws IOException {
    Document vi = vi("hai-phong/hung-thang");
    assertEquals("Xã Hùng Thắng", vi.selectFirst("main h1").text());
    assertEquals(List.of("../../", "../"), vi.select("nav.crumbs a").eachAttr("href"));
    assertEquals(List.of("Trang chủ", "Hải Phòng"), vi.select("nav.crumbs a").eachText());
    assertEquals("Kỳ gần nhất: tháng 12/2025", vi.selectFirst("#latest p").text());
    assertEquals("2025-12/", vi.selectFirst("#latest p a").attr("href"));
    assertEquals("Số TTHC đang triển khai", vi.selectFirst("#latest tbody th").text());
    assertEquals(List.of("2025-11/", "2025-12/"), vi.select("#reports li > a").eachAttr("href"));
    assertEquals(List.of("tháng 11/2025", "tháng 12/2025"), vi.select("#reports li > a").eachText());
    assertEquals("Phường Tân Dân", vi("hai-phong/tan-dan").selectFirst("main h1").text());
    assertEquals(List.of("../../", "../"), vi("quang-ngai/ky-son").select("nav.crumbs a").eachAttr("href"));
    assertEquals("Quảng Ngãi", vi("quang-ngai/ky-son").select("nav.crumbs a").get(1).text());
    assertEquals("Kỳ gần nhất: 08/12/2025 – 14/12/2025", vi("quang-ngai/ky-son").selectFirst("#latest p").text());
    assertEquals("Hùng Thắng commune", en("hai-phong/hung-thang").selectFirst("main h1").text());
  }

  @Test
  void theDescriptionNamesTheLatestKeyFigure() throws IOException {
    assertEquals("Tiến độ chuyển đổi số của xã Hùng Thắng: số liệu mới nhất, các kỳ báo cáo và dữ liệu mở. "
        + "tháng 12/2025: Tỷ lệ TTHC trực tuyến toàn trình: 60%.",
        vi("hai-phong/hung-thang").selectFirst("meta[name=description]").attr("content"));
    assertEquals("Tiến độ chuyển đổi số của xã Đông Hải: số liệu mới nhất, các kỳ báo cáo và dữ liệu mở.",
        vi("hai-phong/dong-hai").selectFirst("meta[name=description]").attr("content"), "no report: no figure");
    assertEquals("Digital progress of Hùng Thắng commune: latest figures, every report and open data. "
        + "December 2025: Share of procedures fully online: 60%.",
        en("hai-phong/hung-thang").selectFirst("meta[name=description]").attr("content"));
  }

  private static JsonNode spec(Element figure) {
    return DrawnChart.of(figure);
  }

  @Test
  void twoPeriodsDrawTheSharesAsLinesAndTheDossiersAsBarsOnePeriodDrawsNothing() throws IOException {
    Document vi = vi("hai-phong/hung-thang");
    Element shares = vi.selectFirst("figure#chart-shares");
    assertNotNull(shares);
    JsonNode s = spec(shares);
    assertEquals("line", s.path("type").asText());
    assertTrue(s.path("percent").asBoolean());
    assertEquals("40%", shares.selectFirst("table.chart-table tbody td.num").text(), "the table the chart is drawn from");
    assertEquals("Các tỷ lệ qua các kỳ", s.path("title").asText());
    assertEquals("[\"tháng 11/2025\",\"tháng 12/2025\"]", s.path("labels").toString());
    assertEquals("Tỷ lệ TTHC trực tuyến toàn trình", s.path("datasets").get(0).path("label").asText());
    assertEquals("[40.0,60.0]", s.path("datasets").get(0).path("data").toString());
    assertEquals("[null,null]", s.path("datasets").get(1).path("data").toString(), "not reported: a gap, not 0");
    assertEquals("[100.0,90.0]", s.path("datasets").get(2).path("data").toString());
    assertEquals(List.of("2025-11/", "2025-12/"), shares.select("table.chart-table tbody th a").eachAttr("href"));
    assertEquals("Nguồn: báo cáo từng kỳ của xã.", shares.selectFirst("p.chart-source").ownText());
    assertEquals("Kỳ báo cáo", shares.selectFirst("table.chart-table thead th").text());

    Element dossiers = vi.selectFirst("figure#chart-dossiers");
    assertNotNull(dossiers);
    JsonNode d = spec(dossiers);
    assertEquals("bar", d.path("type").asText());
    assertEquals(false, d.path("percent").asBoolean());
    assertEquals("Hồ sơ tiếp nhận", d.path("title").asText());
    assertEquals("[50.0,80.0]", d.path("datasets").get(0).path("data").toString());
    assertTrue(site.files().contains("hai-phong/hung-thang/charts-vi.csv"), site.files().toString());

    Element enShares = en("hai-phong/hung-thang").selectFirst("figure#chart-shares");
    assertEquals("[\"November 2025\",\"December 2025\"]", spec(enShares).path("labels").toString());

    assertTrue(vi("quang-ngai/ky-son").select("figure.chart").isEmpty(), "one period: no chart over time");
    assertTrue(site.files().stream().noneMatch(f -> f.startsWith("quang-ngai/ky-son/charts")), "and no chart file");
    assertNotNull(vi("hai-phong/tan-dan").selectFirst("figure#chart-shares"), "exactly two periods: the charts");
  }

  @Test
  void theDataAndCitationAreTheCommunes() throws IOException {
    Document vi = vi("hai-phong/hung-thang");
    assertEquals("../../data/hai-phong/hai-phong.zip", vi.selectFirst("#downloads li a").attr("href"));
    assertTrue(vi.selectFirst("#downloads li").text().endsWith("nằm trong thư mục hai-phong/hung-thang/"),
        vi.selectFirst("#downloads li").text());
    assertEquals("Nhóm thử (2025). xã Hùng Thắng, Hải Phòng. Xã Số. https://example.org/xaso/hai-phong/hung-thang/ "
        + "(truy cập ngày [ngày/tháng/năm]).", vi.selectFirst("#cite cite").text());
    assertEquals("Test team (2025). Hùng Thắng commune, Hải Phòng. Xã Số. https://example.org/xaso/en/hai-phong/hung-thang/ "
        + "(accessed [date]).", en("hai-phong/hung-thang").selectFirst("#cite cite").text());
    assertEquals("../../data/quang-ngai/quang-ngai.zip", vi("quang-ngai/ky-son").selectFirst("#downloads li a").attr("href"));
  }

  @Test
  void aRankMovedByAnotherCommuneReachesThePageOnTheNextBuild() throws IOException {
    SiteRenderer renderer = new SiteRenderer();
    Build build = new Build(new Check(), new Deriver(), new DataPublisher(), renderer,
        new BuildCache(dir.resolve("cache")), "tool-1");
    Path out = dir.resolve("again");
    assertTrue(build.run(project.root(), out, Build.Scope.SITE).ok());
    // Tân Dân falls from 70 % to 50 %: Hùng Thắng's 60 % moves up, though none of its files changed.
    project.file("data/hai-phong/tan-dan/2025-12.yaml", TinyProject.report("tan-dan", "{start: 2025-12-01, end: 2025-12-31}",
        "procedures: {total: 100, full_online: 50}\n"));
    assertTrue(build.run(project.root(), out, Build.Scope.SITE).ok());
    assertTrue(renderer.lastReused() > 0, "the pages whose ranks did not move are kept");
    BuiltSite again = new BuiltSite(out, site.files());
    assertEquals("thứ 2 trên 3 xã có số liệu cùng kỳ cả nước; thứ 1/2 trong tỉnh",
        text(item(again.page("hai-phong/hung-thang/index.html"), "Tỷ lệ TTHC trực tuyến toàn trình"), "summary-rank"));
    assertEquals("2 of 3 communes with comparable figures in the country; 1/2 in the province",
        text(item(again.page("en/hai-phong/hung-thang/index.html"), "Share of procedures fully online"), "summary-rank"));
  }
}
