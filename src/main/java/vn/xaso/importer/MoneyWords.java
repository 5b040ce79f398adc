package vn.xaso.importer;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Money: "420 triệu đồng" in đồng, and whether the sentence says it was allocated or is needed. */
final class MoneyWords {
  /** A sum written in plain đồng ("180.000.000 đồng") is a budget line from a million on; smaller is no budget. */
  static final BigDecimal PLAIN_DONG = BigDecimal.valueOf(1_000_000);

  private MoneyWords() {}

  /** The amount in đồng of a figure written in {@code unit} (triệu, tỷ, nghìn đồng); null when not whole. */
  static Long vnd(BigDecimal amount, String unit) {
    try {
      return amount.multiply(BigDecimal.valueOf(switch (unit) {
        case "ty dong" -> 1_000_000_000L;
        case "trieu dong" -> 1_000_000L;
        case "dong" -> 1L;
        default -> 1_000L;
      })).longValueExact();
    } catch (ArithmeticException e) {
      return null;
    }
  }

  /**
   * The words before a sum since the previous comma, semicolon, bracket or figure: its own verb ("đã giải ngân" of
   * "…, đã giải ngân 412 triệu đồng"; "(đã thanh toán" of "1.200.000.000 đồng (đã thanh toán 864.500.000 đồng)").
   */
  static String wordsBefore(String f, int at) {
    int from = 0;
    for (int i = at - 1; i >= 0; i--) {
      char c = f.charAt(i);
      if (c == ',' || c == ';' || c == '(' || c == ')' || c == '.' && (i + 1 >= f.length() || f.charAt(i + 1) == ' ')
          || Character.isDigit(c) && (i + 1 >= f.length() || f.charAt(i + 1) == ' ') && i + 1 < at) {
        from = i + 1;
        break;
      }
    }
    return f.substring(from, at);
  }

  /** A span of years ("giai đoạn 2026 - 2030", "2026–2030") or a year named in the words before a sum. */
  private static final Pattern SPAN_OF_YEARS = Pattern.compile("\\bgiai doan (?:20\\d\\d)|\\b20\\d\\d ?[-–] ?20\\d\\d\\b");
  private static final Pattern YEAR = Pattern.compile("\\b(20\\d\\d)\\b");

  /**
   * Whether the words before the sum at {@code at}, back to the previous semicolon, comma or bracket, or a year named
   * after it in its clause, give it to years other than the report's: a span of years, or a year after {@code reportYear} (the latest year its dates
   * name; 0 when none). "nhu cầu năm 2026 ước tính 4,2 tỷ đồng" in a 2025 report is next year's need, not this
   * period's, and is left to a person.
   */
  static boolean otherYears(String f, int at, int reportYear) {
    int from = Math.max(f.lastIndexOf(';', at - 1), Math.max(f.lastIndexOf(", ", at - 1), f.lastIndexOf('(', at - 1))) + 1;
    String before = f.substring(from, at);
    if (SPAN_OF_YEARS.matcher(before).find()) {
      return true;
    }
    for (Matcher y = YEAR.matcher(before); y.find();) {
      if (reportYear > 0 && Integer.parseInt(y.group(1)) > reportYear) {
        return true;
      }
    }
    // "… bố trí 95 triệu đồng nâng cấp đường truyền trong năm 2026" in a 2025 report: the year the sum is for, said
    // after it in its clause, is a later one.
    int semi = f.indexOf(';', at);
    String after = f.substring(at, semi < 0 ? f.length() : semi);
    if (SPAN_OF_YEARS.matcher(after).find()) {
      return true;
    }
    for (Matcher y = YEAR_NAMED.matcher(after); y.find();) {
      if (reportYear > 0 && Integer.parseInt(y.group(1)) > reportYear) {
        return true;
      }
    }
    return false;
  }

  /** A year named as such ("năm 2026"), not a date's year. */
  private static final Pattern YEAR_NAMED = Pattern.compile("\\bnam (20\\d\\d)\\b");

  /** What {@link #moneyField} says of money paid out: a field of its own the draft has not, so no field at all. */
  static final String SPENT = "";

  /**
   * The finance field a sentence about money names: the need, or what was allocated; {@link #SPENT} for money
   * disbursed ("đã giải ngân 212 triệu đồng" is a part of what was allocated, never the allocation; "đã thực hiện 1.120
   * triệu đồng" is what was spent of it); null for none.
   */
  static String moneyField(String f) {
    if (Vocabulary.has(f, "nhu cau")) {
      return "finance.estimated_need_vnd";
    }
    if (Vocabulary.has(f, "giai ngan|da chi|thanh toan|quyet toan|da su dung|da thuc hien|thuc hien duoc")) {
      return SPENT;
    }
    // "Kinh phí năm 2025 giao cho chuyển đổi số: 385 triệu đồng": money given for a purpose ("bàn giao cho" hands over).
    // Money asked for ("Đề nghị tỉnh bố trí 320 triệu đồng") is not yet allocated.
    return Vocabulary.has(f, "bo tri|da cap|duoc cap|phan bo|duoc giao|du toan giao|(?<!ban )giao cho") && !Vocabulary.has(f, REQUESTED)
        ? "finance.allocated_vnd" : null;
  }

  /** Words asking for money: what they ask is no allocation. */
  private static final String REQUESTED = "de nghi|kien nghi|de xuat";

  /**
   * "…, còn thiếu 170 triệu đồng": the words just before a sum saying it is the gap between two others (a shortfall,
   * a difference), which no finance field holds.
   */
  static boolean gap(String wordsBefore) {
    return Vocabulary.has(wordsBefore, "con thieu|thieu hut|chenh lech|con thieu khoang");
  }

  /**
   * "…, trong đó khối Đảng 260 triệu đồng": the words before a sum, opening its clause, that make it a part of the total
   * just stated. Only at the clause's start: "được giao trong dự toán là …" (mended "trong do toan") is no part.
   */
  private static final Pattern PART_OF_TOTAL = Pattern.compile("^\\s*(?:trong do|trong so do)\\b");

  static boolean partOfTotal(String wordsBefore) {
    return PART_OF_TOTAL.matcher(wordsBefore).find();
  }
}
