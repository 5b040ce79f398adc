package vn.xaso.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every value found, by field. A field found twice with the same value keeps it; found with
 * different values it keeps none, and both sentences, so a person decides.
 */
public final class Findings {
  private final Map<String, List<Finding>> byPath = new LinkedHashMap<>();

  void add(String path, Object value, String quote) {
    List<Finding> known = byPath.computeIfAbsent(path, p -> new ArrayList<>());
    for (Finding f : known) {
      if (Objects.equals(f.value(), value)) {
        return;
      }
    }
    known.add(new Finding(path, value, quote));
  }

  /** Sets a field to a value the user gave, whatever the text said. */
  public void set(String path, Object value, String quote) {
    byPath.put(path, new ArrayList<>(List.of(new Finding(path, value, quote))));
  }

  /** The value of a field found with one value only. */
  public Optional<Finding> value(String path) {
    List<Finding> known = byPath.getOrDefault(path, List.of());
    return known.size() == 1 ? Optional.of(known.get(0)) : Optional.empty();
  }

  /** The different values found for a field, when there are several; empty otherwise. */
  public List<Finding> conflict(String path) {
    List<Finding> known = byPath.getOrDefault(path, List.of());
    return known.size() > 1 ? Collections.unmodifiableList(known) : List.of();
  }

  public boolean has(String path) {
    return byPath.containsKey(path);
  }

  /** True when some field found lies under {@code prefix} (a path or a path followed by "." or "["). */
  public boolean under(String prefix) {
    for (String p : byPath.keySet()) {
      if (p.equals(prefix) || p.startsWith(prefix + ".") || p.startsWith(prefix + "[")) {
        return true;
      }
    }
    return false;
  }

  /** Fields and their single values, in the order found. */
  public Map<String, Object> values() {
    Map<String, Object> out = new LinkedHashMap<>();
    byPath.forEach((p, l) -> {
      if (l.size() == 1) {
        out.put(p, l.get(0).value());
      }
    });
    return out;
  }

  /** Fields found with different values. */
  public List<String> conflicts() {
    return byPath.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).toList();
  }
}
