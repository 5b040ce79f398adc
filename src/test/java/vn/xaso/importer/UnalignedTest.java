package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables whose columns no position tells, as OCR of a proportional font returns them; made-up blocks. */
class UnalignedTest {
  private static String[] rewrite(String text) {
    return Unaligned.rewrite(text.split("\n", -1), k -> false);
  }

  @Test
  void aHeaderPartedByPipesNamesItsFigureColumnsWithoutTheRowNumber() {
    assertEquals(List.of("Chỉ tiêu", "Tháng này", "Tháng trước", "Lũy kế từ 01/7"),
        Unaligned.header("| STT | Chỉ tiêu | Tháng này | Tháng trước | Lũy kế từ 01/7 |"));
    assertNull(Unaligned.header("| Hồ sơ tiếp nhận | 214 | 198 |"), "a row of figures is no header");
    assertNull(Unaligned.header("Kết quả giải quyết hồ sơ trong tháng"), "no pipes, no columns");
  }

  @Test
  void aRowIsARowNumberALabelAndFigureTokensWhateverStandsBetween() {
    var r = Unaligned.row("|2_ | Hồ sơ đã giải quyết |412 [398 |_ 5.120 |");
    assertEquals("2", r.ordinal());
    assertEquals("Hồ sơ đã giải quyết", r.label());
    assertEquals(List.of("412", "398", "5.120"), r.figures());
    assertEquals(List.of("37", "", "+4"), Unaligned.row("- Trực tiếp 37 | - | +4 Ï").figures());
    assertEquals("Văn phòng HĐND - UBND xã", Unaligned.row("Văn phòng HĐND-UBNDxã | 21| 18 |").label());
    assertNull(Unaligned.row("Tỷ lệ hồ sơ trực tuyến trong tháng đạt 88,2% so với tháng 10"), "prose is no row");
    assertNull(Unaligned.row("| Chỉ tiêu | Tháng này |"));
  }

  @Test
  void rowsWhoseFiguresMatchTheColumnsAreWrittenPlainlyUnderTheJoinedHeader() {
    String[] out = rewrite("""
        Kết quả giải quyết hồ sơ tháng 11:
        | TT | Chỉ tiêu | Tháng 11 | Tháng 10 | Tăng (+) |
        | năm 2025 | năm 2025 | giảm (-) |
        |—~--~==—| l min |——— IS |

        1| Hồ sơ tiếp nhận | 412 | 380|_ +32 |
        | - Trực tuyến 360 [331 | +29 Ï
        2_ | Hồ sơ đã giải quyết 398 401 | -3 |
        | - Quá hạn | 2| 1 — +1 |
        6

        Hồ sơ được số hóa | 390 | 377 | +13 |
        Tỷ lệ hồ sơ trực tuyến đạt 87,4%.""");
    assertEquals("TT | Chỉ tiêu | Tháng 11 năm 2025 | Tháng 10 năm 2025 | Tăng (+) giảm (-) |", out[1]);
    assertEquals("", out[2]);
    assertEquals("", out[3]);
    assertEquals("| 1 | Hồ sơ tiếp nhận | 412 | 380 | +32 |", out[5]);
    assertEquals("|  | - Trực tuyến | 360 | 331 | +29 |", out[6]);
    assertEquals("| 2 | Hồ sơ đã giải quyết | 398 | 401 | -3 |", out[7]);
    assertEquals("| - Quá hạn | 2| 1 — +1 |", out[8], "four tokens for three columns: left as written");
    assertEquals("", out[9]);
    assertEquals("|  | Hồ sơ được số hóa | 390 | 377 | +13 |", out[11]);
    assertEquals("Tỷ lệ hồ sơ trực tuyến đạt 87,4%.", out[12], "the prose after the table is its own");
  }

  @Test
  void aPartGreaterThanItsWholeOrAThreeDigitTenAmongPaddedCountsIsReadAsNothing() {
    String[] out = rewrite("""
        | Chỉ tiêu | Tuần này | Tuần trước |
        | Hồ sơ đã giải quyết |212 | 190 |
        | - Đúng hạn |2102_ |188 |
        | - Quá hạn | 0 | 2 |""");
    assertEquals("", out[2]);
    assertEquals("- Quá hạn | 0 | 2 |", out[3]);
    assertTrue(Unaligned.doubtful(List.of("12", "09", "103", "04")));
    assertFalse(Unaligned.doubtful(List.of("112", "96", "103")));
  }

  @Test
  void rulesReadAsLettersAndSymbolsAreRules() {
    assertTrue(Unaligned.rule("T T T T 1"));
    assertTrue(Unaligned.rule("|——|Ƒ—~--~==—- l min |——— IS SONE |"));
    assertTrue(Unaligned.rule("J J I I I l"));
    assertFalse(Unaligned.rule("Hồ sơ đang giải quyết"));
    assertFalse(Unaligned.rule("a 1 2"));
  }

  @Test
  void aTableWithoutPipesIsReadWhenItsHeaderPartsIntoAsManyColumnsAsItsRowsHoldFigures() {
    String[] out = Unaligned.rewriteSpaced("""
        Quý IV Quý III So sánh
        Chỉ tiêu năm2025 năm 2025 tăng, giảm
        Hồ sơ kỳ trước 41 37 +4
        chuyển sang
        Hồ sơ tiếp nhận 2.318 2.104 +214
        - Trực tuyến 1.960 1.712 +248
        + Đúng hạn 2.1O4 1/980 +124
        Hồ sơ đang giải quyết 77 63 +14
        Tỷ lệ hồ sơ trực tuyến đạt 84,6%, cao hơn quý trước.""".split("\n", -1), k -> false);
    assertEquals("Chỉ tiêu | Quý IV năm 2025 | Quý III năm 2025 | So sánh tăng, giảm |", out[0]);
    assertEquals("", out[1]);
    assertEquals("Hồ sơ kỳ trước chuyển sang | 41 | 37 | +4 |", out[2]);
    assertEquals("", out[3]);
    assertEquals("- Trực tuyến | 1.960 | 1.712 | +248 |", out[5]);
    assertEquals("", out[6], "a row OCR misread is read as nothing");
    assertEquals("Tỷ lệ hồ sơ trực tuyến đạt 84,6%, cao hơn quý trước.", out[8]);
  }

  @Test
  void aHeaderWhoseColumnsCannotBeToldLeavesTheTableAsWritten() {
    assertNull(Unaligned.spacedHeader(List.of("Tháng 11 năm 2025 Tháng 10 năm 2025"), 3));
    assertNull(Unaligned.spacedHeader(List.of("Tháng 11 Tháng 10"), 2), "no line names the label's column");
    String text = "Số liệu tháng 11\nHồ sơ tiếp nhận 412 380\nHồ sơ đã giải quyết 398 401\nHồ sơ số hóa 390 377";
    assertArrayEquals(text.split("\n"), Unaligned.rewriteSpaced(text.split("\n"), k -> false));
  }

  @Test
  void aNoteCellSayingNoneIsItsOwnZeroNotTheRowsFigure() {
    String r = Tables.reading(List.of("Chỉ tiêu", "Số hồ sơ", "Tỷ lệ (%)", "Ghi chú"), List.of(),
        List.of("Đang giải quyết", "64", "", "không có hồ sơ quá hạn"), null, "");
    assertFalse(r.contains("(không có"), r);
    assertTrue(r.endsWith("Đang giải quyết, trong đó hồ sơ quá hạn: không có."), r);
  }

  @Test
  void fewerThanTwoRowsReadLeaveTheLinesAsWritten() {
    String text = "| Chỉ tiêu | Số lượng | Tỷ lệ |\n| Hồ sơ tiếp nhận | 412 |\nVăn bản đến 1.204 văn bản.";
    assertArrayEquals(text.split("\n"), rewrite(text));
  }
}
