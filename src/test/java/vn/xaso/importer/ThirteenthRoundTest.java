package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Round 13 of #23 (precision): causes of wrong values the twelfth set's blind run showed, each on a passage written
 * here in other words: a span "từ … đến nay" restated as a table column ending on the stated "as of" is since and
 * as_of, not a closed range; parts' own dates ("Tính đến ngày …, xã đang thực hiện …", staff "biên chế (tính đến
 * ngày …)") are theirs, not the report's; a share opening a clause about another thing is no share of dossiers.
 */
class ThirteenthRoundTest {
  private static final String HEAD = "ỦY BAN NHÂN DÂN\nXÃ PHÚ LẠC\nSố: 41/BC-UBND                 Phú Lạc, ngày 28 tháng 11 năm 2025\n"
      + "BÁO CÁO\nKết quả chuyển đổi số\n";
  private static final String SIGNED = Passages.signOff("Hà Văn Thụ");

  private static Map<String, Object> values(String body) {
    return Extractor.extract(HEAD + body + SIGNED, null).values();
  }

  private static final String WRAPPED = """
      Thực hiện Công văn số 512/SKHCN-CĐS ngày 10/11/2025 của Sở Khoa học và Công nghệ, Ủy ban nhân dân xã báo cáo kết quả từ ngày 15/7/2025 đến
      nay (số liệu tính đến ngày 25/11/2025) như sau:
      I. KẾT QUẢ
      1. Thủ tục hành chính
      Tính đến ngày 20/11/2025, xã đang thực hiện 290 TTHC.

      Chỉ tiêu                        Từ 15/7/2025     Riêng tháng
                                      đến 25/11/2025   10/2025
      Hồ sơ tiếp nhận                      1.420            402
      Hồ sơ đã giải quyết                  1.388            399

      2. Nguồn nhân lực
      Cán bộ, công chức có mặt 40/44 biên chế (tính đến ngày 31/10/2025).
      """;

  @Test
  void aWrappedSpanToNowRestatedByATableColumnIsSinceAndAsOf() {
    Map<String, Object> v = values(WRAPPED);
    assertEquals(LocalDate.of(2025, 7, 15), v.get("period.since"));
    assertEquals(LocalDate.of(2025, 11, 25), v.get("period.as_of"));
    assertNull(v.get("period.start"));
    assertNull(v.get("period.end"));
    assertNull(v.get("source.stated_as_of"));
    assertNull(v.get("human_resources.as_of"));
  }

  @Test
  void partsKeepTheirOwnDates() {
    Map<String, Object> v = values(WRAPPED);
    assertEquals(LocalDate.of(2025, 11, 20), v.get("procedures.as_of"));
    assertEquals(290, ((Number) v.get("procedures.total")).intValue());
    assertEquals(LocalDate.of(2025, 10, 31), v.get("human_resources.staff_as_of"));
    assertEquals(40, ((Number) v.get("human_resources.staff_present")).intValue());
  }

  /** docs/transcription.md §8 (after set 28; round 13 had dropped it): a part's own date is copied on the last day too. */
  @Test
  void aPartsDateOnThePeriodsLastDayIsCopied() {
    Map<String, Object> v = values("""
        Kết quả thực hiện (số liệu từ ngày 01/7/2025 đến ngày 20/11/2025) như sau:
        I. KẾT QUẢ
        1. Thủ tục hành chính
        Tính đến ngày 20/11/2025, xã đang thực hiện 290 TTHC. Tiếp nhận 1.420 hồ sơ.
        """);
    assertEquals(LocalDate.of(2025, 11, 20), v.get("period.end"));
    assertEquals(LocalDate.of(2025, 11, 20), v.get("procedures.as_of"));
  }

  /** The day a report "to date" stands at is its own "as of": a part's date on it is declared once. */
  @Test
  void aPartsDateOnTheReportsAsOfIsTheReports() {
    Map<String, Object> v = values("""
        Kết quả thực hiện từ ngày 01/7/2025 đến nay (số liệu tính đến ngày 20/11/2025) như sau:
        I. KẾT QUẢ
        1. Thủ tục hành chính
        Tính đến ngày 20/11/2025, xã đang thực hiện 290 TTHC. Tiếp nhận 1.420 hồ sơ.
        """);
    assertEquals(LocalDate.of(2025, 11, 20), v.get("period.as_of"));
    assertNull(v.get("procedures.as_of"));
  }

  @Test
  void aShareOpeningAClauseOfAnotherThingIsNoShareOfDossiers() {
    Map<String, Object> v = values("""
        I. KẾT QUẢ
        1. Hồ sơ
        Tiếp nhận 2.040 hồ sơ, trong đó trực tuyến 1.790 hồ sơ.
        II. ĐÁNH GIÁ
        Tỷ lệ hồ sơ trực tuyến giữ ở mức trên 80%, 100% máy tính của xã đã cài phần mềm diệt virus.
        """);
    assertNull(v.get("dossiers.online_pct"));
    assertEquals(2040, ((Number) v.get("dossiers.received")).intValue());
  }

  @Test
  void theFormerCommunesDateIsNoAsOfAndABracketsSpanIsNotPlannedByTheTitle() {
    Map<String, Object> v = values("""
        về tổng kết năm 2025 và phương hướng, nhiệm vụ năm 2026
        Ủy ban nhân dân xã báo cáo như sau (số liệu năm 2025 tính từ ngày 16/12/2024 đến ngày
        15/12/2025, gồm số liệu của 02 xã cũ đến ngày 30/6/2025):
        I. KẾT QUẢ
        1. Thủ tục hành chính
        Tiếp nhận 1.420 hồ sơ.
        """);
    assertEquals(LocalDate.of(2024, 12, 16), v.get("period.start"));
    assertEquals(LocalDate.of(2025, 12, 15), v.get("period.end"));
    assertNull(v.get("source.stated_as_of"));
    assertNull(v.get("period.as_of"));
  }
}
