package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.xaso.model.DocumentKind;

/**
 * Round 27 (#23): the kinds behind the typed wrong values of every set and the losses of sets 37–38, on passages written
 * for these tests (none is a line of a report of the sets), each with a passage the rule must leave alone.
 */
class RoundTwentySevenTest {
  private static final String SIGNED = Passages.signOff("Hà Thị Mai");

  /** A month's report of a commune People's Committee, its preamble answering the text named in {@code answered}. */
  private static String month(String answered) {
    return """
        ỦY BAN NHÂN DÂN
        XÃ THẠCH SƠN ĐÔNG
        Số: 214/BC-UBND                  Thạch Sơn Đông, ngày 03 tháng 11 năm 2025
        BÁO CÁO
        kết quả chuyển đổi số, cải cách thủ tục hành chính tháng 10 năm 2025
        Thực hiện %s của Sở Khoa học và Công nghệ về chế độ báo cáo định kỳ, UBND xã báo cáo như sau:
        """.formatted(answered);
  }

  private static final String MONTH = month("Công văn số 902/SKHCN-CĐS ngày 02/10/2025");

  private static Map<String, Object> values(String text) {
    return Extractor.extract(text + SIGNED, null).values();
  }

  @Test
  void aNoticeAnsweredIsOfNoKindTheModelHas() {
    // "Thông báo số …/TB-…" asks for the report as a letter would, but a notice is no letter: kind other.
    Map<String, Object> v = values(month("Thông báo số 731/TB-SKHCN ngày 14/10/2025") + """
        I. THỦ TỤC HÀNH CHÍNH
        Xã đang thực hiện 312 TTHC.
        """);
    assertEquals("731/TB-SKHCN", v.get("source.responds_to[0].number"), v.toString());
    assertEquals(DocumentKind.OTHER, v.get("source.responds_to[0].kind"), v.toString());
  }

  @Test
  void aLetterAnsweredStaysALetter() {
    Map<String, Object> v = values(MONTH + """
        I. THỦ TỤC HÀNH CHÍNH
        Xã đang thực hiện 312 TTHC.
        """);
    assertEquals(DocumentKind.LETTER, v.get("source.responds_to[0].kind"), v.toString());
  }

  @Test
  void proceduresWorkedOnAreNoneOfThoseInForce() {
    // Configured, left to finish, proposed to raise: none is a count of the procedures in force or of their offer.
    Map<String, Object> v = values(MONTH + """
        I. THỦ TỤC HÀNH CHÍNH
        1. Xã đang thực hiện 312 TTHC, trong đó toàn trình 160 TTHC, một phần 131 TTHC, trực tiếp 21 TTHC.
        2. Trong tháng đã cấu hình xong 18/24 thủ tục dịch vụ công mới; 06 thủ tục còn lại hoàn thành trong tháng 11.
        3. Đề nghị đưa thêm 09 TTHC lên trực tuyến toàn trình.
        """);
    assertEquals(312, v.get("procedures.total"), v.toString());
    assertEquals(160, v.get("procedures.full_online"), v.toString());
    assertEquals(131, v.get("procedures.partial_online"), v.toString());
    assertEquals(21, v.get("procedures.not_online"), v.toString());
  }

  @Test
  void proceduresNotCarriedOutOnlineAreNotOnline() {
    // "chưa thực hiện trực tuyến" says not online as "chưa trực tuyến" does; the rest of the list is untouched.
    Map<String, Object> v = values(MONTH + """
        I. THỦ TỤC HÀNH CHÍNH
        Tổng số TTHC đang áp dụng: 305 thủ tục (toàn trình 150, một phần 128, còn lại 27 TTHC chưa thực hiện trực tuyến).
        """);
    assertEquals(305, v.get("procedures.total"), v.toString());
    assertEquals(27, v.get("procedures.not_online"), v.toString());
    assertEquals(150, v.get("procedures.full_online"), v.toString());
  }

  @Test
  void twoLevelsCountedTogetherAreNeitherLevel() {
    Map<String, Object> v = values(MONTH + """
        III. NHÂN LỰC
        Cán bộ, công chức có trình độ: thạc sĩ 03, đại học 41, cao đẳng và trung cấp 06.
        """);
    assertEquals(3, v.get("human_resources.qualifications.masters"), v.toString());
    assertEquals(41, v.get("human_resources.qualifications.university"), v.toString());
    assertNull(v.get("human_resources.qualifications.college"), v.toString());
    assertNull(v.get("human_resources.qualifications.intermediate"), v.toString());
  }

  @Test
  void oneLevelNamedAloneKeepsItsCount() {
    Map<String, Object> v = values(MONTH + """
        III. NHÂN LỰC
        Cán bộ, công chức có trình độ: đại học 41, cao đẳng 02, trung cấp 04.
        """);
    assertEquals(2, v.get("human_resources.qualifications.college"), v.toString());
    assertEquals(4, v.get("human_resources.qualifications.intermediate"), v.toString());
  }

  @Test
  void dossiersLateAreOverdue() {
    Map<String, Object> v = values(MONTH + """
        II. GIẢI QUYẾT HỒ SƠ
        Đã giải quyết 1.204 hồ sơ (đúng hạn 1.195, trễ hạn 9).
        """);
    assertEquals(9, v.get("dossiers.overdue"), v.toString());
    assertEquals(1195, v.get("dossiers.on_time"), v.toString());
  }

  @Test
  void dossiersReceivedLateStayReceivedLate() {
    // Left alone: "tiếp nhận trễ hạn" is received late, the field before overdue.
    Map<String, Object> v = values(MONTH + """
        II. GIẢI QUYẾT HỒ SƠ
        Hồ sơ tiếp nhận trễ hạn trên hệ thống: 02 hồ sơ.
        """);
    assertEquals(2, v.get("dossiers.late_received"), v.toString());
    assertNull(v.get("dossiers.overdue"), v.toString());
  }

  @Test
  void aPrinterNamedAfterItsCountIsAPrinter() {
    // The bracket's "cấu hình thấp" is its part's; "14 máy in" after it names its own thing.
    Map<String, Object> v = values(MONTH + """
        III. HẠ TẦNG
        Khối chính quyền: 41 máy tính (06 máy cấu hình thấp), 14 máy in, 04 máy scan.
        """);
    assertEquals(41, v.get("infrastructure.government.hardware.computers"), v.toString());
    assertEquals(6, v.get("infrastructure.government.hardware.inadequate"), v.toString());
    assertEquals(14, v.get("infrastructure.government.hardware.printers"), v.toString());
    assertEquals(4, v.get("infrastructure.government.hardware.scanners"), v.toString());
  }

  @Test
  void aMachineForClassifiedTextsIsNoScanner() {
    // Left alone: "máy soạn thảo văn bản mật" (mended towards "máy scan") is the Party's classified computer.
    Map<String, Object> v = values(MONTH + """
        III. HẠ TẦNG
        Khối Đảng: 12 máy tính, trong đó 10 máy kết nối mạng WAN của Đảng và 01 máy soạn thảo văn bản mật.
        """);
    assertEquals(1, v.get("infrastructure.party.hardware.classified_computers"), v.toString());
    assertNull(v.get("infrastructure.party.hardware.scanners"), v.toString());
  }

  @Test
  void computersWornOutAreInadequate() {
    Map<String, Object> v = values(MONTH + """
        III. HẠ TẦNG
        UBND xã có 36 máy tính, 11 máy in.
        IV. KHÓ KHĂN, HẠN CHẾ
        Còn 06 máy tính của UBND xã đã cũ, thường xuyên treo máy.
        """);
    assertEquals(6, v.get("infrastructure.government.hardware.inadequate"), v.toString());
    assertEquals(36, v.get("infrastructure.government.hardware.computers"), v.toString());
  }

  @Test
  void aConclusionNamedByAHeadingWithItsDateIsFollowedUp() {
    Map<String, Object> v = values(MONTH + """
        V. Việc triển khai Kết luận số 206-KL/TW, ngày 14/10/2025
        Đảng ủy ban hành kế hoạch triển khai; các chi bộ quán triệt đến đảng viên.
        """);
    assertEquals("206-KL/TW", v.get("follow_ups[0].conclusion.number"), v.toString());
  }

  @Test
  void aConclusionNamedByAHeadingWithoutItsDateIsCited() {
    // A heading naming a conclusion without its date takes it up as a topic: the conclusion is cited, no follow-up.
    Map<String, Object> v = values(MONTH.replace("về chế độ báo cáo", "và Kết luận số 206-KL/TW ngày 14/10/2025 về chế độ báo cáo")
        + """
        V. Triển khai Kết luận số 206-KL/TW của Bộ Chính trị
        Đảng ủy chỉ đạo rà soát bộ máy tham mưu về chuyển đổi số.
        """);
    assertFalse(v.containsKey("follow_ups[0].conclusion.number"), v.toString());
    assertEquals("206-KL/TW", v.get("cites[0].number"), v.toString());
  }

  @Test
  void aShareInASentenceOfTheOnlineRateIsOfDossiers() {
    // "riêng nhóm TTHC một phần đạt 68,2%" in a sentence of the rate of dossiers filed online: those dossiers' share.
    Map<String, Object> v = values(MONTH + """
        II. GIẢI QUYẾT HỒ SƠ
        Tỷ lệ tiếp nhận trực tuyến đạt 86,15%; riêng nhóm TTHC một phần đạt 68,2%.
        """);
    assertEquals(86.15, v.get("dossiers.online_pct"), v.toString());
    assertEquals(68.2, v.get("dossiers.partial_online_online_pct"), v.toString());
    assertNull(v.get("procedures.with_dossiers.partial_online_pct"), v.toString());
  }

  @Test
  void aShareOfProceduresThatHadDossiersStaysTheirs() {
    Map<String, Object> v = values(MONTH + """
        I. THỦ TỤC HÀNH CHÍNH
        Tỷ lệ TTHC toàn trình có phát sinh hồ sơ đạt 46,2%; TTHC một phần có phát sinh hồ sơ đạt 39,7%.
        """);
    assertEquals(46.2, v.get("procedures.with_dossiers.full_online_pct"), v.toString());
    assertNull(v.get("dossiers.partial_online_online_pct"), v.toString());
  }

  @Test
  void moneyForALaterYearIsNoAllocation() {
    // "… trong năm 2026" after the sum, in a 2025 report: the year it is for is a later one.
    Map<String, Object> v = values(MONTH + """
        IV. KIẾN NGHỊ
        Đề nghị UBND xã bổ sung 02 máy tính cho bộ phận một cửa và bố trí 120 triệu đồng nâng cấp mạng LAN trong năm 2026.
        """);
    assertNull(v.get("finance.allocated_vnd"), v.toString());
  }

  @Test
  void moneyOfTheReportsYearStaysAllocated() {
    Map<String, Object> v = values(MONTH + """
        IV. KINH PHÍ
        Năm 2025 xã được bố trí 260 triệu đồng cho chuyển đổi số, sử dụng trong năm 2025.
        """);
    assertEquals(260_000_000L, v.get("finance.allocated_vnd"), v.toString());
  }

  @Test
  void moneyWrittenWithTheDongSignIsInDong() {
    Map<String, Object> v = values(MONTH + """
        IV. KINH PHÍ
        Năm 2025 được cấp 410.000.000 đ (đã chi 215.000.000 đ).
        """);
    assertEquals(410_000_000L, v.get("finance.allocated_vnd"), v.toString());
  }

  @Test
  void staffAskedForAreNotOnTheStaff() {
    Map<String, Object> v = values(MONTH + """
        III. NHÂN LỰC
        Công chức phụ trách CNTT của xã hiện kiêm nhiệm; đề nghị bố trí thêm 01 công chức chuyên trách công nghệ thông tin.
        Đề nghị Sở Nội vụ bổ sung 03 biên chế công chức cho xã.
        """);
    assertNull(v.get("human_resources.it_staff"), v.toString());
    assertNull(v.get("human_resources.staff_quota"), v.toString());
  }

  @Test
  void staffInPostStayCounted() {
    Map<String, Object> v = values(MONTH + """
        III. NHÂN LỰC
        Xã bố trí 01 công chức chuyên trách công nghệ thông tin; biên chế được giao 52.
        """);
    assertEquals(1, v.get("human_resources.it_staff"), v.toString());
  }

  @Test
  void figuresListedWithDashesAreEachTheirLabels() {
    // "Trước hạn: 305 - Đúng hạn: 1.021 - Quá hạn: 6": a list parted by dashes, not a document's number "305 - Đúng".
    Map<String, Object> v = values(MONTH + """
        II. GIẢI QUYẾT HỒ SƠ
        - Giải quyết: 1.332 hồ sơ. Trước hạn: 305 - Đúng hạn: 1.021 - Quá hạn: 6
        """);
    assertEquals(305, v.get("dossiers.early"), v.toString());
    assertEquals(6, v.get("dossiers.overdue"), v.toString());
    assertEquals(1326, v.get("dossiers.on_time"), v.toString());
  }

  @Test
  void aDashInsideWordsPartsNoClause() {
    // Left alone: "Văn hóa - Xã hội kiêm nhiệm phụ trách công nghệ thông tin" are the post's own words.
    Map<String, Object> v = values(MONTH + """
        III. NHÂN LỰC
        Phân công 01 công chức Văn hóa - Xã hội kiêm nhiệm phụ trách công nghệ thông tin.
        """);
    assertEquals(1, v.get("human_resources.it_staff"), v.toString());
  }

  @Test
  void coverageOfSignalGenerationsListed() {
    Map<String, Object> v = values(MONTH + """
        III. HẠ TẦNG
        Sóng 4G, 5G phủ 98,5% địa bàn xã.
        """);
    assertEquals(98.5, v.get("infrastructure.government.connectivity.coverage_pct"), v.toString());
  }

  @Test
  void aShareOfSubscribersIsNoCoverage() {
    Map<String, Object> v = values(MONTH + """
        III. HẠ TẦNG
        Thuê bao 4G, 5G chiếm 76% số thuê bao di động trên địa bàn.
        """);
    assertNull(v.get("infrastructure.government.connectivity.coverage_pct"), v.toString());
  }

  @Test
  void aShareInBracketsAfterStaffThenTheirTrainingIsTheTrainedShare() {
    Map<String, Object> v = values(MONTH + """
        III. NHÂN LỰC
        Trong tháng, 48/52 cán bộ, công chức (92,31%) hoàn thành khóa bồi dưỡng kỹ năng số.
        """);
    assertEquals(92.31, v.get("human_resources.trained_pct"), v.toString());
  }

  @Test
  void aShareInBracketsAfterStaffPresentIsNoTrainedShare() {
    Map<String, Object> v = values(MONTH + """
        III. NHÂN LỰC
        Cán bộ, công chức có mặt 48/52 người (92,31%), làm việc tại trụ sở xã.
        """);
    assertNull(v.get("human_resources.trained_pct"), v.toString());
  }

  @Test
  void dossiersThePostOfficeTookInAreNoCountOfReceived() {
    Map<String, Object> v = values(MONTH + """
        II. GIẢI QUYẾT HỒ SƠ
        Trong tháng tiếp nhận 642 hồ sơ.
        Phối hợp Bưu điện xã tiếp nhận 12 hồ sơ qua dịch vụ bưu chính công ích.
        """);
    assertEquals(642, v.get("dossiers.received"), v.toString());
  }

  @Test
  void aQuartersYearIsATimeNotAFigure() {
    // "Tồn quý III/2025 chuyển qua: 48 hồ sơ": 2025 names the quarter, so "chuyển qua" names the 48.
    Map<String, Object> v = values(MONTH + """
        II. GIẢI QUYẾT HỒ SƠ
        - Tồn quý III/2025 chuyển qua: 48 hồ sơ
        """);
    assertEquals(48, v.get("dossiers.carried_over"), v.toString());
  }

  @Test
  void proceduresThatHadDossiersInALaterClauseAreNotTheCountsBefore() {
    // "phát sinh hồ sơ" after the semicolon is the clause of 58 and 37; the counts before it are of all the procedures.
    Map<String, Object> v = values(MONTH + """
        I. THỦ TỤC HÀNH CHÍNH
        Tổng số TTHC đang thực hiện tại xã là 305 thủ tục, trong đó toàn trình 151 thủ tục, một phần 126 thủ tục, còn lại
        28 thủ tục thực hiện trực tiếp; trong tháng có 58 thủ tục toàn trình và 37 thủ tục một phần phát sinh hồ sơ.
        """);
    assertEquals(305, v.get("procedures.total"), v.toString());
    assertEquals(151, v.get("procedures.full_online"), v.toString());
    assertEquals(28, v.get("procedures.not_online"), v.toString());
    assertNull(v.get("procedures.with_dossiers.not_online"), v.toString());
    assertEquals(58, v.get("procedures.with_dossiers.full_online"), v.toString());
    assertEquals(37, v.get("procedures.with_dossiers.partial_online"), v.toString());
  }

  @Test
  void proceduresUnderTasksAheadAreNoneInForce() {
    Map<String, Object> v = values(MONTH + """
        I. THỦ TỤC HÀNH CHÍNH
        Xã đang thực hiện 312 TTHC.
        III. NHIỆM VỤ THÁNG 11
        - Bảo đảm 40/40 thủ tục được cấu hình trên hệ thống.
        """);
    assertEquals(312, v.get("procedures.total"), v.toString());
  }

  @Test
  void partlyOnlineAndInPersonAfterACommaArePartlyOrNotOnline() {
    Map<String, Object> v = values(MONTH + """
        I. THỦ TỤC HÀNH CHÍNH
        Xã thực hiện 320 TTHC, trong đó 171 TTHC toàn trình và 149 TTHC dịch vụ công trực tuyến một phần, trực tiếp.
        """);
    assertEquals(149, v.get("procedures.partial_or_not_online"), v.toString());
    assertNull(v.get("procedures.partial_online"), v.toString());
  }

  @Test
  void partlyOnlineFollowedByAnotherCountStaysPartlyOnline() {
    Map<String, Object> v = values(MONTH + """
        I. THỦ TỤC HÀNH CHÍNH
        Xã thực hiện 320 TTHC, trong đó toàn trình 171 TTHC, một phần 129 TTHC, trực tiếp 20 TTHC.
        """);
    assertEquals(129, v.get("procedures.partial_online"), v.toString());
    assertEquals(20, v.get("procedures.not_online"), v.toString());
  }

  @Test
  void dossiersUnderTasksAheadGiveNoSecondValue() {
    // "giải quyết dứt điểm 04 hồ sơ quá hạn" among the tasks: the overdue above stands.
    Map<String, Object> v = values(MONTH + """
        II. GIẢI QUYẾT HỒ SƠ
        Đã giải quyết 1.204 hồ sơ (đúng hạn 1.192, quá hạn 12).
        IV. PHƯƠNG HƯỚNG THÁNG 11
        Giải quyết dứt điểm 04 hồ sơ quá hạn còn lại.
        """);
    assertEquals(12, v.get("dossiers.overdue"), v.toString());
  }

  @Test
  void dossiersUnderTasksAheadStandWhereNothingElseGaveThem() {
    Map<String, Object> v = values(MONTH + """
        II. GIẢI QUYẾT HỒ SƠ
        Trong tháng tiếp nhận 512 hồ sơ.
        IV. PHƯƠNG HƯỚNG THÁNG 11
        Đôn đốc giải quyết dứt điểm 35 hồ sơ đang giải quyết, không để quá hạn.
        """);
    assertEquals(35, v.get("dossiers.in_progress"), v.toString());
  }

  @Test
  void dossiersOfOneDomainNamedAfterTheCountAreAPart() {
    Map<String, Object> v = values(MONTH + """
        II. GIẢI QUYẾT HỒ SƠ
        Đang giải quyết 140 hồ sơ.
        IV. KHÓ KHĂN
        - 87 hồ sơ đất đai đang giải quyết do chờ đo đạc.
        """);
    assertEquals(140, v.get("dossiers.in_progress"), v.toString());
  }

  @Test
  void dossiersCountedUnderTheirLabelKeepTheirDomain() {
    Map<String, Object> v = values(MONTH + """
        II. GIẢI QUYẾT HỒ SƠ
        Hồ sơ quá hạn: 03 hồ sơ lĩnh vực đất đai.
        """);
    assertEquals(3, v.get("dossiers.overdue"), v.toString());
  }

  @Test
  void proceduresCountedInTheLegalPartAreDatedByTheirSentence() {
    Map<String, Object> v = values(MONTH + """
        I. VỀ PHÁP LÝ
        Tính đến ngày 25/10/2025, xã đang thực hiện 318 thủ tục hành chính, trong đó 160 thủ tục toàn trình.
        """);
    assertEquals(java.time.LocalDate.of(2025, 10, 25), v.get("procedures.as_of"), v.toString());
    assertEquals(318, v.get("procedures.total"), v.toString());
  }

  @Test
  void proceduresCountedInTheLegalPartOnThePeriodsLastDayAreNotDated() {
    Map<String, Object> v = values(MONTH + """
        I. VỀ PHÁP LÝ
        Tính đến ngày 31/10/2025, xã đang thực hiện 318 thủ tục hành chính, trong đó 160 thủ tục toàn trình.
        """);
    assertNull(v.get("procedures.as_of"), v.toString());
  }

  @Test
  void anEstimatesDayIsNoPartsDate() {
    Map<String, Object> v = values(MONTH + """
        II. THỦ TỤC HÀNH CHÍNH
        Số liệu giải quyết TTHC tính từ ngày 01/10/2025 đến ngày 31/10/2025; cột ước thực hiện tính đến 31/12/2025:
        Xã đang thực hiện 312 TTHC.
        """);
    assertNull(v.get("procedures.as_of"), v.toString());
  }

  @Test
  void aProceduresHeadingDatesThem() {
    Map<String, Object> v = values(MONTH + """
        II. THỦ TỤC HÀNH CHÍNH (tính đến ngày 25/10/2025)
        Xã đang thực hiện 312 TTHC.
        """);
    assertEquals(java.time.LocalDate.of(2025, 10, 25), v.get("procedures.as_of"), v.toString());
  }

  @Test
  void theStaffHeadingsFiguresDayIsTheStaffCounts() {
    Map<String, Object> v = values(MONTH + """
        III. NHÂN LỰC (số liệu tính đến ngày 20/10/2025)
        Cán bộ, công chức có mặt 48/52 biên chế.
        """);
    assertEquals(java.time.LocalDate.of(2025, 10, 20), v.get("human_resources.staff_as_of"), v.toString());
    assertNull(v.get("human_resources.as_of"), v.toString());
  }

  @Test
  void anItPostHeldBesideAnotherNamedInTheClauseBefore() {
    Map<String, Object> v = values(MONTH + """
        III. NHÂN LỰC
        Chưa có công chức chuyên trách công nghệ thông tin; giao 01 công chức Văn phòng - Thống kê kiêm nhiệm.
        """);
    assertEquals(1, v.get("human_resources.it_staff"), v.toString());
  }

  @Test
  void aNumberedParagraphWrappedBeforeItsUnitGoesOn() {
    // The word processor broke "… trong đó: 176" from its unit "TTHC" on the next line: one sentence, not a heading.
    Map<String, Object> v = values(MONTH + """
        I. THỦ TỤC HÀNH CHÍNH
        a) Tính đến ngày 25/10/2025, xã đang thực hiện 330 TTHC, trong đó: 176
        TTHC cung cấp dịch vụ công trực tuyến toàn trình, 131 TTHC một phần, 23 TTHC chỉ thực hiện trực tiếp.
        """);
    assertEquals(176, v.get("procedures.full_online"), v.toString());
    assertEquals(131, v.get("procedures.partial_online"), v.toString());
    assertEquals(330, v.get("procedures.total"), v.toString());
  }

  @Test
  void aTitleEndingWithItsWeekStaysATitle() {
    // Left alone: "tuần 48" ends a title; the line under it is a sentence of its own.
    Map<String, Object> v = values(MONTH + """
        II. Tiếp nhận, giải quyết hồ sơ tuần 48
        Hồ sơ tiếp nhận: 684 hồ sơ.
        """);
    assertEquals(684, v.get("dossiers.received"), v.toString());
  }
}
