package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Round 12 of #23: typed structures the eleventh set showed unread, each on a passage written here in other words:
 * a span "từ … đến nay" whose own sentence dates its figures is the period's since and as_of (docs/transcription.md
 * §2); a week table with a row-number column and a running total headed "Lũy kế từ 01/7".
 */
class TwelfthRoundStructuresTest {
  private static final String HEAD = "ỦY BAN NHÂN DÂN\nXÃ PHÚ LẠC\nSố: 41/BC-UBND                 Phú Lạc, ngày 28 tháng 11 năm 2025\n"
      + "BÁO CÁO\nKết quả chuyển đổi số\n";
  private static final String SIGNED = Passages.signOff("Hà Văn Thụ");

  private static Map<String, Object> values(String body) {
    return Extractor.extract(HEAD + body + SIGNED, null).values();
  }

  @Test
  void aSpanRunningToNowWhoseSentenceDatesItsFiguresIsSinceAndAsOf() {
    Map<String, Object> v = values("""
        Ủy ban nhân dân xã báo cáo kết quả từ ngày 15/7/2025 đến nay (số liệu tính đến ngày 25/11/2025) như sau:
        I. KẾT QUẢ
        Tiếp nhận 1.420 hồ sơ, đã giải quyết 1.388 hồ sơ.
        """);
    assertEquals(LocalDate.of(2025, 7, 15), v.get("period.since"));
    assertEquals(LocalDate.of(2025, 11, 25), v.get("period.as_of"));
  }

  @Test
  void aSpanRunningToNowOfTrainingIsNoPeriod() {
    Map<String, Object> v = values("""
        I. KẾT QUẢ
        Từ tháng 7/2025 đến nay đã cử 40 cán bộ tham gia tập huấn.
        Trong tháng 11/2025 tiếp nhận 312 hồ sơ.
        """);
    assertNull(v.get("period.since"));
  }

  @Test
  void aWeekTableWithRowNumbersAndARunningTotalGivesTheWeeksFiguresOnly() {
    Map<String, Object> v = values("""
        I. KẾT QUẢ
        2. Tiếp nhận, giải quyết hồ sơ tuần từ ngày 21/11/2025 đến ngày 27/11/2025

        | STT | Chỉ tiêu                 | Tuần này | Tuần trước | Lũy kế từ 01/7 |
        |-----|--------------------------|----------|------------|----------------|
        | 1   | Hồ sơ tiếp nhận          | 204      | 187        | 3.616          |
        | 2   | Hồ sơ đã giải quyết      | 196      | 169        | 3.493          |
        | 3   | Hồ sơ đang giải quyết    | 22       | 15         | -              |
        """);
    assertEquals(204, ((Number) v.get("dossiers.received")).intValue());
    assertEquals(196, ((Number) v.get("dossiers.resolved")).intValue());
    assertEquals(22, ((Number) v.get("dossiers.in_progress")).intValue());
  }
}
