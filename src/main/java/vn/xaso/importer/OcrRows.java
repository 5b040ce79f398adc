package vn.xaso.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.xaso.importer.OcrLayout.Place;
import vn.xaso.importer.OcrLayout.Word;

/**
 * How a scan's word boxes become its text lines (split from {@link OcrLayout}): Tesseract's lines in order of height,
 * lines of two blocks side by side on one height (columns Tesseract read apart) joined into one, specks of dust left
 * out, and the two measures a page's lines are spaced by (the width of a space, the step from line to line). It
 * decides what a line is, before anything is decided about what a line holds; the tables' readers
 * ({@link OcrTabTables}, {@link OcrCountedTables}) and the layout itself take its lines as given.
 *
 * <p>A pure function of the boxes, tested alone in {@code OcrRowsTest}.
 */
final class OcrRows {
  private OcrRows() {}

  /** A speck is smaller than a word's usual height divided by this, both ways. */
  private static final int SPECK = 5;

  /**
   * A text line of the page: its words in order of x, its top and bottom the outermost of theirs, its base the
   * median of their bottoms (steady where accents and descenders are not).
   */
  record Row(List<Word> words, int top, int bottom, int base, int page, double space) {
    /** The line as it stands on its page, whose space is measured on that page alone. */
    Row on(int p, double s) {
      return new Row(words, top, bottom, base, p, s);
    }
  }

  /**
   * Tesseract's lines, in order of y; lines of different blocks side by side on one height (columns
   * Tesseract read apart) joined into one.
   */
  static List<Row> rows(List<Word> words) {
    Map<Place, List<Word>> byLine = new LinkedHashMap<>();
    for (Word w : words) {
      byLine.computeIfAbsent(w.at(), k -> new ArrayList<>()).add(w);
    }
    List<Row> lines = new ArrayList<>();
    for (List<Word> l : byLine.values()) {
      lines.add(row(l));
    }
    lines.sort(Comparator.comparingInt(Row::base));
    List<Row> out = new ArrayList<>();
    for (Row l : lines) {
      int same = -1;
      // Lines come in order of height: one at this line's height is among the last few kept, so the cost per line is
      // bounded however long the page (a scan's pages are bounded in number, not in lines).
      for (int k = Math.max(0, out.size() - BESIDE); k < out.size(); k++) {
        if (oneHeight(out.get(k), l) && apart(out.get(k), l)) {
          same = k;
          break;
        }
      }
      if (same < 0) {
        out.add(l);
      } else {
        List<Word> both = new ArrayList<>(out.get(same).words);
        both.addAll(l.words);
        out.set(same, row(both));
      }
    }
    out.sort(Comparator.comparingInt(Row::base));
    return out;
  }

  /** How many of the lines kept last a line may join: columns side by side on one page, a handful at most. */
  private static final int BESIDE = 6;

  private static Row row(List<Word> words) {
    List<Word> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingInt(Word::left));
    int[] bottoms = sorted.stream().mapToInt(Word::bottom).sorted().toArray();
    return new Row(sorted, sorted.stream().mapToInt(Word::top).min().orElse(0),
        sorted.stream().mapToInt(Word::bottom).max().orElse(0), bottoms.length == 0 ? 0 : bottoms[bottoms.length / 2], 0,
        0);
  }

  /** Whether two lines overlap in height by half the lower one's. */
  private static boolean oneHeight(Row a, Row b) {
    int overlap = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
    return overlap * 2 >= Math.min(a.bottom - a.top, b.bottom - b.top);
  }

  /** Whether no word of one line stands over a word of the other. */
  private static boolean apart(Row a, Row b) {
    for (Word x : a.words) {
      for (Word y : b.words) {
        if (x.left() < y.right() && y.left() < x.right()) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The width of a space: the median of the narrow gaps between two words of a line (those at most twice the lower
   * quartile), so that a page whose table gaps outnumber its prose's still measures its spaces.
   */
  static double space(List<Row> rows) {
    List<Integer> gaps = new ArrayList<>();
    for (Row r : rows) {
      for (int i = 1; i < r.words.size(); i++) {
        int g = r.words.get(i).left() - r.words.get(i - 1).right();
        if (g > 0) {
          gaps.add(g);
        }
      }
    }
    if (gaps.isEmpty()) {
      return 1;
    }
    int[] g = gaps.stream().mapToInt(Integer::intValue).sorted().toArray();
    int q1 = g[g.length / 4];
    int[] narrow = Arrays.stream(g).filter(x -> x <= 2 * q1).toArray();
    return Math.max(1, narrow[narrow.length / 2]);
  }

  /** The usual step from one line's base to the next's (the median). */
  static double step(List<Row> rows) {
    if (rows.size() < 2) {
      return 0;
    }
    int[] s = new int[rows.size() - 1];
    for (int i = 1; i < rows.size(); i++) {
      s[i - 1] = rows.get(i).base - rows.get(i - 1).base;
    }
    Arrays.sort(s);
    return s[s.length / 2];
  }

  /**
   * Dust, not print: a box under a fifth of a word's usual height both ways (a scan's specks, which Tesseract reads
   * as ".", ":" or "l", are 2 to 4 pixels at 200 dpi). A dash is as flat but wider (7 or 8 pixels), and stays.
   */
  static boolean speck(Word w, int typical) {
    return w.height() * SPECK < typical && w.width() * SPECK < typical;
  }
}
