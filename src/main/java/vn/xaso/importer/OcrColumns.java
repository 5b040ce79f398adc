package vn.xaso.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table whose column breaks OCR lost, put back before the table reader sees it. Tesseract returns
 * a tabbed or ruled table as lines of words and figures parted by single spaces ("Nội dung Kỳ này
 * Kỳ trước Tăng (+), giảm (-)", then "2. Hồ sơ tiếp nhận mới 1.127 913 +214"). Such a block is read
 * by its structure, never by its words: a header line without figures whose cells each open with a
 * capital, and under it two rows at least, each a label followed by as many figures as the header has
 * columns after its first. The spaces at the column breaks become tabs, so the text keeps its length
 * and its lines, and a quote (whitespace collapsed) keeps the characters as read.
 */
final class OcrColumns {
  /** A figure cell: a count, a decimal, a share, a signed change, or the dash or cross of an empty or ticked cell. */
  private static final Pattern FIGURE = Pattern.compile("[+\\-–]?\\d[\\d.,]*%?|[-–xX]");
  /** A line that opens as an outline heading or an item ("2.", "II.", "a)", "- ") is no header. */
  private static final Pattern NUMBERED = Pattern.compile("^\\s*(?:\\d{1,2}[.)/-]|[IVX]{1,5}[.)/-]|[a-zđ][.)]|[-+*•–])");
  /** A year in a header cell ("Năm 2025") is a heading's words, not a figure. */
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");
  /** A label's last word naming a date: the figure after it is the date's. */
  private static final Pattern DATED = Pattern.compile("(?i)(?:^|\\s)(?:năm|tháng|ngày|quý|tuần|nam|thang|ngay|quy|tuan)$");
  /** A small letter run into a capital, or capitals into small letters: words OCR glued. */
  private static final Pattern GLUED_LABEL = Pattern.compile("\\p{Ll}\\p{Lu}|\\p{Lu}{2}\\p{Ll}");
  private static final Pattern DIGIT = Pattern.compile("\\d");
  /** Rows looked for under a header, blank lines between them included; a report's table is shorter. */
  private static final int MAX_ROWS = 60;

  private OcrColumns() {}

  /** {@code text} with the column breaks of the tables OCR flattened written as tabs; otherwise as it is. */
  static String mend(String text) {
    if (text.indexOf('\n') < 0) {
      return text;
    }
    String[] lines = text.split("\n", -1);
    int[] start = new int[lines.length];
    for (int i = 1; i < lines.length; i++) {
      start[i] = start[i - 1] + lines[i - 1].length() + 1;
    }
    char[] out = text.toCharArray();
    int i = 0;
    while (i < lines.length) {
      int next = block(lines, start, i, out);
      i = next > i ? next : i + 1;
    }
    return new String(out);
  }

  /**
   * Reads a block whose header is line {@code h}: when it is one, writes its breaks into {@code out}
   * and returns the line after its last row; otherwise returns {@code h}.
   */
  private static int block(String[] lines, int[] start, int h, char[] out) {
    List<List<Integer>> headings = headerBreaks(lines[h]);
    if (headings.isEmpty()) {
      return h;
    }
    for (List<Integer> header : headings) {
      int columns = header.size();
      List<Integer> rows = new ArrayList<>();
      List<List<Integer>> rowBreaks = new ArrayList<>();
      int exact = 0;
      int j = h + 1;
      for (; j < lines.length && j <= h + MAX_ROWS; j++) {
        String line = lines[j];
        if (line.isBlank()) {
          continue;
        }
        List<Integer> breaks = rowBreaks(line);
        if (breaks == null) {
          break;
        }
        if (breaks.size() >= columns) {
          // The last figures are the columns; a label ending in a number keeps it ("mua năm 2016").
          exact += breaks.size() == columns ? 1 : 0;
          rows.add(j);
          rowBreaks.add(breaks.subList(breaks.size() - columns, breaks.size()));
        }
      }
      // Two rows at least with exactly the header's figures: a label may end in a number, a table's rows not all.
      if (exact >= 2 && !glued(lines[h])) {
        header.forEach(b -> out[start[h] + b] = '\t');
        for (int r = 0; r < rows.size(); r++) {
          int at = start[rows.get(r)];
          rowBreaks.get(r).forEach(b -> out[at + b] = '\t');
        }
        return j;
      }
    }
    return h;
  }

  /**
   * The offsets of the spaces before each of a header line's cells after its first, read two ways:
   * every word opening with a capital opens a cell, and so does every such word but abbreviations in
   * capitals ("Số TTHC" is one cell). Empty when the line is no header.
   */
  private static List<List<Integer>> headerBreaks(String line) {
    String s = line.stripTrailing();
    if (s.isBlank() || !plain(s) || NUMBERED.matcher(s).find() || DIGIT.matcher(YEAR.matcher(s).replaceAll("")).find()
        || s.endsWith(".") || s.endsWith(":") || s.endsWith(";") || s.endsWith(",")) {
      return List.of();
    }
    List<Integer> all = new ArrayList<>();
    List<Integer> words = new ArrayList<>();
    boolean abbreviations = false;
    int first = firstNonSpace(s);
    for (int k = first; k < s.length(); k++) {
      if (s.charAt(k) == ' ' && k + 1 < s.length() && s.charAt(k + 1) != ' ') {
        int end = s.indexOf(' ', k + 1);
        String word = s.substring(k + 1, end < 0 ? s.length() : end);
        if (Character.isUpperCase(word.charAt(0))) {
          all.add(k);
          if (abbreviation(word)) {
            abbreviations = true;
          } else {
            words.add(k);
          }
        }
      }
    }
    // A title in capitals ("BÁO CÁO") is no header: a header's cells hold words in small letters.
    if (!Character.isUpperCase(s.charAt(first)) || all.isEmpty() || s.chars().noneMatch(Character::isLowerCase)) {
      return List.of();
    }
    List<List<Integer>> out = new ArrayList<>();
    if (!words.isEmpty()) {
      out.add(words);
    }
    if (abbreviations) {
      out.add(all);
    }
    return out;
  }

  /**
   * Whether a word of the header is two of the vocabulary's glued ("Máyin"): the table reader would
   * not know that column, while the reader of unaligned tables parts such words; the block is left to it.
   */
  private static boolean glued(String header) {
    for (String w : Normal.fold(header).split("[^a-z]+")) {
      if (!w.isEmpty() && !Vocabulary.unglued(w).equals(w)) {
        return true;
      }
    }
    return false;
  }

  /** A word in capitals, two letters at least ("TTHC", "HĐND"). */
  private static boolean abbreviation(String word) {
    String letters = word.replaceAll("[^\\p{L}]", "");
    return letters.length() >= 2 && letters.equals(letters.toUpperCase(java.util.Locale.ROOT));
  }

  /**
   * The offsets of the spaces before each trailing figure of a row (a label, then figures parted by
   * single spaces); null when the line is no such row.
   */
  private static List<Integer> rowBreaks(String line) {
    String s = line.stripTrailing();
    if (!plain(s)) {
      return null;
    }
    List<Integer> breaks = new ArrayList<>();
    int end = s.length();
    while (end > 0) {
      int space = s.lastIndexOf(' ', end - 1);
      if (space < 0 || !FIGURE.matcher(s.substring(space + 1, end)).matches()) {
        break;
      }
      breaks.add(0, space);
      end = space;
    }
    String label = s.substring(0, end);
    if (!breaks.isEmpty() && DATED.matcher(label).find()) {
      // "năm 2025", "tháng 10": the figure after the label's last word is its date, not a cell.
      breaks.remove(0);
    }
    if (breaks.isEmpty() || label.chars().noneMatch(Character::isLetter)) {
      return null;
    }
    if (GLUED_LABEL.matcher(label).find()) {
      // "ĐảngỦyxã", "UBNDxã": words OCR ran together, which the reader of unaligned tables parts; left to it.
      return null;
    }
    return breaks;
  }

  /** A line OCR flattened: no tab, no rule, no run of spaces (a typed table keeps its own breaks). */
  private static boolean plain(String s) {
    return s.indexOf('\t') < 0 && s.indexOf('|') < 0 && !s.strip().contains("  ");
  }

  private static int firstNonSpace(String s) {
    int k = 0;
    while (k < s.length() && s.charAt(k) == ' ') {
      k++;
    }
    return k;
  }
}
