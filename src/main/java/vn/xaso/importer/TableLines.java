package vn.xaso.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text's lines with its tables gathered into rows ({@link Line}), each row knowing its cells' lines: tables the
 * layout reader found by position ({@link Layout}), tables OCR wrote unaligned ({@link Unaligned},
 * {@link Cells#spacedTables}), and tables exported one cell per line — numbered ("TT", "1", "2" … with a sum row),
 * with a note column whose empty cells left no line, or opening each row with a label — and a header with a row of
 * units under it.
 */
final class TableLines {
  private TableLines() {}

  /** A line of the text, or a table row gathered from several lines: its text and where each piece starts. */
  record Line(String text, int[] offsets, int[] lines, List<String> cells, Kind kind) {
    /** What a line is: as written ({@code RAW}), or a canonical row {@link Layout} read from a table. */
    enum Kind { RAW, HEADER, ROW, GROUP, PAIR }

    Line(String text, int[] offsets, int[] lines) {
      this(text, offsets, lines, null, Kind.RAW);
    }

    int first() {
      return lines[0];
    }
  }

  /** Short header cells of a table exported one cell per line: no digit, at most this long. */
  private static final int HEADER_CELL = 40;

  /**
   * The text's lines, with each table exported one cell per line (a header starting "TT" or "STT",
   * its cells on the next lines, then rows each opened by its number "1", "2" …, a blank line for an
   * empty cell) gathered into rows whose cells are parted by tabs, each knowing its cells' lines.
   */
  static List<Line> lines(String[] raw) {
    var tables = Layout.blocks(raw);
    // Tables no position tells (OCR of a proportional font): written plainly where the layout reader found none.
    boolean[] taken = new boolean[raw.length];
    tables.values().forEach(b -> java.util.Arrays.fill(taken, b.from(), Math.min(b.to(), taken.length), true));
    raw = Unaligned.rewriteSpaced(Cells.spacedTables(Unaligned.rewrite(raw, k -> taken[k])), k -> taken[k]);
    List<Line> out = new ArrayList<>();
    int i = 0;
    while (i < raw.length) {
      Layout.Block table = tables.get(i);
      if (table != null) {
        out.addAll(table.rows());
        i = table.to();
        continue;
      }
      int width = Headers.ORDINAL.matcher(raw[i].strip()).matches() ? headerWidth(raw, i) : 0;
      if (width >= 3 && i + width < raw.length && raw[i + width].strip().equals("1")) {
        Line header = header(raw, i, width);
        out.add(header);
        i += width;
        // A header cell wrapped over two lines ("Tăng (+)/", "giảm (-)") is one column: rows are as wide as the cells.
        width = header.cells() == null ? width : header.cells().size();
        for (int n = 1; i < raw.length && raw[i].strip().equals(String.valueOf(n)); n++) {
          int cells = numberedRow(raw, i, width, n);
          out.add(cellsRow(raw, i, cells));
          i += cells;
        }
        if (sumRow(raw, i, width)) {
          // The sum row under the numbered rows, its number cell empty (a blank line): a row whose cells are known,
          // so its label stays under the label's column, not under "TT" as a tab-parted line would put it.
          Line sum = row(raw, i + 1, width - 1);
          List<String> cells = new ArrayList<>(List.of(""));
          cells.addAll(stripped(raw, i + 1, width - 1));
          out.add(new Line(sum.text(), sum.offsets(), sum.lines(), List.copyOf(cells), Line.Kind.ROW));
          i += width;
        }
      } else if ((width = notedWidth(raw, i)) >= 3) {
        // As below, its last column a note ("Ghi chú") whose empty cells left no line: a row's note is there or not.
        out.add(row(raw, i, width));
        i += width;
        for (int len = notedRow(raw, i, width); len > 0; len = notedRow(raw, i, width)) {
          out.add(row(raw, i, len));
          i += len;
        }
      } else if ((width = labelledWidth(raw, i)) >= 2) {
        // A table exported one cell per line without a number column: header cells, then rows of a label and figures.
        do {
          out.add(row(raw, i, width));
          i += width;
        } while (cellRow(raw, i, width));
      } else if (i + 1 < raw.length && Headers.withUnits(raw[i], raw[i + 1]) != null) {
        // A header with a row of units under it ("\t(hồ sơ)\t(hồ sơ)"): one header, each column naming its unit.
        Line both = row(raw, i, 2);
        out.add(new Line(both.text(), both.offsets(), both.lines(), Headers.withUnits(raw[i], raw[i + 1]), Line.Kind.HEADER));
        i += 2;
      } else if (PeriodRows.at(raw, i) != null) {
        // A dossiers table with a row per period, flattened from PDF: its header parted, its rows' cells known.
        PeriodRows.Table byPeriod = PeriodRows.at(raw, i);
        out.addAll(byPeriod.lines());
        i = byPeriod.to();
      } else {
        out.add(new Line(raw[i], new int[] {0}, new int[] {i + 1}));
        i++;
      }
    }
    return out;
  }

  /**
   * How many lines row {@code n} of a numbered table exported one cell per line takes from {@code at}: the header's
   * width when the next row's number stands right after it (a cell holding that figure, "2 máy quét" in row 1, is
   * no row number then); else up to the next row's number, the empty cells at its end having left no line.
   */
  static int numberedRow(String[] raw, int at, int width, int n) {
    String next = String.valueOf(n + 1);
    if (at + width < raw.length && raw[at + width].strip().equals(next)) {
      return width;
    }
    int cells = 1;
    while (cells < width && at + cells < raw.length && !raw[at + cells].strip().equals(next)) {
      cells++;
    }
    return cells;
  }

  /**
   * Whether the lines from {@code at} are a numbered table's sum row exported one cell per line: an empty number
   * cell, a label of the whole ("Tổng cộng", "Cộng"), then figures, dashes or empty cells to the header's width.
   */
  static boolean sumRow(String[] raw, int at, int width) {
    return at + width <= raw.length && raw[at].isBlank()
        && Tables.TOTAL_ROW.matcher(Normal.fold(raw[at + 1].strip())).matches() && cellRow(raw, at + 1, width - 1);
  }

  /** A cell of a table exported one cell per line that holds a figure, a dash or nothing (an empty cell). */
  private static final Pattern LONE_FIGURE = Pattern.compile("[-–—]?|[+\\-–]?\\d[\\d.,]*\\s*%?");

  /**
   * The width of a table exported one cell per line whose rows open with a label, not a number ("Chỉ tiêu",
   * "Số hồ sơ", "Tỷ lệ (%)", then "Hồ sơ tiếp nhận", "5.284", "100" …): as many short header cells without a
   * figure of their own as each row then has cells, the rows' other cells each a figure, a dash or an empty line,
   * two rows at least. 0 when the lines are no such table.
   */
  static int labelledWidth(String[] raw, int from) {
    int k = from;
    while (k < raw.length && k - from <= 12 && headerCell(raw[k])) {
      k++;
    }
    int width = k - from - 1;
    if (width < 2 || !cellRow(raw, from + width, width) || !cellRow(raw, from + 2 * width, width)) {
      return 0;
    }
    return width;
  }

  /** A note column's header, folded. */
  private static final Pattern NOTE_HEAD = Pattern.compile("ghi chu|chu thich");

  /**
   * The width of a table exported one cell per line whose last column is a note ("Nội dung", "Số lượng", "Ghi chú"),
   * the note's empty cells leaving no line: header cells, then two rows or more as {@link #notedRow} reads them; 0
   * when the lines are no such table.
   */
  static int notedWidth(String[] raw, int from) {
    int k = from;
    while (k < raw.length && k - from <= 12 && headerCell(raw[k])) {
      k++;
    }
    int width = k - from - 1;
    if (width < 3 || !NOTE_HEAD.matcher(Normal.fold(raw[from + width - 1]).strip()).matches()) {
      return 0;
    }
    int first = notedRow(raw, from + width, width);
    return first > 0 && notedRow(raw, from + width + first, width) > 0 ? width : 0;
  }

  /**
   * How many lines the row at {@code at} of a table with a note column takes: a label and its figures, then the note
   * when the next line holds words that no figure follows (a label would have its figure under it); 0 for no row.
   */
  static int notedRow(String[] raw, int at, int width) {
    if (!cellRow(raw, at, width - 1)) {
      return 0;
    }
    int note = at + width - 1;
    boolean words = note < raw.length && (headerCell(raw[note]) || longLabel(raw[note]));
    boolean figureNext = note + 1 < raw.length && !raw[note + 1].isBlank() && LONE_FIGURE.matcher(raw[note + 1].strip()).matches();
    return words && !figureNext ? width : width - 1;
  }

  /** A line that may be a header's or a label's cell: short, with a letter, not a figure, no tab or pipe. */
  private static boolean headerCell(String line) {
    String c = line.strip();
    return !c.isEmpty() && c.length() <= HEADER_CELL && c.chars().anyMatch(Character::isLetter)
        && c.indexOf('\t') < 0 && c.indexOf('|') < 0;
  }

  /** Whether a row of {@code width} cells starts at {@code at}: a label, then figures, dashes or empty cells, one figure at least. */
  private static boolean cellRow(String[] raw, int at, int width) {
    if (at + width > raw.length || !headerCell(raw[at]) && !longLabel(raw[at])) {
      return false;
    }
    boolean figure = false;
    for (int c = 1; c < width; c++) {
      String cell = raw[at + c].strip();
      if (!LONE_FIGURE.matcher(cell).matches()) {
        return false;
      }
      figure |= cell.chars().anyMatch(Character::isDigit);
    }
    return figure;
  }

  /** A row's label longer than a header's cell ("UBND xã (cả Trung tâm Phục vụ hành chính công)"), still no sentence. */
  private static boolean longLabel(String line) {
    String c = line.strip();
    return c.length() <= 2 * HEADER_CELL && c.chars().anyMatch(Character::isLetter) && c.indexOf('\t') < 0
        && c.indexOf('|') < 0 && !c.endsWith(".") && !c.endsWith(";");
  }

  /** How many lines from {@code from} (the "TT" cell) are short header cells without digits. */
  private static int headerWidth(String[] raw, int from) {
    int k = from + 1;
    while (k < raw.length && k - from < 12) {
      String c = raw[k].strip();
      // A header cell may name a period ("Tuần 49", "Lũy kế từ 01/7/2025"); the row number "1" ends the header.
      if (c.isEmpty() || c.length() > HEADER_CELL || LONE_FIGURE.matcher(c).matches()) {
        break;
      }
      k++;
    }
    return k - from;
  }

  /**
   * As {@link #row}, and when a cell is empty (a blank line) a row whose cells are known: parted by tabs, two empty
   * cells would read as one tab and the figures after them would shift a column left.
   */
  private static Line cellsRow(String[] raw, int from, int cells) {
    Line line = row(raw, from, cells);
    List<String> known = stripped(raw, from, cells);
    return known.contains("") ? new Line(line.text(), line.offsets(), line.lines(), known, Line.Kind.ROW) : line;
  }

  private static List<String> stripped(String[] raw, int from, int cells) {
    return java.util.Arrays.stream(raw, from, from + cells).map(String::strip).toList();
  }

  /** A header cell broken after a slash ("Tăng (+)/" over "giảm (-)"): it goes on on the next line. */
  private static final Pattern GOES_ON = Pattern.compile(".*/$");

  /**
   * The header of a table exported one cell per line, {@code lines} lines from {@code from}: as {@link #row}, but a cell
   * ending with a slash and the line after it are one cell ("Tăng (+)/" and "giảm (-)" are the change's column), so
   * the header has as many cells as its rows; a header without such a cell is the plain row.
   */
  static Line header(String[] raw, int from, int lines) {
    Line plain = row(raw, from, lines);
    List<String> cells = new ArrayList<>();
    boolean joined = false;
    for (int c = 0; c < lines; c++) {
      String cell = raw[from + c].strip();
      if (c + 1 < lines && GOES_ON.matcher(cell).matches()) {
        cell = cell + " " + raw[from + c + 1].strip();
        c++;
        joined = true;
      }
      cells.add(cell);
    }
    return joined ? new Line(plain.text(), plain.offsets(), plain.lines(), List.copyOf(cells), Line.Kind.HEADER) : plain;
  }

  private static Line row(String[] raw, int from, int cells) {
    StringBuilder text = new StringBuilder();
    int[] offsets = new int[cells];
    int[] lines = new int[cells];
    for (int c = 0; c < cells; c++) {
      if (c > 0) {
        text.append('\t');
      }
      offsets[c] = text.length();
      lines[c] = from + c + 1;
      text.append(raw[from + c].strip());
    }
    return new Line(text.toString(), offsets, lines);
  }
}
