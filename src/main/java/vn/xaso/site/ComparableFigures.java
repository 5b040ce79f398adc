package vn.xaso.site;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.xaso.derive.Indicator;
import vn.xaso.derive.ReportFacts;
import vn.xaso.model.Period;

/**
 * Which figures the province map and the province and national trends may set side by side: the
 * one place that decides it, so that a sharper rule (issue #24's stocks at close dates, flows
 * over spans of the same kind) replaces this class and nothing else.
 *
 * <p>The rule here: figures are comparable when their periods are of the same kind, either all
 * "as of" a date, or all spans of the same length in days (a week's figures are not set beside a
 * month's). Of the kinds present, the one most communes report is chosen; the others are left out
 * and the page says how many.
 */
final class ComparableFigures {
  private ComparableFigures() {}

  /** The kind of a report's period: "as of" a date, or a span of so many days. */
  record Kind(boolean asOf, long days) {
    static Kind of(Period p) {
      return p.asOf() != null ? new Kind(true, 0) : new Kind(false, ChronoUnit.DAYS.between(p.start(), p.end()) + 1);
    }
  }

  /** The chosen kind, the reports of that kind giving the indicator, and how many giving it were left out. */
  record Selection(Kind kind, List<ReportFacts> reports, int leftOut) {
    static final Selection NONE = new Selection(null, List.of(), 0);
  }

  /**
   * Of {@code reports} (each commune's latest, or every report of a province), those that give
   * {@code indicator} over the most common kind of period; ties go to "as of", then the shorter span.
   */
  static Selection of(Indicator indicator, List<ReportFacts> reports) {
    Map<Kind, List<ReportFacts>> byKind = new LinkedHashMap<>();
    for (ReportFacts r : reports) {
      if (r.value(indicator).present()) {
        byKind.computeIfAbsent(Kind.of(r.report().period()), k -> new ArrayList<>()).add(r);
      }
    }
    if (byKind.isEmpty()) {
      return Selection.NONE;
    }
    Comparator<Map.Entry<Kind, List<ReportFacts>>> most = Comparator
        .<Map.Entry<Kind, List<ReportFacts>>>comparingInt(e -> e.getValue().size()).reversed()
        .thenComparing(e -> !e.getKey().asOf())
        .thenComparingLong(e -> e.getKey().days());
    Map.Entry<Kind, List<ReportFacts>> chosen = byKind.entrySet().stream().sorted(most).findFirst().orElseThrow();
    int given = byKind.values().stream().mapToInt(List::size).sum();
    return new Selection(chosen.getKey(), List.copyOf(chosen.getValue()), given - chosen.getValue().size());
  }

  /**
   * For a trend: the most common kind of period among {@code reports} (ties as in {@link #of}),
   * and, of that kind only, one figure per commune and month: a commune's last report whose
   * period ends in the month. Points of different months may come from different communes.
   */
  static Map<java.time.YearMonth, List<ReportFacts>> byMonth(List<ReportFacts> reports) {
    Map<Kind, Integer> counts = new LinkedHashMap<>();
    reports.forEach(r -> counts.merge(Kind.of(r.report().period()), 1, Integer::sum));
    if (counts.isEmpty()) {
      return Map.of();
    }
    Kind kind = counts.entrySet().stream().sorted(Comparator
            .<Map.Entry<Kind, Integer>>comparingInt(Map.Entry::getValue).reversed()
            .thenComparing(e -> !e.getKey().asOf()).thenComparingLong(e -> e.getKey().days()))
        .findFirst().orElseThrow().getKey();
    Map<java.time.YearMonth, Map<String, ReportFacts>> months = new java.util.TreeMap<>();
    for (ReportFacts r : reports) {
      if (Kind.of(r.report().period()).equals(kind)) {
        Map<String, ReportFacts> communes = months.computeIfAbsent(java.time.YearMonth.from(r.report().period().to()),
            m -> new java.util.TreeMap<>());
        communes.merge(SiteLayout.commune(r.commune()), r,
            (a, b) -> a.report().period().to().isAfter(b.report().period().to()) ? a : b);
      }
    }
    Map<java.time.YearMonth, List<ReportFacts>> out = new java.util.TreeMap<>();
    months.forEach((m, communes) -> out.put(m, List.copyOf(communes.values())));
    return out;
  }

  /** The kind of period {@link #byMonth} chose, for the page to say which figures a trend draws. */
  static Kind trendKind(Map<java.time.YearMonth, List<ReportFacts>> months) {
    return months.values().stream().flatMap(List::stream).findFirst()
        .map(r -> Kind.of(r.report().period())).orElse(null);
  }
}
