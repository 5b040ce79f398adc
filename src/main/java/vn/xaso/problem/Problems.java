package vn.xaso.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Collects problems from every stage so a run reports all of them at the end, sorted. */
public final class Problems {
  private final List<Problem> items = new ArrayList<>();

  public synchronized void add(Problem problem) {
    items.add(problem);
  }

  public void add(String file, Position position, String field, Code code, Map<String, Object> args) {
    add(new Problem(file, position, field, code, args));
  }

  public synchronized void addAll(Problems other) {
    items.addAll(other.all());
  }

  public synchronized List<Problem> all() {
    List<Problem> sorted = new ArrayList<>(items);
    sorted.sort(Problem.ORDER);
    return sorted;
  }

  public synchronized long count(Severity severity) {
    return items.stream().filter(p -> p.severity() == severity).count();
  }

  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /** Problems grouped by file, each group sorted: the data-quality notes shown on a report's page. */
  public synchronized Map<String, List<Problem>> byFile() {
    Map<String, List<Problem>> out = new TreeMap<>();
    for (Problem p : all()) {
      out.computeIfAbsent(p.file(), k -> new ArrayList<>()).add(p);
    }
    return out;
  }
}
