package vn.xaso.load;

import java.util.Map;
import vn.xaso.problem.Position;

/**
 * Where each field of one file stands, keyed by path ({@code dossiers.resolved},
 * {@code documents[2].date}), so later stages can point a problem at the line to fix.
 */
public record SourceMap(String file, Map<String, Position> positions) {
  /** For values whose problems have all been found: positions cost ~100 entries a report and are not needed after validation. */
  public static final SourceMap NONE = new SourceMap("", Map.of());

  public SourceMap {
    positions = Map.copyOf(positions);
  }

  /** The field's position, or its nearest parent's when the field itself is absent. */
  public Position at(String path) {
    String p = path;
    while (true) {
      Position found = positions.get(p);
      if (found != null) {
        return found;
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      if (cut <= 0) {
        return positions.getOrDefault("", new Position(1, 1));
      }
      p = p.substring(0, cut);
    }
  }
}
