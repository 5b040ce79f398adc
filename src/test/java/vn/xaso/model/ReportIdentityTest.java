package vn.xaso.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The named factory for the report the build cache keeps: identity and source, nothing else. */
class ReportIdentityTest {
  @Test
  void onlyIdentityPeriodAndSourceArePresent() {
    Period period = new Period(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31), null);
    Report r = Report.identity("hung-thang", period, null);
    assertEquals("hung-thang", r.commune());
    assertEquals(period, r.period());
    assertNull(r.source());
    assertNull(r.procedures());
    assertNull(r.dossiers());
    assertNull(r.infrastructure());
    assertNull(r.humanResources());
    assertNull(r.finance());
    assertNull(r.assessment());
    assertEquals(List.of(), r.documents(), "lists are empty, never null");
    assertEquals(List.of(), r.difficulties());
    assertEquals(List.of(), r.confirmedAsReported());
  }
}
