package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Round 20p: periods and document numbers, on passages written for these tests. */
class RoundTwentyPTest {
  private static final String LETTERHEAD = "ỦY BAN NHÂN DÂN\nXÃ PHÚ MỸ BẮC\nSố: 58/BC-UBND                 Phú Mỹ Bắc, ngày 09 tháng 3 năm 2026\n"
      + "BÁO CÁO\nKết quả chuyển đổi số tháng 02 năm 2026\n";
  private static final String SIGNED = Passages.signOff("Đỗ Minh Quang");

  private static Map<String, Object> values(String text) {
    return Extractor.extract(LETTERHEAD + text + SIGNED, null).values();
  }

  @Test
  void aDocumentNumberWithDottedCodesIsKeptWhole() {
    Map<String, Object> v = values("""
        Căn cứ Công văn số 745/SKHCN.VP-CĐS ngày 20/02/2026 của Sở Khoa học và Công nghệ về báo cáo tháng,
        UBND xã báo cáo như sau:
        I. THỦ TỤC HÀNH CHÍNH
        1. Tiếp nhận 604 hồ sơ, đã giải quyết 590 hồ sơ.
        """);
    assertEquals("745/SKHCN.VP-CĐS", v.get("source.responds_to[0].number"), v.toString());
    assertEquals(LocalDate.of(2026, 2, 20), v.get("source.responds_to[0].date"), v.toString());
  }

  @Test
  void aDotThenASpaceStillEndsTheNumber() {
    Map<String, Object> v = values("""
        Thực hiện Công văn số 88/UBND-VP. Ngày 02/3/2026 UBND xã tổng hợp, báo cáo như sau:
        I. THỦ TỤC HÀNH CHÍNH
        1. Tiếp nhận 604 hồ sơ, đã giải quyết 590 hồ sơ.
        """);
    assertEquals("88/UBND-VP", v.get("source.responds_to[0].number"), v.toString());
  }

  @Test
  void aPairAfterPhatSinhIsTheProceduresWithDossiersAndItsWholeTheOffersCount() {
    Map<String, Object> v = values("""
        I. THỦ TỤC HÀNH CHÍNH
        1. Xã đang thực hiện 298 thủ tục hành chính, trong đó:
        - dịch vụ công trực tuyến toàn trình 176 thủ tục, có phát sinh hồ sơ 52/176;
        - dịch vụ công trực tuyến một phần 95 thủ tục, có phát sinh hồ sơ 30/95.
        2. Tiếp nhận 604 hồ sơ, đã giải quyết 590 hồ sơ.
        """);
    assertEquals(176, v.get("procedures.full_online"), v.toString());
    assertEquals(95, v.get("procedures.partial_online"), v.toString());
    assertEquals(52, v.get("procedures.with_dossiers.full_online"), v.toString());
    assertEquals(30, v.get("procedures.with_dossiers.partial_online"), v.toString());
  }

  @Test
  void aCountAfterPhatSinhWithoutAFigureOfItsOwnStaysWithDossiers() {
    Map<String, Object> v = values("""
        I. THỦ TỤC HÀNH CHÍNH
        1. Số thủ tục toàn trình có phát sinh hồ sơ: 41 thủ tục.
        2. Tiếp nhận 604 hồ sơ, đã giải quyết 590 hồ sơ.
        """);
    assertEquals(41, v.get("procedures.with_dossiers.full_online"), v.toString());
    assertNull(v.get("procedures.full_online"), v.toString());
  }

  @Test
  void anExportsPeriodLabelGivesStartAndEndUnderATitleRunningFromTheYearsStart() {
    Map<String, Object> v = Extractor.extract("""
        ỦY BAN NHÂN DÂN
        XÃ PHÚ MỸ BẮC
        Số: 61/BC-UBND                 Phú Mỹ Bắc, ngày 23 tháng 3 năm 2026
        BÁO CÁO
        Kết quả giải quyết thủ tục hành chính từ đầu năm đến ngày 20/3/2026
        I. KẾT QUẢ THỰC HIỆN
        Từ đầu năm đến ngày 20/3/2026 xã tiếp nhận 1.530 hồ sơ. Riêng tháng 3 (01/3 - 20/3/2026) tiếp nhận
        410 hồ sơ.
        Bảng tổng hợp (phần mềm một cửa; kỳ: 01/01/2026 - 20/3/2026; đơn vị: hồ sơ)
        """ + SIGNED, null).values();
    assertEquals(LocalDate.of(2026, 1, 1), v.get("period.start"), v.toString());
    assertEquals(LocalDate.of(2026, 3, 20), v.get("period.end"), v.toString());
    assertNull(v.get("period.since"), v.toString());
    assertNull(v.get("source.stated_as_of"), v.toString());
  }

  @Test
  void aQuarterWhoseDossiersStateTheirOwnSpanHasThatSpanNotAnEarlierQuartersRange() {
    Map<String, Object> v = Extractor.extract("""
        ỦY BAN NHÂN DÂN
        XÃ PHÚ MỸ BẮC
        Số: 70/BC-UBND                 Phú Mỹ Bắc, ngày 22 tháng 6 năm 2026
        BÁO CÁO
        Kết quả chuyển đổi số quý II năm 2026
        I. THỦ TỤC HÀNH CHÍNH
        1. Từ ngày 16/3/2026 đến ngày 15/6/2026 xã tiếp nhận 2.140 hồ sơ, đã giải quyết 2.101 hồ sơ.
        2. Quý I/2026 (từ 01/01 đến 15/3/2026) xã tiếp nhận 1.877 hồ sơ.
        """ + SIGNED, null).values();
    assertEquals(LocalDate.of(2026, 3, 16), v.get("period.start"), v.toString());
    assertEquals(LocalDate.of(2026, 6, 15), v.get("period.end"), v.toString());
  }

  @Test
  void citizensTaughtInAClassBesideStaffTrainingAreNotStaffTrained() {
    Map<String, Object> v = values("""
        I. THỦ TỤC HÀNH CHÍNH
        1. Tiếp nhận 604 hồ sơ, đã giải quyết 590 hồ sơ.
        II. NHÂN LỰC
        Trong tháng, xã mở 01 lớp tập huấn cho cán bộ, công chức và 03 lớp "Bình dân học vụ số" cho 112 người dân
        tại các thôn.
        """);
    assertNull(v.get("human_resources.trained"), v.toString());
  }

  @Test
  void staffTrainedInAClassAreStillTrained() {
    Map<String, Object> v = values("""
        I. THỦ TỤC HÀNH CHÍNH
        1. Tiếp nhận 604 hồ sơ, đã giải quyết 590 hồ sơ.
        II. NHÂN LỰC
        Trong tháng, xã mở 02 lớp tập huấn kỹ năng số cho 46 người là cán bộ, công chức.
        """);
    assertEquals(46, v.get("human_resources.trained"), v.toString());
  }

  @Test
  void partsNamedPhanHoldTheirNumberedSections() {
    Map<String, Object> v = values("""
        PHẦN I - KHÁI QUÁT
        Năm 2025, Đảng ủy xã ban hành Nghị quyết số 07-NQ/ĐU ngày 12/3/2025 về chuyển đổi số.
        PHẦN II - KẾT QUẢ
        2.1. Thủ tục hành chính
        Trong tháng xã tiếp nhận 604 hồ sơ, đã giải quyết 590 hồ sơ.
        2.2. Hạ tầng, thiết bị (tính đến ngày 25/02/2026)
        Khối chính quyền có 31 máy tính, 08 máy in.
        2.3. Nhân lực
        Cán bộ, công chức có mặt 52/55 biên chế (tính đến ngày 20/02/2026).
        PHẦN III - PHƯƠNG HƯỚNG
        Mua thêm 05 máy tính.
        """);
    assertEquals(LocalDate.of(2026, 2, 25), v.get("infrastructure.as_of"), v.toString());
    assertEquals(LocalDate.of(2026, 2, 20), v.get("human_resources.staff_as_of"), v.toString());
    assertEquals("07-NQ/ĐU", v.get("documents[0].number"), v.toString());
    assertEquals(31, v.get("infrastructure.government.hardware.computers"), v.toString());
  }
}
