package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Round 21 (#23): a titled span and the dossiers' own; a quarter counted to a day and named again among the figures. */
class PeriodsTwentyOneTest {
  private static final String SIGNED = Passages.signOff("Lê Văn Tám");

  private static Map<String, Object> values(String text) {
    return Extractor.extract(text + SIGNED, null).values();
  }

  private static final String YEAR_TITLE = """
      ỦY BAN NHÂN DÂN XÃ HÒA BÌNH ĐÔNG
      Số: 301/BC-UBND                 Hòa Bình Đông, ngày 19 tháng 12 năm 2026
      BÁO CÁO
      TỔNG KẾT CÔNG TÁC CHUYỂN ĐỔI SỐ NĂM 2026
      Thực hiện Công văn số 77/UBND-VP ngày 02/12/2026 của UBND tỉnh về việc báo cáo tổng kết năm 2026;
      UBND xã báo cáo như sau:
      PHẦN I. ĐẶC ĐIỂM TÌNH HÌNH
      Xã có chín thôn, dân số 18.200 người.
      PHẦN II. KẾT QUẢ THỰC HIỆN
      1. Công tác chỉ đạo: ban hành 03 kế hoạch.
      """;

  @Test
  void aYearsTitleGivesWayToTheSpanItsDossiersState() {
    Map<String, Object> v = values(YEAR_TITLE + """
        2. Kết quả tiếp nhận, giải quyết hồ sơ từ ngày 01/3/2026 đến ngày 12/12/2026
        Tiếp nhận 2.410 hồ sơ, đã giải quyết 2.377 hồ sơ.
        """);
    assertEquals(LocalDate.of(2026, 3, 1), v.get("period.start"), v.toString());
    assertEquals(LocalDate.of(2026, 12, 12), v.get("period.end"), v.toString());
  }

  @Test
  void aYearsTitleWithoutASpanOfTheDossiersStaysTheYear() {
    Map<String, Object> v = values(YEAR_TITLE + """
        2. Kết quả tiếp nhận, giải quyết hồ sơ
        Tiếp nhận 2.410 hồ sơ, đã giải quyết 2.377 hồ sơ.
        """);
    assertEquals(LocalDate.of(2026, 1, 1), v.get("period.start"), v.toString());
    assertEquals(LocalDate.of(2026, 12, 31), v.get("period.end"), v.toString());
  }

  @Test
  void aQuarterCountedToADayEndsThereThoughTheFiguresNameTheQuarterAgain() {
    Map<String, Object> v = values("""
        ỦY BAN NHÂN DÂN
        PHƯỜNG AN KHÁNH
        Số: 96/BC-UBND                 An Khánh, ngày 16 tháng 12 năm 2026
        BÁO CÁO
        Kết quả chuyển đổi số quý IV năm 2026 (số liệu tính đến ngày 11/12/2026)
        Thực hiện Kế hoạch số 12/KH-UBND ngày 05/10/2026 của UBND phường, UBND phường báo cáo như sau:
        I. THỦ TỤC HÀNH CHÍNH
        1. Tiếp nhận, giải quyết hồ sơ
        a) Tiếp nhận 1.904 hồ sơ, đã giải quyết 1.861 hồ sơ.
        b) Tỷ lệ hồ sơ trực tuyến quý IV đạt 91,2%.
        """);
    assertEquals(LocalDate.of(2026, 10, 1), v.get("period.start"), v.toString());
    assertEquals(LocalDate.of(2026, 12, 11), v.get("period.end"), v.toString());
    assertNull(v.get("source.stated_as_of"), v.toString());
  }
}
