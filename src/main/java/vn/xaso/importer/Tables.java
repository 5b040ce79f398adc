package vn.xaso.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.xaso.model.Block;

/**
 * Tables as a report's text carries them: cells parted by pipes ("Máy tính | 09 | …") or tabs
 * (a .docx or PDF table pasted as text), under a header row naming the columns. A row is read as
 * the sentence a person would say of it: the thing the row names, a colon, each figure with the
 * unit its column's header gives ("Số lượng (hồ sơ)") and the notes in brackets, as the figures of
 * a total are written ("Đang giải quyết: 79 hồ sơ (02 hồ sơ đã quá hạn)"). The rules then read it
 * like any other sentence; quotes keep the row as written.
 */
final class Tables {
  private static final Pattern SEP = Pattern.compile("\\s*(?:\\|+|\\t+)\\s*");
  private static final Pattern NUMBER = Pattern.compile("\\d[\\d.,]*\\s*%?");
  /** The row-number column ("TT", "STT", "Số TT"): its cells are no figures. */
  private static final Pattern ORDINAL = Pattern.compile("(?i)(?:s[oố]\\s*)?s?tt");
  private static final Pattern UNIT_IN_HEADER = Pattern.compile("\\(([^)]{1,20})\\)");
  /** The column naming each row's unit ("Đơn vị tính", "ĐVT"). */
  // Matched on folded words: Java's (?i) alone does not fold "Đ" to "đ", so "Đơn vị tính" and "ĐVT" were missed.
  private static final Pattern UNIT_COLUMN = Pattern.compile("don vi(?: tinh)?|dvt");
  /** A Markdown rule under a header ("|---|:---:|"): no row. */
  private static final Pattern RULE = Pattern.compile("[-:=\\s]*");

  private Tables() {}

  /** Whether a sentence's original text is a table's row (cells parted by pipes or tabs). */
  static boolean row(String original) {
    return original.indexOf('\t') >= 0 || original.indexOf('|') >= 0;
  }

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
    return out.stream().filter(c -> !c.isEmpty()).count() >= 2 ? out : List.of();
  }

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

  /** A header row: two cells or more, none holding a digit but in a period's name ("Tháng 11/2025"), not a Markdown rule. */
  static boolean header(List<String> cells) {
    return cells.size() >= 2 && cells.stream().noneMatch(c -> FIGURE.matcher(undated(c)).find()) && !rule(cells);
  }

  /**
   * A dated span or day a header names ("Lũy kế từ 01/7/2025", "Thực hiện (01/7-14/12/2025)", "Lũy kế từ 01/7"): no
   * figure. A day and month without a year only after "từ", "đến" or "ngày", so "24/24" stays a figure.
   */
  private static final Pattern DATED = Pattern.compile("\\d{1,2}/\\d{1,2}(?:/\\d{4})?\\s*[-–]\\s*\\d{1,2}/\\d{1,2}/\\d{4}"
      + "|\\d{1,2}/\\d{1,2}/\\d{4}|(?<=\\b(?:tu|den|ngay) )\\d{1,2}/\\d{1,2}(?![\\d/])");

  /** A header cell's folded words without the periods and dates it names, whose digits are no figures. */
  static String undated(String cell) {
    return PERIOD_NAME.matcher(DATED.matcher(Normal.fold(cell)).replaceAll(" ")).replaceAll(" ");
  }

  /** A period a column's header names: "Tháng 11/2025", "tháng 10 năm 2025", "Quý III/2025", "Năm 2024". */
  private static final Pattern PERIOD_NAME = Pattern.compile("\\b(?:(thang) (\\d{1,2})|(quy) (iv|i{1,3}|[1-4])|(nam)|(tuan) (\\d{1,2}))"
      + "(?:\\s*(?:/|nam)\\s*(\\d{4})|(?<=nam) (\\d{4}))?\\b");

  /**
   * When a period a column names falls, in hundredths of a month from year 0 (a month's last month, a quarter's,
   * a year's December, a week's place in its year; a year not written counts as 0), or -1 when it names none.
   */
  static int periodRank(String head) {
    var m = PERIOD_NAME.matcher(Normal.fold(head));
    if (!m.find()) {
      return -1;
    }
    String y = m.group(8) != null ? m.group(8) : m.group(9);
    int year = y == null ? 0 : Integer.parseInt(y);
    if (m.group(6) != null) {
      // A week ("Tuần 48"): its place in the year, in hundredths of a month, as the months below.
      return year * 1200 + Integer.parseInt(m.group(7)) * 1200 / 53;
    }
    if (m.group(1) != null) {
      return year * 1200 + Integer.parseInt(m.group(2)) * 100;
    } else if (m.group(3) != null) {
      int q = switch (m.group(4)) {
        case "i", "1" -> 1;
        case "ii", "2" -> 2;
        case "iii", "3" -> 3;
        default -> 4;
      };
      return year * 1200 + 300 * q;
    }
    return y == null ? -1 : year * 1200 + 1200;
  }

  /**
   * Whether a column names a period earlier than another column of its header names ("Tháng 10/2025" beside
   * "Tháng 11/2025"): a comparison, not the period reported.
   */
  static boolean earlierColumn(List<String> header, String head) {
    int rank = inYear(header, periodRank(head));
    return rank >= 0 && (header.stream().mapToInt(h -> inYear(header, periodRank(h))).max().orElse(-1) > rank
        || partColumn(header, head));
  }

  /**
   * A rank whose period names no year ("Cộng quý III") in the latest year another column names ("Quý II/2025"): the
   * columns of one table speak of one report's year, and a year not written is not year 0.
   */
  private static int inYear(List<String> header, int rank) {
    if (rank < 0 || rank >= 1200 * 1000) {
      return rank;
    }
    int year = header.stream().mapToInt(Tables::periodRank).filter(r -> r >= 1200 * 1000).map(r -> (r - 1) / 1200).max().orElse(0);
    return year * 1200 + rank;
  }

  /**
   * Whether a column is one of two or more columns of shorter periods beside a column of the longer period that
   * holds them ("Tháng 7 | Tháng 8 | Tháng 9 | Quý III"): the longer column is the period's, the others its parts.
   * One month beside a year ("Tháng 12 | Năm 2025") says no such thing and is left as it was.
   */
  static boolean partColumn(List<String> header, String head) {
    int span = periodSpan(head);
    if (span <= 0) {
      return false;
    }
    long shorter = header.stream().filter(h -> periodSpan(h) == span).count();
    return shorter >= 2 && header.stream().anyMatch(h -> periodSpan(h) > span);
  }

  /** The length of the period a column names, in weeks, months, quarters and years as 1 to 4; 0 when none. */
  static int periodSpan(String head) {
    var m = PERIOD_NAME.matcher(Normal.fold(head));
    if (!m.find()) {
      return 0;
    }
    return m.group(6) != null ? 1 : m.group(1) != null ? 2 : m.group(3) != null ? 3 : periodRank(head) >= 0 ? 4 : 0;
  }

  private static final Pattern PERCENT_LABEL = Pattern.compile("(?:\\(\\s*%\\s*\\)|\\s%)\\s*$");
  private static final Pattern ORDINAL_CELL = Pattern.compile("(?:\\d{1,2}|[IVX]{1,5}|[A-Z])\\.?");

  /**
   * The label of a group row ("1 | Thủ tục hành chính | | |"): an ordinal and one cell of words, every
   * other cell blank. It heads the rows under it as a heading heads a section; null for any other row.
   */
  static String group(List<String> cells) {
    List<String> filled = cells.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
    if (filled.size() != 2 || !ORDINAL_CELL.matcher(filled.get(0)).matches() || !filled.get(1).matches("\\p{L}.*")) {
      return null;
    }
    return filled.get(1);
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

  /** A number standing alone; a digit inside a word is a letter OCR misread ("TY 1é" for "Tỷ lệ"). */
  private static final Pattern FIGURE = Pattern.compile("(?<!\\p{L})\\d+(?!\\p{L})");

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
   * A data row read as a sentence under its header, or null when it names nothing or gives no figure
   * (a second header, a row of text only).
   */
  static String reading(List<String> header, List<String> cells) {
    return reading(header, cells, null);
  }

  /**
   * A column whose header names an earlier period or a change ("Kỳ trước", "Cùng kỳ", "Tăng (+), giảm (-)",
   * "So sánh", "+/-"), a target ("Kế hoạch", "Mục tiêu", "Dự kiến"), or an estimate ("Ước thực hiện đến 31/12/2025": not a figure done): its figures are not the
   * period's, so they are not read.
   */
  private static final Pattern NOT_THIS_PERIOD = Pattern.compile("\\b(?:ky truoc|cung ky|(?:thang|quy|tuan|nam) truoc"
      + "|tang\\W{0,6}giam|so sanh|chenh lech|uoc(?: thuc hien| tinh| dat)?|ke hoach|muc tieu|du kien)\\b|\\(?\\+\\s*/\\s*-\\)?");
  /**
   * A cell that holds a figure however written: "1.127", a change with its sign ("+214", "-12"), or one OCR read
   * with symbols (". 133"). Under a column of another period none is read, not even as a note.
   */
  private static boolean figureLike(String c) {
    return NUMBER.matcher(c).matches() || FIGURE_UNIT.matcher(c.strip()).matches() || SIGNED.matcher(c).matches() || FIGURE.matcher(c).find() && !c.matches(".*\\p{L}.*");
  }

  /** The unit a column's header names in brackets: its last bracket without digits, or empty. */
  static String unitOf(String head) {
    var unit = UNIT_IN_HEADER.matcher(head);
    String out = "";
    while (unit.find()) {
      out = FIGURE.matcher(unit.group(1)).find() ? out : unit.group(1).strip();
    }
    return out;
  }

  /** A column of remarks, whose words with a figure ("01 dự phòng") are no count of the row. */
  private static final Pattern NOTE_COLUMN = Pattern.compile("\\b(?:ghi chu|chu thich)\\b");
  /** A figure followed by its unit's words ("4.873 hồ sơ", "12 máy"). */
  private static final Pattern FIGURE_UNIT = Pattern.compile("\\d+(?:[.,]\\d+)*\\s*%?\\s+\\p{Ll}[\\p{L} ]{0,24}");
  /** A change written with its sign ("+214", "-12"), as a column of changes holds it. */
  private static final Pattern SIGNED = Pattern.compile("[+\\-–]\\s*\\d[\\d.,]*\\s*%?");
  /** A column headed "Số <thing>" ("Số TTHC"), not "Số lượng", "Số liệu", "Số TT". */
  private static final Pattern COUNT_OF = Pattern.compile("(?i)(?:.*\\s)?s[ốo]\\s+(?!lượng|luong|liệu|lieu|tt\\b)(\\p{L}[\\p{L} ]{1,20})");
  /** A label column naming domains of procedures ("Lĩnh vực"): its rows are parts of the table's total row. */
  private static final Pattern BY_DOMAIN = Pattern.compile("^(?:ten )?linh vuc\\b");
  /** A row's label opening with a dash or plus ("- Trực tuyến"): a part of the row above it. */
  private static final Pattern SUB_ROW = Pattern.compile("^\\s*[-+–•]\\s*");

  /** The label of a row (its first cell that is no figure, no row number, no unit), or null. */
  static String label(List<String> header, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      String head = i < header.size() ? header.get(i) : "";
      if (!c.isEmpty() && !ORDINAL.matcher(head).matches() && !unitColumn(header, i)
          && !NUMBER.matcher(c).matches()) {
        return c;
      }
    }
    return null;
  }

  /** A row of shares ("Tỷ lệ trực tuyến | 82,7"): its figures take no heading's unit. */
  private static boolean unitless(List<String> cells) {
    // The label and the figures say so; a note's words ("chiếm 85,30%") speak of another figure.
    String label = cells.stream().filter(c -> !c.isBlank()).findFirst().orElse("");
    return cells.stream().filter(c -> c.equals(label) || NUMBER.matcher(c.strip()).matches())
        .anyMatch(c -> Normal.fold(c).matches(".*\\b(?:ty le|%).*") || PERCENT_LABEL.matcher(c).find());
  }

  /** Whether a row's label opens with a dash or plus: a part of the row above. */
  static boolean subRow(String label) {
    return label != null && SUB_ROW.matcher(label).find();
  }

  /**
   * A row read under its header; a sub-row ("- Trực tuyến" under "Hồ sơ tiếp nhận mới") reads with the label
   * of the row it is a part of ({@code parent}), as a person reads it.
   */
  static String reading(List<String> header, List<String> cells, String parent) {
    return reading(header, cells, parent, "");
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

  /**
   * The rows of a table by period, the layout reader's tables whose labels are periods only ("Quý IV/2025", "Quý
   * III/2025"), two or more and no other row: each with whether it is earlier than the latest (a comparison) or the
   * latest itself.
   */
  static java.util.Map<Line, Boolean> periodRows(List<Line> lines) {
    java.util.Map<Line, Boolean> out = new java.util.IdentityHashMap<>();
    int k = 0;
    while (k < lines.size()) {
      int end = k;
      while (end < lines.size() && lines.get(end).kind() != Line.Kind.RAW && lines.get(end).kind() != Line.Kind.PAIR) {
        end++;
      }
      List<Line> table = lines.subList(k, end);
      int latest = table.stream().mapToInt(Tables::periodOnly).max().orElse(-1);
      // Only when every row is a period's: a row of their sum ("Cộng quý IV" under months) would be the period's.
      List<Line> rows = table.stream().filter(l -> l.kind() == Line.Kind.ROW).toList();
      if (rows.size() >= 2 && rows.stream().allMatch(l -> periodOnly(l) >= 0)) {
        table.stream().filter(l -> periodOnly(l) >= 0).forEach(l -> out.put(l, periodOnly(l) < latest));
      }
      k = Math.max(end, k + 1);
    }
    return out;
  }

  /** The rank of a row whose label names a period and nothing else, or -1. */
  private static int periodOnly(Line l) {
    if (l.kind() != Line.Kind.ROW || l.cells().isEmpty()) {
      return -1;
    }
    String label = l.cells().stream().filter(c -> !c.isBlank()).findFirst().orElse("");
    return undated(label).replaceAll("[^\\p{L}]", "").isEmpty() ? periodRank(label) : -1;
  }

  /**
   * The latest row of a table by period read as the period's: its label, a period the title names in its own words,
   * gives way to "Trong kỳ" (the period reported), so the row reads as the figures of the period.
   */
  static List<String> asThePeriods(List<String> cells) {
    List<String> out = new ArrayList<>(cells);
    for (int i = 0; i < out.size(); i++) {
      if (!out.get(i).isBlank()) {
        out.set(i, "Trong kỳ");
        break;
      }
    }
    return out;
  }

  /** A table's caption: "Bảng 1.", "Biểu số 02:" opening a line. */
  private static final Pattern CAPTION = Pattern.compile("^\\s*(?:bang|bieu)\\s+(?:so\\s+)?\\d{1,2}\\s*[.:]");

  /**
   * Whether a line is a table's caption or states the unit of the table under it ("(bảng chép từ phần mềm, đơn vị
   * tính: hồ sơ):"), which names what the table counts as a heading does.
   */
  static boolean caption(String line) {
    String folded = Normal.fold(line);
    return CAPTION.matcher(folded).find() || STATED_UNIT.matcher(folded).find();
  }

  /** As {@link #reading(List, List, String)}, a figure without a unit of its own taking {@code headingUnit}. */
  static String reading(List<String> header, List<String> cells, String parent, String headingUnit) {
    return reading(header, List.of(), cells, parent, headingUnit);
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

  /**
   * As {@link #reading(List, List, String, String)} under a header of two rows or more: {@code upper} holds, per
   * column, the cells above its own header cell. A column whose upper cell names an earlier period than another
   * column's ("Tháng 11/2025" over "Số hồ sơ | Tỷ lệ", beside "Tháng 12/2025") is a comparison, not read.
   */
  static String reading(List<String> header, List<String> upper, List<String> cells, String parent, String headingUnit) {
    if (!header.isEmpty() && cells.size() > header.size()
        && cells.stream().filter(c -> NUMBER.matcher(c.strip()).matches()).count() >= 2) {
      // More cells than the header over them (OCR lost a header's cell or a rule): which column is whose is
      // unknown, and a share read as a count ("14,24" as "1424") would be drafted; the row is left unread.
      return null;
    }
    String label = null;
    String labelHead = "";
    String unitCell = "";
    for (int i = 0; i < Math.min(cells.size(), header.size()); i++) {
      if (unitColumn(header, i)) {
        unitCell = cells.get(i);
      }
    }
    List<String> figures = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      String head = i < header.size() ? header.get(i) : "";
      if (c.isEmpty() || ORDINAL.matcher(head).matches() || unitColumn(header, i)
          || figureLike(c) && (NOT_THIS_PERIOD.matcher(Vocabulary.mend(Normal.fold(head))).find() || earlierColumn(header, head)
              || SpanColumns.notThePeriods(header, head)
              || i < upper.size() && (NOT_THIS_PERIOD.matcher(Vocabulary.mend(Normal.fold(upper.get(i)))).find()
                  || earlierColumn(upper, upper.get(i))))) {
        continue;
      }
      if (header.isEmpty() && (FIGURE_UNIT.matcher(c.strip()).matches() || c.strip().matches("\\d+/\\d+"))
          && !NUMBER.matcher(c).matches()) {
        // "4.873 hồ sơ", "19/19": a figure with its own unit, or of a whole, as a line of dot leaders gives it.
        figures.add(c.strip() + "\u0000" + head);
      } else if (NUMBER.matcher(c).matches()) {
        // A bracket of dates ("Thực hiện (01/7-14/12/2025)") names the column's span, not its unit: the unit is the
        // last bracket without digits ("Tháng 12/2025 (15/11 - 14/12/2025) Tỷ lệ (%)" is a share).
        String named = !unitCell.isEmpty() ? unitCell : unitOf(head);
        var counted = COUNT_OF.matcher(head.strip());
        if (named.isEmpty() && counted.matches() && !byBlock(header, cells)) {
          // "Số TTHC", "Số hồ sơ": the header names what its figures count.
          named = counted.group(1);
        }
        if (named.isEmpty() && !c.endsWith("%") && !unitless(cells)) {
          named = headingUnit;
        }
        // A unit column or header of "%" ("Tỷ lệ … | % | 79,07", "Tỷ lệ (%) | 85,89") makes the figure a share.
        String figure = named.equals("%") ? c.endsWith("%") ? c : c + "%" : c + (!named.isEmpty() && !c.endsWith("%") ? " " + named : "");
        figures.add(figure + "\u0000" + head);
      } else if (label != null && !header.isEmpty() && FIGURE_UNIT.matcher(c.strip()).matches()
          && !NOTE_COLUMN.matcher(Normal.fold(head)).find()) {
        // "Đảng ủy phường | 14 máy | 12 máy | 6 chiếc": under a header, a cell after the row's label holding a figure and
        // its unit is that column's figure, its unit the cell's own; a note's ("Ghi chú | 01 dự phòng") stays a note.
        figures.add(c.strip() + "\u0000" + head);
      } else if (label == null) {
        label = c;
        labelHead = head;
      } else {
        notes.add(c);
      }
    }
    if (label != null && channelParts(header) && !Vocabulary.has(Normal.fold(label), "tiep nhan|nhan moi|nop")) {
      // "Trực tuyến | Trực tiếp | Tổng số": only dossiers received are counted by how they were filed; another row's
      // parts by channel are no field's, its total is the row's figure.
      figures.removeIf(f -> CHANNEL.matcher(Normal.fold(f.substring(f.indexOf('\u0000') + 1)).strip()).matches());
    }
    if (label == null || figures.isEmpty()) {
      return null;
    }
    if (PERCENT_LABEL.matcher(label).find()) {
      // "Tỷ lệ hồ sơ trực tuyến (%) | 85,89": the row's own label gives its figures' unit.
      figures.replaceAll(f -> f.contains("%") ? f : f.replaceFirst("^([\\d.,]+)", "$1%"));
    }
    if (BY_DOMAIN.matcher(Normal.fold(labelHead)).find() && !TOTAL_ROW.matcher(Normal.fold(label)).matches()) {
      // A row of a table by domain ("Hộ tịch | 86 | 79 …") is a part of the total row: its label alone, no figure.
      return label + ".";
    }
    if (header.stream().filter(Tables::qualificationColumn).count() >= 2) {
      return qualificationRow(label, figures);
    }
    if (parent != null && subRow(label) && !subRow(parent)) {
      label = parent.strip() + " " + SUB_ROW.matcher(label).replaceFirst("");
    }
    if (byBlock(header, cells)) {
      return blockRow(label, figures);
    }
    if (blockColumns(header) && HardwareWords.field(Normal.fold(label), "") != null) {
      return thingRow(label, figures);
    }
    StringBuilder out = new StringBuilder();
    for (String f : figures) {
      String[] vh = f.split("\u0000", 2);
      out.append(out.length() == 0 ? "" : "; ").append(label);
      if (figures.size() > 1) {
        // Several figure columns: each is the row's thing of the column's kind ("Khối Đảng máy in: 3").
        // The period or date a column names ("Tuần 49", "Lũy kế từ 01/7/2025") is left out: its digits are no figure.
        out.append(' ').append(undated(UNIT_IN_HEADER.matcher(vh[1]).replaceAll("")).replaceAll("\\s+", " ").strip());
      }
      out.append(": ").append(vh[0]);
    }
    // A note saying "không có hồ sơ quá hạn" is that note's own zero, a part of the row's figure, never the figure.
    List<String> none = notes.stream().filter(n -> NONE_NOTE.matcher(n.strip()).matches()).toList();
    notes.removeAll(none);
    if (!notes.isEmpty()) {
      out.append(" (").append(String.join("; ", notes)).append(')');
    }
    out.append('.');
    for (String n : none) {
      out.append(' ').append(label).append(", trong đó ").append(NONE_NOTE.matcher(n.strip()).replaceFirst("$1")).append(": không có.");
    }
    return out.toString();
  }

  /** A column of the staff holding a qualification ("Thạc sĩ", "Đại học", "Trình độ cao đẳng"), folded; not a political one. */
  private static final Pattern QUALIFICATION = Pattern.compile("(?:trinh do )?(?:thac si|dai hoc|cao dang|trung cap)\\b(?!.*chinh tri).*");
  /** A figure's digits at its start, without the unit a column or heading gave it. */
  private static final Pattern LEADING_FIGURE = Pattern.compile("^[\\d.,]+");

  private static boolean qualificationColumn(String head) {
    return QUALIFICATION.matcher(Vocabulary.mend(Normal.fold(head)).strip()).matches();
  }

  /**
   * A row of a table whose columns are qualifications ("Đối tượng | Tổng số | Thạc sĩ | Đại học …"): the sum row
   * ("Cộng") is the staff's qualifications, said as a list after "trình độ" (each count after its name); a row of one
   * kind of staff ("Cán bộ", "Công chức") is a part of it, its label alone.
   */
  private static String qualificationRow(String label, List<String> figures) {
    if (!TOTAL_ROW.matcher(Normal.fold(label).strip()).matches()) {
      return label + ".";
    }
    List<String> counts = new ArrayList<>();
    for (String f : figures) {
      String[] vh = f.split("\u0000", 2);
      java.util.regex.Matcher digits = LEADING_FIGURE.matcher(vh[0].strip());
      if (qualificationColumn(vh[1]) && digits.find()) {
        counts.add(undated(UNIT_IN_HEADER.matcher(vh[1]).replaceAll("")).replaceAll("\\s+", " ").strip() + " " + digits.group());
      }
    }
    return counts.isEmpty() ? label + "." : "Trình độ chuyên môn: " + String.join("; ", counts) + ".";
  }

  /** A column of dossiers by how they were filed ("Trực tuyến", "Trực tiếp", "Qua bưu chính"), folded. */
  private static final Pattern CHANNEL = Pattern.compile("(?:so ho so |ho so )?(?:truc tuyen|truc tiep|qua buu chinh|buu chinh)");
  /** A column of the whole ("Tổng số", "Tổng", "Cộng"), folded. */
  private static final Pattern WHOLE = Pattern.compile("tong so|tong|cong|tong cong");

  /** Whether a header has two columns by channel or more and a column of their whole. */
  static boolean channelParts(List<String> header) {
    long channels = header.stream().filter(h -> CHANNEL.matcher(Normal.fold(h).strip()).matches()).count();
    return channels >= 2 && header.stream().anyMatch(h -> WHOLE.matcher(Normal.fold(h).strip()).matches());
  }

  /** A note cell saying there is none of a thing ("không có hồ sơ quá hạn"): the thing. */
  private static final Pattern NONE_NOTE = Pattern.compile("(?i)không có\\s+(\\p{L}[\\p{L} ]{2,40}?)\\.?");

  /**
   * A table with one row per block: its first column is headed "Khối" (or "Đơn vị", "Cơ quan") and the row's
   * label names no more than a block ("Đảng", "Chính quyền", "HĐND", "MTTQ") or the row of their sum.
   */
  private static boolean byBlock(List<String> header, List<String> cells) {
    int first = 0;
    while (first < header.size() && ORDINAL.matcher(header.get(first)).matches()) {
      first++;
    }
    return first < header.size() && first < cells.size() && BLOCK_COLUMN.matcher(Normal.fold(header.get(first))).matches();
  }

  /**
   * A block's row read as its sentence: "Khối Đảng: 14 máy tính (đáp ứng 10, chưa đáp ứng 4), 2 máy scan."
   * A column whose header names no thing of its own ("Đáp ứng") is a part of the column before it that does.
   * The row of the sum of all blocks ("Cộng", "Tổng") is no block's: it is not read.
   */
  private static String blockRow(String label, List<String> figures) {
    if (TOTAL_ROW.matcher(Normal.fold(label)).matches() || FIGURE.matcher(label).find()) {
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
      out.append(open ? ")" : "").append(any ? ", " : " ").append(vh[0]).append(' ').append(head);
      open = false;
      any = true;
    }
    return out.append(open ? ")" : "").append('.').toString();
  }

  /**
   * Whether a header has a column per body ("Thiết bị | Khối Đảng | Chính quyền | MTTQ và các đoàn thể | Cộng"): two
   * columns or more after the label's each naming exactly one block.
   */
  static boolean blockColumns(List<String> header) {
    return header.stream().skip(1).filter(h -> Outline.blocksNamed(Normal.fold(h)).size() == 1).count() >= 2;
  }

  /**
   * A row of things under a column per body, read as one clause per body, each opened by the body it counts for:
   * "Máy tính (chiếc) Đáp ứng yêu cầu | 12 | 38 | 6 | 56" is "Khối Đảng: 12 máy tính đáp ứng yêu cầu; khối Chính
   * quyền: 38 máy tính đáp ứng yêu cầu; …". A column naming no body or several (the sum, "Cộng") is no body's.
   */
  private static String thingRow(String label, List<String> figures) {
    String thing = UNIT_IN_HEADER.matcher(SUB_ROW.matcher(label).replaceFirst("")).replaceAll(" ").replaceAll("\\s+", " ").strip();
    StringBuilder out = new StringBuilder();
    for (String f : figures) {
      String[] vh = f.split("\u0000", 2);
      if (Outline.blocksNamed(Normal.fold(vh[1])).size() != 1) {
        continue;
      }
      out.append(out.length() == 0 ? "" : "; ").append("Khối ").append(vh[1].strip().replaceFirst("(?i)^khối\\s+", ""))
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
    return !unit.isEmpty() && !UNIT_IN_HEADER.matcher(head).find() && Normal.fold(head).startsWith(Normal.fold(unit) + " ")
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
      if (words.length < 2 || !BLOCK_COLUMN.matcher(words[0]).matches() || FIGURE.matcher(f).find()) {
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

  /** The first column's header of a table by block. */
  private static final Pattern BLOCK_COLUMN = Pattern.compile(
      "(?:khoi|don vi|co quan)(?:\\s*[,/]\\s*(?:don vi|co quan))?(?: \\(?khoi\\)?)?");
  /** The row of a block table that sums the blocks. */
  private static final Pattern TOTAL_ROW = Pattern.compile("(?:tong|cong|tong cong|toan xa|chung|tong so)\\s*:?");
  /** A column header naming a thing counted: a figure of its own, not a part of the column before it. */
  private static final Pattern THING = Pattern.compile("(?:so )?(?:may|duong truyen|thiet bi|ho so|tthc|thu tuc|nguoi|can bo|cong chuc)\\b");

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
    raw = Unaligned.rewriteSpaced(spacedTables(Unaligned.rewrite(raw, k -> taken[k])), k -> taken[k]);
    List<Line> out = new ArrayList<>();
    int i = 0;
    while (i < raw.length) {
      Layout.Block table = tables.get(i);
      if (table != null) {
        out.addAll(table.rows());
        i = table.to();
        continue;
      }
      int width = ORDINAL.matcher(raw[i].strip()).matches() ? headerWidth(raw, i) : 0;
      if (width >= 3 && i + width < raw.length && raw[i + width].strip().equals("1")) {
        out.add(row(raw, i, width));
        i += width;
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
      } else if (i + 1 < raw.length && withUnits(raw[i], raw[i + 1]) != null) {
        // A header with a row of units under it ("\t(hồ sơ)\t(hồ sơ)"): one header, each column naming its unit.
        Line both = row(raw, i, 2);
        out.add(new Line(both.text(), both.offsets(), both.lines(), withUnits(raw[i], raw[i + 1]), Line.Kind.HEADER));
        i += 2;
      } else {
        out.add(new Line(raw[i], new int[] {0}, new int[] {i + 1}));
        i++;
      }
    }
    return out;
  }

  /** A unit in brackets standing alone in a cell ("(hồ sơ)", "(máy)", "(%)"): no digit, a few words at most. */
  private static final Pattern UNIT_CELL = Pattern.compile("\\(\\s*[^\\d()]{1,20}\\)");

  /**
   * The cells of a header whose next line is a row of units, each column's unit after its name ("Tuần này (hồ
   * sơ)"); null when {@code line} is no header parted by tabs or pipes or {@code next} no row of two units or more,
   * one per column, the label's column without one.
   */
  static List<String> withUnits(String line, String next) {
    List<String> header = cells(line);
    List<String> units = cells(next);
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
        && TOTAL_ROW.matcher(Normal.fold(raw[at + 1].strip())).matches() && cellRow(raw, at + 1, width - 1);
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

  /** Words that open a column's header ("Số TTHC", "Tỷ lệ (%)", "Có phát sinh hồ sơ", "Tháng 10/2025"), folded. */
  private static final Pattern COLUMN_START = Pattern.compile("(?:so|ty|co phat sinh|da phat sinh|ket qua|thang|quy|tuan|ky|luy ke"
      + "|ghi chu|don vi|dvt|tong so|dap ung|chua dap ung|tiep nhan|da giai quyet|dang giai quyet)\\b.*");
  /** A figure of a row whose cells OCR parted by spaces, or a dash for an empty cell ("8,56-" keeps its dash). */
  private static final Pattern CELL_FIGURE = Pattern.compile("\\d[\\d.,]*%?-?|-");
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
          || FIGURE.matcher(undated(head)).find()) {
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

  /** How many figures end a line of a label and figures ("Toàn trình 171 52,3" has 2); 0 for any other line. */
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
    return k > 0 && label.matches("\\p{L}[^\\d]*") ? k : 0;
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
