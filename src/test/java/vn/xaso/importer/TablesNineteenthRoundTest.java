package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Round 19 of #23: table shapes read by their structure (a sum column over columns of periods, a row per period
 * flattened from PDF, the shared office's column, a table by kind of staff with its sum row, a line introducing a
 * table of dossiers), each on a table written here anew.
 */
class TablesNineteenthRoundTest {
  private static final String LETTERHEAD = "ỦY BAN NHÂN DÂN\nXÃ TÂN PHONG BẮC\nSố: 318/BC-UBND                 Tân Phong Bắc, ngày 22 tháng 9 năm 2025\n"
      + "BÁO CÁO\nKết quả chuyển đổi số quý III năm 2025\n";
  private static final String SIGNED = Passages.signOff("Đinh Văn Tâm");

  private static Map<String, Object> values(String body) {
    return Extractor.extract(LETTERHEAD + body + SIGNED, null).values();
  }

  @Test
  void aSumColumnOverMonthsAndAPartOfAMonthIsTheQuarters() {
    Map<String, Object> v = values("""
        1. Giải quyết thủ tục hành chính (đơn vị: hồ sơ):

        Nội dung                Tháng 7    Tháng 8    01-20/9    Cộng quý III
        Tiếp nhận                   520        498        301           1.319
        Đã giải quyết               511        490        280           1.281
        Đang giải quyết               -          -          -              38
        """);
    assertEquals(1319, v.get("dossiers.received"), v.toString());
    assertEquals(1281, v.get("dossiers.resolved"));
    assertEquals(38, v.get("dossiers.in_progress"));
    assertFalse(v.containsValue(301), "the days of the last month are a part of the quarter: " + v);
  }

  @Test
  void daysOfOneMonthAreASpanAndTheSumColumnIsNoPart() {
    List<String> header = List.of("Nội dung", "Tháng 7", "Tháng 8", "01-20/9", "Cộng quý III");
    assertTrue(SpanColumns.notThePeriods(header, "01-20/9"));
    assertFalse(SpanColumns.notThePeriods(header, "Cộng quý III"), "the sum's column is the period's");
    assertTrue(LayoutLines.headerCells(header), "days of a month in a header cell are no figure");
    assertFalse(LayoutLines.headerCells(List.of("Tiếp nhận", "10-12")), "a range of figures without its month is");
  }

  @Test
  void theSharedOfficesColumnCountsForTheGovernment() {
    assertEquals("chính quyền", BlockRows.bodyOf("HĐND, UBND xã"));
    assertEquals("Đảng", BlockRows.bodyOf("Khối Đảng"));
    assertNull(BlockRows.bodyOf("Tổng"));
    Map<String, Object> v = values("""
        2. Hạ tầng số
        | Thiết bị          | Khối Đảng | HĐND, UBND xã | MTTQ, đoàn thể | Tổng |
        |-------------------|-----------|---------------|----------------|------|
        | Máy tính (chiếc)  | 9         | 33            | 6              | 48   |
        | Máy in (chiếc)    | 3         | 11            | 2              | 16   |
        """);
    assertEquals(33, v.get("infrastructure.government.hardware.computers"), v.toString());
    assertEquals(11, v.get("infrastructure.government.hardware.printers"));
    assertNull(v.get("infrastructure.council.hardware.computers"));
  }

  @Test
  void aRowOpeningWithTrongDoIsAPartOfTheRowAbove() {
    assertFalse(Tables.subRow("trong đó trước hạn"), "rows under it still take it for their parent");
    assertEquals("Máy tính kết nối mạng WAN: 10.",
        Tables.reading(List.of("Thiết bị", "Số lượng"), List.of("trong đó kết nối mạng WAN", "10"), "Máy tính"));
    assertEquals("Trực tuyến trong đó: 10.", Tables.reading(List.of("Thiết bị", "Số lượng"), List.of("Trực tuyến trong đó", "10"),
        "Máy tính"), "only a label opening with it");
    assertEquals("Hồ sơ tiếp nhận trực tuyến: 214 hồ sơ.",
        Tables.reading(List.of("Chỉ tiêu", "Số lượng (hồ sơ)"), List.of("Trong đó: trực tuyến", "214"), "Hồ sơ tiếp nhận"));
  }

  @Test
  void aLineEndingWithAColonThatNamesDossiersIntroducesTheirTable() {
    assertTrue(Headers.caption("Tình hình giải quyết hồ sơ trong tháng như sau:"));
    assertEquals("hồ sơ", Headers.headingUnit("Tình hình giải quyết hồ sơ trong tháng như sau:"));
    assertFalse(Headers.caption("UBND xã tổng hợp số liệu như sau:"), "no dossiers named, only mended into them");
    assertFalse(Headers.caption("Hồ sơ được giải quyết đúng hạn."), "no colon: a sentence");
    Map<String, Object> v = values("""
        1. Thủ tục hành chính
        Kết quả giải quyết hồ sơ trong quý như sau:
        | Chỉ tiêu        | Quý II/2025 | Quý III/2025 |
        |-----------------|-------------|--------------|
        | Tiếp nhận       | 1.102       | 1.240        |
        | Đã giải quyết   | 1.090       | 1.215        |
        | Đang giải quyết | 12          | 25           |
        """);
    assertEquals(1215, v.get("dossiers.resolved"), v.toString());
    assertEquals(25, v.get("dossiers.in_progress"));
  }

  @Test
  void aTableByKindOfStaffIsReadFromItsSumRow() {
    Map<String, Object> v = values("""
        3. Nguồn nhân lực
        Chức danh\tBiên chế giao\tHiện có
        Cán bộ\t11\t10
        Công chức\t21\t19
        Cộng\t32\t29
        """);
    assertEquals(32, v.get("human_resources.staff_quota"), v.toString());
    assertEquals(29, v.get("human_resources.staff_present"));
    assertFalse(v.containsValue(21), "one kind's row is a part of the staff: " + v);
  }

  /** A one-stop system's report pasted from PDF: a wrapped header parted by single spaces, a row per period. */
  private static final String FLAT = """
      1. Giải quyết thủ tục hành chính
      Bảng 2. Hồ sơ theo kỳ
      Đơn vị tính: hồ sơ
      Thời gian Tổng số Trong đó: Trực tuyến Trực tiếp Đã giải
      quyết: Trước hạn Đúng hạn Quá hạn Đang giải quyết
      Tháng này 640 571 69 120 498 3 19
      Tháng trước 612 540 72 101 490 4 17
      Lũy kế năm 2025 5.902 5.011 891 1.020 4.700 31 151
      Ghi chú: số liệu trích từ hệ thống.
      """;

  @Test
  void aTableWithARowPerPeriodFlattenedFromPdfReadsTheReportedPeriod() {
    Map<String, Object> v = values(FLAT);
    assertEquals(640, v.get("dossiers.received"), v.toString());
    assertEquals(571, v.get("dossiers.received_online"));
    assertEquals(69, v.get("dossiers.received_in_person"));
    assertEquals(120, v.get("dossiers.early"));
    assertEquals(618, v.get("dossiers.on_time"), "early and on time, as two columns: their sum");
    assertEquals(19, v.get("dossiers.in_progress"));
    assertFalse(v.containsValue(612), "last month's row is a comparison: " + v);
  }

  @Test
  void theHeaderOfARowPerPeriodPartsWhereTheColumnsNamesBegin() {
    assertEquals(List.of("Thời gian", "Tiếp nhận", "Tiếp nhận trực tuyến", "Tiếp nhận trực tiếp", "Đã giải quyết trước hạn",
        "Đã giải quyết đúng hạn", "Đã giải quyết quá hạn", "Đang giải quyết"),
        PeriodRows.columns("Thời gian Tổng số Trong đó: Trực tuyến Trực tiếp Đã giải quyết: Trước hạn Đúng hạn Quá hạn "
            + "Đang giải quyết", 8));
    assertNull(PeriodRows.columns("Thời gian Tổng số Trực tuyến", 5), "three columns are not five");
    assertEquals(List.of("Tuần này", "412", "356", "51"), PeriodRows.row("Tuần này 412 356 51"));
    assertNull(PeriodRows.row("Xã Phú An 412 356 51"), "a row must name a period");
    assertNull(PeriodRows.row("Tuần này 412"), "one figure is no table's row");
  }
}
