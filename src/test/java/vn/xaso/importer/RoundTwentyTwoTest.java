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

  @Test
  void aPairRightAfterCoMatIsStaffPresentOfTheQuota() {
    Map<String, Object> v = values("""
        III. NGUỒN NHÂN LỰC
        - CBCC có mặt: 44/47.
        """);
    assertEquals(44, v.get("human_resources.staff_present"), v.toString());
    assertEquals(47, v.get("human_resources.staff_quota"), v.toString());
  }

  @Test
  void aPairAfterCoMatDatedInItsBracketGivesTheStaffsOwnDate() {
    Map<String, Object> v = values("""
        III. NGUỒN NHÂN LỰC
        • Biên chế có mặt 63/66 (tính đến ngày 20/10/2026); trình độ: đại học 55, cao đẳng 04.
        """);
    assertEquals(63, v.get("human_resources.staff_present"), v.toString());
    assertEquals(66, v.get("human_resources.staff_quota"), v.toString());
    assertEquals(java.time.LocalDate.of(2026, 10, 20), v.get("human_resources.staff_as_of"), v.toString());
  }

  @Test
  void aPairAfterCoMatOfATrainingIsNoStaffCount() {
    Map<String, Object> v = values("""
        III. NGUỒN NHÂN LỰC
        - Lớp tập huấn ký số: cán bộ có mặt 29/31 người được mời.
        """);
    assertNull(v.get("human_resources.staff_present"), v.toString());
    assertNull(v.get("human_resources.staff_quota"), v.toString());
  }

  @Test
  void aCountOfStaffWithTheQuotaInItsBracketIsThosePresent() {
    Map<String, Object> v = values("""
        III. NGUỒN NHÂN LỰC
        - Tổng số cán bộ, công chức của xã hiện có 61 người (biên chế được giao 64).
        """);
    assertEquals(61, v.get("human_resources.staff_present"), v.toString());
    assertEquals(64, v.get("human_resources.staff_quota"), v.toString());
  }

  @Test
  void aSumLineAfterTheBlocksLinesIsNoBlocksStock() {
    Map<String, Object> v = values("""
        II. HẠ TẦNG SỐ
          • Khối Đảng: 12 máy tính; 03 máy in.
          • Khối chính quyền (Văn phòng HĐND và UBND, Bộ phận một cửa): 41 máy tính (36 máy đáp ứng yêu cầu); 14 máy in.
          • Mặt trận và các đoàn thể: 08 máy tính, 02 máy in.
          Tổng cộng toàn xã: 61 máy tính, 19 máy in.
        """);
    assertEquals(12, v.get("infrastructure.party.hardware.computers"), v.toString());
    assertEquals(41, v.get("infrastructure.government.hardware.computers"), v.toString());
    assertEquals(14, v.get("infrastructure.government.hardware.printers"), v.toString());
    assertEquals(8, v.get("infrastructure.front.hardware.computers"), v.toString());
  }

  @Test
  void aTotalWithNoBlocksBeforeItIsTheIssuersStock() {
    Map<String, Object> v = values("""
        II. HẠ TẦNG SỐ
          Tổng cộng: 38 máy tính, 11 máy in.
        """);
    assertEquals(38, v.get("infrastructure.government.hardware.computers"), v.toString());
    assertEquals(11, v.get("infrastructure.government.hardware.printers"), v.toString());
  }

  @Test
  void aBodysInadequateComputersStatedOnlyAmongTheShortcomingsAreCopied() {
    Map<String, Object> v = values("""
        II. HẠ TẦNG SỐ
        UBND xã có 44 máy tính, 15 máy in, 05 máy scan.
        III. TỒN TẠI, HẠN CHẾ
        - Văn phòng HĐND và UBND còn 07 máy tính cấu hình thấp, không cài được phần mềm ký số.
        IV. PHƯƠNG HƯỚNG
        - Thay thế 07 máy tính cấu hình thấp của UBND xã.
        """);
    assertEquals(44, v.get("infrastructure.government.hardware.computers"), v.toString());
    assertEquals(7, v.get("infrastructure.government.hardware.inadequate"), v.toString());
  }

  @Test
  void aShortcomingRepeatingAFigureAboveAddsNothing() {
    Map<String, Object> v = values("""
        II. HẠ TẦNG SỐ
        UBND xã có 44 máy tính (38 máy đáp ứng yêu cầu, 06 máy cấu hình thấp), 15 máy in.
        III. TỒN TẠI, HẠN CHẾ
        - Khối chính quyền còn 04 máy tính cấu hình thấp chưa được thay.
        """);
    assertEquals(6, v.get("infrastructure.government.hardware.inadequate"), v.toString());
  }

  @Test
  void theCommunePartyCommitteesResolutionCarriedOutInThePreambleIsADocument() {
    Map<String, Object> v = values("""
        Thực hiện Công văn số 1966/SKHCN-CĐS ngày 20/10/2026 của Sở Khoa học và Công nghệ về báo cáo tháng; Nghị quyết
        số 08-NQ/ĐU ngày 14/4/2026 của Đảng ủy xã về chuyển đổi số giai đoạn 2026 - 2030, UBND xã báo cáo như sau:
        I. THỦ TỤC HÀNH CHÍNH
        1. Tiếp nhận 604 hồ sơ.
        """);
    assertEquals("1966/SKHCN-CĐS", v.get("source.responds_to[0].number"), v.toString());
    assertEquals("08-NQ/ĐU", v.get("documents[0].number"), v.toString());
    assertEquals(java.time.LocalDate.of(2026, 4, 14), v.get("documents[0].date"), v.toString());
  }

  @Test
  void aLetterOfThePartyCommitteeInThePreambleIsStillNoDocument() {
    Map<String, Object> v = values("""
        Thực hiện Công văn số 112-CV/ĐU ngày 02/10/2026 của Đảng ủy xã về việc đôn đốc chuyển đổi số, UBND xã báo cáo
        như sau:
        I. THỦ TỤC HÀNH CHÍNH
        1. Tiếp nhận 604 hồ sơ.
        """);
    assertNull(v.get("documents[0].number"), v.toString());
  }

  @Test
  void inProgressAllWithinTheirTimeIsNoneOverdue() {
    Map<String, Object> v = values("""
        I. THỦ TỤC HÀNH CHÍNH
        - Đang giải quyết: 57 hồ sơ, tất cả đều còn trong hạn.
        """);
    assertEquals(57, v.get("dossiers.in_progress"), v.toString());
    assertEquals(0, v.get("dossiers.overdue_in_progress"), v.toString());
  }

  @Test
  void inProgressWithSomeOverdueIsNoZero() {
    Map<String, Object> v = values("""
        I. THỦ TỤC HÀNH CHÍNH
        - Đang giải quyết: 57 hồ sơ, trong đó 03 hồ sơ quá hạn, còn lại đều trong hạn.
        """);
    assertEquals(3, v.get("dossiers.overdue_in_progress"), "the 3, no 0 beside it: " + v);
  }

  @Test
  void aTrainingSessionCountedInBuoiIsASession() {
    Map<String, Object> v = values("""
        III. NGUỒN NHÂN LỰC
        + Ngày 14/10/2026 tổ chức 01 buổi tập huấn sử dụng chữ ký số cho 33 cán bộ, công chức.
        + Tổ công nghệ số cộng đồng tổ chức 12 buổi hướng dẫn người dân cài đặt VNeID.
        + 01 buổi tập huấn cho 19 tổ trưởng Tổ công nghệ số cộng đồng.
        """);
    assertEquals(1, v.get("human_resources.training_sessions"), v.toString());
    assertEquals(33, v.get("human_resources.trained"), v.toString());
  }

  @Test
  void aPartOfTheYearCountedToADayInsideItRunsFromItsFirstDayToThatDay() {
    // docs/transcription.md §9: as a month or quarter whose figures stop at a day inside it (§7).
    Map<String, Object> v = Extractor.extract("""
        ỦY BAN NHÂN DÂN
        XÃ HÒA AN ĐÔNG
        Số: 160/BC-UBND                 Hòa An Đông, ngày 22 tháng 6 năm 2026
        BÁO CÁO
        Sơ kết chuyển đổi số 6 tháng đầu năm 2026 (số liệu tính đến ngày 18/6/2026)
        I. THỦ TỤC HÀNH CHÍNH
        - Tiếp nhận 3.902 hồ sơ.
        """ + SIGNED, null).values();
    assertEquals(java.time.LocalDate.of(2026, 1, 1), v.get("period.start"), v.toString());
    assertEquals(java.time.LocalDate.of(2026, 6, 18), v.get("period.end"), v.toString());
    assertNull(v.get("period.as_of"), v.toString());
  }

  @Test
  void aShareSaidOfWhatIsReceivedOrFiledOnlineIsTheDossiersOnlineShare() {
    Map<String, Object> v = values("""
        I. THỦ TỤC HÀNH CHÍNH
        1. Trong tháng tiếp nhận 2.140 hồ sơ.
        2. Tỷ lệ tiếp nhận trực tuyến 86,21%.
        3. Thanh toán trực tuyến đạt 41,5% số giao dịch.
        """);
    assertEquals(86.21, v.get("dossiers.online_pct"), v.toString());
    Map<String, Object> filed = values("""
        I. THỦ TỤC HÀNH CHÍNH
        Trong tháng tiếp nhận 2.140 hồ sơ, hồ sơ nộp trực tuyến đạt 86,21% (trực tiếp 295 hồ sơ).
        """);
    assertEquals(86.21, filed.get("dossiers.online_pct"), filed.toString());
  }

  @Test
  void aShareWithARunningTotalsShareInItsBracketIsThePeriods() {
    Map<String, Object> v = values("""
        I. THỦ TỤC HÀNH CHÍNH
        Tỷ lệ hồ sơ nộp trực tuyến trong tháng đạt 86,2% (lũy kế từ đầu năm đạt 84,9%).
        """);
    assertEquals(86.2, v.get("dossiers.online_pct"), v.toString());
  }
}
