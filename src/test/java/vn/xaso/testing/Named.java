package vn.xaso.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A model record for a test, its components given by name and every other one left absent
 * (null), instead of a row of positional nulls in which a figure lands in the wrong place
 * unseen. A name the record does not have fails the test.
 */
public final class Named {
  private Named() {}

  /** {@code Named.record(Procedures.class, "total", 10, "fullOnline", 6)}: name, value, name, value… */
  public static <R extends Record> R record(Class<R> type, Object... namesAndValues) {
    Map<String, Object> given = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      given.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    RecordComponent[] components = type.getRecordComponents();
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      args[i] = given.remove(components[i].getName());
    }
    if (!given.isEmpty()) {
      throw new IllegalArgumentException(type.getSimpleName() + " has no component " + given.keySet());
    }
    try {
      return type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new))
          .newInstance(args);
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
