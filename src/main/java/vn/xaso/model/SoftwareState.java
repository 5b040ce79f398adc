package vn.xaso.model;

/** State of a software system as a report describes it. */
public enum SoftwareState implements Coded {
  STABLE("stable", "ổn định", "stable"),
  UNSTABLE("unstable", "chưa ổn định", "unstable"),
  MISSING("missing", "chưa có", "not available"),
  UNKNOWN("unknown", "không nêu", "not stated");

  private final Label info;

  SoftwareState(String code, String vi, String en) {
    this.info = new Label(code, vi, en);
  }

  @Override
  public Label info() {
    return info;
  }
}
