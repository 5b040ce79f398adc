package vn.xaso.site;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.xaso.derive.Comparisons;
import vn.xaso.derive.Indicator;
import vn.xaso.derive.ReportFacts;
import vn.xaso.derive.When;
import vn.xaso.model.Period;

/**
 * Each share over the months, for a province or the whole country, from comparable figures only,
 * by the one rule of {@link Comparisons#kind}: each share's line keeps the figures of its most
 * common kind (ties: stocks first), and of that kind, of each commune, the last figure of the
 * month. A month's point is the mean of those figures. The kind is chosen per line, not per chart:
 * a share of procedures is always a stock and a share of dossiers always a flow, so one kind for
 * the chart would drop whole lines. Drawn only when there are at least two months to join;
 * otherwise the page says so.
 */
final class Trends {
  private Trends() {}

  /**
   * What a trend chart shows, in no language: the months with figures, how many communes each
   * month counts, and each share's mean per month (null where it has none), for the shares with
   * any. Worked out once per build for the home page's chart of all reports, not once per
   * language: at national scale it was a quarter of a rebuild's CPU after one report changed (#26).
   */
  record Months(List<YearMonth> months, List<Integer> communes, Map<Indicator, List<Double>> means) {}

  /** The months, communes and means of {@code reports} (a province's, or all). */
  static Months months(List<ReportFacts> reports) {
    Map<String, List<ReportFacts>> byCommune = new LinkedHashMap<>();
    reports.forEach(r -> byCommune.computeIfAbsent(SiteLayout.commune(r.commune()), k -> new ArrayList<>()).add(r));
    return months(byCommune, new Memo());
  }

  /**
   * The months, communes and means of the reports of {@code byCommune} (by commune key). What
   * each commune adds is taken from {@code memo} when its reports are the very objects it was
   * worked out from: a long-lived build keeps the facts of communes it did not read again, so a
   * rebuild works out the changed commune's part only, then joins 3,321 parts (#26).
   */
  static Months months(Map<String, List<ReportFacts>> byCommune, Memo memo) {
    List<String> keys = new ArrayList<>(byCommune.keySet());
    keys.sort(null);
    List<Part> parts = new ArrayList<>(keys.size());
    Map<String, Part> now = new java.util.HashMap<>();
    for (String key : keys) {
      List<ReportFacts> reports = byCommune.get(key);
      Part before = memo.parts.get(key);
      Part part = before != null && before.from(reports) ? before : Part.of(reports);
      parts.add(part);
      now.put(key, part);
    }
    memo.parts = now;
    // Each share's kind: the most common among all its figures.
    Map<Indicator, String> kinds = new LinkedHashMap<>();
    for (Indicator i : Indicator.shares()) {
      Map<String, Integer> counts = new TreeMap<>();
      parts.forEach(p -> p.counts().getOrDefault(i, Map.of()).forEach((k, n) -> counts.merge(k, n, Integer::sum)));
      kinds.put(i, kind(counts));
    }
    // Communes in key order, so that each month's figures are in the order a map by commune gives.
    Map<YearMonth, Integer> communes = new TreeMap<>();
    Map<Indicator, Map<YearMonth, List<ReportFacts>>> byShare = new LinkedHashMap<>();
    kinds.keySet().forEach(i -> byShare.put(i, new java.util.HashMap<>()));
    for (Part p : parts) {
      java.util.Set<YearMonth> seen = new java.util.HashSet<>();
      kinds.forEach((i, kind) -> {
        Map<YearMonth, ReportFacts> last = kind == null ? null : p.last().getOrDefault(i, Map.of()).get(kind);
        if (last != null) {
          last.forEach((m, r) -> byShare.get(i).computeIfAbsent(m, x -> new ArrayList<>()).add(r));
          seen.addAll(last.keySet());
        }
      });
      seen.forEach(m -> communes.merge(m, 1, Integer::sum));
    }
    Map<Indicator, List<Double>> means = new LinkedHashMap<>();
    byShare.forEach((i, months) -> {
      List<Double> values = new ArrayList<>();
      communes.keySet().forEach(m -> values.add(mean(months.getOrDefault(m, List.of()), i)));
      if (values.stream().anyMatch(v -> v != null)) {
        means.put(i, values);
      }
    });
    return new Months(List.copyOf(communes.keySet()), List.copyOf(communes.values()), means);
  }

  /** What a build remembers of each commune's part of the nation's trend, for the next (a preview server's rebuilds). */
  static final class Memo {
    private volatile Map<String, Part> parts = Map.of();
  }

  /**
   * What one commune adds to a trend: for each share, how many of its figures are of each kind,
   * and, of each kind, its last figure of each month; with the reports it was worked out from.
   */
  record Part(List<ReportFacts> reports, Map<Indicator, Map<String, Integer>> counts,
      Map<Indicator, Map<String, Map<YearMonth, ReportFacts>>> last) {

    /** Whether this part was worked out from these very reports (the same objects, in the same order). */
    boolean from(List<ReportFacts> others) {
      if (others.size() != reports.size()) {
        return false;
      }
      for (int k = 0; k < others.size(); k++) {
        if (others.get(k) != reports.get(k)) {
          return false;
        }
      }
      return true;
    }

    static Part of(List<ReportFacts> reports) {
      Map<Indicator, Map<String, Integer>> counts = new java.util.EnumMap<>(Indicator.class);
      Map<Indicator, Map<String, Map<YearMonth, ReportFacts>>> last = new java.util.EnumMap<>(Indicator.class);
      for (Indicator i : Indicator.shares()) {
        for (ReportFacts r : reports) {
          if (!r.value(i).present()) {
            continue;
          }
          When w = r.value(i).when();
          String kind = Comparisons.kind(i, w);
          if (kind != null) {
            counts.computeIfAbsent(i, x -> new TreeMap<>()).merge(kind, 1, Integer::sum);
            last.computeIfAbsent(i, x -> new java.util.HashMap<>()).computeIfAbsent(kind, x -> new java.util.HashMap<>())
                .merge(YearMonth.from(w.to()), r, (a, b) -> later(a, b, i));
          }
        }
      }
      return new Part(List.copyOf(reports), counts, last);
    }
  }

  /** The trend chart of {@code reports} (a province's, or all), none when fewer than two months have figures. */
  static ChartWriter.Drawn<List<Views.ChartView>> draw(List<ReportFacts> reports, String page, PageParts d) {
    return draw(months(reports), page, d);
  }

  /** The trend chart of {@code m} in the page's language, none when fewer than two months have figures. */
  static ChartWriter.Drawn<List<Views.ChartView>> draw(Months m, String page, PageParts d) {
    if (m.months().size() < 2) {
      return new ChartWriter.Drawn<>(List.of(), List.of());
    }
    SiteContext c = d.context();
    List<String> labels = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    for (int k = 0; k < m.months().size(); k++) {
      YearMonth month = m.months().get(k);
      labels.add(c.f().period(new Period(month.atDay(1), month.atEndOfMonth(), null)));
      sources.add(c.t().get("trend.communes", Map.of("n", c.f().number(m.communes().get(k)))));
    }
    List<Chart.Series> series = new ArrayList<>();
    m.means().forEach((i, values) -> series.add(new Chart.Series(i.label(c.lang()), values)));
    String basis = c.t().get("trend.basis");
    Chart chart = Chart.builder().id("trend-shares").title(c.t().get("chart.shares_over_time")).type("line").percent(true)
        .unit("%").source(basis).note(null).corner(c.t().get("trend.month")).labels(labels).links(List.of())
        .series(series).periods(labels).sources(sources).build();
    ChartWriter.Drawn<Views.ChartView> drawn = d.charts().draw(chart, d.folder(page), c.show());
    return new ChartWriter.Drawn<>(List.of(drawn.view()), drawn.files());
  }

  /**
   * A line's kind: the most common {@link Comparisons#kind} among the figures of a share, from
   * how many there are of each ({@code counts}, by kind in order), ties to "stock"; null when none.
   */
  static String kind(Map<String, Integer> counts) {
    return counts.entrySet().stream().max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
        .thenComparing(e -> e.getKey().equals("stock"))).map(Map.Entry::getKey).orElse(null);
  }

  /** The later figure of one commune; of two at the same date, the one of the later path (a stable choice). */
  private static ReportFacts later(ReportFacts a, ReportFacts b, Indicator i) {
    int byDate = a.value(i).when().to().compareTo(b.value(i).when().to());
    return byDate > 0 || byDate == 0 && a.path().compareTo(b.path()) > 0 ? a : b;
  }

  private static Double mean(java.util.Collection<ReportFacts> reports, Indicator i) {
    return reports.stream().mapToDouble(r -> r.value(i).number()).average().stream().boxed().findFirst().orElse(null);
  }
}
