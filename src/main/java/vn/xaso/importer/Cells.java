package vn.xaso.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The cells of one line of a table, however they were parted: pipes or tabs, rules OCR misread (a bracket before a
 * figure, a rule of dashes and dots, marks after a figure), cells whose rules OCR lost ({@link #mendRow}), and whole
 * tables whose tabs OCR turned into single spaces ({@link #spacedTables}), given their tabs back so they read as any
 * table. Pure functions of a line's text: what a cell says is read by {@link Headers} and {@link Tables}.
 */
final class Cells {
  private Cells() {}

  private static final Pattern SEP = Pattern.compile("\\s*(?:\\|+|\\t+)\\s*");
  /** A Markdown rule under a header ("|---|:---:|"): no row. */
  private static final Pattern RULE = Pattern.compile("[-:=\\s]*");

  /** The cells of a line that parts them with pipes or tabs; empty when it has fewer than two non-blank cells. */
  static List<String> cells(String line) {
    if (line.indexOf('|') < 0 && line.indexOf('\t') < 0) {
      // A rule OCR read as dashes and dots without its pipes ("TH ——.. .. —."): a rule, so a header stays in force.
      List<String> alone = List.of(line.strip());
      return SYMBOLS.matcher(line).find() && rule(alone) ? alone : List.of();
    }
    String inner = line.strip();
    if (inner.indexOf('|') >= 0) {
      // OCR reads a column's rule as a bracket before a figure ("Đúng hạn [174 |165 |"): a cell's edge.
      inner = OCR_RULE.matcher(inner).replaceAll(" | ");
    }
    if (inner.startsWith("|")) {
      inner = inner.substring(1);
    }
    if (inner.endsWith("|")) {
      inner = inner.substring(0, inner.length() - 1);
    }
    List<String> out = new ArrayList<>(List.of(SEP.split(inner, -1)));
    // "331.--", "2.145_": a figure with the marks OCR left of a rule after it.
    out.replaceAll(c -> FIGURE_TAIL.matcher(c.strip()).replaceFirst("$1"));
    if (out.stream().filter(c -> !c.isEmpty()).count() < 2 && !String.join("", out).isBlank() && rule(out)) {
      // A rule under a header whose pipes OCR lost or misread ("—† | | |"): a rule still, so the header stays in force.
      return out;
    }
    if (out.stream().filter(c -> !c.isEmpty()).count() == 1 && out.size() >= 3
        && out.stream().allMatch(c -> c.isEmpty() || NOTE_CELL.matcher(c).matches())) {
      // A row of one bracketed note under a header ("| | | (đến 20/11) | |"): the header's, still a table's line, so
      // the header above stays in force ({@link Headers#header} takes it for no header of its own).
      return out;
    }
    return out.stream().filter(c -> !c.isEmpty()).count() >= 2 ? out : List.of();
  }

  /** A cell that is a note in brackets and nothing else ("(đến 20/11)"). */
  private static final Pattern NOTE_CELL = Pattern.compile("\\([^()|]{1,40}\\)");

  /** Three rule marks or more (dashes, dots, underscores): with few letters, a rule whatever OCR made of it. */
  private static final Pattern SYMBOLS = Pattern.compile("[-—–_.=~]{2,}.*[-—–_.=~]");
  private static final Pattern FIGURE_TAIL = Pattern.compile("^(\\d(?:[\\d.,]*\\d)?%?)[._\\-–—~]+$");

  /** A bracket OCR read for a column's rule: "[" or "]" standing before a figure, after a space or a pipe. */
  private static final Pattern OCR_RULE = Pattern.compile("(?<=[\\s|])[\\[\\]{}](?=\\s*\\d)");
  /** A label cell ending with a figure, the rule after it lost ("Hồ sơ tiếp nhận 186 |171 |"). */
  private static final Pattern LABEL_THEN_FIGURE = Pattern.compile("^(\\p{L}.*?\\p{L}[^\\d]*?)\\s+(\\d[\\d.,]*%?)$");

  /**
   * A row under a header with fewer cells than the header, its first cell a label ending with a figure or a cell
   * of figures one space apart: the rules between them lost (OCR), so each figure is a column's, when that gives
   * the header's count of cells. Any other row is kept as it is.
   */
  static List<String> mendRow(List<String> header, List<String> cells) {
    List<String> filled = cells.stream().filter(c -> !c.isBlank()).toList();
    if (header.isEmpty() || filled.size() >= header.size() || filled.isEmpty()) {
      return cells;
    }
    List<String> out = new ArrayList<>();
    var m = LABEL_THEN_FIGURE.matcher(filled.get(0).strip());
    if (m.matches()) {
      out.add(m.group(1).strip());
      out.add(m.group(2));
    } else {
      out.add(filled.get(0));
    }
    for (String c : filled.subList(1, filled.size())) {
      // "12 09": two figures whose rule OCR lost.
      out.addAll(FIGURES_ONLY.matcher(c.strip()).matches() ? List.of(c.strip().split("\\s+")) : List.of(c));
    }
    return out.size() == header.size() ? out : cells;
  }

  /** Figures one space apart and nothing else: cells whose rules OCR lost. */
  private static final Pattern FIGURES_ONLY = Pattern.compile("\\d[\\d.,]*%?(?:\\s+\\d[\\d.,]*%?)+");

  /** A number standing alone; a digit inside a word is a letter OCR misread ("TY 1é" for "Tỷ lệ"). */
  static final Pattern FIGURE = Pattern.compile("(?<!\\p{L})\\d+(?!\\p{L})");

  private static final Pattern TRIPLE = Pattern.compile("(\\p{L})\\1\\1");

  /** A Markdown rule under a header ("|---|---|"), which is neither header nor row. */
  static boolean rule(List<String> cells) {
    if (cells.stream().allMatch(c -> RULE.matcher(c).matches())) {
      return true;
    }
    if (cells.stream().noneMatch(c -> FIGURE.matcher(c).find()) && cells.stream().anyMatch(c -> TRIPLE.matcher(c).find())) {
      // A rule OCR read as letters ("|n-nnann-nzonnnnnnnn| [es |"): no Vietnamese word holds a letter three times running.
      return true;
    }
    // A rule read by OCR ("Fe-| | j=—==|"): more symbols than letters and digits.
    String all = String.join("", cells).replaceAll("\\s", "");
    long alnum = all.chars().filter(Character::isLetterOrDigit).count();
    return !all.isEmpty() && 2 * alnum < all.length();
  }

  /**
   * Words that open a column's header ("Số TTHC", "Tỷ lệ (%)", "Có phát sinh hồ sơ", "Tháng 10/2025", a column of
   * changes "Tăng/giảm", "So sánh"), folded.
   */
  private static final Pattern COLUMN_START = Pattern.compile("(?:so|ty|co phat sinh|da phat sinh|ket qua|thang|quy|tuan|ky|luy ke"
      + "|ghi chu|don vi|dvt|tong so|dap ung|chua dap ung|tiep nhan|da giai quyet|dang giai quyet|tang|so sanh)\\b.*");
  /**
   * A figure of a row whose cells OCR parted by spaces, a change with its sign ("+26", "-1"), or a dash for an empty
   * cell ("8,56-" keeps its dash).
   */
  private static final Pattern CELL_FIGURE = Pattern.compile("[+\\-–]?\\d[\\d.,]*%?-?|-|–");
  /** How long a line may be and still be such a table's header. */
  private static final int SPACED_HEADER = 90;

  /**
   * Tables whose cells OCR parted by single spaces (tabs and rules lost): a line of column names without figures
   * ("Mức độ Số thủ tục Tỷ lệ (%)") followed by two rows or more of a label and figures ("Toàn trình 171 52,3"),
   * as many figures at most as the header names columns after its first. Such lines get a tab where a column
   * begins, in place of the space there (the text's length and offsets kept), and are then read as any table.
   * A header whose columns cannot be told apart, or fewer than two rows, leaves the lines as they are.
   */
  static String[] spacedTables(String[] raw) {
    String[] out = raw.clone();
    for (int i = 0; i < raw.length; i++) {
      String head = raw[i];
      if (head.indexOf('|') >= 0 || head.indexOf('\t') >= 0 || head.isBlank() || head.length() > SPACED_HEADER
          || FIGURE.matcher(PeriodColumns.undated(head)).find()) {
        continue;
      }
      List<Integer> rows = new ArrayList<>();
      int most = 0;
      for (int j = i + 1; j < raw.length && (raw[j].isBlank() || rowFigures(raw[j]) > 0); j++) {
        if (!raw[j].isBlank()) {
          rows.add(j);
          most = Math.max(most, rowFigures(raw[j]));
        }
      }
      String header = rows.size() >= 2 ? columns(head, most + 1) : null;
      if (header == null) {
        continue;
      }
      out[i] = header;
      for (int j : rows) {
        out[j] = tabbed(raw[j]);
      }
      i = rows.get(rows.size() - 1);
    }
    return out;
  }

  /**
   * How many figures end a line of a label and figures ("Toàn trình 171 52,3" has 2; a sub-row "- Quá hạn 1 2 -1" has
   * 3); 0 for any other line.
   */
  private static int rowFigures(String line) {
    if (line.indexOf('|') >= 0 || line.indexOf('\t') >= 0) {
      return 0;
    }
    String[] words = line.strip().split("\\s+");
    int k = 0;
    while (k < words.length && CELL_FIGURE.matcher(words[words.length - 1 - k]).matches()) {
      k++;
    }
    String label = String.join(" ", java.util.Arrays.copyOf(words, words.length - k));
    return k > 0 && label.matches("(?:[-+–•]\\s*)?\\p{L}[^\\d]*") ? k : 0;
  }

  /** A row's label and figures parted by tabs, each in place of the space before a figure. */
  private static String tabbed(String line) {
    char[] c = line.toCharArray();
    int k = rowFigures(line);
    int end = line.length();
    for (int n = 0; n < k; n++) {
      int space = line.lastIndexOf(' ', line.substring(0, end).stripTrailing().length() - 1);
      if (space < 0) {
        break;
      }
      c[space] = '\t';
      end = space;
    }
    return new String(c);
  }

  /** The header with a tab where each of its {@code count} columns begins, or null when its words do not part so. */
  private static String columns(String head, int count) {
    String[] words = head.strip().split(" +");
    String[] folded = Vocabulary.mend(Normal.fold(head.strip())).split(" +");
    if (words.length != folded.length || count < 3) {
      return null;
    }
    List<Integer> starts = new ArrayList<>();
    for (int w = 1; w < folded.length && starts.size() < count - 1; w++) {
      if (COLUMN_START.matcher(String.join(" ", java.util.Arrays.copyOfRange(folded, w, folded.length))).matches()
          && !folded[w - 1].equals("ho") && (starts.isEmpty() || starts.get(starts.size() - 1) < w - 1)) {
        starts.add(w);
      }
    }
    if (starts.size() != count - 1) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (int w = 0; w < words.length; w++) {
      out.append(w == 0 ? "" : starts.contains(w) ? "\t" : " ").append(words[w]);
    }
    String lead = head.substring(0, head.length() - head.stripLeading().length());
    return lead + out;
  }
}
