package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A table's header and its units ({@link Headers}), tested alone. */
class HeadersTest {
  @Test
  void aHeaderOfTwoRowsGivesEachColumnTheCellAboveIt() {
    String top = "|          |   Tuần 50     |   Tuần 49     |";
    String low = "|          | Số  | Tỷ lệ   | Số  | Tỷ lệ   |";
    List<int[]> edges = Headers.edges(top, 3);
    List<Integer> mids = Headers.middles(low, 5);
    assertEquals(List.of("", "Tuần 50", "Tuần 50", "Tuần 49", "Tuần 49"),
        Headers.spanned(edges, List.of("", "Tuần 50", "Tuần 49"), mids));
    assertEquals(List.of(), Headers.middles("a\tb", 2), "tabs give no positions");
  }

  @Test
  void captionsAreLinesOpeningWithTableAndItsNumber() {
    assertTrue(Headers.caption("Bảng 1. Kết quả tiếp nhận, giải quyết hồ sơ TTHC"));
    assertTrue(Headers.caption("Biểu số 02: Thiết bị"));
    assertFalse(Headers.caption("Bảng tổng hợp kèm theo"));
    assertFalse(Headers.caption("Theo Bảng 1. trên"));
  }

  @Test
  void unitsAreJoinedToTheirColumnsTheLabelsColumnWithoutOne() {
    assertEquals(List.of("Nội dung", "Tháng này (hồ sơ)", "Lũy kế (hồ sơ)"),
        Headers.withUnits("Nội dung\tTháng này\tLũy kế", "\t(hồ sơ)\t(hồ sơ)"));
    assertEquals(List.of("Khối", "Máy tính (máy)", "Máy in (chiếc)"),
        Headers.withUnits("| Khối | Máy tính | Máy in |", "| | (máy) | (chiếc) |"));
    assertNull(Headers.withUnits("Nội dung\tTháng này\tLũy kế", "Tiếp nhận\t402\t2.210"), "a row of figures is no units row");
    assertNull(Headers.withUnits("Nội dung\tTháng này\tLũy kế", "\t(hồ sơ)"), "one unit does not say the columns");
    assertNull(Headers.withUnits("Tiếp nhận\t402\t2.210", "\t(hồ sơ)\t(hồ sơ)"), "a row of figures is no header");
  }

  @Test
  void theColumnOfUnitsAndTheUnitAColumnNames() {
    List<String> header = List.of("STT", "Chỉ tiêu", "ĐVT", "Số liệu");
    assertTrue(Headers.unitColumn(header, 2), "\"ĐVT\" folds to the column of units");
    assertFalse(Headers.unitColumn(header, 1));
    assertFalse(Headers.unitColumn(List.of("TT", "Đơn vị", "Máy tính"), 1), "\"Đơn vị\" first names the rows' bodies");
    assertEquals("hồ sơ", Headers.unitOf("Tháng 12 (01/12 - 15/12) (hồ sơ)"), "the last bracket without digits");
    assertEquals("", Headers.unitOf("Lũy kế (từ 01/7)"));
    assertEquals("hồ sơ", Headers.headingUnit("Số liệu từ phần mềm (ĐVT: hồ sơ)"));
    assertEquals("", Headers.headingUnit("Kết quả giải quyết hồ sơ (đơn vị tính: %)"), "the unit stated wins over other words");
  }
}
