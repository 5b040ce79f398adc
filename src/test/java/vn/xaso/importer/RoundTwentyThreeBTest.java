package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Round 23 (#23): a table's columns that are parts of a span stated "đến nay", and a whole commune's equipment total
 * named alone ("Toàn xã:"), on passages written for these tests.
 */
class RoundTwentyThreeBTest {
  private static final String SIGNED = Passages.signOff("Nông Văn Khải");

  private static Map<String, Object> values(String text) {
    return Extractor.extract(text + SIGNED, null).values();
  }

  private static final String PARTY_HEAD = """
      ĐẢNG BỘ TỈNH CAO BẰNG
      ĐẢNG ỦY XÃ NGỌC KHÊ BẮC
      Số 61-BC/ĐU                 Ngọc Khê Bắc, ngày 27 tháng 11 năm 2026
      BÁO CÁO
      kết quả thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị
      """;

  private static final String DOSSIERS_TABLE = """
      2. Giải quyết thủ tục hành chính
      | Nội dung            | Quý III/2026 | Từ 01/10 đến 24/11/2026 | Tổng số |
      |---------------------|--------------|-------------------------|---------|
      | Tiếp nhận hồ sơ     |     1.905    |          1.410          |  3.315  |
      | Đã giải quyết       |     1.870    |          1.352          |  3.222  |
      """;

  @Test
  void aColumnInsideASpanStatedToNowIsNoPeriod() {
    Map<String, Object> v = values(PARTY_HEAD + """
        Ban Thường vụ Đảng ủy xã báo cáo kết quả từ ngày 01/7/2026 đến nay (số liệu tính đến ngày 24/11/2026) như sau:
        I. KẾT QUẢ THỰC HIỆN
        1. Hạ tầng số
        """ + DOSSIERS_TABLE);
    assertEquals(LocalDate.of(2026, 7, 1), v.get("period.since"), v.toString());
    assertEquals(LocalDate.of(2026, 11, 24), v.get("period.as_of"), v.toString());
    assertNull(v.get("period.start"), v.toString());
    assertNull(v.get("period.end"), v.toString());
  }

  @Test
  void withoutASpanToNowTheColumnsRangeIsLeftAlone() {
    // The same table under a preamble that states no span "đến nay": its range stays the period.
    Map<String, Object> v = values(PARTY_HEAD + """
        Ban Thường vụ Đảng ủy xã báo cáo kết quả thực hiện (số liệu tính đến ngày 24/11/2026) như sau:
        I. KẾT QUẢ THỰC HIỆN
        1. Hạ tầng số
        """ + DOSSIERS_TABLE);
    assertEquals(LocalDate.of(2026, 10, 1), v.get("period.start"), v.toString());
    assertEquals(LocalDate.of(2026, 11, 24), v.get("period.end"), v.toString());
    assertNull(v.get("period.since"), v.toString());
  }

  private static final String EQUIPMENT_HEAD = PARTY_HEAD + """
      Ban Thường vụ Đảng ủy xã báo cáo kết quả từ ngày 01/7/2026 đến nay (số liệu tính đến ngày 24/11/2026) như sau:
      I. KẾT QUẢ THỰC HIỆN
      1. Hạ tầng, trang thiết bị
      """;

  @Test
  void theWholeCommunesTotalAfterTheBlocksIsNoBlocksStock() {
    for (String label : new String[] {"Toàn xã", "Toàn phường", "Tổng toàn xã"}) {
      Map<String, Object> v = values(EQUIPMENT_HEAD + """
          - Khối Đảng: 11 máy tính, 04 máy in.
          - Khối chính quyền: 36 máy tính, 12 máy in.
          - Mặt trận Tổ quốc xã: 07 máy tính, 02 máy in.
          - %s: 54 máy tính (tăng 05 máy so với đầu kỳ).
          """.formatted(label));
      assertEquals(11, v.get("infrastructure.party.hardware.computers"), label + " " + v);
      assertEquals(36, v.get("infrastructure.government.hardware.computers"), label + " " + v);
      assertEquals(7, v.get("infrastructure.front.hardware.computers"), label + " " + v);
    }
  }

  @Test
  void aWholeCommunesCountWithNoBlocksAboveItIsLeftAlone() {
    Map<String, Object> v = values(EQUIPMENT_HEAD + """
        - Toàn xã: 54 máy tính, 18 máy in.
        """);
    // The only count of the part: kept, for the block the report gives it (here the government's, §3).
    assertEquals(54, v.get("infrastructure.government.hardware.computers"), v.toString());
  }
}
