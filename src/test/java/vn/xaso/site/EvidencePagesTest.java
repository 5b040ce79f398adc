package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.testing.TinyProject;

/**
 * The sample reports' pages against their kept texts: no page says the report does not state
 * something its text speaks of; each figure opens its quote; a People's Committee's text is
 * published with its figures marked and linked back, a Party committee's is not.
 */
class EvidencePagesTest {
  private static final String HUNG_THANG = "hai-phong/hung-thang/2025-11-28_2025-12-05/index.html";
  private static final String CHI_MINH = "hai-phong/chi-minh/2025-07-31/index.html";
  private static final String MINH_LONG = "quang-ngai/minh-long/2025-10-08/index.html";
  private static final Map<String, String> TEXTS = Map.of(
      HUNG_THANG, "sources/hai-phong/hung-thang/hung-thang_2025-12-05_dang-uy.txt",
      CHI_MINH, "sources/hai-phong/chi-minh/chi-minh_2025-07_ubnd.txt",
      MINH_LONG, "sources/quang-ngai/minh-long/minh-long_2025-10_ubnd.txt");

  @TempDir static Path out;
  private static BuiltSite site;

  @BeforeAll
  static void build() throws Exception {
    site = BuiltSite.build(Path.of(""), out.resolve("site"));
  }

  /** What a page says the report does not state: fields, and whole parts. */
  private static List<String> notStated(Document page) {
    List<String> out = new ArrayList<>();
    for (Element p : page.select("#as-reported p.missing")) {
      String text = p.text();
      String list = text.substring(text.indexOf(':') + 1).replaceFirst("\\.$", "");
      for (String label : list.split(";")) {
        out.add(label.strip());
      }
    }
    return out;
  }

  private static List<String> mentioned(Document page) {
    return page.select("#as-reported .mentioned li").eachText();
  }

  private static String fold(String s) {
    return Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
        .replace('đ', 'd').replaceAll("\\s+", " ");
  }

  /**
   * Read from the texts by a person, not by the site's vocabulary: parts each report's text
   * speaks of that its file records no figure for (the audit's wrong claims among them).
   */
  private static final Map<String, Map<String, String>> SPOKEN_OF = Map.of(
      HUNG_THANG, Map.of("Tài chính", "Nguồn lực tài chính của xã không đủ",
          "Tỷ lệ TTHC được niêm yết công khai", "bảng niên yết công khai thủ tục",
          "Công chức phụ trách CNTT, chuyển đổi số", "chuyên trách về công nghệ"),
      CHI_MINH, Map.of("Máy scan", "máy scan", "Máy in", "máy in",
          "Hồ sơ TTHC trong kỳ", "giải quyết hồ sơ"),
      MINH_LONG, Map.of("Tài chính", "tài chính", "Tổ công nghệ số cộng đồng", "thành lập Tổ công nghệ số cộng đồng",
          "Máy scan", "Máy Scan A3", "Đường truyền Internet", "đường truyền internet"));

  @Test
  void noPageSaysItsReportDoesNotStateWhatItsTextSpeaksOf() throws Exception {
    for (Map.Entry<String, Map<String, String>> report : SPOKEN_OF.entrySet()) {
      Document page = site.page(report.getKey());
      String text = fold(Files.readString(Path.of(TEXTS.get(report.getKey()))));
      List<String> claimed = notStated(page);
      List<String> mentions = mentioned(page);
      for (Map.Entry<String, String> spoken : report.getValue().entrySet()) {
        assertTrue(text.contains(fold(spoken.getValue())), report.getKey() + " text: " + spoken.getValue());
        assertFalse(claimed.contains(spoken.getKey()), report.getKey() + " claims absent: " + spoken.getKey());
        assertTrue(mentions.stream().anyMatch(m -> m.startsWith(spoken.getKey() + ": ")),
            report.getKey() + " says " + spoken.getKey() + " is mentioned: " + mentions);
      }
    }
  }

  /**
   * Whatever a page says is not stated does not stand in its text under its own name. The
   * infrastructure part is left out: its blocks are named by bodies a report names for other
   * reasons ("sự lãnh đạo của Đảng uỷ, Hội đồng nhân dân"), and "máy tính dùng mạng diện rộng của
   * Đảng" is the Party's, rightly not stated for the Council.
   */
  @Test
  void noAbsenceClaimedOnASamplePageNamesWordsOfItsText() throws Exception {
    for (String page : TEXTS.keySet()) {
      String text = fold(Files.readString(Path.of(TEXTS.get(page))));
      Document doc = site.page(page);
      doc.select("section#infrastructure").remove();
      List<String> claimed = notStated(doc);
      assertFalse(claimed.isEmpty(), page);
      for (String label : claimed) {
        assertFalse(text.contains(fold(label)), page + ": \"" + label + "\" is in the text");
      }
    }
  }

  @Test
  void theFinanceClaimOfHungThangsPageIsNowAMentionWithItsLine() throws Exception {
    Document page = site.page(HUNG_THANG);
    assertFalse(page.text().contains("Các phần báo cáo này không đề cập: Tài chính"), page.text());
    Element finance = page.select("#as-reported .mentioned li").stream()
        .filter(li -> li.text().startsWith("Tài chính:")).findFirst().orElseThrow();
    assertEquals("Tài chính: thiết bị mạng, hạ tầng mạng, phủ sóng các vùng lõm sóng, lõm điện…; tài chính cơ (dòng 58)",
        finance.text());
    // A Party committee's text is not published: the line is named, not linked.
    assertTrue(finance.select("a").isEmpty(), finance.outerHtml());
  }

  @Test
  void everyFigureOfASampleOpensItsQuoteWithoutScript() throws Exception {
    Document page = site.page(HUNG_THANG);
    Element row = page.getElementById("f-dossiers-received");
    assertNotNull(row, "row of dossiers.received");
    Element details = row.selectFirst("details.quote");
    assertNotNull(details, row.outerHtml());
    assertEquals("Nguồn trong văn bản (dòng 224)", details.selectFirst("summary").text());
    assertTrue(details.selectFirst("blockquote").text().contains("239 hồ sơ"), details.outerHtml());
    assertEquals(42, page.select("details.quote").size());
    assertEquals(11, site.page(CHI_MINH).select("details.quote").size());
    assertEquals(16, site.page(MINH_LONG).select("details.quote").size());
  }

  @Test
  void aPeoplesCommitteesTextIsPublishedWithItsFiguresMarkedAndLinkedBack() throws Exception {
    Document report = site.page(CHI_MINH);
    Element link = report.selectFirst("details.quote a");
    assertNotNull(link);
    assertTrue(link.attr("href").matches("text/#L\\d+"), link.attr("href"));
    Document text = site.page("hai-phong/chi-minh/2025-07-31/text/index.html");
    String line = link.attr("href").substring("text/#".length());
    assertNotNull(text.getElementById(line), line);
    List<Element> marks = text.select("ol.kept-text a.fig");
    assertFalse(marks.isEmpty());
    for (Element mark : marks) {
      String href = mark.attr("href");
      assertTrue(href.startsWith("../#f-"), href);
      assertNotNull(report.getElementById(href.substring("../#".length())), href);
    }
    assertEquals(Files.readAllLines(Path.of(TEXTS.get(CHI_MINH))).size(), text.select("ol.kept-text > li").size());
  }

  @Test
  void aPartyCommitteesTextAndOriginalAreNotPublished() {
    assertFalse(site.files().stream().anyMatch(f -> f.startsWith("hai-phong/hung-thang/2025-11-28_2025-12-05/text/")));
    assertFalse(site.files().stream().anyMatch(f -> f.contains("hung-thang_2025-12-05_dang-uy")), site.files().toString());
    assertTrue(site.files().contains("data/hai-phong/chi-minh/sources/chi-minh_2025-07_ubnd.txt"));
  }

  @Test
  void withoutAKeptTextNothingIsClaimedAboutTheReport(@TempDir Path dir) throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file("data/hai-phong/hung-thang/2025-12.yaml",
        TinyProject.DECEMBER_SIGNED + "dossiers:\n  received: 10\n");
    BuiltSite.copyTheme(dir);
    BuiltSite tiny = BuiltSite.build(dir, dir.resolve("out"));
    Document page = tiny.page("hai-phong/hung-thang/2025-12/index.html");
    assertTrue(page.select("#as-reported p.missing").isEmpty(), page.select("#as-reported").outerHtml());
    Element unrecorded = page.selectFirst("#as-reported p.unrecorded");
    assertNotNull(unrecorded);
    assertTrue(unrecorded.text().startsWith("Chưa ghi nhận ở đây: "), unrecorded.text());
    assertTrue(page.select("details.quote").isEmpty());
  }
}
