package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Round 24: a table's rules OCR read as brackets or dotted capitals glued to a figure (OcrRuledLines.ruled). */
class OcrRulesTest {
  @Test
  void aDottedCapitalOrABracketAfterAFigureInARuledRowIsARule() {
    assertEquals("|  Chưa đáp ứng   |   3|    5|     1|", OcrRuledLines.ruled("|  Chưa đáp ứng   |   3Ị    5|     1|"));
    assertEquals("| + Quá hạn  |     12|     7|      -5", OcrRuledLines.ruled("| + Quá hạn  |     12[     7|      -5"));
  }

  @Test
  void aBracketBeforeAFigureInARuledRowIsARule() {
    assertEquals("| Máy in |    6  |8    |  14", OcrRuledLines.ruled("| Máy in |    6  ]8    |  14"));
  }

  @Test
  void proseAndWordsAreLeftAsRead() {
    // No pipes: a note's "[2]" stays; in a ruled row, a capital Í inside a word and a figure's unit stay.
    assertEquals("theo Quyết định [2] của UBND tỉnh, 3Ị", OcrRuledLines.ruled("theo Quyết định [2] của UBND tỉnh, 3Ị"));
    assertEquals("| ÍT NHẤT | 12 máy | 4%|", OcrRuledLines.ruled("| ÍT NHẤT | 12 máy | 4%|"));
  }
}
