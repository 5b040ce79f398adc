package vn.xaso.model;

/** Bilingual text: Vietnamese is what the report says (summarised), English is optional. */
@Doc(vi = "Văn bản song ngữ: vi bắt buộc, en tùy chọn", en = "Bilingual text: vi required, en optional")
public record Text(
    @Doc(vi = "Tiếng Việt (có dấu)", en = "Vietnamese, with diacritics", required = true,
        example = "Phần mềm một cửa")
        String vi,
    @Doc(vi = "Tiếng Anh", en = "English", example = "One-stop-shop software")
        String en) {

  /** The text in the language asked for, falling back to Vietnamese when English is missing. */
  public String in(Lang lang) {
    return lang == Lang.EN && en != null && !en.isBlank() ? en : vi;
  }

  /** True when English was asked for but only Vietnamese exists. */
  public boolean missingIn(Lang lang) {
    return lang == Lang.EN && (en == null || en.isBlank());
  }
}
