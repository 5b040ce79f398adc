package vn.xaso.model;

import java.util.List;

/**
 * A clause of the kept text (văn bản lưu) a figure rests on: the line (or lines, when the clause
 * runs over a line break) of {@code sources/<province>/<commune>/<stem>.txt}, and the clause as it
 * stands there, trimmed.
 */
@Doc(vi = "Câu trích trong văn bản lưu", en = "A clause quoted from the kept text")
public record Quote(
    @Doc(vi = "Dòng của văn bản lưu (đếm từ 1)", en = "Line of the kept text (counted from 1)", example = "112")
        Integer line,
    @Doc(vi = "Các dòng, khi câu trích vắt qua dòng", en = "The lines, when the quote runs over a line break",
        example = "[112, 113]")
        List<Integer> lines,
    @Doc(vi = "Câu trích, đúng như văn bản (tối đa 200 ký tự)", en = "The clause as the text has it (at most 200 characters)",
        example = "tổng số hồ sơ tiếp nhận, giải quyết trong kỳ: 239 hồ sơ", required = true)
        String quote) {

  public Quote {
    lines = lines == null ? List.of() : List.copyOf(lines);
  }

  /** The lines the quote stands on, in order: {@code lines}, or {@code line} alone. */
  public List<Integer> at() {
    return !lines.isEmpty() ? lines : line == null ? List.of() : List.of(line);
  }
}
