package vn.xaso.importer;

import java.util.regex.Pattern;
import vn.xaso.importer.Numbers.Token;

/**
 * Whether a number is a figure of the commune stated as such, from the words next to it: not an
 * approximation ("hơn 3.000 hồ sơ", "trên 80%", "khoảng 41%"), which a transcriber does not copy as a
 * figure, and not a figure of a wider scope ("toàn tỉnh", "cấp tỉnh", "tỉnh phân bổ cho 102 xã").
 * Money is left to its own rules: an estimated need is "khoảng" by nature. Pure functions of folded words.
 */
final class FigureWords {
  /** Words right before a number that make it approximate or a bound, not a count. */
  private static final Pattern APPROXIMATE = Pattern.compile("\\b(?:hon|tren|khoang|gan|xap xi|chung|ngot|duoi|it nhat"
      + "|toi thieu|toi da|khong qua|khong duoi|hang)\\s*$");
  /** Words naming a scope wider than the commune, or many communes. */
  private static final Pattern WIDER = Pattern.compile("\\b(?:toan tinh|ca tinh|cap tinh|toan quoc|ca nuoc|toan huyen"
      + "|(?<!nam )\\b(?!(?:19|20)\\d\\d\\b)\\d+ (?:xa|phuong|huyen)\\b(?!\\s*\\d)|cac xa, phuong)");
  /** A target set or striven for, not a result: "chỉ tiêu tỉnh giao … 80%", "phấn đấu … đạt 70%". */
  private static final Pattern TARGET = Pattern.compile("\\b(?:chi tieu|phan dau|muc tieu)\\b");
  /** A level raised to ("nâng tỷ lệ … lên 85%") or a plan's figure written as a label ("KH năm 2025: 80%"): a target. */
  private static final Pattern TARGET_JUST_BEFORE = Pattern.compile("\\b(?:len|(?:ke hoach|kh) (?:nam|thang|quy)(?: [\\w/]+)?\\s*:)\\s*$");
  /**
   * A figure of a comparison, not the period's: a change ("tăng 112 hồ sơ", "giảm 3%") or a figure said after
   * "so với" or "cùng kỳ" in its clause ("(Cùng kỳ năm 2024 các xã cũ tiếp nhận 1.588 hồ sơ.)").
   */
  private static final Pattern CHANGE = Pattern.compile("\\b(?:tang|giam)(?: them)?\\s*$");
  private static final Pattern COMPARED = Pattern.compile("\\b(?:so voi (?:cac |cung )?(?:ky|thang|quy|nam|tuan|dau nam)|cung ky)\\b");
  /**
   * "Kỳ trước (tuần 39 và tuần 40) tiếp nhận 247 hồ sơ": what the period before received or resolved, unless it is what
   * that period left over ("kỳ trước chuyển sang 23 hồ sơ", carried over).
   */
  private static final Pattern PREVIOUS = Pattern.compile("\\b(?:ky|tuan|thang|quy) truoc\\b");
  private static final Pattern FLOW = Pattern.compile("\\b(?:tiep nhan|nhan duoc|da nhan|giai quyet|xu ly)\\b");
  private static final Pattern CARRIED = Pattern.compile("\\b(?:chuyen ?sang|chuyen ?qua|chuyen tiep|ton)\\b");
  private static final Pattern AFTER_TY = Pattern.compile("\\bty\\s*$");
  private static final Pattern MONEY = Pattern.compile("trieu dong|ty dong|nghin dong|dong");

  /**
   * A heading over what is still to be done ("IV- NHIỆM VỤ QUÝ IV NĂM 2026", "PHẦN IV - NHIỆM VỤ THỜI GIAN TỚI", "Phương
   * hướng 6 tháng cuối năm", "7/ Kế hoạch tuần 43", "Nhiệm vụ, giải pháp …"): a heading that opens with those words, not
   * one that reports on them ("Kết quả thực hiện nhiệm vụ …").
   */
  private static final Pattern TASKS_HEADING = Pattern.compile("(?:^| / )[^\\p{L}]*"
      + "(?:(?:phan |muc )?(?:[ivx]{1,4}|[a-d])\\s*[.\\-/)]\\s*)?"
      + "(?:(?:nhiem vu|phuong huong)\\b|ke hoach (?:cong tac )?(?:tuan|thang|quy|nam|\\d+ thang)\\b|muc tieu\\b)");
  /** "Hoàn thành số hóa 100% … trước 30/9/2026": a share to be completed, not completed. */
  private static final Pattern TO_COMPLETE = Pattern.compile("\\b(?:hoan thanh|phan dau|dam bao|nang)\\b");
  /** A deadline after the share: "… 95% trước ngày 31/12/2026", "… 100% trước 30/9/2026", "đạt 90% vào cuối năm". */
  private static final Pattern DEADLINE = Pattern.compile("^\\s*(?:[^\\d;]{0,60}?\\s)?(?:truoc|cham nhat|vao)(?: (?:ngay|thoi diem))?"
      + "\\s+(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?\\b");
  private static final Pattern AT_A_TIME_AHEAD = Pattern.compile("^\\s*(?:[^\\d;]{0,60}?\\s)?vao (?:cuoi|dau|giua) (?:nam|quy|thang)\\b");

  private FigureWords() {}

  /**
   * Whether a share is a target or a plan, not the period's figure: said under a heading over tasks ahead, or with a
   * deadline after it later than the report's date ("đạt 95% trước ngày 31/12/2026" in a report signed in September), or
   * "đạt … vào cuối năm". The words before the share ("phấn đấu", "chỉ tiêu") are {@link #stated}'s.
   */
  /** Whether the headings over a sentence open with tasks ahead ("PHẦN IV - NHIỆM VỤ THỜI GIAN TỚI", "Phương hướng …"). */
  static boolean tasksAhead(String context) {
    return TASKS_HEADING.matcher(context).find();
  }

  static boolean targetShare(String context, String f, Token t, java.time.LocalDate signed) {
    if (!t.kind().equals("pct")) {
      return false;
    }
    if (TASKS_HEADING.matcher(context).find()) {
      return true;
    }
    // The words after the share up to the clause's end, the deadline's date included (a token's own words stop at it).
    int semi = f.indexOf(';', Math.min(t.end(), f.length()));
    String after = f.substring(Math.min(t.end(), f.length()), semi < 0 ? f.length() : semi);
    String clause = ShareWords.clauseOf(f, t);
    if (AT_A_TIME_AHEAD.matcher(after).find()) {
      return true;
    }
    var m = DEADLINE.matcher(after);
    if (m.find()) {
      int year = m.group(3) != null ? Integer.parseInt(m.group(3)) : signed != null ? signed.getYear() : 0;
      try {
        var due = java.time.LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        return signed == null ? TO_COMPLETE.matcher(clause).find() : due.isAfter(signed);
      } catch (java.time.DateTimeException e) {
        return false;
      }
    }
    return false;
  }

  /** Whether {@code t}, in its clause, is a figure of the commune stated as such. */
  static boolean stated(Token t, String clause) {
    if (t.kind().equals("num") || t.kind().equals("pct") || t.kind().equals("frac")) {
      boolean money = MONEY.matcher(t.unit()).matches();
      if (!money && approximate(t.before())) {
        return false;
      }
      if (AFTER_TY.matcher(t.before()).find()) {
        // No count follows "tỷ" (a ratio's or a billion's word): "ty 16 hé so" is OCR's "tỷ lệ hồ sơ".
        return false;
      }
      // The scope is said before the figure ("toàn tỉnh có …"); after a share it is a link's reach ("liên thông 100% toàn tỉnh").
      return !wider(t.segment(), t) && !TARGET.matcher(t.segment()).find() && !compared(t)
          && !TARGET_JUST_BEFORE.matcher(t.segment()).find();
    }
    return true;
  }

  /** Whether a figure is a change or said of the period compared with ("so với tháng 9", "cùng kỳ năm 2024"). */
  static boolean compared(Token t) {
    // A bracket closed before the figure is a note on the figure it follows: "tiếp nhận 9.872 hồ sơ (tăng 12,4% so với
    // cùng kỳ năm 2025), trong đó trực tuyến 9.215 hồ sơ" compares the 9.872, and the 9.215 after it is the period's.
    String segment = CLOSED_BRACKET.matcher(t.segment()).replaceAll(" ");
    return CHANGE.matcher(t.before()).find() || COMPARED.matcher(segment).find()
        || PREVIOUS.matcher(segment).find() && FLOW.matcher(segment).find() && !CARRIED.matcher(segment).find();
  }

  /** A bracket opened and closed holding a figure of its own: its words are that figure's. */
  private static final Pattern CLOSED_BRACKET = Pattern.compile("\\([^()\\d]*\\d[^()]*\\)");

  /** Whether the words just before a number make it approximate ("hơn", "trên", "khoảng", "gần"). */
  static boolean approximate(String before) {
    return APPROXIMATE.matcher(before).find();
  }

  /** Whether the words of a figure's clause name a scope wider than the commune. */
  static boolean wider(String words, Token t) {
    var m = WIDER.matcher(words);
    while (m.find()) {
      // The figure's own count of communes ("75 xã") names itself, not its scope.
      // "liên thông 100% với cấp tỉnh": the other end of a link, not the figure's scope.
      boolean partner = words.substring(Math.max(0, m.start() - 5), m.start()).matches(".*\\b(?:voi|den|len|toi|tu) $");
      if (!m.group().startsWith(t.number() + " ") && !partner) {
        return true;
      }
    }
    return false;
  }

  /** A bracket without figures right after a figure's clause ("02 HS đã quá hạn (tính lũy kế)"): its note. */
  static String note(String f, Token t) {
    int at = t.end() + t.after().length();
    while (at < f.length() && f.charAt(at) == ' ') {
      at++;
    }
    int shut = at < f.length() && f.charAt(at) == '(' ? f.indexOf(')', at) : -1;
    String n = shut < 0 ? "" : f.substring(at, shut + 1);
    return n.matches(".*\\d.*") ? "" : " " + n;
  }
}
