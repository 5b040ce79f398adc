package vn.xaso.publish;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.xaso.model.Coded;
import vn.xaso.model.Text;

/**
 * How values become CSV cells: empty for missing, ISO dates, plain decimals with a dot, enum
 * codes, and text neutralised so a spreadsheet never runs it as a formula (OWASP CSV injection).
 */
final class Cells {
  private Cells() {}

  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Integer || value instanceof Long) {
      return value.toString();
    }
    if (value instanceof Double d) {
      return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    if (value instanceof LocalDate date) {
      return date.toString();
    }
    if (value instanceof Coded c) {
      return c.code();
    }
    if (value instanceof Text t) {
      return neutralise(t.vi());
    }
    return neutralise(value.toString());
  }

  /** A text starting with = + - @, tab or carriage return gets a leading apostrophe. */
  static String neutralise(String text) {
    if (text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    return risky ? "'" + text : text;
  }
}
