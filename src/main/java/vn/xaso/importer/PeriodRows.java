package vn.xaso.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table of dossiers with a row per period, as a one-stop system's report flattened from PDF gives it: a header of
 * column names parted by single spaces, on one line or wrapped onto a second ("Kỳ số liệu Tổng số Trong đó: Trực
 * tuyến Trực tiếp … Đã giải / quyết: Trước hạn Đúng hạn Quá hạn Đang giải quyết"), then rows each naming a period and
 * giving one figure per column ("Tuần này 412 356 51 …", "Tuần trước 398 …", "Lũy kế từ 01/7/2025 8.126 …"). Its
 * header is parted where the names of the stages and channels of dossiers begin, and the rows become a table's rows
 * whose cells are known; {@link PeriodColumns#periodRows} then reads the period's row and leaves the others. Any other
 * lines are no such table (null).
 */
final class PeriodRows {
  /**
   * Where a column of a dossiers table begins, folded: the stages (received, resolved, in progress), how they were
   * filed and how they were resolved.
   */
  private static final Pattern COLUMN = Pattern.compile("(?:tong so|tiep nhan|da giai quyet|dang giai quyet|chua giai quyet"
      + "|truc tuyen|truc tiep|(?:dich vu )?buu chinh|truoc han|dung han|qua han|tra lai|tu choi|rut)\\b");
  /** Words over the columns after them ("Trong đó:", "Đã giải quyết:"): a colon ends them. */
  private static final Pattern GROUP = Pattern.compile("(?:trong do|da giai quyet|tiep nhan)\\s*:");
  /** Columns of how dossiers were filed that the data names (online, in person), folded; the post is no field's. */
  private static final Pattern CHANNEL = Pattern.compile("truc tuyen|truc tiep");
  /** Columns of how dossiers were resolved, parts of those resolved, folded. */
  private static final Pattern RESOLVED_AS = Pattern.compile("(?:truoc han|dung han|qua han)");
  /** A figure of a row, a dash for an empty cell. */
  private static final Pattern CELL = Pattern.compile("[+\\-–]?\\d[\\d.,]*%?|[-–]");
  /** A row's label naming a period: this one, the one before, the running total, or a named one. */
  private static final Pattern PERIOD_LABEL = Pattern.compile("(?:(?:tuan|thang|quy|ky|nam) (?:nay|truoc|bao cao)|cung ky\\b.*"
      + "|luy ke\\b.*|(?:tuan|thang|quy) [\\divx/]+(?: nam)?(?: \\d{4})?)");
  /** How long a header's line may be. */
  private static final int LONGEST = 120;

  private PeriodRows() {}

  /** The table's lines from {@code from} and where it ends. */
  record Table(List<TableLines.Line> lines, int to) {}

  /** The table whose header starts at line {@code from}, or null. */
  static Table at(String[] raw, int from) {
    for (int headLines = 1; headLines <= 2; headLines++) {
      int first = from + headLines;
      List<List<String>> rows = new ArrayList<>();
      int k = first;
      for (; k < raw.length && row(raw[k]) != null; k++) {
        rows.add(row(raw[k]));
      }
      if (rows.size() < 2 || rows.stream().map(List::size).distinct().count() != 1 || !headerLines(raw, from, headLines)) {
        continue;
      }
      String head = headLines == 1 ? raw[from].strip() : raw[from].strip() + " " + raw[from + 1].strip();
      List<String> header = columns(head, rows.get(0).size());
      if (header == null) {
        continue;
      }
      List<TableLines.Line> out = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      int[] offsets = new int[headLines];
      int[] lines = new int[headLines];
      for (int h = 0; h < headLines; h++) {
        offsets[h] = text.length();
        lines[h] = from + h + 1;
        text.append(h == 0 ? "" : " ").append(raw[from + h].strip());
      }
      // The offsets of a wrapped header count the joining space before each later line.
      for (int h = 1; h < headLines; h++) {
        offsets[h] += 1;
      }
      out.add(new TableLines.Line(text.toString(), offsets, lines, header, TableLines.Line.Kind.HEADER));
      for (int r = 0; r < rows.size(); r++) {
        out.add(new TableLines.Line(raw[first + r], new int[] {0}, new int[] {first + r + 1}, rows.get(r), TableLines.Line.Kind.ROW));
      }
      return new Table(out, k);
    }
    return null;
  }

  /** Whether the header's lines hold no figure and are short, not a sentence's end. */
  private static boolean headerLines(String[] raw, int from, int count) {
    for (int h = 0; h < count; h++) {
      String line = raw[from + h].strip();
      if (line.isEmpty() || line.length() > LONGEST || line.indexOf('\t') >= 0 || line.indexOf('|') >= 0
          || Cells.FIGURE.matcher(PeriodColumns.undated(line)).find() || line.endsWith(".")) {
        return false;
      }
    }
    return true;
  }

  /** A row's cells, its label naming a period then its figures (three or more), or null. */
  static List<String> row(String line) {
    if (line.indexOf('\t') >= 0 || line.indexOf('|') >= 0) {
      return null;
    }
    String[] words = line.strip().split("\\s+");
    int k = words.length;
    while (k > 0 && CELL.matcher(words[k - 1]).matches()) {
      k--;
    }
    if (k > 0 && k < words.length && words[k].matches("(?:19|20)\\d{2}") && Normal.fold(words[k - 1]).equals("nam")) {
      // "Lũy kế năm 2025 5.902 …": the year after "năm" is the label's, no figure.
      k++;
    }
    String label = String.join(" ", java.util.Arrays.copyOf(words, k));
    if (words.length - k < 3 || k == 0 || !PERIOD_LABEL.matcher(PeriodColumns.undated(label).strip().replaceAll("\\s+", " ")).matches()) {
      return null;
    }
    List<String> out = new ArrayList<>(List.of(label));
    out.addAll(List.of(words).subList(k, words.length));
    return out;
  }

  /**
   * The header's columns, {@code count} of them, when its words part so: the label's column, then one where each
   * column's name begins. Words over the columns after them ("Trong đó:", "Đã giải quyết:") open no column: "Đã giải
   * quyết" goes before each way of resolving under it ("Đã giải quyết trước hạn"); and when no column names dossiers
   * received, their whole ("Tổng số") and the channels they were filed by are named so ("Tiếp nhận trực tuyến"), as
   * only dossiers received are counted by how they were filed. Null when the words do not part into {@code count}.
   */
  static List<String> columns(String head, int count) {
    String[] words = head.split("\\s+");
    String folded = Normal.fold(head);
    String[] foldedWords = folded.split("\\s+");
    if (words.length != foldedWords.length) {
      return null;
    }
    List<String> names = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    StringBuilder label = new StringBuilder();
    String group = "";
    int w = 0;
    while (w < words.length) {
      String rest = String.join(" ", java.util.Arrays.copyOfRange(foldedWords, w, foldedWords.length));
      Matcher g = GROUP.matcher(rest);
      if (g.lookingAt() && !names.isEmpty()) {
        int n = g.group().split("\\s+").length;
        group = String.join(" ", java.util.Arrays.copyOfRange(words, w, w + n)).replace(":", "").strip();
        w += n;
        continue;
      }
      Matcher c = COLUMN.matcher(rest);
      if (c.lookingAt() && (w > 0)) {
        int n = c.group().split("\\s+").length;
        names.add(String.join(" ", java.util.Arrays.copyOfRange(words, w, w + n)));
        groups.add(group);
        w += n;
        continue;
      }
      if (!names.isEmpty()) {
        return null;
      }
      label.append(label.length() == 0 ? "" : " ").append(words[w]);
      w++;
    }
    if (names.size() + 1 != count || label.length() == 0) {
      return null;
    }
    boolean received = names.stream().anyMatch(n -> Normal.fold(n).startsWith("tiep nhan"));
    List<String> out = new ArrayList<>(List.of(label.toString()));
    for (int i = 0; i < names.size(); i++) {
      String n = names.get(i);
      String f = Normal.fold(n);
      String over = Normal.fold(groups.get(i));
      if (RESOLVED_AS.matcher(f).matches() && over.equals("da giai quyet")) {
        n = groups.get(i) + " " + n.toLowerCase(java.util.Locale.ROOT);
      } else if (!received && CHANNEL.matcher(f).matches()) {
        n = "Tiếp nhận " + n.toLowerCase(java.util.Locale.ROOT);
      } else if (!received && f.equals("tong so") && i + 1 < names.size() && CHANNEL.matcher(Normal.fold(names.get(i + 1))).matches()) {
        n = "Tiếp nhận";
      }
      out.add(n);
    }
    return out;
  }
}
