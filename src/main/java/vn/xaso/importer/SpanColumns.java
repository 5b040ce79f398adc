package vn.xaso.importer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of a table's columns of spans holds the period's figures, when the columns name spans by their dates
 * ("01/10 - 30/11/2025", "Từ 01/10 đến 10/12/2025") beside named periods ("Quý III năm 2025") or their sum ("Cộng").
 * Pure functions of a header's cells, each tested alone ({@code TablesSeventeenthRoundTest}).
 */
final class SpanColumns {
  /** A span's last day with its year: "… - 30/11/2025", "… đến 10/12/2025", folded. */
  private static final Pattern SPAN_END = Pattern.compile("(?:-|–|\\bden)\\s*(?:ngay\\s*)?\\d{1,2}/(\\d{1,2})/(\\d{4})\\b");
  /**
   * A column that sums the columns of spans beside it ("Cộng", "Tổng cộng"), or names the period it sums ("Cộng quý
   * IV", "Tổng cộng 6 tháng"), folded.
   */
  private static final Pattern WHOLE = Pattern.compile("(?:(?:tong )?cong|tong so|tong)(?: (?:ca )?(?:quy|nam|thang|tuan|ky|\\d)\\b.*)?");
  /** A span of days in one month ("01-15/12", "01 - 15/12/2025"), folded. */
  private static final Pattern DAYS = Pattern.compile("(?<![\\d/])\\d{1,2}\\s*[-–]\\s*\\d{1,2}/\\d{1,2}(?:/\\d{4})?(?![\\d/])");
  /** A column of a part of the one before it ("Trong đó từ 01/12 đến 15/12"), folded. */
  private static final Pattern PART = Pattern.compile("^trong do\\b");
  /** Words of a running total, whose span is no part and no comparison. */
  private static final Pattern RUNNING = Pattern.compile("\\b(?:luy ke|cong don|tu dau nam)\\b");

  private SpanColumns() {}

  /**
   * Whether the column headed {@code head} holds no figure of the period: a named period ending before a span of
   * dates another column names ("Quý III năm 2025" beside "01/10 - 30/11/2025"), a span's part ("Trong đó từ 01/12 …"
   * after "Từ 01/10/2025 đến 15/12/2025"), or a span or period beside others under a column of their sum ("Quý III
   * năm 2025 | Từ 01/10 đến 10/12/2025 | Cộng": the sum is the period's).
   */
  static boolean notThePeriods(List<String> header, String head) {
    String h = Normal.fold(head).strip();
    // The column of the sum ("Cộng quý IV") is the period's: it names a span too, but no part of its own.
    if (!span(h) || RUNNING.matcher(h).find() || WHOLE.matcher(h).matches()) {
      return false;
    }
    if (PART.matcher(h).find() && header.stream().map(c -> Normal.fold(c).strip()).anyMatch(c -> !c.equals(h) && span(c)
        && !PART.matcher(c).find())) {
      return true;
    }
    long spans = header.stream().map(c -> Normal.fold(c).strip()).filter(c -> span(c) && !RUNNING.matcher(c).find()).count();
    if (spans >= 2 && header.stream().anyMatch(c -> WHOLE.matcher(Normal.fold(c).strip()).matches())) {
      return true;
    }
    int rank = PeriodColumns.periodRank(head);
    return rank >= 0 && endOf(h) < 0 && header.stream().map(c -> endOf(Normal.fold(c))).anyMatch(e -> e > rank);
  }

  /** Whether folded header words name a span: a named period or a range of dates. */
  private static boolean span(String h) {
    return PeriodColumns.periodRank(h) >= 0 || endOf(h) >= 0 || h.matches(".*\\btu \\d{1,2}/\\d{1,2}.*") || DAYS.matcher(h).find();
  }

  /** A dated span's end in the ranks of {@link PeriodColumns#periodRank} (its month), or -1. */
  static int endOf(String folded) {
    Matcher m = SPAN_END.matcher(folded);
    return m.find() ? Integer.parseInt(m.group(2)) * 1200 + Integer.parseInt(m.group(1)) * 100 : -1;
  }
}
