package vn.xaso.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table's header: whether a row is one, which column holds the row numbers or each row's unit, the unit a column
 * names in brackets, a row of units under the header, a unit a caption or heading gives the table, and the cells
 * above each column of a header of two rows or more (by where they stand). What a column's period says is read by
 * {@link PeriodColumns}; the rows under the header by {@link Tables}.
 */
final class Headers {
  private Headers() {}

  /** The row-number column ("TT", "STT", "Số TT"): its cells are no figures. */
  static final Pattern ORDINAL = Pattern.compile("(?i)(?:s[oố]\\s*)?s?tt");
  static final Pattern UNIT_IN_HEADER = Pattern.compile("\\(([^)]{1,20})\\)");
  /** The column naming each row's unit ("Đơn vị tính", "ĐVT"). */
  // Matched on folded words: Java's (?i) alone does not fold "Đ" to "đ", so "Đơn vị tính" and "ĐVT" were missed.
  private static final Pattern UNIT_COLUMN = Pattern.compile("don vi(?: tinh)?|dvt");

  /**
   * A header row: two cells or more, none holding a digit but in a period's name ("Tháng 11/2025"), not a Markdown rule.
   * Two of its cells hold words: a row of one note under a header ("| | | (đến 20/11) | |", its upper row's cells
   * moved by OCR) names no columns and leaves the header above in force.
   */
  static boolean header(List<String> cells) {
    return cells.stream().filter(c -> !c.isBlank()).count() >= 2 && cells.stream().noneMatch(c -> Cells.FIGURE.matcher(PeriodColumns.undated(c)).find()) && !Cells.rule(cells);
  }

  /** Whether a header cell heads the column of units ("Đơn vị tính", "ĐVT"). */
  /**
   * Whether column i names each row's unit. "Đơn vị" heading the first column after the row numbers names the rows
   * themselves (the bodies of an equipment table: "Đảng ủy xã", "HĐND xã"), not a unit.
   */
  static boolean unitColumn(List<String> header, int i) {
    if (i >= header.size() || !unitColumn(header.get(i))) {
      return false;
    }
    int first = 0;
    while (first < header.size() && ORDINAL.matcher(header.get(first)).matches()) {
      first++;
    }
    return i != first || !Normal.fold(header.get(i)).strip().equals("don vi");
  }

  static boolean unitColumn(String head) {
    return UNIT_COLUMN.matcher(Normal.fold(head).strip()).matches();
  }

  /** The unit a column's header names in brackets: its last bracket without digits, or empty. */
  static String unitOf(String head) {
    var unit = UNIT_IN_HEADER.matcher(head);
    String out = "";
    while (unit.find()) {
      out = Cells.FIGURE.matcher(unit.group(1)).find() ? out : unit.group(1).strip();
    }
    return out;
  }

  /** A heading over the handling of dossiers ("Kết quả giải quyết TTHC", "Hồ sơ trong tuần"), folded and mended. */
  private static final Pattern DOSSIER_HEADING = Pattern.compile("\\b(?:ho so|giai quyet (?:tthc|thu tuc))\\b");

  /**
   * The unit a heading gives the bare figures of a table under it: a heading over the handling of dossiers
   * counts dossiers ("Tiếp nhận mới | 1.246" under "Kết quả giải quyết TTHC" is 1.246 dossiers received); any
   * other heading gives none.
   */
  static String headingUnit(String heading) {
    String folded = Vocabulary.mend(Normal.fold(heading));
    java.util.regex.Matcher stated = STATED_UNIT.matcher(folded);
    // "đơn vị tính: hồ sơ" says the unit itself: the other words of the line ("giải quyết hồ sơ … ĐVT: %") do not.
    return DOSSIER_HEADING.matcher(stated.find() ? stated.group(1) : folded).find() ? "hồ sơ" : "";
  }

  /** A unit stated in words before a table ("đơn vị tính: hồ sơ", "ĐVT: máy"), folded: the words after the colon. */
  private static final Pattern STATED_UNIT = Pattern.compile("\\b(?:don vi tinh|dvt)\\s*:\\s*([\\p{L} ]{1,20})");

  /** A table's caption: "Bảng 1.", "Biểu số 02:" opening a line. */
  private static final Pattern CAPTION = Pattern.compile("^\\s*(?:bang|bieu)\\s+(?:so\\s+)?\\d{1,2}\\s*[.:]");

  /**
   * Whether a line is a table's caption or states the unit of the table under it ("(bảng chép từ phần mềm, đơn vị
   * tính: hồ sơ):"), which names what the table counts as a heading does; or a line ending with a colon that
   * names dossiers ("Kết quả tiếp nhận và giải quyết hồ sơ như sau:"), which introduces what follows as
   * such a heading does. A colon after other words ("Cụ thể như sau:") leaves the heading's unit in force.
   */
  static boolean caption(String line) {
    String folded = Normal.fold(line);
    return CAPTION.matcher(folded).find() || STATED_UNIT.matcher(folded).find()
        || line.strip().endsWith(":") && DOSSIERS_NAMED.matcher(folded).find();
  }

  /** "Hồ sơ" as written (folded, not mended: OCR's mending reads "tổng hợp số liệu" as "tổng hồ sơ liệu"). */
  private static final Pattern DOSSIERS_NAMED = Pattern.compile("\\bho so\\b");

  /** A unit in brackets standing alone in a cell ("(hồ sơ)", "(máy)", "(%)"): no digit, a few words at most. */
  private static final Pattern UNIT_CELL = Pattern.compile("\\(\\s*[^\\d()]{1,20}\\)");

  /**
   * The cells of a header whose next line is a row of units, each column's unit after its name ("Tuần này (hồ
   * sơ)"); null when {@code line} is no header parted by tabs or pipes or {@code next} no row of two units or more,
   * one per column, the label's column without one.
   */
  static List<String> withUnits(String line, String next) {
    List<String> header = Cells.cells(line);
    List<String> units = Cells.cells(next);
    if (header.isEmpty() || !header(header) || units.isEmpty() || units.size() > header.size()
        || units.size() < header.size() - 1 || units.stream().filter(u -> !u.isBlank()).count() < 2
        || !units.stream().allMatch(u -> u.isBlank() || UNIT_CELL.matcher(u.strip()).matches())) {
      return null;
    }
    int shift = header.size() - units.size();
    List<String> out = new ArrayList<>(header);
    for (int k = 0; k < units.size(); k++) {
      out.set(k + shift, (header.get(k + shift) + " " + units.get(k)).strip());
    }
    return List.copyOf(out);
  }

  /**
   * The middle of each cell of a line whose cells pipes part ("| a | b |"), in characters, or an empty list when
   * the line's pieces are not {@code cells} one to one (tabs, doubled pipes, OCR's brackets).
   */
  static List<Integer> middles(String line, int cells) {
    if (line.indexOf('\t') >= 0 || line.indexOf('|') < 0) {
      return List.of();
    }
    List<Integer> pipes = new ArrayList<>();
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '|') {
        pipes.add(i);
      }
    }
    String before = line.substring(0, pipes.get(0));
    String after = line.substring(pipes.get(pipes.size() - 1) + 1);
    List<int[]> spans = new ArrayList<>();
    if (!before.isBlank()) {
      spans.add(new int[] {0, pipes.get(0)});
    }
    for (int k = 0; k + 1 < pipes.size(); k++) {
      spans.add(new int[] {pipes.get(k) + 1, pipes.get(k + 1)});
    }
    if (!after.isBlank()) {
      spans.add(new int[] {pipes.get(pipes.size() - 1) + 1, line.length()});
    }
    if (spans.size() != cells) {
      return List.of();
    }
    return spans.stream().map(sp -> (sp[0] + sp[1]) / 2).toList();
  }

  /**
   * The upper rows of a header of two rows or more, one text per column of the lowest row: the cell above each
   * column, by where it stands ("Tháng 12/2025" spanning "Số hồ sơ | Tỷ lệ (%)"). {@code upperEdges} are the
   * character spans of the row above, {@code upperTexts} its texts (with their own upper rows); empty when the
   * rows cannot be aligned.
   */
  static List<String> spanned(List<int[]> upperEdges, List<String> upperTexts, List<Integer> middles) {
    if (upperEdges.isEmpty() || middles.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (int m : middles) {
      String text = "";
      for (int j = 0; j < upperEdges.size(); j++) {
        if (upperEdges.get(j)[0] <= m && m < upperEdges.get(j)[1]) {
          text = upperTexts.get(j);
        }
      }
      out.add(text);
    }
    return out;
  }

  /** The character spans of a pipe-parted line's cells, as {@link #middles}; empty when they are not one to one. */
  static List<int[]> edges(String line, int cells) {
    List<Integer> mids = middles(line, cells);
    if (mids.isEmpty()) {
      return List.of();
    }
    List<int[]> out = new ArrayList<>();
    int from = line.indexOf('|') == 0 || line.substring(0, line.indexOf('|')).isBlank() ? line.indexOf('|') + 1 : 0;
    for (int k = 0; k < mids.size(); k++) {
      int to = line.indexOf('|', from);
      to = to < 0 ? line.length() : to;
      out.add(new int[] {from, to});
      from = to + 1;
    }
    return out;
  }
}
