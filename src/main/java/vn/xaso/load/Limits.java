package vn.xaso.load;

/** Bounds on what one data file may hold, so a hostile file fails fast and small. */
public record Limits(long maxBytes, int maxDepth, int maxTextLength) {
  /** A real report is 5–20 KB, three or four levels deep, with summaries of a few sentences. */
  public static final Limits DEFAULT = new Limits(1024 * 1024, 16, 4000);
}
