package vn.xaso.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One reader of the two-dimensional layouts a report's text carries, whatever their drawing: tables
 * ruled with pipes, box-drawing characters or {@code +---+} borders, tables typed with spaces (their
 * columns found from the block as a whole), and lines of a label, dot leaders and a figure. Each table
 * becomes canonical rows: one header row naming the columns (a header broken over two or three lines
 * joined column by column, a cell spanning several columns given to each), then one row per line item
 * (a label wrapped onto the next line joined to its row, the row-number column dropped), which
 * {@link Tables#reading} reads as sentences. Rules are separators, never rows.
 *
 * <p>This class finds the blocks and reads each into rows; what a line is ({@link LayoutLines}) and where the columns
 * are ({@link LayoutColumns}) are read beside it. Each step is a small pure function, tested alone in {@code LayoutTest}.
 */
final class Layout {
  private Layout() {}

  /** A table found in the text: the lines it covers ({@code from} to {@code to}, exclusive) and its canonical rows. */
  record Block(int from, int to, List<TableLines.Line> rows) {}

  /**
   * The tables of a text: each maximal run of lines that are rules or parted cells (pipes, box edges, runs of
   * spaces), or wrapped lines between such, holding two rows of figures or more under a header row, read into
   * canonical rows. Lines of dot leaders outside any table are read as label and figure. Keys are the first line.
   */
  static Map<Integer, Block> blocks(String[] raw) {
    Map<Integer, Block> out = new LinkedHashMap<>();
    int i = 0;
    while (i < raw.length) {
      int end = runEnd(raw, i);
      Block b = end > i + 1 ? table(raw, i, end) : null;
      int plain = b == null ? Math.max(end, i + 1) : b.from();
      for (int k = i; k < plain; k++) {
        List<String> pair = raw[k].indexOf('|') < 0 && raw[k].indexOf('\t') < 0 ? LayoutLines.leader(raw[k]) : null;
        if (pair != null) {
          out.put(k, new Block(k, k + 1, List.of(line(pair, TableLines.Line.Kind.PAIR, new int[] {k}))));
        }
      }
      if (b != null) {
        out.put(b.from(), b);
      }
      i = b == null ? plain : end;
    }
    return out;
  }

  /** Whether a line may stand in a table: a rule, or two pieces or more (pipes, gaps). */
  private static boolean tabular(String line) {
    if (line.isBlank() || line.indexOf('\t') >= 0) {
      return false;
    }
    return LayoutLines.rule(line) || LayoutLines.pieces(line).size() >= 2;
  }

  /** The end (exclusive) of the run of table-like lines from {@code from}; a short wrapped line between two counts. */
  private static int runEnd(String[] raw, int from) {
    int j = from;
    while (j < raw.length) {
      // A short line between two rows (a wrapped label), or a blank one (OCR puts them between a table's rows).
      boolean wrapped = j > from && j + 1 < raw.length && raw[j].indexOf('\t') < 0
          && raw[j].strip().length() <= MAX_WRAP && tabular(raw[j - 1]) && tabular(raw[j + 1]);
      if (!tabular(raw[j]) && !wrapped) {
        break;
      }
      if (wrapped && !tabular(raw[j]) && SECTION.matcher(raw[j]).find() && LayoutLines.headerRow(LayoutLines.pieces(raw[j + 1]))) {
        // A section's heading ("III. KẾT QUẢ TIẾP NHẬN …") over a header of its own: the table above ends, another opens.
        break;
      }
      j++;
    }
    return j;
  }

  /** A line opened by a Roman section mark and a capital: "III. KẾT QUẢ …", "II- Hạ tầng". */
  private static final Pattern SECTION = Pattern.compile("^\\s*[IVX]{1,5}\\s?[.)/\u2013-]\\s*\\p{Lu}");

  /** How long a wrapped line of words between two rows may be. */
  private static final int MAX_WRAP = 60;
  /** How many lines a header may be broken over. */
  private static final int MAX_HEADER = 4;

  /** One table over lines {@code from} to {@code to}, or null when they are no table (fewer than two rows of figures). */
  static Block table(String[] raw, int from, int to) {
    List<Integer> lines = new ArrayList<>();
    for (int k = from; k < to; k++) {
      if (!LayoutLines.rule(raw[k]) && !raw[k].isBlank()) {
        lines.add(k);
      }
    }
    List<Integer> data = lines.stream().filter(k -> LayoutLines.dataRow(LayoutLines.pieces(raw[k]))).toList();
    if (data.size() < 2) {
      return null;
    }
    boolean pipes = data.stream().allMatch(k -> LayoutLines.piped(raw[k]).indexOf('|') >= 0);
    List<int[]> columns = pipes ? LayoutColumns.pipeColumns(raw, data) : LayoutColumns.columns(data.stream().map(k -> raw[k]).toList());
    if (columns.size() < 2) {
      return null;
    }
    // Pipes typed without aligning them ("Máy tính | 09 | …") or read by OCR: their cells are parted line by line, as
    // Cells.cells does with OCR's misread rules and brackets; no position says which column a cell is under.
    if (pipes && data.stream().anyMatch(k -> !LayoutColumns.aligned(raw[k], columns))) {
      return null;
    }
    boolean ragged = false;
    // A numbered row of words ("I   Khối chính quyền") above the first row of figures opens the rows: no header's.
    int firstData = data.get(0);
    int first = lines.stream().filter(k -> k <= firstData && (k == firstData || LayoutLines.numberedWords(raw[k]))).findFirst().orElse(firstData);
    List<Integer> above = lines.stream().filter(k -> k < first).toList();
    // The header: at most three lines of words right above the first row of figures; lines above those are no table's.
    List<Integer> heads = above.subList(Math.max(0, above.size() - MAX_HEADER), above.size());
    int start = heads.isEmpty() ? first : heads.get(0);
    while (start > from && LayoutLines.rule(raw[start - 1])) {
      start--;
    }
    // The header: the lines above the first row of figures, from the last one naming two columns or more up.
    List<List<String>> headerLines = new ArrayList<>();
    List<Integer> headerAt = new ArrayList<>();
    for (int n = 0; n < heads.size(); n++) {
      int k = heads.get(n);
      boolean lowest = n == heads.size() - 1;
      headerLines.add(ragged ? LayoutColumns.byIndex(LayoutLines.pieces(raw[k]), columns.size()) : LayoutColumns.cellsIn(columns, LayoutLines.pieces(raw[k]), !lowest));
      headerAt.add(k);
    }
    List<String> header = LayoutColumns.joinHeader(headerLines);
    if (!heads.isEmpty() && !LayoutLines.headerCells(header.stream().filter(h -> !h.isEmpty()).toList())) {
      return null;
    }
    // The row-number column, if any, is dropped: its "1", "1.2", "II" are no figures.
    Map<Integer, List<String>> cellsAt = new LinkedHashMap<>();
    for (int k : lines) {
      if (k >= first) {
        cellsAt.put(k, ragged ? LayoutColumns.byIndex(LayoutLines.pieces(raw[k]), columns.size()) : LayoutColumns.cellsIn(columns, LayoutLines.pieces(raw[k]), false));
      }
    }
    int ordinal = LayoutColumns.ordinalColumn(header, cellsAt.values().stream().filter(r -> r.stream().anyMatch(LayoutLines::digits)).toList());
    // The rows: each line of figures, with the lines of words under it (a wrapped label) joined to it.
    List<List<String>> rows = new ArrayList<>();
    List<List<Integer>> rowAt = new ArrayList<>();
    List<Boolean> groups = new ArrayList<>();
    int labelStart = columns.get(0)[0];
    for (var e : cellsAt.entrySet()) {
      int k = e.getKey();
      List<String> cells = drop(e.getValue(), ordinal);
      boolean figures = cells.stream().anyMatch(LayoutLines::digits);
      String opening = firstText(cells);
      boolean lower = opening != null && Character.isLowerCase(opening.codePointAt(0));
      boolean numbered = ordinal >= 0 && !e.getValue().get(ordinal).isEmpty();
      // A label broken after a word that cannot end it ("Văn phòng HĐND và" / "UBND xã"): its next line goes on with it.
      boolean unfinished = !rows.isEmpty() && firstText(rows.get(rows.size() - 1)) != null
          && UNFINISHED.matcher(firstText(rows.get(rows.size() - 1))).find();
      if (!figures && (lower || unfinished) && !numbered && !rows.isEmpty()) {
        join(rows.get(rows.size() - 1), cells);
        rowAt.get(rows.size() - 1).add(k);
        continue;
      }
      if (figures && lower && !numbered && !rows.isEmpty() && groups.get(rows.size() - 1)
          && rowAt.get(rows.size() - 1).get(0) == k - 1) {
        // A label wrapped above its figures: the line of words and the line of figures are one row.
        List<String> joined = new ArrayList<>(rows.remove(rows.size() - 1));
        List<Integer> at = rowAt.remove(rowAt.size() - 1);
        groups.remove(groups.size() - 1);
        join(joined, cells);
        at.add(k);
        rows.add(joined);
        rowAt.add(at);
        groups.add(false);
        continue;
      }
      if (figures && !pipes) {
        int indent = raw[k].length() - raw[k].stripLeading().length();
        if (indent >= labelStart + 2 && !cells.get(0).isEmpty() && !cells.get(0).matches("[-+–•].*") && !rows.isEmpty()) {
          // A row indented under the row above: a part of it, as a dash would say.
          cells = new ArrayList<>(cells);
          cells.set(0, "- " + cells.get(0));
        }
      }
      rows.add(new ArrayList<>(cells));
      rowAt.add(new ArrayList<>(List.of(k)));
      groups.add(!figures);
    }
    if (groups.stream().filter(g -> !g).count() < 2) {
      // Fewer than two rows of figures once the row numbers are set aside (a table of documents): no table of figures.
      return null;
    }
    List<TableLines.Line> out = new ArrayList<>();
    if (!headerAt.isEmpty()) {
      out.add(line(drop(header, ordinal), TableLines.Line.Kind.HEADER, headerAt.stream().mapToInt(Integer::intValue).toArray()));
    }
    for (int r = 0; r < rows.size(); r++) {
      List<String> cells = rows.get(r);
      int[] at = rowAt.get(r).stream().mapToInt(Integer::intValue).toArray();
      if (groups.get(r) && cells.stream().filter(c -> !c.isEmpty()).count() == 1) {
        String label = String.join(" ", cells.stream().filter(c -> !c.isEmpty()).toList());
        out.add(line(List.of(label), TableLines.Line.Kind.GROUP, at));
      } else {
        out.add(line(cells.stream().map(c -> LayoutLines.NONE.matcher(c).matches() && !c.equals("0") ? none(c) : c).toList(),
            TableLines.Line.Kind.ROW, at));
      }
    }
    return new Block(start, to, out);
  }

  /** A dash for an empty cell is empty; "không có" is 0, as a zero said in words is. */
  private static String none(String cell) {
    return cell.matches("[-–—]") ? "" : "0";
  }

  /** The end of a label that goes on: a word joining two ("và", "của", "cho") or a comma or dash. */
  private static final Pattern UNFINISHED = Pattern.compile("(?:\\s(?:và|của|cho|với)|[,\\-–])$");

  private static String firstText(List<String> cells) {
    return cells.stream().filter(c -> !c.isEmpty()).findFirst().orElse(null);
  }

  private static void join(List<String> row, List<String> more) {
    for (int k = 0; k < row.size() && k < more.size(); k++) {
      if (!more.get(k).isEmpty()) {
        row.set(k, row.get(k).isEmpty() ? more.get(k) : row.get(k) + " " + more.get(k));
      }
    }
  }

  private static List<String> drop(List<String> cells, int column) {
    if (column < 0 || column >= cells.size()) {
      return cells;
    }
    List<String> out = new ArrayList<>(cells);
    out.remove(column);
    return out;
  }

  private static TableLines.Line line(List<String> cells, TableLines.Line.Kind kind, int[] at) {
    int[] lines = new int[at.length];
    int[] offsets = new int[at.length];
    String text = String.join(" | ", cells);
    for (int k = 0; k < at.length; k++) {
      lines[k] = at[k] + 1;
      offsets[k] = k == 0 ? 0 : Math.min(text.length(), text.length() * k / at.length);
    }
    return new TableLines.Line(text, offsets, lines, List.copyOf(cells), kind);
  }
}
