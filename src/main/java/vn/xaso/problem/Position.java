package vn.xaso.problem;

/** A 1-based line and column in a source file; line 0 means the file as a whole. */
public record Position(int line, int column) {
  public static final Position FILE = new Position(0, 0);

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
