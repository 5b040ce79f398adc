package vn.xaso.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Check;
import vn.xaso.model.Lang;
import vn.xaso.problem.Problem;
import vn.xaso.testing.TinyProject;

/** A contradiction that is in the signed report itself is published as a warning once staff confirm it. */
class ConfirmedAsReportedTest {
  private static final String REPORT = """
      commune: hung-thang
      period: {start: 2025-12-01, end: 2025-12-31}
      source:
        issuer: {vi: UBND xã Hùng Thắng}
        issuer_block: government
        number: 15/BC-UBND
        date: 2025-12-31
        title: {vi: Báo cáo tháng 12}
      procedures:
        total: 378
        full_online: 220
        partial_online: 138
        not_online: 21
      """;

  @TempDir Path dir;

  @Test
  void anUnconfirmedSumMismatchIsAnErrorWithAHintToConfirm() throws Exception {
    TinyProject.withCommune(dir).file("data/hai-phong/hung-thang/2025-12.yaml", REPORT);

    List<Problem> problems = new Check().run(dir).problems().all();

    assertEquals(1, problems.size());
    assertEquals("""
        data/hai-phong/hung-thang/2025-12.yaml:10:3: error[sum-mismatch] procedures.total: Tổng 378 khác TTHC toàn trình + TTHC một phần + TTHC chưa trực tuyến = 379.
            Total 378 differs from fully online procedures + partly online procedures + procedures not online = 379.
            → Kiểm tra lại các số; nếu báo cáo đã ký ghi đúng như vậy, thêm procedures.total vào confirmed_as_reported.
            → Check the figures; if the signed report says exactly this, add procedures.total to confirmed_as_reported.""",
        problems.get(0).format());
  }

  @Test
  void aConfirmedMismatchIsAWarningAndAStaleConfirmationIsFlagged() throws Exception {
    TinyProject.withCommune(dir).file("data/hai-phong/hung-thang/2025-12.yaml",
        REPORT + "confirmed_as_reported: [procedures.total, dossiers.resolved]\n");

    List<String> problems = new Check().run(dir).problems().all().stream()
        .map(p -> p.location() + " " + p.severity().code() + "[" + p.code().id() + "] " + p.field() + ": " + p.message(Lang.EN))
        .toList();

    assertEquals(List.of(
        "data/hai-phong/hung-thang/2025-12.yaml:10:3 warning[as-reported] procedures.total: As the signed report states"
            + " (confirmed): Total 378 differs from fully online procedures + partly online procedures + procedures not online = 379.",
        "data/hai-phong/hung-thang/2025-12.yaml:14:1 warning[confirmation-unused] confirmed_as_reported: dossiers.resolved"
            + " is confirmed \"as reported\" but breaks no rule."), problems);
  }
}
