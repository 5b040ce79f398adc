package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link OcrRuledLines} alone: a scanned ruled table's lines, one at a time, mended or left as read. */
class OcrRuledLinesTest {
  private static String mended(String passage, boolean vietnamese) {
    return String.join("\n", passage.lines().map(l -> OcrRuledLines.ruled(l, vietnamese)).toList());
  }

  @Test
  void rulesReadAsBracketsOrDottedCapitalsBecomePipes() {
    assertEquals("""
        |  2 |  9|  11|
        | Hồ sơ |41|  |5|""".stripIndent(), mended("""
        |  2 |  9Ị  11|
        | Hồ sơ |41[  [5|""", false));
  }

  @Test
  void dustBeforeTheLeftRuleAndARowNumberBeforeTheFirstRule() {
    // The dust goes with either data; the row number is given back its border only with the Vietnamese data.
    String passage = """
        .. |1  | Hồ sơ |  12|
          1|Hồ sơ tiếp nhận  |  2.917|""";
    assertEquals("""
           |1  | Hồ sơ |  12|
        | 1|Hồ sơ tiếp nhận  |  2.917|""", mended(passage, true));
    assertEquals("   |1  | Hồ sơ |  12|\n  1|Hồ sơ tiếp nhận  |  2.917|", mended(passage, false));
  }

  @Test
  void underscoresOfALowerRuleAreSpacesOnlyWithTheVietnameseData() {
    assertEquals("|   11|  902 |", OcrRuledLines.ruled("|_  11|  902_|", true));
    assertEquals("|_  11|  902_|", OcrRuledLines.ruled("|_  11|  902_|", false));
  }

  @Test
  void aLineWithFewerThanTwoPipesIsLeftAsRead() {
    for (String line : List.of("Theo Nghị định [1] năm 2024 có 9Ị hồ sơ", "Hồ sơ_tồn | 41[", "  1|Hồ sơ")) {
      assertEquals(line, OcrRuledLines.ruled(line, true));
      assertEquals(line, OcrRuledLines.ruled(line));
    }
  }
}
