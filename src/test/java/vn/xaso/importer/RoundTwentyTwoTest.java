package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Round 22: the typed losses of sets 31–32, as kinds, on passages written for these tests. */
class RoundTwentyTwoTest {
  private static final String LETTERHEAD = "ỦY BAN NHÂN DÂN\nXÃ HÒA AN ĐÔNG\nSố: 214/BC-UBND                 Hòa An Đông, ngày 06 tháng 11 năm 2026\n"
      + "BÁO CÁO\nKết quả cải cách hành chính, chuyển đổi số tháng 10 năm 2026\n";
  private static final String SIGNED = Passages.signOff("Lê Thị Thu Hà");

  private static Map<String, Object> values(String text) {
    return Extractor.extract(LETTERHEAD + text + SIGNED, null).values();
  }

  @Test
  void aBareCountAfterACountOfDossiersInTheSameListCountsDossiers() {
    Map<String, Object> v = values("""
        I. THỦ TỤC HÀNH CHÍNH
        1. Trong tháng tiếp nhận 2.140 hồ sơ; đã giải quyết 2.077 hồ sơ, trước hạn và đúng hạn 2.061 (riêng trước hạn
        1.370), quá hạn 16 hồ sơ.
        """);
    assertEquals(2077, v.get("dossiers.resolved"), v.toString());
    assertEquals(2061, v.get("dossiers.on_time"), v.toString());
    assertEquals(1370, v.get("dossiers.early"), v.toString());
    assertEquals(16, v.get("dossiers.overdue"), v.toString());
  }

  @Test
  void aBareCountWithAnotherFigureRightAfterItIsNoneOfTheList() {
    // A table's row flattened ("quá hạn 16 9"): the figure's column is not known.
    Map<String, Object> v = values("""
        I. THỦ TỤC HÀNH CHÍNH
        1. Trong tháng đã giải quyết 2.077 hồ sơ, quá hạn 16 9 hồ sơ.
        """);
    assertEquals(2077, v.get("dossiers.resolved"), v.toString());
    assertNull(v.get("dossiers.overdue"), v.toString());
  }

  @Test
  void theNumberOfAMonthIsNoFigureAndLeavesTheLabelToTheCount() {
    Map<String, Object> v = values("""
        I. THỦ TỤC HÀNH CHÍNH
        - Hồ sơ của tháng 9 chuyển sang: 31 hồ sơ.
        - Tiếp nhận trong tháng: 2.140 hồ sơ.
        """);
    assertEquals(31, v.get("dossiers.carried_over"), v.toString());
    assertEquals(2140, v.get("dossiers.received"), v.toString());
  }

  @Test
  void whatThePeriodBeforeReceivedIsNoCountOfThisOnes() {
    Map<String, Object> v = values("""
        I. THỦ TỤC HÀNH CHÍNH
        - Tiếp nhận trong tháng: 2.140 hồ sơ.
        - Tháng trước (tháng 9 năm 2026) tiếp nhận 1.987 hồ sơ.
        """);
    assertEquals(2140, v.get("dossiers.received"), v.toString());
    assertNull(v.get("dossiers.carried_over"), v.toString());
  }

  @Test
  void moneyAlreadyCarriedOutIsSpentNotAllocated() {
    Map<String, Object> v = values("""
        I. KINH PHÍ
        Năm 2026 xã được giao 2.350 triệu đồng cho chuyển đổi số, đến ngày 31/10/2026 đã thực hiện 1.410 triệu đồng.
        """);
    assertEquals(2_350_000_000L, v.get("finance.allocated_vnd"), v.toString());
    assertEquals(2026, v.get("finance.year"), v.toString());
  }
}
