package vn.xaso.model;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The period a report covers (kỳ báo cáo): a start and an end date, or a single "as of" date
 * (tính đến ngày) when the report gives a cumulative status, with {@code since}, the day its
 * cumulative counts start from (lũy kế từ ngày), when the report states it.
 */
public record Period(
    @Doc(vi = "Ngày bắt đầu kỳ báo cáo", en = "First day of the period",
        example = "2025-11-28")
        LocalDate start,
    @Doc(vi = "Ngày kết thúc kỳ báo cáo", en = "Last day of the period",
        example = "2025-12-05")
        LocalDate end,
    @Doc(vi = "Số liệu tính đến ngày (thay cho start/end)", en = "Status as of this date (instead of start/end)",
        example = "2025-07-31")
        LocalDate asOf,
    @Doc(vi = "Số liệu trong kỳ (hồ sơ) tính lũy kế từ ngày này, khi báo cáo nêu (chỉ đi cùng as_of)",
        en = "The day the period's counts (dossiers) are cumulative from, when the report says (with as_of only)",
        example = "2025-07-01")
        LocalDate since) {

  /** A period whose cumulative start, if any, is not stated. */
  public Period(LocalDate start, LocalDate end, LocalDate asOf) {
    this(start, end, asOf, null);
  }

  /** The first day the period touches. */
  public LocalDate from() {
    return asOf != null ? asOf : start;
  }

  /**
   * The first day the report's counts over time (its flows) are counted from: the start of a
   * range, or the stated {@code since} of an "as of" report; null when the report does not say.
   * Two reports of one commune counted from the same day cover one growing span.
   */
  public LocalDate countedFrom() {
    return asOf != null ? since : start;
  }

  /** The last day the period touches. */
  public LocalDate to() {
    return asOf != null ? asOf : end;
  }

  /**
   * The key used as the report's file name: {@code 2025-07} for a whole calendar month,
   * {@code 2025-12-05} for an as-of date, {@code 2025-11-28_2025-12-05} otherwise.
   */
  public String key() {
    if (asOf != null) {
      return asOf.toString();
    }
    if (start == null || end == null) {
      return "";
    }
    YearMonth month = YearMonth.from(start);
    if (start.getDayOfMonth() == 1 && end.equals(month.atEndOfMonth())) {
      return month.toString();
    }
    return start + "_" + end;
  }

  public boolean overlaps(Period other) {
    return !from().isAfter(other.to()) && !other.from().isAfter(to());
  }
}
