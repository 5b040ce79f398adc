package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A row read under its header ({@link Tables}), tested alone. */
class TablesTest {
  @Test
  void weeksAndDatedSpansInAHeader() {
    assertTrue(PeriodColumns.earlierColumn(List.of("Chỉ tiêu", "Tuần 48", "Tuần 49"), "Tuần 48"));
    assertFalse(PeriodColumns.earlierColumn(List.of("Chỉ tiêu", "Tuần 48", "Tuần 49"), "Tuần 49"));
    assertTrue(Headers.header(List.of("Chỉ tiêu", "Thực hiện (01/7-14/12/2025)", "Ước thực hiện đến 31/12/2025")));
    assertFalse(Headers.header(List.of("Biên chế", "71/75")), "a fraction is a figure");
    String estimate = Tables.reading(List.of("Chỉ tiêu", "Thực hiện (01/7-14/12/2025)", "Ước thực hiện đến 31/12/2025"),
        List.of("Hồ sơ tiếp nhận", "6.842", "7.420"));
    assertEquals("Hồ sơ tiếp nhận: 6.842.", estimate, "the estimate not read, the bracket of dates no unit");
    String change = Tables.reading(List.of("Nội dung", "Kỳ này", "Tăng (+), giảm (-)"), List.of("Hồ sơ tiếp nhận", "1.127", "+214"));
    assertEquals("Hồ sơ tiếp nhận: 1.127.", change, "a signed change is not even a note");
  }

  @Test
  void aHeadingOnHandlingDossiersGivesATablesBareFiguresTheirUnit() {
    assertEquals("hồ sơ", Headers.headingUnit("IV. KẾT QUẢ GIẢI QUYẾT TTHC"));
    assertEquals("hồ sơ", Headers.headingUnit("2. Hồ sơ trong tuần"));
    assertEquals("", Headers.headingUnit("1. Thủ tục hành chính"), "procedures are counted in procedures");
    assertEquals("", Headers.headingUnit("3. Hạ tầng"));
    assertEquals("Tiếp nhận mới: 1.246 hồ sơ.", Tables.reading(List.of("Chỉ tiêu", "Tháng 11/2025"), List.of("Tiếp nhận mới", "1.246"), null, "hồ sơ"));
    assertEquals("Tỷ lệ trực tuyến: 82,7.", Tables.reading(List.of("Chỉ tiêu", "Tháng 11/2025"), List.of("Tỷ lệ trực tuyến", "82,7"), null, "hồ sơ"),
        "a share takes no count's unit");
  }

  @Test
  void aGroupRowASubRowAndTheLabelOfARow() {
    assertEquals("Thủ tục hành chính", Tables.group(List.of("II", "Thủ tục hành chính", "", "")));
    assertNull(Tables.group(List.of("1", "Tiếp nhận", "412")), "a row with a figure is no group");
    List<String> header = List.of("STT", "Nội dung", "ĐVT", "Số lượng");
    assertEquals("Tiếp nhận", Tables.label(header, List.of("1", "Tiếp nhận", "hồ sơ", "412")));
    assertEquals("Hồ sơ tiếp nhận trực tuyến: 380 hồ sơ.",
        Tables.reading(header, List.of("", "- trực tuyến", "hồ sơ", "380"), "Hồ sơ tiếp nhận"));
    assertTrue(Tables.subRow("+ Trực tiếp"));
  }
}
