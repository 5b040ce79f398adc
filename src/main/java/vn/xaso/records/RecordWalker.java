package vn.xaso.records;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Walks a value made of records, maps, lists and plain values depth first and in order, telling a
 * {@link Visitor} what it meets, and rebuilds a record from its components. The build cache's
 * {@code Codec} writes and reads records through it and the site's {@code ModelHash} hashes page
 * models through it, so both see a record the same way: its components in declaration order,
 * read through its accessors.
 *
 * <p>Maps and sets whose order the JDK leaves unspecified ({@code Map.of}, {@code HashMap},
 * {@code Set.of}…) are walked by key, so that a walk gives the same sequence on every run:
 * {@code Map.of} iterates in an order that changes from one JVM to the next.
 *
 * <p>Each record class's accessors and canonical constructor are looked up once per walker: a
 * status page holds 40,000 records, a province's cache file as many.
 */
public final class RecordWalker {
  /**
   * What a walk meets. Containers are announced before their contents; a visitor refuses, with
   * an exception, a value it cannot carry.
   *
   * @param <X> what the visitor may throw, e.g. the {@code IOException} of a stream it writes to
   */
  public interface Visitor<X extends Exception> {
    /** A value that is no map, iterable or record: null, text, a number, a date, an enum, bytes… */
    void value(Object value) throws X;

    /** A map; its entries follow in iteration order, each as its key then its value. */
    void map(Map<?, ?> map) throws X;

    /** A list or other iterable; its elements follow in order, then {@link #endList}. */
    void list(Iterable<?> list) throws X;

    /** The end of the elements of the iterable last begun. */
    default void endList() throws X {}

    /** A record; its components follow in declaration order. */
    void record(Record record) throws X;
  }

  /** A record class as the walker uses it. */
  private record Shape(Method[] accessors, Constructor<?> constructor) {}

  private final ClassValue<Shape> shapes = new ClassValue<>() {
    @Override
    protected Shape computeValue(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      Method[] accessors = new Method[components.length];
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        accessors[i] = components[i].getAccessor();
        accessors[i].setAccessible(true);
        types[i] = components[i].getType();
      }
      try {
        Constructor<?> constructor = type.getDeclaredConstructor(types);
        constructor.setAccessible(true);
        return new Shape(accessors, constructor);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("No canonical constructor: " + type.getName(), e);
      }
    }
  };

  /** Walks {@code value}: maps, then iterables, then records are opened; anything else is a value. */
  public <X extends Exception> void walk(Object value, Visitor<X> visitor) throws X {
    if (value instanceof Map<?, ?> map) {
      visitor.map(map);
      for (Map.Entry<?, ?> e : entries(map)) {
        walk(e.getKey(), visitor);
        walk(e.getValue(), visitor);
      }
    } else if (value instanceof Iterable<?> list) {
      visitor.list(list);
      for (Object o : elements(list)) {
        walk(o, visitor);
      }
      visitor.endList();
    } else if (value instanceof Record r) {
      visitor.record(r);
      for (Method accessor : shape(r.getClass()).accessors()) {
        walk(get(accessor, r), visitor);
      }
    } else {
      visitor.value(value);
    }
  }

  /**
   * A map's entries in an order that is the same on every run: their own order for maps that
   * keep one (sorted, linked, enum maps), by key for those whose order the JDK leaves unspecified
   * and which {@code Map.of} even varies from one JVM to the next.
   */
  private static Iterable<? extends Map.Entry<?, ?>> entries(Map<?, ?> map) {
    if (map.size() < 2 || !unordered(map)) {
      return map.entrySet();
    }
    List<Map.Entry<?, ?>> sorted = new ArrayList<>(map.entrySet());
    sorted.sort((a, b) -> compare(a.getKey(), b.getKey()));
    return sorted;
  }

  /** An iterable's elements, a set whose order is unspecified sorted as {@link #entries} sorts keys. */
  private static Iterable<?> elements(Iterable<?> list) {
    if (!(list instanceof Set<?> set) || set.size() < 2 || !unordered(set)) {
      return list;
    }
    List<Object> sorted = new ArrayList<>(set);
    sorted.sort(RecordWalker::compare);
    return sorted;
  }

  private static boolean unordered(Object container) {
    return container instanceof HashMap<?, ?> && !(container instanceof LinkedHashMap<?, ?>)
        || container instanceof HashSet<?> && !(container instanceof LinkedHashSet<?>)
        || container instanceof ConcurrentHashMap<?, ?>
        || container.getClass().getName().startsWith("java.util.ImmutableCollections$");
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compare(Object a, Object b) {
    if (a instanceof Comparable x && b != null && a.getClass() == b.getClass()) {
      return x.compareTo(b);
    }
    return String.valueOf(a).compareTo(String.valueOf(b));
  }

  /** How many components a record class has: how many values {@link #rebuild} takes. */
  public int components(Class<?> recordType) {
    return shape(recordType).accessors().length;
  }

  /** A record of {@code type} made through its canonical constructor, which checks and copies as it always does. */
  public Object rebuild(Class<?> type, Object[] components) {
    try {
      return shape(type).constructor().newInstance(components);
    } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot rebuild " + type.getName(), e);
    }
  }

  private Shape shape(Class<?> type) {
    if (!type.isRecord()) {
      throw new IllegalArgumentException("Not a record: " + type.getName());
    }
    return shapes.get(type);
  }

  private static Object get(Method accessor, Object target) {
    try {
      return accessor.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(e);
    }
  }
}
