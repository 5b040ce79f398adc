package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@link Span} alone: what the choice of period asks of two spans. */
class SpanTest {
  private static Span span(String start, String end) {
    return new Span(LocalDate.parse(start), LocalDate.parse(end), "", null);
  }

  @Test
  void aSpanAsLongAsAMonthThatOverlapsItIsItsCycleAWeekIsNot() {
    Span october = span("2025-10-01", "2025-10-31");
    assertTrue(span("2025-09-15", "2025-10-14").sameCycle(october));
    assertFalse(span("2025-10-13", "2025-10-17").sameCycle(october), "a week inside the month is another period");
    assertFalse(span("2025-11-01", "2025-11-30").sameCycle(october), "no overlap");
  }

  @Test
  void aQuarterHoldsAShorterSpanInsideItAMonthHoldsNone() {
    Span third = span("2025-07-01", "2025-09-30");
    assertTrue(third.holdsShorter(span("2025-07-01", "2025-09-15")));
    assertFalse(third.holdsShorter(third), "not shorter");
    assertFalse(span("2025-10-01", "2025-10-31").holdsShorter(span("2025-10-13", "2025-10-17")), "a month is no quarter");
    assertTrue(Span.same(third, span("2025-07-01", "2025-09-30")));
  }
}
