package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables with a row or a column per body ({@link BlockRows}), tested alone. */
class BlockRowsTest {
  @Test
  void sharedOfficeNeedsBothBodiesAndNoOther() {
    assertTrue(BlockRows.sharedOffice("HĐND và UBND phường"));
    assertTrue(BlockRows.sharedOffice("HĐND, UBND xã"));
    assertFalse(BlockRows.sharedOffice("HĐND xã"));
    assertFalse(BlockRows.sharedOffice("Đảng ủy, HĐND, UBND xã"));
  }

  @Test
  void aCellsOwnUnitThatOpensItsHeaderIsNotSaidTwice() {
    // "1 đường" under "Đường truyền" is one line, not "1 đường đường truyền"; a unit the header gives in brackets stays.
    assertEquals("1", BlockRows.ownUnitNamed("1 đường", "Đường truyền"));
    assertEquals("47", BlockRows.ownUnitNamed("47 máy", "Máy tính"));
    assertEquals("6 chiếc", BlockRows.ownUnitNamed("6 chiếc", "Máy in"));
    assertEquals("16 máy", BlockRows.ownUnitNamed("16 máy", "Máy tính (máy) Tổng số"));
  }

  @Test
  void columnsPerBodyNeedTwoColumnsNamingOneBodyEach() {
    assertTrue(BlockRows.blockColumns(java.util.List.of("Thiết bị", "Khối Đảng", "Chính quyền", "MTTQ và các đoàn thể", "Cộng")));
    assertFalse(BlockRows.blockColumns(java.util.List.of("Khối", "Máy tính", "Máy in")));
    assertFalse(BlockRows.blockColumns(java.util.List.of("Chỉ tiêu", "Tháng 11", "Khối Đảng và chính quyền")));
  }

  @Test
  void aTableByBodyWhoseCellsOcrPartedBySpaces() {
    List<String> header = BlockRows.spaced("Khối Máy tính Máy in Đường truyền", List.of());
    assertEquals(List.of("khoi", "may tinh", "may in", "duong truyen"), header);
    assertEquals(List.of("Chính quyền", "31", "9", "2"), BlockRows.spaced("Chính quyền 31 9 2", header));
    assertEquals(List.of("Đảng ủy 7 3"), BlockRows.spaced("Đảng ủy 7 3", header), "a figure short: a line of its own");
    assertEquals(List.of(), BlockRows.spaced("Xã có 31 máy tính.", List.of()), "prose is no header");
  }
}
