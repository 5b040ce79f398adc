package vn.xaso.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.xaso.model.Block;

/**
 * The report cut into sentences, each knowing the part of the outline it stands in: the preamble
 * before the first numbered heading, the section (legal basis, infrastructure, …) and, inside the
 * infrastructure section, the block a sub-heading names. Lines wrapped by the PDF or word
 * processor are joined again; a bullet or a numbered heading starts a new item.
 */
final class Outline {
  /** The parts of the common report outline a rule may care about. */
  enum Part { PREAMBLE, LEGAL, INFRASTRUCTURE, HUMAN_RESOURCES, PROCEDURES, FOLLOW_UP, ASSESSMENT, OTHER, SIGNATURE }

  /**
   * One sentence: its original text, its folded form, where it stands, its item (paragraph) and
   * the lines of the text it comes from: {@code line} is the 1-based line its first character
   * stands on, {@code breaks} the offsets in {@code original} where each later line begins.
   */
  record Sentence(String original, String folded, Part part, Block block, boolean heading, int item, int line,
      int[] breaks, String context) {
    Sentence(String original, String folded, Part part, Block block, boolean heading, int item) {
      this(original, folded, part, block, heading, item, 0, new int[0], "");
    }

    Sentence(String original, String folded, Part part, Block block, boolean heading, int item, int line, int[] breaks) {
      this(original, folded, part, block, heading, item, line, breaks, "");
    }

    /** The same sentence read from other folded words (mended by the vocabulary). */
    Sentence withFolded(String f) {
      return new Sentence(original, f, part, block, heading, item, line, breaks, context);
    }

    /** The 1-based line of the text the character at {@code offset} of {@code original} stands on. */
    int lineAt(int offset) {
      int n = 0;
      while (n < breaks.length && breaks[n] <= offset) {
        n++;
      }
      return line + n;
    }
  }

  /**
   * Longest item kept whole. Longer runs (a page without punctuation, one line repeated) are cut at
   * a space, so each rule looks at a bounded stretch and the import stays linear in the input.
   */
  static final int MAX_ITEM = 2000;

  /**
   * A numbered heading: "1.", "1.2.", "II." and the other marks reports put after a heading's
   * number ("I-", "II/", "2)"), or a lettered sub-heading ("a)", "b."). Each is followed by a capital.
   */
  private static final Pattern HEADING = Pattern.compile("^\\s*((?:(?:\\d{1,2}\\.)+\\d{0,2}\\.?|(?:[IVX]{1,5}|\\d{1,2})\\s?[-/)–]"
      // "PHẦN II - KẾT QUẢ THỰC HIỆN": a part of the report, above its numbered headings.
      + "|PH[ẦA]N\\s+[IVX]{1,5}\\s*[-.:–]?"
      + "|[IVX]{1,5}\\.|I,(?=\\s+\\p{Lu}{2})|[a-zđ][).]|[A-HK-UWYĐ][.)])\\s+(?=\\p{Lu})"
      // "I.KẾT QUẢ GIẢI QUYẾT TTHC": a Roman mark typed without its space, over a title in capitals.
      + "|[IVX]{1,5}\\.(?=\\p{Lu}{2}[^\\p{Ll}]*$))");
  private static final Pattern BULLET = Marks.BULLET;
  private static final Pattern SIGN_OFF = Pattern.compile("^(noi nhan|t/m|tm\\.|kt\\.|tl\\.|tuq\\.)");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;!?…])\\s+(?=[\\p{Lu}\\d\"“(-])");

  private final List<Sentence> sentences = new ArrayList<>();

  Outline(String text, Block defaultBlock) {
    // A table OCR flattened gets its column breaks back as tabs first (same length, same lines).
    List<Item> items = items(OcrColumns.mend(text));
    boolean roman = Marks.romanOutline(text);
    HeadingLevels levels = new HeadingLevels(defaultBlock);
    boolean signed = false;
    // After the signature, a table whose group rows name the outline's sections ("3 | Hạ tầng công nghệ")
    // is the report's figures put in an appendix: its rows stand in the section their group names.
    Part appendix = null;
    boolean annexed = false;
    // Under the infrastructure heading, a bullet naming one block and ending with a colon ("- Khối Đảng (Văn phòng …):")
    // leads the lines below it (". Máy tính …… 14 máy"): theirs is its block, until a bullet of its own mark or a heading.
    Block lead = null;
    char leadMark = 0;
    for (int i = 0; i < items.size(); i++) {
      Item it = items.get(i);
      String item = it.text.toString();
      String folded = Normal.fold(item);
      signed |= SIGN_OFF.matcher(folded).find();
      if (signed && it.reading == null && it.group == null && !Tables.row(item)) {
        appendix = OutlineSections.annexTitle(folded, appendix, annexed);
        // Only the line right after "PHỤ LỤC" may be its title.
        annexed = OutlineSections.ANNEX.matcher(folded).find();
      }
      if (signed && it.group != null) {
        Part named = OutlineSections.partOf(Vocabulary.mend(Normal.fold(it.group)));
        appendix = named != Part.OTHER || appendix != null ? named : null;
      }
      int cut = 0;
      if (it.heading && !signed) {
        Matcher h = HEADING.matcher(item);
        cut = h.find() ? h.end() : 0;
        // A heading read by OCR ("Héi déng nhan dan") names its part in the vocabulary's words once mended.
        // OCR's "1." for the Roman "I." would put the report's first section under a level of its own.
        levels.heading(HeadingLevels.style(Marks.heading(h.group(1), item.substring(cut), roman)), Vocabulary.mend(folded), item.length());
      }
      Matcher b = BULLET.matcher(item).region(cut, item.length());
      char mark = b.lookingAt() && it.reading == null ? item.strip().charAt(0) : 0;
      cut = b.lookingAt() ? b.end() : cut;
      // An appendix's own lines of text ("(tính đến ngày 10/9/2026)" under its title) state the span of its table.
      boolean annexText = appendix != null && it.reading == null && it.group == null && !Tables.row(item);
      Part part = !signed ? levels.part() : appendix != null && (it.reading != null || it.group != null || annexText) ? appendix : Part.SIGNATURE;
      lead = it.heading || part != Part.INFRASTRUCTURE || mark != 0 && mark == leadMark ? null : lead;
      Block over = lead != null ? lead : levels.block();
      if (it.reading != null) {
        Block block = opening(part, Normal.fold(it.reading), over);
        sentences.add(new Sentence(item, Normal.fold(it.reading), part, block, false, i, it.lines.get(0)[1],
            breaks(it), levels.context()));
      } else {
        Block block = it.heading ? levels.block() : opening(part, folded.substring(Math.min(cut, folded.length())), over);
        sentences(it, item, cut, part, block, i, levels.context());
        Block leads = mark != 0 && part == Part.INFRASTRUCTURE && item.strip().endsWith(":") ? blockOf(folded, null) : null;
        if (leads != null) {
          lead = leads;
          leadMark = mark;
        }
      }
    }
  }

  private static int[] breaks(Item it) {
    return it.lines.stream().skip(1).mapToInt(l -> l[0]).toArray();
  }

  /** One item (paragraph, bullet, heading) as joined from its lines, and where each line starts in it. */
  private static final class Item {
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

  private static List<Item> items(String text) {
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
      List<String> cells = whole.length() <= MAX_ITEM ? Cells.cells(whole) : List.of();
      if (cells.isEmpty() && whole.length() <= MAX_ITEM) {
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
        boolean heading = HEADING.matcher(line).find();
        headingUnit = heading ? Headers.headingUnit(line) : headingUnit;
        boolean starts = heading || BULLET.matcher(line).find() || SIGN_OFF.matcher(Normal.fold(line)).find()
            || current.text.length() > MAX_ITEM
            || current.text.length() > 0 && Character.isUpperCase(line.charAt(0))
                && (".:;".indexOf(current.text.charAt(current.text.length() - 1)) >= 0
                    || current.heading && current.closed());
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

  /** A line cut at spaces into pieces of at most {@link #MAX_ITEM} characters; none when blank. */
  private static List<String> pieces(String line) {
    List<String> out = new ArrayList<>();
    int from = 0;
    while (from < line.length()) {
      int to = Math.min(line.length(), from + MAX_ITEM);
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

  /** The item's sentences from {@code cut} on, each with the lines it spans. */
  private void sentences(Item it, String item, int cut, Part part, Block block, int index, String context) {
    Matcher end = SENTENCE_END.matcher(item).region(cut, item.length());
    int from = cut;
    int depth = 0;
    int counted = cut;
    String previous = null;
    Block previousBlock = block;
    while (from < item.length()) {
      int to = item.length();
      while (end.find()) {
        // A total's brackets are one sentence with it, even where a part ends with ";" before a capital.
        for (; counted < end.start(); counted++) {
          char c = item.charAt(counted);
          depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
        }
        if (depth == 0) {
          to = end.start();
          break;
        }
      }
      int next = to == item.length() ? to : end.end();
      String raw = item.substring(from, to);
      int lead = raw.length() - raw.stripLeading().length();
      String s = raw.strip();
      if (!s.isBlank()) {
        int at = from + lead;
        int first = 0;
        List<Integer> breaks = new ArrayList<>();
        for (int[] l : it.lines) {
          if (l[0] <= at) {
            first = l[1];
          } else if (l[0] < at + s.length()) {
            breaks.add(l[0] - at);
          }
        }
        // A sentence after a semicolon goes on with the one before it, and with its block.
        Block own = it.heading ? block : opening(part, Normal.fold(s), previous != null && previous.endsWith(";") ? previousBlock : block);
        previous = s;
        previousBlock = own;
        sentences.add(new Sentence(s, Normal.fold(s), part, own, it.heading, index, first,
            breaks.stream().mapToInt(Integer::intValue).toArray(), context));
      }
      from = next;
    }
  }

  List<Sentence> sentences() {
    return sentences;
  }

  /** The words a line or sentence opens with, up to its label's colon, its verb or its first figure. */
  private static final Pattern OPENING = Pattern.compile("^[^:;,\\d]{1,40}?(?=:|;|,|\\d| co | duoc | da |$)");

  /**
   * Under the infrastructure heading, a line or sentence that opens with one block's name ("- Khối Đảng:
   * …", "Khối chính quyền: 41/41 máy tính …", "Ủy ban MTTQ xã: văn bản được số hóa 100%") is that block's,
   * whatever block the heading above it names.
   */
  static Block opening(Part part, String folded, Block fallback) {
    if (part != Part.INFRASTRUCTURE) {
      return fallback;
    }
    Matcher m = OPENING.matcher(folded.strip());
    return m.find() ? blockOf(m.group(), fallback) : fallback;
  }

  /** The block a heading names; none or several named means the issuer's own block. */
  static Block blockOf(String h, Block fallback) {
    List<Block> named = blocksNamed(h);
    return named.size() == 1 ? named.get(0) : fallback;
  }

  /** The blocks folded words name (khối Đảng, chính quyền, HĐND, Mặt trận), in the outline's order. */
  static List<Block> blocksNamed(String h) {
    List<Block> named = new ArrayList<>();
    if (h.matches(".*\\b(khoi dang|dang uy)\\b.*")) {
      named.add(Block.PARTY);
    }
    if (h.matches(".*\\b(chinh quyen|uy ban nhan dan|ubnd)\\b.*")) {
      named.add(Block.GOVERNMENT);
    }
    if (h.matches(".*\\b(hoi dong nhan dan|hdnd)\\b.*")) {
      named.add(Block.COUNCIL);
    }
    if (h.matches(".*\\b(mat tran|mttq|ubmttq)\\b.*")) {
      named.add(Block.FRONT);
    }
    return named;
  }
}
