package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Round 18a of #23: tables read by their structure (a row of units under the header, a numbered table pasted one
 * cell per line with empty cells and a sum row, a unit stated before a table), each on a table written here anew.
 */
class TablesEighteenthRoundTest {
  private static final String LETTERHEAD = "ỦY BAN NHÂN DÂN\nXÃ PHÚ LÂM NAM\nSố: 211/BC-UBND                 Phú Lâm Nam, ngày 12 tháng 12 năm 2025\n"
      + "BÁO CÁO\nKết quả chuyển đổi số tháng 11 năm 2025\n";
  private static final String SIGNED = Passages.signOff("Lò Thị Mai");

  private static Map<String, Object> values(String body) {
    return Extractor.extract(LETTERHEAD + body + SIGNED, null).values();
  }

  @Test
  void aRowOfUnitsUnderTheHeaderIsPartOfTheHeader() {
    // Before, the units row was read as the header itself: the column of last month and the running total were lost
    // as such, and no figure was placed.
    Map<String, Object> v = values("""
        1. Giải quyết thủ tục hành chính
        Nội dung\tTháng này\tTháng trước\tLũy kế từ 01/7/2025
        \t(hồ sơ)\t(hồ sơ)\t(hồ sơ)
        Tiếp nhận\t402\t388\t2.210
        Đã giải quyết\t396\t371\t2.150
        Đang giải quyết\t6\t–\t–
        """);
    assertEquals(402, v.get("dossiers.received"), v.toString());
    assertEquals(396, v.get("dossiers.resolved"));
    assertEquals(6, v.get("dossiers.in_progress"));
  }

  /** A numbered table pasted from Word one cell per line: an empty cell is an empty line; row 1 holds a "2". */
  private static final String PASTED = """
      2. Hạ tầng số
      Bảng 2. Thiết bị của các cơ quan
      STT
      Đơn vị
      Máy tính
      Máy in
      Máy quét
      Đường truyền
      1
      Đảng ủy xã
      11
      4
      2
      1
      2
      UBND xã
      35
      12

      3
      3
      MTTQ và các đoàn thể
      7

      1
      1

      Cộng
      53
      16
      3
      5
      """;

  @Test
  void aNumberedRowTakesTheHeadersWidthWhenTheNextNumberFollowsIt() {
    Map<String, Object> v = values(PASTED);
    assertEquals(11, v.get("infrastructure.party.hardware.computers"), v.toString());
    assertEquals(2, v.get("infrastructure.party.hardware.scanners"));
    assertEquals(1, v.get("infrastructure.party.hardware.internet_lines"));
    assertEquals(35, v.get("infrastructure.government.hardware.computers"));
    assertEquals(12, v.get("infrastructure.government.hardware.printers"));
    assertNull(v.get("infrastructure.government.hardware.scanners"), "an empty cell is no figure");
    assertEquals(3, v.get("infrastructure.government.hardware.internet_lines"), "the empty cell keeps its column");
    assertEquals(7, v.get("infrastructure.front.hardware.computers"));
    assertEquals(1, v.get("infrastructure.front.hardware.scanners"));
    assertNull(v.get("infrastructure.front.hardware.printers"));
  }

  @Test
  void theSumRowUnderAPastedTableIsNoBodys() {
    List<TableLines.Line> lines = TableLines.lines(PASTED.split("\n", -1));
    TableLines.Line sum = lines.stream().filter(l -> l.text().startsWith("Cộng")).findFirst().orElseThrow();
    assertEquals(List.of("", "Cộng", "53", "16", "3", "5"), sum.cells());
    Map<String, Object> v = values(PASTED);
    assertTrue(v.values().stream().noneMatch(x -> x.equals(53)), "the sum is no body's figure: " + v);
  }

  @Test
  void aUnitStatedBeforeATableGivesItsBareFiguresTheirUnit() {
    Map<String, Object> v = values("""
        1. Cải cách hành chính
        - Tình hình theo lĩnh vực (số liệu từ phần mềm một cửa, đơn vị tính: hồ sơ):
        Lĩnh vực
        Tiếp nhận
        Đã giải quyết
        Hộ tịch
        310
        305
        Đất đai
        41
        30
        Cộng
        351
        335
        """);
    assertEquals(351, v.get("dossiers.received"), v.toString());
    assertEquals(335, v.get("dossiers.resolved"));
  }

  @Test
  void aStatedUnitOutweighsTheOtherWordsOfItsLine() {
    assertEquals("hồ sơ", Headers.headingUnit("(bảng trích từ phần mềm, ĐVT: hồ sơ)"));
    assertEquals("", Headers.headingUnit("Tỷ lệ giải quyết hồ sơ đúng hạn (đơn vị tính: %)"));
    assertEquals("hồ sơ", Headers.headingUnit("Kết quả giải quyết hồ sơ"));
    assertTrue(Headers.caption("chép từ phần mềm, đơn vị tính: hồ sơ):"));
  }

  @Test
  void theSumRowOfATableByQualificationIsTheStaffsQualifications() {
    Map<String, Object> v = values("""
        3. Nhân lực
        Cán bộ, công chức xã có 45/48 biên chế.
        | Loại | Tổng số | Thạc sĩ | Đại học | Cao đẳng | Trung cấp |
        |---|---|---|---|---|---|
        | Cán bộ | 20 | 2 | 16 | 1 | 1 |
        | Công chức | 25 | 4 | 19 | 0 | 2 |
        | Tổng | 45 | 6 | 35 | 1 | 3 |
        """);
    assertEquals(6, v.get("human_resources.qualifications.masters"), v.toString());
    assertEquals(35, v.get("human_resources.qualifications.university"));
    assertEquals(1, v.get("human_resources.qualifications.college"));
    assertEquals(3, v.get("human_resources.qualifications.intermediate"));
  }

  @Test
  void aRowOfOneKindOfStaffIsAPartOfTheSumNotTheStaffs() {
    Map<String, Object> v = values("""
        3. Nhân lực
        | Loại | Thạc sĩ | Đại học |
        | Cán bộ | 2 | 16 |
        | Công chức | 4 | 19 |
        """);
    assertNull(v.get("human_resources.qualifications.masters"), v.toString());
    assertNull(v.get("human_resources.qualifications.university"));
  }

  @Test
  void aTableOcrPartedBySpacesKeepsItsColumnOfChangesAndItsSubRows() {
    // As OCR reads a table whose rules and tabs are lost: a column of signed changes, rows opened by a dash.
    Map<String, Object> v = values("""
        1. Kết quả giải quyết hồ sơ trong tuần
        Nội dung Tuần này Tuần trước Tăng/giảm
        Tiếp nhận 318 296 +22

        Đã giải quyết 301 305 -4
        - Đúng hạn 299 301 -2
        - Quá hạn 2 4 -2
        Đang giải quyết 17 9 +8
        """);
    assertEquals(318, v.get("dossiers.received"), v.toString());
    assertEquals(301, v.get("dossiers.resolved"));
    assertEquals(299, v.get("dossiers.on_time"));
    assertEquals(2, v.get("dossiers.overdue"));
    assertEquals(17, v.get("dossiers.in_progress"));
  }
}
