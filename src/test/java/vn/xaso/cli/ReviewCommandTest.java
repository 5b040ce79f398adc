package vn.xaso.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.testing.TinyProject;

/** {@code xaso review}: the kept text beside the figures, each marked as the reviewer needs it. */
class ReviewCommandTest {
  private static final String REPORT = TinyProject.DECEMBER_SIGNED.replace("title: {vi: Báo cáo tháng 12}",
      "title: {vi: Báo cáo tháng 12}\n  file: bc-12.pdf") + """
      dossiers:
        received: 239
        resolved: 223
        rejected: 2
      """;
  private static final String TEXT = """
      BÁO CÁO
      Tổng số hồ sơ tiếp nhận trong kỳ: 239 hồ sơ, đã giải quyết 223 hồ sơ.
      Có 7 thôn chưa có sóng; 2 hồ sơ bị từ chối.
      """;
  private static final String EVIDENCE = """
      figures:
        dossiers.received:
          line: 2
          quote: "Tổng số hồ sơ tiếp nhận trong kỳ: 239 hồ sơ"
        dossiers.resolved:
          line: 3
          quote: "đã giải quyết 223 hồ sơ"
      """;

  @Test
  void theReviewPageMarksFoundQuotesQuotesNotFoundFiguresWithoutEvidenceAndNumbersRecordedNowhere(@TempDir Path dir)
      throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file("data/hai-phong/hung-thang/2025-12.yaml", REPORT)
        .file("data/hai-phong/hung-thang/2025-12.evidence.yaml", EVIDENCE)
        .file("sources/hai-phong/hung-thang/bc-12.txt", TEXT);
    TinyProject.Run run = p.run("review", "data/hai-phong/hung-thang/2025-12.yaml");
    assertEquals(0, run.exit(), run.out() + run.err());
    Path page = dir.resolve("target/review/hai-phong-hung-thang-2025-12.html");
    assertEquals(page + ": 3 số liệu (1 tìm thấy câu trích, 1 không thấy, 1 chưa có nguồn), 2 số chưa ghi; cần xem 5 giá"
        + " trị / 3 figures (1 quotes found, 1 not found, 1 without evidence), 2 numbers recorded nowhere; 5 values to"
        + " look at", run.out().strip());
    Document doc = Jsoup.parse(Files.readString(page));
    assertEquals("found", doc.getElementById("f-dossiers-received").className());
    assertEquals("not-found", doc.getElementById("f-dossiers-resolved").className());
    assertEquals("none", doc.getElementById("f-dossiers-rejected").className());
    Element found = doc.selectFirst("#L2 mark.found a");
    assertNotNull(found);
    assertEquals("#f-dossiers-received", found.attr("href"));
    assertEquals("Tổng số hồ sơ tiếp nhận trong kỳ: 239 hồ sơ", found.text());
    // 7 is recorded nowhere; 223 neither, its quote being sought on the wrong line; 2 is the value
    // of a figure without evidence, so it is recorded.
    assertEquals("7", doc.selectFirst("#L3 mark.unrecorded").text());
    assertEquals("223", doc.selectFirst("#L2 mark.unrecorded").text());
    assertEquals(2, doc.select(".text mark.unrecorded").size());
    assertTrue(doc.selectFirst("#f-dossiers-resolved a").text().startsWith("không thấy ở dòng / not found on line 3"));
  }

  @Test
  void aReportWithoutAKeptTextIsAMistakeInTheCommand(@TempDir Path dir) throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file("data/hai-phong/hung-thang/2025-12.yaml", REPORT);
    TinyProject.Run run = p.run("review", "data/hai-phong/hung-thang/2025-12.yaml");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("error[usage-other] Lệnh dùng sai: Báo cáo chưa có văn bản lưu trong sources/\n"
        + "    Bad usage: The report has no kept text under sources/"), run.err());
  }
}
