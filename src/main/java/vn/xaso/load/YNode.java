package vn.xaso.load;

import java.util.List;
import vn.xaso.problem.Position;

/**
 * A YAML node with its position. Scalars keep their raw text and whether they were quoted, so
 * typing is ours (YAML 1.1's {@code no} → false and {@code 00070} → 70 never happen).
 */
public sealed interface YNode permits YNode.YMap, YNode.YSeq, YNode.YScalar {
  Position position();

  record Entry(YScalar key, YNode value) {}

  record YMap(Position position, List<Entry> entries) implements YNode {}

  record YSeq(Position position, List<YNode> items) implements YNode {}

  /** {@code plain} is false for quoted and block scalars. */
  record YScalar(Position position, String value, boolean plain) implements YNode {
    /** {@code ~}, {@code null} or nothing at all, written plain. */
    public boolean isNull() {
      return plain && (value.isEmpty() || value.equals("~") || value.equals("null") || value.equals("Null")
          || value.equals("NULL"));
    }
  }
}
