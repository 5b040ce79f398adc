package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link CumulativeSpans} alone: whether counts said with another span's words are the period's. */
class CumulativeSpansTest {
  private static final String TO_AS_OF = Normal.fold("""
      Lũy kế từ ngày 01/7/2025 đến ngày 10/12/2025 tiếp nhận 4.120 hồ sơ
      """.strip());
  private static final String TO_ANOTHER_DAY = Normal.fold("""
      Lũy kế từ ngày 01/7/2025 đến ngày 30/11/2025 tiếp nhận 3.820 hồ sơ
      """.strip());

  private static Span day(LocalDate d) {
    return new Span(d, d, "", null);
  }

  @Test
  void aSumToTheStatedAsOfIsThePeriodsWhenNoSpanIsStatedASumToAnotherDayIsNot() {
    Findings found = new Findings();
    found.add("source.stated_as_of", LocalDate.of(2025, 12, 10), "đến ngày 10/12/2025");
    CumulativeSpans spans = new CumulativeSpans(found, List.of(), List.of(), List.of());
    assertTrue(spans.cumulativeIsPeriod(TO_AS_OF));
    assertFalse(spans.cumulativeIsPeriod(TO_ANOTHER_DAY));
    assertTrue(spans.spanAllows(TO_AS_OF, "received"));
    assertFalse(spans.spanAllows(TO_ANOTHER_DAY, "received"), "another span's count goes to no field of the period");
    // With a span of its own stated, the report's sum to its "as of" is no longer the period's.
    Span october = new Span(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 31), "", null, true);
    assertFalse(new CumulativeSpans(found, List.of(), List.of(), List.of(october)).cumulativeIsPeriod(TO_AS_OF));
  }

  @Test
  void aSumFromTheStartOfASpanToNowIsThePeriodsOwn() {
    String words = Normal.fold("""
        Tiếp nhận 2.000 hồ sơ (lũy kế từ ngày 01/7/2025 đến nay)
        """.strip());
    CumulativeSpans since = new CumulativeSpans(new Findings(), List.of(day(LocalDate.of(2025, 7, 1))), List.of(), List.of());
    assertTrue(since.cumulativeIsPeriod(words));
    CumulativeSpans other = new CumulativeSpans(new Findings(), List.of(day(LocalDate.of(2025, 9, 1))), List.of(), List.of());
    assertFalse(other.cumulativeIsPeriod(words));
  }

  @Test
  void aCountFromTheYearsStartIsThePeriodsWhenEverySpanStatedStartsThatDay() {
    String words = Normal.fold("""
        Từ đầu năm đến ngày 20/9/2026 tiếp nhận 9.140 hồ sơ
        """.strip());
    Span nine = new Span(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 9, 30), "", null, true);
    Findings found = new Findings();
    found.add("source.stated_as_of", LocalDate.of(2026, 9, 20), "đến ngày 20/9/2026");
    assertTrue(new CumulativeSpans(found, List.of(), List.of(), List.of(nine)).cumulativeIsPeriod(words));
    Span third = new Span(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), "", null, true);
    assertFalse(new CumulativeSpans(found, List.of(), List.of(), List.of(third)).cumulativeIsPeriod(words));
  }
}
