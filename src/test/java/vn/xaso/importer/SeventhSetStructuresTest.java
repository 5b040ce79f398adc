package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.xaso.model.Block;

/**
 * Round 8 of #23: the structures the seventh held-out set showed the rules did not read, each on a passage
 * written here in other words and layouts: a table of dossiers whose row labels do not say "hồ sơ" under a
 * heading about handling them; a table typed with its columns aligned by spaces, week columns and a running
 * total; an estimate column and an estimate's "đến hết ngày"; staff "tính đến ngày" under their heading; the
 * joint office of the council and the committee; a line installed in the week; money named by its own verb;
 * qualifications named after their counts; people "làm việc theo hợp đồng"; a share under a dossiers heading.
 */
class SeventhSetStructuresTest {
  private static final String SIGNED = Passages.signOff("Hà Thị Lan");

  private static Map<String, Object> values(String text) {
    return Extractor.extract(text + SIGNED, null).values();
  }

  private static String month(String body) {
    return "ỦY BAN NHÂN DÂN\nXÃ PHÚC SƠN\nSố: 41/BC-UBND                 Phúc Sơn, ngày 05 tháng 11 năm 2025\nBÁO CÁO\n"
        + "Kết quả chuyển đổi số tháng 10 năm 2025\n" + body;
  }

  private static long number(Object v) {
    return ((Number) v).longValue();
  }

  @Test
  void aTableOfBareFiguresUnderAHeadingOnHandlingDossiersCountsDossiers() {
    Map<String, Object> v = values(month("""
        III. TÌNH HÌNH GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH
        | Nội dung               | Tháng 10 | Tháng 9 |
        |------------------------|----------|---------|
        | Nhận mới trong tháng   | 884      | 790     |
        |  - Qua mạng            | 702      | 611     |
        | Giải quyết xong        | 861      | 775     |
        | Còn đang xử lý         | 40       | 33      |
        """));
    assertEquals(884, v.get("dossiers.received"));
    assertEquals(861, v.get("dossiers.resolved"));
    assertEquals(40, v.get("dossiers.in_progress"));
    assertNull(v.get("procedures.total"), "no count of procedures");
  }

  @Test
  void theSameBareTableUnderAnotherHeadingCountsNothing() {
    Map<String, Object> v = values(month("""
        III. CÁC CHỈ SỐ KHÁC
        | Nội dung               | Tháng 10 |
        |------------------------|----------|
        | Nhận mới trong tháng   | 884      |
        | Giải quyết xong        | 861      |
        """));
    assertNull(v.get("dossiers.received"));
    assertNull(v.get("dossiers.resolved"));
  }

  @Test
  void aTableAlignedBySpacesReadsItsWeekColumnNotTheWeekBeforeNorTheRunningTotal() {
    Map<String, Object> v = values("""
        ỦY BAN NHÂN DÂN
        XÃ BẢN LẦU
        Số: 19/BC-UBND                 Bản Lầu, ngày 17 tháng 11 năm 2025
        BÁO CÁO
        Tuần 46 năm 2025 (từ ngày 10/11/2025 đến ngày 16/11/2025)
        2. Hồ sơ hành chính
        Nội dung                 Tuần 45      Tuần 46      Cộng dồn từ 01/7/2025
        Tiếp nhận trong tuần         88           95              1.702
          Qua mạng                   70           81              1.340
        Đã trả kết quả               90           92              1.688
        Đang xử lý                    6            9                  9
        """);
    assertEquals(LocalDate.of(2025, 11, 10), v.get("period.start"));
    assertEquals(95, v.get("dossiers.received"));
    assertEquals(81, v.get("dossiers.received_online"));
    assertEquals(9, v.get("dossiers.in_progress"));
  }

  @Test
  void anEstimateColumnIsNotReadAndAnEstimatesEndIsNoAsOf() {
    Map<String, Object> v = values("""
        ỦY BAN NHÂN DÂN
        XÃ ĐÔNG LỘC
        Số: 203/BC-UBND                 Đông Lộc, ngày 16 tháng 12 năm 2025
        BÁO CÁO
        Tổng kết công tác chuyển đổi số năm 2025
        Số liệu từ ngày 01/7/2025 đến ngày 15/12/2025; phần ước tính đến hết ngày 31/12/2025 chỉ để tham khảo.
        1. Hạ tầng
        Khối chính quyền có 30 máy tính.
        2. Giải quyết hồ sơ
        Chỉ tiêu	Đã thực hiện (01/7-15/12/2025)	Ước thực hiện cả năm
        Hồ sơ tiếp nhận	3.410	3.900
        Đã giải quyết	3.355	3.880
        """);
    assertEquals(3410, v.get("dossiers.received"));
    assertEquals(3355, v.get("dossiers.resolved"));
    assertNull(v.get("source.stated_as_of"));
    assertNull(v.get("infrastructure.as_of"));
  }

  @Test
  void staffTinhDenUnderTheirHeadingDateTheCountButSoLieuDatesThePart() {
    Map<String, Object> staff = values(month("""
        II. NHÂN LỰC (tính đến ngày 31/10/2025)
        Biên chế giao 40, có mặt 37 người.
        """));
    assertEquals(LocalDate.of(2025, 10, 31), staff.get("human_resources.staff_as_of"));
    assertNull(staff.get("human_resources.as_of"));
    Map<String, Object> part = values(month("""
        II. NHÂN LỰC (số liệu đến ngày 31/10/2025)
        Biên chế giao 40, có mặt 37 người.
        """));
    assertEquals(LocalDate.of(2025, 10, 31), part.get("human_resources.as_of"));
  }

  @Test
  void theJointOfficeOfCouncilAndCommitteeIsTheGovernments() {
    Findings f = Extractor.extract("""
        HĐND - UBND XÃ SƠN THỦY
        VĂN PHÒNG HĐND VÀ UBND
        Số: 12/BC-VP                 Sơn Thủy, ngày 10 tháng 11 năm 2025
        BÁO CÁO
        Tình hình tuần 45
        1. Tiếp nhận 40 hồ sơ.
        """ + "\nNơi nhận:                     CHÁNH VĂN PHÒNG\n- Lưu: VP.\n\n                              Vì Văn Tâm\n", null);
    assertEquals(Block.GOVERNMENT, f.values().get("source.issuer_block"));
  }

  @Test
  void equipmentInstalledAnewIsNoStock() {
    Map<String, Object> v = values(month("""
        I. HẠ TẦNG
        Trong tháng đã lắp đặt mới 02 đường truyền cáp quang cho nhà văn hóa thôn.
        Trong tháng trang bị thêm 03 máy tính cho bộ phận một cửa.
        """));
    assertNull(v.get("infrastructure.government.hardware.internet_lines"));
    assertNull(v.get("infrastructure.government.hardware.computers"));
  }

  @Test
  void moneyIsNamedByItsOwnVerb() {
    Map<String, Object> v = values(month("""
        IV. KINH PHÍ
        Năm 2025, ngân sách xã phân bổ 540 triệu đồng cho chuyển đổi số, đến nay đã chi 210 triệu đồng.
        """));
    assertEquals(540_000_000L, number(v.get("finance.allocated_vnd")));
    Map<String, Object> used = values(month("""
        IV. KINH PHÍ
        Năm 2025 xã được giao 300 triệu đồng; trong 10 tháng đã sử dụng 120 triệu đồng.
        """));
    assertEquals(300_000_000L, number(used.get("finance.allocated_vnd")));
  }

  @Test
  void qualificationsNamedAfterTheirCountsAndPeopleOnContracts() {
    Map<String, Object> v = values(month("""
        II. NHÂN LỰC
        Hiện xã có 45 cán bộ, công chức, trong đó có 03 thạc sĩ, 38 đại học, 02 cao đẳng và 02 trung cấp.
        Bên cạnh đó có 05 người làm theo hợp đồng lao động.
        """));
    assertEquals(3, v.get("human_resources.qualifications.masters"));
    assertEquals(38, v.get("human_resources.qualifications.university"));
    assertEquals(2, v.get("human_resources.qualifications.college"));
    assertEquals(2, v.get("human_resources.qualifications.intermediate"));
    assertEquals(5, v.get("human_resources.labour_contracts"));
  }

  @Test
  void aShareUnderADossiersHeadingIsOfDossiersButNotWhenItNamesProcedures() {
    Map<String, Object> v = values(month("""
        2. Hồ sơ của công dân
        - Tỷ lệ nộp trực tuyến: 76,4%.
        """));
    assertEquals(new BigDecimal("76.4"), new BigDecimal(String.valueOf(v.get("dossiers.online_pct"))));
    Map<String, Object> procedures = values(month("""
        2. Hồ sơ của công dân
        - Tỷ lệ thủ tục trực tuyến toàn trình: 51,2%.
        """));
    assertNull(procedures.get("dossiers.online_pct"));
  }
}
