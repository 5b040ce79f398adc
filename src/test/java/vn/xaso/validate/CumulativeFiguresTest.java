package vn.xaso.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Check;
import vn.xaso.testing.TinyProject;

/**
 * Issue #22, item 5, across periods of one commune: a count declared cumulative
 * ({@code Rule.Cumulative}) never falls from one report to a later one whose counts start from
 * the same day ({@code period.since} of an "as of" report, or a range's start). Each report here
 * is Hùng Thắng's, figures from line 9 on.
 */
class CumulativeFiguresTest {
  private static final String FOLDER = "data/hai-phong/hung-thang/";

  @TempDir Path dir;

  /** A signed "as of" report numbered {@code number}, counted from {@code since} (none when null). */
  private static String asOf(String date, String since, int number, String figures) {
    String period = "{as_of: " + date + (since == null ? "" : ", since: " + since) + "}";
    return TinyProject.DECEMBER_SIGNED.replace("{start: 2025-12-01, end: 2025-12-31}", period)
        .replace("1/BC-UBND", number + "/BC-UBND").replace("date: 2025-12-31", "date: " + date) + figures;
  }

  private TinyProject project() throws Exception {
    return TinyProject.withCommune(dir);
  }

  /** Each problem's first two printed lines. */
  private List<String> shown() throws Exception {
    return new Check().run(dir).problems().all().stream()
        .map(p -> p.format().substring(0, p.format().indexOf("\n    →"))).toList();
  }

  @Test
  void aCumulativeCountThatFallsIsAnErrorNamingBothReportsBothFiguresAndBothPeriods() throws Exception {
    project().file(FOLDER + "2025-08-31.yaml", asOf("2025-08-31", "2025-07-01", 1, "dossiers: {received: 100}\n"))
        .file(FOLDER + "2025-09-30.yaml", asOf("2025-09-30", "2025-07-01", 2, "dossiers: {received: 80}\n"));
    // The message names periods only (it is what a report page shows once confirmed); the hint,
    // which only staff read, names the earlier file.
    assertEquals(List.of("""
        data/hai-phong/hung-thang/2025-09-30.yaml:9:12: error[cumulative-fell] dossiers.received: Hồ sơ tiếp nhận \
        lũy kế từ 01/07/2025 giảm từ 100 (tính đến 31/08/2025) xuống 80 (tính đến 30/09/2025).
            Dossiers received counted from 1 Jul 2025 fell from 100 (as of 31 Aug 2025) to 80 (as of 30 Sep 2025).
            → Số lũy kế từ cùng một ngày chỉ tăng hoặc giữ nguyên: kiểm tra báo cáo này, báo cáo \
        data/hai-phong/hung-thang/2025-08-31.yaml và ngày period.since của chúng; nếu báo cáo đã ký ghi đúng như vậy \
        (ví dụ đính chính số kỳ trước), thêm dossiers.received vào confirmed_as_reported.
            → A count from the same day only grows or stays: check this report, \
        data/hai-phong/hung-thang/2025-08-31.yaml and their period.since; if the signed report says exactly this \
        (correcting the earlier figure, say), add dossiers.received to confirmed_as_reported."""),
        new Check().run(dir).problems().all().stream().map(p -> p.format()).toList());
  }

  @Test
  void asManyAsBeforeIsFineAndOneFewerIsAnError() throws Exception {
    project().file(FOLDER + "2025-08-31.yaml", asOf("2025-08-31", "2025-07-01", 1, "dossiers: {resolved: 100}\n"))
        .file(FOLDER + "2025-09-30.yaml", asOf("2025-09-30", "2025-07-01", 2, "dossiers: {resolved: 100}\n"));
    assertEquals(List.of(), shown());

    project().file(FOLDER + "2025-09-30.yaml", asOf("2025-09-30", "2025-07-01", 2, "dossiers: {resolved: 99}\n"));
    assertEquals(List.of("data/hai-phong/hung-thang/2025-09-30.yaml:9:12: error[cumulative-fell] dossiers.resolved"),
        idsAndFields());
  }

  @Test
  void reportsCountedFromDifferentDaysOrFromAnUnstatedDayAreNotCompared() throws Exception {
    project().file(FOLDER + "2025-08-31.yaml", asOf("2025-08-31", "2025-07-01", 1, "dossiers: {received: 100}\n"))
        .file(FOLDER + "2025-09-30.yaml", asOf("2025-09-30", "2025-09-01", 2, "dossiers: {received: 20}\n"))
        .file(FOLDER + "2025-10-31.yaml", asOf("2025-10-31", null, 3, "dossiers: {received: 10}\n"));
    assertEquals(List.of(), shown());
  }

  @Test
  void aMissingFigureIsUnknownNotZeroAndTheLastReportGivingItIsTheOneCompared() throws Exception {
    project().file(FOLDER + "2025-07-31.yaml", asOf("2025-07-31", "2025-07-01", 1, "dossiers: {received: 100}\n"))
        .file(FOLDER + "2025-08-31.yaml", asOf("2025-08-31", "2025-07-01", 2, "dossiers: {resolved: 50}\n"));
    assertEquals(List.of(), shown());

    project().file(FOLDER + "2025-09-30.yaml", asOf("2025-09-30", "2025-07-01", 3, "dossiers: {received: 90}\n"));
    List<String> shown = shown();
    assertEquals(1, shown.size(), shown.toString());
    assertTrue(shown.get(0).contains("giảm từ 100 (tính đến 31/07/2025) xuống 90"),
        shown.get(0));
  }

  @Test
  void aMonthStartingOnTheSameDayCountsFromItsStart() throws Exception {
    project().file(FOLDER + "2025-07.yaml", TinyProject.DECEMBER_SIGNED
            .replace("{start: 2025-12-01, end: 2025-12-31}", "{start: 2025-07-01, end: 2025-07-31}")
            .replace("date: 2025-12-31", "date: 2025-08-01") + "dossiers: {on_time: 40}\n")
        .file(FOLDER + "2025-08-31.yaml", asOf("2025-08-31", "2025-07-01", 2, "dossiers: {on_time: 39}\n"));
    assertEquals(List.of("data/hai-phong/hung-thang/2025-08-31.yaml:9:12: error[cumulative-fell] dossiers.on_time"),
        idsAndFields());
  }

  @Test
  void theSpanThatEndsLaterIsTheLaterOneWhicheverStartsFirst() throws Exception {
    project().file(FOLDER + "2025-07-01_2025-09-30.yaml", TinyProject.DECEMBER_SIGNED
            .replace("{start: 2025-12-01, end: 2025-12-31}", "{start: 2025-07-01, end: 2025-09-30}")
            .replace("date: 2025-12-31", "date: 2025-10-01") + "dossiers: {received: 100}\n")
        .file(FOLDER + "2025-08-31.yaml", asOf("2025-08-31", "2025-07-01", 2, "dossiers: {received: 90}\n"));
    List<String> shown = idsAndFields();
    assertEquals(List.of("data/hai-phong/hung-thang/2025-08-31.yaml:2:1: error[period-overlap] period"), shown);

    project().file(FOLDER + "2025-08-31.yaml", asOf("2025-08-31", "2025-07-01", 2, "dossiers: {received: 101}\n"));
    assertTrue(idsAndFields().contains(
        "data/hai-phong/hung-thang/2025-07-01_2025-09-30.yaml:9:12: error[cumulative-fell] dossiers.received"));
  }

  @Test
  void whatStandsAtADateMayFall() throws Exception {
    project().file(FOLDER + "2025-08-31.yaml", asOf("2025-08-31", "2025-07-01", 1,
            "dossiers: {in_progress: 50, overdue_in_progress: 5, overdue_in_progress_cumulative: 9, online_pct: 90}\n"))
        .file(FOLDER + "2025-09-30.yaml", asOf("2025-09-30", "2025-07-01", 2,
            "dossiers: {in_progress: 10, overdue_in_progress: 0, overdue_in_progress_cumulative: 2, online_pct: 80}\n"));
    assertEquals(List.of(), shown());
  }

  @Test
  void aFallTheSignedReportStatesIsAWarningOnceConfirmed() throws Exception {
    project().file(FOLDER + "2025-08-31.yaml", asOf("2025-08-31", "2025-07-01", 1, "dossiers: {received: 100}\n"))
        .file(FOLDER + "2025-09-30.yaml", asOf("2025-09-30", "2025-07-01", 2,
            "dossiers: {received: 80}\nconfirmed_as_reported: [dossiers.received]\n"));
    assertEquals(List.of("data/hai-phong/hung-thang/2025-09-30.yaml:9:12: warning[as-reported] dossiers.received"),
        idsAndFields());
  }

  @Test
  void sinceBesideARangeOrAfterItsDateIsRefused() throws Exception {
    project().file(FOLDER + "2025-12.yaml", TinyProject.DECEMBER_SIGNED.replace("end: 2025-12-31}",
        "end: 2025-12-31, since: 2025-07-01}"));
    assertEquals(List.of("data/hai-phong/hung-thang/2025-12.yaml:2:1: error[period-shape] period"), idsAndFields());

    Files.delete(dir.resolve(FOLDER + "2025-12.yaml"));
    project().file(FOLDER + "2025-08-31.yaml", asOf("2025-08-31", "2025-09-01", 1, ""));
    List<String> shown = idsAndFields();
    assertTrue(shown.contains("data/hai-phong/hung-thang/2025-08-31.yaml:2:29: error[period-order] period.since"),
        shown.toString());
  }

  @Test
  void aPullRequestLoweringAnEarlierCumulativeCountFailsValidate() throws Exception {
    TinyProject p = project()
        .file(FOLDER + "2025-08-31.yaml", asOf("2025-08-31", "2025-07-01", 1,
            "dossiers: {received: 1200, resolved: 1100, digitised: 900}\n"))
        .file(FOLDER + "2025-09-30.yaml", asOf("2025-09-30", "2025-07-01", 2,
            "dossiers: {received: 1500, resolved: 1400, digitised: 9}\n"));

    TinyProject.Run run = p.run("validate");

    assertEquals(1, run.exit(), run.out());
    assertTrue(run.out().contains("2025-09-30.yaml:9:44: error[cumulative-fell] dossiers.digitised: Hồ sơ được số hóa lũy kế"
        + " từ 01/07/2025 giảm từ 900"), run.out());
  }

  private List<String> idsAndFields() throws Exception {
    return new Check().run(dir).problems().all().stream()
        .map(p -> p.location() + ": " + p.severity().code() + "[" + p.code().id() + "] " + p.field()).toList();
  }
}
