package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Check;
import vn.xaso.problem.Problem;
import vn.xaso.testing.TinyProject;

/**
 * A transcriber's note naming the part of the report it is about is said right after that part's
 * figures, as the validator's warnings are; a note naming none, or a part the report does not
 * give, stays under "data-quality notes". Every note stays visible and counted.
 */
class QualityNotePlacesTest {
  @TempDir
  static Path out;
  private static BuiltSite sample;
  private static final String CHI_MINH = "hai-phong/chi-minh/2025-07-31/";
  private static final String HUNG_THANG = "hai-phong/hung-thang/2025-11-28_2025-12-05/";

  @TempDir
  Path dir;

  @BeforeAll
  static void build() throws IOException {
    sample = BuiltSite.build(Path.of("").toAbsolutePath(), out.resolve("site"));
  }

  @Test
  void theSampleNotesFollowTheFiguresTheyConcern() throws IOException {
    Document vi = sample.page(CHI_MINH + "index.html");
    assertTrue(vi.selectFirst("#infrastructure > .quality-here").text().contains("17/40 máy tính có phần mềm chống mã độc"));
    assertTrue(vi.selectFirst("#difficulties > .quality-here").text().contains("việc ghép cặp ở đây là của người nhập liệu"));
    assertTrue(vi.selectFirst("#source > .quality-here").text().contains("không có phần đầu"));
    // Said once: the placed notes are not repeated in the report-wide box.
    Element quality = vi.getElementById("quality");
    assertTrue(quality == null || !quality.text().contains("17/40"), "not said twice");
    assertEquals(1, vi.select("li:contains(17/40 máy tính)").size());

    assertEquals("Báo cáo này có 5 lưu ý về chất lượng số liệu: mỗi cảnh báo và mỗi ghi chú của người nhập liệu nằm "
        + "ngay sau số liệu nó nói đến.", vi.selectFirst(".quality-pointer").text(), "no report-wide box to point to");
    Document en = sample.page("en/" + CHI_MINH + "index.html");
    assertTrue(en.selectFirst("#infrastructure > .quality-here").text().contains("17 of 40 computers with anti-malware"));

    Document ht = sample.page(HUNG_THANG + "index.html");
    assertTrue(ht.selectFirst("#source > .quality-here").text().contains("tính đến 07/11/2025 nhưng số liệu hồ sơ"));
    Element general = ht.getElementById("quality");
    assertTrue(general.text().contains("Phụ lục 01–04 được nhắc đến"), "a note on the whole report stays where it was");
    assertFalse(general.text().contains("tính đến 07/11/2025 nhưng"));
    assertTrue(ht.selectFirst(".quality-pointer").text().startsWith("Báo cáo này có 7 lưu ý"), "every note still counted");
  }

  @Test
  void theWarningsFileNamesEachNotesPartInItsFieldColumn() throws IOException {
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(sample.text("data/all/warnings.csv").replace("\uFEFF", ""))).getRecords();
    List<CSVRecord> notes = rows.stream().filter(r -> r.get("kind").equals("quality_note")
        && r.get("commune").equals("chi-minh")).toList();
    assertEquals(List.of("source", "infrastructure", "difficulties"), notes.stream().map(r -> r.get("field")).toList());
    CSVRecord whole = rows.stream().filter(r -> r.get("kind").equals("quality_note")
        && r.get("message_vi").startsWith("Phụ lục 01–04")).findFirst().orElseThrow();
    assertEquals("", whole.get("field"), "a note on the whole report names no field");
  }

  @Test
  void aNoteOnAPartTheReportLeavesOutStaysWithTheReportWideNotes() throws IOException {
    BuiltSite.copyTheme(dir);
    TinyProject.withCommune(dir).file("data/hai-phong/hung-thang/2025-12.yaml", TinyProject.DECEMBER_SIGNED + """
        procedures: {total: 10, full_online: 4}
        quality_notes:
          - {vi: Số TTHC lấy từ phụ lục., en: Procedure counts come from the appendix., part: procedures}
          - {vi: Báo cáo không nêu số hồ sơ., part: dossiers}
          - {vi: Bản chụp mờ.}
        """);
    BuiltSite site = BuiltSite.build(dir, dir.resolve("out"));
    Document vi = site.page("hai-phong/hung-thang/2025-12/index.html");
    assertEquals("Số TTHC lấy từ phụ lục.", vi.selectFirst("#procedures > .quality-here li").text());
    assertNull(vi.getElementById("dossiers"), "the report gives no dossiers, so no section holds the note");
    assertEquals(List.of("Báo cáo không nêu số hồ sơ.", "Bản chụp mờ."), vi.select("#quality li").eachText());
    assertNotNull(vi.selectFirst("nav.toc a[href=#quality]"));
    Document en = site.page("en/hai-phong/hung-thang/2025-12/index.html");
    Element untranslated = en.selectFirst("#quality li [lang=vi]");
    assertNotNull(untranslated, "a note without English is marked as Vietnamese on the English page");
  }

  @Test
  void aConfirmedFallOfACumulativeCountIsToldInPeriodsNeverInFileNames() throws IOException {
    BuiltSite.copyTheme(dir);
    TinyProject.withCommune(dir)
        .file("data/hai-phong/hung-thang/2025-08-31.yaml", asOf("2025-08-31", 1, "dossiers: {received: 100}\n"))
        .file("data/hai-phong/hung-thang/2025-09-30.yaml", asOf("2025-09-30", 2,
            "dossiers: {received: 80}\nconfirmed_as_reported: [dossiers.received]\n"));
    BuiltSite site = BuiltSite.build(dir, dir.resolve("out"));
    Document vi = site.page("hai-phong/hung-thang/2025-09-30/index.html");
    assertEquals("Đúng như báo cáo đã ký (đã xác nhận): Hồ sơ tiếp nhận lũy kế từ 01/07/2025 giảm từ 100 "
        + "(tính đến 31/08/2025) xuống 80 (tính đến 30/09/2025).", vi.selectFirst("#dossiers > .quality-here li").text());
    Document en = site.page("en/hai-phong/hung-thang/2025-09-30/index.html");
    assertEquals("As the signed report states (confirmed): Dossiers received counted from 1 Jul 2025 fell from 100 "
        + "(as of 31 Aug 2025) to 80 (as of 30 Sep 2025).", en.selectFirst("#dossiers > .quality-here li").text());
    assertFalse(vi.text().contains(".yaml") || en.text().contains(".yaml"), "no data file named on a page");
  }

  /** Hùng Thắng's signed "as of" report numbered {@code number}, its counts starting 01/07/2025. */
  private static String asOf(String date, int number, String figures) {
    return TinyProject.DECEMBER_SIGNED.replace("{start: 2025-12-01, end: 2025-12-31}",
            "{as_of: " + date + ", since: 2025-07-01}")
        .replace("1/BC-UBND", number + "/BC-UBND").replace("date: 2025-12-31", "date: " + date) + figures;
  }

  @Test
  void aNoteNamingNoPartOfAReportIsRefused() throws Exception {
    TinyProject.withCommune(dir).file("data/hai-phong/hung-thang/2025-12.yaml", TinyProject.DECEMBER_SIGNED + """
        quality_notes:
          - {vi: Ghi chú về hồ sơ, part: dosiers}
        """);
    Problem p = new Check().run(dir).problems().all().stream().filter(x -> x.code().id().equals("quality-note-part"))
        .findFirst().orElseThrow();
    String f = p.format();
    assertEquals("data/hai-phong/hung-thang/2025-12.yaml:10:28: error[quality-note-part] quality_notes[0].part: "
        + "Ghi chú chất lượng nói về phần dosiers, nhưng báo cáo không có phần nào tên như vậy. Có phải ý bạn là dossiers?\n"
        + "    The quality note is about the part dosiers, but a report has no part of that name. Did you mean dossiers?",
        f.substring(0, f.indexOf("\n    →")));
  }
}
