package vn.xaso.importer;

import java.time.LocalDate;
import java.util.List;

/**
 * The evidence sidecar of a draft ({@code <report-stem>.evidence.yaml}): for every figure, date
 * and document number the draft fills, the line of the kept text it stands on and the clause
 * quoted in the report's own characters, as the evidence format defines it.
 */
public final class EvidenceWriter {
  private EvidenceWriter() {}

  /** The sidecar's text for the draft named {@code draftName}; empty of figures when nothing was quoted. */
  public static String render(Findings found, String draftName, String keptText) {
    StringBuilder out = new StringBuilder();
    out.append("# Nguồn của từng số liệu trong ").append(draftName)
        .append(" / Where each figure of that report stands in the signed text\n");
    if (keptText != null) {
      out.append("# Dòng của văn bản / lines of the text: ").append(keptText).append('\n');
    }
    List<Finding> quoted = found.all().stream().filter(EvidenceWriter::evidenced).toList();
    if (quoted.isEmpty()) {
      return out.append("figures: {}\n").toString();
    }
    out.append("figures:\n");
    for (Finding f : quoted) {
      Evidence e = f.evidence();
      out.append("  ").append(f.path()).append(":\n");
      if (e.lastLine() > e.line()) {
        out.append("    lines: [").append(e.line()).append(", ").append(e.lastLine()).append("]\n");
      } else {
        out.append("    line: ").append(e.line()).append('\n');
      }
      out.append("    quote: ").append(quote(e.quote())).append('\n');
    }
    return out.toString();
  }

  /** Figures (counts, shares, money), dates and document numbers with a place in the text. */
  static boolean evidenced(Finding f) {
    if (f.evidence() == null || f.evidence().line() <= 0 || f.evidence().quote().isEmpty()) {
      return false;
    }
    if (f.value() instanceof Number n) {
      return written(f.evidence().quote(), n);
    }
    return f.value() instanceof LocalDate || f.path().endsWith(".number");
  }

  /**
   * Whether the quote writes the figure's digits ("1.204" for 1204, "3,65" for 3.65, "03" for 3).
   * A figure the report writes in words ("không có hồ sơ quá hạn" for 0) or in another unit
   * ("500 triệu đồng") gets no line: the validator would not find its digits, and a person adds it.
   */
  static boolean written(String quote, Number n) {
    String v = new java.math.BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
    String decimal = quote.replace(',', '.');
    String grouped = quote.replaceAll("(?<=\\d)\\.(?=\\d{3}(?!\\d))", "");
    return contains(decimal, v) || contains(grouped, v);
  }

  private static boolean contains(String text, String number) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\d.])0*" + java.util.regex.Pattern.quote(number)
        + "(?![\\d]|\\.\\d)").matcher(text);
    return m.find();
  }

  /** A YAML double-quoted scalar. */
  static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029' || c == '\u0085') {
            out.append(' ');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
