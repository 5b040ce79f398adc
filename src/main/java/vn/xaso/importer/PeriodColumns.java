package vn.xaso.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The periods a table's columns and rows name ("Tháng 11/2025", "Quý III", "Tuần 48", "Năm 2025"): when each falls
 * and how long it is, so that a column of an earlier period or of a part of a longer one is read as no figure of the
 * period reported, and in a table with a row per period the latest row is the period's. A header's digits in a
 * period's name or a date are no figures ({@link #undated}).
 */
final class PeriodColumns {
  private PeriodColumns() {}

  /**
   * A dated span or day a header names ("Lũy kế từ 01/7/2025", "Thực hiện (01/7-14/12/2025)", "Lũy kế từ 01/7"): no
   * figure. A day and month without a year only after "từ", "đến" or "ngày", so "24/24" stays a figure.
   */
  private static final Pattern DATED = Pattern.compile("\\d{1,2}/\\d{1,2}(?:/\\d{4})?\\s*[-–]\\s*\\d{1,2}/\\d{1,2}/\\d{4}"
      + "|\\d{1,2}/\\d{1,2}/\\d{4}|(?<=\\b(?:tu|den|ngay) )\\d{1,2}/\\d{1,2}(?![\\d/])");

  /** A header cell's folded words without the periods and dates it names, whose digits are no figures. */
  static String undated(String cell) {
    return PERIOD_NAME.matcher(DATED.matcher(Normal.fold(cell)).replaceAll(" ")).replaceAll(" ");
  }

  /** A period a column's header names: "Tháng 11/2025", "tháng 10 năm 2025", "Quý III/2025", "Năm 2024". */
  private static final Pattern PERIOD_NAME = Pattern.compile("\\b(?:(thang) (\\d{1,2})|(quy) (iv|i{1,3}|[1-4])|(nam)|(tuan) (\\d{1,2}))"
      + "(?:\\s*(?:/|nam)\\s*(\\d{4})|(?<=nam) (\\d{4}))?\\b");

  /**
   * When a period a column names falls, in hundredths of a month from year 0 (a month's last month, a quarter's,
   * a year's December, a week's place in its year; a year not written counts as 0), or -1 when it names none.
   */
  static int periodRank(String head) {
    var m = PERIOD_NAME.matcher(Normal.fold(head));
    if (!m.find()) {
      return -1;
    }
    String y = m.group(8) != null ? m.group(8) : m.group(9);
    int year = y == null ? 0 : Integer.parseInt(y);
    if (m.group(6) != null) {
      // A week ("Tuần 48"): its place in the year, in hundredths of a month, as the months below.
      return year * 1200 + Integer.parseInt(m.group(7)) * 1200 / 53;
    }
    if (m.group(1) != null) {
      return year * 1200 + Integer.parseInt(m.group(2)) * 100;
    } else if (m.group(3) != null) {
      int q = switch (m.group(4)) {
        case "i", "1" -> 1;
        case "ii", "2" -> 2;
        case "iii", "3" -> 3;
        default -> 4;
      };
      return year * 1200 + 300 * q;
    }
    return y == null ? -1 : year * 1200 + 1200;
  }

  /**
   * Whether a column names a period earlier than another column of its header names ("Tháng 10/2025" beside
   * "Tháng 11/2025"): a comparison, not the period reported.
   */
  static boolean earlierColumn(List<String> header, String head) {
    int rank = inYear(header, periodRank(head));
    return rank >= 0 && (header.stream().mapToInt(h -> inYear(header, periodRank(h))).max().orElse(-1) > rank
        || partColumn(header, head));
  }

  /**
   * A rank whose period names no year ("Cộng quý III") in the latest year another column names ("Quý II/2025"): the
   * columns of one table speak of one report's year, and a year not written is not year 0.
   */
  private static int inYear(List<String> header, int rank) {
    if (rank < 0 || rank >= 1200 * 1000) {
      return rank;
    }
    int year = header.stream().mapToInt(PeriodColumns::periodRank).filter(r -> r >= 1200 * 1000).map(r -> (r - 1) / 1200).max().orElse(0);
    return year * 1200 + rank;
  }

  /**
   * Whether a column is one of two or more columns of shorter periods beside a column of the longer period that
   * holds them ("Tháng 7 | Tháng 8 | Tháng 9 | Quý III"): the longer column is the period's, the others its parts.
   * One month beside a year ("Tháng 12 | Năm 2025") says no such thing and is left as it was.
   */
  static boolean partColumn(List<String> header, String head) {
    int span = periodSpan(head);
    if (span <= 0) {
      return false;
    }
    long shorter = header.stream().filter(h -> periodSpan(h) == span).count();
    return shorter >= 2 && header.stream().anyMatch(h -> periodSpan(h) > span);
  }

  /** The length of the period a column names, in weeks, months, quarters and years as 1 to 4; 0 when none. */
  static int periodSpan(String head) {
    var m = PERIOD_NAME.matcher(Normal.fold(head));
    if (!m.find()) {
      return 0;
    }
    return m.group(6) != null ? 1 : m.group(1) != null ? 2 : m.group(3) != null ? 3 : periodRank(head) >= 0 ? 4 : 0;
  }

  /**
   * The rows of a table by period, the layout reader's tables whose labels are periods only ("Quý IV/2025", "Quý
   * III/2025"), two or more and no other row: each with whether it is earlier than the latest (a comparison) or the
   * latest itself.
   */
  static java.util.Map<TableLines.Line, Boolean> periodRows(List<TableLines.Line> lines) {
    java.util.Map<TableLines.Line, Boolean> out = new java.util.IdentityHashMap<>();
    int k = 0;
    while (k < lines.size()) {
      int end = k;
      while (end < lines.size() && lines.get(end).kind() != TableLines.Line.Kind.RAW && lines.get(end).kind() != TableLines.Line.Kind.PAIR) {
        end++;
      }
      List<TableLines.Line> table = lines.subList(k, end);
      int latest = table.stream().mapToInt(PeriodColumns::periodOnly).max().orElse(-1);
      // Only when every row is a period's: a row of their sum ("Cộng quý IV" under months) would be the period's.
      List<TableLines.Line> rows = table.stream().filter(l -> l.kind() == TableLines.Line.Kind.ROW).toList();
      if (rows.size() >= 2 && rows.stream().allMatch(l -> periodOnly(l) >= 0)) {
        table.stream().filter(l -> periodOnly(l) >= 0).forEach(l -> out.put(l, periodOnly(l) < latest));
      }
      k = Math.max(end, k + 1);
    }
    return out;
  }

  /**
   * The rank of a row whose label names a period and nothing else, or -1. A period named by where it stands beside
   * the one reported ("Tuần này", "Tuần trước", "Cùng kỳ") ranks after every named period or just before the one
   * reported; a running total ("Lũy kế từ 01/7/2025") before them all, as it is no period's own figure.
   */
  static int periodOnly(TableLines.Line l) {
    if (l.kind() != TableLines.Line.Kind.ROW || l.cells().isEmpty()) {
      return -1;
    }
    String label = l.cells().stream().filter(c -> !c.isBlank()).findFirst().orElse("");
    String words = undated(label).strip().replaceAll("\\s+", " ");
    if (THIS_ONE.matcher(words).matches()) {
      return RELATIVE;
    } else if (ONE_BEFORE.matcher(words).matches()) {
      return RELATIVE - 1;
    } else if (RUNNING.matcher(words).matches()) {
      return 0;
    }
    return undated(label).replaceAll("[^\\p{L}]", "").isEmpty() ? periodRank(label) : -1;
  }

  /** The rank of the period reported named by where it stands ("Tuần này"): after any period a year names. */
  private static final int RELATIVE = Integer.MAX_VALUE / 2;
  /** "Tuần này", "Kỳ báo cáo", folded: the period reported. */
  private static final Pattern THIS_ONE = Pattern.compile("(?:tuan|thang|quy|ky|nam) (?:nay|bao cao)");
  /** "Tuần trước", "Cùng kỳ năm trước", folded: a period before it. */
  private static final Pattern ONE_BEFORE = Pattern.compile("(?:tuan|thang|quy|ky|nam) truoc|cung ky\\b.*");
  /** "Lũy kế", "Lũy kế từ …", folded. */
  private static final Pattern RUNNING = Pattern.compile("luy ke\\b.*");

  /**
   * The latest row of a table by period read as the period's: its label, a period the title names in its own words,
   * gives way to "Trong kỳ" (the period reported), so the row reads as the figures of the period.
   */
  static List<String> asThePeriods(List<String> cells) {
    List<String> out = new ArrayList<>(cells);
    for (int i = 0; i < out.size(); i++) {
      if (!out.get(i).isBlank()) {
        out.set(i, "Trong kỳ");
        break;
      }
    }
    return out;
  }
}
