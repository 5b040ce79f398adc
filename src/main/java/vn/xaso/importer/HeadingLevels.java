package vn.xaso.importer;

import java.util.ArrayList;
import java.util.List;
import vn.xaso.importer.Outline.Part;
import vn.xaso.model.Block;

/**
 * The headings in force, deepest last: each with the part and block it puts the text under (split from
 * {@link Outline} for issue #23). Levels are the styles of headings' marks in the order the report first uses them
 * ("A." over "I." over "1." over "a)", or "1." over "1.1." alone); a heading that names no section stays in its
 * parent's, and keeps its parent's block unless it names one. It decides where a heading stands among the others;
 * which section or block a heading's words name is {@link OutlineSections}' and {@link Outline#blockOf}'s, and where a
 * heading starts in the text is {@link Outline}'s.
 *
 * <p>Tested alone in {@code HeadingLevelsTest}.
 */
final class HeadingLevels {
  /** A heading longer than this is a numbered paragraph: it keeps its parent's part unless at the top. */
  private static final int SHORT = 120;
  private final List<String> styles = new ArrayList<>();
  private final List<Part> parts = new ArrayList<>();
  private final List<Block> blocks = new ArrayList<>();
  private final List<String> words = new ArrayList<>();
  private final Block defaultBlock;

  HeadingLevels(Block defaultBlock) {
    this.defaultBlock = defaultBlock;
  }

  /** A heading of {@code style} whose folded words are {@code named}, {@code length} characters long: its level. */
  void heading(String style, String named, int length) {
    int depth = styles.indexOf(style);
    if (depth < 0) {
      depth = styles.size();
    }
    while (styles.size() > depth) {
      styles.remove(depth);
      parts.remove(depth);
      blocks.remove(depth);
      words.remove(depth);
    }
    Part parent = depth == 0 ? Part.PREAMBLE : parts.get(depth - 1);
    Block parentBlock = depth == 0 ? defaultBlock : blocks.get(depth - 1);
    Part own = OutlineSections.partOf(named);
    Part part;
    if (style.equals("L") || style.matches("N[2-9]")) {
      // Sub-headings ("a)", "2.1.") name a block, never a section: they stay in their parent's. Under a heading
      // naming no section ("2. Kết quả thực hiện"), a short one naming a section ("2.1. Hạ tầng, thiết bị") is it.
      boolean general = parent == Part.OTHER || parent == Part.PREAMBLE;
      part = depth == 0 ? Part.OTHER : general && own != Part.OTHER && length <= SHORT ? own : parent;
    } else if (depth == 0 || parent == Part.OTHER || parent == Part.PREAMBLE) {
      part = own;
    } else {
      part = own != Part.OTHER && length <= SHORT ? own : parent;
    }
    styles.add(style);
    parts.add(part);
    blocks.add(Outline.blockOf(named, parentBlock));
    words.add(named.substring(0, Math.min(named.length(), SHORT)));
  }

  Part part() {
    return parts.isEmpty() ? Part.PREAMBLE : parts.get(parts.size() - 1);
  }

  Block block() {
    return blocks.isEmpty() ? defaultBlock : blocks.get(blocks.size() - 1);
  }

  /** The folded words of the headings in force, outermost first. */
  String context() {
    return String.join(" / ", words);
  }

  /**
   * A heading's style: the kind of its mark (Roman, capital letter, number, small letter) and, for
   * numbers, how many ("2.1." is deeper than "2."). The outline's levels are the styles in the order
   * the report first uses them, so "A." over "I." over "1." is read as well as "I." over "1." or "1." alone.
   */
  static String style(String mark) {
    String m = mark.strip();
    if (m.startsWith("PH")) {
      return "P";
    }
    if (m.matches("[IVX]{1,5}.*")) {
      return "R";
    }
    if (m.matches("[A-ZĐ].*")) {
      return "U";
    }
    if (m.matches("[a-zđ].*")) {
      return "L";
    }
    return "N" + m.split("\\.(?=\\d)").length;
  }
}
