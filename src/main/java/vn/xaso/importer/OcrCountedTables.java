package vn.xaso.importer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.xaso.importer.OcrLayout.Spacing;
import vn.xaso.importer.OcrLayout.Word;
import vn.xaso.importer.OcrRows.Row;

/**
 * Scanned tables left spaced whose rows each end in as many figures as the header names cells (split from
 * {@link OcrLayout}; round 26): their cells are told by counting figures from a row's end, not by where they stand,
 * as a proportional font moves a row's figures with its label. It is apart from {@code OcrTabTables} because it
 * decides by what the words are (figures after a label), not by the boxes' places, and it only reads the lines that
 * part left alone.
 *
 * <p>A pure function of the lines, tested alone in {@code OcrCountedTablesTest}.
 */
final class OcrCountedTables {
  private OcrCountedTables() {}

  /**
   * Tables left spaced whose rows each end in as many figures as the header has cells after its first (round 26):
   * "Chỉ tiêu   Tháng 10   Tháng 11   Cộng" over "Tiếp nhận   760   786   1.546". A table typed with spaces or tabs
   * comes out of a page in a proportional font with its columns at other places row by row (a long label pushes its
   * figures right, a tab goes to the next stop after the label), so no gutter runs down it; each row's figures are
   * its cells in order whatever their places. The header's wide gaps and each row's last figures are then parted by
   * tabs, as a typed tab table. A run ends at a line that holds no such row; when that line still has wide gaps (a
   * row OCR read otherwise, a label wrapped beside figures), the table is left spaced.
   */
  static void counted(List<Row> rows, Spacing spacing, boolean[][] out, java.util.Set<Word> split) {
    int i = 0;
    while (i < rows.size()) {
      Row h = rows.get(i);
      int cells = OcrTabTables.gaps(h, spacing);
      if (out[i] != null || cells < 2 || !OcrTabTables.header(h) || piped(h) || NUMBERS.matcher(Normal.fold(h.words().get(0).text())).matches()) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < rows.size() && out[j] == null && !piped(rows.get(j)) && ends(rows.get(j), cells) > 0) {
        j++;
      }
      boolean ends = j == rows.size() || out[j] != null || OcrTabTables.gaps(rows.get(j), spacing) == 0 || OcrTabTables.header(rows.get(j));
      if (j - i - 1 < 2 || !ends) {
        i = Math.max(j, i + 1);
        continue;
      }
      boolean[] head = new boolean[h.words().size()];
      for (int k = 1; k < h.words().size(); k++) {
        head[k] = h.words().get(k).left() - h.words().get(k - 1).right() >= spacing.wide() * h.space();
      }
      out[i] = head;
      for (int r = i + 1; r < j; r++) {
        List<Word> words = rows.get(r).words();
        boolean[] tabs = new boolean[words.size()];
        int first = words.size() - cells;
        if (ends(rows.get(r), cells) == 2) {
          split.add(words.get(first));
          first++;
        }
        for (int k = first; k < words.size(); k++) {
          tabs[k] = true;
        }
        out[r] = tabs;
      }
      i = j;
    }
  }

  /** A header's column of row numbers ("TT", "STT"): its rows open with a number that is no figure. */
  private static final Pattern NUMBERS = Pattern.compile("s?tt\\.?");

  /**
   * How a line ends in {@code n} figures after a label of words: 1 when they are words of their own (one of them after
   * the first may be a figure OCR read as one or two letters, "3  Kỹ  -  1", which stays in its cell as read; no figure
   * is guessed), 2 when the first is run into the label's last word ("đoàn thể10"), 0 when the line is no such row.
   */
  private static int ends(Row r, int n) {
    if (figuresAfter(r, r.words().size() - n)) {
      return 1;
    }
    // Its label run into its first figure ("đoàn thể10"): that word holds the label's end and the first cell.
    int k = r.words().size() - n + 1;
    if (k < 1 || k > r.words().size() || !glued(r.words().get(k - 1).text()) || !figuresAfter(r, k)) {
      return 0;
    }
    return 2;
  }

  /** Whether the words from {@code k} are figures after a word of the label (one may be a misread figure). */
  private static boolean figuresAfter(Row r, int k) {
    if (k < 1 || k >= r.words().size() || !r.words().get(k - 1).text().chars().anyMatch(Character::isLetter)
        || OcrTabTables.LAST_FIGURE.matcher(r.words().get(k - 1).text()).matches()) {
      return false;
    }
    int misread = 0;
    for (int m = k; m < r.words().size(); m++) {
      String t = r.words().get(m).text();
      if (!OcrTabTables.LAST_FIGURE.matcher(t).matches()) {
        misread++;
        // The first may be no word of the label: a mark, not letters (")" for 3; "xã" ends a label).
        if (t.length() > 2 || misread > 1 || m == k && t.chars().anyMatch(Character::isLetter)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether a word is syllables run into a figure ("thể10"), as {@link OcrJoinedWords#parted(String, boolean)} parts it. */
  private static boolean glued(String word) {
    Matcher figure = OcrJoinedWords.FIGURE_AFTER.matcher(word);
    return figure.matches() && (!OcrSyllables.parted(figure.group(2)).equals(figure.group(2))
        || OcrVowels.syllable(Normal.fold(figure.group(2))));
  }

  /** Whether a line holds a rule: a ruled table's rows are {@link OcrRuledLines#ruled}'s. */
  private static boolean piped(Row r) {
    return r.words().stream().anyMatch(w -> w.text().contains("|"));
  }
}
