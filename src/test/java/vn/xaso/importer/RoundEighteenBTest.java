package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Round 18b of #23: prose, letterhead and period rules, each on passages written here in other words than the sets'
 * (twenty-fourth to twenty-sixth), with a passage each rule must leave alone.
 */
class RoundEighteenBTest {
  private static final String LETTERHEAD = "ỦY BAN NHÂN DÂN\nXÃ HÒA THUẬN ĐÔNG\nSố: 91/BC-UBND                 Hòa Thuận Đông, ngày 05 tháng 11 năm 2025\n"
      + "BÁO CÁO\nKết quả chuyển đổi số tháng 10 năm 2025\n";
  private static final String SIGNED = Passages.signOff("Lê Văn Tùng");

  private static Map<String, Object> values(String text) {
    return Extractor.extract(LETTERHEAD + text + SIGNED, null).values();
  }

  @Test
  void theCentreNamedShortBesideStaffReceivingDossiersIsTheServiceCentre() {
    Map<String, Object> v = values("""
        I. THỦ TỤC HÀNH CHÍNH
        1. Tiếp nhận 1.204 hồ sơ, đã giải quyết 1.180 hồ sơ.
        II. NHÂN LỰC
        1. Trung tâm bố trí 07 công chức tiếp nhận hồ sơ và 03 đoàn viên hỗ trợ người dân.
        """);
    assertEquals(7, v.get("human_resources.service_centre_staff"), v.toString());
    v = values("""
        I. THỦ TỤC HÀNH CHÍNH
        1. Tiếp nhận 1.204 hồ sơ, đã giải quyết 1.180 hồ sơ.
        2. Chuyển đổi số
        * Trung tâm Phục vụ hành chính công xã có 16 máy tính. Công chức tiếp nhận hồ sơ tại Trung tâm: 06 người.
        """);
    assertEquals(6, v.get("human_resources.service_centre_staff"), v.toString());
  }

  @Test
  void aCentreOfAnotherKindIsNotTheServiceCentre() {
    Map<String, Object> v = values("""
        I. THỦ TỤC HÀNH CHÍNH
        1. Tiếp nhận 1.204 hồ sơ, đã giải quyết 1.180 hồ sơ.
        II. NHÂN LỰC
        1. Trung tâm y tế xã bố trí 05 viên chức tiếp nhận bệnh nhân.
        """);
    assertNull(v.get("human_resources.service_centre_staff"), v.toString());
  }

  @Test
  void aNumberWordWrittenWithItsToneIsReadAsTheFigure() {
    // "chín" once mended to "chính" (of "hành chính"), so the figure in words was lost.
    Map<String, Object> v = values("""
        I. THỦ TỤC HÀNH CHÍNH
        1. Tiếp nhận 1.204 hồ sơ, đã giải quyết 1.180 hồ sơ.
        II. NHÂN LỰC, HẠ TẦNG
        * Trung tâm Phục vụ hành chính công xã bố trí chín công chức tiếp nhận,
        trả kết quả; 02 đoàn viên thanh niên hướng dẫn tại quầy.
        """);
    assertEquals(9, v.get("human_resources.service_centre_staff"), v.toString());
  }

  @Test
  void aHeadSigningWithoutTmGivesTheSignersName() {
    String text = LETTERHEAD + """
        I. THỦ TỤC HÀNH CHÍNH
        1. Tiếp nhận 1.204 hồ sơ, đã giải quyết 1.180 hồ sơ.

        Nơi nhận:                                          GIÁM ĐỐC
        - UBND xã (b/c);
        - Văn phòng HĐND và UBND xã;
        - Lưu: VT, TTPVHCC.                                Hoàng Thị Lan
                                                                 Trang 2/2
        """;
    Map<String, Object> v = Extractor.extract(text, null).values();
    assertEquals("Hoàng Thị Lan", v.get("source.signer_name"), v.toString());
  }

  @Test
  void aListOfReceiversWithoutARoleGivesNoSigner() {
    String text = LETTERHEAD + """
        I. THỦ TỤC HÀNH CHÍNH
        1. Tiếp nhận 1.204 hồ sơ, đã giải quyết 1.180 hồ sơ.

        Nơi nhận:
        - UBND xã (b/c);
        - Lưu: VT.                                Văn Phòng
        """;
    Map<String, Object> v = Extractor.extract(text, null).values();
    assertFalse(v.containsKey("source.signer_name"), v.toString());
  }

  @Test
  void theFiguresSpanStatedUnderAGeneralHeadingIsThePeriod() {
    Map<String, Object> v = values("""
        1. ĐẶC ĐIỂM TÌNH HÌNH
        Xã có 14 thôn. Số liệu hồ sơ trong báo cáo này được tính từ ngày 16/9/2025 đến ngày 15/10/2025
        (theo kỳ chốt của Hệ thống thông tin giải quyết TTHC).
        2. KẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ
        Tiếp nhận 1.204 hồ sơ, đã giải quyết 1.180 hồ sơ.
        """);
    assertEquals(LocalDate.of(2025, 9, 16), v.get("period.start"), v.toString());
    assertEquals(LocalDate.of(2025, 10, 15), v.get("period.end"), v.toString());
  }

  @Test
  void aRangeOfTrainingUnderAGeneralHeadingLeavesTheMonth() {
    Map<String, Object> v = values("""
        1. ĐẶC ĐIỂM TÌNH HÌNH
        Xã có 14 thôn; từ ngày 16/9/2025 đến ngày 15/10/2025 xã mở 02 lớp tập huấn.
        2. KẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ
        Tiếp nhận 1.204 hồ sơ, đã giải quyết 1.180 hồ sơ.
        """);
    assertEquals(LocalDate.of(2025, 10, 1), v.get("period.start"), v.toString());
    assertEquals(LocalDate.of(2025, 10, 31), v.get("period.end"), v.toString());
  }

  @Test
  void aNoteOnTheStartDoesNotHideTheSpanRunningToNow() {
    String text = LETTERHEAD.replace("tháng 10 năm 2025", "năm 2025\n(số liệu tính đến ngày 31/10/2025)") + """
        I. THỦ TỤC HÀNH CHÍNH
        1. Kết quả giải quyết hồ sơ: từ ngày 01/7/2025 (khi xã mới bắt đầu hoạt động) đến nay, xã tiếp nhận
        2.310 hồ sơ, đã giải quyết 2.250 hồ sơ.
        """ + SIGNED;
    Map<String, Object> v = Extractor.extract(text, null).values();
    assertEquals(LocalDate.of(2025, 7, 1), v.get("period.since"), v.toString());
    assertEquals(LocalDate.of(2025, 10, 31), v.get("period.as_of"), v.toString());
  }

  @Test
  void classesForCitizensAreNoTrainingSessionsOfTheStaff() {
    Map<String, Object> v = values("""
        I. THỦ TỤC HÀNH CHÍNH
        1. Tiếp nhận 1.204 hồ sơ, đã giải quyết 1.180 hồ sơ.
        II. NGUỒN NHÂN LỰC
        1. Trong tháng mở 09 lớp "Bình dân học vụ số" cho 640 lượt người dân.
        2. Tổ chức 02 lớp tập huấn kỹ năng số cho 37 cán bộ, công chức.
        """);
    assertEquals(2, v.get("human_resources.training_sessions"), v.toString());
  }

  @Test
  void moneyGivenForTheYearIsAllocatedThoughTheSentenceGoesOnToWhatWasSpent() {
    Map<String, Object> v = values("""
        I. THỦ TỤC HÀNH CHÍNH
        1. Tiếp nhận 1.204 hồ sơ, đã giải quyết 1.180 hồ sơ.
        III. KINH PHÍ
        Kinh phí năm 2025 giao cho chuyển đổi số: 420 triệu đồng; đến hết tháng 10 đã chi 150 triệu đồng.
        """);
    assertEquals(420_000_000L, v.get("finance.allocated_vnd"), v.toString());
    assertEquals(2025, v.get("finance.year"), v.toString());
  }

  @Test
  void aSumRestatedInWordsKeepsTheAllocation() {
    Map<String, Object> v = values("""
        I. THỦ TỤC HÀNH CHÍNH
        1. Tiếp nhận 1.204 hồ sơ, đã giải quyết 1.180 hồ sơ.
        5. Kinh phí
           Ngân sách xã năm 2025 bố trí cho chuyển đổi số 1,5 tỷ đồng (một tỷ
        năm trăm triệu đồng), trong đó khối Đảng 300 triệu đồng.
        """);
    assertEquals(1_500_000_000L, v.get("finance.allocated_vnd"), v.toString());
  }

  @Test
  void theCommunesOwnPlanNamedInThePreambleIsAmongItsDocuments() {
    Map<String, Object> v = values("""
        Thực hiện Công văn số 1207/UBND-VP ngày 02/10/2025 của UBND tỉnh về chế độ báo cáo hằng tháng; Kế hoạch số
        27/KH-UBND ngày 14/7/2025 của UBND xã về chuyển đổi số năm 2025, UBND xã báo cáo như sau:
        I. THỦ TỤC HÀNH CHÍNH
        1. Tiếp nhận 1.204 hồ sơ, đã giải quyết 1.180 hồ sơ.
        """);
    assertEquals("27/KH-UBND", v.get("documents[0].number"), v.toString());
    assertEquals(LocalDate.of(2025, 7, 14), v.get("documents[0].date"), v.toString());
    assertEquals("1207/UBND-VP", v.get("source.responds_to[0].number"), v.toString());
    assertFalse(v.containsKey("documents[1].number"), "the letter answered is no document: " + v);
  }

  @Test
  void aSpanOpenedByAnEventDatedInBracketsIsNoAsOf() {
    String text = LETTERHEAD.replace("Kết quả chuyển đổi số tháng 10 năm 2025",
        "kết quả chuyển đổi số từ khi sắp xếp đơn vị hành chính (01/7/2025) đến ngày 31/10/2025") + """
        1. Thủ tục hành chính: xã thực hiện 298 thủ tục hành chính. Từ ngày 01/7/2025 đến ngày 31/10/2025 xã tiếp
        nhận 4.210 hồ sơ, đã giải quyết 4.118 hồ sơ.
        2. Nhân lực: toàn xã có 58/62 biên chế (số liệu đến ngày 20/10/2025); 51 cán bộ, công chức được tập huấn.
        """ + SIGNED;
    Map<String, Object> v = Extractor.extract(text, null).values();
    assertEquals(LocalDate.of(2025, 7, 1), v.get("period.start"), v.toString());
    assertEquals(LocalDate.of(2025, 10, 31), v.get("period.end"), v.toString());
    assertFalse(v.containsKey("source.stated_as_of"), v.toString());
    assertFalse(v.containsKey("procedures.as_of"), v.toString());
    assertEquals(LocalDate.of(2025, 10, 20), v.get("human_resources.staff_as_of"), v.toString());
    assertFalse(v.containsKey("human_resources.as_of"), v.toString());
  }

  @Test
  void aClerkHoldingTheItPostBesideHisOwnIsItStaff() {
    Map<String, Object> v = values("""
        I. THỦ TỤC HÀNH CHÍNH
        1. Tiếp nhận 1.204 hồ sơ, đã giải quyết 1.180 hồ sơ.
        II. NHÂN LỰC
        - Xã có 02 công chức địa chính - xây dựng kiêm nhiệm công nghệ thông tin.
        """);
    assertEquals(2, v.get("human_resources.it_staff"), v.toString());
  }
}
