package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Round 17b of #23: tables the importer still dropped, each rule on a table written here in other words and layouts
 * than the training sets'.
 */
class TablesSeventeenthRoundTest {
  private static final String LETTERHEAD = "ỦY BAN NHÂN DÂN\nXÃ BẢN LIỀNG TÂY\nSố: 97/BC-UBND                 Bản Liềng Tây, ngày 19 tháng 12 năm 2025\n"
      + "BÁO CÁO\nKết quả chuyển đổi số tháng 12 năm 2025\n";
  private static final String PARTY_HEAD = "ĐẢNG BỘ XÃ BẢN LIỀNG TÂY\nĐẢNG ỦY XÃ\nSố: 41-BC/ĐU                 Bản Liềng Tây, ngày 19 tháng 12 năm 2025\n"
      + "BÁO CÁO\nKết quả chuyển đổi số tháng 12 năm 2025\n";
  private static final String SIGNED = Passages.signOff("Sầm Văn Khởi");

  private static Map<String, Object> values(String head, String body) {
    return Extractor.extract(head + body + SIGNED, null).values();
  }

  @Test
  void aRowNamingTheCouncilAndTheCommitteeTogetherIsTheGovernments() {
    Map<String, Object> v = values(LETTERHEAD, """
        I. KẾT QUẢ
        1. Hạ tầng số
        Cơ quan\tMáy tính\tMáy in\tĐường truyền
        Đảng ủy xã\t9\t3\t1
        HĐND, UBND xã\t27\t8\t2
        Ủy ban MTTQ xã\t5\t2\t1
        """);
    assertEquals(27, v.get("infrastructure.government.hardware.computers"), v.toString());
    assertEquals(8, v.get("infrastructure.government.hardware.printers"));
    assertNull(v.get("infrastructure.council.hardware.computers"), "the shared office is no council's");
    assertEquals(9, v.get("infrastructure.party.hardware.computers"));
  }

  @Test
  void theSharedOfficeIsTheGovernmentsAlsoInAPartyReport() {
    // The issuer's block is the Party's: a row naming two bodies fell to it before.
    Map<String, Object> v = values(PARTY_HEAD, """
        I. KẾT QUẢ
        1. Hạ tầng số
        Khối | Máy tính | Máy scan
        Đảng ủy xã | 12 | 2
        HĐND - UBND xã | 31 | 6
        """);
    assertEquals(31, v.get("infrastructure.government.hardware.computers"), v.toString());
    assertEquals(12, v.get("infrastructure.party.hardware.computers"));
    assertEquals(2, v.get("infrastructure.party.hardware.scanners"));
  }

  @Test
  void aHeaderOfBodiesAndUnitsNamesTheRowsAndItsSumRowIsNoBodys() {
    // "Cơ quan, đơn vị" heads the bodies as "Cơ quan" does: the sum row is read as no block's, so the committee's
    // own row is no longer in conflict with it.
    Map<String, Object> v = values(LETTERHEAD, """
        I. KẾT QUẢ
        1. Hạ tầng số
        Cơ quan, đơn vị\tMáy tính\tMáy in
        Đảng ủy xã\t10 máy\t4 chiếc
        HĐND và UBND xã\t38 máy\t11 chiếc
        Tổng cộng\t48 máy\t15 chiếc
        """);
    assertEquals(38, v.get("infrastructure.government.hardware.computers"), v.toString());
    assertEquals(11, v.get("infrastructure.government.hardware.printers"));
    assertEquals(10, v.get("infrastructure.party.hardware.computers"));
  }

  @Test
  void aColumnOfComputersUpToStandardIsAdequate() {
    Map<String, Object> v = values(LETTERHEAD, """
        I. KẾT QUẢ
        1. Hạ tầng số
        Khối | Máy tính | Đạt yêu cầu | Máy in
        Đảng ủy xã | 9 | 7 | 3
        UBND xã | 33 | 30 | 10
        """);
    assertEquals(30, v.get("infrastructure.government.hardware.adequate"), v.toString());
    assertEquals(7, v.get("infrastructure.party.hardware.adequate"));
    assertEquals(33, v.get("infrastructure.government.hardware.computers"));
  }

  @Test
  void cellsCarryingUnitsInATableOfBodiesGiveEachBodyItsLines() {
    Map<String, Object> v = values(LETTERHEAD, """
        I. KẾT QUẢ
        1. Hạ tầng số
        Cơ quan	Máy tính	Đường truyền
        Đảng ủy xã	12 máy	1 đường
        UBND xã	30 máy	2 đường
        """);
    assertEquals(1, v.get("infrastructure.party.hardware.internet_lines"), v.toString());
    assertEquals(2, v.get("infrastructure.government.hardware.internet_lines"));
    assertEquals(30, v.get("infrastructure.government.hardware.computers"));
  }

  @Test
  void aRowWhoseLabelHoldsFiguresIsLeftAsWritten() {
    // OCR read "| HĐND xã | 4 | 4 | 2 | 1 | - |" as "| HDND xa 14 14 [2 |1 J- I": rules lost and misread as digits, which
    // figure is whose is unknown (before, 2 printers were drafted as computers).
    Map<String, Object> v = values(LETTERHEAD, """
        I. KẾT QUẢ
        1. Hạ tầng số
        | Cơ quan, đơn vị | Máy tính | Đáp ứng | Máy in | Máy scan |
        | Đảng ủy xã | 16 | 14 | 6 | 3 |
        | HDND xa 14 14 [2 |1 J- I
        | UBND xã | 45 | 38 | 16 | 8 |
        """);
    assertNull(v.get("infrastructure.council.hardware.computers"), v.toString());
    assertNull(v.get("infrastructure.council.hardware.printers"));
    assertEquals(16, v.get("infrastructure.party.hardware.computers"));
  }

  @Test
  void aTablesCaptionNamingDossiersGivesItsBareFiguresTheirUnit() {
    // A table spread one cell per line under "Bảng 1. …": its rows hold no unit, the caption names dossiers.
    Map<String, Object> v = values(LETTERHEAD, """
        I. KẾT QUẢ
        1. Cải cách hành chính
        Kết quả trong tháng như sau:
        Bảng 1. Tình hình giải quyết hồ sơ TTHC
        STT
        Chỉ tiêu
        Tháng này
        1
        Tiếp nhận qua mạng
        284
        2
        Đã giải quyết
        301
        3
        Giải quyết đúng hạn
        296
        """);
    assertEquals(284, v.get("dossiers.received_online"), v.toString());
    assertEquals(301, v.get("dossiers.resolved"));
    assertEquals(296, v.get("dossiers.on_time"));
  }

  @Test
  void aTableWithAColumnPerBodyGivesEachBodyItsThings() {
    // Things down the side, bodies across the top, a sum column last: each cell is its column's body's.
    Map<String, Object> v = values(LETTERHEAD, """
        I. KẾT QUẢ
        1. Hạ tầng số
        | Loại thiết bị | Đảng ủy | UBND xã | Mặt trận | Tổng |
        | Máy vi tính (bộ) | 9 | 36 | 7 | 52 |
        | - Chưa đáp ứng | 2 | 5 | 3 | 10 |
        | - Kết nối mạng WAN của Đảng | 9 | | | 9 |
        | Máy in (cái) | 4 | 12 | 2 | 18 |
        """);
    assertEquals(9, v.get("infrastructure.party.hardware.computers"), v.toString());
    assertEquals(36, v.get("infrastructure.government.hardware.computers"));
    assertEquals(7, v.get("infrastructure.front.hardware.computers"));
    assertEquals(5, v.get("infrastructure.government.hardware.inadequate"));
    assertEquals(9, v.get("infrastructure.party.hardware.party_wan_computers"));
    assertNull(v.get("infrastructure.government.hardware.party_wan_computers"), "the Party's network is the Party's column's");
    assertEquals(12, v.get("infrastructure.government.hardware.printers"));
  }

  @Test
  void aNamedQuarterBeforeASpanOfDatesIsAComparison() {
    Map<String, Object> v = values(LETTERHEAD, """
        I. KẾT QUẢ
        1. Hồ sơ thủ tục hành chính
        | Nội dung | Quý III/2025 | 01/10 - 12/12/2025 | So sánh |
        | Hồ sơ tiếp nhận | 1.530 | 1.118 | -412 |
        | Đã giải quyết | 1.497 | 1.064 | -433 |
        """);
    assertEquals(1118, v.get("dossiers.received"), v.toString());
    assertEquals(1064, v.get("dossiers.resolved"));
  }

  @Test
  void underAColumnOfTheirSumTheSpansAreItsParts() {
    Map<String, Object> v = values(LETTERHEAD, """
        I. KẾT QUẢ
        1. Hồ sơ thủ tục hành chính
        | Nội dung | Quý III năm 2025 | Từ 01/10 đến 12/12/2025 | Cộng |
        | Hồ sơ tiếp nhận | 2.204 | 1.861 | 4.065 |
        | Đã giải quyết | 2.150 | 1.790 | 3.940 |
        """);
    assertEquals(4065, v.get("dossiers.received"), v.toString());
    assertEquals(3940, v.get("dossiers.resolved"));
  }

  @Test
  void aColumnOfASpansPartIsNotThePeriods() {
    Map<String, Object> v = values(LETTERHEAD, """
        I. KẾT QUẢ
        1. Hồ sơ thủ tục hành chính
        | Nội dung | Từ 01/11/2025 đến 12/12/2025 | Trong đó từ 01/12 đến 12/12 |
        | Hồ sơ tiếp nhận | 1.240 | 352 |
        | Đã giải quyết | 1.187 | 340 |
        """);
    assertEquals(1240, v.get("dossiers.received"), v.toString());
    assertEquals(1187, v.get("dossiers.resolved"));
  }

  @Test
  void spanColumnsLeaveRunningTotalsAndLoneSpansAlone() {
    java.util.List<String> running = java.util.List.of("Chỉ tiêu", "Tháng 12/2025", "Lũy kế từ 01/7/2025");
    assertFalse(SpanColumns.notThePeriods(running, "Tháng 12/2025"));
    assertFalse(SpanColumns.notThePeriods(running, "Lũy kế từ 01/7/2025"));
    java.util.List<String> alone = java.util.List.of("Chỉ tiêu", "Từ 01/10 đến 10/12/2025", "Tỷ lệ (%)");
    assertFalse(SpanColumns.notThePeriods(alone, "Từ 01/10 đến 10/12/2025"));
    assertEquals(2025 * 1200 + 1100, SpanColumns.endOf("01/10 - 30/11/2025"));
    assertEquals(-1, SpanColumns.endOf("quy iii nam 2025"));
  }
  @Test
  void aSpaceAlignedTableOfMonthsWithAQuarterAndAnEarlierQuarterReadsTheQuarter() {
    // A header whose last column says what it covers with a count ("(02 xã cũ)") is still a header; "Cộng quý IV"
    // names no year, so it is in the year the other column names, not before it.
    Map<String, Object> v = values(LETTERHEAD, """
        I. KẾT QUẢ
        1. Kết quả giải quyết hồ sơ (đơn vị tính: hồ sơ)
                             Tháng 10   Tháng 11   Tháng 12   Cộng      Quý III/2025
        Chỉ tiêu                                              quý IV    (02 xã cũ)
        Hồ sơ tiếp nhận         402        388        415     1.205       1.377
        Đã giải quyết           391        380        402     1.173       1.350

        2. Nguồn nhân lực
        """);
    assertEquals(1205, v.get("dossiers.received"), v.toString());
    assertEquals(1173, v.get("dossiers.resolved"));
  }

  @Test
  void aHeaderCellMayCountWhatItCovers() {
    assertTrue(LayoutLines.headerCells(java.util.List.of("Nội dung", "Quý II/2025 (03 xã cũ)")));
    assertFalse(LayoutLines.headerCells(java.util.List.of("Hồ sơ tiếp nhận", "612")));
  }

  @Test
  void aBoxTableWhoseHeaderNamesItsSpanWithoutAYearIsATable() {
    // "Kỳ này (01/12- 12/12)": the days of the span, no figure; "Tỷ lệ … %" a row of shares.
    Map<String, Object> v = values(LETTERHEAD, """
        I. KẾT QUẢ
        1. Giải quyết thủ tục hành chính (đơn vị tính: hồ sơ)
        ┌──────────────────┬─────────┬─────────┬────────────┐
        │ Chỉ tiêu         │ Kỳ này  │ Kỳ      │ Lũy kế từ  │
        │                  │ (01/12- │ trước   │ 01/7/2025  │
        │                  │ 12/12)  │         │            │
        ├──────────────────┼─────────┼─────────┼────────────┤
        │ Tiếp nhận        │     286 │     301 │      2.904 │
        │  - Trực tuyến    │     240 │     252 │      2.310 │
        │ Đã giải quyết    │     270 │     295 │      2.850 │
        │ Tỷ lệ trực tuyến %│  83,92 │   83,72 │      79,55 │
        └──────────────────┴─────────┴─────────┴────────────┘
        """);
    assertEquals(286, v.get("dossiers.received"), v.toString());
    assertEquals(240, v.get("dossiers.received_online"));
    assertEquals(270, v.get("dossiers.resolved"));
    assertEquals(83.92, v.get("dossiers.online_pct"));
  }
  @Test
  void aSpaceAlignedHeaderOfFourLinesWithItsUnitsAndALabelBrokenAfterAnd() {
    Map<String, Object> v = values(PARTY_HEAD, """
        I. KẾT QUẢ
        1. Hạ tầng số

                              Máy tính  Trong đó   Máy in   Đường
        Cơ quan, đơn vị       (bộ)      kết nối    (cái)    truyền
                                        mạng WAN            Internet
                                        của Đảng
        Đảng ủy xã               12         4          5       1
        Văn phòng HĐND và        38         -         14       2
        UBND xã
        Cộng                     50         4         19       3

        2. Nguồn nhân lực
        """);
    assertEquals(12, v.get("infrastructure.party.hardware.computers"), v.toString());
    assertEquals(5, v.get("infrastructure.party.hardware.printers"));
    assertEquals(38, v.get("infrastructure.government.hardware.computers"));
    assertEquals(14, v.get("infrastructure.government.hardware.printers"));
    assertNull(v.get("infrastructure.council.hardware.computers"), "the office of both bodies is the government's");
  }
  @Test
  void aTableWithARowPerPeriodReadsTheLatestAsThePeriods() {
    Map<String, Object> v = values(LETTERHEAD, """
        I. KẾT QUẢ
        1. Tiếp nhận, giải quyết hồ sơ

        Kỳ            Tiếp nhận   Đã giải quyết   Đúng hạn
                      (hồ sơ)     (hồ sơ)         (hồ sơ)
        Tháng 11      1.006       981             979
        Tháng 12      1.112       1.090           1.088

        2. Nguồn nhân lực
        """);
    assertEquals(1112, v.get("dossiers.received"), v.toString());
    assertEquals(1090, v.get("dossiers.resolved"));
    assertEquals(1088, v.get("dossiers.on_time"));
  }

  @Test
  void monthsUnderARowOfTheirSumAreLeftToTheSum() {
    // A row naming no period ("Cộng quý IV") is the period's: the months' rows are not taken for a table by period.
    Map<String, Object> v = values(LETTERHEAD, """
        I. KẾT QUẢ
        1. Tiếp nhận, giải quyết hồ sơ

        Kỳ              Tiếp nhận   Đã giải quyết
        Tháng 10        402         391
        Tháng 11        388         380
        Tháng 12        415         402
        Cộng quý IV     1.205       1.173

        2. Nguồn nhân lực
        """);
    org.junit.jupiter.api.Assertions.assertNotEquals(415, v.get("dossiers.received"), v.toString());
    org.junit.jupiter.api.Assertions.assertNotEquals(402, v.get("dossiers.resolved"));
  }
  @Test
  void aTableSpreadOneCellPerLineWithANoteColumnWhoseEmptyCellsLeftNoLine() {
    Map<String, Object> v = values(LETTERHEAD, """
        I. KẾT QUẢ
        1. Thủ tục hành chính
        Bảng 1. Kết quả giải quyết hồ sơ TTHC
        Chỉ tiêu
        Số hồ sơ
        Ghi chú
        Hồ sơ tiếp nhận
        1.204
        Tiếp nhận trực tuyến
        1.032
        đạt 85,71%
        Đã giải quyết
        1.150
        Quá hạn
        4
        lĩnh vực đất đai

        2. Nguồn nhân lực
        """);
    assertEquals(1204, v.get("dossiers.received"), v.toString());
    assertEquals(1032, v.get("dossiers.received_online"));
    assertEquals(1150, v.get("dossiers.resolved"));
    assertEquals(4, v.get("dossiers.overdue"));
  }
}
