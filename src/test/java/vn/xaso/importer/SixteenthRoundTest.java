package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Round 16 of #23, each rule on passages written here in other words than the sets': a month's or quarter's title
 * whose figures are counted to a day inside it.
 */
class SixteenthRoundTest {
  private static final String LETTERHEAD = "ỦY BAN NHÂN DÂN\nXÃ PHÚ LỘC ĐÔNG\nSố: 211/BC-UBND                 Phú Lộc Đông, ngày 18 tháng 12 năm 2025\n"
      + "BÁO CÁO\n";
  private static final String BODY = """
      I. KẾT QUẢ
      1. Thủ tục hành chính
      Trong kỳ tiếp nhận 412 hồ sơ, đã giải quyết 398 hồ sơ.
      2. Nguồn nhân lực
      Xã có 03 công chức phụ trách công nghệ thông tin.
      """;
  private static final String SIGNED = Passages.signOff("Lò Văn Pấng");

  private static Map<String, Object> values(String title) {
    return Extractor.extract(LETTERHEAD + title + BODY + SIGNED, null).values();
  }

  @Test
  void aMonthsFiguresCountedToADayInsideItEndThePeriodThere() {
    Map<String, Object> v = values("Kết quả cải cách hành chính và chuyển đổi số tháng 12/2025 (số liệu tính đến ngày 12/12/2025)\n");
    assertEquals(LocalDate.of(2025, 12, 1), v.get("period.start"), v.toString());
    assertEquals(LocalDate.of(2025, 12, 12), v.get("period.end"));
    assertNull(v.get("source.stated_as_of"), "the date is the period's end, declared once");
    assertNull(v.get("human_resources.as_of"));
    assertNull(v.get("procedures.as_of"));
  }

  @Test
  void aQuartersFiguresCountedToADayStatedInTheOpeningSentence() {
    Map<String, Object> v = values("Kết quả chuyển đổi số quý IV năm 2025\nỦy ban nhân dân xã báo cáo như sau, số liệu đến ngày "
        + "10/12/2025:\n");
    assertEquals(LocalDate.of(2025, 10, 1), v.get("period.start"), v.toString());
    assertEquals(LocalDate.of(2025, 12, 10), v.get("period.end"));
    assertNull(v.get("source.stated_as_of"));
  }

  @Test
  void aDayAfterTheMonthStaysTheStatedAsOf() {
    // A November report whose figures run to 5 December: the month is the period, the day its stated "as of".
    Map<String, Object> v = values("Kết quả chuyển đổi số tháng 11 năm 2025 (số liệu đến ngày 05/12/2025)\n");
    assertEquals(LocalDate.of(2025, 11, 30), v.get("period.end"), v.toString());
    assertEquals(LocalDate.of(2025, 12, 5), v.get("source.stated_as_of"));
  }

  @Test
  void aDateInsideTheMonthWithoutTheWordsOfFiguresIsNoEnd() {
    // "đến ngày" alone in the title is an "as of", not the figures' count (the rule needs "số liệu").
    Map<String, Object> v = values("Kết quả chuyển đổi số tháng 12 năm 2025, kết quả thực hiện đến ngày 12/12/2025\n");
    assertEquals(LocalDate.of(2025, 12, 31), v.get("period.end"), v.toString());
  }

  /** A centre's report in an outline of letters: the dossiers' span stands in a bracket under their heading. */
  private static final String LETTERS = """
      a) Tổ chức, hoạt động
      Trung tâm bố trí 08 công chức tại 6 quầy.
      b) Kết quả tiếp nhận, giải quyết hồ sơ
      (từ ngày 01/10/2025 đến ngày 08/12/2025)
      Tổng số hồ sơ tiếp nhận ......................... 904
      Số hồ sơ đã giải quyết .......................... 871
      """;

  @Test
  void aQuartersTitleGivesWayToTheSpanUnderTheDossiersHeadingOfALetteredOutline() {
    Map<String, Object> v = Extractor.extract(LETTERHEAD + "Kết quả hoạt động của Trung tâm quý IV năm 2025\n" + LETTERS + SIGNED, null)
        .values();
    assertEquals(LocalDate.of(2025, 10, 1), v.get("period.start"), v.toString());
    assertEquals(LocalDate.of(2025, 12, 8), v.get("period.end"));
  }

  @Test
  void withoutATitleSpanTheRangeUnderTheDossiersHeadingSaysSinceWhen() {
    // "(Số liệu tính đến ngày 08/12/2025)" and no span in the title: the range to that day is since and as_of.
    Map<String, Object> v = Extractor.extract(LETTERHEAD + "Kết quả chuyển đổi số trên địa bàn xã\n(Số liệu tính đến ngày 08/12/2025)\n"
        + LETTERS + SIGNED, null).values();
    assertNull(v.get("period.end"), v.toString());
    assertEquals(LocalDate.of(2025, 12, 8), v.get("period.as_of"));
    assertEquals(LocalDate.of(2025, 10, 1), v.get("period.since"));
  }

  /** Equipment by body, each cell a figure with its unit, and a note column whose words hold a figure too. */
  private static final String EQUIPMENT_UNITS_IN_CELLS = """
      I. KẾT QUẢ
      2. Hạ tầng công nghệ
      Khối\tMáy tính\tĐáp ứng\tMáy in\tMáy quét\tGhi chú
      Đảng ủy xã\t9 máy\t7 máy\t3 chiếc\t1 chiếc\t2 máy mượn
      Mặt trận và đoàn thể\t6 máy\t6 máy\t2 chiếc\t1 chiếc\t
      """;

  @Test
  void anEquipmentTableWithUnitsInItsCellsGivesEachBodyItsFigures() {
    Map<String, Object> v = Extractor.extract(LETTERHEAD + "Kết quả chuyển đổi số tháng 11 năm 2025\n" + EQUIPMENT_UNITS_IN_CELLS + SIGNED,
        null).values();
    assertEquals(9, ((Number) v.get("infrastructure.party.hardware.computers")).intValue(), v.toString());
    assertEquals(7, ((Number) v.get("infrastructure.party.hardware.adequate")).intValue());
    assertEquals(3, ((Number) v.get("infrastructure.party.hardware.printers")).intValue());
    assertEquals(1, ((Number) v.get("infrastructure.party.hardware.scanners")).intValue());
    assertEquals(6, ((Number) v.get("infrastructure.front.hardware.computers")).intValue());
    assertEquals(2, ((Number) v.get("infrastructure.front.hardware.printers")).intValue());
    assertEquals(2, v.keySet().stream().filter(k -> k.endsWith("hardware.computers")).count(), "the note's 2 is no body's count");
  }

  @Test
  void computersSaidToMeetTheRequirementAreAdequate() {
    // "đạt yêu cầu" says of computers what "đáp ứng" says.
    Map<String, Object> v = Extractor.extract(LETTERHEAD + "Kết quả chuyển đổi số tháng 11 năm 2025\nI. KẾT QUẢ\n2. Hạ tầng công nghệ\n"
        + "- Khối chính quyền: 38/42 máy đạt yêu cầu, 04 máy chưa đạt yêu cầu.\n" + SIGNED, null).values();
    assertEquals(42, ((Number) v.get("infrastructure.government.hardware.computers")).intValue(), v.toString());
    assertEquals(38, ((Number) v.get("infrastructure.government.hardware.adequate")).intValue());
  }
}
