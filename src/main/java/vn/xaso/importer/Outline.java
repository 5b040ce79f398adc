package vn.xaso.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.xaso.importer.OutlineItems.Item;
import vn.xaso.model.Block;

/**
 * The report cut into sentences, each knowing the part of the outline it stands in: the preamble
 * before the first numbered heading, the section (legal basis, infrastructure, …) and, inside the
 * infrastructure section, the block a sub-heading names. Lines wrapped by the PDF or word
 * processor are joined again; a bullet or a numbered heading starts a new item.
 *
 * <p>It cuts items into sentences and gives each its part and block, asking the parts that decide (split from it for
 * issue #23): {@link OutlineItems} where an item starts and ends, {@link HeadingLevels} where a heading stands among
 * the others, {@link OutlineSections} which section words name. Which block words name ({@link #blockOf},
 * {@link #blocksNamed}, {@link #opening}) stays here, as Placement and the words' parts ask it.
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
  static final Pattern HEADING = Pattern.compile("^\\s*((?:(?:\\d{1,2}\\.)+\\d{0,2}\\.?|(?:[IVX]{1,5}|\\d{1,2})\\s?[-/)–]"
      // "PHẦN II - KẾT QUẢ THỰC HIỆN": a part of the report, above its numbered headings.
      + "|PH[ẦA]N\\s+[IVX]{1,5}\\s*[-.:–]?"
      + "|[IVX]{1,5}\\.|I,(?=\\s+\\p{Lu}{2})|[a-zđ][).]|[A-HK-UWYĐ][.)])\\s+(?=\\p{Lu})"
      // "I.KẾT QUẢ GIẢI QUYẾT TTHC": a Roman mark typed without its space, over a title in capitals.
      + "|[IVX]{1,5}\\.(?=\\p{Lu}{2}[^\\p{Ll}]*$))");
  static final Pattern BULLET = Marks.BULLET;
  static final Pattern SIGN_OFF = Pattern.compile("^(noi nhan|t/m|tm\\.|kt\\.|tl\\.|tuq\\.)");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;!?…])\\s+(?=[\\p{Lu}\\d\"“(-])");

  private final List<Sentence> sentences = new ArrayList<>();

  Outline(String text, Block defaultBlock) {
    // A table OCR flattened gets its column breaks back as tabs first (same length, same lines).
    List<Item> items = OutlineItems.items(OcrColumns.mend(text));
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
            OutlineItems.breaks(it), levels.context()));
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
