package vn.xaso.importer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form rules match on: lower case, marks stripped, đ read as d, and the letters OCR turns into
 * digits put back inside words (a Vietnamese syllable holds no digit: "s6" is "so", "1e" is "le";
 * nor a j: "bj" is "bi"). Numbers standing alone are left as they are.
 */
final class Normal {
  private static final Pattern STRAY = Pattern.compile("[|¦~^`«»{}\\[\\]]");
  private static final Pattern MIXED = Pattern.compile("[a-z0-9]*(?:[a-z][0-9]|[0-9][a-z])[a-z0-9]*");

  private Normal() {}

  static String fold(String text) {
    // ð (the eth OCR returns for đ) is d too; stray symbols OCR leaves between words are spaces.
    String lower = text.toLowerCase(Locale.ROOT).replace('đ', 'd').replace('ð', 'd');
    lower = STRAY.matcher(lower).replaceAll(" ");
    String stripped = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return PAIRED.matcher(words(stripped.replace('j', 'i'))).replaceAll("$1  $2");
  }

  /** Words a comma joins into one phrase ("phòng, chống mã độc"): read as one clause, the length kept. */
  private static final Pattern PAIRED = Pattern.compile("\\b(phong), (chong)\\b");

  /** Accents and đ removed, case kept: for names and document numbers. */
  static String strip(String text) {
    String s = text.replace('đ', 'd').replace('Đ', 'D').replace('ð', 'd').replace('Ð', 'D');
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }

  private static String words(String s) {
    Matcher m = MIXED.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(letters(m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String letters(String w) {
    StringBuilder b = new StringBuilder(w.length());
    for (char c : w.toCharArray()) {
      b.append(switch (c) {
        case '0', '6' -> 'o';
        case '1' -> 'l';
        case '5' -> 's';
        case '4' -> 'a';
        default -> c;
      });
    }
    return b.toString();
  }
}
