package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The text's lines with its tables gathered into rows ({@link TableLines}), tested alone. */
class TableLinesTest {
  @Test
  void theRowsOfAPastedTableAreCutByTheirWidthThenByTheNextNumber() {
    String[] raw = {"1", "Đảng ủy xã", "11", "2", "2", "UBND xã"};
    assertEquals(4, TableLines.numberedRow(raw, 0, 4, 1), "the next number right after the width");
    String[] short_ = {"1", "Đảng ủy xã", "11", "2", "UBND xã", "35"};
    assertEquals(3, TableLines.numberedRow(short_, 0, 4, 1), "an empty last cell left no line: cut at the next number");
  }

  @Test
  void linesOfProseAndShortLinesAreNoTable() {
    String[] raw = """
        Xã đã triển khai
        các nhiệm vụ sau
        Tuyên truyền
        Tập huấn
        Hỗ trợ người dân
        """.split("\n");
    assertEquals(0, TableLines.labelledWidth(raw, 0), "no figures: no rows");
    String[] one = {"Nội dung", "Số lượng", "Hồ sơ tiếp nhận", "412", "Đề nghị tỉnh hỗ trợ thêm."};
    assertEquals(0, TableLines.labelledWidth(one, 0), "one row is no table");
    String[] two = {"Nội dung", "Số lượng", "Hồ sơ tiếp nhận", "412", "Đã giải quyết", "405"};
    assertEquals(2, TableLines.labelledWidth(two, 0));
  }

  @Test
  void aTablePastedOneCellPerLineIsGatheredIntoRows() {
    String[] raw = {"Chỉ tiêu", "Số lượng", "Tỷ lệ (%)", "Hồ sơ trực tuyến", "1.204", "88,1", "Hồ sơ trực tiếp", "163", "11,9",
        "Xã đã hoàn thành kế hoạch."};
    List<TableLines.Line> lines = TableLines.lines(raw);
    assertEquals(List.of("Hồ sơ trực tuyến", "1.204", "88,1"), List.of(lines.get(1).text().split("\t")));
    assertEquals(List.of(4, 5, 6), java.util.Arrays.stream(lines.get(1).lines()).boxed().toList(), "each cell knows its line");
    assertEquals("Xã đã hoàn thành kế hoạch.", lines.get(lines.size() - 1).text(), "prose after the table stays a line");
    assertTrue(TableLines.sumRow(new String[] {"", "Tổng cộng", "53", "16"}, 0, 3));
    assertFalse(TableLines.sumRow(new String[] {"", "UBND xã", "53", "16"}, 0, 3), "a body's row is no sum");
  }
}
