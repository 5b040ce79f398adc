package vn.xaso.importer;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures written in Vietnamese words before a counted noun ("hai mươi bảy máy tính", "mười bảy TTHC", "ba trăm
 * linh năm hồ sơ", "một đường truyền"), read on folded text as the digits a person reads in them. The words are
 * replaced in place by the digits and spaces, so the text keeps its length and every position still points into
 * the report's own words (the quote keeps "hai mươi bảy"). Only before a counted noun: "một cửa", "một phần", "một
 * số", "năm 2025", "sau khi" and "thứ hai" say no count.
 */
final class NumberWords {
  private NumberWords() {}

  private static final Map<String, Integer> DIGITS = Map.ofEntries(Map.entry("mot", 1), Map.entry("hai", 2), Map.entry("ba", 3),
      Map.entry("bon", 4), Map.entry("tu", 4), Map.entry("nam", 5), Map.entry("lam", 5), Map.entry("nham", 5),
      Map.entry("sau", 6), Map.entry("bay", 7), Map.entry("tam", 8), Map.entry("chin", 9));
  private static final Pattern AFTER_TENS = Pattern.compile("tu|lam|nham");
  private static final String WORD = "(?:mot|hai|ba|bon|tu|nam|lam|nham|sau|bay|tam|chin|muoi|tram|nghin|ngan|linh|le)";
  /** The nouns a figure counts in a report: equipment, lines, people, dossiers, procedures, villages, teams. */
  private static final String NOUN = "(?:(?:bo|chiec|cai) )?(?:may tinh|may in|may scan|may quet|may chu|may|duong truyen|camera"
      + "|nguoi|can bo|cong chuc|vien chuc|dong chi|thanh vien|ho so|thu tuc|tthc|dich vu|thon|ban|xom|ap|to cong nghe|to|cuoc"
      + "|lop|linh vuc|hop dong|vung|khu vuc|diem)\\b";
  private static final Pattern RUN = Pattern.compile("(?<![\\p{L}\\d])(?<!thu )(?<!lan )(?<!viet )(?<!trung )(?<!may )(" + WORD + "(?: " + WORD + "){0,6})(?= " + NOUN + ")");

  /** The folded text with each figure written in words before a counted noun replaced by its digits, same length. */
  static String digits(String folded) {
    Matcher m = RUN.matcher(folded);
    StringBuilder out = new StringBuilder(folded);
    while (m.find()) {
      Integer n = value(m.group(1));
      String d = n == null ? null : String.valueOf(n);
      if (d != null && d.length() <= m.group(1).length() && !misread(previousWord(folded, m.start(1)))) {
        out.replace(m.start(1), m.end(1), d + " ".repeat(m.group(1).length() - d.length()));
      }
    }
    return out.toString();
  }

  /** The word before {@code at}, or empty. */
  private static String previousWord(String f, int at) {
    var w = Pattern.compile("(\\p{L}+)\\s*$").matcher(f.substring(Math.max(0, at - 20), at));
    return w.find() ? w.group(1) : "";
  }

  /**
   * Whether a word is a number word OCR misread ("mudi" for "mười" before "hai máy in", 12): the words after it are
   * only part of the figure, so none is read.
   */
  static boolean misread(String word) {
    for (String n : new String[] {"muoi", "tram", "nghin", "linh"}) {
      if (!word.equals(n) && oneEdit(word, n)) {
        return true;
      }
    }
    return false;
  }

  private static boolean oneEdit(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return a.substring(Math.min(i + 1, a.length())).equals(b.substring(Math.min(i + 1, b.length())))
        || a.substring(i).equals(b.substring(Math.min(i + 1, b.length())))
        || a.substring(Math.min(i + 1, a.length())).equals(b.substring(i));
  }

  /** The number some folded number words say ("hai muoi bay" 27, "muoi" 10, "mot tram linh nam" 105), or null. */
  static Integer value(String words) {
    int total = 0;
    int current = 0;
    int last = 0;
    boolean any = false;
    String previous = "";
    for (String w : words.split(" ")) {
      Integer d = DIGITS.get(w);
      if (d != null) {
        if (any && DIGITS.containsKey(previous)) {
          return null; // "hai ba": two digits running is no number
        }
        if (AFTER_TENS.matcher(w).matches() && !previous.equals("muoi")) {
          return null; // "tư", "lăm" are 4 and 5 only after "mươi": "đầu tư máy tính" counts nothing
        }
        // "mốt", "lăm" and "tư" after "mươi" (21, 25, 24); "năm" alone is five.
        current += d;
        last = d;
        any = true;
      } else if (w.equals("muoi")) {
        current = current - last + (last == 0 ? 1 : last) * 10;
        last = 0;
        any = true;
      } else if (w.equals("tram")) {
        if (last == 0) {
          return null;
        }
        current = current - last + last * 100;
        last = 0;
      } else if (w.equals("nghin") || w.equals("ngan")) {
        if (current == 0) {
          return null;
        }
        total += current * 1000;
        current = 0;
        last = 0;
      } else if (!w.equals("linh") && !w.equals("le")) {
        return null;
      }
      previous = w;
    }
    return any || total > 0 ? total + current : null;
  }
}
