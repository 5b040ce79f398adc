package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Round 10 of #23: the kinds of table the eighth and ninth held-out sets showed unread, on passages written here
 * in other words: a column per month beside the column of their quarter, a boxed table in an appendix after the
 * signature, a header of two rows whose upper row names the periods, a sub-heading naming its section under a
 * heading that names none, and a row with more cells than its header.
 */
class NinthSetStructuresTest {
  private static final String HEAD = "ỦY BAN NHÂN DÂN\nXÃ HÒA LỢI\nSố: 77/BC-UBND          Hòa Lợi, ngày 08 tháng 01 năm 2026\n"
      + "BÁO CÁO\nKết quả chuyển đổi số quý IV năm 2025\n";
  private static final String SIGNED = Passages.signOff("Trần Văn Bình");

  private static Map<String, Object> values(String body, String after) {
    return Extractor.extract(HEAD + body + SIGNED + after, null).values();
  }

  private static int count(Map<String, Object> v, String key) {
    Object o = v.get(key);
    return o == null ? -1 : ((Number) o).intValue();
  }

  @Test
  void theQuartersColumnBesideOneColumnPerMonthIsThePeriods() {
    Map<String, Object> v = values("""
        III. THỦ TỤC HÀNH CHÍNH
        Kết quả tiếp nhận hồ sơ trong quý (01/10/2025 - 31/12/2025):

        | Nội dung          | Tháng 10 | Tháng 11 | Tháng 12 | Quý IV |
        |-------------------|----------|----------|----------|--------|
        | Tổng hồ sơ tiếp nhận |   301 |      322 |      350 |    973 |
        |   - Trực tuyến    |      250 |      270 |      300 |    820 |
        | Hồ sơ đã giải quyết |    290 |      310 |      342 |    942 |
        """, "");
    assertEquals(973, count(v, "dossiers.received"), v.toString());
    assertEquals(820, count(v, "dossiers.received_online"));
    assertEquals(942, count(v, "dossiers.resolved"));
  }

  @Test
  void oneMonthBesideTheYearIsLeftAsBefore() {
    // One month beside a year says not which is the period's: neither column is taken for the other.
    assertEquals(java.util.List.of(), Headers.spanned(java.util.List.of(), java.util.List.of(), java.util.List.of(3)));
    assertEquals(false, PeriodColumns.partColumn(java.util.List.of("Chỉ tiêu", "Tháng 12", "Năm 2025"), "Tháng 12"));
    assertEquals(true, PeriodColumns.partColumn(java.util.List.of("Chỉ tiêu", "Tháng 11", "Tháng 12", "Quý IV"), "Tháng 12"));
    assertEquals(false, PeriodColumns.partColumn(java.util.List.of("Chỉ tiêu", "Tháng 11", "Tháng 12", "Quý IV"), "Quý IV"));
  }

  @Test
  void aBoxedTableInAnAppendixNamingDossiersIsRead() {
    Map<String, Object> v = values("III. THỦ TỤC HÀNH CHÍNH\nChi tiết tại Phụ lục kèm theo.\n", """
                                  PHỤ LỤC
             SỐ LIỆU GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH QUÝ IV/2025
              (Kèm theo Báo cáo số 77/BC-UBND của UBND xã)

        +-----+-------------------------------+----------+
        | STT | Chỉ tiêu                      | Số lượng |
        +-----+-------------------------------+----------+
        | 1   | Hồ sơ tiếp nhận trong kỳ      |    1.204 |
        |     |  - Nộp trực tuyến             |    1.050 |
        | 2   | Hồ sơ đã giải quyết           |    1.180 |
        +-----+-------------------------------+----------+
        """);
    assertEquals(1204, count(v, "dossiers.received"), v.toString());
    assertEquals(1050, count(v, "dossiers.received_online"));
    assertEquals(1180, count(v, "dossiers.resolved"));
  }

  @Test
  void anAppendixOfDocumentsGivesNoFigures() {
    Map<String, Object> v = values("III. THỦ TỤC HÀNH CHÍNH\nXem phụ lục.\n", """
        PHỤ LỤC: DANH MỤC VĂN BẢN ĐÃ BAN HÀNH

        +-----+------------------------------------+----------+
        | STT | Văn bản                            | Số lượng |
        +-----+------------------------------------+----------+
        | 1   | Hồ sơ tiếp nhận trong kỳ           |      310 |
        +-----+------------------------------------+----------+
        """);
    assertNull(v.get("dossiers.received"), v.toString());
  }

  @Test
  void theUpperHeaderRowNamesEachColumnsPeriod() {
    Map<String, Object> v = values("""
        III. THỦ TỤC HÀNH CHÍNH
        +-------------------+-----------------------+-----------------------+
        |                   |       Quý IV/2025     |      Quý III/2025     |
        |     Nội dung      +-----------+-----------+-----------+-----------+
        |                   |  Hồ sơ    | Tỷ lệ (%) |  Hồ sơ    | Tỷ lệ (%) |
        +-------------------+-----------+-----------+-----------+-----------+
        | Hồ sơ tiếp nhận   |     2.140 |       100 |     1.877 |       100 |
        |  - Trực tuyến     |     1.926 |     90,00 |     1.500 |     79,91 |
        +-------------------+-----------+-----------+-----------+-----------+
        """, "");
    assertEquals(2140, count(v, "dossiers.received"), v.toString());
    assertEquals(1926, count(v, "dossiers.received_online"));
  }

  @Test
  void aSubHeadingNamingItsSectionUnderAGeneralHeadingIsThatSection() {
    Map<String, Object> v = values("""
        II. KẾT QUẢ ĐẠT ĐƯỢC
        2.1. Hạ tầng công nghệ thông tin (theo rà soát của các khối):
        Khối\tMáy tính\tĐáp ứng\tChưa đáp ứng\tMáy in
        Đảng\t9\t8\t1\t3
        Chính quyền\t35\t30\t5\t9
        Tổng\t44\t38\t6\t12
        """, "");
    assertEquals(35, count(v, "infrastructure.government.hardware.computers"), v.toString());
    assertEquals(9, count(v, "infrastructure.party.hardware.computers"));
  }

  @Test
  void aRowWithMoreCellsThanItsHeaderIsNotRead() {
    // The header lost a cell (OCR): which figure is the share and which the count is unknown.
    assertNull(Tables.reading(java.util.List.of("Số hồ sơ", "Tỷ lệ (%)"), java.util.List.of(),
        java.util.List.of("- Trực tiếp", "149", "1424", "179"), null, ""));
  }

  @Test
  void leafletsAreNoTeams() {
    // Folded, "tờ" (a sheet) is "to" as "tổ" (a team) is: the word after it tells them apart.
    Map<String, Object> v = values("""
        IV. NHÂN LỰC
        - Các tổ công nghệ số cộng đồng đã phát 2.400 tờ rơi và hướng dẫn người dân khai 500 tờ khai trực tuyến.
        """, "");
    assertNull(v.get("human_resources.community_teams.teams"), v.toString());
    Map<String, Object> w = values("""
        IV. NHÂN LỰC
        - Xã đã thành lập 12 tổ công nghệ số cộng đồng tại các thôn.
        """, "");
    assertEquals(12, count(w, "human_resources.community_teams.teams"), w.toString());
  }
}
