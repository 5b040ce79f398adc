package vn.xaso.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.xaso.importer.OcrRows.Row;

/**
 * A page read by OCR laid out as typed text has it (round 22): from the word boxes Tesseract returns
 * (its TSV), each text line's words in order of x, a gap wider than a space written as a run of spaces
 * in proportion to its width, so a table's columns and the letterhead's two columns come out parted by
 * runs of spaces, which {@link Layout} and {@link Letterhead} read as they read a typed report. Tesseract's
 * own plain text joins every word with one space, losing where a page's columns are.
 *
 * <p>It writes the lines out and asks the parts that decide (split from it for issue #23): {@link OcrRows} what a
 * text line is, {@link OcrTabTables} and {@link OcrCountedTables} which lines are a table's rows parted by tabs,
 * {@link OcrJoinedWords} how a word OCR ran together parts and {@link OcrRuledLines} how a ruled row's rules read.
 * Left here: Tesseract's TSV, the page's spacing, whether the Vietnamese data read the scan, and how a line's gaps
 * become spaces or tabs.
 *
 * <p>A pure function of the boxes, tested alone in {@code OcrLayoutTest}.
 */
final class OcrLayout {
  private OcrLayout() {}

  /** Where a word stands in Tesseract's reading: its page, block, paragraph and line. */
  record Place(int page, int block, int par, int line) {}

  /** A word's box, in pixels of its page. */
  record Box(int left, int top, int width, int height) {}

  /** One word as Tesseract boxes it: where it stands, its box, its confidence (0 to 100) and its text. */
  record Word(Place at, Box box, int conf, String text) {
    int left() {
      return box.left();
    }

    int top() {
      return box.top();
    }

    int width() {
      return box.width();
    }

    int height() {
      return box.height();
    }

    int right() {
      return box.left() + box.width();
    }

    int bottom() {
      return box.top() + box.height();
    }
  }

  /** The words of Tesseract's TSV ({@code tesseract IMG out tsv}) on one page: rows of level 5 with text. */
  static List<Word> tsv(String tsv, int page) {
    List<Word> out = new ArrayList<>();
    for (String row : tsv.split("\r?\n")) {
      String[] f = row.split("\t", -1);
      if (f.length < 12 || !f[0].equals("5") || f[11].isBlank()) {
        continue;
      }
      try {
        out.add(new Word(new Place(page, Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4])),
            new Box(Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]), Integer.parseInt(f[9])),
            (int) Math.round(Double.parseDouble(f[10])), f[11].strip()));
      } catch (NumberFormatException e) {
        // a row that is not Tesseract's: not a word
      }
    }
    return out;
  }

  /**
   * How a page is spaced: a gap {@code wide} times a space or wider is written as a run of spaces (narrower, one
   * space); a step from line to line {@code paragraph} times the usual or taller leaves a blank line; a line starting
   * {@code indent} spaces or more right of the page's margin keeps that indent. Chosen by measurement (round 22,
   * docs/import.md): {@link #MEASURED}.
   */
  record Spacing(double wide, double paragraph, int indent) {}

  /** The spacing measured best on the training sets' scans (ImportHeldOutTest.roundTwentyTwoMeasure). */
  static final Spacing MEASURED = new Spacing(1.5, 1.6, 2);

  /** The text of one page's words: one line a text line, columns kept as runs of spaces (or tabs, {@link OcrTabTables#tabbed}). */
  static String text(List<Word> words) {
    return text(words, MEASURED);
  }

  /** The text of one page's words spaced as given. */
  static String text(List<Word> words, Spacing spacing) {
    return flow(List.of(words), spacing);
  }

  /**
   * The text of a scan's pages in order, laid out as one flow: a table the page break cuts goes on as one table (its
   * rows on the next page keep the columns of the rows before), and no blank line stands where one page ends.
   */
  static String pages(List<List<Word>> pages) {
    return flow(pages, MEASURED);
  }

  /** A scan's pages laid out as one flow, spaced as given. */
  static String pages(List<List<Word>> pages, Spacing spacing) {
    return flow(pages, spacing);
  }

  /** The pages' lines as one run, each page's space, line step and margin measured on that page alone. */
  private static String flow(List<List<Word>> pages, Spacing spacing) {
    List<Row> rows = new ArrayList<>();
    List<Double> steps = new ArrayList<>();
    int n = 0;
    for (List<Word> words : pages) {
      n++;
      int[] heights = words.stream().mapToInt(Word::height).sorted().toArray();
      int typical = heights.length == 0 ? 0 : heights[heights.length / 2];
      List<Row> page = OcrRows.rows(words.stream().filter(w -> !OcrRows.speck(w, typical)).toList());
      double space = OcrRows.space(page);
      double step = OcrRows.step(page);
      for (int k = 0; k < page.size(); k++) {
        // A page's first line follows the last page's without a blank line: a page break is no paragraph's end.
        steps.add(k == 0 ? 0 : step);
        rows.add(page.get(k).on(n, space));
      }
    }
    boolean vietnamese = vietnamese(rows);
    boolean[][] tabbed = OcrTabTables.tabbed(rows, spacing);
    java.util.Set<Word> split = new java.util.HashSet<>();
    if (vietnamese) {
      OcrCountedTables.counted(rows, spacing, tabbed, split);
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      double step = steps.get(i);
      if (step > 0 && r.base() - rows.get(i - 1).base() >= spacing.paragraph() * step) {
        out.append('\n');
      }
      out.append(OcrRuledLines.ruled(line(r, margin(rows, i), spacing, tabbed[i], vietnamese, split), vietnamese)).append('\n');
    }
    return out.toString();
  }

  /** How many lines either side give a line its left margin: few enough that a skewed page's margin barely moves. */
  static final int NEAR = 5;

  /** The left margin at a line: the leftmost start of the lines near it (a scan's skew moves the page's margin). */
  private static int margin(List<Row> rows, int i) {
    int m = Integer.MAX_VALUE;
    for (int k = Math.max(0, i - NEAR); k <= Math.min(rows.size() - 1, i + NEAR); k++) {
      if (rows.get(k).page() == rows.get(i).page()) {
        m = Math.min(m, rows.get(k).words().get(0).left());
      }
    }
    return m;
  }

  /**
   * One line's text: words one space apart, a wide gap a run of spaces as many as spaces would fill it, or a tab in a
   * table whose cells a tab parts.
   */
  private static String line(Row r, int margin, Spacing spacing, boolean[] tabbed, boolean vietnamese,
      java.util.Set<Word> split) {
    double space = r.space();
    StringBuilder out = new StringBuilder();
    Word prev = null;
    // Characters a parted word added: taken from the next wide gap, so the columns after it stay where they stood.
    int added = 0;
    for (int k = 0; k < r.words().size(); k++) {
      Word w = r.words().get(k);
      int gap = prev == null ? w.left() - margin : w.left() - prev.right();
      boolean wide = prev != null && gap >= spacing.wide() * space;
      if (tabbed != null && tabbed[k]) {
        out.append('\t');
        added = 0;
      } else {
        int n = prev == null ? (gap >= spacing.indent() * space ? (int) Math.round(gap / space) : 0)
            : wide ? (int) Math.round(gap / space) : 1;
        if (wide && added > 0) {
          int taken = Math.min(added, n - 2);
          n -= Math.max(0, taken);
          added = 0;
        }
        out.append(" ".repeat(n));
      }
      String text = OcrJoinedWords.parted(w.text(), vietnamese);
      int cut = text.lastIndexOf(' ');
      if (split.contains(w) && cut > 0) {
        // A label run into its figure, in a table counted by its rows: the figure opens its cell.
        text = text.substring(0, cut) + "\t" + text.substring(cut + 1);
      }
      added += text.length() - w.text().length();
      out.append(text);
      prev = w;
    }
    return out.toString();
  }

  /** A word holding a letter only Vietnamese has (ơ, ư, đ, ạ, ể …: above Latin-1), as Tesseract's Vietnamese data reads. */
  private static final Pattern VIETNAMESE_LETTER = Pattern.compile("[\\x{100}-\\x{1EFF}]");

  /**
   * Whether a scan was read with the Vietnamese data: a tenth of its words at least hold a letter only Vietnamese has
   * (the English data reads "ê", "ô", "ư" as "é", "6", "ir", and its pages hold next to none).
   */
  static boolean vietnamese(List<Row> rows) {
    int words = 0;
    int marked = 0;
    for (Row r : rows) {
      for (Word w : r.words()) {
        words++;
        marked += VIETNAMESE_LETTER.matcher(w.text()).find() ? 1 : 0;
      }
    }
    return words > 0 && marked * 10 >= words;
  }
}
