package vn.xaso.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.xaso.model.Text;
import vn.xaso.model.UnitType;

/** How each kind of value becomes a CSV cell, and which texts a spreadsheet would run as a formula. */
class CellsTest {

  /** OWASP's list: a leading = + - @, and also tab and carriage return, which Excel skips before reading a formula. */
  @ParameterizedTest
  @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\t=1+1", "\r=1+1"})
  void aTextAFormulaCouldStartWithGetsALeadingApostrophe(String text) {
    assertEquals("'" + text, Cells.cell(text));
    assertEquals("'" + text, Cells.cell(new Text(text, "x")), "a bilingual text's Vietnamese half");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Hùng Thắng", "1/BC-UBND", " =1", "a=b", "'quoted"})
  void anyOtherTextIsLeftAsItIs(String text) {
    assertEquals(text, Cells.cell(text));
  }

  @Test
  void numbersDatesAndCodesAreWrittenPlainlyAndMissingIsEmpty() {
    assertEquals("", Cells.cell(null));
    assertEquals("-3", Cells.cell(-3), "a number is never neutralised");
    assertEquals("12345678901", Cells.cell(12_345_678_901L));
    assertEquals("80.05", Cells.cell(80.05));
    assertEquals("100", Cells.cell(100.0));
    assertEquals("0.0001", Cells.cell(0.0001), "no exponent");
    assertEquals("2025-07-31", Cells.cell(LocalDate.of(2025, 7, 31)));
    assertEquals("xa", Cells.cell(UnitType.XA));
  }
}
