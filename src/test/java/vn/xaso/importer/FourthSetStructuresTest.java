package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Round 5 of #23: the structures the fourth held-out set showed the rules did not read, each on a
 * passage written here in other words and layouts than that set's: a report's own issuer's documents,
 * an appendix after the signature, a year as the period, a cumulative range ending on the stated "as of",
 * tables with earlier-period columns, sub-rows, a "Số …" column and rows by domain, the commune's land,
 * parts of a later stage, a Công văn's numbering, and a quote taken at a line break.
 */
class FourthSetStructuresTest {
  private static final String UBND = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn Hải\n";

  private static Map<String, Object> values(String text) {
    return Extractor.extract(text, null).values();
  }

  @Test
  void aReportsOwnIssuersDocumentsAreTheCommunesNotCites() {
    Map<String, Object> v = values("""
        ĐẢNG BỘ XÃ TÂN AN
        BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ
        Số 15-BC/BCĐ                    Tân An, ngày 20 tháng 11 năm 2025
        BÁO CÁO
        I. Về pháp lý
        Căn cứ Kế hoạch số 08-KH/BCĐ ngày 01/8/2025 của Ban Chỉ đạo tỉnh, Ban Chỉ đạo xã đã ban hành:
        - Kế hoạch số 05-KH/BCĐ ngày 12/8/2025 về chuyển đổi số năm 2025;
        - Thông báo số 11-TB/BCĐ ngày 03/10/2025 kết luận phiên họp.
        T/M BAN CHỈ ĐẠO
        TRƯỞNG BAN
        Nguyễn Văn Tư
        """);
    // docs/transcription.md §5 (round 14): the province's committee's plan, named as such, is a document, not a cite.
    assertEquals("08-KH/BCĐ", v.get("documents[0].number"), "the province's committee's plan: " + v);
    assertNull(v.get("cites[0].number"));
    assertEquals("05-KH/BCĐ", v.get("documents[1].number"));
    assertEquals(LocalDate.of(2025, 8, 12), v.get("documents[1].date"));
    assertEquals("11-TB/BCĐ", v.get("documents[2].number"));
    assertFalse(v.containsValue("15-BC/BCĐ") && v.entrySet().stream()
        .anyMatch(e -> e.getKey().startsWith("documents") && "15-BC/BCĐ".equals(e.getValue())), "the report itself");
  }

  @Test
  void anAppendixAfterTheSignatureListsDocumentsWithTheirDateInTheNextCell() {
    Map<String, Object> v = values("""
        Số: 77/BC-UBND                  Hòa Bình, ngày 02 tháng 12 năm 2025
        BÁO CÁO
        1. Kết quả
        Xã đã ban hành các văn bản tại Phụ lục.
        """ + UBND + """

        Phụ lục: Văn bản đã ban hành
        | STT | Số, ký hiệu | Ngày | Trích yếu |
        | 1 | 210/QĐ-UBND | 14/10/2025 | Kiện toàn tổ công nghệ số |
        | 2 | 215/UBND-VP | 20/10/2025 | Đôn đốc thanh toán trực tuyến |
        """);
    assertEquals("210/QĐ-UBND", v.get("documents[0].number"));
    assertEquals(LocalDate.of(2025, 10, 14), v.get("documents[0].date"));
    assertEquals("decision", String.valueOf(v.get("documents[0].kind")).toLowerCase());
    assertEquals("215/UBND-VP", v.get("documents[1].number"));
    assertEquals("letter", String.valueOf(v.get("documents[1].kind")).toLowerCase(),
        "the issuer's code first, no kind's: how a Công văn is numbered");
    assertEquals(LocalDate.of(2025, 10, 20), v.get("documents[1].date"));
  }

  @Test
  void aYearTheReportSumsUpIsItsPeriodWhenNoFinerSpanIsStated() {
    Map<String, Object> v = values("""
        Số: 05/BC-UBND                  Tân Lập, ngày 12 tháng 01 năm 2026
        BÁO CÁO
        Kết quả chuyển đổi số năm 2025 và nhiệm vụ năm 2026
        Báo cáo tổng kết năm 2025 như sau:
        1. Thủ tục hành chính
        Trong năm tiếp nhận 4.200 hồ sơ.
        """ + UBND);
    assertEquals(LocalDate.of(2025, 1, 1), v.get("period.start"));
    assertEquals(LocalDate.of(2025, 12, 31), v.get("period.end"));
    assertNull(v.get("period.as_of"));
    Map<String, Object> plan = values("""
        Số: 40/BC-UBND                  Tân Lập, ngày 12 tháng 11 năm 2025
        BÁO CÁO
        Kết quả tháng 10 năm 2025; nhiệm vụ năm 2026
        """ + UBND);
    assertEquals(LocalDate.of(2025, 10, 1), plan.get("period.start"), "a month stated wins over no year: " + plan);
    Map<String, Object> future = values("""
        Số: 41/BC-UBND                  Tân Lập, ngày 12 tháng 11 năm 2025
        BÁO CÁO
        Báo cáo kết quả năm 2026 dự kiến
        """ + UBND);
    assertNull(future.get("period.start"), "a year not begun by the report's date is no period");
  }

  @Test
  void aCumulativeRangeEndingOnTheStatedAsOfGivesSinceAndItsCountsAreThePeriods() {
    Map<String, Object> v = values("""
        Số: 90/BC-UBND                  Phú Lộc, ngày 16 tháng 12 năm 2025
        BÁO CÁO
        Kết quả chuyển đổi số (số liệu tính đến ngày 15/12/2025)
        3. Kết quả giải quyết hồ sơ (cộng dồn từ ngày 01/7/2025 đến ngày 15/12/2025)
        - Tiếp nhận 3.410 hồ sơ; đã giải quyết 3.380 hồ sơ.
        - Riêng tháng 11/2025 tiếp nhận 702 hồ sơ.
        """ + UBND);
    assertEquals(LocalDate.of(2025, 12, 15), v.get("period.as_of"));
    assertEquals(LocalDate.of(2025, 7, 1), v.get("period.since"));
    assertEquals(3410, v.get("dossiers.received"), "a month's count under it stays out: " + v);
    assertEquals(3380, v.get("dossiers.resolved"));
    Map<String, Object> other = values("""
        Số: 91/BC-UBND                  Phú Lộc, ngày 16 tháng 12 năm 2025
        BÁO CÁO
        Kết quả chuyển đổi số (số liệu tính đến ngày 15/12/2025)
        3. Kết quả giải quyết hồ sơ (lũy kế từ ngày 01/7/2025 đến ngày 30/11/2025)
        - Tiếp nhận 3.000 hồ sơ.
        """ + UBND);
    assertNull(other.get("period.since"), "a range ending on another day is not the period's: " + other);
    assertNull(other.get("dossiers.received"));
  }

  @Test
  void earlierPeriodColumnsAreNotReadAndASubRowIsAPartOfTheRowAbove() {
    Map<String, Object> v = values("""
        2. Kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính
        Chỉ tiêu	Tháng này	Cùng kỳ	So sánh
        Hồ sơ nhận mới	640	590	+50
        + Nộp trực tuyến	560	480	+80
        + Nộp trực tiếp	80	110	-30
        Đã giải quyết	610	575	+35
        + Đúng hạn	608	570	+38
        """ + UBND);
    assertEquals(640, v.get("dossiers.received"));
    assertEquals(560, v.get("dossiers.received_online"));
    assertEquals(80, v.get("dossiers.received_in_person"));
    assertEquals(610, v.get("dossiers.resolved"));
    assertEquals(608, v.get("dossiers.on_time"));
    assertFalse(v.containsValue(590) || v.containsValue(50), "the same month last year and the change: " + v);
  }

  @Test
  void aColumnHeadedSoThingNamesItsUnitAndRowsByDomainArePartsOfTheTotalRow() {
    Map<String, Object> v = values("""
        1. Thủ tục hành chính
        Loại	Số TTHC
        Tổng số TTHC đang thực hiện	301
        Dịch vụ công trực tuyến toàn trình	140
        2. Kết quả giải quyết hồ sơ
        | TT | Lĩnh vực | Tiếp nhận | Đã giải quyết |
        | 1 | Tư pháp | 120 | 118 |
        | 2 | Đất đai | 40 | 31 |
        |   | Tổng cộng | 160 | 149 |
        """ + UBND);
    assertEquals(301, v.get("procedures.total"));
    assertEquals(140, v.get("procedures.full_online"));
    assertEquals(160, v.get("dossiers.received"), "one domain's row is no total: " + v);
    assertEquals(149, v.get("dossiers.resolved"));
    assertEquals("301 TTHC", Tables.reading(java.util.List.of("Loại", "Số TTHC"),
        java.util.List.of("Tổng số", "301")).replaceAll(".*: ", "").replace(".", ""));
  }

  @Test
  void areasWithoutSignalOrPowerAndCoverageOfTheLandAreTheCommunes() {
    Map<String, Object> v = values("""
        2. Hạ tầng số
        d) Khối Mặt trận: 06 máy tính, 02 máy in.
        Sóng 4G đã phủ 98% thôn; còn 02 bản (Nà Lừa, Pác Ngòi) chưa có điện lưới.
        """ + "\nT/M ĐẢNG ỦY\nBÍ THƯ\n\nHoàng Văn Sinh\n");
    assertEquals(98.0, v.get("infrastructure.government.connectivity.coverage_pct"));
    assertEquals(2, v.get("infrastructure.government.connectivity.areas_without_power"));
    assertEquals(6, v.get("infrastructure.front.hardware.computers"));
    assertTrue(v.keySet().stream().noneMatch(k -> k.startsWith("infrastructure.front.connectivity")
        || k.startsWith("infrastructure.party.connectivity")), "not the heading's block nor the signer's: " + v);
    Map<String, Object> network = values("""
        2. Hạ tầng số
        2.4. Mặt trận Tổ quốc
        Thiết bị mạng của Mặt trận phủ sóng 100% trụ sở.
        """ + UBND);
    assertEquals(100.0, network.get("infrastructure.front.connectivity.coverage_pct"), "a block's own network: " + network);
  }

  @Test
  void noDossiersReceivedArePartOfALaterStage() {
    Map<String, Object> v = values("""
        3. Kết quả giải quyết hồ sơ
        - Tiếp nhận 300 hồ sơ.
        - Đang giải quyết 25 hồ sơ (trong đó tiếp nhận trong tháng 20 hồ sơ).
        """ + UBND);
    assertEquals(300, v.get("dossiers.received"));
    assertEquals(25, v.get("dossiers.in_progress"));
    assertTrue(DossierWords.partOf("received", "received_online"));
    assertFalse(DossierWords.partOf("in_progress", "received"));
  }

  @Test
  void aLevelAndThoseAboveItIsNoOneLevelsCount() {
    Map<String, Object> v = values("""
        3. Nguồn nhân lực
        Tổng số cán bộ, công chức: 52 người; trình độ cao đẳng trở lên 47 người, thạc sĩ 03 người.
        """ + UBND);
    assertNull(v.get("human_resources.qualifications.college"), "college and above: " + v);
    assertEquals(3, v.get("human_resources.qualifications.masters"));
  }

  @Test
  void aQuoteTakenAtALineBreakDoesNotThrow() {
    String text = "Số: 12/BC-UBND\nngày 01/12/2025\n\nxã An Hòa";
    for (int at = 0; at <= text.length() + 1; at++) {
      Extractor.line(text, at);
    }
    assertEquals("Số: 12/BC-UBND", Extractor.line(text, text.indexOf('\n')));
    assertEquals("", Extractor.line(text, text.indexOf("\n\n") + 1));
    assertEquals("xã An Hòa", Extractor.line(text, text.length()));
  }
}
