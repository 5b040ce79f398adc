package vn.xaso.model;

/**
 * The transcriber's note on the quality of a report's figures, in both languages, and the part
 * of the report it is about, so a page can say it right after those figures. A note naming no
 * part is about the whole report. Written {@code {vi, en}} like any {@link Text}, so files
 * written before notes named their part still read.
 */
@Doc(vi = "Ghi chú của người nhập liệu: vi bắt buộc, en tùy chọn, part tùy chọn",
    en = "A transcriber's note: vi required, en optional, part optional")
public record QualityNote(
    @Doc(vi = "Tiếng Việt (có dấu)", en = "Vietnamese, with diacritics", required = true,
        example = "Tỷ lệ hồ sơ trực tuyến không kèm số đếm.")
        String vi,
    @Doc(vi = "Tiếng Anh", en = "English", example = "Online shares come without counts.")
        String en,
    @Doc(vi = "Phần báo cáo mà ghi chú nói về (tên trường cấp đầu của báo cáo); bỏ trống nếu nói về cả báo cáo",
        en = "The report's part the note is about (a top-level field of the report); leave out when it is about the whole report",
        pattern = "[a-z]+(_[a-z]+)*", example = "dossiers")
        String part) {

  /** The note's words, as any other bilingual text. */
  public Text text() {
    return new Text(vi, en);
  }
}
