package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Round 23: a section's heading line between two tables typed with spaces ("III. KẾT QUẢ …" right under the last row
 * of one, right over the header of the next) ends the first table, so each takes its own columns and header; the
 * columns of months beside the quarter ("Tháng 4 | Tháng 5 | Tháng 6 | Quý II") are then read as parts of the
 * period, and the quarter's column as the period's. Passages written anew for this test; a Roman group row inside
 * one table ("II. KHỐI ĐẢNG" over rows of figures, not over a header) does not part it.
 */
class SectionBetweenTablesTest {
  private static final String SIGNED = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nPhạm Thị Hoa\n";

  private static final String TWO_TABLES = """
      II. THỦ TỤC HÀNH CHÍNH
      Mức độ                       Số TTHC      Có hồ sơ phát sinh
      Toàn trình                     203           57
      Một phần                       164           92
      III. TIẾP NHẬN HỒ SƠ QUÝ II/2026
      Chỉ tiêu              Tháng 4    Tháng 5    Tháng 6      Quý II
      Tiếp nhận                 402        377        455       1.234
      Đã giải quyết             390        361        440       1.191
      """;

  private static List<List<String>> rows(String text) {
    return Layout.blocks(text.split("\n", -1)).values().stream()
        .map(b -> b.rows().stream().map(l -> l.kind() + " " + l.cells()).toList()).toList();
  }

  @Test
  void aSectionHeadingBetweenTwoTablesPartsThem() {
    List<List<String>> tables = rows(TWO_TABLES);
    assertEquals(2, tables.size(), "tables: " + tables);
    assertEquals("HEADER [Chỉ tiêu, Tháng 4, Tháng 5, Tháng 6, Quý II]", tables.get(1).get(0));
    assertEquals("ROW [Tiếp nhận, 402, 377, 455, 1.234]", tables.get(1).get(1));
    Map<String, Object> v = Extractor.extract("BÁO CÁO\n" + TWO_TABLES + SIGNED, null).values();
    assertEquals(1234, v.get("dossiers.received"));
    assertEquals(1191, v.get("dossiers.resolved"));
    assertFalse(v.containsValue(455), "a month's column: " + v);
  }

  @Test
  void aRomanGroupRowInsideOneTableDoesNotPartIt() {
    List<List<String>> tables = rows("""
        STT   Nội dung                    Số lượng
        I. KHỐI CHÍNH QUYỀN
        1     Máy tính                       24
        2     Máy in                          7
        II. KHỐI ĐẢNG
        1     Máy tính                        9
        2     Máy in                          3
        """);
    assertEquals(1, tables.size(), "tables: " + tables);
  }
}
