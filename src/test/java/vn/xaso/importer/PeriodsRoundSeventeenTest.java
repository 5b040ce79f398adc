package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Round 17c of #23, the period: each rule on passages written here in other words than the sets'. Spans stated beside
 * the period (a comparison, a part, an estimate, a running total, an earlier quarter) are never the period; a title's
 * quarter gives way to the range the preamble states inside it; "đến hết tháng …" is an "as of" only without a span.
 */
class PeriodsRoundSeventeenTest {
  private static final String LETTERHEAD = "ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ NAM\nSố: 148/BC-UBND                 Tân Phú Nam, ngày 16 tháng 12 năm 2025\n"
      + "BÁO CÁO\n";
  private static final String SIGNED = Passages.signOff("Đinh Thị Mai");

  private static Map<String, Object> values(String text) {
    return Extractor.extract(LETTERHEAD + text + SIGNED, null).values();
  }

  private static void period(Map<String, Object> v, LocalDate start, LocalDate end) {
    assertEquals(start, v.get("period.start"), v.toString());
    assertEquals(end, v.get("period.end"), v.toString());
    assertNull(v.get("period.as_of"), "as_of never goes with start and end");
  }

  @Test
  void anEstimateARunningTotalAndAnEarlierQuarterAmongTheFiguresAreNotThePeriod() {
    Map<String, Object> v = values("""
        Kết quả chuyển đổi số quý IV năm 2025
        I. THỦ TỤC HÀNH CHÍNH
        1. Tiếp nhận 1.912 hồ sơ, đã giải quyết 1.870 hồ sơ.
        2. Còn 05 hồ sơ giải quyết quá hạn cộng dồn (nhận từ quý III).
        3. Ước thực hiện cả quý IV (đến 31/12/2025) tiếp nhận khoảng 2.400 hồ sơ. Quý III/2025 tiếp nhận 2.101 hồ sơ.
        """);
    period(v, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31));
  }

  @Test
  void aQuartersDossiersCountedOverTheirOwnRangeUnderAHeadingEndThere() {
    Map<String, Object> v = values("""
        Kết quả chuyển đổi số quý IV năm 2025
        I. KẾT QUẢ TIẾP NHẬN HỒ SƠ (từ 01/10/2025 đến 12/12/2025)
        1. Tiếp nhận 1.912 hồ sơ, đã giải quyết 1.870 hồ sơ.
        2. Ước cả quý IV tiếp nhận 2.400 hồ sơ; quý III/2025 tiếp nhận 2.101 hồ sơ.
        """);
    period(v, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 12));
  }

  @Test
  void aComparedSpanIsNotThePeriodWhereverItStands() {
    // No numbered heading: every line is the preamble's, so the comparison once stood beside the title's span.
    Map<String, Object> v = values("""
        Báo cáo nhanh kết quả giải quyết hồ sơ (từ ngày 01/12/2025 đến ngày 14/12/2025)
        Trong kỳ tiếp nhận 402 hồ sơ, đã giải quyết 388 hồ sơ.
        Tăng 31 hồ sơ so với kỳ trước (từ 17/11 đến 30/11/2025, tiếp nhận 371 hồ sơ).
        Thiết bị không thay đổi so với số liệu đã báo cáo tháng 11/2025.
        """);
    period(v, LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 14));
  }

  @Test
  void aPartOfThePeriodNamedInThePreambleIsNotThePeriod() {
    Map<String, Object> v = values("""
        Số liệu chuyển đổi số của xã (số liệu từ ngày 01/7/2025 đến ngày 12/12/2025)
        Toàn xã tiếp nhận 5.120 hồ sơ; riêng từ ngày 01/11 đến ngày 12/12/2025 tiếp nhận 1.310 hồ sơ.
        """);
    period(v, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 12));
  }

  @Test
  void aTitlesQuarterGivesWayToTheRangeThePreambleStatesInsideIt() {
    Map<String, Object> v = values("""
        Kết quả cải cách hành chính quý IV năm 2025
        (số liệu từ ngày 01/10/2025 đến ngày 08/12/2025)
        I. KẾT QUẢ
        Máy tính của UBND xã: 40 máy.
        """);
    period(v, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 8));
  }

  @Test
  void aTitlesQuarterStaysBesideARangeOutsideIt() {
    // A short range the quarter does not hold is another span: both are shown to pick from, neither chosen silently.
    Map<String, Object> v = values("""
        Kết quả cải cách hành chính quý IV năm 2025
        (số liệu từ ngày 20/9/2025 đến ngày 15/10/2025)
        I. KẾT QUẢ
        Máy tính của UBND xã: 40 máy.
        """);
    assertNull(v.get("period.start"), v.toString());
  }

  @Test
  void figuresToTheEndOfAMonthInARunningTotalAreNoAsOfBesideTheMonth() {
    Map<String, Object> v = values("""
        Kết quả chuyển đổi số tháng 11 năm 2025
        I. THỦ TỤC HÀNH CHÍNH
        Trong tháng tiếp nhận 802 hồ sơ. Lũy kế từ ngày 01/7/2025 đến hết tháng 11/2025 tiếp nhận 3.960 hồ sơ.
        """);
    period(v, LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 30));
  }

  @Test
  void figuresToTheEndOfAMonthWithoutASpanAreTheAsOf() {
    Map<String, Object> v = values("""
        Kết quả chuyển đổi số trên địa bàn xã
        I. THỦ TỤC HÀNH CHÍNH
        Từ khi thành lập xã đến hết tháng 11/2025 tiếp nhận 3.960 hồ sơ.
        """);
    assertEquals(LocalDate.of(2025, 11, 30), v.get("period.as_of"), v.toString());
    assertNull(v.get("period.start"));
  }

  @Test
  void aRunningTotalStatedAfterThePeriodIsNotItWhateverOcrMadeOfItsWords() {
    // "Lũy kế" read "Lity ké": the later range ending the same day and starting earlier is a running total.
    Map<String, Object> v = values("""
        Báo cáo nhanh kết quả giải quyết hồ sơ (từ ngày 01/12/2025 đến ngày 14/12/2025)
        Trong kỳ tiếp nhận 402 hồ sơ, đã giải quyết 388 hồ sơ.
        Lity ké từ ngày 01/7/2025 đến ngày 14/12/2025, xã tiếp nhận 6.020 hồ sơ.
        """);
    period(v, LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 14));
  }

  @Test
  void aNamedSpanEndingBeforeAStatedRangeBeginsIsNotThePeriod() {
    // OCR's "quý II" for the title's "quý III", beside the range it stands for; and the former communes' half year.
    Map<String, Object> v = values("""
        Kết quả chuyển đổi số quý II năm 2025 (số liệu từ ngày 01/7/2025 đến ngày 30/9/2025)
        Năm 2025 (gồm 6 tháng đầu năm của 3 xã cu) toàn xã tiếp nhận 9.112 hồ sơ.
        """);
    period(v, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30));
  }

  @Test
  void aRangeWhoseFromOcrMisreadIsStillARange() {
    Map<String, Object> v = values("""
        Kết quả chuyển đổi số 6 tháng cuối năm 2025
        I. THỦ TỤC HÀNH CHÍNH
        Tir 01/7 dén 30/11/2025, Bộ phận một cửa tiếp nhận 1.912 hồ sơ.
        """);
    period(v, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 11, 30));
  }

  @Test
  void figuresWordsReadWithoutVietnameseDataStillDateTheMonthsFigures() {
    // Tesseract -l eng: "(sé liéu dén ngay 15/12/2025)"; "6 thang cudi nam"; "9 thang nam" kept, not "tháng này".
    Map<String, Object> v = values("Két qua chuyén déi s6 thang 12 nam 2025 (sé liéu dén ngay 15/12/2025)\n");
    period(v, LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 15));
    period(values("Két qua chuyén déi s6, cai cach hanh chinh 6 thang cudi nam 2025\n"), LocalDate.of(2025, 7, 1),
        LocalDate.of(2025, 12, 31));
    period(values("Két qua thuc hién chuyén déi sé 9 thang nam 2025 va phuong huéng nhiém vu quy IV\n"), LocalDate.of(2025, 1, 1),
        LocalDate.of(2025, 9, 30));
    // The figures' bracket is a clause of its own, whatever the title joined before it plans ("phương hướng").
    period(values("Két qua thuc hién chuyén déi sé 9 thang nam 2025 va phuong hu6ng, nhiém vu 3 thang cuéi nam 2025 Uy ban nhan dan xa "
        + "bao cao nhw sau (sé liéu 9 thang téng hop tir ngay 01/01/2025 dén ngay 15/9/2025, bao gém sé liéu cua cac xa cu):\n"),
        LocalDate.of(2025, 1, 1), LocalDate.of(2025, 9, 15));
  }
}
