package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * A People's Committee's kept text as a citizen reads it: every line its own anchor, each clause
 * a figure rests on marked and linked back to that figure's row (overlapping clauses naming both
 * figures), the report page's quotes pointing at the right lines; a Party committee's text not
 * published; and the site's reference pages (glossary, data dictionary, 404) in both languages.
 * Written for the mutants of {@code TextKind}, {@code EvidenceLens}, {@code GlossaryKind},
 * {@code DictionaryKind}, {@code NotFoundKind} and {@code Previews} that only whole-site tests
 * built in a {@code @BeforeAll} reached, which PIT cannot see (#27).
 */
class ReportTextPageTest {
  // Built before each test: PIT counts what a @BeforeAll runs as the class's, not the test's.
  @TempDir
  Path dir;
  private BuiltSite site;

  private static final String TEXT = """
      ỦY BAN NHÂN DÂN XÃ HÙNG THẮNG
      Trong tháng, xã tiếp nhận 120 hồ sơ, trong đó trực tuyến 95 hồ sơ.
      Tổng số thủ tục hành chính là 300
      thủ tục, được niêm yết đầy đủ.
      Hết.
      """;

  private static final String EVIDENCE = """
      figures:
        dossiers.received:
          lines: [2]
          quote: "xã tiếp nhận 120 hồ sơ, trong đó trực tuyến 95 hồ sơ"
        dossiers.received_online:
          lines: [2]
          quote: "trực tuyến 95 hồ sơ"
        procedures.total:
          lines: [3, 4]
          quote: "Tổng số thủ tục hành chính là 300 thủ tục"
      """;

  private static final String FIGURES = """
      dossiers:
        received: 120
        received_online: 95
      procedures:
        total: 300
      """;

  @BeforeEach
  void build() throws IOException {
    TinyProject p = TinyProject.withCommune(dir.resolve("p"))
        .file("data/hai-phong/hung-thang/2025-12.yaml",
            TinyProject.DECEMBER_SIGNED + "  file: hung-thang_2025-12_ubnd.txt\n" + FIGURES)
        .file("data/hai-phong/hung-thang/2025-12.evidence.yaml", EVIDENCE)
        .file("sources/hai-phong/hung-thang/hung-thang_2025-12_ubnd.txt", TEXT)
        // The same text from the Party committee, with only the procedures: its text is not published.
        .file("data/hai-phong/hung-thang/2025-11.yaml", TinyProject.DECEMBER_SIGNED
            .replace("2025-12-01", "2025-11-01").replace("end: 2025-12-31", "end: 2025-11-30")
            .replace("UBND xã Hùng Thắng", "Đảng ủy xã Hùng Thắng").replace("government", "party")
            + "  file: hung-thang_2025-11_dang-uy.txt\nprocedures:\n  total: 300\n")
        .file("data/hai-phong/hung-thang/2025-11.evidence.yaml", "figures:\n" + EVIDENCE.substring(EVIDENCE.indexOf("  procedures.total:")))
        .file("sources/hai-phong/hung-thang/hung-thang_2025-11_dang-uy.txt", TEXT);
    BuiltSite.copyTheme(p.root());
    site = BuiltSite.build(p.root(), dir.resolve("site"));
  }

  private static final String TEXT_PAGE = "hai-phong/hung-thang/2025-12/text/index.html";

  @Test
  void everyLineIsAnAnchorAndEachFigureClauseIsMarkedAndLinkedBack() throws IOException {
    Document text = site.page(TEXT_PAGE);
    List<Element> lines = text.select("ol.kept-text > li");
    assertEquals(List.of("L1", "L2", "L3", "L4", "L5"), lines.stream().map(Element::id).toList());
    assertEquals("ỦY BAN NHÂN DÂN XÃ HÙNG THẮNG", lines.get(0).text());
    assertTrue(lines.get(0).select("mark").isEmpty());
    // Line 2: the received clause, inside it the online clause naming both figures, then the full stop.
    Element two = lines.get(1);
    assertEquals("Trong tháng, xã tiếp nhận 120 hồ sơ, trong đó trực tuyến 95 hồ sơ.", two.text());
    List<Element> marks = two.select("a.fig");
    assertEquals(List.of("xã tiếp nhận 120 hồ sơ, trong đó", "trực tuyến 95 hồ sơ"), marks.stream().map(Element::text).toList());
    assertEquals(List.of("../#f-dossiers-received", "../#f-dossiers-received"), marks.stream().map(a -> a.attr("href")).toList());
    String received = marks.get(0).attr("title");
    String both = marks.get(1).attr("title");
    assertTrue(both.startsWith(received + "; ") && both.length() > received.length() + 2, both);
    assertFalse(received.contains("dossiers"), "a citizen's label, not a field path: " + received);
    // The procedures clause runs over lines 3 and 4: each line marks its part.
    assertEquals("Tổng số thủ tục hành chính là 300", lines.get(2).selectFirst("a.fig").text());
    assertEquals("thủ tục", lines.get(3).selectFirst("a.fig").text());
    assertEquals("../#f-procedures-total", lines.get(3).selectFirst("a.fig").attr("href"));
    assertEquals(", được niêm yết đầy đủ.", lines.get(3).ownText());
    assertTrue(lines.get(4).select("a.fig").isEmpty());
    // Each mark's target is a row of the report page.
    Document report = site.page("hai-phong/hung-thang/2025-12/index.html");
    assertNotNull(report.getElementById("f-dossiers-received"));
    assertNotNull(report.getElementById("f-procedures-total"));
  }

  @Test
  void theTextPageSaysWhatItIsAndLeadsBack() throws IOException {
    Document text = site.page(TEXT_PAGE);
    assertEquals("Xã Hùng Thắng — toàn văn báo cáo tháng 12/2025", text.title().replaceFirst(" [|·—-] Xã Số$", ""));
    assertTrue(text.selectFirst("main p:not(.citation)").text().contains("(hung-thang_2025-12_ubnd.txt)"));
    assertTrue(text.selectFirst("main p:not(.citation)").text().contains("(3 số liệu)"));
    List<String> crumbs = text.select("nav.crumbs a").stream()
        .map(a -> BuiltSite.resolve(TEXT_PAGE, a.attr("href"))).toList();
    assertEquals(List.of("index.html", "hai-phong/hung-thang/index.html", "hai-phong/hung-thang/2025-12/index.html"), crumbs);
    Document en = site.page("en/" + TEXT_PAGE);
    assertEquals(5, en.select("ol.kept-text > li").size());
    assertTrue(en.selectFirst("main p:not(.citation)").text().contains("(3 figures)"));
  }

  @Test
  void theReportsQuotesPointAtTheirLinesInThePublishedText() throws IOException {
    Document report = site.page("hai-phong/hung-thang/2025-12/index.html");
    Element received = report.getElementById("f-dossiers-received").selectFirst("details.quote");
    assertEquals("Nguồn trong văn bản (dòng 2)", received.selectFirst("summary").text());
    assertEquals("text/#L2", received.selectFirst("a").attr("href"));
    Element total = report.getElementById("f-procedures-total").selectFirst("details.quote");
    assertEquals("Nguồn trong văn bản (dòng 3–4)", total.selectFirst("summary").text());
    assertEquals("text/#L3", total.selectFirst("a").attr("href"));
    Element en = site.page("en/hai-phong/hung-thang/2025-12/index.html").getElementById("f-procedures-total");
    assertEquals("Where the text says it (lines 3–4)", en.selectFirst("details.quote summary").text());
  }

  @Test
  void theReportsDataDownloadIsItsOwnFileInBothLanguages() throws IOException {
    for (String page : List.of("hai-phong/hung-thang/2025-12/index.html", "en/hai-phong/hung-thang/2025-12/index.html")) {
      Element json = site.page(page).selectFirst("#downloads a[href$=data.json]");
      assertNotNull(json, page);
      String target = BuiltSite.resolve(page, json.attr("href"));
      assertEquals("data/hai-phong/hung-thang/2025-12/data.json", target, page);
      assertTrue(site.files().contains(target), target);
    }
  }

  @Test
  void aPartyCommitteesTextIsQuotedButNotPublishedNorLinked() throws IOException {
    assertFalse(site.files().stream().anyMatch(f -> f.contains("2025-11/text/")), site.files().toString());
    Document report = site.page("hai-phong/hung-thang/2025-11/index.html");
    Element total = report.getElementById("f-procedures-total").selectFirst("details.quote");
    assertEquals("Nguồn trong văn bản (dòng 3–4)", total.selectFirst("summary").text());
    assertNull(total.selectFirst("a"), total.outerHtml());
  }

  @Test
  void aLinkPreviewGivesTheReportsFirstShareOrSaysThereIsNone() throws IOException {
    assertEquals("Báo cáo chuyển đổi số của xã Hùng Thắng, kỳ tháng 12/2025. Tỷ lệ hồ sơ tiếp nhận trực tuyến: 79,17%.",
        description("hai-phong/hung-thang/2025-12/index.html"));
    assertTrue(description("hai-phong/hung-thang/2025-11/index.html").endsWith(", kỳ tháng 11/2025. Báo cáo không nêu tỷ lệ nào."));
    assertTrue(description("en/hai-phong/hung-thang/2025-11/index.html").endsWith(". The report gives no share."));
    assertTrue(description("en/hai-phong/hung-thang/2025-12/index.html").endsWith(": 79.17%."));
  }

  private String description(String page) throws IOException {
    return site.page(page).selectFirst("meta[property=og:description]").attr("content");
  }

  @Test
  void theGlossaryListsEveryAbbreviationThenEveryTermInBothLanguages() throws IOException {
    Document vi = site.page("glossary/index.html");
    assertEquals("Thuật ngữ và chữ viết tắt", vi.selectFirst("h1").text());
    List<Element> lists = vi.select("dl.glossary");
    assertEquals(2, lists.size());
    List<Element> abbreviations = lists.get(0).select("div");
    assertEquals(Glossary.ABBREVIATIONS.size(), abbreviations.size());
    assertEquals("abbr-tthc", abbreviations.get(0).id());
    assertEquals("TTHC", abbreviations.get(0).selectFirst("dt").text());
    assertEquals("thủ tục hành chính", abbreviations.get(0).selectFirst("dd").text());
    List<Element> terms = lists.get(1).select("div");
    assertEquals(Glossary.TERMS.size(), terms.size());
    Element stock = vi.getElementById("term-stock");
    assertEquals("Số liệu tại một thời điểm (tính đến ngày)", stock.selectFirst("dt").text());
    assertEquals("term-full-online", terms.get(0).id());
    Document en = site.page("en/glossary/index.html");
    assertEquals("administrative procedure (thủ tục hành chính)", en.getElementById("abbr-tthc").selectFirst("dd").text());
    assertEquals("Figures at a date (as of)", en.getElementById("term-stock").selectFirst("dt").text());
  }

  private static Element dictionaryRow(Document d, String path) {
    for (Element row : d.select("table.dictionary tr")) {
      Element code = row.selectFirst("td code");
      if (code != null && code.text().equals(path)) {
        return row;
      }
    }
    throw new AssertionError("no dictionary row for " + path);
  }

  @Test
  void theDictionaryListsEveryIndicatorAndEachFieldsValuesMeaningAndKindInTheReadersLanguage() throws IOException {
    Document vi = site.page("data-dictionary/index.html");
    Document en = site.page("en/data-dictionary/index.html");
    List<Element> indicators = vi.select("#indicators + div table tbody tr");
    assertEquals(vn.xaso.derive.Indicator.values().length, indicators.size());
    vn.xaso.derive.Indicator first = vn.xaso.derive.Indicator.values()[0];
    assertEquals(first.code(), indicators.get(0).selectFirst("code").text());
    assertEquals(first.label(vn.xaso.model.Lang.VI), indicators.get(0).select("td").get(1).text());
    assertEquals(first.label(vn.xaso.model.Lang.EN), en.select("#indicators + div table tbody tr").get(0).select("td").get(1).text());
    // A listed value with its words in the page's language.
    String viValues = dictionaryRow(vi, "source.issuer_block").select("td").get(5).text();
    String enValues = dictionaryRow(en, "source.issuer_block").select("td").get(5).text();
    assertTrue(viValues.startsWith("party (") && viValues.contains("government ("), viValues);
    assertTrue(enValues.startsWith("party (") && !enValues.equals(viValues), enValues);
    // A figure's meaning says which kind of figure it is; a name's does not.
    assertTrue(dictionaryRow(vi, "dossiers.received").select("td").get(4).text().contains(" — "));
    assertFalse(dictionaryRow(vi, "source.number").select("td").get(4).text().contains(" — "));
    assertTrue(vi.select("h2 code").size() >= 2, "a table per file");
  }

  @Test
  void theDictionaryAndTheNotFoundPageExistInBothLanguages() throws IOException {
    assertEquals("Từ điển dữ liệu", site.page("data-dictionary/index.html").selectFirst("h1").text());
    assertEquals("Data dictionary", site.page("en/data-dictionary/index.html").selectFirst("h1").text());
    assertEquals("Không tìm thấy trang", site.page("404.html").selectFirst("h1").text());
    assertEquals("Page not found", site.page("en/404.html").selectFirst("h1").text());
  }
}
