package vn.xaso.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Check;
import vn.xaso.load.Limits;
import vn.xaso.problem.Problem;
import vn.xaso.schema.Schema;
import vn.xaso.testing.TinyProject;

/**
 * Issue #22, item 5: the figures the attack run passed, and the checks it found missing, each
 * read as {@code xaso validate} prints it. The clock is fixed on 10 January 2026 (in Vietnam), so
 * what is "in the future" does not depend on the day the tests run.
 */
class AttackRunChecksTest {
  private static final String FILE = "data/hai-phong/hung-thang/2025-12.yaml";
  private static final String HEAD = TinyProject.DECEMBER_SIGNED;
  private static final Clock JANUARY_10 = Clock.fixed(Instant.parse("2026-01-09T18:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private List<Problem> run() throws Exception {
    return new Check(new Schema(), Limits.DEFAULT, new Validator(JANUARY_10)).run(dir).problems().all();
  }

  /** Each problem's first two printed lines, without the file name. */
  private List<String> shown(String figures) throws Exception {
    TinyProject.withCommune(dir).file(FILE, HEAD + figures);
    return shown();
  }

  private List<String> shown() throws Exception {
    return run().stream().map(p -> p.format().substring(0, p.format().indexOf("\n    →")))
        .map(s -> s.startsWith("data/hai-phong/hung-thang/") ? s.substring("data/hai-phong/hung-thang/".length()) : s)
        .toList();
  }

  @Test
  void receivedInPersonAboveReceivedIsAnError() throws Exception {
    assertEquals(List.of("""
        2025-12.yaml:9:27: error[exceeds] dossiers.received_in_person: Hồ sơ trực tiếp (500) lớn hơn hồ sơ tiếp nhận (239).
            Dossiers received in person (500) exceeds dossiers received (239)."""),
        shown("dossiers: {received: 239, received_in_person: 500}\n"));
  }

  @Test
  void overdueInProgressAboveInProgressIsAnError() throws Exception {
    assertEquals(List.of("""
        2025-12.yaml:9:28: error[exceeds] dossiers.overdue_in_progress: Hồ sơ đang giải quyết quá hạn (50) lớn hơn \
        hồ sơ đang giải quyết (2).
            Overdue dossiers in progress (50) exceeds dossiers in progress (2)."""),
        shown("dossiers: {in_progress: 2, overdue_in_progress: 50}\n"));
  }

  @Test
  void earlyIsPartOfOnTimeSoMoreEarlyThanOnTimeIsAnError() throws Exception {
    assertEquals(List.of("""
        2025-12.yaml:9:41: error[exceeds] dossiers.early: Hồ sơ trước hạn (150) lớn hơn hồ sơ đúng hạn (100).
            Dossiers resolved early (150) exceeds dossiers on time (100)."""),
        shown("dossiers: {resolved: 200, on_time: 100, early: 150}\n"));
    // "trước hạn 20, đúng hạn 100" is recorded as early 20 of on_time 120: no problem.
    assertEquals(List.of(), shown("dossiers: {resolved: 200, on_time: 120, early: 20}\n"));
  }

  @Test
  void aMissingCarriedOverIsUnknownNotZero() throws Exception {
    assertEquals(List.of(), shown("dossiers: {received: 239, to_handle: 320, resolved: 300}\n"));
  }

  @Test
  void toHandleSumsAreAddedInLongAndNeverWrapAround() throws Exception {
    assertEquals(List.of("""
        2025-12.yaml:9:60: error[sum-mismatch] dossiers.to_handle: Tổng 2147483647 khác hồ sơ tiếp nhận + hồ sơ kỳ trước \
        chuyển sang = 4294967294.
            Total 2147483647 differs from dossiers received + dossiers carried over = 4294967294."""),
        shown("dossiers: {received: 2147483647, carried_over: 2147483647, to_handle: 2147483647}\n"));
  }

  @Test
  void aStatedRateIsCheckedAgainstItsCounts() throws Exception {
    assertEquals(List.of("""
        2025-12.yaml:9:51: warning[rate-mismatch] dossiers.in_person_pct: Báo cáo ghi 50%, nhưng 20/200 = 10%.
            The report states 50%, but 20/200 = 10%.""", """
        2025-12.yaml:10:52: warning[rate-mismatch] human_resources.trained_pct: Báo cáo ghi 100%, nhưng 69/259 = 26,64%.
            The report states 100%, but 69/259 = 26.64%."""),
        shown("""
            dossiers: {received: 200, received_in_person: 20, in_person_pct: 50}
            human_resources: {staff_present: 259, trained: 69, trained_pct: 100}
            """));
  }

  @Test
  void fullCoverageWithAreasWithoutSignalIsAContradiction() throws Exception {
    assertEquals(List.of("""
        2025-12.yaml:12:7: warning[coverage-with-gaps] infrastructure.government.connectivity.coverage_pct: Tỷ lệ phủ \
        sóng, báo cáo ghi 100%, nhưng báo cáo vẫn ghi 3 (vùng lõm sóng còn lại).
            Signal coverage, as stated 100%, yet the report still counts 3 (areas still without signal)."""),
        shown("""
            infrastructure:
              government:
                connectivity:
                  coverage_pct: 100
                  areas_without_signal: 3
            """));
  }

  @Test
  void villagesCoveredBeyondTheProfileAreAWarning() throws Exception {
    TinyProject.withCommune(dir).file("data/hai-phong/hung-thang/commune.yaml", TinyProject.COMMUNE + "villages: 28\n")
        .file(FILE, HEAD + "human_resources: {community_teams: {villages_covered: 30}}\n");
    assertEquals(List.of("""
        2025-12.yaml:9:37: warning[over-profile] human_resources.community_teams.villages_covered: Số thôn có Tổ công \
        nghệ số cộng đồng (30) lớn hơn số thôn/tổ dân phố trong hồ sơ xã (28).
            Villages with a community digital-technology team (30) exceeds number of villages (thôn) or residential \
        groups in the commune profile (28)."""), shown());
  }

  @Test
  void aDocumentDatedAfterTheReportIsAnErrorAndAReportSignedBeforeItsPeriodEndsAWarning() throws Exception {
    TinyProject.withCommune(dir).file(FILE, HEAD.replace("  date: 2025-12-31\n", "  date: 2025-12-31\n  signed_on: 2025-12-20\n")
        + "documents:\n  - date: 2026-01-02\n    title: {vi: Kế hoạch}\n");
    assertEquals(List.of("""
        2025-12.yaml:8:3: warning[issued-before-period-end] source.signed_on: Ngày ký số 20/12/2025 trước ngày kết \
        thúc kỳ báo cáo (31/12/2025).
            Date of the digital signature 20 Dec 2025 is before the period ends (31 Dec 2025).""", """
        2025-12.yaml:11:5: error[document-after-report] documents[0].date: Văn bản ghi ngày 02/01/2026, sau ngày \
        ban hành (31/12/2025): báo cáo không thể dẫn văn bản ban hành sau nó.
            The document is dated 2 Jan 2026, after the report's date issued (31 Dec 2025): a report cannot cite a \
        later document.""", """
        2025-12.yaml:11:5: error[document-after-report] documents[0].date: Văn bản ghi ngày 02/01/2026, sau ngày \
        ký số (20/12/2025): báo cáo không thể dẫn văn bản ban hành sau nó.
            The document is dated 2 Jan 2026, after the report's date of the digital signature (20 Dec 2025): a \
        report cannot cite a later document."""), shown());
  }

  @Test
  void aPeriodOrADateAfterTodayIsAnError() throws Exception {
    TinyProject.withCommune(dir).file("data/hai-phong/hung-thang/2026-02.yaml", HEAD
        .replace("{start: 2025-12-01, end: 2025-12-31}", "{start: 2026-02-01, end: 2026-02-28}")
        .replace("date: 2025-12-31", "date: 2026-03-02"));
    assertEquals(List.of("""
        2026-02.yaml:2:1: error[future-period] period: Kỳ báo cáo bắt đầu 01/02/2026, sau ngày hôm nay (10/01/2026).
            The period starts on 1 Feb 2026, after today (10 Jan 2026).""", """
        2026-02.yaml:7:3: error[future-date] source.date: Ngày 02/03/2026 sau ngày hôm nay (10/01/2026).
            The date 2 Mar 2026 is after today (10 Jan 2026)."""), shown());
  }

  @Test
  void aSignatureAfterTodayIsAnErrorAndADateLeftBlankButGivenToo() throws Exception {
    TinyProject.withCommune(dir).file(FILE, HEAD.replace("  date: 2025-12-31\n",
        "  date: 2025-12-31\n  signed_on: 2026-01-11\n  left_blank: [date]\n"));
    assertEquals(List.of("""
        2025-12.yaml:8:3: error[future-date] source.signed_on: Ngày 11/01/2026 sau ngày hôm nay (10/01/2026).
            The date 11 Jan 2026 is after today (10 Jan 2026).""", """
        2025-12.yaml:9:3: error[left-blank-but-given] source.left_blank: source.left_blank nói date để trống trong \
        bản ký, nhưng source.date lại ghi 31/12/2025.
            source.left_blank says the date is blank in the signed original, yet source.date gives 31 Dec 2025."""),
        shown());
  }

  @Test
  void aRateOffByJustOverAHundredthIsTold() throws Exception {
    // 1/3 = 33.33 %: 33.3199 is 0.0101 off, which is not within the hundredth the reports round to.
    assertEquals(List.of(), shown("dossiers: {received: 3, received_online: 1, online_pct: 33.3201}\n"));
    assertEquals(1, shown("dossiers: {received: 3, received_online: 1, online_pct: 33.3198}\n").size());
  }

  @Test
  void todayInVietnamIsNotTheFuture() throws Exception {
    // 2026-01-09T18:00Z is already 10 January in Hà Nội: a report signed that day is not in the future.
    TinyProject.withCommune(dir).file(FILE, HEAD.replace("date: 2025-12-31", "date: 2026-01-10"));
    assertEquals(List.of(), shown());
  }

  @Test
  void theSameSignedReportFiledUnderTwoPeriodsIsAnError() throws Exception {
    TinyProject.withCommune(dir).file(FILE, HEAD)
        .file("data/hai-phong/hung-thang/2025-11.yaml", HEAD.replace("{start: 2025-12-01, end: 2025-12-31}",
            "{start: 2025-11-01, end: 2025-11-30}"));
    assertEquals(List.of("""
        2025-12.yaml:6:3: error[duplicate-source] source.number: Báo cáo số 1/BC-UBND ngày 31/12/2025 đã được nhập \
        cho kỳ 2025-11 (data/hai-phong/hung-thang/2025-11.yaml).
            Report 1/BC-UBND of 31 Dec 2025 is already filed for the period 2025-11 \
        (data/hai-phong/hung-thang/2025-11.yaml)."""), shown());
  }

  @Test
  void carriedOverIsComparedWithWhatTheDayBeforeLeftInProgress() throws Exception {
    TinyProject.withCommune(dir)
        .file("data/hai-phong/hung-thang/2025-11.yaml", HEAD.replace("{start: 2025-12-01, end: 2025-12-31}",
            "{start: 2025-11-01, end: 2025-11-30}").replace("1/BC-UBND", "2/BC-UBND").replace("2025-12-31", "2025-11-30")
            + "dossiers: {in_progress: 12}\n")
        .file(FILE, HEAD + "dossiers: {carried_over: 15}\n");
    assertEquals(List.of("""
        2025-12.yaml:9:12: warning[carried-over-mismatch] dossiers.carried_over: Hồ sơ kỳ trước chuyển sang (15) khác \
        hồ sơ đang giải quyết của kỳ trước 01/11/2025 – 30/11/2025 (12).
            Dossiers carried over (15) differs from dossiers in progress of the previous period 1 Nov 2025 – 30 Nov \
        2025 (12)."""), shown());
  }

  @Test
  void aContradictionConfirmedAsReportedIsToldAsReportedByItsTypedPath() throws Exception {
    assertEquals(List.of("""
        2025-12.yaml:9:51: warning[as-reported] dossiers.in_person_pct: Đúng như báo cáo đã ký (đã xác nhận): Báo cáo \
        ghi 50%, nhưng 20/200 = 10%.
            As the signed report states (confirmed): The report states 50%, but 20/200 = 10%."""),
        shown("""
            dossiers: {received: 200, received_in_person: 20, in_person_pct: 50}
            confirmed_as_reported: [dossiers.in_person_pct]
            """));
  }
}
