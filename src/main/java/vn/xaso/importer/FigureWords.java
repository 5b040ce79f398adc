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

  private FigureWords() {}

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
    return CHANGE.matcher(t.before()).find() || COMPARED.matcher(t.segment()).find()
        || PREVIOUS.matcher(t.segment()).find() && FLOW.matcher(t.segment()).find() && !CARRIED.matcher(t.segment()).find();
  }

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
}
