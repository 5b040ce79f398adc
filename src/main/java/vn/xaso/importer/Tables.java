package vn.xaso.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tables as a report's text carries them: cells parted by pipes ("Máy tính | 09 | …") or tabs
 * (a .docx or PDF table pasted as text), under a header row naming the columns. A row is read as
 * the sentence a person would say of it: the thing the row names, a colon, each figure with the
 * unit its column's header gives ("Số lượng (hồ sơ)") and the notes in brackets, as the figures of
 * a total are written ("Đang giải quyết: 79 hồ sơ (02 hồ sơ đã quá hạn)"). The rules then read it
 * like any other sentence; quotes keep the row as written.
 *
 * <p>This class reads a row under its header ({@link #reading}), with the columns that change how a row reads
 * (qualifications, channels of filing). The parts it stands on are read beside it, each tested alone:
 * {@link Cells} (a line's cells), {@link Headers} (header rows and units), {@link PeriodColumns} (columns and rows
 * naming periods), {@link BlockRows} (tables by body) and {@link TableLines} (tables gathered into rows).
 */
final class Tables {
  private static final Pattern NUMBER = Pattern.compile("\\d[\\d.,]*\\s*%?");
  /** A cell of a count and its share in brackets ("61 (30,81%)"). */
  private static final Pattern COUNT_AND_SHARE = Pattern.compile("(\\d[\\d.,]*)\\s*\\((\\d[\\d.,]*\\s*%)\\)");

  private Tables() {}

  /** Whether a sentence's original text is a table's row (cells parted by pipes or tabs). */
  static boolean row(String original) {
    return original.indexOf('\t') >= 0 || original.indexOf('|') >= 0;
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
    return NUMBER.matcher(c).matches() || FIGURE_UNIT.matcher(c.strip()).matches() || SIGNED.matcher(c).matches() || Cells.FIGURE.matcher(c).find() && !c.matches(".*\\p{L}.*");
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
  /** A label column naming kinds of staff ("Đối tượng", "Chức danh", "Ngạch"), folded. */
  private static final Pattern BY_STAFF_KIND = Pattern.compile("^(?:doi tuong|chuc danh|ngach|loai can bo|thanh phan)$");
  /** One kind of staff alone ("Cán bộ", "Công chức", "Viên chức", "Người hoạt động không chuyên trách"), folded. */
  private static final Pattern STAFF_KIND = Pattern.compile("(?:can bo|cong chuc|vien chuc|nguoi hoat dong khong chuyen trach)(?: (?:xa|phuong|cap xa))?");
  /** A row's label opening with a dash or plus ("- Trực tuyến"): a part of the row above it. */
  static final Pattern SUB_ROW = Pattern.compile("^\\s*[-+–•]\\s*");
  /**
   * A row's label opening with "trong đó" ("trong đó kết nối mạng WAN", "trong đó trước hạn"): a part of the row above,
   * read with its label as a sub-row is. Rows under it still take it for their parent, as before: it is no dash.
   */
  private static final Pattern PART_ROW = Pattern.compile("(?i)^\\s*trong đó\\b\\s*:?\\s*");

  /** The label of a row (its first cell that is no figure, no row number, no unit), or null. */
  static String label(List<String> header, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      String head = i < header.size() ? header.get(i) : "";
      if (!c.isEmpty() && !Headers.ORDINAL.matcher(head).matches() && !Headers.unitColumn(header, i)
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

  /** As {@link #reading(List, List, String)}, a figure without a unit of its own taking {@code headingUnit}. */
  static String reading(List<String> header, List<String> cells, String parent, String headingUnit) {
    return reading(header, List.of(), cells, parent, headingUnit);
  }

  /**
   * As {@link #reading(List, List, String, String)} under a header of two rows or more: {@code upper} holds, per
   * column, the cells above its own header cell. A column whose upper cell names an earlier period than another
   * column's ("Tháng 11/2025" over "Số hồ sơ | Tỷ lệ", beside "Tháng 12/2025") is a comparison, not read.
   */
  static String reading(List<String> header, List<String> upper, List<String> cells, String parent, String headingUnit) {
    header = header.stream().map(Tables::unabbreviated).toList();
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
      if (Headers.unitColumn(header, i)) {
        unitCell = cells.get(i);
      }
    }
    List<String> figures = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      String head = i < header.size() ? header.get(i) : "";
      // "61 (30,81%)" under "Có phát sinh hồ sơ": the column's count with its share in brackets, both the column's.
      Matcher withShare = header.isEmpty() ? null : COUNT_AND_SHARE.matcher(c.strip());
      String share = withShare != null && withShare.matches() ? " (" + withShare.group(2) + ")" : "";
      c = share.isEmpty() ? c : withShare.group(1);
      if (c.isEmpty() || Headers.ORDINAL.matcher(head).matches() || Headers.unitColumn(header, i)
          || figureLike(c) && (NOT_THIS_PERIOD.matcher(Vocabulary.mend(Normal.fold(head))).find() || PeriodColumns.earlierColumn(header, head)
              || SpanColumns.notThePeriods(header, head)
              || i < upper.size() && (NOT_THIS_PERIOD.matcher(Vocabulary.mend(Normal.fold(upper.get(i)))).find()
                  || PeriodColumns.earlierColumn(upper, upper.get(i))))) {
        continue;
      }
      if (header.isEmpty() && (FIGURE_UNIT.matcher(c.strip()).matches() || c.strip().matches("\\d+/\\d+"))
          && !NUMBER.matcher(c).matches()) {
        // "4.873 hồ sơ", "19/19": a figure with its own unit, or of a whole, as a line of dot leaders gives it.
        figures.add(c.strip() + "\u0000" + head);
      } else if (NUMBER.matcher(c).matches()) {
        // A bracket of dates ("Thực hiện (01/7-14/12/2025)") names the column's span, not its unit: the unit is the
        // last bracket without digits ("Tháng 12/2025 (15/11 - 14/12/2025) Tỷ lệ (%)" is a share).
        String named = !unitCell.isEmpty() ? unitCell : Headers.unitOf(head);
        var counted = COUNT_OF.matcher(head.strip());
        if (named.isEmpty() && counted.matches() && !BlockRows.byBlock(header, cells)) {
          // "Số TTHC", "Số hồ sơ": the header names what its figures count.
          named = counted.group(1);
        }
        if (named.isEmpty() && !c.endsWith("%") && !unitless(cells)) {
          // Under a column of kinds of staff ("Đối tượng"), a bare figure counts people ("Có mặt | 44" is 44 people).
          named = byStaffKind(header) ? "người" : headingUnit;
        }
        // A unit column or header of "%" ("Tỷ lệ … | % | 79,07", "Tỷ lệ (%) | 85,89") makes the figure a share.
        String figure = named.equals("%") ? c.endsWith("%") ? c : c + "%" : c + (!named.isEmpty() && !c.endsWith("%") ? " " + named : "");
        figures.add(figure + share + "\u0000" + head);
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
    if (staffKindColumn(header, labelHead) && STAFF_KIND.matcher(Normal.fold(label).strip()).matches()) {
      // "Cán bộ | 12 | 11" under "Đối tượng | Biên chế giao | Có mặt": one kind's row is a part of the staff, whose
      // figures are the sum row's ("Tổng | 48 | 44"); its label alone, as a domain's row below.
      return label + ".";
    }
    if (BY_DOMAIN.matcher(Normal.fold(labelHead)).find() && !TOTAL_ROW.matcher(Normal.fold(label)).matches()) {
      // A row of a table by domain ("Hộ tịch | 86 | 79 …") is a part of the total row: its label alone, no figure.
      return label + ".";
    }
    if (header.stream().filter(Tables::qualificationColumn).count() >= 2) {
      return qualificationRow(label, figures);
    }
    // "Trong đó trực tiếp" under "Trong đó trực tuyến" is the second part of the same row, not a part of the first.
    if (parent != null && !subRow(parent) && (subRow(label) || PART_ROW.matcher(label).find() && !PART_ROW.matcher(parent).find())) {
      label = parent.strip() + " " + PART_ROW.matcher(SUB_ROW.matcher(label).replaceFirst("")).replaceFirst("");
    }
    if (BlockRows.byBlock(header, cells)) {
      return BlockRows.blockRow(label, figures);
    }
    if (BlockRows.blockColumns(header) && HardwareWords.field(Normal.fold(label), "") != null) {
      return BlockRows.thingRow(label, figures);
    }
    StringBuilder out = new StringBuilder();
    for (String f : figures) {
      String[] vh = f.split("\u0000", 2);
      out.append(out.length() == 0 ? "" : "; ").append(label);
      if (figures.size() > 1) {
        // Several figure columns: each is the row's thing of the column's kind ("Khối Đảng máy in: 3").
        // The period or date a column names ("Tuần 49", "Lũy kế từ 01/7/2025") is left out: its digits are no figure.
        out.append(' ').append(PeriodColumns.undated(Headers.UNIT_IN_HEADER.matcher(vh[1]).replaceAll("")).replaceAll("\\s+", " ").strip());
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

  /**
   * The one-stop software's abbreviated column heads written out ("T.nhận", "T.tuyến", "T.tiếp", "Đã GQ", "Đ.hạn",
   * "Q.hạn", "Đang GQ"): the words the vocabulary knows.
   */
  static String unabbreviated(String head) {
    String h = head;
    for (String[] a : ABBREVIATIONS) {
      h = h.replaceAll("(?iu)(?<!\\p{L})" + a[0] + "(?!\\p{L})", a[1]);
    }
    return h;
  }

  private static final String[][] ABBREVIATIONS = {{"T\\.\\s?nhận", "tiếp nhận"}, {"T\\.\\s?tuyến", "trực tuyến"},
      {"T\\.\\s?tiếp", "trực tiếp"}, {"Đ\\.\\s?hạn", "đúng hạn"}, {"Q\\.\\s?hạn", "quá hạn"}, {"GQ", "giải quyết"}};

  /** Whether a header's label column (its first after the row numbers) names kinds of staff ("Đối tượng"). */
  private static boolean byStaffKind(List<String> header) {
    return header.stream().filter(h -> !Headers.ORDINAL.matcher(h).matches()).findFirst()
        .filter(h -> staffKindColumn(header, h)).isPresent();
  }

  /** A label column "Loại" alone: of kinds of staff only beside a column of the staff's quota or those present. */
  private static final Pattern KIND_HEAD = Pattern.compile("^loai$");
  /** A column of the staff's quota or of those present ("Biên chế giao", "Có mặt"), folded. */
  private static final Pattern STAFF_COLUMN = Pattern.compile("\\b(?:bien che|co mat)\\b");

  /**
   * Whether {@code head} is a label column of kinds of staff: "Đối tượng", "Chức danh", "Ngạch" …, or "Loại" beside
   * "Biên chế giao" and "Có mặt" ("Loại | Biên chế giao | Có mặt" over "Cán bộ", "Công chức", "Cộng"); a "Loại" over
   * kinds of equipment or procedures is none.
   */
  private static boolean staffKindColumn(List<String> header, String head) {
    String h = Normal.fold(head).strip();
    return BY_STAFF_KIND.matcher(h).matches()
        || KIND_HEAD.matcher(h).matches() && header.stream().anyMatch(x -> STAFF_COLUMN.matcher(Normal.fold(x)).find());
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
        counts.add(PeriodColumns.undated(Headers.UNIT_IN_HEADER.matcher(vh[1]).replaceAll("")).replaceAll("\\s+", " ").strip() + " " + digits.group());
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

  /** The row of a block table that sums the blocks. */
  static final Pattern TOTAL_ROW = Pattern.compile("(?:tong|cong|tong cong|toan xa|chung|tong so)\\s*:?");
}
