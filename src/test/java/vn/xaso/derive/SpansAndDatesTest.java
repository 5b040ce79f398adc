package vn.xaso.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.xaso.build.Check;
import vn.xaso.model.Period;
import vn.xaso.model.Report;
import vn.xaso.testing.TinyProject;

/**
 * The date each figure stands at and the kind of span it counts over, which decide what it is
 * compared with ({@link Comparisons}): each stock part at the date it states, and each kind of
 * span at and just beyond its bounds.
 */
class SpansAndDatesTest {
  @TempDir Path dir;

  private static LocalDate dec(int day) {
    return LocalDate.of(2025, 12, day);
  }

  @Test
  void eachFigureStandsAtTheDateItsOwnPartStates() throws Exception {
    // December's report: procedures as of the 20th, infrastructure as of the 15th, human
    // resources as of the 10th, dossiers over the month. November's states its procedures as of
    // its last day, which is no date of its own.
    TinyProject.withCommune(dir).file("data/hai-phong/hung-thang/2025-12.yaml", TinyProject.DECEMBER + """
        procedures: {as_of: 2025-12-20, total: 10, full_online: 5}
        dossiers: {received: 7, resolved: 4, on_time: 3}
        infrastructure: {as_of: 2025-12-15, government: {hardware: {computers: 4, adequate: 2, anti_malware: 4}}}
        human_resources: {as_of: 2025-12-10, trained: 3, community_teams: {villages_covered: 2, villages_total: 4}}
        """).file("data/hai-phong/hung-thang/2025-11.yaml", TinyProject.DECEMBER
            .replace("{start: 2025-12-01, end: 2025-12-31}", "{start: 2025-11-01, end: 2025-11-30}")
            + "procedures: {as_of: 2025-11-30, total: 10, full_online: 4}\n");
    Check.Result checked = new Check().run(dir);
    assertFalse(checked.problems().hasErrors(), () -> checked.problems().all().toString());
    Map<String, ReportFacts> byPeriod = new java.util.HashMap<>();
    new Deriver().derive(checked.data(), checked.problems()).reports()
        .forEach(r -> byPeriod.put(r.report().period().key(), r));
    ReportFacts f = byPeriod.get("2025-12");
    Map<Part, When> expected = Map.of(
        Part.PROCEDURES, new When(When.Span.AS_OF, dec(20), dec(20), true),
        Part.INFRASTRUCTURE, new When(When.Span.AS_OF, dec(15), dec(15), true),
        Part.HUMAN_RESOURCES, new When(When.Span.AS_OF, dec(10), dec(10), true),
        Part.DOSSIERS, new When(When.Span.MONTH, dec(1), dec(31), false));
    for (Indicator i : Indicator.values()) {
      assertEquals(expected.get(i.part()), f.value(i).when(), i.code());
    }
    assertEquals(Part.INFRASTRUCTURE, Indicator.COMPUTERS.part(), "the computers stand at the infrastructure's date");
    assertEquals(Part.HUMAN_RESOURCES, Indicator.STAFF_TRAINED.part());
    LocalDate nov30 = LocalDate.of(2025, 11, 30);
    assertEquals(new When(When.Span.AS_OF, nov30, nov30, false), byPeriod.get("2025-11").value(Indicator.FULL_ONLINE_SHARE).when(),
        "a date equal to the period's end is the period's own");
  }

  @Test
  void aFebruaryIsAMonthAndComparesWithOtherMonths() {
    Report feb = Report.identity("c", new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), null), null);
    assertEquals(new When(When.Span.MONTH, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), false),
        When.of(Part.DOSSIERS, feb), "28 days, first and last included");
    Report week = Report.identity("c", new Period(dec(22), dec(28), null), null);
    assertEquals(When.Span.WEEK, When.of(Part.DOSSIERS, week).span());
  }

  /** Each kind's declared bounds, at the bound and one day beyond it. */
  @ParameterizedTest
  @CsvSource({"1, WEEK", "10, WEEK", "11, OTHER", "26, OTHER", "27, MONTH", "32, MONTH", "33, OTHER",
      "84, OTHER", "85, QUARTER", "95, QUARTER", "96, OTHER", "177, OTHER", "178, HALF_YEAR", "186, HALF_YEAR",
      "187, OTHER", "359, OTHER", "360, YEAR", "370, YEAR", "371, OTHER"})
  void aSpanIsOfAKindFromItsFirstDayToItsLast(long days, When.Span kind) {
    assertEquals(kind, When.Span.ofDays(days));
  }
}
