package vn.xaso.model;

import java.util.List;

/**
 * Where one figure of a report stands in its kept text: a quoted clause holding its digits, or,
 * when the transcriber computed it, the arithmetic and the quoted parts it was computed from.
 */
@Doc(vi = "Nguồn của một số liệu", en = "Where one figure stands in the text")
public record FigureEvidence(
    @Doc(vi = "Dòng của văn bản lưu (đếm từ 1)", en = "Line of the kept text (counted from 1)", example = "112")
        Integer line,
    @Doc(vi = "Các dòng, khi câu trích vắt qua dòng", en = "The lines, when the quote runs over a line break",
        example = "[112, 113]")
        List<Integer> lines,
    @Doc(vi = "Câu trích chứa số liệu, đúng như văn bản (tối đa 200 ký tự)",
        en = "The clause holding the figure, as the text has it (at most 200 characters)",
        example = "tổng số hồ sơ tiếp nhận, giải quyết trong kỳ: 239 hồ sơ")
        String quote,
    @Doc(vi = "Phép tính của người nhập liệu, viết bằng chữ số", en = "The transcriber's arithmetic, in digits",
        example = "8 / 219 × 100")
        String computed,
    @Doc(vi = "Các câu trích của từng số trong phép tính", en = "The quoted clause of each number in the arithmetic")
        List<Quote> parts) {

  public FigureEvidence {
    lines = lines == null ? List.of() : List.copyOf(lines);
    parts = parts == null ? List.of() : List.copyOf(parts);
  }

  /** The figure's own clause, when it has one. */
  public Quote own() {
    return quote == null ? null : new Quote(line, lines, quote);
  }

  /** Every clause given: its own, then its parts'. */
  public List<Quote> quotes() {
    List<Quote> out = new java.util.ArrayList<>();
    if (quote != null) {
      out.add(own());
    }
    out.addAll(parts);
    return List.copyOf(out);
  }
}
