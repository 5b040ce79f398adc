package vn.xaso.problem;

/** How bad a problem is: errors stop a build, warnings are published as data-quality notes. */
public enum Severity {
  ERROR("error", "lỗi"),
  WARNING("warning", "cảnh báo");

  private final String en;
  private final String vi;

  Severity(String en, String vi) {
    this.en = en;
    this.vi = vi;
  }

  public String code() {
    return en;
  }

  public String label(String lang) {
    return "en".equals(lang) ? en : vi;
  }
}
