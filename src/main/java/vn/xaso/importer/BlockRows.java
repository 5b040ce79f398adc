package vn.xaso.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.xaso.model.Block;

/**
 * Tables with a row or a column per body (khối Đảng, chính quyền, MTTQ …): a body's row read as its sentence
 * ("Khối Đảng: 14 máy tính (đáp ứng 10, chưa đáp ứng 4)"), a row of things read once per body's column, the shared
 * office of council and committee counted as the government's, and such tables when OCR parted their cells by single
 * spaces. {@link Tables} hands a row here when its header says the table is by body.
 */
final class BlockRows {
  private BlockRows() {}

  /** The first column's header of a table by block. */
  private static final Pattern BLOCK_COLUMN = Pattern.compile(
      "(?:khoi|don vi|co quan)(?:\\s*[,/]\\s*(?:don vi|co quan))?(?: \\(?khoi\\)?)?");

  /** A column header naming a thing counted: a figure of its own, not a part of the column before it. */
  private static final Pattern THING = Pattern.compile("(?:so )?(?:may|duong truyen|thiet bi|ho so|tthc|thu tuc|nguoi|can bo|cong chuc)\\b");

  /**
   * A table with one row per block: its first column is headed "Khối" (or "Đơn vị", "Cơ quan") and the row's
   * label names no more than a block ("Đảng", "Chính quyền", "HĐND", "MTTQ") or the row of their sum.
   */
  static boolean byBlock(List<String> header, List<String> cells) {
    int first = 0;
    while (first < header.size() && Headers.ORDINAL.matcher(header.get(first)).matches()) {
      first++;
    }
    return first < header.size() && first < cells.size() && BLOCK_COLUMN.matcher(Normal.fold(header.get(first))).matches();
  }

  /**
   * A block's row read as its sentence: "Khối Đảng: 14 máy tính (đáp ứng 10, chưa đáp ứng 4), 2 máy scan."
   * A column whose header names no thing of its own ("Đáp ứng") is a part of the column before it that does.
   * The row of the sum of all blocks ("Cộng", "Tổng") is no block's: it is not read.
   */
  static String blockRow(String label, List<String> figures) {
    if (Tables.TOTAL_ROW.matcher(Normal.fold(label)).matches() || Cells.FIGURE.matcher(label).find()) {
      // A figure inside the label ("HDND xa 14 14"): OCR lost the rules between cells, so which figure is whose
      // column is unknown; the row is left as written.
      return null;
    }
    StringBuilder out = new StringBuilder("Khối ").append(sharedOffice(label) ? "chính quyền"
        : label.replaceFirst("(?i)^khối\\s+", "")).append(':');
    boolean open = false;
    boolean any = false;
    String before = "";
    for (String f : figures) {
      String[] vh = f.split("\u0000", 2);
      String head = vh[1].strip();
      vh[0] = ownUnitNamed(vh[0], head);
      // Under a cell spanning several columns ("Máy tính (máy)" over "Tổng số | Đáp ứng"), each column's own words
      // say whether it is a thing or a part of the one before.
      String common = commonWords(before, head);
      before = head;
      head = any && !common.isEmpty() ? head.substring(common.length()).strip() : head;
      boolean thing = THING.matcher(Normal.fold(head)).lookingAt();
      if (!thing && any) {
        out.append(open ? ", " : " (").append(head).append(' ').append(vh[0]);
        open = true;
        continue;
      }
      // "12 bộ máy tính", not "12 bộ máy tính (bộ)": the header's unit, now the figure's, would stand between the
      // thing and a part's bracket after it ("(trong đó nối mạng WAN 9)"), which then names no total.
      String shown = vh[0].matches("[\\d.,]+\\s+\\p{L}.*") ? Headers.UNIT_IN_HEADER.matcher(head).replaceAll("").strip() : head;
      out.append(open ? ")" : "").append(any ? ", " : " ").append(vh[0]).append(' ').append(shown);
      open = false;
      any = true;
    }
    return out.append(open ? ")" : "").append('.').toString();
  }

  /**
   * Whether a header has a column per body ("Thiết bị | Khối Đảng | Chính quyền | MTTQ và các đoàn thể | Cộng"): two
   * columns or more after the label's each naming exactly one block, or the shared office of council and committee.
   */
  static boolean blockColumns(List<String> header) {
    return header.stream().skip(1).filter(h -> bodyOf(h) != null).count() >= 2;
  }

  /**
   * The body a column counts for, as its clause names it: the block its header names ("Khối Đảng" is "Đảng"), the
   * government for the shared office of council and committee ("HĐND - UBND xã", transcription §3), or null for a
   * column naming no body or several (the sum, "Cộng").
   */
  static String bodyOf(String head) {
    if (sharedOffice(head)) {
      return "chính quyền";
    }
    return Outline.blocksNamed(Normal.fold(head)).size() == 1 ? head.strip().replaceFirst("(?i)^khối\\s+", "") : null;
  }

  /**
   * A row of things under a column per body, read as one clause per body, each opened by the body it counts for:
   * "Máy tính (chiếc) Đáp ứng yêu cầu | 12 | 38 | 6 | 56" is "Khối Đảng: 12 máy tính đáp ứng yêu cầu; khối Chính
   * quyền: 38 máy tính đáp ứng yêu cầu; …". A column naming no body or several (the sum, "Cộng") is no body's
   * ({@link #bodyOf}).
   */
  static String thingRow(String label, List<String> figures) {
    String thing = Headers.UNIT_IN_HEADER.matcher(Tables.SUB_ROW.matcher(label).replaceFirst("")).replaceAll(" ").replaceAll("\\s+", " ").strip();
    StringBuilder out = new StringBuilder();
    for (String f : figures) {
      String[] vh = f.split("\u0000", 2);
      String body = bodyOf(vh[1]);
      if (body == null) {
        continue;
      }
      out.append(out.length() == 0 ? "" : "; ").append("Khối ").append(body)
          .append(": ").append(vh[0].replaceAll("[^\\d.,%].*$", "").strip()).append(' ').append(thing);
    }
    return out.length() == 0 ? null : out.append('.').toString();
  }

  /**
   * A cell's figure without its own unit when the column's header opens with that unit ("1 đường" under "Đường
   * truyền", "47 máy" under "Máy tính"): the header names the thing, and "1 đường đường truyền" is no line's count.
   */
  static String ownUnitNamed(String figure, String head) {
    String unit = figure.replaceFirst("^[\\d.,]+\\s*", "");
    // A unit the header gives in brackets ("Máy tính (máy)") was put there by the header, not the cell: it stays.
    return !unit.isEmpty() && !Headers.UNIT_IN_HEADER.matcher(head).find() && Normal.fold(head).startsWith(Normal.fold(unit) + " ")
        ? figure.substring(0, figure.length() - unit.length()).strip() : figure;
  }

  /**
   * Whether a row's label names the council and the committee together and no other body ("HĐND và UBND phường",
   * "HĐND, UBND xã", "HĐND - UBND"): their shared office, whose equipment is the government's (transcription §3),
   * not the council's that a label read up to its comma would name.
   */
  static boolean sharedOffice(String label) {
    return Set.copyOf(Outline.blocksNamed(Normal.fold(label))).equals(Set.of(Block.COUNCIL, Block.GOVERNMENT));
  }

  /** The two words or more two headers open with alike ("Máy tính (máy)" of "Máy tính (máy) Tổng số" and "Máy tính (máy) Đáp ứng"). */
  static String commonWords(String a, String b) {
    String[] x = a.split(" ");
    String[] y = b.split(" ");
    int n = 0;
    while (n < x.length && n < y.length && x[n].equals(y[n]) && !x[n].isEmpty()) {
      n++;
    }
    return n < 2 || n == y.length ? "" : String.join(" ", java.util.Arrays.copyOf(y, n));
  }

  /** Where the header of a table by block read by OCR with single spaces parts its columns: before each thing's name. */
  private static final Pattern SPACED_COLUMN = Pattern.compile(
      "\\s+(?=(?:may|duong truyen|thiet bi|so luong|ty le|chua|khong)\\b)|(?<!chua|khong)\\s+(?=dap ung\\b)");
  /** A row of such a table: a label, then its figures one space apart. */
  private static final Pattern SPACED_ROW = Pattern.compile("^\\s*(\\p{L}[\\p{L} .]*?)\\s+(\\d+(?:\\s+\\d+)+)\\s*$");

  /**
   * A table by block whose columns OCR read one space apart (tabs lost): with no header in force, a line
   * opening with "Khối" whose other words part into three columns or more at the names of things counted
   * is its header; under such a header, a label followed by exactly one figure per column is a row. Any
   * other line is no table's (an empty list).
   */
  static List<String> spaced(String line, List<String> header) {
    if (header.isEmpty()) {
      String f = Vocabulary.mend(Normal.fold(line.strip()));
      String[] words = f.split("\\s+", 2);
      if (words.length < 2 || !BLOCK_COLUMN.matcher(words[0]).matches() || Cells.FIGURE.matcher(f).find()) {
        return List.of();
      }
      List<String> cells = new ArrayList<>(List.of(words[0]));
      cells.addAll(List.of(SPACED_COLUMN.split(words[1].strip())));
      return cells.size() >= 4 ? cells : List.of();
    }
    if (!BLOCK_COLUMN.matcher(Normal.fold(header.get(0))).matches()) {
      return List.of();
    }
    var row = SPACED_ROW.matcher(line);
    if (!row.matches()) {
      // A row OCR misread ("MTTQ 7 5 z 1 2"): a line of its own, read as no figures, never run on into the prose.
      return MISREAD_ROW.matcher(line).matches() ? List.of(line.strip()) : List.of();
    }
    List<String> cells = new ArrayList<>(List.of(row.group(1).strip()));
    cells.addAll(List.of(row.group(2).strip().split("\\s+")));
    return cells.size() == header.size() ? cells : List.of(line.strip());
  }

  /** A label and three short tokens or more, most of them figures: a table's row however misread. */
  private static final Pattern MISREAD_ROW = Pattern.compile("^\\s*\\p{L}[\\p{L} .]*?(?:\\s+\\S{1,3}){3,}\\s*$");
}
