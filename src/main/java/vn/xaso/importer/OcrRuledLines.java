package vn.xaso.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scanned line of a table drawn with rules, mended (split from {@link OcrLayout}): the rules OCR read as brackets,
 * dotted capitals or underscores written as pipes or spaces, dust before a row's left rule and a row number before its
 * first rule told from the row's cells. It decides on one line's characters alone (no box, no other line), so it is
 * apart from the readers of tables without rules ({@link OcrTabTables}, {@link OcrCountedTables}), which decide on
 * boxes.
 *
 * <p>A pure function of the line, tested alone in {@code OcrRuledLinesTest}.
 */
final class OcrRuledLines {
  private OcrRuledLines() {}

  /** A rule read as a bracket or a dotted capital at a figure's end ("9Ị", "41["), or a bracket at its start ("[5"). */
  private static final Pattern RULE_AFTER = Pattern.compile("(?<=\\d)[ỊÍÌ\\[\\]{}](?=\\s|$)");
  private static final Pattern RULE_BEFORE = Pattern.compile("(?<=\\s|^)[\\[\\]{}](?=\\d)");

  /**
   * A line of a table drawn with rules (two pipes or more) with the rules OCR read as brackets or dotted capitals
   * glued to a figure written as pipes (round 24): "|  2 |  9Ị  11|" is "|  2 |  9|  11|". No Vietnamese word ends a
   * figure, and a bracket touching a figure on the side of a gap stands where a rule is; a line without pipes (prose,
   * "[1]" of a note) is left as read.
   */
  static String ruled(String line) {
    return ruled(line, false);
  }

  /**
   * {@link #ruled(String)}; in a scan read with the Vietnamese data also a cell's lower rule OCR read as underscores
   * ("Cơ quan, đơn vị _", "|_  11|", "902_|", round 26) written as spaces: no word or figure of a report holds one. With
   * the English data the rows' labels stay run together ("HDNDvaUBNDxé", {@link OcrJoinedWords#parted(String, boolean)}), and a header
   * the underscore no longer hides gives their figures to the body their first word names.
   */
  static String ruled(String line, boolean vietnamese) {
    if (line.chars().filter(c -> c == '|').count() < 2) {
      return line;
    }
    String clean = vietnamese ? line.replace('_', ' ') : line;
    String out = RULE_BEFORE.matcher(RULE_AFTER.matcher(clean).replaceAll("|")).replaceAll("|");
    // Dust before a row's left rule (".. |1  | Hồ sơ …"): no cell stands outside the table's border.
    Matcher dust = DUST.matcher(out);
    out = dust.lookingAt() ? " ".repeat(dust.end()) + out.substring(dust.end()) : out;
    // A row's number before its first rule, the left border lost ("  1|Hồ sơ tiếp nhận  |  2.917|"): the border is put
    // back in the margin, so the number is the row's first cell, not a count of the words after it.
    Matcher ordinal = ORDINAL.matcher(out);
    if (vietnamese && ordinal.lookingAt() && out.stripTrailing().endsWith("|")) {
      out = ordinal.group(1).isEmpty() ? "|" + out : "|" + out.substring(1);
    }
    return out;
  }

  /** A row number opening a line, then its rule: "  1|", "2  |", " 2.1 |". */
  private static final Pattern ORDINAL = Pattern.compile("( *)\\d{1,2}(?:\\.\\d{1,2})?\\.? *\\|");

  /** Marks without a letter or digit before a line's first rule. */
  private static final Pattern DUST = Pattern.compile("[^\\p{L}\\p{N}|]*[^\\p{L}\\p{N}|\\s][^\\p{L}\\p{N}|]*(?=\\|)");
}
