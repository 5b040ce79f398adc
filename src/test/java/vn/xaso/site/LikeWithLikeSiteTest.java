package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample site compares like with like and says when each figure holds. Hùng Thắng's report
 * states its procedures, computers and staff "as of" 7 November 2025 and its dossiers over
 * 28 November–5 December; Minh Long's stand at 8 October 2025; Chí Minh's at 31 July 2025.
 */
class LikeWithLikeSiteTest {
  // Built before each test, not once before all: PIT counts what a @BeforeAll runs as the class's,
  // not the test's, so no assertion here would see a mutant in the comparisons it builds (#27).
  @TempDir
  Path out;
  private BuiltSite site;
  private static final String HUNG_THANG = "hai-phong/hung-thang/2025-11-28_2025-12-05/";

  @BeforeEach
  void build() throws IOException {
    site = BuiltSite.build(Path.of("").toAbsolutePath(), out.resolve("site"));
  }

  private List<CSVRecord> csv(String file) throws IOException {
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(site.text(file).replace("\uFEFF", ""))).getRecords();
  }

  @Test
  void theCommunePageAnswersFirstWithValueDateRankAndLink() throws IOException {
    Document vi = site.page("hai-phong/hung-thang/index.html");
    Element main = vi.selectFirst("main");
    Element summary = main.selectFirst("section");
    assertEquals("summary", summary.id(), "the answer comes before the profile");
    Element first = summary.selectFirst(".summary-list li");
    assertEquals("58,2%", first.selectFirst(".summary-value").text());
    assertEquals("Tỷ lệ TTHC trực tuyến toàn trình", first.selectFirst("a").text());
    assertEquals("tính đến 07/11/2025", first.selectFirst(".summary-when").text(), "the part's own date, not the period's");
    // Minh Long's share stands at 8 October, 30 days before: comparable; Chí Minh gives none.
    assertEquals("thứ 1 trên 2 xã có số liệu cùng kỳ cả nước; thứ 1/1 trong tỉnh", first.selectFirst(".summary-rank").text());
    assertEquals("../../indicators/full_online_share/hai-phong/#c-hai-phong-hung-thang", first.selectFirst("a").attr("href"));
    Document ranking = site.page("indicators/full_online_share/hai-phong/index.html");
    assertNotNull(ranking.getElementById("c-hai-phong-hung-thang"), "the link lands on the commune's row");
    // A week's on-time rate has no other commune to stand beside.
    Element onTime = summary.select(".summary-list li").stream()
        .filter(li -> li.selectFirst("a").text().equals("Tỷ lệ hồ sơ giải quyết đúng hạn")).findFirst().orElseThrow();
    assertEquals("28/11/2025 – 05/12/2025 (một tuần)", onTime.selectFirst(".summary-when").text());
    assertEquals("chưa có xã khác cùng kỳ để so sánh", onTime.selectFirst(".summary-rank").text());
    assertTrue(summary.select(".summary-missing").eachText().stream().anyMatch(t -> t.startsWith("Chưa có kỳ trước cùng loại")));
    assertTrue(summary.text().contains("Chưa có số liệu: Tỷ lệ hồ sơ tiếp nhận trực tuyến;"), summary.text());

    Element en = site.page("en/hai-phong/hung-thang/index.html").selectFirst("#summary .summary-list li");
    assertEquals("as of 7 Nov 2025", en.selectFirst(".summary-when").text());
    assertEquals("1 of 2 communes with comparable figures in the country; 1/1 in the province",
        en.selectFirst(".summary-rank").text());
  }

  @Test
  void aProfileFieldNobodyFilledHasNoInformationYetNotNotReported() throws IOException {
    Element profile = site.page("hai-phong/hung-thang/index.html").selectFirst("#profile");
    Element code = profile.select(".fields div").stream().filter(d -> d.selectFirst("dt").text().equals("Mã đơn vị hành chính"))
        .findFirst().orElseThrow();
    assertEquals("chưa có thông tin", code.selectFirst("dd").text());
    assertTrue(site.page("en/hai-phong/hung-thang/index.html").selectFirst("#profile").text().contains("no information yet"));
  }

  @Test
  void rankingRowsCarryRankCommuneValueAndTheFiguresOwnDate() throws IOException {
    Document page = site.page("indicators/full_online_share/index.html");
    List<Element> rows = page.select("table.ranking tbody tr");
    assertEquals(2, rows.size());
    assertEquals(List.of("1", "xã Hùng Thắng Hải Phòng · tính đến 07/11/2025", "58,2%"),
        List.of(rows.get(0).child(0).text(), rows.get(0).child(1).text(), rows.get(0).child(2).text()));
    assertEquals("Số liệu tại một thời điểm, tính đến 08/10/2025 – 07/11/2025", page.selectFirst("h3[id^=g-]").text());
    assertEquals("1 xã không có trong bảng nào; trang của từng tỉnh nêu tên từng xã và lý do.",
        page.selectFirst("#left-out").text());
    assertTrue(page.select("table").stream().allMatch(t -> t.select("tbody tr").size() > 0), "no empty table");
    // The province's part: its communes with their national ranks, and those left out, with why.
    Document province = site.page("indicators/full_online_share/hai-phong/index.html");
    assertEquals(rows.get(0).text(), province.selectFirst("table.ranking tbody tr").text());
    Element left = province.selectFirst("#left-out li");
    assertEquals("xã Chí Minh, Hải Phòng Báo cáo không nêu số TTHC toàn trình", left.text());
  }

  @Test
  void aReportPageHasContentsNotesByTheirFiguresAndAbbreviationsSpelledOut() throws IOException {
    Document vi = site.page(HUNG_THANG + "index.html");
    List<Element> toc = vi.select("nav.toc li a");
    assertEquals("#procedures", toc.get(0).attr("href"), "services first");
    for (Element a : toc) {
      assertNotNull(vi.getElementById(a.attr("href").substring(1)), a.attr("href") + " leads somewhere");
    }
    List<String> order = vi.select("#as-reported > section.part").eachAttr("id");
    assertEquals(List.of("procedures", "dossiers", "infrastructure", "human-resources"), order.subList(0, 4));
    assertEquals("source", order.get(order.size() - 1));
    // The rate warning follows the procedures it is about; the transcriber's notes follow the figures.
    assertTrue(vi.selectFirst("#procedures .quality-here").text().contains("Báo cáo ghi 8,81%, nhưng 14/138 = 10,14%."));
    assertTrue(vi.selectFirst("#infrastructure .quality-here").text().contains("10 chưa được phân loại"));
    Element quality = vi.getElementById("quality");
    assertTrue(quality.elementSiblingIndex() > vi.getElementById("charts").elementSiblingIndex());
    assertTrue(quality.text().contains("Phụ lục 01–04 được nhắc đến"), "the transcriber's notes still visible");
    assertTrue(vi.selectFirst(".quality-pointer").text().startsWith("Báo cáo này có 7 lưu ý"));
    // The part's own date is shown, in the citizen's words.
    assertTrue(vi.selectFirst("#procedures").text().contains("Số liệu tính đến ngày 07/11/2025"));
    // Abbreviations: spelled out once, at their first use in the main content.
    Element tthc = vi.selectFirst("main abbr");
    assertEquals("TTHC", tthc.text());
    assertEquals("thủ tục hành chính", tthc.attr("title"));
    assertEquals(1, vi.select("main abbr").stream().filter(a -> a.text().equals("TTHC")).count());
    assertTrue(vi.select("main abbr").eachText().containsAll(List.of("DVCTT", "UBND", "HĐND", "CNTT", "MTTQ")));
    assertEquals(0, vi.select("head abbr, header abbr").size());
    assertEquals("People's Committee (Ủy ban nhân dân)",
        site.page("en/" + HUNG_THANG + "index.html").select("main abbr").stream()
            .filter(a -> a.text().equals("UBND")).findFirst().orElseThrow().attr("title"));
  }

  @Test
  void aComputedShareSaysHowAndEachIndicatorItsDate() throws IOException {
    Document vi = site.page(HUNG_THANG + "index.html");
    Element row = vi.select("#indicators tbody tr").stream()
        .filter(r -> r.selectFirst("th").text().equals("Tỷ lệ TTHC trực tuyến toàn trình")).findFirst().orElseThrow();
    assertEquals("58,2% tính đến 07/11/2025", row.child(1).text());
    assertEquals("Xã Số tính: toàn trình 220 ÷ tổng số TTHC 378 (báo cáo ghi)", row.child(2).text());
    Element stated = site.page("quang-ngai/minh-long/2025-10-08/index.html").select("#indicators tbody tr").stream()
        .filter(r -> r.selectFirst("th").text().equals("Tỷ lệ hồ sơ tiếp nhận trực tuyến")).findFirst().orElseThrow();
    assertEquals("tỷ lệ báo cáo ghi", stated.child(2).text(), "a stated share is never called computed");
    assertEquals("80,05% lũy kế đến 08/10/2025", stated.child(1).text());
  }

  @Test
  void theGlossaryIsAPageInBothLanguagesLinkedFromEveryPage() throws IOException {
    Document vi = site.page("glossary/index.html");
    assertEquals("Thuật ngữ và chữ viết tắt", vi.selectFirst("h1").text());
    Element tthc = vi.getElementById("abbr-tthc");
    assertEquals("TTHC thủ tục hành chính", tthc.text());
    assertTrue(vi.getElementById("term-stock").text().contains("31 ngày"));
    Document en = site.page("en/glossary/index.html");
    assertEquals("Terms and abbreviations", en.selectFirst("h1").text());
    assertTrue(en.getElementById("abbr-dvctt").text().contains("online public service"));
    assertTrue(site.page("index.html").select("footer a").eachAttr("href").contains("glossary/"));
  }

  @Test
  void theSuggestedCitationNamesTheCommunesReportFirst() throws IOException {
    String cite = site.page(HUNG_THANG + "index.html").selectFirst("#cite cite").text();
    assertTrue(cite.startsWith("Đảng ủy xã Hùng Thắng, không số, không ghi ngày. Báo cáo việc thực hiện Kế hoạch"), cite);
    assertTrue(cite.contains("Chép lại trong: "), cite);
  }

  @Test
  void theOpenDataCarriesEachFiguresDateBasisAndContextInColumnsAppendedAtTheEnd() throws IOException {
    List<String> header = CSVFormat.RFC4180.parse(new StringReader(site.text("data/all/reports.csv"))).getRecords().get(0)
        .toList();
    assertEquals(header.indexOf("warnings_count") + 1, header.indexOf("period_kind"), "new columns after the old last one");
    assertEquals("notes_in", header.get(header.size() - 1));
    CSVRecord ht = csv("data/all/reports.csv").stream().filter(r -> r.get("commune").equals("hung-thang")).findFirst()
        .orElseThrow();
    assertEquals("week", ht.get("period_kind"));
    assertEquals("2025-11-07", ht.get("procedures_as_of"));
    assertEquals("2025-11-28", ht.get("dossiers_start"));
    assertEquals("2025-12-05", ht.get("dossiers_end"));
    assertEquals("2", ht.get("quality_notes_count"), "beside warnings_count, which counts only the validator's");
    assertEquals("computed: toàn trình 220 ÷ tổng số TTHC 378 (báo cáo ghi)", ht.get("basis_full_online_share"));
    assertEquals("front: Toàn thành phố và liên thông Trung ương", ht.get("linked_scope_vi"));
    assertTrue(ht.get("notes_in").contains("infrastructure.government.hardware"));
    CSVRecord share = csv("data/all/indicators.csv").stream()
        .filter(r -> r.get("commune").equals("hung-thang") && r.get("indicator").equals("on_time_rate")).findFirst().orElseThrow();
    assertEquals(List.of("flow", "week", "2025-11-28", "2025-12-05", "đúng hạn 223 ÷ đã giải quyết 223"),
        List.of(share.get("figure_kind"), share.get("period_kind"), share.get("figure_start"), share.get("figure_end"),
            share.get("basis_detail_vi")));
    CSVRecord chart = csv("chart-compare-full-online-share-vi.csv").get(0);
    assertEquals("%", chart.get("Đơn vị"));
    assertEquals("2025-11-07", chart.get("Ngày cuối kỳ hoặc ngày tính số liệu"));
    assertEquals("as_of", chart.get("Loại kỳ"));
    assertEquals("Xã Số tính: toàn trình 220 ÷ tổng số TTHC 378 (báo cáo ghi)", chart.get("Cách tính"));
  }

  @Test
  void theOpenDataPageSaysHowToOpenTheFilesWithAVietnameseLocale() throws IOException {
    assertTrue(site.page("open-data/index.html").text().contains("Tiếng Anh (Mỹ)"));
    assertTrue(site.page("en/open-data/index.html").text().contains("Using Locale"));
    assertTrue(site.page("methodology/index.html").text().contains("không quá 31 ngày"));
    assertTrue(site.page("en/methodology/index.html").text().contains("at most 31 days apart"));
  }
}
