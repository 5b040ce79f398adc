package vn.xaso.model;

/** State of a software system as a report describes it. */
public enum SoftwareState implements Coded {
  @Doc(vi = "hoạt động ổn định", en = "stable") STABLE("stable", "ổn định", "stable"),
  @Doc(vi = "chưa ổn định, còn lỗi", en = "unstable, with faults") UNSTABLE("unstable", "chưa ổn định", "unstable"),
  @Doc(vi = "chưa có, cần trang bị", en = "not yet available") MISSING("missing", "chưa có", "not available"),
  @Doc(vi = "báo cáo không nói rõ", en = "not stated") UNKNOWN("unknown", "không nêu", "not stated");

  private final String code;
  private final String vi;
  private final String en;

  SoftwareState(String code, String vi, String en) {
    this.code = code;
    this.vi = vi;
    this.en = en;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(String lang) {
    return "en".equals(lang) ? en : vi;
  }
}
