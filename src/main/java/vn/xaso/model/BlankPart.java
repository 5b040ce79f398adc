package vn.xaso.model;

/**
 * A part of the signed report's header that the original leaves blank (để trống trong bản ký),
 * e.g. "Số: /BC-UBND" or "ngày … tháng … năm 2025": recorded as such, not as missing data.
 */
public enum BlankPart implements Coded {
  NUMBER("number", "Số hiệu để trống trong bản ký", "Number left blank in the signed original"),
  DATE("date", "Ngày để trống trong bản ký", "Date left blank in the signed original");

  private final Label info;

  BlankPart(String code, String vi, String en) {
    this.info = new Label(code, vi, en);
  }

  @Override
  public Label info() {
    return info;
  }
}
