package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The cells of one line, however OCR or a paste parted them ({@link Cells}), tested alone. */
class CellsTest {
  @Test
  void aRowOcrMisreadKeepsItsColumns() {
    assertTrue(Cells.rule(Cells.cells("|mmm-nnnnn-===mmmm anna| re |")), "letters thrice running are no words");
    assertTrue(Cells.rule(Cells.cells("|nnnn-nnnnnnnn anna n|")), "a rule whose inner pipes were lost");
    assertFalse(Cells.rule(Cells.cells("| Hồ sơ tiếp nhận | 230 |")));
    assertEquals(List.of("Đúng hạn", "174", "165"), Cells.cells("| - Đúng hạn [174 |165 |").subList(0, 3).stream()
        .map(c -> c.replaceFirst("^- ", "")).toList());
    List<String> header = List.of("Chỉ tiêu", "Kỳ này", "Kỳ trước");
    assertEquals(List.of("Hồ sơ tiếp nhận", "230", "201"), Cells.mendRow(header, Cells.cells("| Hồ sơ tiếp nhận 230 |201 |")));
    List<String> whole = Cells.cells("| Hồ sơ tiếp nhận | 230 | 201 |");
    assertEquals(whole, Cells.mendRow(header, whole), "a row with all its cells is kept");
  }

  @Test
  void aTableWhoseCellsOcrPartedBySpaces() {
    String[] raw = {"Cấp độ Số thủ tục Tỷ lệ (%) Có phát sinh hồ sơ", "Toàn trình 140 45,2 51", "", "Một phần 152 49,0 63",
        "Trực tiếp 18 5,8 -", "Sau bảng là lời văn có 3 số."};
    String[] read = Cells.spacedTables(raw);
    assertEquals("Cấp độ\tSố thủ tục\tTỷ lệ (%)\tCó phát sinh hồ sơ", read[0]);
    assertEquals("Toàn trình\t140\t45,2\t51", read[1]);
    assertEquals("Trực tiếp\t18\t5,8\t-", read[4]);
    assertEquals(raw[5], read[5], "prose after the table stays prose");
    for (int i = 0; i < raw.length; i++) {
      assertEquals(raw[i].length(), read[i].length(), "offsets kept");
    }
    String[] prose = {"Kết quả thực hiện trong tháng như sau", "Tiếp nhận 120", "Máy tính hiện có 15"};
    assertArrayEquals(prose, Cells.spacedTables(prose), "columns a header does not name are no table");
    String[] one = {"Mức độ Số thủ tục Tỷ lệ (%)", "Toàn trình 171 52,3"};
    assertArrayEquals(one, Cells.spacedTables(one), "one row is no table");
  }

  @Test
  void ruleLinesAndFigureTailsOcrLeaves() {
    assertTrue(Cells.rule(Cells.cells("—† | | |")), "a rule of symbols and empty cells");
    assertTrue(Cells.rule(Cells.cells("TH ——.. .. —.")), "a rule whose pipes were all lost");
    assertTrue(Cells.cells("Tiếp nhận 120 hồ sơ.").isEmpty(), "prose is no table");
    assertTrue(Cells.cells("Trên đây là báo cáo kết quả./.").isEmpty(), "a sign-off's marks are no rule");
    assertEquals(List.of("Tổng số TTHC", "TTHC", "331"), Cells.cells("| Tổng số TTHC | TTHC |331.-- |"));
    assertEquals(List.of("Tiếp nhận", "2.145", ""), Cells.cells("| Tiếp nhận |2.145_ | |"));
  }

  @Test
  void figuresOneSpaceApartAreTheColumnsWhoseRulesOcrLost() {
    List<String> header = List.of("Khối", "Máy tính", "Máy in", "Máy quét");
    assertEquals(List.of("Khối Đảng", "12", "09", "3"), Cells.mendRow(header, List.of("Khối Đảng", "12 09", "3")));
    assertEquals(List.of("Khối Đảng", "12 09"), Cells.mendRow(header, List.of("Khối Đảng", "12 09")),
        "figures that do not make the header's count are left as they are");
    assertTrue(Tables.row("Máy tính\t14"));
    assertFalse(Tables.row("Máy tính: 14 máy."));
  }
}
