package vn.xaso.model;

/** Kinds of document a commune issues or cites. */
public enum DocumentKind implements Coded {
  PLAN("plan", "Kế hoạch", "Plan"),
  DECISION("decision", "Quyết định", "Decision"),
  LETTER("letter", "Công văn", "Official letter"),
  REPORT("report", "Báo cáo", "Report"),
  RESOLUTION("resolution", "Nghị quyết", "Resolution"),
  CONCLUSION("conclusion", "Kết luận", "Conclusion"),
  OTHER("other", "Khác", "Other");

  private final Label info;

  DocumentKind(String code, String vi, String en) {
    this.info = new Label(code, vi, en);
  }

  @Override
  public Label info() {
    return info;
  }
}
