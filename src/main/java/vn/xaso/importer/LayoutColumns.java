package vn.xaso.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a layout's columns are, for {@link Layout}: the columns of a block typed with spaces found from its lines as a
 * whole, the column (or columns, for a spanning cell) a piece falls in, a row's cells by column, a header broken over
 * several lines joined column by column, the row-number column, and the columns of a pipe table from its data rows.
 * Pure functions of lines and spans, tested alone in {@code LayoutTest}.
 */
final class LayoutColumns {
  private LayoutColumns() {}

  /**
   * The columns of a table typed with spaces, from its rows of figures as a whole: the spans between gutters,
   * a gutter being character positions blank in every row (past a line's end counts as blank) two wide or more,
   * or one wide where most rows leave two blanks or more there (a long label that comes within one space of its
   * figure is still parted, while the single spaces between a cell's words, found in few rows, part nothing).
   */
  static List<int[]> columns(List<String> rows) {
    int width = rows.stream().mapToInt(String::length).max().orElse(0);
    int left = rows.stream().mapToInt(r -> r.length() - r.stripLeading().length()).min().orElse(0);
    boolean[] blank = new boolean[width + 1];
    for (int p = 0; p <= width; p++) {
      blank[p] = true;
      for (String r : rows) {
        if (p < r.length() && r.charAt(p) != ' ') {
          blank[p] = false;
          break;
        }
      }
    }
    List<int[]> out = new ArrayList<>();
    int start = left;
    int p = left;
    boolean tight = false;
    while (p < width) {
      if (!blank[p]) {
        p++;
        continue;
      }
      int q = p;
      while (q < width && blank[q]) {
        q++;
      }
      if (q < width && (q - p >= 2 || wideInMost(rows, p))) {
        if (tight && filled(rows, start, p) * 2 < rows.size()) {
          // A column behind a gutter one blank wide, filled in few rows ("Tổ dân phố 3"): the label's own words.
          out.get(out.size() - 1)[1] = p;
        } else {
          out.add(new int[] {start, p});
        }
        tight = q - p < 2;
        start = q;
      }
      p = q;
    }
    if (tight && filled(rows, start, width) * 2 < rows.size()) {
      out.get(out.size() - 1)[1] = width;
    } else {
      out.add(new int[] {start, width});
    }
    return out;
  }

  /** How many rows have text between {@code from} and {@code to}. */
  private static int filled(List<String> rows, int from, int to) {
    return (int) rows.stream().filter(r -> from < r.length() && !r.substring(from, Math.min(to, r.length())).isBlank()).count();
  }

  /**
   * Whether most rows have two blanks or more around position {@code p}, and a row with text on both sides of it
   * has a figure on one side: a single space between two words is a cell's, never a column's edge.
   */
  private static boolean wideInMost(List<String> rows, int p) {
    int wide = 0;
    for (String r : rows) {
      if (p - 1 >= 0 && p + 1 < r.length() && r.charAt(p - 1) != ' ' && r.charAt(p + 1) != ' '
          && !Character.isDigit(r.charAt(p - 1)) && !Character.isDigit(r.charAt(p + 1))) {
        return false;
      }
      boolean before = p - 1 >= 0 && (p - 1 >= r.length() || r.charAt(p - 1) == ' ');
      boolean after = p + 1 >= r.length() || r.charAt(p + 1) == ' ';
      wide += before || after ? 1 : 0;
    }
    return 2 * wide > rows.size();
  }

  /** The column a span of characters belongs to: the one it overlaps most, else the nearest. */
  static int columnOf(List<int[]> columns, int start, int end) {
    int best = 0;
    int bestScore = Integer.MIN_VALUE;
    for (int k = 0; k < columns.size(); k++) {
      int[] c = columns.get(k);
      int overlap = Math.min(end, c[1]) - Math.max(start, c[0]);
      int score = overlap > 0 ? overlap : -Math.min(Math.abs(start - c[1]), Math.abs(c[0] - end));
      if (score > bestScore) {
        bestScore = score;
        best = k;
      }
    }
    return best;
  }

  /** The columns a span overlaps (at least one: the nearest). */
  static List<Integer> columnsOf(List<int[]> columns, int start, int end) {
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < columns.size(); k++) {
      int[] c = columns.get(k);
      // Two characters at least: a cell whose pipe stands one character off its column's does not cover the next.
      if (Math.min(end, c[1]) - Math.max(start, c[0]) >= Math.min(2, c[1] - c[0])) {
        out.add(k);
      }
    }
    return out.isEmpty() ? List.of(columnOf(columns, start, end)) : out;
  }

  /**
   * A line's cells, one per column: each piece goes to the column it stands in. A piece over several columns is
   * given to each when {@code spanning} (an upper header cell over its sub-columns); otherwise its words go one by
   * one to the column each stands in (a lower header typed one space apart).
   */
  static List<String> cellsIn(List<int[]> columns, List<LayoutLines.Cell> pieces, boolean spanning) {
    List<StringBuilder> out = new ArrayList<>();
    columns.forEach(c -> out.add(new StringBuilder()));
    for (LayoutLines.Cell piece : pieces) {
      if (piece.text().isEmpty() || LayoutLines.rule(piece.text())) {
        continue;
      }
      List<Integer> over = columnsOf(columns, piece.start(), piece.end());
      if (over.size() == 1 || spanning) {
        over.forEach(k -> add(out.get(k), piece.text()));
        continue;
      }
      var w = Pattern.compile("\\S+").matcher(piece.text());
      while (w.find()) {
        add(out.get(columnOf(columns, piece.start() + w.start(), piece.start() + w.end())), w.group());
      }
    }
    return out.stream().map(StringBuilder::toString).toList();
  }

  private static void add(StringBuilder cell, String text) {
    cell.append(cell.length() == 0 ? "" : " ").append(text);
  }

  /** Header lines (top first), each already one cell per column, joined column by column. */
  static List<String> joinHeader(List<List<String>> lines) {
    List<String> out = new ArrayList<>();
    int n = lines.stream().mapToInt(List::size).max().orElse(0);
    for (int k = 0; k < n; k++) {
      StringBuilder b = new StringBuilder();
      for (List<String> l : lines) {
        if (k < l.size() && !l.get(k).isEmpty()) {
          add(b, l.get(k));
        }
      }
      out.add(b.toString());
    }
    return out;
  }

  /**
   * Which column holds row numbers: one headed "STT", "TT", "Số TT", or the first column when every row of
   * figures holds there only an ordinal and a label stands in the next; -1 when none.
   */
  static int ordinalColumn(List<String> header, List<List<String>> rows) {
    for (int k = 0; k < header.size(); k++) {
      if (LayoutLines.ORDINAL_HEAD.matcher(header.get(k).strip()).matches()) {
        return k;
      }
    }
    if (header.size() < 3 || rows.isEmpty()) {
      return -1;
    }
    boolean all = rows.stream().allMatch(r -> r.size() > 1 && (r.get(0).isEmpty() || LayoutLines.ORDINAL_CELL.matcher(r.get(0)).matches())
        && !r.get(1).isEmpty() && !LayoutLines.digits(r.get(1)));
    return all && rows.stream().anyMatch(r -> !r.get(0).isEmpty()) ? 0 : -1;
  }

  /** Whether each pipe of a line stands at an edge of the columns (one character either way). */
  static boolean aligned(String line, List<int[]> columns) {
    String l = LayoutLines.piped(line);
    for (int i = 0; i < l.length(); i++) {
      if (l.charAt(i) != '|') {
        continue;
      }
      int at = i;
      if (columns.stream().noneMatch(c -> Math.abs(c[0] - 1 - at) <= 1 || Math.abs(c[1] - at) <= 1)) {
        return false;
      }
    }
    return true;
  }

  /** A line's pieces taken in order, one per column, blank cells after the last piece. */
  static List<String> byIndex(List<LayoutLines.Cell> pieces, int columns) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < columns; k++) {
      out.add(k < pieces.size() ? pieces.get(k).text() : "");
    }
    if (pieces.size() > columns) {
      // More cells than columns: the rest joined into the last, never lost.
      out.set(columns - 1, String.join(" ", pieces.subList(columns - 1, pieces.size()).stream().map(LayoutLines.Cell::text).toList()));
    }
    return out;
  }

  /** The columns of a table ruled with pipes: the cells of its rows of figures with the most usual count of cells. */
  static List<int[]> pipeColumns(String[] raw, List<Integer> data) {
    Map<Integer, Integer> counts = new LinkedHashMap<>();
    data.forEach(k -> counts.merge(LayoutLines.pieces(raw[k]).size(), 1, Integer::sum));
    int most = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    String model = raw[data.stream().filter(k -> LayoutLines.pieces(raw[k]).size() == most).findFirst().orElseThrow()];
    String l = LayoutLines.piped(model);
    List<int[]> out = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= l.length(); i++) {
      if (i == l.length() || l.charAt(i) == '|') {
        boolean edge = from == 0 || i == l.length();
        if (!(edge && l.substring(from, i).isBlank())) {
          out.add(new int[] {from, i});
        }
        from = i + 1;
      }
    }
    return out;
  }
}
