package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Round 15 of #23, each rule on passages written here in other words than the sets': tables a Word paste spread one
 * cell per line with no row numbers, an "Đơn vị" column naming the bodies of an equipment table, "UBMTTQ" as the
 * Front's block, and a table of dossiers by channel with a column of their whole.
 */
class FifteenthRoundTest {
  private static final String HEAD = "ỦY BAN NHÂN DÂN\nXÃ NẬM CHẢ\nSố: 93/BC-UBND                 Nậm Chả, ngày 05 tháng 12 năm 2025\n"
      + "BÁO CÁO\nKết quả chuyển đổi số tháng 11 năm 2025\n";
  private static final String SIGNED = Passages.signOff("Sùng A Tủa");

  private static Map<String, Object> values(String body) {
    return Extractor.extract(HEAD + body + SIGNED, null).values();
  }

  private static int count(Map<String, Object> v, String key) {
    Object x = v.get(key);
    return x == null ? -1 : ((Number) x).intValue();
  }

  /** Dossiers in a table whose cells a paste put one per line: header cells first, an empty cell an empty line. */
  private static final String DOSSIERS_CELL_PER_LINE = """
      II. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH
      b) Kết quả tiếp nhận, giải quyết hồ sơ trong tháng 11/2025:
      Nội dung
      Số lượng
      Quá hạn
      Hồ sơ nhận mới trong tháng
      1.264

      - Nộp trực tuyến
      1.102

      - Nộp trực tiếp
      162

      Đã giải quyết
      1.230

      Đang giải quyết
      41
      02
      Hồ sơ trả lại, công dân xin rút
      3

      III. HẠ TẦNG
      """;

  @Test
  void aTableOneCellPerLineWithoutRowNumbersIsReadRowByRow() {
    Map<String, Object> v = values(DOSSIERS_CELL_PER_LINE);
    assertEquals(1264, count(v, "dossiers.received"), v.toString());
    assertEquals(1102, count(v, "dossiers.received_online"));
    assertEquals(162, count(v, "dossiers.received_in_person"));
    assertEquals(1230, count(v, "dossiers.resolved"));
    assertEquals(41, count(v, "dossiers.in_progress"));
    assertEquals(3, count(v, "dossiers.withdrawn"), "the last row, its note cell empty");
  }

  /** Equipment one cell per line under "Đơn vị", the Front written "UBMTTQ", a dash for an empty cell. */
  private static final String EQUIPMENT_CELL_PER_LINE = """
      III. HẠ TẦNG CÔNG NGHỆ THÔNG TIN
      Đơn vị
      Máy tính
      Máy in
      Máy scan
      Đảng ủy xã
      11
      4
      2
      HĐND xã
      2
      1
      -
      UBND xã và Bộ phận một cửa
      36
      12
      6
      UBMTTQ xã và các hội đoàn thể
      7
      2
      1
      Tổng
      56
      19
      9
      IV. NGUỒN NHÂN LỰC
      """;

  @Test
  void anEquipmentTableOneCellPerLineGivesEachBodyItsRow() {
    Map<String, Object> v = values(EQUIPMENT_CELL_PER_LINE);
    assertEquals(11, count(v, "infrastructure.party.hardware.computers"), v.toString());
    assertEquals(2, count(v, "infrastructure.party.hardware.scanners"));
    assertEquals(2, count(v, "infrastructure.council.hardware.computers"));
    assertNull(v.get("infrastructure.council.hardware.scanners"), "a dash is an empty cell, not a zero");
    assertEquals(36, count(v, "infrastructure.government.hardware.computers"));
    assertEquals(12, count(v, "infrastructure.government.hardware.printers"));
    assertEquals(7, count(v, "infrastructure.front.hardware.computers"), "\"UBMTTQ\" names the Front");
    assertFalse(v.containsValue(56), "the row of all blocks is no block's");
  }

  /** A header cell naming a period ("Tuần 49") is still a header cell of a table numbered by STT. */
  private static final String WEEKS_CELL_PER_LINE = """
      II. THỦ TỤC HÀNH CHÍNH
      a) Kết quả tiếp nhận, giải quyết hồ sơ:
      STT
      Nội dung
      Tuần 47
      Tuần 48
      1
      Hồ sơ tiếp nhận
      288
      305
      2
      Đã giải quyết
      280
      297
      3
      Đang giải quyết
      30
      38
      III. HẠ TẦNG
      """;

  @Test
  void aWeekColumnBesideAnEarlierWeekIsTheOneRead() {
    String head = HEAD.replace("tháng 11 năm 2025", "tuần 48 năm 2025 (từ ngày 24/11/2025 đến ngày 30/11/2025)");
    Map<String, Object> v = Extractor.extract(head + WEEKS_CELL_PER_LINE + SIGNED, null).values();
    assertEquals(305, count(v, "dossiers.received"), v.toString());
    assertEquals(297, count(v, "dossiers.resolved"));
    assertEquals(38, count(v, "dossiers.in_progress"));
  }

  /** Dossiers by channel with a column of their whole: only those received are counted by channel. */
  private static final String BY_CHANNEL = """
      II. THỦ TỤC HÀNH CHÍNH
      b) Kết quả tiếp nhận, giải quyết hồ sơ (đơn vị: hồ sơ):
      | TT | Nội dung          | Trực tuyến | Trực tiếp | Tổng số |
      |----|------------------|------------|-----------|---------|
      | 1  | Tiếp nhận        | 820        | 214       | 1.034   |
      | 2  | Đã giải quyết    | 801        | 209       | 1.010   |
      | 3  | Đang giải quyết  | 17         | 5         | 22      |
      III. HẠ TẦNG
      """;

  @Test
  void aRowOtherThanReceivedTakesTheWholeNotItsChannels() {
    Map<String, Object> v = values(BY_CHANNEL);
    assertEquals(1034, count(v, "dossiers.received"), v.toString());
    assertEquals(820, count(v, "dossiers.received_online"));
    assertEquals(214, count(v, "dossiers.received_in_person"));
    assertEquals(1010, count(v, "dossiers.resolved"));
    assertEquals(22, count(v, "dossiers.in_progress"));
    assertTrue(Tables.channelParts(java.util.List.of("TT", "Nội dung", "Trực tuyến", "Trực tiếp", "Tổng số")));
    assertFalse(Tables.channelParts(java.util.List.of("TT", "Nội dung", "Trực tuyến", "Trực tiếp")));
  }

  @Test
  void aShortLabelOfOnTimeAndEarlyIsOnTime() {
    assertEquals("on_time", DossierWords.field("dung, truoc han", null), "§7: early ones are in on time");
    assertEquals("on_time", DossierWords.field("dung han va truoc han", null));
    assertEquals("early", DossierWords.field("trong do: truoc han", null), "of which early");
    assertFalse(DossierWords.onTimeAlone("dung, truoc han"));
    Map<String, Object> v = values("""
        II. THỦ TỤC HÀNH CHÍNH
        b) Hồ sơ trong tháng (ĐVT: HS):
        TT	Chỉ tiêu	Tháng này	Tháng trước
        1	HS tiếp nhận	240	198
        2	HS đã giải quyết	231	190
        2.1	- Đúng, trước hạn	229	188
        2.2	- Quá hạn	2	2
        III. HẠ TẦNG
        """);
    assertEquals(229, count(v, "dossiers.on_time"), v.toString());
    assertNull(v.get("dossiers.early"));
  }

  private static final String NINE_MONTHS = """
      ỦY BAN NHÂN DÂN
      XÃ TÂN PHONG
      Số: 120/BC-UBND                 Tân Phong, ngày 25 tháng 9 năm 2025
      BÁO CÁO
      Kết quả chuyển đổi số 9 tháng năm 2025
      Xã được thành lập từ ngày 01/7/2025 nên số liệu không bao gồm 6 tháng đầu năm của các xã cũ.
      I. KẾT QUẢ
      1. Thủ tục hành chính
      b) Hồ sơ từ ngày 01/7/2025 đến ngày 20/9/2025: tiếp nhận 1.540 hồ sơ, đã giải quyết 1.498 hồ sơ. Riêng từ ngày
      01/9 đến 20/9/2025 tiếp nhận 402 hồ sơ.
      """;

  @Test
  void aTitlesNineMonthsGiveWayToTheDossiersOwnSpan() {
    Map<String, Object> v = Extractor.extract(NINE_MONTHS + SIGNED, null).values();
    assertEquals(java.time.LocalDate.of(2025, 7, 1), v.get("period.start"), v.toString());
    assertEquals(java.time.LocalDate.of(2025, 9, 20), v.get("period.end"));
  }

  @Test
  void aMonthsTitleStillShowsAWeekBesideIt() {
    // A month is no quarter: a week stated inside it is another period, both shown (round 14's behaviour kept).
    Map<String, Object> v = values("""
        I. KẾT QUẢ
        1. Thủ tục hành chính
        Trong tuần từ ngày 10/11/2025 đến ngày 16/11/2025 tiếp nhận 95 hồ sơ.
        """);
    assertNull(v.get("period.start"), "two spans to pick from: " + v);
  }

  @Test
  void aWardsLetterheadNamesItsSlugAndTheTasksAheadDoNot() {
    String ward = """
        ỦY BAN NHÂN DÂN                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        PHƯỜNG TÂN MAI ĐÔNG                    Độc lập - Tự do - Hạnh phúc
        Số: 51/BC-UBND                 Tân Mai Đông, ngày 04 tháng 12 năm 2025
        BÁO CÁO
        Kết quả chuyển đổi số tháng 11 năm 2025
        II. PHUONG HUONG NHIEM VU THANG 12
        - Phường Tân Mai Đông tiếp tục số hóa hồ sơ.
        """;
    assertEquals("tan-mai-dong", Extractor.extract(ward + SIGNED, null).values().get("commune"));
    String commune = """
        ỦY BAN NHÂN DÂN                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        XÃ PHÚ LỘC                          Độc lập - Tự do - Hạnh phúc
        Số: 51/BC-UBND                 Phú Lộc, ngày 04 tháng 12 năm 2025
        BÁO CÁO
        Kết quả chuyển đổi số tháng 11 năm 2025
        II. PHUONG HUONG NHIEM VU THANG 12
        PHUONG HUONG NHIEM VU THANG 12 CUA XA PHU LOC
        III. PHUONG HUONG NHIEM VU NAM 2026
        """;
    assertEquals("phu-loc", Extractor.extract(commune + SIGNED, null).values().get("commune"),
        "\"phương hướng\" read without marks is no ward");
  }
}
