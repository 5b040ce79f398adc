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
 * <p>Each step is a small pure function, tested alone in {@code LayoutTest}.
 */
final class Layout {
  private Layout() {}

  /** A piece of a line: its text and the characters it spans. */
  record Cell(int start, int end, String text) {
    int middle() {
      return (start + end) / 2;
    }
  }

  /** A table found in the text: the lines it covers ({@code from} to {@code to}, exclusive) and its canonical rows. */
  record Block(int from, int to, List<TableLines.Line> rows) {}

  /** Marks that draw a rule or a box's edge: dashes, equals, plus at crossings, box-drawing characters. */
  private static final Pattern RULE = Pattern.compile("[\\s\\-=+_.~:|─━═│┃║┼┬┴├┤┌┐└┘╔╗╚╝╠╣╦╩╬╪╫—–·…]*");
  /** The vertical edges of a box, read as pipes. */
  private static final Pattern VERTICAL = Pattern.compile("[│┃║¦]");
  /** A run of two spaces or more (or a tab): where a table typed with spaces parts its cells. */
  private static final Pattern GAP = Pattern.compile(" {2,}|\\t+");
  /** A figure cell: a number, a share, a change with its sign; or a dash or "không (có)" for none. */
  private static final Pattern FIGURE = Pattern.compile("[+\\-–]?\\s*\\d[\\d.,]*\\s*%?");
  private static final Pattern NONE = Pattern.compile("[-–—]|(?i)không(?: có)?|0");
  /**
   * A label, dot leaders (three dots or more, or "…"), then a figure and maybe its unit. OCR reads the end of a row of
   * dots as letters, digits and signs ("…….. 2 2S S SH nen csey 6.934 hồ sơ", "……eeeccceees 0 hồ sơ"): up to a row's
   * rest of such noise, without a comma or bracket of a clause, may stand between the dots and the line's last figure.
   */
  private static final Pattern LEADER = Pattern.compile(
      "^\\s*((?:[-+•]\\s*)?\\p{L}[^.…]*?[\\p{L})])\\s*:?\\s*(?:[.…·_]\\s*){3,}:?\\s*(?:[^,;()]{0,48}?\\s)??"
          + "(\\d+(?:[.,]\\d+)*\\s*%?(?:/\\d+)?(?:\\s+\\p{L}[\\p{L} ]{0,24}?)?|(?i:không có|không))"
          + "\\s*(?:\\(([^()]{1,40})\\))?\\s*[.;]?\\s*$");
  /** A cell holding only a row number: "1", "2.", "I", "a)", as an STT column holds. */
  private static final Pattern ORDINAL_CELL = Pattern.compile("(?:\\d{1,2}(?:\\.\\d{1,2})*|[IVX]{1,5}|[a-zđA-Z])[.)]?");
  /** A header naming the row-number column. */
  private static final Pattern ORDINAL_HEAD = Pattern.compile("(?:s[oố]\\s*)?s?tt\\.?", Pattern.CASE_INSENSITIVE);

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
  private static boolean digits(String cell) {
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
  static List<String> cellsIn(List<int[]> columns, List<Cell> pieces, boolean spanning) {
    List<StringBuilder> out = new ArrayList<>();
    columns.forEach(c -> out.add(new StringBuilder()));
    for (Cell piece : pieces) {
      if (piece.text().isEmpty() || rule(piece.text())) {
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
      if (ORDINAL_HEAD.matcher(header.get(k).strip()).matches()) {
        return k;
      }
    }
    if (header.size() < 3 || rows.isEmpty()) {
      return -1;
    }
    boolean all = rows.stream().allMatch(r -> r.size() > 1 && (r.get(0).isEmpty() || ORDINAL_CELL.matcher(r.get(0)).matches())
        && !r.get(1).isEmpty() && !digits(r.get(1)));
    return all && rows.stream().anyMatch(r -> !r.get(0).isEmpty()) ? 0 : -1;
  }

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
        List<String> pair = raw[k].indexOf('|') < 0 && raw[k].indexOf('\t') < 0 ? leader(raw[k]) : null;
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
    return rule(line) || pieces(line).size() >= 2;
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
      j++;
    }
    return j;
  }

  /** How long a wrapped line of words between two rows may be. */
  private static final int MAX_WRAP = 60;
  /** How many lines a header may be broken over. */
  private static final int MAX_HEADER = 4;

  /** One table over lines {@code from} to {@code to}, or null when they are no table (fewer than two rows of figures). */
  static Block table(String[] raw, int from, int to) {
    List<Integer> lines = new ArrayList<>();
    for (int k = from; k < to; k++) {
      if (!rule(raw[k]) && !raw[k].isBlank()) {
        lines.add(k);
      }
    }
    List<Integer> data = lines.stream().filter(k -> dataRow(pieces(raw[k]))).toList();
    if (data.size() < 2) {
      return null;
    }
    boolean pipes = data.stream().allMatch(k -> piped(raw[k]).indexOf('|') >= 0);
    List<int[]> columns = pipes ? pipeColumns(raw, data) : columns(data.stream().map(k -> raw[k]).toList());
    if (columns.size() < 2) {
      return null;
    }
    // Pipes typed without aligning them ("Máy tính | 09 | …") or read by OCR: their cells are parted line by line, as
    // Cells.cells does with OCR's misread rules and brackets; no position says which column a cell is under.
    if (pipes && data.stream().anyMatch(k -> !aligned(raw[k], columns))) {
      return null;
    }
    boolean ragged = false;
    // A numbered row of words ("I   Khối chính quyền") above the first row of figures opens the rows: no header's.
    int firstData = data.get(0);
    int first = lines.stream().filter(k -> k <= firstData && (k == firstData || numberedWords(raw[k]))).findFirst().orElse(firstData);
    List<Integer> above = lines.stream().filter(k -> k < first).toList();
    // The header: at most three lines of words right above the first row of figures; lines above those are no table's.
    List<Integer> heads = above.subList(Math.max(0, above.size() - MAX_HEADER), above.size());
    int start = heads.isEmpty() ? first : heads.get(0);
    while (start > from && rule(raw[start - 1])) {
      start--;
    }
    // The header: the lines above the first row of figures, from the last one naming two columns or more up.
    List<List<String>> headerLines = new ArrayList<>();
    List<Integer> headerAt = new ArrayList<>();
    for (int n = 0; n < heads.size(); n++) {
      int k = heads.get(n);
      boolean lowest = n == heads.size() - 1;
      headerLines.add(ragged ? byIndex(pieces(raw[k]), columns.size()) : cellsIn(columns, pieces(raw[k]), !lowest));
      headerAt.add(k);
    }
    List<String> header = joinHeader(headerLines);
    if (!heads.isEmpty() && !headerCells(header.stream().filter(h -> !h.isEmpty()).toList())) {
      return null;
    }
    // The row-number column, if any, is dropped: its "1", "1.2", "II" are no figures.
    Map<Integer, List<String>> cellsAt = new LinkedHashMap<>();
    for (int k : lines) {
      if (k >= first) {
        cellsAt.put(k, ragged ? byIndex(pieces(raw[k]), columns.size()) : cellsIn(columns, pieces(raw[k]), false));
      }
    }
    int ordinal = ordinalColumn(header, cellsAt.values().stream().filter(r -> r.stream().anyMatch(Layout::digits)).toList());
    // The rows: each line of figures, with the lines of words under it (a wrapped label) joined to it.
    List<List<String>> rows = new ArrayList<>();
    List<List<Integer>> rowAt = new ArrayList<>();
    List<Boolean> groups = new ArrayList<>();
    int labelStart = columns.get(0)[0];
    for (var e : cellsAt.entrySet()) {
      int k = e.getKey();
      List<String> cells = drop(e.getValue(), ordinal);
      boolean figures = cells.stream().anyMatch(Layout::digits);
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
        out.add(line(cells.stream().map(c -> NONE.matcher(c).matches() && !c.equals("0") ? none(c) : c).toList(),
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

  /** Whether each pipe of a line stands at an edge of the columns (one character either way). */
  static boolean aligned(String line, List<int[]> columns) {
    String l = piped(line);
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
  static List<String> byIndex(List<Cell> pieces, int columns) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < columns; k++) {
      out.add(k < pieces.size() ? pieces.get(k).text() : "");
    }
    if (pieces.size() > columns) {
      // More cells than columns: the rest joined into the last, never lost.
      out.set(columns - 1, String.join(" ", pieces.subList(columns - 1, pieces.size()).stream().map(Cell::text).toList()));
    }
    return out;
  }

  /** The columns of a table ruled with pipes: the cells of its rows of figures with the most usual count of cells. */
  private static List<int[]> pipeColumns(String[] raw, List<Integer> data) {
    Map<Integer, Integer> counts = new LinkedHashMap<>();
    data.forEach(k -> counts.merge(pieces(raw[k]).size(), 1, Integer::sum));
    int most = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    String model = raw[data.stream().filter(k -> pieces(raw[k]).size() == most).findFirst().orElseThrow()];
    String l = piped(model);
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
