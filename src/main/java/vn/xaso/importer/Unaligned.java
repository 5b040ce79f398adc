package vn.xaso.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Tables whose columns no position tells: a scanned table read back by OCR from a proportional font, where a row
 * comes back as "1| Hồ sơ tiếp nhận mới | 3.526 | 2.871|_ +655 |" or "- Trước hạn 1.126 804[_ +322 |", pipes lost
 * or misread, rules as letters and symbols. Its reading does not depend on alignment: a header line parted by pipes
 * names the columns (a row-number column "TT" dropped, the first other column the label's, the rest figure
 * columns); each row below is a row number maybe, a label, then figure tokens. When a row holds exactly as many
 * figures as the header names figure columns, they are its cells in order; when fewer or more, nothing is read from
 * that row (a figure given to the wrong column is worse than a miss). Lines of rules read as letters, blank lines and
 * a row number alone on its line stand between rows; any other line ends the table.
 *
 * <p>Each step is a small pure function, tested alone in {@code UnalignedTest}.
 */
final class Unaligned {
  private Unaligned() {}

  /** A figure token, a change with its sign, a share; or a dash for an empty cell. */
  private static final Pattern FIGURE = Pattern.compile("[+\\-–]?\\d[\\d.,]*%?");
  private static final Pattern DASH = Pattern.compile("[-–—]");
  /** Marks OCR puts at a cell's edge: read as the edge (a space), never as text. */
  private static final Pattern EDGE = Pattern.compile("[|\\[\\]{}_„“”\"'¦]");
  /** A pipe misread as a letter glued after a figure ("1Í", "606 Ï"). */
  private static final Pattern GLUED_PIPE = Pattern.compile("(?<=\\d)[ÍÏIl!]$");
  /** A row number: "1", "2.", "II". */
  private static final Pattern ORDINAL = Pattern.compile("(?:\\d{1,2}|[IVX]{1,4})[.)]?");
  private static final Pattern ORDINAL_HEAD = Pattern.compile("(?i)(?:s[oố]\\s*)?s?tt\\.?");
  /** A period's name whose digits are no figure: "Tháng 11", "Quý 3", "Tuần 47", "11/2025". */
  private static final Pattern PERIOD = Pattern.compile("(?i)(?:tháng|thang|quý|quy|tuần|tuan|kỳ|ky)\\s+\\d{1,2}(?:/\\d{4})?\\b|\\b\\d{1,2}/\\d{4}\\b");
  /** A run of rule marks. */
  private static final Pattern RULE_RUN = Pattern.compile("[-—–=~_]{3,}");
  /** How long a row's label may be: a longer line is prose, not a row. */
  private static final int MAX_LABEL = 60;
  /** How many lines without figures (a header's further lines, rules) may stand between the header and the first row. */
  private static final int MAX_HEAD_GAP = 3;

  /** A row as read: its label and its figures (a dash read as an empty cell), or null when the line is no such row. */
  record Row(String ordinal, String label, List<String> figures) {}

  /**
   * The header's columns named by a line parted by pipes: the label's column then the figure columns (the
   * row-number column dropped); null when the line is no header (fewer than two figure columns' names, or a
   * figure among them; the digits of a year, a date or a period are no figures).
   */
  static List<String> header(String line) {
    String l = LayoutLines.piped(line);
    if (l.chars().filter(c -> c == '|').count() < 2) {
      return null;
    }
    List<String> cells = new ArrayList<>();
    for (String c : l.split("\\|")) {
      if (!c.isBlank()) {
        cells.add(c.strip());
      }
    }
    if (!cells.isEmpty() && ORDINAL_HEAD.matcher(cells.get(0)).matches()) {
      cells.remove(0);
    }
    if (cells.size() < 3 || !LayoutLines.headerCells(cells.stream().map(c -> PERIOD.matcher(c).replaceAll(" ")).toList()) || cells.stream().anyMatch(c -> !c.matches(".*\\p{L}.*"))) {
      return null;
    }
    return cells;
  }

  /** A line of a row number, a label and figure tokens, whatever stands between them; null for any other line. */
  static Row row(String line) {
    String s = EDGE.matcher(LayoutLines.piped(line)).replaceAll(" ").strip();
    List<String> tokens = new ArrayList<>(List.of(s.split("\\s+")));
    // Junk after the last figure (":", a pipe read as "Ï" standing alone): no cell.
    while (!tokens.isEmpty() && (!tokens.get(tokens.size() - 1).matches(".*[\\p{L}\\d].*|[-–—]")
        || GLUED_PIPE.matcher("0" + tokens.get(tokens.size() - 1)).find() && tokens.get(tokens.size() - 1).length() == 1)) {
      tokens.remove(tokens.size() - 1);
    }
    List<String> figures = new ArrayList<>();
    while (!tokens.isEmpty()) {
      String t = GLUED_PIPE.matcher(tokens.get(tokens.size() - 1)).replaceAll("");
      t = t.replaceAll("(?<=\\d)[.,;:]$", "");
      if (FIGURE.matcher(t).matches()) {
        figures.add(0, t);
      } else if (DASH.matcher(t).matches()) {
        figures.add(0, "");
      } else {
        break;
      }
      tokens.remove(tokens.size() - 1);
    }
    String ordinal = !tokens.isEmpty() && ORDINAL.matcher(tokens.get(0)).matches() ? tokens.remove(0) : "";
    String label = unglued(String.join(" ", tokens));
    if (figures.isEmpty() || figures.stream().allMatch(String::isEmpty) || label.length() > MAX_LABEL
        || !label.matches("[-+–•]?\\s*\\p{L}.*") || label.matches(".*(?<![\\p{L}/])\\d.*")) {
      return null;
    }
    return new Row(ordinal, label, figures);
  }

  /** Capitals OCR ran into the next word ("HĐND-UBNDxã"): parted as typed ("HĐND - UBND xã"). */
  static String unglued(String label) {
    return label.replaceAll("(?<=\\p{Lu}{2})(?=\\p{Ll})", " ").replaceAll("(?<=\\p{Lu})-(?=\\p{Lu})", " - ");
  }

  /** A line that only draws a rule as OCR reads one: no digit, few letters or a run of rule marks ("LỊ I I I l", "| † Í"). */
  static boolean rule(String line) {
    if (line.isBlank()) {
      return false;
    }
    // Column edges read as letters and a stray "1" ("T T 1", "T T T T T 1"): single marks, one digit at most.
    if (line.chars().filter(Character::isDigit).count() <= 1 && line.strip().split("\\s+").length >= 3
        && List.of(line.strip().split("\\s+")).stream().allMatch(w -> w.length() <= 1)) {
      return true;
    }
    if (line.chars().anyMatch(Character::isDigit)) {
      return false;
    }
    long letters = line.chars().filter(Character::isLetter).count();
    boolean longWord = List.of(line.split("[^\\p{L}]+")).stream().anyMatch(w -> w.length() >= 4 && !w.equals(w.toUpperCase()));
    return letters <= 8 && !longWord || RULE_RUN.matcher(line).find() && letters <= 16;
  }

  /** A row number alone on its line (its row's label and figures on the next lines). */
  private static boolean ordinalAlone(String line) {
    return ORDINAL.matcher(EDGE.matcher(line).replaceAll(" ").strip()).matches();
  }

  /**
   * The text with each unaligned table, on lines not in {@code taken}, written as {@link Cells#cells} reads it
   * unambiguously: the header's lines joined into one ("TT | Chỉ tiêu | Quý III năm 2025 | …"), the rules, further
   * header lines and lone row numbers between rows blank (so the header stays in force), and each row whose figures
   * match the header's columns as its cells parted by pipes. A row with fewer or more figures is left as written,
   * for the rules of rows whose pipes part its cells. Lines keep their numbers.
   */
  static String[] rewrite(String[] raw, java.util.function.IntPredicate taken) {
    String[] out = raw.clone();
    for (int i = 0; i < raw.length; i++) {
      List<String> head = taken.test(i) ? null : header(raw[i]);
      if (head != null) {
        i = table(raw, i, head, taken, out) - 1;
      }
    }
    return out;
  }

  /**
   * The text with each table OCR left without pipes, on lines not in {@code taken}, written as {@link #rewrite}
   * writes one: three rows or more of a label and the same number k of figures (k of two or more; a label wrapped
   * onto a line of its own in lower case joined to its row), under one to three lines of column names without
   * figures that each part into k columns at the words that open a column's name ("Tháng 11 Tháng10 Tăng (+)" over
   * "Nội dung năm 2025 năm2025 giảm (-)"). A table whose header does not part so is left as written; a row with
   * another number of figures is read as nothing.
   */
  static String[] rewriteSpaced(String[] raw, java.util.function.IntPredicate taken) {
    String[] out = raw.clone();
    int i = 0;
    while (i < raw.length) {
      int end = spacedTable(raw, i, taken, out);
      i = Math.max(end, i + 1);
    }
    return out;
  }

  /** A figure row of a table without pipes: a label and two figures or more. */
  private static Row spacedRow(String line) {
    if (line.indexOf('|') >= 0 || line.indexOf('\t') >= 0) {
      return null;
    }
    Row r = row(line);
    return r != null && r.figures().size() >= 2 && r.ordinal().isEmpty() ? r : null;
  }

  private static int spacedTable(String[] raw, int first, java.util.function.IntPredicate taken, String[] out) {
    Row r0 = taken.test(first) ? null : spacedRow(raw[first]);
    if (r0 == null) {
      return first + 1;
    }
    int k = r0.figures().size();
    List<Integer> heads = new ArrayList<>();
    for (int h = first - 1; h >= 0 && heads.size() < MAX_HEAD_GAP && !taken.test(h); h--) {
      if (raw[h].isBlank()) {
        continue;
      }
      if (spacedRow(raw[h]) != null || !headerWords(raw[h]) || raw[h].indexOf('|') >= 0) {
        break;
      }
      heads.add(0, h);
    }
    Map<Integer, String> lines = new TreeMap<>();
    int rows = 0;
    int lastRow = -1;
    int end = first;
    for (int j = first; j < raw.length && !taken.test(j); j++) {
      String l = raw[j];
      Row r = spacedRow(l);
      if (l.isBlank()) {
        continue;
      }
      if (r == null && lastRow >= 0 && j == lastRow + 1 && l.strip().length() <= 30 && Character.isLowerCase(l.strip().codePointAt(0))
          && l.chars().noneMatch(Character::isDigit)) {
        // A label wrapped onto a line of its own: joined to its row.
        String row = lines.get(lastRow);
        if (row != null) {
          int bar = row.indexOf(" | ");
          lines.put(lastRow, row.substring(0, bar) + " " + l.strip() + row.substring(bar));
        }
        lines.put(j, "");
        end = j + 1;
        continue;
      }
      if (r == null) {
        if (misread(l)) {
          // A row OCR misread past reading ("+ Trước và đúng hạn 1.199 1/121 +78"): read as nothing.
          lines.put(j, "");
          end = j + 1;
          continue;
        }
        break;
      }
      lines.put(j, r.figures().size() == k ? r.label() + " | " + String.join(" | ", r.figures()) + " |" : "");
      rows += r.figures().size() == k ? 1 : 0;
      lastRow = j;
      end = j + 1;
    }
    if (rows < 3 || heads.isEmpty()) {
      return end;
    }
    List<String> header = spacedHeader(heads.stream().map(h -> raw[h]).toList(), k);
    if (header == null) {
      return end;
    }
    out[heads.get(0)] = String.join(" | ", header) + " |";
    for (int h : heads.subList(1, heads.size())) {
      out[h] = "";
    }
    for (var e : lines.entrySet()) {
      out[e.getKey()] = e.getValue();
    }
    return end;
  }

  /** A line of a label and figures OCR misread ("+ Trước và đúng hạn 1.199 1/121 +78"): ends with digits, two tokens or more hold some. */
  private static boolean misread(String line) {
    String l = line.strip();
    return l.length() <= MAX_LABEL && l.indexOf('|') < 0 && l.matches(".*\\d%?")
        && List.of(l.split("\\s+")).stream().filter(w -> w.matches(".*\\d.*")).count() >= 2;
  }

  /** Whether a line holds words and no figure but a period's or year's digits: a header's line. */
  private static boolean headerWords(String line) {
    String l = unglued(line).replaceAll("(?<=\\p{L})(?=\\d)", " ");
    return l.matches(".*\\p{L}{2}.*") && LayoutLines.headerCells(List.of(PERIOD.matcher(l).replaceAll(" "), "x"));
  }

  /** Words that open a column's name in a table's header, folded: periods, comparisons, counts, shares, plans. */
  private static final Pattern OPENS = Pattern.compile("thang|quy|tuan|nam|ky|cung|tang|giam|luy|so|ty|ke|thuc|uoc|ghi|dvt|don"
      // An equipment table's columns: "Máy tính", "Đáp ứng", "Chưa đáp ứng", "Máy in", "Đường truyền".
      + "|may|dap|chua|duong");

  /**
   * The column names of a header of lines without pipes, {@code k} figure columns: each line parted at the words
   * that open a column's name ("năm" after a month's or quarter's number goes on that name), the words before the
   * first the label column's; null when a line does not part into exactly k, or no line names the label's column.
   */
  static List<String> spacedHeader(List<String> lines, int k) {
    List<String> label = new ArrayList<>(List.of(""));
    List<String> names = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      names.add("");
    }
    for (String line : lines) {
      String[] words = unglue(line.strip().replaceAll("(?<=\\p{L})(?=\\d)", " ").split("\\s+"));
      List<Integer> starts = new ArrayList<>();
      for (int w = 0; w < words.length; w++) {
        String f = Normal.fold(words[w]).replaceAll("[^a-z]", "");
        String before = w == 0 ? "" : Normal.fold(words[w - 1]);
        boolean number = before.matches("\\d{1,2}|[ivx]+|[1-4]");
        boolean afterHo = before.equals("ho") || before.equals("cua");
        if (OPENS.matcher(f).matches() && !(f.equals("nam") && number) && !afterHo
            && (starts.isEmpty() || starts.get(starts.size() - 1) < w - 1 || !OPENS.matcher(Normal.fold(words[w - 1]).replaceAll("[^a-z]", "")).matches())) {
          starts.add(w);
        }
      }
      if (starts.size() != k) {
        return null;
      }
      label.set(0, (label.get(0) + " " + String.join(" ", java.util.Arrays.copyOf(words, starts.get(0)))).strip());
      for (int c = 0; c < k; c++) {
        int to = c + 1 < k ? starts.get(c + 1) : words.length;
        names.set(c, (names.get(c) + " " + String.join(" ", java.util.Arrays.copyOfRange(words, starts.get(c), to))).strip());
      }
    }
    if (label.get(0).isEmpty()) {
      // No line names the label's column before the first column's name: the columns cannot be told for sure.
      return null;
    }
    List<String> out = new ArrayList<>(List.of(label.get(0)));
    out.addAll(names);
    return out;
  }

  /** A header's words with those OCR glued together ("Máyin", "Đápứng") parted back, folded, into the words they are. */
  private static String[] unglue(String[] words) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      String f = Normal.fold(w).replaceAll("[^a-z]", "");
      String parted = f.isEmpty() ? f : Vocabulary.unglued(f);
      if (parted.indexOf(' ') > 0) {
        out.addAll(List.of(parted.split(" ")));
      } else {
        out.add(w);
      }
    }
    return out.toArray(String[]::new);
  }

  /** Writes one table's lines into {@code out}; the end (exclusive) of its lines, or {@code at + 1} when it is none. */
  private static int table(String[] raw, int at, List<String> head, java.util.function.IntPredicate taken, String[] out) {
    int columns = head.size() - 1;
    boolean ordinal = ORDINAL_HEAD.matcher(cellsOf(raw[at]).get(0)).matches();
    List<String> header = new ArrayList<>(head);
    Map<Integer, String> lines = new TreeMap<>();
    int read = 0;
    int gap = 0;
    List<String> whole = List.of();
    int end = at + 1;
    for (int j = at + 1; j < raw.length && !taken.test(j); j++) {
      String l = raw[j];
      if (l.isBlank() || rule(l) || ordinalAlone(l)) {
        lines.put(j, "");
        continue;
      }
      Row r = row(l);
      boolean wordsOnly = r == null && l.chars().noneMatch(Character::isDigit);
      if (read == 0 && end == at + 1 && r == null && gap < MAX_HEAD_GAP
          && (wordsOnly || LayoutLines.headerCells(cellsOf(l)) && cellsOf(l).size() == columns)) {
        // A header's further line ("năm 2025 | năm 2024* | Giảm (-)"), or its rule misread as words.
        gap++;
        continueHeader(header, l, columns);
        lines.put(j, "");
        continue;
      }
      if (r == null && hasEdge(l) && l.chars().anyMatch(Character::isDigit) && l.strip().length() <= MAX_LABEL + 40) {
        // A row OCR misread past reading ("-Trực tuyến [164 |141 =| 2.806"): left as written, the table goes on.
        end = j + 1;
        continue;
      }
      if (r == null || !(hasEdge(l) || r.figures().size() >= 2)) {
        break;
      }
      end = j + 1;
      boolean part = r.label().matches("[-+–•].*");
      if (r.figures().size() == columns && (part && exceeds(r.figures(), whole) || doubtful(r.figures()))) {
        // Figures OCR misread: the row is read as nothing, not left to the rules of rows parted by pipes.
        lines.put(j, "");
      } else if (r.figures().size() == columns) {
        lines.put(j, (ordinal ? "| " + r.ordinal() + " | " : "") + r.label() + " | " + String.join(" | ", r.figures()) + " |");
        read++;
      }
      whole = part ? whole : r.figures();
    }
    if (read < 2) {
      return at + 1;
    }
    out[at] = (ordinal ? "TT | " : "") + String.join(" | ", header) + " |";
    for (var e : lines.entrySet()) {
      if (e.getKey() < end) {
        out[e.getKey()] = e.getValue();
      }
    }
    return end;
  }

  /** Whether a part's first figure is more than its whole's: a figure OCR misread ("1724" under 174), not read. */
  static boolean exceeds(List<String> part, List<String> whole) {
    if (part.isEmpty() || whole.isEmpty() || part.get(0).isEmpty() || whole.get(0).isEmpty()
        || part.get(0).contains("%") || whole.get(0).contains("%")) {
      return false;
    }
    try {
      return count(part.get(0)) > count(whole.get(0));
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /**
   * Whether a row writes small counts with a leading zero ("09", "04") and holds a "10…" of three digits: OCR reads a
   * rule before "03" as "1" ("103"), so that figure cannot be told from a real one.
   */
  static boolean doubtful(List<String> figures) {
    return figures.stream().anyMatch(f -> f.matches("0\\d")) && figures.stream().anyMatch(f -> f.matches("10\\d"));
  }

  private static long count(String figure) {
    return Long.parseLong(figure.replaceAll("^[+\\-–]", "").replaceAll("[.,]", ""));
  }

  private static boolean hasEdge(String line) {
    return EDGE.matcher(line).find();
  }

  private static List<String> cellsOf(String line) {
    List<String> out = new ArrayList<>();
    for (String c : LayoutLines.piped(line).split("\\|")) {
      if (c.matches(".*[\\p{L}\\d].*")) {
        out.add(c.strip());
      }
    }
    return out;
  }

  /** A header's further line: its cells joined to the figure columns' names when it names each of them, else set aside. */
  private static void continueHeader(List<String> header, String line, int columns) {
    List<String> cells = cellsOf(line);
    if (cells.size() == columns && LayoutLines.headerCells(cells)) {
      for (int c = 0; c < columns; c++) {
        header.set(c + 1, header.get(c + 1) + " " + cells.get(c));
      }
    }
  }
}
