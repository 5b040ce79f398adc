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
 * Headlines say how many communes they rest on, average only like with like and only above the
 * coverage the methodology states; rankings never rank figures at dates too far apart together.
 * Six communes: five report December 2025 (fully online 10%, 20% … 50%, a stock at 31 December),
 * one reports "as of" 30 September 2025 (90%), more than a month earlier; a seventh has no report.
 */
class HeadlineCoverageTest {
  @TempDir
  static Path dir;
  private static BuiltSite site;

  @BeforeAll
  static void build() throws IOException {
    TinyProject p = TinyProject.withCommune(dir.resolve("p"));
    for (int n = 1; n <= 7; n++) {
      String slug = "xa-" + n;
      p.file("data/hai-phong/" + slug + "/commune.yaml",
          "slug: " + slug + "\nname: Xã " + n + "\nunit_type: xa\nprovince: hai-phong\n");
      String head = "commune: " + slug + "\nsource:\n  issuer: {vi: UBND}\n  issuer_block: government\n"
          + "  title: {vi: Báo cáo}\nprocedures: {total: 100, full_online: " + (n * 10) + "}\n";
      if (n <= 5) {
        p.file("data/hai-phong/" + slug + "/2025-12.yaml", head + "period: {start: 2025-12-01, end: 2025-12-31}\n");
      } else if (n == 6) {
        p.file("data/hai-phong/" + slug + "/2025-09-30.yaml", head.replace("full_online: 60", "full_online: 90")
            + "period: {as_of: 2025-09-30}\n");
      }
    }
    BuiltSite.copyTheme(p.root());
    site = BuiltSite.build(p.root(), dir.resolve("out"));
  }

  private static Element card(Document home, String label) {
    return home.select("li.card").stream().filter(c -> c.selectFirst(".card-label").text().equals(label))
        .findFirst().orElseThrow();
  }

  @Test
  void aHeadlineStatesItsCoverageAndAveragesOnlyOneKindOfPeriod() throws IOException {
    Element card = card(site.page("index.html"), "Tỷ lệ TTHC trực tuyến toàn trình");
    // 7 communes; 6 have a report and give the figure.
    assertEquals("6 trên 6 xã có số liệu", card.selectFirst(".card-coverage").text());
    List<Element> groups = card.select(".card-group");
    assertEquals(2, groups.size(), "stocks three months apart are never averaged together");
    assertEquals("Số liệu tại một thời điểm, tính đến 31/12/2025", groups.get(0).selectFirst(".card-kind").text());
    assertEquals("30%", groups.get(0).selectFirst(".card-value").text(), "mean of 10 … 50");
    assertTrue(groups.get(0).text().contains("trung bình cộng của 5 xã"));
    // One commune "as of" a date: below the threshold, its own value is shown, not an aggregate.
    assertNull(groups.get(1).selectFirst(".card-value"));
    assertEquals("xã Xã 6: 90% (tính đến 30/09/2025)", groups.get(1).selectFirst(".card-values li").text());

    Element en = card(site.page("en/index.html"), "Share of procedures fully online");
    assertEquals("6 of 6 communes give the figure", en.selectFirst(".card-coverage").text());
    assertTrue(en.text().contains("Too few communes to average"));
  }

  @Test
  void aHeadlineOnOneCommuneIsThatCommunesValue() throws IOException {
    Element card = card(site.page("index.html"), "Tỷ lệ hồ sơ giải quyết đúng hạn");
    assertEquals("0 trên 6 xã có số liệu", card.selectFirst(".card-coverage").text());
    assertEquals("không báo cáo", card.selectFirst(".card-value").text());
  }

  @Test
  void rankingsRankOnlyComparableFiguresOneTitledTableEach() throws IOException {
    Document page = site.page("indicators/full_online_share/index.html");
    List<String> titles = page.select("h3[id^=g-]").eachText();
    assertEquals(List.of("Số liệu tại một thời điểm, tính đến 31/12/2025", "Số liệu tại một thời điểm, tính đến 30/09/2025"),
        titles);
    List<Element> tables = page.select("table.ranking");
    assertEquals(2, tables.size());
    List<Element> dec = tables.get(0).select("tbody tr");
    assertEquals(5, dec.size());
    assertEquals("1", dec.get(0).selectFirst("td").text());
    assertEquals("xã Xã 5 Hải Phòng · tính đến 31/12/2025", dec.get(0).selectFirst("th").text());
    assertEquals("50%", dec.get(0).select("td").get(1).text());
    List<Element> sep = tables.get(1).select("tbody tr");
    assertEquals(1, sep.size());
    assertEquals("1", sep.get(0).selectFirst("td").text(), "ranks start again in each group");
    assertTrue(sep.get(0).selectFirst("th").text().endsWith("tính đến 30/09/2025"));
    // The commune without a report has no page to link to and is in no list; none is left out here.
    assertTrue(page.select("#left-out li").isEmpty());
    // The chart draws only the larger group, and says what it leaves out and why.
    Element fig = page.selectFirst("figure.chart");
    assertEquals(5, fig.select("tbody tr").size());
    String source = fig.selectFirst(".chart-source").text();
    assertTrue(source.contains("Biểu đồ chỉ gồm các xã có số liệu cùng kỳ: Số liệu tại một thời điểm, tính đến 31/12/2025."),
        source);
    assertTrue(source.contains("Không có trong biểu đồ: xã Xã 6 (số liệu tính đến 30/09/2025, không cùng kỳ)."), source);
  }

  @Test
  void aRankingWithNoFigureSaysSoInsteadOfAnEmptyTable() throws IOException {
    Document page = site.page("indicators/on_time_rate/index.html");
    assertTrue(page.select("table.ranking").isEmpty(), "no empty table headed 'Hạng'");
    assertTrue(page.select("p.nr").eachText().contains("Chưa xã nào có số liệu này."));
    assertEquals("6 xã không có trong bảng nào; trang của từng tỉnh nêu tên từng xã và lý do.", page.selectFirst("#left-out").text());
    List<Element> left = site.page("indicators/on_time_rate/hai-phong/index.html").select("#left-out li");
    assertEquals(6, left.size(), "every commune with a report, each with why");
    assertEquals("xã Xã 1, Hải Phòng Báo cáo không có phần hồ sơ thủ tục hành chính", left.get(0).text());
  }
}
