package vn.xaso.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What one line of a two-dimensional layout is, for {@link Layout}: a rule or a box's edge, its pieces (cells parted by
 * pipes, box-drawing characters, tabs or runs of two spaces, each with the characters it spans), whether they are a
 * header's or a data row's, a row number with words only, and a line of a label, dot leaders and a figure. Pure
 * functions of a line's text, tested alone in {@code LayoutTest}.
 */
final class LayoutLines {
  private LayoutLines() {}

  /** A piece of a line: its text and the characters it spans. */
  record Cell(int start, int end, String text) {
    int middle() {
      return (start + end) / 2;
    }
  }

  /** Marks that draw a rule or a box's edge: dashes, equals, plus at crossings, box-drawing characters. */
  private static final Pattern RULE = Pattern.compile("[\\s\\-=+_.~:|─━═│┃║┼┬┴├┤┌┐└┘╔╗╚╝╠╣╦╩╬╪╫—–·…]*");
  /** The vertical edges of a box, read as pipes. */
  private static final Pattern VERTICAL = Pattern.compile("[│┃║¦]");
  /** A run of two spaces or more (or a tab): where a table typed with spaces parts its cells. */
  private static final Pattern GAP = Pattern.compile(" {2,}|\\t+");
  /** A figure cell: a number, a share, a change with its sign; or a dash or "không (có)" for none. */
  private static final Pattern FIGURE = Pattern.compile("[+\\-–]?\\s*\\d[\\d.,]*\\s*%?");
  static final Pattern NONE = Pattern.compile("[-–—]|(?i)không(?: có)?|0");
  /**
   * A label (after a bullet, a dot one too: ". Máy tính"), dot leaders (three dots or more, or "…"), then a figure and
   * maybe its unit. OCR reads the end of a row of
   * dots as letters, digits and signs ("…….. 2 2S S SH nen csey 6.934 hồ sơ", "……eeeccceees 0 hồ sơ"): up to a row's
   * rest of such noise, without a comma or bracket of a clause, may stand between the dots and the line's last figure.
   */
  private static final Pattern LEADER = Pattern.compile(
      "^\\s*(?:[.·*]\\s+)?((?:[-+•]\\s*)?\\p{L}[^.…]*?[\\p{L})])\\s*:?\\s*(?:[.…·_]\\s*){3,}:?\\s*(?:[^,;()]{0,48}?\\s)??"
          + "(\\d+(?:[.,]\\d+)*\\s*%?(?:/\\d+)?(?:\\s+\\p{L}[\\p{L} ]{0,24}?)?|(?i:không có|không))"
          + "\\s*(?:\\(([^()]{1,40})\\))?\\s*[.;]?\\s*$");
  /** A cell holding only a row number: "1", "2.", "I", "a)", as an STT column holds. */
  static final Pattern ORDINAL_CELL = Pattern.compile("(?:\\d{1,2}(?:\\.\\d{1,2})*|[IVX]{1,5}|[a-zđA-Z])[.)]?");
  /** A header naming the row-number column. */
  static final Pattern ORDINAL_HEAD = Pattern.compile("(?:s[oố]\\s*)?s?tt\\.?", Pattern.CASE_INSENSITIVE);

  /** Whether a line only draws a rule: dashes, equals, {@code +---+}, box-drawing characters, three marks or more. */
  static boolean rule(String line) {
    String s = line.strip();
    if (s.isEmpty() || !RULE.matcher(s).matches()) {
      return false;
    }
    return s.replaceAll("[\\s|│┃║]", "").length() >= 3;
  }

  /** The line with a box's vertical edges read as pipes. */
  static String piped(String line) {
    return CROSSING.matcher(VERTICAL.matcher(line).replaceAll("|")).replaceAll("|");
  }

  /** A crossing of a rule drawn inside a header line ("Nội dung  +------+------+"): a column's edge. */
  private static final Pattern CROSSING = Pattern.compile("[+┼├┤](?=[-=─━]{2})|(?<=[-=─━]{2})[+┼├┤]");

  /**
   * A line's pieces as it parts them itself: at pipes when it has any (the text before the first and after the
   * last pipe only when not blank), else at runs of two spaces or more or tabs. Blank pieces between pipes are kept.
   */
  static List<Cell> pieces(String line) {
    String l = piped(line);
    List<Cell> out = new ArrayList<>();
    if (l.indexOf('|') >= 0) {
      int from = 0;
      for (int i = 0; i <= l.length(); i++) {
        if (i == l.length() || l.charAt(i) == '|') {
          String t = l.substring(from, i);
          boolean edge = from == 0 || i == l.length();
          if (!(edge && t.isBlank())) {
            // Between pipes a cell spans from pipe to pipe, whatever its text's width (a cell over several columns).
            out.add(new Cell(from, i, t.strip()));
          }
          from = i + 1;
        }
      }
      return out;
    }
    var m = GAP.matcher(l);
    int from = 0;
    while (true) {
      boolean found = m.find();
      int to = found ? m.start() : l.length();
      String t = l.substring(from, to);
      if (!t.isBlank()) {
        int lead = t.length() - t.stripLeading().length();
        out.add(new Cell(from + lead, from + lead + t.strip().length(), t.strip()));
      }
      if (!found) {
        return out;
      }
      from = m.end();
    }
  }

  /** Whether a cell is a figure (or a dash or "không có" written for none). */
  static boolean figure(String cell) {
    return FIGURE.matcher(cell.strip()).matches() || NONE.matcher(cell.strip()).matches();
  }

  /** Whether a cell is a figure written with digits. */
  static boolean digits(String cell) {
    return FIGURE.matcher(cell.strip()).matches();
  }

  /** Whether a line reads as a table's row: two pieces or more, one of them at least a figure with digits, one words. */
  static boolean dataRow(List<Cell> cells) {
    return cells.stream().filter(c -> !c.text().isEmpty()).count() >= 2 && cells.stream().anyMatch(c -> digits(c.text()));
  }

  /** Whether a line reads as a table's header row: two pieces or more without a figure (a period's or date's digits aside). */
  static boolean headerRow(List<Cell> cells) {
    return headerCells(cells.stream().map(Cell::text).filter(t -> !t.isEmpty()).toList());
  }

  /** Header cells: two or more, no figure in them but the digits of a period, a date or a year ("Cùng kỳ 2024"). */
  static boolean headerCells(List<String> texts) {
    // Not Headers.header: its test of OCR's rules read as letters would take "Quý III" for one.
    // A bracket of words with a count ("Quý II/2025 (03 xã cũ)") says what the column covers: its digits are no figure.
    return texts.size() >= 2 && texts.stream().noneMatch(t -> BARE_NUMBER.matcher(PeriodColumns.undated(YEAR.matcher(
        SHORT_SPAN.matcher(COUNTED_NOTE.matcher(t).replaceAll(" ")).replaceAll(" ")).replaceAll(" "))).find());
  }

  /**
   * A span of days without its year ("Kỳ này (01/11- 14/11)") or of days in one month ("01-15/12", "01 - 15/12/2025"),
   * in a header cell: a period, no figure.
   */
  private static final Pattern SHORT_SPAN = Pattern.compile("\\d{1,2}/\\d{1,2}\\s*[-–]\\s*\\d{1,2}/\\d{1,2}(?![\\d/])"
      + "|(?<![\\d/])\\d{1,2}\\s*[-–]\\s*\\d{1,2}/\\d{1,2}(?:/\\d{4})?(?![\\d/])");

  /** A bracket holding a count and the words of what it counts ("(03 xã cũ)"), in a header cell. */
  private static final Pattern COUNTED_NOTE = Pattern.compile("\\(\\d{1,3}\\s+\\p{L}[\\p{L} ]*\\)");

  private static final Pattern BARE_NUMBER = Pattern.compile("(?<!\\p{L})\\d+(?!\\p{L})");
  private static final Pattern YEAR = Pattern.compile("(?<![\\d/.,])(?:19|20)\\d{2}(?![\\d/.,])");

  /** A row number and words, nothing more ("I   Khối chính quyền", "1   Máy tính có cấu hình"): a row, not a header. */
  static boolean numberedWords(String line) {
    List<Cell> p = pieces(line);
    return p.size() == 2 && ORDINAL_CELL.matcher(p.get(0).text()).matches() && !digits(p.get(1).text());
  }

  /** A line of a label, dot leaders and a figure ("Tổng số hồ sơ tiếp nhận ...... 4.873"): label and figure, or null. */
  static List<String> leader(String line) {
    var m = LEADER.matcher(line);
    if (!m.matches()) {
      return null;
    }
    // "không có" is a zero said in words; a bracket after the figure ("(84,18%)") is its note.
    String figure = m.group(2).strip().matches("(?i)không(?: có)?") ? "0" : m.group(2).strip();
    return m.group(3) == null ? List.of(m.group(1).strip(), figure) : List.of(m.group(1).strip(), figure, m.group(3).strip());
  }
}
