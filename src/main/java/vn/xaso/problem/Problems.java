package vn.xaso.problem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects problems from every stage so a run reports all of them at the end, sorted. A file
 * keeps at most {@code perFile} of them; the rest are only counted and told as one more problem,
 * so a pasted list of 300,000 wrong lines gives a readable report, not 90 MB of log.
 */
public final class Problems {
  /** A broken report gives a few dozen; more are the same mistake repeated. */
  public static final int PER_FILE = 100;

  private final int perFile;
  private final List<Problem> items = new ArrayList<>();
  private final Map<String, Integer> kept = new HashMap<>();
  private final Map<String, Dropped> dropped = new TreeMap<>();

  /** How many problems of a file were counted but not kept. */
  private record Dropped(long errors, long warnings) {
    Dropped plus(Severity s) {
      return s == Severity.ERROR ? new Dropped(errors + 1, warnings) : new Dropped(errors, warnings + 1);
    }
  }

  public Problems() {
    this(PER_FILE);
  }

  public Problems(int perFile) {
    this.perFile = perFile;
  }

  public synchronized void add(Problem problem) {
    if (full(problem.file(), problem.severity())) {
      return;
    }
    items.add(problem);
  }

  public synchronized void add(String file, Position position, String field, Code code, Map<String, Object> args) {
    if (full(file, code.severity())) {
      return;
    }
    items.add(new Problem(file, position, field, code, args));
  }

  /** Counts one more problem for {@code file}; true when it is past the limit and only counted. */
  private boolean full(String file, Severity severity) {
    if (kept.merge(file, 1, Integer::sum) <= perFile) {
      return false;
    }
    dropped.merge(file, new Dropped(0, 0).plus(severity), (a, b) -> a.plus(severity));
    return true;
  }

  public synchronized void addAll(Problems other) {
    other.all().forEach(this::add);
  }

  public synchronized List<Problem> all() {
    List<Problem> sorted = new ArrayList<>(items);
    dropped.forEach((file, d) -> sorted.add(new Problem(file, Position.FILE, "",
        d.errors() > 0 ? Code.TOO_MANY_PROBLEMS : Code.TOO_MANY_WARNINGS,
        Map.of("more", d.errors() + d.warnings(), "shown", perFile))));
    sorted.sort(Problem.ORDER);
    return sorted;
  }

  /** Counts every problem of that severity, kept or not. */
  public synchronized long count(Severity severity) {
    long droppedCount = dropped.values().stream()
        .mapToLong(d -> severity == Severity.ERROR ? d.errors() : d.warnings()).sum();
    return items.stream().filter(p -> p.severity() == severity).count() + droppedCount;
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
