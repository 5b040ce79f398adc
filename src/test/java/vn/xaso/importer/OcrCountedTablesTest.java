package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.xaso.importer.OcrLayout.Word;
import vn.xaso.importer.OcrRows.Row;

/**
 * {@link OcrCountedTables} alone, on lines {@link OcrRows} made of a page drawn as in OcrTabStopsTest (12 pixels a
 * letter, 10 a space, 40 a line; each passage line "LINE X words"), no line tabbed before. A line's tabs are shown as
 * "\t" before the words a tab opens, a word whose figure opens a cell as "[word]"; a line left alone starts with "-".
 */
class OcrCountedTablesTest {
  private static String counted(String passage) {
    List<Row> rows = OcrRows.rows(OcrPages.page(passage.strip().split("\n")));
    double space = OcrRows.space(rows);
    rows = rows.stream().map(r -> r.on(1, space)).toList();
    boolean[][] tabs = new boolean[rows.size()][];
    Set<Word> split = new HashSet<>();
    OcrCountedTables.counted(rows, OcrLayout.MEASURED, tabs, split);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      StringBuilder line = new StringBuilder(tabs[i] == null ? "-" : "");
      List<Word> words = rows.get(i).words();
      for (int k = 0; k < words.size(); k++) {
        String text = split.contains(words.get(k)) ? "[" + words.get(k).text() + "]" : words.get(k).text();
        line.append(k == 0 ? "" : tabs[i] != null && tabs[i][k] ? "\t" : " ").append(text);
      }
      out.add(line.toString());
    }
    return String.join("\n", out) + "\n";
  }

  @Test
  void rowsEndingInAsManyFiguresAsTheHeaderHasCellsAfterItsFirst() {
    // The rows' figures stand one space after their labels, at no column's place: counted from the row's end.
    assertEquals("""
        Chỉ tiêu\tTháng 10\tTháng 11\tCộng
        Tiếp nhận\t760\t786\t1.546
        Giải quyết đoàn [thể10]\t12\t22
        """, counted("""
        1 100 Chỉ tiêu
        1 400 Tháng 10
        1 600 Tháng 11
        1 800 Cộng
        2 100 Tiếp nhận 760 786 1.546
        3 100 Giải quyết đoàn thể10 12 22
        """));
  }

  @Test
  void oneRowOrARowNumbersHeaderIsLeftAlone() {
    assertEquals("""
        -Chỉ tiêu Tháng 10 Tháng 11 Cộng
        -Tiếp nhận 760 786 1.546
        """, counted("""
        1 100 Chỉ tiêu
        1 400 Tháng 10
        1 600 Tháng 11
        1 800 Cộng
        2 100 Tiếp nhận 760 786 1.546
        """));
    assertEquals("""
        -TT Chỉ tiêu Tháng 10 Cộng
        -1 Tiếp nhận 760 1.546
        -2 Giải quyết 750 1.530
        """, counted("""
        1 100 TT
        1 200 Chỉ tiêu
        1 500 Tháng 10
        1 800 Cộng
        2 100 1 Tiếp nhận 760 1.546
        3 100 2 Giải quyết 750 1.530
        """));
  }
}
