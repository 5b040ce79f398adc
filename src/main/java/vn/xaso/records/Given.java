package vn.xaso.records;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a builder of a wide record has been given, by component name. A positional constructor
 * makes every argument compulsory; a builder by name does not, so {@link #check()} refuses to
 * build until each component has been named once (null is a value, forgetting is not), and
 * {@link #add} refuses a component named twice or one the record does not have.
 */
public final class Given {
  private final Class<? extends Record> type;
  private final Set<String> names = new HashSet<>();

  public Given(Class<? extends Record> type) {
    this.type = type;
  }

  /** Records that {@code component} was given; throws when the record has none of that name or it was given already. */
  public void add(String component) {
    if (!components().contains(component)) {
      throw new IllegalStateException(type.getSimpleName() + " has no component " + component);
    }
    if (!names.add(component)) {
      throw new IllegalStateException(type.getSimpleName() + "." + component + " given twice");
    }
  }

  /** Throws, naming them, when some components were never given. */
  public void check() {
    List<String> missing = new ArrayList<>(components());
    missing.removeAll(names);
    if (!missing.isEmpty()) {
      throw new IllegalStateException(type.getSimpleName() + " built without " + String.join(", ", missing));
    }
  }

  private List<String> components() {
    return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
  }
}
