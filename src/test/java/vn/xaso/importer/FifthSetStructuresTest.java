package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Round 6 of #23: the structures the fifth held-out set showed the rules did not read, each on a
 * passage written here: a table of the report's figures put in an appendix after the signature (its
 * group rows naming the outline's sections), a group row's ordinal, and a share whose "%" stands in
 * the unit column (headed "Đơn vị tính" with a capital Đ) or in the row's label, not after the figure; those "ngoài biên chế" (outside the quota); money
 * paid out ("đã giải ngân"), which is no allocation.
 */
class FifthSetStructuresTest {
  private static final String SIGNED = Passages.signOff("Đinh Văn Sáu");

  private static Map<String, Object> values(String text) {
    return Extractor.extract(text, null).values();
  }

  private static String report(String appendix) {
    return "ỦY BAN NHÂN DÂN\nXÃ BẮC SƠN\nSố 41/BC-UBND                 Bắc Sơn, ngày 05 tháng 10 năm 2025\nBÁO CÁO\n"
        + "Kết quả chuyển đổi số quý III năm 2025\n1. Kết quả\nSố liệu tại Phụ lục kèm theo.\n" + SIGNED + appendix;
  }

  @Test
  void anAppendixTableWhoseGroupsNameTheSectionsIsTheReportsFigures() {
    Map<String, Object> v = values(report("""
        PHỤ LỤC
        | TT | Nội dung | ĐVT | Kết quả |
        |----|----------|-----|---------|
        | I | Hạ tầng kỹ thuật | | |
        | 1 | Máy tính của cán bộ, công chức | máy | 27 |
        | 2 | Máy in | máy | 6 |
        | II | Thủ tục hành chính | | |
        | 1 | Số TTHC thuộc thẩm quyền của xã | TTHC | 298 |
        """));
    assertEquals(27, v.get("infrastructure.government.hardware.computers"));
    assertEquals(6, v.get("infrastructure.government.hardware.printers"));
    assertEquals(298, v.get("procedures.total"));
  }

  @Test
  void aGroupRowsOrdinalIsNoCount() {
    Map<String, Object> v = values(report("""
        PHỤ LỤC
        | STT | Chỉ tiêu | Đơn vị | Số liệu |
        |-----|----------|--------|---------|
        | 1 | Thủ tục hành chính | | |
        | 2 | Hạ tầng công nghệ | | |
        | 2.1 | Máy quét | máy | 3 |
        """));
    assertNull(v.get("procedures.total"));
    assertEquals(3, v.get("infrastructure.government.hardware.scanners"));
  }

  @Test
  void anAppendixTableWithoutSuchGroupsIsStillNotRead() {
    // A list of documents with a count column is not the report's figures: no group names a section.
    Map<String, Object> v = values(report("""
        Phụ lục 01: văn bản đã ban hành
        | STT | Loại văn bản | Số lượng |
        |-----|--------------|----------|
        | 1 | Máy tính được cấp theo kế hoạch | 12 |
        """));
    assertNull(v.get("infrastructure.government.hardware.computers"));
  }

  @Test
  void aShareWhosePercentStandsInTheUnitColumnOrTheLabel() {
    Map<String, Object> unitColumn = values("""
        1. Thủ tục hành chính
        | STT | Chỉ tiêu | Đơn vị tính | Kết quả |
        |-----|----------|-------------|---------|
        | 1 | Tỷ lệ hồ sơ tiếp nhận trực tuyến | % | 83,5 |
        """);
    assertEquals(new BigDecimal("83.5"), new BigDecimal(String.valueOf(unitColumn.get("dossiers.online_pct"))));
    Map<String, Object> label = values("""
        1. Thủ tục hành chính
        Chỉ tiêu	Năm nay	Năm trước
        1. Hồ sơ tiếp nhận	640	580
        2. Tỷ lệ hồ sơ tiếp nhận trực tuyến (%)	91,2	77,0
        """);
    assertEquals(new BigDecimal("91.2"), new BigDecimal(String.valueOf(label.get("dossiers.online_pct"))));
  }

  @Test
  void thoseOutsideTheQuotaAreNoCountOfIt() {
    Map<String, Object> v = values("""
        3. Về nguồn nhân lực
        Xã có 42 cán bộ, công chức. Ngoài biên chế còn 03 hợp đồng lao động làm việc tại Văn phòng.
        """);
    assertNull(v.get("human_resources.staff_quota"));
    assertEquals(3, v.get("human_resources.labour_contracts"));
  }

  @Test
  void moneyPaidOutIsNotTheAllocation() {
    Map<String, Object> v = values("""
        4. Kinh phí
        Năm 2025, ngân sách xã bố trí 280 triệu đồng cho chuyển đổi số; đến ngày 30/9/2025 đã giải ngân 150 triệu đồng.
        """);
    assertEquals(280_000_000L, ((Number) v.get("finance.allocated_vnd")).longValue());
  }
}
