package vn.xaso.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.xaso.build.Check;
import vn.xaso.model.Dossiers;
import vn.xaso.model.Hardware;
import vn.xaso.model.Procedures;

/** Each formula on the real sample reports, its expected value computed from the reports' own figures. */
class IndicatorTest {
  private static Map<String, ReportFacts> byCommune;

  @BeforeAll
  static void derive() throws Exception {
    Check.Result checked = new Check().run(Path.of(""));
    Derived derived = new Deriver().derive(checked.data(), checked.problems());
    byCommune = derived.reports().stream().collect(Collectors.toMap(f -> f.commune().slug(), f -> f));
  }

  private static double share(double part, double whole) {
    return Math.round(10000.0 * part / whole) / 100.0;
  }

  @Test
  void proceduresSharesUseTheStatedTotalOrTheSumOfACompleteSplit() {
    ReportFacts hung = byCommune.get("hung-thang");
    Procedures p = hung.report().procedures();
    assertEquals(share(p.fullOnline(), p.total()), hung.value(Indicator.FULL_ONLINE_SHARE).number());
    assertEquals(share(p.fullOnline() + p.partialOnline(), p.total()), hung.value(Indicator.ONLINE_SHARE).number());
    assertEquals(Value.Basis.COMPUTED, hung.value(Indicator.FULL_ONLINE_SHARE).basis());

    ReportFacts minh = byCommune.get("minh-long");
    Procedures m = minh.report().procedures();
    assertNull(m.total(), "Minh Long states no total");
    assertEquals((double) (m.fullOnline() + m.partialOrNotOnline()), minh.value(Indicator.PROCEDURES_TOTAL).number());
    assertEquals(share(m.fullOnline(), m.fullOnline() + m.partialOrNotOnline()),
        minh.value(Indicator.FULL_ONLINE_SHARE).number());
    assertAbsent(minh.value(Indicator.ONLINE_SHARE), "counts partly online and in-person procedures together");
  }

  @Test
  void dossierRatesComeFromCountsOrElseFromTheStatedShare() {
    ReportFacts hung = byCommune.get("hung-thang");
    Dossiers d = hung.report().dossiers();
    assertEquals(share(d.onTime(), d.resolved()), hung.value(Indicator.ON_TIME_RATE).number());
    assertEquals((double) d.received(), hung.value(Indicator.DOSSIERS_RECEIVED).number());
    assertAbsent(hung.value(Indicator.ONLINE_DOSSIER_SHARE), "no count or share of dossiers received online");

    ReportFacts minh = byCommune.get("minh-long");
    assertEquals(minh.report().dossiers().onlinePct(), minh.value(Indicator.ONLINE_DOSSIER_SHARE).number());
    assertEquals(Value.Basis.STATED, minh.value(Indicator.ONLINE_DOSSIER_SHARE).basis());
    assertAbsent(minh.value(Indicator.ON_TIME_RATE), "neither the dossiers resolved nor those resolved on time");
  }

  @Test
  void hardwareSharesAddUpOnlyBlocksThatGiveBothCounts() {
    ReportFacts hung = byCommune.get("hung-thang");
    Hardware gov = hung.report().infrastructure().government().hardware();
    assertEquals(share(gov.adequate(), gov.computers()), hung.value(Indicator.COMPUTERS_ADEQUATE_SHARE).number());
    double all = hung.report().infrastructure().hardware().stream().mapToInt(Hardware::computers).sum();
    assertEquals(all, hung.value(Indicator.COMPUTERS).number());
    assertAbsent(hung.value(Indicator.ANTI_MALWARE_COVERAGE), "No block gives a count of computers with anti-malware");

    ReportFacts chi = byCommune.get("chi-minh");
    Hardware h = chi.report().infrastructure().government().hardware();
    assertEquals(share(h.antiMalware(), h.computers()), chi.value(Indicator.ANTI_MALWARE_COVERAGE).number());
  }

  @Test
  void villagesCoveredUseTheReportsTotalOrTheCommuneProfile() {
    ReportFacts chi = byCommune.get("chi-minh");
    var teams = chi.report().humanResources().communityTeams();
    assertEquals(share(teams.villagesCovered(), teams.villagesTotal()), chi.value(Indicator.VILLAGES_COVERED_SHARE).number());
    assertAbsent(byCommune.get("hung-thang").value(Indicator.VILLAGES_COVERED_SHARE), "Neither the report nor the commune profile gives the number of villages");
    assertAbsent(byCommune.get("minh-long").value(Indicator.STAFF_TRAINED), "no count of staff trained");
  }

  @Test
  void everyIndicatorOfEveryReportIsAValueOrAnAbsenceWithItsReasonNeverZeroForMissing() {
    for (ReportFacts f : byCommune.values()) {
      for (Indicator i : Indicator.values()) {
        Value v = f.value(i);
        if (!v.present()) {
          assertEquals(Value.Basis.ABSENT, v.basis());
          assertFalse(v.reasonVi().isBlank() || v.reasonEn().isBlank(), f.commune().slug() + " " + i.code());
        }
      }
    }
  }

  private static void assertAbsent(Value v, String reasonPart) {
    assertNull(v.number());
    assertEquals(Value.Basis.ABSENT, v.basis());
    assertTrue(v.reasonEn().contains(reasonPart), v.reasonEn());
  }
}
