package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Round 25 (#23): typed wrong values of sets 35–36, each as a kind, on passages written for these tests (none is a line
 * of a report of the sets), with a passage each rule must leave alone.
 */
class RoundTwentyFiveTest {
  private static final String SIGNED = Passages.signOff("Hà Thị Nguyệt");

  private static final String HEAD = """
      ỦY BAN NHÂN DÂN
      XÃ BẢN LÙ ĐÔNG
      Số: 143/BC-UBND                 Bản Lù Đông, ngày 05 tháng 10 năm 2026
      BÁO CÁO
      kết quả chuyển đổi số và cải cách thủ tục hành chính quý III năm 2026
      UBND xã báo cáo như sau:
      """;

  private static Map<String, Object> values(String text) {
    return Extractor.extract(text + SIGNED, null).values();
  }

  @Test
  void aShareUnderAHeadingOfTasksAheadIsATarget() {
    // The period's share is 88,6 %; under "III. NHIỆM VỤ QUÝ IV" the 97 % is what the commune aims at, with no "phấn đấu".
    Map<String, Object> v = values(HEAD + """
        I. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH
        Trong quý tiếp nhận 1.240 hồ sơ, trong đó trực tuyến 1.099 hồ sơ (tỷ lệ trực tuyến 88,6%).
        II. HẠN CHẾ
        Một số thôn còn lõm sóng.
        III. NHIỆM VỤ QUÝ IV NĂM 2026
        - Duy trì tỷ lệ hồ sơ trực tuyến đạt 97%; số hóa kết quả giải quyết đạt 100%.
        """);
    assertEquals(88.6, v.get("dossiers.online_pct"), v.toString());
    assertNull(v.get("dossiers.digitised_pct"), v.toString());
  }

  @Test
  void anAppendixAfterTheSignatureStandsUnderNoHeadingOfTasks() {
    // Left alone: the text's last heading is "III. NHIỆM VỤ QUÝ IV", but the appendix after the signature is the
    // period's figures, its share the period's.
    Map<String, Object> v = values(HEAD + """
        I. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH
        Chi tiết tại Phụ lục kèm theo.
        II. NHIỆM VỤ QUÝ IV NĂM 2026
        - Duy trì tỷ lệ hồ sơ trực tuyến, không để hồ sơ quá hạn.
        """ + Passages.signOff("Hà Thị Nguyệt") + """
                              PHỤ LỤC
        KẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH
        | Chỉ tiêu               | Số hồ sơ | Tỷ lệ (%) |
        |------------------------|----------|-----------|
        | Tiếp nhận              |   1.240  |   100     |
        |  - Trực tuyến          |   1.099  |   88,63   |
        |  - Trực tiếp           |     141  |   11,37   |
        """);
    assertEquals(88.63, v.get("dossiers.online_pct"), v.toString());
  }

  @Test
  void aShareWithADeadlineAfterTheReportIsATarget() {
    // No heading says so: "… đạt 96% trước ngày 15/12/2026" in a report signed 05/10/2026 is a deadline ahead.
    Map<String, Object> v = values(HEAD + """
        1. Thủ tục hành chính
        Tiếp nhận 860 hồ sơ. Tỷ lệ hồ sơ trực tuyến của xã đạt 96% trước ngày 15/12/2026.
        """);
    assertNull(v.get("dossiers.online_pct"), v.toString());
    assertEquals(860, v.get("dossiers.received"), v.toString());
  }

  @Test
  void aShareReachedByADayAlreadyPastIsThePeriods() {
    // Left alone: "đạt 94,5% trước ngày 30/9/2026" is reached by a day before the report's date; and a heading reporting
    // on tasks ("Kết quả thực hiện nhiệm vụ …") is no heading of tasks ahead.
    Map<String, Object> v = values(HEAD + """
        I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ CHUYỂN ĐỔI SỐ
        Tiếp nhận 860 hồ sơ; tỷ lệ hồ sơ trực tuyến đạt 94,5% trước ngày 30/9/2026.
        """);
    assertEquals(94.5, v.get("dossiers.online_pct"), v.toString());
  }

  @Test
  void noneOverdueSaidRightAfterThoseInProgressIsOfThem() {
    // "Đang giải quyết 37 hồ sơ, không có hồ sơ nào quá hạn": none of the 37 is overdue; the resolved's 2 overdue stand.
    Map<String, Object> v = values(HEAD + """
        1. Thủ tục hành chính
        Đã giải quyết 512 hồ sơ, trong đó đúng hạn 510 hồ sơ, quá hạn 2 hồ sơ.
        Đang giải quyết 37 hồ sơ, không có hồ sơ nào quá hạn.
        """);
    assertEquals(2, v.get("dossiers.overdue"), v.toString());
    assertEquals(0, v.get("dossiers.overdue_in_progress"), v.toString());
  }

  @Test
  void noneOverdueSaidAloneIsOfTheResolved() {
    // Left alone: with no count in progress before it, "Không có hồ sơ quá hạn" is of those resolved.
    Map<String, Object> v = values(HEAD + """
        1. Thủ tục hành chính
        Đã giải quyết 512 hồ sơ đúng hạn. Không có hồ sơ quá hạn.
        """);
    assertEquals(0, v.get("dossiers.overdue"), v.toString());
    assertNull(v.get("dossiers.overdue_in_progress"), v.toString());
  }

  @Test
  void staffATrainingWasForAreTrainedWhereverTheyWork() {
    // "… cho 14 công chức bộ phận một cửa": those trained, not the service centre's staff.
    Map<String, Object> v = values(HEAD + """
        3. Nhân lực
        Tổ chức 02 buổi tập huấn phần mềm một cửa điện tử cho 14 công chức bộ phận một cửa.
        """);
    assertEquals(14, v.get("human_resources.trained"), v.toString());
    assertEquals(2, v.get("human_resources.training_sessions"), v.toString());
    assertNull(v.get("human_resources.service_centre_staff"), v.toString());
  }

  @Test
  void theCentresStaffWithoutATrainingStayTheCentres() {
    // Left alone: "Bộ phận một cửa có 6 công chức" is the centre's staff.
    Map<String, Object> v = values(HEAD + """
        3. Nhân lực
        Bộ phận một cửa có 6 công chức tiếp nhận hồ sơ.
        """);
    assertEquals(6, v.get("human_resources.service_centre_staff"), v.toString());
    assertNull(v.get("human_resources.trained"), v.toString());
  }

  @Test
  void classesWithAPartForCitizensCountOnlyTheStaffsPart() {
    // "05 lớp (03 lớp cho cán bộ, công chức, 02 lớp … cho người dân)": the staff's sessions are 3, not 5 nor 2.
    Map<String, Object> v = values(HEAD + """
        3. Nhân lực
        Mở 05 lớp tập huấn (03 lớp cho cán bộ, 02 lớp kỹ năng số cho người dân) trong quý.
        """);
    assertEquals(3, v.get("human_resources.training_sessions"), v.toString());
  }

  @Test
  void classesWhosePartsAreAllForTheStaffKeepTheirTotal() {
    // Left alone: parts by subject, all for the staff: the total counts.
    Map<String, Object> v = values(HEAD + """
        3. Nhân lực
        Mở 04 lớp tập huấn (02 lớp về ký số, 02 lớp về dịch vụ công) cho cán bộ, công chức xã.
        """);
    assertEquals(4, v.get("human_resources.training_sessions"), v.toString());
  }
}
