package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.xaso.importer.OcrLayout.Box;
import vn.xaso.importer.OcrLayout.Place;
import vn.xaso.importer.OcrLayout.Word;
import vn.xaso.importer.OcrRows.Row;

/**
 * {@link OcrRows} alone: word boxes to text lines, a page's space and line step, specks. Each passage gives per line
 * Tesseract's block, its line, the x of its first word and its words; drawn as in OcrLayoutTest (12 pixels a letter,
 * 10 a space, 40 a line, 30 high).
 */
class OcrRowsTest {
  /** Word boxes from lines "BLOCK LINE X words…". */
  private static List<Word> boxes(String passage) {
    List<Word> out = new ArrayList<>();
    for (String row : passage.strip().split("\n")) {
      String[] f = row.strip().split(" ", 4);
      int block = Integer.parseInt(f[0]);
      int line = Integer.parseInt(f[1]);
      int left = Integer.parseInt(f[2]);
      for (String w : f[3].split(" ")) {
        out.add(new Word(new Place(1, block, 1, line), new Box(left, 100 + 40 * line, 12 * w.length(), 30), 95, w));
        left += 12 * w.length() + 10;
      }
    }
    return out;
  }

  private static List<String> texts(List<Row> rows) {
    return rows.stream().map(r -> String.join(" ", r.words().stream().map(Word::text).toList())).toList();
  }

  @Test
  void columnsTesseractReadAsTwoBlocksAreOneLine() {
    // The letterhead's right column read as block 2 stands beside block 1's lines: one line each, in order of x.
    List<Row> rows = OcrRows.rows(boxes("""
        2 1 700 CỘNG HÒA
        1 1 100 ỦY BAN
        1 2 100 XÃ AN PHÚ
        2 2 700 Độc lập
        """));
    assertEquals(List.of("ỦY BAN CỘNG HÒA", "XÃ AN PHÚ Độc lập"), texts(rows));
    assertEquals(170, rows.get(0).base());
    assertEquals(210, rows.get(1).base());
  }

  @Test
  void linesOfTwoBlocksWhoseWordsOverlapStayApart() {
    // Words one over the other are no columns side by side: the two lines are left as Tesseract read them.
    List<Row> rows = OcrRows.rows(boxes("""
        1 1 100 Đơn vị
        2 1 110 tính
        """));
    assertEquals(List.of("Đơn vị", "tính"), texts(rows));
  }

  @Test
  void aPagesSpaceIsItsNarrowGapsNotItsTablesGutters() {
    // Three table gaps of 200 pixels or more against four spaces of 10: the space is 10, the step 40.
    List<Row> rows = OcrRows.rows(boxes("""
        1 1 100 Số hồ sơ
        1 2 100 Tiếp nhận
        1 3 100 Đúng hạn
        """));
    List<Word> table = new ArrayList<>(boxes("1 4 100 Cộng"));
    table.add(new Word(new Place(1, 1, 1, 4), new Box(360, 260, 24, 30), 95, "12"));
    table.add(new Word(new Place(1, 1, 1, 4), new Box(600, 260, 24, 30), 95, "34"));
    table.add(new Word(new Place(1, 1, 1, 4), new Box(850, 260, 24, 30), 95, "56"));
    List<Word> all = new ArrayList<>(rows.stream().flatMap(r -> r.words().stream()).toList());
    all.addAll(table);
    List<Row> page = OcrRows.rows(all);
    assertEquals(10.0, OcrRows.space(page));
    assertEquals(40.0, OcrRows.step(page));
    assertEquals(0.0, OcrRows.step(page.subList(0, 1)));
  }

  @Test
  void aSpeckIsSmallBothWaysADashIsNot() {
    Word speck = new Word(new Place(1, 1, 1, 1), new Box(300, 140, 4, 4), 30, ".");
    Word dash = new Word(new Place(1, 1, 1, 1), new Box(300, 150, 8, 3), 60, "-");
    assertTrue(OcrRows.speck(speck, 30));
    assertFalse(OcrRows.speck(dash, 30));
  }
}
