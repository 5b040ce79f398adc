package vn.xaso.importer;

import java.util.regex.Pattern;

/**
 * The marks that open a report's lines, as OCR returns them. A scan's bullet ("•") comes back as
 * "«", "»", "·" or "°"; the Roman "I." of a report's first heading as "1.", "l." or "I,". Both are
 * read here for what the page shows, so the outline keeps its items and levels; the quotes keep
 * the characters as read.
 */
final class Marks {
  /** A bullet as typed ("-", "+", "*", "•", "–") or as OCR reads "•" (then a space follows it). */
  static final Pattern BULLET = Pattern.compile("^\\s*(?:[-+*•–]|[«»·°†‡„●○◦▪■](?=\\s))\\s*");

  /** A Roman top heading with a title in capitals ("II. KẾT QUẢ THỰC HIỆN"). */
  private static final Pattern ROMAN = Pattern.compile("(?m)^\\s*[IVX]{1,5}\\.\\s+(\\p{Lu}[\\p{Lu}\\s,;:()/-]{3,})$");

  /** The marks OCR reads for the Roman one: the digit one, a small l, a bar, or a comma for its dot. */
  private static final Pattern MISREAD_ONE = Pattern.compile("\\s*(?:[1l|]\\.|[I1l],)\\s*");

  private Marks() {}

  /** Whether {@code text} numbers its top headings with Roman numerals, two of them at least. */
  static boolean romanOutline(String text) {
    var m = ROMAN.matcher(text);
    int n = 0;
    while (m.find() && n < 2) {
      n++;
    }
    return n >= 2;
  }

  /**
   * The heading mark as the page shows it: "I." for a "1." (or "l.", "I,") whose title is in
   * capitals, in a report whose other top headings are Roman; otherwise {@code mark} as read.
   */
  static String heading(String mark, String title, boolean romanOutline) {
    return romanOutline && MISREAD_ONE.matcher(mark).matches() && capitals(title) ? "I." : mark;
  }

  /** Whether the title's letters, four at least, are all capitals. */
  private static boolean capitals(String title) {
    String letters = title.replaceAll("[^\\p{L}]", "");
    return letters.length() >= 4 && letters.equals(letters.toUpperCase(java.util.Locale.ROOT));
  }
}
