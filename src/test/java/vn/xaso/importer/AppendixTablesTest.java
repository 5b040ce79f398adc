package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Round 20 of #23: an appendix after the signature that tables the equipment by body, its title naming
 * the equipment ("Trang thiết bị công nghệ thông tin", "Máy tính, máy in") rather than the outline's
 * section; on passages written here.
 */
class AppendixTablesTest {
  private static final String SIGNED = "\nNơi nhận:                     T/M ĐẢNG ỦY\n- Như trên,                   BÍ THƯ\n"
      + "- Lưu VP.\n                              Lò Văn Pành\n\n";

  private static Map<String, Object> values(String appendix) {
    return Extractor.extract("ĐẢNG BỘ TỈNH SƠN LA\nĐẢNG ỦY XÃ MƯỜNG BÚ\nSố 52-BC/ĐU           Mường Bú, ngày 02 tháng 11 năm 2025\n"
        + "BÁO CÁO\nKết quả chuyển đổi số tháng 10 năm 2025\n1. Hạ tầng\nThiết bị của các khối tại Phụ lục.\n"
        + SIGNED + appendix, null).values();
  }

  @Test
  void anEquipmentAppendixTitledOnOneLineIsTheInfrastructuresTable() {
    Map<String, Object> v = values("""
        PHỤ LỤC: THIẾT BỊ CÔNG NGHỆ THÔNG TIN CÁC CƠ QUAN
        | Đơn vị | Máy tính | Máy in | Máy scan |
        |--------|----------|--------|----------|
        | Đảng ủy xã | 7 | 3 | 1 |
        | UBND xã | 26 | 9 | 4 |
        """);
    assertEquals(7, v.get("infrastructure.party.hardware.computers"));
    assertEquals(9, v.get("infrastructure.government.hardware.printers"));
    assertEquals(4, v.get("infrastructure.government.hardware.scanners"));
  }

  @Test
  void theTitleMayBeTheLineAfterPhuLuc() {
    Map<String, Object> v = values("""
        PHỤ LỤC
        Máy tính, máy in của các khối
        | TT | Khối | Máy tính | Máy in |
        |----|------|----------|--------|
        | 1 | Khối Đảng | 6 | 2 |
        | 2 | Khối chính quyền | 21 | 8 |
        """);
    assertEquals(6, v.get("infrastructure.party.hardware.computers"));
    assertEquals(21, v.get("infrastructure.government.hardware.computers"));
    assertEquals(8, v.get("infrastructure.government.hardware.printers"));
  }

  @Test
  void anAppendixListingDocumentsAboutEquipmentGivesNoFigures() {
    Map<String, Object> v = values("""
        PHỤ LỤC: DANH MỤC VĂN BẢN VỀ TRANG THIẾT BỊ
        | TT | Văn bản | Máy tính |
        |----|---------|----------|
        | 1 | Kế hoạch mua sắm | 15 |
        """);
    assertNull(v.get("infrastructure.government.hardware.computers"));
    assertNull(v.get("infrastructure.party.hardware.computers"));
  }

  @Test
  void aPartColumnAfterAColumnWithItsUnitInBracketsIsAPartOfThatColumn() {
    Map<String, Object> v = values("""
        PHỤ LỤC: TRANG THIẾT BỊ
        | Đơn vị | Máy tính (bộ) | Trong đó kết nối mạng WAN | Máy in (chiếc) |
        |--------|---------------|---------------------------|----------------|
        | Đảng ủy xã | 8 | 6 | 3 |
        | UBND xã | 24 | - | 10 |
        """);
    assertEquals(8, v.get("infrastructure.party.hardware.computers"));
    assertEquals(6, v.get("infrastructure.party.hardware.party_wan_computers"), v.toString());
    assertEquals(3, v.get("infrastructure.party.hardware.printers"));
    assertEquals(10, v.get("infrastructure.government.hardware.printers"));
  }

  @Test
  void anAppendixsLinesOfTextStandInThePartItsTitleNames() {
    Map<String, Object> v = values("""
        PHỤ LỤC: KẾT QUẢ GIẢI QUYẾT HỒ SƠ TTHC
        Hồ sơ tiếp nhận: 412 (trực tuyến 380; trực tiếp 32)
        Hồ sơ đã giải quyết: 405 (đúng hạn 401; quá hạn 4)
        """);
    assertEquals(412, v.get("dossiers.received"), v.toString());
    assertEquals(405, v.get("dossiers.resolved"));
  }
}
