package vn.xaso.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Check;
import vn.xaso.model.Lang;
import vn.xaso.testing.TinyProject;

/**
 * What a computed value says it was computed from, in both languages, word for word: pages and
 * CSVs print it beside the figure ("Xã Số tính: toàn trình 220 ÷ tổng số TTHC 378 (báo cáo
 * ghi)"), so a branch that names the wrong counts, or the stated total as a sum, misleads.
 */
class FormulaWordsTest {
  @TempDir Path dir;

  private ReportFacts facts(String figures, String communeExtra) throws Exception {
    TinyProject.withCommune(dir).file("data/hai-phong/hung-thang/commune.yaml", TinyProject.COMMUNE + communeExtra)
        .file("data/hai-phong/hung-thang/2025-12.yaml", TinyProject.DECEMBER + figures);
    Check.Result checked = new Check().run(dir);
    assertFalse(checked.problems().hasErrors(), () -> checked.problems().all().toString());
    return new Deriver().derive(checked.data(), checked.problems()).reports().get(0);
  }

  private static void says(String vi, String en, Value v) {
    assertEquals(vi, v.how(Lang.VI));
    assertEquals(en, v.how(Lang.EN));
  }

  @Test
  void aTotalAddedUpFromThreePartsNamesEachPart() throws Exception {
    ReportFacts f = facts("procedures: {full_online: 1, partial_online: 5, not_online: 2}\n", "");
    says("toàn trình 1 + một phần 5 + chưa trực tuyến 2", "fully online 1 + partly online 5 + not online 2",
        f.value(Indicator.PROCEDURES_TOTAL));
    says("toàn trình 1 ÷ tổng số TTHC 8 = toàn trình 1 + một phần 5 + chưa trực tuyến 2",
        "fully online 1 ÷ procedures in force 8 = fully online 1 + partly online 5 + not online 2",
        f.value(Indicator.FULL_ONLINE_SHARE));
  }

  @Test
  void aTotalAddedUpFromTwoPartsSaysTheSecondCountsTwoKindsTogether() throws Exception {
    ReportFacts f = facts("procedures: {full_online: 3, partial_or_not_online: 1}\n", "");
    says("toàn trình 3 + một phần và trực tiếp (báo cáo gộp) 1",
        "fully online 3 + partly online and in person (counted together) 1", f.value(Indicator.PROCEDURES_TOTAL));
    says("toàn trình 3 ÷ tổng số TTHC 4 = toàn trình 3 + một phần và trực tiếp (báo cáo gộp) 1",
        "fully online 3 ÷ procedures in force 4 = fully online 3 + partly online and in person (counted together) 1",
        f.value(Indicator.FULL_ONLINE_SHARE));
  }

  @Test
  void aStatedTotalIsSaidToBeStated() throws Exception {
    ReportFacts f = facts("procedures: {total: 8, full_online: 2, partial_online: 4, not_online: 2}\n", "");
    says("toàn trình 2 ÷ tổng số TTHC 8 (báo cáo ghi)",
        "fully online 2 ÷ procedures in force 8 (as stated)",
        f.value(Indicator.FULL_ONLINE_SHARE));
  }

  @Test
  void villagesCountedFromTheCommuneProfileSaySo() throws Exception {
    says("thôn có tổ 5 ÷ tổng số thôn 20 (theo hồ sơ xã)",
        "villages covered 5 ÷ villages 20 (from the commune profile)",
        facts("human_resources: {community_teams: {villages_covered: 5}}\n", "villages: 20\n")
        .value(Indicator.VILLAGES_COVERED_SHARE));
  }

  @Test
  void aReportsOwnVillageTotalIsSaidToBeStated() throws Exception {
    says("thôn có tổ 5 ÷ tổng số thôn 10 (báo cáo ghi)",
        "villages covered 5 ÷ villages 10 (as the report states)",
        facts("human_resources: {community_teams: {villages_covered: 5, villages_total: 10}}\n", "")
        .value(Indicator.VILLAGES_COVERED_SHARE));
  }

  @Test
  void aBlockShareNamesWhichCountItDividesAndEachBlockItAddedUp() throws Exception {
    ReportFacts f = facts("""
        infrastructure:
          party: {hardware: {computers: 10, adequate: 5, inadequate: 5, anti_malware: 10}}
          government: {hardware: {computers: 30, adequate: 15, inadequate: 15, anti_malware: 20}}
        """, "");
    says("máy đáp ứng ÷ máy tính của các khối: Khối Đảng 5/10; Chính quyền (UBND) 15/30",
        "adequate ÷ computers of the blocks: Party 5/10; Government (People's Committee) 15/30", f.value(Indicator.COMPUTERS_ADEQUATE_SHARE));
    says("máy có chống mã độc ÷ máy tính của các khối: Khối Đảng 10/10; Chính quyền (UBND) 20/30",
        "with anti-malware ÷ computers of the blocks: Party 10/10; Government (People's Committee) 20/30", f.value(Indicator.ANTI_MALWARE_COVERAGE));
  }
}
