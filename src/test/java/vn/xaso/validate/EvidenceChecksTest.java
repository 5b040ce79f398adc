package vn.xaso.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.testing.TinyProject;

/**
 * Each evidence rule on a tiny project whose report keeps its text: the problem as {@code xaso
 * validate} prints it (file, line, column, field, both languages), and the line telling the
 * numbers of the text recorded nowhere.
 */
class EvidenceChecksTest {
  private static final String REPORT = TinyProject.DECEMBER_SIGNED.replace("title: {vi: Báo cáo tháng 12}",
      "title: {vi: Báo cáo tháng 12}\n  file: bc-12.pdf") + """
      dossiers:
        received: 239
        resolved: 223
      """;
  private static final String TEXT = """
      BÁO CÁO
      Tổng số hồ sơ tiếp nhận trong kỳ: 239 hồ sơ, đã giải quyết
      223 hồ sơ.
      Nguồn lực tài chính của xã không đủ.
      Có 7 thôn chưa có sóng.
      """;
  private static final String GOOD = """
      figures:
        dossiers.received:
          line: 2
          quote: "tổng số hồ sơ tiếp nhận trong kỳ: 239 hồ sơ"
        dossiers.resolved:
          lines: [2, 3]
          quote: "đã giải quyết 223 hồ sơ"
      """;
  private static final String EVIDENCE = "data/hai-phong/hung-thang/2025-12.evidence.yaml";

  @TempDir Path dir;

  private TinyProject project(String evidence) throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file("data/hai-phong/hung-thang/2025-12.yaml", REPORT)
        .file("sources/hai-phong/hung-thang/bc-12.txt", TEXT);
    return evidence == null ? p : p.file(EVIDENCE, evidence);
  }

  private static List<String> heads(TinyProject.Run run) {
    return run.out().lines().filter(l -> l.startsWith("data/") || l.startsWith("sources/")).toList();
  }

  @Test
  void quotesFoundOnTheirLinesDrawNoProblemAndTheNumbersLeftAreCounted() throws Exception {
    TinyProject.Run run = project(GOOD).run("validate");
    assertEquals(0, run.exit(), run.out());
    assertEquals(List.of(
        "data/hai-phong/hung-thang/2025-12.yaml: 1/3 số trong văn bản lưu chưa ghi ở đâu (dòng 5) / 1 of 3 numbers of the"
            + " kept text recorded nowhere (lines 5)",
        "data/hai-phong/hung-thang/2025-12.yaml:1:1: warning[mentioned-not-recorded] finance: Văn bản có nhắc đến tài"
            + " chính (dòng 4: \"Nguồn lực tài chính của xã không đủ.\") nhưng tệp báo cáo không ghi."), heads(run));
    assertTrue(run.out().contains("    The text mentions finance (line 4: \"Nguồn lực tài chính của xã không đủ.\") but"
        + " the report file records nothing for it."), run.out());
  }

  @Test
  void aQuoteNotOnItsLineIsAnErrorThatShowsTheLine() throws Exception {
    TinyProject.Run run = project(GOOD.replace("line: 2", "line: 4")).run("validate");
    assertEquals(1, run.exit());
    assertTrue(heads(run).contains(EVIDENCE + ":4:5: error[quote-not-found] figures.dossiers.received.quote: Câu trích"
        + " không có ở dòng 4 của văn bản lưu."), run.out());
    assertTrue(run.out().contains("    The quote is not on line 4 of the kept text."), run.out());
    assertTrue(run.out().contains("Line 4 reads: \"Nguồn lực tài chính của xã không đủ.\""), run.out());
  }

  @Test
  void aQuoteMatchesAcrossLineBreaksAndSpacesAndCaseButNotOtherWords() throws Exception {
    assertEquals(0, project(GOOD.replace("đã giải quyết 223 hồ sơ", "ĐÃ   giải quyết 223 hồ sơ")).run("validate").exit());
    TinyProject.Run run = project(GOOD.replace("đã giải quyết 223 hồ sơ", "đã giải quyết được 223 hồ sơ")).run("validate");
    assertTrue(heads(run).contains(EVIDENCE + ":7:5: error[quote-not-found] figures.dossiers.resolved.quote: Câu trích"
        + " không có ở dòng 2 của văn bản lưu."), run.out());
  }

  @Test
  void aQuoteWithoutTheFiguresDigitsIsAnError() throws Exception {
    TinyProject.Run other = project(GOOD).file("data/hai-phong/hung-thang/2025-12.yaml",
        REPORT.replace("received: 239", "received: 293")).run("validate");
    assertEquals(1, other.exit());
    assertTrue(heads(other).contains(EVIDENCE + ":4:5: error[figure-not-in-quote] figures.dossiers.received.quote: Câu"
        + " trích không chứa số 293 của báo cáo."), other.out());
    assertTrue(other.out().contains("    The quote does not hold the report's figure 293."), other.out());
  }

  @Test
  void aKeyThatIsNoValueOfTheReportIsAnErrorWithASuggestion() throws Exception {
    TinyProject.Run run = project(GOOD.replace("dossiers.received:", "dossiers.recieved:")).run("validate");
    assertEquals(1, run.exit());
    assertTrue(heads(run).contains(EVIDENCE + ":2:3: error[evidence-not-a-figure] figures.dossiers.recieved:"
        + " dossiers.recieved không phải một giá trị của báo cáo. Có phải ý bạn là dossiers.received?"), run.out());
  }

  @Test
  void aFigureWithoutEvidenceIsAWarningAtTheFigure() throws Exception {
    TinyProject.Run run = project(GOOD.replace("""
          dossiers.resolved:
            lines: [2, 3]
            quote: "đã giải quyết 223 hồ sơ"
        """, "")).run("validate");
    assertEquals(0, run.exit(), run.out());
    assertTrue(heads(run).contains("data/hai-phong/hung-thang/2025-12.yaml:12:3: warning[figure-without-evidence]"
        + " dossiers.resolved: Số liệu 223 chưa có nguồn trong văn bản lưu."), run.out());
    assertTrue(run.out().contains("    Figure 223 has no evidence in the kept text."), run.out());
  }

  @Test
  void noFigureIsAskedForEvidenceWhenNoTextIsKept() throws Exception {
    TinyProject.Run run = TinyProject.withCommune(dir).file("data/hai-phong/hung-thang/2025-12.yaml", REPORT)
        .run("validate");
    assertEquals(0, run.exit(), run.out());
    assertFalse(run.out().contains("figure-without-evidence"), run.out());
    assertFalse(run.out().contains("mentioned-not-recorded"), run.out());
  }

  @Test
  void evidenceWithoutAKeptTextIsAWarningSinceNothingCanBeChecked() throws Exception {
    // A clone or copy of data/ without sources/ is still valid data; its evidence waits for its text.
    TinyProject.Run run = TinyProject.withCommune(dir).file("data/hai-phong/hung-thang/2025-12.yaml", REPORT)
        .file(EVIDENCE, GOOD).run("validate");
    assertEquals(0, run.exit());
    assertEquals(List.of(EVIDENCE + ":0:0: warning[evidence-without-text] Có tệp nguồn số liệu nhưng không có văn bản"
        + " lưu sources/hai-phong/hung-thang/bc-12.txt để đối chiếu."), heads(run));
  }

  @Test
  void aLineTheTextDoesNotHaveIsAnError() throws Exception {
    TinyProject.Run run = project(GOOD.replace("lines: [2, 3]", "lines: [2, 30]")).run("validate");
    assertEquals(1, run.exit());
    assertTrue(heads(run).contains(EVIDENCE + ":6:5: error[evidence-line-range] figures.dossiers.resolved.lines: Văn"
        + " bản lưu không có dòng 30 (chỉ có 5 dòng)."), run.out());
  }

  @Test
  void aQuoteOver200CharactersIsAnError() throws Exception {
    String longer = "tổng số hồ sơ tiếp nhận trong kỳ: 239 hồ sơ" + " x".repeat(90);
    TinyProject.Run run = project(GOOD.replace("\"tổng số hồ sơ tiếp nhận trong kỳ: 239 hồ sơ\"", "\"" + longer + "\""))
        .run("validate");
    assertTrue(heads(run).contains(EVIDENCE + ":4:5: error[quote-too-long] figures.dossiers.received.quote: Câu"
        + " trích dài 223 ký tự, quá 200."), run.out());
  }

  @Test
  void evidenceNeedsAQuoteAndALine() throws Exception {
    TinyProject.Run run = project("""
        figures:
          dossiers.received:
            line: 2
          dossiers.resolved:
            quote: "đã giải quyết"
        """).run("validate");
    assertEquals(1, run.exit());
    assertTrue(heads(run).contains(EVIDENCE + ":2:3: error[evidence-no-quote] figures.dossiers.received: Thiếu câu"
        + " trích: cần quote, hoặc computed kèm các phần parts."), run.out());
    assertTrue(heads(run).contains(EVIDENCE + ":4:3: error[evidence-no-line] figures.dossiers.resolved: Câu trích"
        + " thiếu số dòng (line, hoặc lines khi vắt qua dòng)."), run.out());
  }

  @Test
  void aComputedFigureNeedsOnlyItsPartsQuoted() throws Exception {
    TinyProject.Run run = project(GOOD.replace("""
          dossiers.resolved:
            lines: [2, 3]
            quote: "đã giải quyết 223 hồ sơ"
        """, """
          dossiers.resolved:
            computed: "239 - 16"
            parts:
              - line: 2
                quote: "239 hồ sơ"
              - line: 5
                quote: "có 16 thôn"
        """)).run("validate");
    assertEquals(1, run.exit());
    assertEquals(List.of(EVIDENCE + ":11:9: error[quote-not-found] figures.dossiers.resolved.parts[1].quote: Câu"
        + " trích không có ở dòng 5 của văn bản lưu."), heads(run).stream().filter(l -> l.contains("error")).toList());
  }

  @Test
  void theEvidenceFileIsReadLikeAReportWithPositions() throws Exception {
    TinyProject.Run run = project(GOOD + "figure: {}\n").run("validate");
    assertTrue(heads(run).contains(EVIDENCE + ":8:1: error[unknown-field] figure: Trường không có trong mẫu: figure."
        + " Có phải ý bạn là figures?"), run.out());
    TinyProject.Run wrong = project(GOOD.replace("line: 2", "line: hai")).run("validate");
    assertTrue(heads(wrong).contains(EVIDENCE + ":3:11: error[not-integer] figures.dossiers.received.line: hai không"
        + " phải số nguyên không âm."), wrong.out());
  }

  @Test
  void aKeptTextThatIsALinkIsRefusedByTheProjectsGate() throws Exception {
    TinyProject p = project(GOOD);
    Path text = p.path("sources/hai-phong/hung-thang/bc-12.txt");
    Path elsewhere = dir.resolve("elsewhere.txt");
    Files.move(text, elsewhere);
    Files.createSymbolicLink(text, elsewhere);
    TinyProject.Run run = p.run("validate");
    assertEquals(1, run.exit());
    assertTrue(heads(run).contains("sources/hai-phong/hung-thang/bc-12.txt:0:0: error[path-link]"
        + " sources/hai-phong/hung-thang/bc-12.txt đi qua liên kết sources/hai-phong/hung-thang/bc-12.txt; Xã Số không"
        + " đọc và không đăng tệp qua liên kết."), run.out());
  }

  @Test
  void aKeptTextThatIsNotUtf8IsRefused() throws Exception {
    TinyProject p = project(GOOD);
    Files.write(p.path("sources/hai-phong/hung-thang/bc-12.txt"), new byte[] {'B', 'C', (byte) 0xC3, '\n'});
    TinyProject.Run run = p.run("validate");
    assertTrue(heads(run).contains("sources/hai-phong/hung-thang/bc-12.txt:0:0: error[kept-text-refused] Văn bản lưu"
        + " sources/hai-phong/hung-thang/bc-12.txt bị từ chối: không phải UTF-8."), run.out());
    assertTrue(run.out().contains("    The kept text sources/hai-phong/hung-thang/bc-12.txt is refused: not UTF-8."),
        run.out());
  }
}
