package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.xaso.importer.OcrRows.Row;

/**
 * {@link OcrTabTables} alone, on lines {@link OcrRows} made of a page drawn as in OcrTabStopsTest (12 pixels a letter,
 * 10 a space, 40 a line; each passage line "LINE X words"). A line's tabs are shown as "\t" before the words a tab
 * opens; a line the part leaves alone starts with "-".
 */
class OcrTabTablesTest {
  private static List<Row> lines(String passage) {
    List<Row> rows = OcrRows.rows(OcrPages.page(passage.strip().split("\n")));
    double space = OcrRows.space(rows);
    return rows.stream().map(r -> r.on(1, space)).toList();
  }

  private static String shown(List<Row> rows, boolean[][] tabs) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      StringBuilder line = new StringBuilder(tabs[i] == null ? "-" : "");
      List<OcrLayout.Word> words = rows.get(i).words();
      for (int k = 0; k < words.size(); k++) {
        line.append(k == 0 ? "" : tabs[i] != null && tabs[i][k] ? "\t" : " ").append(words.get(k).text());
      }
      out.add(line.toString());
    }
    return String.join("\n", out) + "\n";
  }

  @Test
  void aRunUnderAHeaderWithTheRowsCellsIsTabbedAtItsStops() {
    // "8" stands on the first column's stop ten pixels after "thể": it opens its cell. The paragraph below is left.
    List<Row> rows = lines("""
        1 100 Khối
        1 342 Máy tính
        1 600 Máy in
        2 100 Đảng ủy xã
        2 342 12
        2 600 4
        3 100 UBND xã
        3 342 38
        3 600 13
        4 100 Mặt trận và đoàn thể 8
        4 600 3
        6 100 Khối Đảng có 05 máy kết nối mạng.
        """);
    assertEquals("""
        Khối\tMáy tính\tMáy in
        Đảng ủy xã\t12\t4
        UBND xã\t38\t13
        Mặt trận và đoàn thể\t8\t3
        -Khối Đảng có 05 máy kết nối mạng.
        """, shown(rows, OcrTabTables.tabbed(rows, OcrLayout.MEASURED)));
  }

  @Test
  void aRunWithoutAHeaderOrWithPipesIsLeftAlone() {
    List<Row> noHeader = lines("""
        1 100 Đảng ủy xã
        1 342 12
        1 600 4
        2 100 UBND xã
        2 342 38
        2 600 13
        """);
    assertEquals("-Đảng ủy xã 12 4\n-UBND xã 38 13\n", shown(noHeader, OcrTabTables.tabbed(noHeader, OcrLayout.MEASURED)));
    List<Row> piped = lines("""
        1 100 |Khối
        1 342 |Máy tính
        1 600 |Máy in|
        2 100 |Đảng ủy xã
        2 342 |12
        2 600 |4|
        3 100 |UBND xã
        3 342 |38
        3 600 |13|
        """);
    assertEquals("-|Khối |Máy tính |Máy in|\n-|Đảng ủy xã |12 |4|\n-|UBND xã |38 |13|\n",
        shown(piped, OcrTabTables.tabbed(piped, OcrLayout.MEASURED)));
  }

  @Test
  void aLinesWideGapsAndWhetherItHeadsATable() {
    List<Row> rows = lines("""
        1 100 Khối
        1 342 Máy tính
        1 600 Máy in
        2 100 Đảng ủy xã
        2 342 12
        2 600 4
        """);
    assertEquals(2, OcrTabTables.gaps(rows.get(0), OcrLayout.MEASURED));
    assertEquals(2, OcrTabTables.gaps(rows.get(1), OcrLayout.MEASURED));
    assertTrue(OcrTabTables.header(rows.get(0)));
    assertFalse(OcrTabTables.header(rows.get(1)));
  }
}
