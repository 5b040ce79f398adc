package vn.xaso.importer;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A span the text states (a range, a month, a quarter, a year), where it states it, and whether it was named
 * ({@code named}: "tháng 10", "quý IV") rather than written as a range of days. {@link Periods} chooses among them;
 * the comparisons here are what that choice asks of two spans.
 */
record Span(LocalDate start, LocalDate end, String quote, Evidence evidence, boolean named) {
  /** A title's span this long or longer (a quarter) gives way to the figures' own span inside it. */
  static final long LONG_SPAN_DAYS = 89;

  Span(LocalDate start, LocalDate end, String quote, Evidence evidence) {
    this(start, end, quote, evidence, false);
  }

  /** Overlaps {@code o} and covers at least four fifths of its days. */
  boolean sameCycle(Span o) {
    return !start.isAfter(o.end) && !o.start.isAfter(end) && 5 * days() >= 4 * o.days();
  }

  long days() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /** A quarter or longer that holds {@code o}, a shorter span: the longer is the report's cycle, {@code o} its figures'. */
  boolean holdsShorter(Span o) {
    return days() >= LONG_SPAN_DAYS && !o.start.isBefore(start) && !o.end.isAfter(end) && o.days() < days();
  }

  /** The same first and last day. */
  static boolean same(Span a, Span b) {
    return a.start().equals(b.start()) && a.end().equals(b.end());
  }
}
