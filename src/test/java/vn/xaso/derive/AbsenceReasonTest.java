package vn.xaso.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.xaso.build.Check;
import vn.xaso.problem.Severity;
import vn.xaso.testing.TinyProject;

/**
 * Each reason an indicator cannot be computed, against a report missing exactly the input that
 * reason names: a reason that blames the wrong figure sends a reader after the wrong question.
 */
class AbsenceReasonTest {
  @TempDir
  Path dir;

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(Indicator.PROCEDURES_TOTAL, "dossiers: {received: 5}",
            "The report has no procedures section", "Báo cáo không có phần thủ tục hành chính"),
        // The issue's own case: fully and partly online given, no total and no count of the rest.
        Arguments.of(Indicator.PROCEDURES_TOTAL, "procedures: {full_online: 10, partial_online: 5}",
            "The report gives no total of procedures, nor the count of not online procedures to add one up",
            "Báo cáo không nêu tổng số TTHC, cũng không nêu số TTHC chưa trực tuyến để cộng ra tổng"),
        Arguments.of(Indicator.FULL_ONLINE_SHARE, "procedures: {full_online: 10, partial_online: 5}",
            "The report gives no total of procedures, nor the count of not online procedures to add one up",
            "Báo cáo không nêu tổng số TTHC, cũng không nêu số TTHC chưa trực tuyến để cộng ra tổng"),
        Arguments.of(Indicator.ONLINE_SHARE, "procedures: {full_online: 10, partial_online: 5}",
            "The report gives no total of procedures, nor the count of not online procedures to add one up",
            "Báo cáo không nêu tổng số TTHC, cũng không nêu số TTHC chưa trực tuyến để cộng ra tổng"),
        Arguments.of(Indicator.PROCEDURES_TOTAL, "procedures: {not_online: 3}",
            "The report gives no total of procedures, nor the count of fully online, partly online procedures to add one up",
            "Báo cáo không nêu tổng số TTHC, cũng không nêu số TTHC toàn trình, một phần để cộng ra tổng"),
        Arguments.of(Indicator.FULL_ONLINE_SHARE, "procedures: {total: 20, partial_online: 5}",
            "The report gives no count of fully online procedures", "Báo cáo không nêu số TTHC toàn trình"),
        Arguments.of(Indicator.ONLINE_SHARE, "procedures: {total: 20, full_online: 5}",
            "The report gives no count of partly online procedures", "Báo cáo không nêu số TTHC một phần"),
        Arguments.of(Indicator.ONLINE_SHARE, "procedures: {full_online: 5, partial_or_not_online: 15}",
            "The report counts partly online and in-person procedures together, not partly online ones separately",
            "Báo cáo gộp TTHC một phần với TTHC trực tiếp, không tách riêng số TTHC một phần"),
        Arguments.of(Indicator.DOSSIERS_RECEIVED, "procedures: {total: 5}",
            "The report has no dossiers section", "Báo cáo không có phần hồ sơ thủ tục hành chính"),
        Arguments.of(Indicator.DOSSIERS_RECEIVED, "dossiers: {resolved: 5}",
            "The report gives no count of dossiers received", "Báo cáo không nêu số hồ sơ tiếp nhận"),
        Arguments.of(Indicator.ON_TIME_RATE, "dossiers: {received: 5}",
            "The report gives neither the dossiers resolved nor those resolved on time",
            "Báo cáo không nêu số hồ sơ đã giải quyết và số giải quyết đúng hạn"),
        Arguments.of(Indicator.ON_TIME_RATE, "dossiers: {resolved: 5}",
            "The report gives no count of dossiers resolved on time", "Báo cáo không nêu số hồ sơ giải quyết đúng hạn"),
        Arguments.of(Indicator.ON_TIME_RATE, "dossiers: {on_time: 5}",
            "The report gives no count of dossiers resolved", "Báo cáo không nêu số hồ sơ đã giải quyết"),
        Arguments.of(Indicator.ONLINE_DOSSIER_SHARE, "dossiers: {received_online: 5}",
            "The report gives the dossiers received online but neither the total received nor a share",
            "Báo cáo nêu số hồ sơ trực tuyến nhưng không nêu tổng số hồ sơ tiếp nhận, cũng không nêu tỷ lệ"),
        Arguments.of(Indicator.ONLINE_DOSSIER_SHARE, "dossiers: {received: 5}",
            "The report gives no count or share of dossiers received online",
            "Báo cáo không nêu số hoặc tỷ lệ hồ sơ tiếp nhận trực tuyến"),
        Arguments.of(Indicator.COMPUTERS, "procedures: {total: 5}",
            "The report has no technology infrastructure section", "Báo cáo không có phần hạ tầng công nghệ"),
        Arguments.of(Indicator.COMPUTERS, "infrastructure: {government: {hardware: {printers: 2}}}",
            "No block gives a count of computers", "Không khối nào nêu số máy tính"),
        // The other case: computers given, the anti-malware count is what is missing.
        Arguments.of(Indicator.ANTI_MALWARE_COVERAGE, "infrastructure: {government: {hardware: {computers: 20}}}",
            "No block gives a count of computers with anti-malware", "Không khối nào nêu số máy tính có phần mềm chống mã độc"),
        Arguments.of(Indicator.COMPUTERS_ADEQUATE_SHARE, "infrastructure: {government: {hardware: {computers: 20}}}",
            "No block gives a count of computers adequate for the work", "Không khối nào nêu số máy tính đáp ứng yêu cầu"),
        Arguments.of(Indicator.ANTI_MALWARE_COVERAGE, "infrastructure: {government: {hardware: {anti_malware: 20}}}",
            "No block gives a count of computers", "Không khối nào nêu tổng số máy tính"),
        Arguments.of(Indicator.ANTI_MALWARE_COVERAGE,
            "infrastructure: {government: {hardware: {anti_malware: 20}}, party: {hardware: {computers: 5}}}",
            "No block gives both its count of computers and its count of computers with anti-malware",
            "Không khối nào nêu cả tổng số máy tính lẫn số máy tính có phần mềm chống mã độc"),
        Arguments.of(Indicator.ANTI_MALWARE_COVERAGE, "infrastructure: {government: {hardware: {computers: 0, anti_malware: 0}}}",
            "The denominator is zero", "Mẫu số bằng 0"),
        Arguments.of(Indicator.VILLAGES_COVERED_SHARE, "human_resources: {trained: 3}",
            "The report gives no count of villages covered", "Báo cáo không nêu số thôn có tổ"),
        Arguments.of(Indicator.VILLAGES_COVERED_SHARE, "human_resources: {community_teams: {villages_covered: 3}}",
            "Neither the report nor the commune profile gives the number of villages",
            "Cả báo cáo lẫn hồ sơ xã đều không nêu tổng số thôn"),
        Arguments.of(Indicator.STAFF_TRAINED, "procedures: {total: 5}",
            "The report has no human resources section", "Báo cáo không có phần nguồn nhân lực"),
        Arguments.of(Indicator.STAFF_TRAINED, "human_resources: {it_staff: 1}",
            "The report gives no count of staff trained", "Báo cáo không nêu số người được tập huấn"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("cases")
  void theReasonNamesTheMissingInput(Indicator indicator, String part, String en, String vi) throws Exception {
    Value v = derive(part).value(indicator);
    assertNull(v.number());
    assertEquals(Value.Basis.ABSENT, v.basis());
    assertEquals(en, v.reasonEn());
    assertEquals(vi, v.reasonVi());
  }

  @Test
  void aSumIsComputedAndAStatedFigureIsACount() throws Exception {
    assertEquals(Value.Basis.COUNT, derive("procedures: {total: 20}").value(Indicator.PROCEDURES_TOTAL).basis());
    Value split = derive("procedures: {full_online: 5, partial_online: 5, not_online: 10}").value(Indicator.PROCEDURES_TOTAL);
    assertEquals(Value.Basis.COMPUTED, split.basis());
    assertEquals(20.0, split.number());
    Value combined = derive("procedures: {full_online: 266, partial_or_not_online: 496}").value(Indicator.PROCEDURES_TOTAL);
    assertEquals(Value.Basis.COMPUTED, combined.basis());
    assertEquals(762.0, combined.number());
    assertEquals(Value.Basis.COUNT,
        derive("infrastructure: {government: {hardware: {computers: 20}}}").value(Indicator.COMPUTERS).basis());
    Value blocks = derive("infrastructure: {government: {hardware: {computers: 20}}, party: {hardware: {computers: 5}}}")
        .value(Indicator.COMPUTERS);
    assertEquals(Value.Basis.COMPUTED, blocks.basis());
    assertEquals(25.0, blocks.number());
  }

  private ReportFacts derive(String part) throws Exception {
    TinyProject p = TinyProject.withCommune(Files.createTempDirectory(dir, "p"))
        .file("data/hai-phong/hung-thang/2025-12.yaml", TinyProject.DECEMBER + part + "\n");
    Check.Result checked = new Check().run(p.root());
    assertFalse(checked.problems().all().stream().anyMatch(x -> x.severity() == Severity.ERROR),
        () -> checked.problems().all().toString());
    return new Deriver().derive(checked.data(), checked.problems()).reports().get(0);
  }
}
