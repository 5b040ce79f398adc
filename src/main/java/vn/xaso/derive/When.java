package vn.xaso.derive;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.xaso.model.Period;
import vn.xaso.model.Report;

/**
 * When a figure holds: a stock at one date ({@code from} equals {@code to}), a flow over a span
 * of a {@link Span} kind. {@code own} when the report states a date for the part that differs
 * from its period (a stock "as of" an earlier date than the dossiers' span).
 */
public record When(Span span, LocalDate from, LocalDate to, boolean own) {

  /** The kind of a figure's date or span, with its code in the open data. */
  public enum Span {
    /** A stock at a date. */
    AS_OF("as_of", 0, 0),
    WEEK("week", 1, 10),
    MONTH("month", 27, 32),
    QUARTER("quarter", 85, 95),
    HALF_YEAR("half_year", 178, 186),
    YEAR("year", 360, 370),
    /** A span of another length: its counts are compared with nothing. */
    OTHER("other", 0, 0),
    /** A flow up to an "as of" date from a start the report does not state (no {@code period.since}). */
    TO_DATE("to_date", 0, 0);

    private final String code;
    private final int minDays;
    private final int maxDays;

    Span(String code, int minDays, int maxDays) {
      this.code = code;
      this.minDays = minDays;
      this.maxDays = maxDays;
    }

    public String code() {
      return code;
    }

    /** The kind of a span of {@code days} days, first and last included. */
    static Span ofDays(long days) {
      for (Span s : values()) {
        if (s.maxDays > 0 && days >= s.minDays && days <= s.maxDays) {
          return s;
        }
      }
      return OTHER;
    }

    /** Whether counts over spans of this kind can be compared with each other. */
    public boolean countsComparable() {
      return maxDays > 0;
    }
  }

  /** When the figures of {@code part} in {@code r} hold. */
  public static When of(Part part, Report r) {
    Period p = r.period();
    if (part.stock()) {
      LocalDate own = part.ownDate(r);
      LocalDate at = own != null ? own : p.to();
      return new When(Span.AS_OF, at, at, own != null && !own.equals(p.to()));
    }
    LocalDate from = p.countedFrom();
    if (from == null) {
      return new When(Span.TO_DATE, null, p.asOf(), false);
    }
    // An "as of" report that says where its counts start ("lũy kế từ 01/07/2025") counts over that
    // span like any report over a range: its kind is the span's length.
    return new When(Span.ofDays(ChronoUnit.DAYS.between(from, p.to()) + 1), from, p.to(), false);
  }

  public boolean stock() {
    return span == Span.AS_OF;
  }
}
