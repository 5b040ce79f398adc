package vn.xaso.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.xaso.importer.Outline.Sentence;

/**
 * The reading of one span a sentence writes: a range of days ("từ ngày 13/10 đến 17/10/2025", "28/11-05/12"), a month
 * ("tháng 9/2025", never the day of a date), a quarter or a run of months ("quý III", "6 tháng đầu năm"), a year the
 * report sums up, a span "đến nay" and a month the figures run to ("đến hết tháng 11/2025"). It turns words into
 * {@link Span}s and nothing more: which section states them and which one is the period is {@link Periods}' choice,
 * and whether the words beside them set them aside is {@link SpanWords}'.
 */
final class StatedSpans {
  /** "từ (ngày) 13/10(/2025) đến (ngày) 17/10/2025", or "28/11-05/12". */
  static final Pattern RANGE = Pattern.compile("\\btu (?:ngay )?(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?\\s*(?:den(?: het)?|-)\\s*"
      + "(?:ngay )?(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?\\b"
      // "01/11 - 15/11/2026", and an export's "01/01/2026 - 15/11/2026" with both years.
      + "|\\b(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?\\s*-\\s*(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?\\b"
      // "ngày 08/11/2025 đến ngày 14/11/2025", "01/7 đến 30/11/2025" are ranges though their "từ" is lost (OCR's "tir").
      // "từ khi vận hành chính quyền hai cấp (01/7/2025) đến ngày 30/11/2025": an event dated in brackets opens it.
      + "|(?<![\\d/])(?:\\bngay )?(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?(?:\\)(?<=\\btu khi [^()]{0,80}\\(\\d{1,2}/\\d{1,2}/\\d{4}\\)))?"
      + "\\s*den (?:het )?(?:ngay )?(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
  /** "tháng 9/2025", "tháng 9 năm 2025", not the day of a date ("ngày 03 tháng 10 năm 2025"). */
  private static final Pattern MONTH = Pattern.compile("(?<!ngay[\\s\\d.…_]{0,12})\\bthang (\\d{1,2})(?:/| nam )(\\d{4})\\b");
  private static final Pattern MONTH_AS_OF = Pattern.compile("den (?:het )?thang (\\d{1,2})/(\\d{4})");
  /** "quý III năm 2025", "quý 3/2025", "6 tháng đầu năm 2025", "9 tháng năm 2025": the year from the report when not written. */
  private static final Pattern QUARTER = Pattern.compile("\\bquy (iv|i{1,3}|[1-4])(?:(?: nam |/)(\\d{4}))?\\b"
      + "|\\b(6|9) thang ([a-z0-9]{2,5} )?nam(?: (\\d{4}))?\\b");
  /**
   * A year named as what the report sums up ("tổng kết năm 2025", "kết quả thực hiện năm 2025", "báo cáo năm
   * 2025"), not a plan's year ("nhiệm vụ năm 2026") nor the year of a date, month or quarter.
   */
  private static final Pattern YEAR = Pattern.compile("\\b(?:tong ket|ket qua(?: thuc hien)?|bao cao|so lieu)(?: cong tac)? nam (20\\d\\d)\\b");
  // "Từ ngày 01/7/2025 (ngày xã mới đi vào hoạt động) đến nay": a short note on the start may stand between.
  private static final Pattern SINCE_NOW = Pattern.compile("\\btu (?:ngay (\\d{1,2})/|thang )(\\d{1,2})/(\\d{4})\\s*"
      + "(?:\\([^()\\d]{0,60}\\)\\s*)?,?\\s*den nay\\b");

  private StatedSpans() {}

  /** The first group of the alternative of {@link #RANGE} that matched: its start's day; +5 is its end's year. */
  static int group(Matcher r) {
    return r.group(1) != null ? 1 : r.group(7) != null ? 7 : 13;
  }

  /** The range {@code r} found in {@code s}, its years from {@code year} where not written; null when no such days. */
  static Span range(Sentence s, Matcher r, int year) {
    int g = group(r);
    String endYear = r.group(g + 5);
    int y = endYear != null ? Integer.parseInt(endYear) : year;
    LocalDate end = Extractor.date(r.group(g + 3), r.group(g + 4), String.valueOf(y)).orElse(null);
    String startYear = r.group(g + 2);
    LocalDate start = Extractor.date(r.group(g), r.group(g + 1), startYear == null || startYear.isEmpty()
        ? String.valueOf(y) : startYear).orElse(null);
    if (start != null && end != null && y > 0) {
      return new Span(end.isBefore(start) ? start.minusYears(1) : start, end, Extractor.trim(s.original(), r.start()),
          Evidence.of(s, r.start(), r.group(g) + "/" + r.group(g + 1)));
    }
    return null;
  }

  /** Months named ("tháng 9/2025"), not one a "đến (hết)" ends nor one the words before set aside. */
  static void months(Sentence s, List<Span> into) {
    String f = s.folded();
    Matcher m = MONTH.matcher(f);
    while (m.find()) {
      if (f.substring(Math.max(0, m.start() - 8), m.start()).matches(".*\\bden (?:het )?$") || SpanWords.aside(f, m.start())) {
        continue;
      }
      month(m.group(1), m.group(2)).ifPresent(ym -> into.add(new Span(ym.atDay(1), ym.atEndOfMonth(),
          Extractor.trim(s.original(), m.start()), Evidence.of(s, m.start(), m.group(1)), true)));
    }
  }

  /** "Đến hết tháng 11/2025": the month's last day, the first the sentence names; null when none. */
  static Span monthAsOf(Sentence s) {
    Matcher month = MONTH_AS_OF.matcher(s.folded());
    if (month.find()) {
      return month(month.group(1), month.group(2)).map(ym -> new Span(ym.atEndOfMonth(), ym.atEndOfMonth(),
          Extractor.trim(s.original(), month.start()), Evidence.of(s, month.start(), month.group(1)))).orElse(null);
    }
    return null;
  }

  /** "Quý III năm 2025" is July to September; "6 tháng đầu năm" January to June; "9 tháng" January to September. */
  static void quarters(Sentence s, int year, List<Span> into) {
    String f = s.folded();
    Matcher q = QUARTER.matcher(f);
    while (q.find()) {
      if (SpanWords.aside(f, q.start()) || SpanWords.excluded(f, q.start(), q.end())) {
        continue;
      }
      String y = q.group(2) != null ? q.group(2) : q.group(5);
      int yy = y != null ? Integer.parseInt(y) : year;
      if (yy <= 0) {
        continue;
      }
      int[] months = q.group(1) != null ? quarter(q.group(1)) : firstOrLast(q.group(4), q.group(3));
      if (months == null) {
        continue;
      }
      into.add(new Span(YearMonth.of(yy, months[0]).atDay(1), YearMonth.of(yy, months[1]).atEndOfMonth(),
          Extractor.trim(s.original(), q.start()), Evidence.of(s, q.start(), ""), true));
    }
  }

  /** The first and last month of quarter "iii" or "3". */
  private static int[] quarter(String which) {
    int n = switch (which) {
      case "i", "1" -> 1;
      case "ii", "2" -> 2;
      case "iii", "3" -> 3;
      default -> 4;
    };
    return new int[] {3 * n - 2, 3 * n};
  }

  /** "6 tháng đầu năm", "6 tháng cuối năm", "9 tháng năm": the first and last month, or null for other words between. */
  private static int[] firstOrLast(String between, String count) {
    String half = between == null ? null : between.strip();
    if (half != null && Vocabulary.distance(half, "dau", 1) > 1 && Vocabulary.distance(half, "cuoi", 1) > 1) {
      return null;
    }
    // "cuối" or what OCR makes of it within one letter ("cudi"); "đầu" likewise.
    boolean late = half != null && Vocabulary.distance(half, "cuoi", 1) <= 1;
    int months = Integer.parseInt(count);
    return new int[] {late ? 13 - months : 1, late ? 12 : months};
  }

  /** "Tổng kết năm 2025" in the preamble: the year, unless it is not over by {@code signed}, the report's year. */
  static void years(Sentence s, int signed, List<Span> into) {
    String f = s.folded();
    Matcher y = YEAR.matcher(f);
    while (y.find()) {
      int yy = Integer.parseInt(y.group(1));
      if (signed <= 0 || yy > signed || SpanWords.partOnly(f, y.start())) {
        continue;
      }
      into.add(new Span(LocalDate.of(yy, 1, 1), LocalDate.of(yy, 12, 31), Extractor.trim(s.original(), y.start()),
          Evidence.of(s, y.start(), y.group(1)), true));
    }
  }

  /** "Từ ngày 01/7/2025 đến nay", "từ tháng 7/2025 đến nay": each start as a one-day span. */
  static void sinceNow(Sentence s, List<Span> into) {
    Matcher m = SINCE_NOW.matcher(s.folded());
    while (m.find()) {
      LocalDate start = Extractor.date(m.group(1) == null ? "1" : m.group(1), m.group(2), m.group(3)).orElse(null);
      if (start != null) {
        into.add(new Span(start, start, Extractor.trim(s.original(), m.start()), Evidence.of(s, m.start(),
            m.group(1) == null ? m.group(2) + "/" + m.group(3) : m.group(1) + "/" + m.group(2))));
      }
    }
  }

  static Optional<YearMonth> month(String m, String y) {
    try {
      return Optional.of(YearMonth.of(Integer.parseInt(y), Integer.parseInt(m)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
