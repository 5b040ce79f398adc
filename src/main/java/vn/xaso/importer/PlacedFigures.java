package vn.xaso.importer;

import java.util.HashMap;
import java.util.Map;
import vn.xaso.importer.Numbers.Token;

/**
 * The figures of the sentence being read and the field each went to, so that a part in brackets never takes its
 * total's field ("31 máy để bàn" of "Máy tính: 37 (31 máy để bàn …)" is no count of computers) and a figure can ask
 * where the one before it or its total went. Every part of {@link Placement} places through {@link #put}; it holds the
 * rule about parts and totals and nothing about words.
 */
final class PlacedFigures {
  private final Findings found;
  /** The field each number of the sentence went to, by its offset: a part in brackets never takes its total's. */
  private final Map<Integer, String> placedAt = new HashMap<>();
  private Evidence evidence;
  private boolean placed;
  private Token current;

  PlacedFigures(Findings found) {
    this.found = found;
  }

  /** A new sentence: no figure of it placed yet. */
  void sentence() {
    placedAt.clear();
  }

  /** The figure being placed, quoted by {@code evidence}; none placed yet. */
  void figure(Token t, Evidence evidence) {
    this.evidence = evidence;
    placed = false;
    current = t;
  }

  /** Words placed without a figure of their own ("không có hồ sơ quá hạn"), quoted by {@code evidence}. */
  void words(Evidence evidence) {
    this.evidence = evidence;
  }

  /** The figures of the sentence are done: what follows is placed from words. */
  void endFigures() {
    current = null;
  }

  Evidence evidence() {
    return evidence;
  }

  /** Whether the figure being placed went to a field, or was dealt with as if it had. */
  boolean placed() {
    return placed;
  }

  void markPlaced() {
    placed = true;
  }

  /** Places {@code value} at {@code path}, unless the figure is a part of a total that went there. */
  void put(String path, Object value, String quote) {
    if (current != null && current.isPart() && path.equals(placedAt.get(current.parent()))) {
      // A part of a total is not the total: "31 máy để bàn" of "Máy tính: 37 (31 máy để bàn …)".
      return;
    }
    found.add(path, value, quote, evidence);
    placed = true;
    if (current != null) {
      placedAt.putIfAbsent(current.start(), path);
    }
  }

  /** Notes that the figure at {@code start} went to {@code path} without placing it now. */
  void mark(int start, String path) {
    placedAt.putIfAbsent(start, path);
  }

  /** The field the figure at {@code start} went to, or null. */
  String at(int start) {
    return placedAt.get(start);
  }

  /** The field the total a part in brackets belongs to went to, or null for a number that is no part. */
  String parentField(Token t) {
    return t.isPart() ? placedAt.get(t.parent()) : null;
  }

  /** The field the number just before {@code t} in its sentence went to, or null. */
  String lastPlaced(Token t) {
    return placedAt.entrySet().stream().filter(e -> e.getKey() < t.start()).max(Map.Entry.comparingByKey())
        .map(Map.Entry::getValue).orElse(null);
  }
}
