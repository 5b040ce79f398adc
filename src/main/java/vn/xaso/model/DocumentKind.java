package vn.xaso.model;

/** Kinds of document a commune issues or cites. */
public enum DocumentKind implements Coded {
  @Doc(vi = "Kế hoạch", en = "Plan") PLAN("plan", "Kế hoạch", "Plan"),
  @Doc(vi = "Quyết định", en = "Decision") DECISION("decision", "Quyết định", "Decision"),
  @Doc(vi = "Công văn", en = "Official letter") LETTER("letter", "Công văn", "Official letter"),
  @Doc(vi = "Báo cáo", en = "Report") REPORT("report", "Báo cáo", "Report"),
  @Doc(vi = "Nghị quyết", en = "Resolution") RESOLUTION("resolution", "Nghị quyết", "Resolution"),
  @Doc(vi = "Kết luận", en = "Conclusion") CONCLUSION("conclusion", "Kết luận", "Conclusion"),
  @Doc(vi = "Khác", en = "Other") OTHER("other", "Khác", "Other");

  private final String code;
  private final String vi;
  private final String en;

  DocumentKind(String code, String vi, String en) {
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
