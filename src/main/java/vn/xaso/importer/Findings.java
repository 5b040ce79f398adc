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
  /** Different values kept for one field; more only say the same thing: pick by hand. */
  static final int MAX_CANDIDATES = 5;
  /** Numbers listed as found but not placed; a report has far fewer. */
  static final int MAX_UNPLACED = 100;

  private final Map<String, List<Finding>> byPath = new LinkedHashMap<>();
  private final List<Finding> unplaced = new ArrayList<>();
  private String readBy;

  void add(String path, Object value, String quote) {
    add(path, value, quote, null);
  }

  void add(String path, Object value, String quote, Evidence evidence) {
    List<Finding> known = byPath.computeIfAbsent(path, p -> new ArrayList<>());
    for (Finding f : known) {
      if (Objects.equals(f.value(), value)) {
        return;
      }
    }
    if (known.size() < MAX_CANDIDATES) {
      known.add(new Finding(path, value, quote, evidence));
    }
  }

  /** A number the text gives that no rule could tie to a field; listed for a person, never placed. */
  void unplaced(String number, String quote, Evidence evidence) {
    if (unplaced.size() < MAX_UNPLACED) {
      unplaced.add(new Finding("", number, quote, evidence));
    }
  }

  /** Numbers found but not placed, in the order of the text. */
  public List<Finding> unplaced() {
    return Collections.unmodifiableList(unplaced);
  }

  /** Marks the findings as read from an OCR text, naming the engine and language. */
  public void readBy(String engine) {
    this.readBy = engine;
  }

  /** The OCR engine and language the text was read with; empty for a text layer or a typed file. */
  public Optional<String> readBy() {
    return Optional.ofNullable(readBy);
  }

  /** Every single-valued finding, with its evidence, in the order found. */
  public List<Finding> all() {
    List<Finding> out = new ArrayList<>();
    byPath.values().forEach(l -> {
      if (l.size() == 1) {
        out.add(l.get(0));
      }
    });
    return out;
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

  /** Forgets a field found, when another field states the same fact. */
  void remove(String path) {
    byPath.remove(path);
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
