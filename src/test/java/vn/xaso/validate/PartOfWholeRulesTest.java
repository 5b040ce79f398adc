package vn.xaso.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.xaso.build.Check;
import vn.xaso.problem.Problem;
import vn.xaso.testing.TinyProject;

/**
 * Every part-of-whole rule, each on a report that breaks it by one and on one that meets it
 * exactly: a part equal to its whole is allowed, one more is the error, at the part's field.
 */
class PartOfWholeRulesTest {
  private static final String FILE = "data/hai-phong/hung-thang/2025-12.yaml";
  private static final String HEAD = TinyProject.DECEMBER_SIGNED;

  @TempDir Path dir;

  private List<String> problems(String figures) throws Exception {
    TinyProject.withCommune(dir).file(FILE, HEAD + figures);
    return new Check().run(dir).problems().all().stream()
        .map(p -> p.location().substring(FILE.length() + 1) + " " + p.severity().name().toLowerCase() + "[" + p.code().id()
            + "] " + p.field())
        .toList();
  }

  static Stream<Arguments> brokenByOne() {
    return Stream.of(
        rule("received online ≤ received",
            "dossiers: {received: 100, received_online: 101}", "dossiers: {received: 100, received_online: 100}",
            "9:27 error[exceeds] dossiers.received_online"),
        rule("resolved ≤ received + carried over",
            "dossiers: {received: 100, carried_over: 10, resolved: 111}", "dossiers: {received: 100, carried_over: 10, resolved: 110}",
            "9:45 error[exceeds] dossiers.resolved"),
        rule("on time + overdue ≤ resolved",
            "dossiers: {received: 100, resolved: 90, on_time: 80, overdue: 11}",
            "dossiers: {received: 100, resolved: 90, on_time: 80, overdue: 10}",
            "9:41 error[exceeds] dossiers.on_time"),
        rule("fully online ≤ procedures in force",
            "procedures: {total: 10, full_online: 11}", "procedures: {total: 10, full_online: 10}",
            "9:25 error[exceeds] procedures.full_online"),
        rule("fully online with dossiers ≤ fully online",
            "procedures: {total: 10, full_online: 6, with_dossiers: {full_online: 7}}",
            "procedures: {total: 10, full_online: 6, with_dossiers: {full_online: 6}}",
            "9:57 error[exceeds] procedures.with_dossiers.full_online"),
        rule("partly online with dossiers ≤ partly online",
            "procedures: {partial_online: 3, with_dossiers: {partial_online: 4}}",
            "procedures: {partial_online: 3, with_dossiers: {partial_online: 3}}",
            "9:49 error[exceeds] procedures.with_dossiers.partial_online"),
        rule("fully + partly + not online = total",
            "procedures: {total: 10, full_online: 6, partial_online: 3, not_online: 2}",
            "procedures: {total: 10, full_online: 6, partial_online: 3, not_online: 1}",
            "9:14 error[sum-mismatch] procedures.total"),
        rule("fully online + (partly or not online) = total",
            "procedures: {total: 10, full_online: 6, partial_or_not_online: 5}",
            "procedures: {total: 10, full_online: 6, partial_or_not_online: 4}",
            "9:14 error[sum-mismatch] procedures.total"),
        rule("Party WAN computers ≤ computers",
            "infrastructure: {party: {hardware: {computers: 5, party_wan_computers: 6}}}",
            "infrastructure: {party: {hardware: {computers: 5, party_wan_computers: 5}}}",
            "9:51 error[exceeds] infrastructure.party.hardware.party_wan_computers"),
        rule("anti-malware ≤ computers",
            "infrastructure: {front: {hardware: {computers: 5, anti_malware: 6}}}",
            "infrastructure: {front: {hardware: {computers: 5, anti_malware: 5}}}",
            "9:51 error[exceeds] infrastructure.front.hardware.anti_malware"),
        rule("staff present ≤ staffing quota",
            "human_resources: {staff_quota: 20, staff_present: 21}", "human_resources: {staff_quota: 20, staff_present: 20}",
            "9:36 error[exceeds] human_resources.staff_present"),
        rule("staff by qualification ≤ staff present",
            "human_resources: {staff_present: 20, qualifications: {masters: 1, university: 15, college: 3, intermediate: 2}}",
            "human_resources: {staff_present: 20, qualifications: {masters: 1, university: 15, college: 3, intermediate: 1}}",
            "9:55 error[exceeds] human_resources.qualifications.masters"),
        rule("villages with a team ≤ villages",
            "human_resources: {community_teams: {villages_covered: 11, villages_total: 10}}",
            "human_resources: {community_teams: {villages_covered: 10, villages_total: 10}}",
            "9:37 error[exceeds] human_resources.community_teams.villages_covered"));
  }

  private static Arguments rule(String name, String broken, String exact, String problem) {
    return Arguments.of(name, broken, exact, problem);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenByOne")
  void aPartOneMoreThanItsWholeIsAnErrorAndOneEqualToItIsNot(String name, String broken, String exact, String problem)
      throws Exception {
    assertEquals(List.of(problem), problems(broken + "\n"));
    assertEquals(List.of(), problems(exact + "\n"));
  }

  @Test
  void theReceivedOnlineRuleSaysWhichFiguresDisagreeInBothLanguages() throws Exception {
    TinyProject.withCommune(dir).file(FILE, HEAD + "dossiers: {received: 100, received_online: 101}\n");

    Problem p = new Check().run(dir).problems().all().get(0);

    assertEquals(FILE + ":9:27: error[exceeds] dossiers.received_online: Hồ sơ trực tuyến (101) lớn hơn hồ sơ tiếp nhận (100)."
        + "\n    Dossiers received online (101) exceeds dossiers received (100).",
        p.format().substring(0, p.format().indexOf("\n    →")));
  }

  @Test
  void aMissingFigureIsUnknownSoNoSumIsCheckedWithoutIt() throws Exception {
    assertEquals(List.of(), problems("""
        human_resources: {staff_present: 20, qualifications: {masters: 1, university: 15, college: 3}}
        dossiers: {resolved: 90, on_time: 85}
        procedures: {full_online: 6, partial_online: 3, not_online: 2}
        """));
  }

  @Test
  void classifiedComputersShortOfTheTotalAreAWarningAndOverItAnError() throws Exception {
    assertEquals(List.of("9:57 warning[parts-short] infrastructure.government.hardware.adequate"),
        problems("infrastructure: {government: {hardware: {computers: 10, adequate: 6, inadequate: 3}}}\n"));
    assertEquals(List.of("9:57 error[exceeds] infrastructure.government.hardware.adequate"),
        problems("infrastructure: {government: {hardware: {computers: 10, adequate: 6, inadequate: 5}}}\n"));
    assertEquals(List.of(),
        problems("infrastructure: {government: {hardware: {computers: 10, adequate: 6, inadequate: 4}}}\n"));
  }

  @Test
  void aStatedShareIsCheckedAgainstItsOwnCountsToTheHundredth() throws Exception {
    assertEquals(List.of("9:49 warning[rate-mismatch] dossiers.online_pct"),
        problems("dossiers: {received: 300, received_online: 200, online_pct: 66.65}\n"));
    assertEquals(List.of(), problems("dossiers: {received: 300, received_online: 200, online_pct: 66.67}\n"));
    assertEquals(List.of("9:62 warning[rate-mismatch] procedures.with_dossiers.full_online_pct"),
        problems("procedures: {full_online: 8, with_dossiers: {full_online: 2, full_online_pct: 20}}\n"));
    assertEquals(List.of(), problems("procedures: {full_online: 8, with_dossiers: {full_online: 2, full_online_pct: 25}}\n"));
  }

  @Test
  void theWarningsSayTheGapAndTheComputedShare() throws Exception {
    TinyProject.withCommune(dir).file(FILE, HEAD + """
        dossiers: {received: 300, received_online: 200, online_pct: 66.65}
        infrastructure: {government: {hardware: {computers: 10, adequate: 6, inadequate: 3}}}
        """);

    List<String> shown = new Check().run(dir).problems().all().stream()
        .map(p -> p.format().substring(FILE.length() + 1, p.format().indexOf("\n    →"))).toList();

    assertEquals(List.of("""
        9:49: warning[rate-mismatch] dossiers.online_pct: Báo cáo ghi 66,65%, nhưng 200/300 = 66,67%.
            The report states 66.65%, but 200/300 = 66.67%.""", """
        10:57: warning[parts-short] infrastructure.government.hardware.adequate: Máy đáp ứng + máy chưa đáp ứng = 9, \
        ít hơn tổng số máy tính (10); 1 chưa được phân loại.
            Adequate computers + inadequate computers = 9, less than computers (10); 1 not classified."""), shown);
  }

  @Test
  void aZeroDenominatorIsNeverDividedBy() throws Exception {
    assertEquals(List.of(), problems("""
        dossiers: {received: 0, received_online: 0, online_pct: 0, in_person_pct: 100}
        procedures: {full_online: 0, partial_online: 0, with_dossiers: {full_online: 0, full_online_pct: 0}}
        """));
  }

  @Test
  void onlineAndInPersonSharesMustMakeAHundredWithinAHalfTenth() throws Exception {
    assertEquals(List.of(), problems("dossiers: {online_pct: 80.03, in_person_pct: 19.99}\n"));
    assertEquals(List.of("9:12 warning[shares-not-100] dossiers.online_pct"),
        problems("dossiers: {online_pct: 80.03, in_person_pct: 19.9}\n"));
  }
}
