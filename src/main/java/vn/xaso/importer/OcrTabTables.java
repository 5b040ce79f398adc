package vn.xaso.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.xaso.importer.OcrLayout.Spacing;
import vn.xaso.importer.OcrRows.Row;

/**
 * Which scanned lines are rows of a table without rules whose cells stand at common stops, to be parted by tabs
 * (split from {@link OcrLayout}; round 22, its stops since round 24): a run of lines with wide gaps under a header,
 * flush left, each holding the run's usual number of cells. It decides from where the boxes stand; the tables whose
 * columns stand at other places row by row are {@link OcrCountedTables}', which ask this part what a line's gaps and
 * a header are.
 *
 * <p>A pure function of the lines, tested alone in {@code OcrTabTablesTest} (and {@code OcrTabStopsTest}).
 */
final class OcrTabTables {
  private OcrTabTables() {}

  /** How many wide gaps a line has: its cells less one, in a table's row. */
  static int gaps(Row r, Spacing spacing) {
    double space = r.space();
    int n = 0;
    for (int k = 1; k < r.words().size(); k++) {
      if (r.words().get(k).left() - r.words().get(k - 1).right() >= spacing.wide() * space) {
        n++;
      }
    }
    return n;
  }

  /** How far right of a page's margin (in spaces) a line starts to stand under a table's column, not beside it. */
  private static final int UNDER = 4;

  /**
   * Which lines are rows of a table whose cells are parted by tabs, and before which of their words a tab stands
   * (round 22; its stops since round 24): a run of lines with wide gaps (a line of words between two of them, a
   * wrapped label, counts in the run), none with pipes, all flush left, the first a header (its last cell not a
   * figure). A tab moves the next cell to a column's stop whatever the text before it, so such a table's rows come out
   * of the page one cell width apart, which runs of spaces in proportion to the gaps cannot line up; written with tabs,
   * they read as typed tab tables do. The stops are where the rows' cells start (measured from each line's own start,
   * as a scan shifts lines sideways), over the rows with the run's most usual number of cells; under the header, a
   * figure starting on a stop opens a cell even after a narrow gap (a label run up to its figure: "Mặt trận và đoàn
   * thể 8"). The lines from the header down that then hold as many cells are tabbed, two at least, when at most the
   * run's last line does not (a sum whose figures OCR ran together); a row short of cells above other rows leaves the
   * run spaced, as round 22 did. A header's words are not parted at stops (a typed header's cells stand at other stops
   * than its rows'). A table typed with spaces (a header broken over two lines, labels indented under "Trong đó", rows
   * of unequal cells) keeps its runs of spaces, whose columns {@link Layout} finds from the block as a whole. Other
   * lines: null.
   */
  static boolean[][] tabbed(List<Row> rows, Spacing spacing) {
    boolean[][] out = new boolean[rows.size()][];
    Map<Integer, Integer> margins = new LinkedHashMap<>();
    for (Row r : rows) {
      margins.merge(r.page(), r.words().get(0).left(), Math::min);
    }
    int i = 0;
    while (i < rows.size()) {
      int j = i;
      boolean cells = true;
      while (j < rows.size()) {
        Row r = rows.get(j);
        int g = gaps(r, spacing);
        if (g == 0 && r.words().get(0).left() - margins.get(r.page()) < UNDER * r.space()) {
          if (j > i && j + 1 < rows.size() && gaps(rows.get(j + 1), spacing) > 0) {
            j++;
            continue;
          }
          break;
        }
        if (r.words().stream().anyMatch(w -> w.text().contains("|"))) {
          cells = false;
        }
        j++;
      }
      if (cells && j > i + 1 && header(rows.get(i))) {
        int k = tabbedFrom(rows.subList(i, j), spacing, out, i);
        j = Math.max(k, i + 1);
      }
      i = Math.max(j, i + 1);
    }
    return out;
  }

  /** Tabs the lines of a run from its header down while they hold the run's cells; returns the line after the last. */
  private static int tabbedFrom(List<Row> run, Spacing spacing, boolean[][] out, int at) {
    // The most usual number of wide gaps among the rows under the header, two at least, and the stops of those rows.
    Map<Integer, Integer> counts = new LinkedHashMap<>();
    for (Row r : run.subList(1, run.size())) {
      counts.merge(gaps(r, spacing), 1, Integer::sum);
    }
    int usual = counts.entrySet().stream().filter(e -> e.getKey() >= 2)
        .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).orElse(0);
    if (usual < 2 || counts.get(usual) < 2 && run.size() > 2) {
      return at + run.size();
    }
    double[] stops = new double[usual];
    for (int c = 0; c < usual; c++) {
      List<Integer> starts = new ArrayList<>();
      for (Row r : run.subList(1, run.size())) {
        if (gaps(r, spacing) == usual) {
          starts.add(starts(r, spacing).get(c));
        }
      }
      starts.sort(null);
      stops[c] = starts.get(starts.size() / 2);
    }
    int k = 0;
    while (k < run.size()) {
      Row r = run.get(k);
      double space = r.space();
      boolean[] tabs = new boolean[r.words().size()];
      int n = 0;
      for (int w = 1; w < r.words().size(); w++) {
        int gap = r.words().get(w).left() - r.words().get(w - 1).right();
        int from = r.words().get(w).left() - r.words().get(0).left();
        boolean onStop = false;
        for (double stop : stops) {
          onStop |= Math.abs(from - stop) <= 1.5 * space;
        }
        if (gap >= spacing.wide() * space || onStop && k > 0 && LAST_FIGURE.matcher(r.words().get(w).text()).matches()) {
          tabs[w] = true;
          n++;
        }
      }
      if (n != usual) {
        break;
      }
      out[at + k] = tabs;
      k++;
    }
    // A row that does not hold the run's cells ends the table only as its last line (a sum OCR ran together): above
    // rows still to come, the run stays spaced, as its rows' columns are then not the stops'.
    if (k < 2 || !flush(run.subList(0, k)) || run.size() - k > 1) {
      for (int m = 0; m < k; m++) {
        out[at + m] = null;
      }
      return at + run.size();
    }
    return at + k;
  }

  /** Where a line's cells after the first start, measured from the line's own start. */
  private static List<Integer> starts(Row r, Spacing spacing) {
    double space = r.space();
    List<Integer> out = new ArrayList<>();
    for (int k = 1; k < r.words().size(); k++) {
      if (r.words().get(k).left() - r.words().get(k - 1).right() >= spacing.wide() * space) {
        out.add(r.words().get(k).left() - r.words().get(0).left());
      }
    }
    return out;
  }

  /** Whether lines start within two spaces of one another: no label indented under another. */
  private static boolean flush(List<Row> rows) {
    int least = rows.stream().mapToInt(r -> r.words().get(0).left()).min().orElse(0);
    return rows.stream().allMatch(r -> r.words().get(0).left() - least <= 2 * r.space());
  }

  /** A figure as a row's last cell (a sign, a speck OCR read before it, digits, a share); or a dash for none. */
  static final Pattern LAST_FIGURE = Pattern.compile("[-+–«#*]*\\d[\\d.,]*%?|[-–]");

  /** Whether a line heads a table: its last cell is not a figure (a table's first line on a page may be a row). */
  static boolean header(Row r) {
    return !LAST_FIGURE.matcher(r.words().get(r.words().size() - 1).text()).matches();
  }
}
