package vn.xaso.problem;

/** How bad a problem is: errors stop a build, warnings are published as data-quality notes. */
public enum Severity {
  ERROR("error"),
  WARNING("warning");

  private final String code;

  Severity(String code) {
    this.code = code;
  }

  /** The word in messages and annotations, as compilers and GitHub print it. */
  public String code() {
    return code;
  }
}
