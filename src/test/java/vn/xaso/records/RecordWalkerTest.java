package vn.xaso.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The one reflective walker: what it tells a visitor, in which order, and how it rebuilds records. */
class RecordWalkerTest {
  enum Colour { RED, GREEN }

  record Point(int x, int y) {}

  record Named(String name, List<Point> points, Map<String, Object> extra) {}

  record Checked(int positive) {
    Checked {
      if (positive <= 0) {
        throw new IllegalArgumentException("not positive");
      }
    }
  }

  private final RecordWalker walker = new RecordWalker();

  /** Writes down what it meets, one word each. */
  private static final class Trace implements RecordWalker.Visitor<RuntimeException> {
    final List<String> seen = new ArrayList<>();

    @Override
    public void value(Object value) {
      seen.add(String.valueOf(value));
    }

    @Override
    public void map(Map<?, ?> map) {
      seen.add("map" + map.size());
    }

    @Override
    public void list(Iterable<?> list) {
      seen.add("[");
    }

    @Override
    public void endList() {
      seen.add("]");
    }

    @Override
    public void record(Record record) {
      seen.add(record.getClass().getSimpleName());
    }
  }

  private List<String> walk(Object value) {
    Trace trace = new Trace();
    walker.walk(value, trace);
    return trace.seen;
  }

  @Test
  void recordsAreWalkedComponentByComponentInDeclarationOrder() {
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("z", Colour.GREEN);
    extra.put("a", null);
    assertEquals(List.of("Named", "n", "[", "Point", "1", "2", "Point", "3", "4", "]", "map2", "z", "GREEN", "a", "null"),
        walk(new Named("n", List.of(new Point(1, 2), new Point(3, 4)), extra)));
  }

  @Test
  void ordersThatMeanSomethingAreKept() {
    Map<String, Integer> linked = new LinkedHashMap<>();
    linked.put("b", 1);
    linked.put("a", 2);
    assertEquals(List.of("map2", "b", "1", "a", "2"), walk(linked));
    assertEquals(List.of("map2", "a", "2", "b", "1"), walk(new TreeMap<>(linked)));
    Map<Colour, Integer> byColour = new EnumMap<>(Colour.class);
    byColour.put(Colour.GREEN, 1);
    byColour.put(Colour.RED, 2);
    assertEquals(List.of("map2", "RED", "2", "GREEN", "1"), walk(byColour));
    assertEquals(List.of("[", "c", "a", "b", "]"), walk(List.of("c", "a", "b")));
  }

  @Test
  void mapsAndSetsWithoutAnOrderAreWalkedByKeySoEveryRunGivesTheSameSequence() {
    // Map.of iterates in an order that changes from one JVM to the next: a page's model hash did.
    Map<String, Integer> unordered = Map.of("delta", 4, "alpha", 1, "charlie", 3, "bravo", 2, "echo", 5);
    assertEquals(List.of("map5", "alpha", "1", "bravo", "2", "charlie", "3", "delta", "4", "echo", "5"), walk(unordered));
    Map<String, Integer> hashed = new java.util.HashMap<>(unordered);
    assertEquals(walk(unordered), walk(hashed));
    assertEquals(List.of("[", "a", "b", "c", "]"), walk(Set.of("c", "a", "b")));
    assertEquals(List.of("map2", "2", "x", "10", "y"), walk(Map.of(10, "y", 2, "x")), "numbers by value, not as text");
  }

  @Test
  void aRecordIsRebuiltThroughItsCanonicalConstructor() {
    assertEquals(2, walker.components(Point.class));
    assertEquals(new Point(5, 6), walker.rebuild(Point.class, new Object[] {5, 6}));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> walker.rebuild(Checked.class, new Object[] {-1}));
    assertEquals("not positive", e.getCause().getCause().getMessage(), "the constructor's own checks run");
    assertThrows(IllegalArgumentException.class, () -> walker.components(String.class));
  }
}
