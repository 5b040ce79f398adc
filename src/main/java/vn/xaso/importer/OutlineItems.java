package vn.xaso.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * The report's lines as items (split from {@link Outline} for issue #23): a paragraph whose lines the word processor
 * wrapped joined again, a bullet, a numbered heading or a sign-off starting a new one, and a table's row read as a
 * sentence ({@link Tables}) standing as an item of its own, with the line each piece comes from. It decides where an
 * item starts and ends; which heading or section an item stands under, and its sentences, are {@link Outline}'s.
 *
 * <p>Tested alone in {@code OutlineItemsTest}.
 */
final class OutlineItems {
  private OutlineItems() {}

  /** One item (paragraph, bullet, heading) as joined from its lines, and where each line starts in it. */
  static final class Item {
    final StringBuilder text = new StringBuilder();
    final List<int[]> lines = new ArrayList<>(); // {offset in text, 1-based line}
    boolean heading;
    /** A table row read as a sentence ({@link Tables}); null for text. */
    String reading;
    /** The label of a table's group row ({@link Tables#group}); null for any other item. */
    String group;
    int open;
    int shut;

    void append(String piece, int line) {
      if (text.length() > 0) {
        text.append(' ');
      }
      lines.add(new int[] {text.length(), line});
      text.append(piece);
      for (int k = 0; k < piece.length(); k++) {
        char c = piece.charAt(k);
        open += c == '(' ? 1 : 0;
        shut += c == ')' ? 1 : 0;
      }
    }

    /** A heading ends with its line unless it breaks off after a comma or inside brackets. */
    boolean closed() {
      return open <= shut && text.charAt(text.length() - 1) != ',';
    }
  }

  /**
   * A count ending a line after a word ("đang triển khai 327", "trong đó: 198"), folded: not a row of figures ("1 0 7"),
   * nor a week, month, quarter, year or day a title names ("Kết quả tuần 48").
   */
  private static final java.util.regex.Pattern COUNT_AT_END = java.util.regex.Pattern.compile(
      "\\p{L}(?<!\\b(?:tuan|thang|quy|nam|ngay|ky|dot|lan|so))(?::)?\\s+\\d+\\s*$");
  /** The unit of a count opening the next line: "TTHC thuộc 58 lĩnh vực", "thủ tục", "hồ sơ", "máy tính". */
  private static final java.util.regex.Pattern UNIT_FIRST = java.util.regex.Pattern.compile(
      "^\\W*(?:tthc|thu tuc|ho so|hs|may tinh|may vi tinh)\\b");

  /**
   * Whether a heading's line is a sentence (a comma in it) ending with a count whose unit opens the next line ("a) Tính
   * đến ngày 31/8/2025, xã đang thực hiện 341 TTHC, trong đó: 198" over "TTHC cung cấp dịch vụ công trực tuyến toàn
   * trình, …"): the word processor wrapped a numbered paragraph, which goes on.
   */
  static boolean unitRunsOn(CharSequence text, String next) {
    String line = Normal.fold(text.toString());
    return line.contains(", ") && COUNT_AT_END.matcher(line).find() && UNIT_FIRST.matcher(Normal.fold(next)).find();
  }

  /** Where each of an item's lines after its first starts in its text. */
  static int[] breaks(Item it) {
    return it.lines.stream().skip(1).mapToInt(l -> l[0]).toArray();
  }

  /** The text's items in order: table rows as the layout reader made them, then lines joined into paragraphs. */
  static List<Item> items(String text) {
    List<Item> items = new ArrayList<>();
    Item current = new Item();
    List<String> header = List.of();
    // A header of two rows or more: per column, the cells above the lowest row; and the row above's cell spans.
    List<String> upper = List.of();
    List<int[]> headerEdges = List.of();
    boolean underHeader = false;
    // The last row not opened by a dash: the row a sub-row ("- Trực tuyến") is a part of.
    String parentRow = null;
    // The unit of a table's bare figures that the heading above it gives ("Kết quả giải quyết TTHC": dossiers).
    String headingUnit = "";
    List<TableLines.Line> rows = TableLines.lines(text.split("\\R", -1));
    java.util.Map<TableLines.Line, Boolean> byPeriod = PeriodColumns.periodRows(rows);
    for (TableLines.Line row : rows) {
      int number = row.first();
      if (row.kind() != TableLines.Line.Kind.RAW) {
        // A table's row as the layout reader made it: its cells are known, its kind too.
        if (current.text.length() > 0) {
          items.add(current);
          current = new Item();
        }
        boolean head = row.kind() == TableLines.Line.Kind.HEADER;
        header = head ? row.cells() : row.kind() == TableLines.Line.Kind.PAIR ? List.of() : header;
        upper = List.of();
        underHeader = head;
        if (row.text().isEmpty()) {
          continue;
        }
        Item it = new Item();
        if (row.kind() == TableLines.Line.Kind.GROUP) {
          it.group = row.text();
          it.reading = row.text() + ".";
          parentRow = row.text();
        } else if (!head) {
          // A row of an earlier period than another row's ("Quý III/2025" under "Quý IV/2025"): a comparison, its label only.
          Boolean earlier = byPeriod.get(row);
          it.reading = Boolean.TRUE.equals(earlier) ? Tables.label(header, row.cells()) + "."
              : Tables.reading(header, List.of(), earlier == null ? row.cells() : PeriodColumns.asThePeriods(row.cells()), parentRow,
                  headingUnit);
          String label = Tables.label(header, row.cells());
          parentRow = Tables.subRow(label) ? parentRow : label;
        } else {
          parentRow = null;
        }
        it.append(row.text(), number);
        for (int c = 1; c < row.lines().length; c++) {
          it.lines.add(new int[] {row.offsets()[c], row.lines()[c]});
        }
        items.add(it);
        continue;
      }
      String whole = row.text().replace('\u00A0', ' ');
      List<String> cells = whole.length() <= Outline.MAX_ITEM ? Cells.cells(whole) : List.of();
      if (cells.isEmpty() && whole.length() <= Outline.MAX_ITEM) {
        cells = BlockRows.spaced(whole, header);
      }
      if (!cells.isEmpty() && Cells.rule(cells)) {
        continue;
      }
      if (!cells.isEmpty()) {
        // Under a header, a row of an ordinal and words only ("| I | Hạ tầng kỹ thuật | | |") groups the rows
        // below it; it is no second header, though it holds no digit.
        String group = header.isEmpty() ? null : Tables.group(cells);
        boolean isHeader = group == null && Headers.header(cells);
        cells = isHeader ? cells : Cells.mendRow(header, cells);
        if (isHeader) {
          // A header row right under another (rules between) is its lower row: each column keeps the cell above it.
          List<String> above = new ArrayList<>();
          for (int k = 0; k < header.size(); k++) {
            above.add(((k < upper.size() ? upper.get(k) : "") + " " + header.get(k)).strip());
          }
          upper = underHeader ? Headers.spanned(headerEdges, above, Headers.middles(whole, cells.size())) : List.of();
          headerEdges = Headers.edges(whole, cells.size());
        }
        underHeader = isHeader;
        String reading = isHeader ? null : Tables.reading(header, upper, cells, parentRow, headingUnit);
        // A group row says no figure: it is read as its label alone, never its ordinal as a count.
        reading = group != null ? group + "." : reading;
        String label = isHeader ? null : Tables.label(header, cells);
        parentRow = isHeader ? null : Tables.subRow(label) ? parentRow : label;
        header = isHeader ? cells : header;
        if (current.text.length() > 0) {
          items.add(current);
        }
        current = new Item();
        current.reading = reading;
        current.group = group;
        current.append(whole.strip(), number);
        for (int c = 1; c < row.lines().length; c++) {
          current.lines.add(new int[] {row.offsets()[c], row.lines()[c]});
        }
        items.add(current);
        current = new Item();
        continue;
      }
      header = whole.isBlank() ? header : List.of();
      upper = whole.isBlank() ? upper : List.of();
      underHeader = false;
      // A table's caption ("Bảng 1. Kết quả tiếp nhận, giải quyết hồ sơ TTHC") heads the table under it as a heading does.
      headingUnit = Headers.caption(whole) ? Headers.headingUnit(whole) : headingUnit;
      for (String line : pieces(whole.strip())) {
        boolean heading = Outline.HEADING.matcher(line).find();
        headingUnit = heading ? Headers.headingUnit(line) : headingUnit;
        boolean starts = heading || Outline.BULLET.matcher(line).find() || Outline.SIGN_OFF.matcher(Normal.fold(line)).find()
            || current.text.length() > Outline.MAX_ITEM
            || current.text.length() > 0 && Character.isUpperCase(line.charAt(0))
                && (".:;".indexOf(current.text.charAt(current.text.length() - 1)) >= 0
                    || current.heading && current.closed() && !unitRunsOn(current.text, line));
        if (starts && current.text.length() > 0) {
          items.add(current);
          current = new Item();
        }
        if (current.text.length() == 0) {
          current.heading = heading;
        }
        current.append(line, number);
      }
    }
    if (current.text.length() > 0) {
      items.add(current);
    }
    return items;
  }

  /** A line cut at spaces into pieces of at most {@link Outline#MAX_ITEM} characters; none when blank. */
  private static List<String> pieces(String line) {
    List<String> out = new ArrayList<>();
    int from = 0;
    while (from < line.length()) {
      int to = Math.min(line.length(), from + Outline.MAX_ITEM);
      if (to < line.length()) {
        int space = line.lastIndexOf(' ', to);
        to = space > from ? space : to;
      }
      String piece = line.substring(from, to).strip();
      if (!piece.isEmpty()) {
        out.add(piece);
      }
      from = to;
    }
    return out;
  }
}
