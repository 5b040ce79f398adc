package vn.xaso.model;

/** How staff hold a duty (chuyên trách / kiêm nhiệm), as a report says. */
public enum Staffing implements Coded {
  DEDICATED("dedicated", "chuyên trách", "dedicated"),
  PART_TIME("part_time", "kiêm nhiệm", "part-time, alongside other duties");

  private final Label info;

  Staffing(String code, String vi, String en) {
    this.info = new Label(code, vi, en);
  }

  @Override
  public Label info() {
    return info;
  }
}
