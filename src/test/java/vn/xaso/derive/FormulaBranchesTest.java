package vn.xaso.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Check;
import vn.xaso.testing.TinyProject;

/**
 * Every branch of every formula on a one-report project: the count branch, the stated-share
 * fallback, the sums of blocks, the commune profile's villages, and zero denominators, which give
 * an absence with its reason, never a number.
 */
class FormulaBranchesTest {
  @TempDir Path dir;

  private ReportFacts facts(String figures) throws Exception {
    return facts(figures, "");
  }

  private ReportFacts facts(String figures, String communeExtra) throws Exception {
    TinyProject.withCommune(dir).file("data/hai-phong/hung-thang/commune.yaml", TinyProject.COMMUNE + communeExtra)
        .file("data/hai-phong/hung-thang/2025-12.yaml", TinyProject.DECEMBER + figures);
    Check.Result checked = new Check().run(dir);
    assertFalse(checked.problems().hasErrors(), () -> checked.problems().all().toString());
    return new Deriver().derive(checked.data(), checked.problems()).reports().get(0);
  }

  private static void assertComputed(double expected, Value v) {
    assertEquals(expected, v.number());
    assertEquals(Value.Basis.COMPUTED, v.basis());
  }

  private static void assertAbsent(Value v) {
    assertNull(v.number());
    assertEquals(Value.Basis.ABSENT, v.basis());
    assertFalse(v.reasonVi().isBlank() || v.reasonEn().isBlank());
  }

  @Test
  void theOnlineDossierShareComesFromTheCountsBeforeAnyStatedShare() throws Exception {
    // 150 of 200 is 75 %; the stated 80 % disagrees (a warning) and is not the published value.
    ReportFacts f = facts("dossiers: {received: 200, received_online: 150, online_pct: 80, in_person_pct: 20}\n");
    assertComputed(75.0, f.value(Indicator.ONLINE_DOSSIER_SHARE));
  }

  @Test
  void theOnlineDossierShareFallsBackToTheStatedShareOnlyWithoutBothCounts() throws Exception {
    Value stated = facts("dossiers: {received: 200, online_pct: 80.05, in_person_pct: 19.95}\n")
        .value(Indicator.ONLINE_DOSSIER_SHARE);
    assertEquals(80.05, stated.number());
    assertEquals(Value.Basis.STATED, stated.basis());
    assertAbsent(facts("dossiers: {received: 200}\n").value(Indicator.ONLINE_DOSSIER_SHARE));
    assertAbsent(facts("procedures: {total: 1}\n").value(Indicator.ONLINE_DOSSIER_SHARE));
  }

  @Test
  void sharesOfProceduresUseTheStatedTotalOrTheSumOfEitherCompleteSplit() throws Exception {
    ReportFacts stated = facts("procedures: {total: 8, full_online: 2, partial_online: 4, not_online: 2}\n");
    assertComputed(25.0, stated.value(Indicator.FULL_ONLINE_SHARE));
    assertComputed(75.0, stated.value(Indicator.ONLINE_SHARE));
    assertEquals(8.0, stated.value(Indicator.PROCEDURES_TOTAL).number());
    assertEquals(Value.Basis.COUNT, stated.value(Indicator.PROCEDURES_TOTAL).basis());

    ReportFacts threeParts = facts("procedures: {full_online: 1, partial_online: 1, not_online: 2}\n");
    assertEquals(4.0, threeParts.value(Indicator.PROCEDURES_TOTAL).number());
    assertComputed(25.0, threeParts.value(Indicator.FULL_ONLINE_SHARE));

    ReportFacts twoParts = facts("procedures: {full_online: 3, partial_or_not_online: 1}\n");
    assertEquals(4.0, twoParts.value(Indicator.PROCEDURES_TOTAL).number());
    assertComputed(75.0, twoParts.value(Indicator.FULL_ONLINE_SHARE));
    assertAbsent(twoParts.value(Indicator.ONLINE_SHARE));

    ReportFacts incomplete = facts("procedures: {full_online: 3, partial_online: 1}\n");
    assertAbsent(incomplete.value(Indicator.PROCEDURES_TOTAL));
    assertAbsent(incomplete.value(Indicator.FULL_ONLINE_SHARE));
    assertAbsent(incomplete.value(Indicator.ONLINE_SHARE));
    assertAbsent(facts("procedures: {total: 8}\n").value(Indicator.FULL_ONLINE_SHARE));
  }

  @Test
  void aZeroDenominatorGivesAnAbsenceNeverAZeroOrAnError() throws Exception {
    ReportFacts f = facts("""
        procedures: {total: 0, full_online: 0, partial_online: 0, not_online: 0}
        dossiers: {received: 0, received_online: 0, resolved: 0, on_time: 0}
        infrastructure: {government: {hardware: {computers: 0, adequate: 0, anti_malware: 0}}}
        human_resources: {community_teams: {villages_covered: 0, villages_total: 0}}
        """);
    for (Indicator i : new Indicator[] {Indicator.FULL_ONLINE_SHARE, Indicator.ONLINE_SHARE, Indicator.ON_TIME_RATE,
        Indicator.ONLINE_DOSSIER_SHARE, Indicator.COMPUTERS_ADEQUATE_SHARE, Indicator.ANTI_MALWARE_COVERAGE,
        Indicator.VILLAGES_COVERED_SHARE}) {
      assertAbsent(f.value(i));
    }
    assertEquals(0.0, f.value(Indicator.PROCEDURES_TOTAL).number(), "a count of zero is a figure");
    assertEquals(0.0, f.value(Indicator.DOSSIERS_RECEIVED).number());
    assertEquals(0.0, f.value(Indicator.COMPUTERS).number());
  }

  @Test
  void blockSharesAddUpOnlyTheBlocksGivingBothCounts() throws Exception {
    ReportFacts f = facts("""
        infrastructure:
          party: {hardware: {computers: 10, adequate: 5, inadequate: 5, anti_malware: 10}}
          government: {hardware: {computers: 30, adequate: 15, inadequate: 15}}
          front: {hardware: {adequate: 4, anti_malware: 4}}
          council: {hardware: {scanners: 2}}
        """);
    assertEquals(40.0, f.value(Indicator.COMPUTERS).number(), "the blocks that count computers");
    assertComputed(50.0, f.value(Indicator.COMPUTERS_ADEQUATE_SHARE));
    assertComputed(100.0, f.value(Indicator.ANTI_MALWARE_COVERAGE)); // only the party block gives both
    assertAbsent(facts("infrastructure: {council: {hardware: {scanners: 2}}}\n").value(Indicator.COMPUTERS));
    assertAbsent(facts("procedures: {total: 1}\n").value(Indicator.COMPUTERS));
    assertAbsent(facts("procedures: {total: 1}\n").value(Indicator.COMPUTERS_ADEQUATE_SHARE));
  }

  @Test
  void villagesCoveredUseTheReportsTotalElseTheCommuneProfile() throws Exception {
    String covered = "human_resources: {community_teams: {villages_covered: 5}}\n";
    assertComputed(25.0, facts(covered, "villages: 20\n").value(Indicator.VILLAGES_COVERED_SHARE));
    assertComputed(50.0, facts("human_resources: {community_teams: {villages_covered: 5, villages_total: 10}}\n",
        "villages: 20\n").value(Indicator.VILLAGES_COVERED_SHARE));
    assertAbsent(facts(covered).value(Indicator.VILLAGES_COVERED_SHARE));
    assertAbsent(facts(covered, "villages: 0\n").value(Indicator.VILLAGES_COVERED_SHARE));
    assertAbsent(facts("human_resources: {community_teams: {villages_total: 10}}\n", "villages: 20\n")
        .value(Indicator.VILLAGES_COVERED_SHARE));
  }

  @Test
  void countsAreCopiedAsCounts() throws Exception {
    ReportFacts f = facts("human_resources: {trained: 12}\ndossiers: {received: 7, resolved: 4, on_time: 3}\n");
    assertEquals(12.0, f.value(Indicator.STAFF_TRAINED).number());
    assertEquals(Value.Basis.COUNT, f.value(Indicator.STAFF_TRAINED).basis());
    assertEquals(7.0, f.value(Indicator.DOSSIERS_RECEIVED).number());
    assertComputed(75.0, f.value(Indicator.ON_TIME_RATE));
    assertComputed(66.67, facts("dossiers: {received: 3, received_online: 2}\n").value(Indicator.ONLINE_DOSSIER_SHARE));
    assertAbsent(facts("procedures: {total: 1}\n").value(Indicator.STAFF_TRAINED));
  }

  @Test
  void aShareRunsFromNoneToAllAndAPartLargerThanItsWholeIsNeverPublished() throws Exception {
    assertComputed(0.0, facts("procedures: {total: 8, full_online: 0, partial_online: 0, not_online: 8}\n")
        .value(Indicator.FULL_ONLINE_SHARE));
    assertComputed(100.0, facts("procedures: {total: 8, full_online: 8, partial_online: 0, not_online: 0}\n")
        .value(Indicator.FULL_ONLINE_SHARE));
    // A signed report confirmed as saying 9 of 8: the figure is kept as the report says it, the
    // share is not computed from it.
    Value over = facts("procedures: {total: 8, full_online: 9}\nconfirmed_as_reported: [procedures.full_online]\n")
        .value(Indicator.FULL_ONLINE_SHARE);
    assertAbsent(over);
    assertEquals("Phần lớn hơn tổng trong báo cáo gốc", over.reasonVi());
    assertEquals("The signed report gives a part larger than its whole", over.reasonEn());
  }
}
