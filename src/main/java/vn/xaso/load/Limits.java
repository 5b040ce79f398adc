package vn.xaso.load;

/** Bounds on what one data file may hold, so a hostile file fails fast and small. */
public record Limits(long maxBytes, int maxDepth, int maxTextLength, int maxNodes) {
  /**
   * A real report is 5–20 KB, three or four levels deep, with summaries of a few sentences and
   * at most about 650 keys and values (Hùng Thắng's, the longest).
   */
  public static final Limits DEFAULT = new Limits(1024 * 1024, 16, 4000, 20_000);
}
