package vn.xaso.derive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which figures of an indicator may be compared, and how they rank: the one place that says so,
 * for rankings, comparison charts, the commune summary and maps. Each commune contributes its
 * latest figure of the indicator (from the latest report that gives it). Figures are comparable
 * when they are of one kind:
 * <ul>
 *   <li>stocks (counts or shares at a date): their dates within {@link #TOLERANCE_DAYS} of each other;
 *   <li>shares of a flow: over any span, their spans ending within {@link #TOLERANCE_DAYS};
 *   <li>counts of a flow: over spans of the same kind (a week with a week, a month with a month),
 *       ending within {@link #TOLERANCE_DAYS}; counts over a span of another length, or up to a
 *       date from an unstated start, are compared with nothing ({@link Why#SPAN}).
 * </ul>
 * Figures of one kind whose dates lie further apart form separate groups, newest first.
 */
public final class Comparisons {
  /**
   * How far apart two dates may be for their figures to be compared: a month. Reports come
   * weekly or monthly, and stocks such as procedures in force or computers change slowly.
   */
  public static final int TOLERANCE_DAYS = 31;

  private Comparisons() {}

  /** A commune's figure in a group, with its competition rank ("1, 2, 2, 4") in the group. */
  public record Entry(ReportFacts facts, Value value, When when, int rank) {}

  /**
   * Figures that may be compared: of one kind ({@code span}; {@link When.Span#AS_OF} for
   * stocks, {@code null} for shares of flows over any span) and dates from {@code from} to
   * {@code to}; highest first.
   */
  public record Group(When.Span span, LocalDate from, LocalDate to, List<Entry> entries) {
    public Group {
      entries = List.copyOf(entries);
    }

    /** The rank of {@code facts}' commune among the communes of {@code province} in this group, or 0. */
    public int rankIn(String province, ReportFacts facts) {
      List<Entry> there = entries.stream().filter(e -> e.facts().province().slug().equals(province)).toList();
      return ranked(there.stream().map(e -> new Entry(e.facts(), e.value(), e.when(), 0)).toList()).stream()
          .filter(e -> e.facts() == facts).mapToInt(Entry::rank).findFirst().orElse(0);
    }

    public long countIn(String province) {
      return entries.stream().filter(e -> e.facts().province().slug().equals(province)).count();
    }
  }

  /** Why a commune is in no group. */
  public enum Why {
    /** No report of the commune gives the figure; the latest report's reason says what is missing. */
    NO_VALUE,
    /** A count over a span compared with nothing: of another length, or from an unstated start. */
    SPAN
  }

  /** A commune left out of every group: its latest report (for {@link Why#NO_VALUE}) or the figure's report. */
  public record LeftOut(ReportFacts facts, Why why, When when) {}

  /** An indicator's groups, largest first (ties: newest first), and the communes left out. */
  public record Result(Indicator indicator, List<Group> groups, List<LeftOut> leftOut) {
    public Result {
      groups = List.copyOf(groups);
      leftOut = List.copyOf(leftOut);
    }

    /** The group a chart or a map shows: the largest, ties the newest. */
    public Optional<Group> main() {
      return groups.stream().findFirst();
    }

    /** The group holding the figure of {@code facts}' commune. */
    public Optional<Group> groupOf(ReportFacts facts) {
      return groups.stream().filter(g -> g.entries().stream().anyMatch(e -> e.facts() == facts)).findFirst();
    }

    /** The figure of the commune of {@code facts}, when it is in a group. */
    public Optional<Entry> entryOf(ReportFacts facts) {
      return groups.stream().flatMap(g -> g.entries().stream()).filter(e -> e.facts() == facts).findFirst();
    }
  }

  /**
   * Compares {@code i} over communes, each given as its reports in period order (as {@link
   * Derived#reportsOf} lists them).
   */
  public static Result of(Indicator i, Collection<List<ReportFacts>> communes) {
    Map<String, List<Entry>> byKind = new LinkedHashMap<>();
    List<LeftOut> leftOut = new ArrayList<>();
    for (List<ReportFacts> reports : communes) {
      if (reports.isEmpty()) {
        continue;
      }
      Optional<ReportFacts> giving = latestGiving(i, reports);
      if (giving.isEmpty()) {
        ReportFacts last = reports.get(reports.size() - 1);
        leftOut.add(new LeftOut(last, Why.NO_VALUE, last.value(i).when()));
        continue;
      }
      ReportFacts f = giving.get();
      When when = f.value(i).when();
      String kind = kind(i, when);
      if (kind == null) {
        leftOut.add(new LeftOut(f, Why.SPAN, when));
        continue;
      }
      byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Entry(f, f.value(i), when, 0));
    }
    List<Group> groups = new ArrayList<>();
    byKind.forEach((kind, entries) -> groups.addAll(windows(i, entries)));
    groups.sort(GROUPS);
    leftOut.sort(LEFT_OUT);
    return new Result(i, groups, leftOut);
  }

  /**
   * Largest first, ties newest first, then by kind. No two groups tie: a kind's windows end on
   * different dates, and each kind has its own span code ("as_of" for stocks, "" for shares of
   * flows, the span's for counts), so the order does not depend on the order kinds were met in.
   */
  private static final Comparator<Group> GROUPS = Comparator.comparing((Group g) -> -g.entries().size())
      .thenComparing(Group::to, Comparator.reverseOrder()).thenComparing(g -> g.span() == null ? "" : g.span().code());

  /** By reason, then by path: a commune is left out once, so no two tie. */
  static final Comparator<LeftOut> LEFT_OUT = (a, b) -> {
    int byWhy = a.why().compareTo(b.why());
    return byWhy != 0 ? byWhy : a.facts().path().compareTo(b.facts().path());
  };

  /** The kind and figure a commune adds to a comparison of {@code i}, or why it is left out; neither for no reports. */
  private static Kept.Part part(Indicator i, List<ReportFacts> reports) {
    if (reports.isEmpty()) {
      return new Kept.Part(List.of(), null, null, null);
    }
    List<ReportFacts> from = List.copyOf(reports);
    Optional<ReportFacts> giving = latestGiving(i, reports);
    if (giving.isEmpty()) {
      ReportFacts last = reports.get(reports.size() - 1);
      return new Kept.Part(from, null, null, new LeftOut(last, Why.NO_VALUE, last.value(i).when()));
    }
    ReportFacts f = giving.get();
    When when = f.value(i).when();
    String kind = kind(i, when);
    return kind == null ? new Kept.Part(from, null, null, new LeftOut(f, Why.SPAN, when))
        : new Kept.Part(from, kind, new Entry(f, f.value(i), when, 0), null);
  }

  /**
   * An indicator's comparison kept from one build to the next (a preview server's rebuilds, #26):
   * each kind's figures newest first and highest first, the communes left out in their order, and
   * what each commune added, with the very reports it was worked out from. A build whose communes
   * are mostly the last build's objects removes the entries of the communes whose reports are
   * new objects (or gone) and inserts their new ones where a sort would put them (each order is
   * total: ties go by path, and each commune adds one figure), then cuts and ranks the groups in
   * one pass: no sort over every commune. The result is {@link #of}'s over the same reports
   * ({@code KeptIndexTest} compares them over random changes).
   */
  public static final class Kept {
    /** Above this many changed communes (and a sixteenth of all), the orders are sorted afresh: the same lists. */
    private static final int PATCHED = 64;

    private final Indicator indicator;
    private volatile State state = new State(Map.of(), Map.of(), Map.of(), List.of());

    public Kept(Indicator indicator) {
      this.indicator = indicator;
    }

    /** What one commune adds: its kind and figure, or why it is left out (both null: no reports). */
    record Part(List<ReportFacts> reports, String kind, Entry entry, LeftOut leftOut) implements CommuneParts.Part {}

    /** Each commune's part by key; each kind's entries newest first and highest first (rank 0); the left out in order. */
    private record State(Map<String, Part> parts, Map<String, List<Entry>> newest, Map<String, List<Entry>> highest,
        List<LeftOut> leftOut) {}

    /**
     * The comparison over {@code communes} (by commune key, each commune's reports in period
     * order), patched from the last call's by the communes whose reports are not the objects
     * that call had. A call that fails leaves the last state as it was.
     */
    public synchronized Result update(Map<String, List<ReportFacts>> communes) {
      State last = state;
      CommuneParts<Part> changed = CommuneParts.of(communes, last.parts(), reports -> part(indicator, reports));
      Map<String, Part> parts = changed.parts();
      List<Part> gone = changed.gone();
      List<Part> come = changed.come();
      State next = gone.size() + come.size() > Math.max(PATCHED, communes.size() / 16)
          ? sorted(parts) : patched(last, parts, gone, come);
      state = next;
      return result(next);
    }

    /** Every order sorted from the parts: a first build, or one that changed many communes. */
    private static State sorted(Map<String, Part> parts) {
      Map<String, List<Entry>> newest = new java.util.HashMap<>();
      List<LeftOut> leftOut = new ArrayList<>();
      for (Part p : parts.values()) {
        if (p.entry() != null) {
          newest.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(p.entry());
        } else if (p.leftOut() != null) {
          leftOut.add(p.leftOut());
        }
      }
      Map<String, List<Entry>> highest = new java.util.HashMap<>();
      newest.forEach((kind, entries) -> {
        List<Entry> byValue = new ArrayList<>(entries);
        byValue.sort(HIGHEST_FIRST);
        highest.put(kind, byValue);
        entries.sort(NEWEST_FIRST);
      });
      leftOut.sort(LEFT_OUT);
      return new State(parts, newest, highest, leftOut);
    }

    /** The last orders with the parts {@code gone} taken out and those that {@code come} put in their places. */
    private static State patched(State last, Map<String, Part> parts, List<Part> gone, List<Part> come) {
      Map<String, List<Entry>> newest = new java.util.HashMap<>();
      Map<String, List<Entry>> highest = new java.util.HashMap<>();
      last.newest().forEach((kind, entries) -> newest.put(kind, new ArrayList<>(entries)));
      last.highest().forEach((kind, entries) -> highest.put(kind, new ArrayList<>(entries)));
      List<LeftOut> leftOut = new ArrayList<>(last.leftOut());
      for (Part p : gone) {
        if (p.entry() != null) {
          remove(newest.get(p.kind()), p.entry(), NEWEST_FIRST);
          remove(highest.get(p.kind()), p.entry(), HIGHEST_FIRST);
        } else if (p.leftOut() != null) {
          remove(leftOut, p.leftOut(), LEFT_OUT);
        }
      }
      for (Part p : come) {
        if (p.entry() != null) {
          insert(newest.computeIfAbsent(p.kind(), k -> new ArrayList<>()), p.entry(), NEWEST_FIRST);
          insert(highest.computeIfAbsent(p.kind(), k -> new ArrayList<>()), p.entry(), HIGHEST_FIRST);
        } else if (p.leftOut() != null) {
          insert(leftOut, p.leftOut(), LEFT_OUT);
        }
      }
      newest.values().removeIf(List::isEmpty);
      highest.values().removeIf(List::isEmpty);
      return new State(parts, newest, highest, leftOut);
    }

    private static <T> void remove(List<T> sorted, T item, Comparator<T> order) {
      int at = sorted == null ? -1 : java.util.Collections.binarySearch(sorted, item, order);
      if (at < 0 || sorted.get(at) != item) {
        throw new IllegalStateException("a kept comparison lost the entry of " + path(item));
      }
      sorted.remove(at);
    }

    private static String path(Object item) {
      return item instanceof Entry e ? e.facts().path() : item instanceof LeftOut l ? l.facts().path() : String.valueOf(item);
    }

    private static <T> void insert(List<T> sorted, T item, Comparator<T> order) {
      int at = java.util.Collections.binarySearch(sorted, item, order);
      if (at >= 0) {
        throw new IllegalStateException("a kept comparison has the entry of " + path(item) + " twice");
      }
      sorted.add(-at - 1, item);
    }

    /**
     * The groups of each kind, cut as {@link #windows} cuts them (a window holds every figure of
     * its dates: the cut depends on the date alone) and ranked from the kind's highest-first order.
     */
    private Result result(State s) {
      List<Group> groups = new ArrayList<>();
      s.newest().forEach((kind, byDate) -> {
        Map<LocalDate, Integer> window = new java.util.HashMap<>();
        List<Entry> firsts = new ArrayList<>();
        List<LocalDate> oldest = new ArrayList<>();
        LocalDate top = null;
        for (Entry e : byDate) {
          LocalDate d = e.when().to();
          if (top == null || d.isBefore(top.minusDays(TOLERANCE_DAYS))) {
            top = d;
            firsts.add(e);
            oldest.add(d);
          }
          window.putIfAbsent(d, firsts.size() - 1);
          oldest.set(firsts.size() - 1, d);
        }
        List<List<Entry>> ranked = new ArrayList<>();
        firsts.forEach(f -> ranked.add(new ArrayList<>()));
        for (Entry e : s.highest().get(kind)) {
          List<Entry> in = ranked.get(window.get(e.when().to()));
          int k = in.size();
          int rank = k > 0 && in.get(k - 1).value().number().equals(e.value().number()) ? in.get(k - 1).rank() : k + 1;
          in.add(new Entry(e.facts(), e.value(), e.when(), rank));
        }
        for (int w = 0; w < firsts.size(); w++) {
          When first = firsts.get(w).when();
          When.Span span = first.stock() ? When.Span.AS_OF : indicator.isPercent() ? null : first.span();
          groups.add(new Group(span, oldest.get(w), firsts.get(w).when().to(), ranked.get(w)));
        }
      });
      groups.sort(GROUPS);
      return new Result(indicator, groups, s.leftOut());
    }
  }

  /** The latest report of a commune giving {@code i}, if any. */
  public static Optional<ReportFacts> latestGiving(Indicator i, List<ReportFacts> reports) {
    for (int k = reports.size() - 1; k >= 0; k--) {
      if (reports.get(k).value(i).present()) {
        return Optional.of(reports.get(k));
      }
    }
    return Optional.empty();
  }

  /**
   * The figure a commune's latest figure of {@code i} is compared with over time: its previous
   * report's figure of the same kind (a week's count with a week's), when there is one.
   */
  public static Optional<ReportFacts> previous(Indicator i, List<ReportFacts> reports) {
    Optional<ReportFacts> last = latestGiving(i, reports);
    if (last.isEmpty()) {
      return Optional.empty();
    }
    String kind = kind(i, last.get().value(i).when());
    int at = reports.indexOf(last.get());
    for (int k = at - 1; k >= 0; k--) {
      ReportFacts r = reports.get(k);
      if (r.value(i).present() && kind != null && kind.equals(kind(i, r.value(i).when()))) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * The kind a figure is compared within ("stock", "flow-share", "flow-week", ...), null when it
   * is compared with nothing. Public so that trends pick their figures by this same rule.
   */
  public static String kind(Indicator i, When when) {
    if (when.stock()) {
      return "stock";
    }
    if (i.isPercent()) {
      return "flow-share";
    }
    return when.span().countsComparable() ? "flow-" + when.span().code() : null;
  }

  /** Figures of one kind cut into groups whose dates lie within the tolerance of the group's newest. */
  private static List<Group> windows(Indicator i, List<Entry> entries) {
    List<Entry> newestFirst = entries.stream().sorted(NEWEST_FIRST).toList();
    List<Group> out = new ArrayList<>();
    List<Entry> current = new ArrayList<>();
    LocalDate top = null;
    for (Entry e : newestFirst) {
      if (top != null && e.when().to().isBefore(top.minusDays(TOLERANCE_DAYS))) {
        out.add(group(i, current));
        current = new ArrayList<>();
        top = null;
      }
      if (top == null) {
        top = e.when().to();
      }
      current.add(e);
    }
    if (!current.isEmpty()) {
      out.add(group(i, current));
    }
    return out;
  }

  private static Group group(Indicator i, List<Entry> entries) {
    List<Entry> ranked = ranked(entries);
    LocalDate from = entries.stream().map(e -> e.when().to()).min(Comparator.naturalOrder()).orElseThrow();
    LocalDate to = entries.stream().map(e -> e.when().to()).max(Comparator.naturalOrder()).orElseThrow();
    When first = entries.get(0).when();
    When.Span span = first.stock() ? When.Span.AS_OF : i.isPercent() ? null : first.span();
    return new Group(span, from, to, ranked);
  }

  /**
   * Newest date first, ties by path. Written out, not composed of {@code Comparator.comparing}:
   * the eleven indicators' sorts over every commune are redone at each rebuild, and the composed
   * comparators, with a boxed key per comparison, were most of them at national scale (#26,
   * sixth pass). The order is the composed one's.
   */
  static final Comparator<Entry> NEWEST_FIRST = (a, b) -> {
    int byDate = b.when().to().compareTo(a.when().to());
    return byDate != 0 ? byDate : a.facts().path().compareTo(b.facts().path());
  };

  /** Highest value first, ties by path: {@code Double.compare} of the negated values, as the composed comparator did. */
  static final Comparator<Entry> HIGHEST_FIRST = (a, b) -> {
    int byValue = Double.compare(-a.value().number(), -b.value().number());
    return byValue != 0 ? byValue : a.facts().path().compareTo(b.facts().path());
  };

  /** Highest first, ties by path, each with its competition rank: equal values share a rank. */
  private static List<Entry> ranked(List<Entry> entries) {
    List<Entry> sorted = entries.stream().sorted(HIGHEST_FIRST).toList();
    List<Entry> out = new ArrayList<>();
    for (int k = 0; k < sorted.size(); k++) {
      Entry e = sorted.get(k);
      int rank = k > 0 && sorted.get(k - 1).value().number().equals(e.value().number()) ? out.get(k - 1).rank() : k + 1;
      out.add(new Entry(e.facts(), e.value(), e.when(), rank));
    }
    return out;
  }
}
