package vn.xaso.site;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
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
    // Each report's commune key once, not once per share.
    Map<ReportFacts, String> keys = new java.util.IdentityHashMap<>();
    reports.forEach(r -> keys.put(r, SiteLayout.commune(r.commune())));
    Map<Indicator, Map<YearMonth, Map<String, ReportFacts>>> byShare = new LinkedHashMap<>();
    Map<YearMonth, TreeSet<String>> communes = new TreeMap<>();
    for (Indicator i : Indicator.shares()) {
      Map<YearMonth, Map<String, ReportFacts>> months = byMonth(reports, i, kind(reports, i), keys::get);
      byShare.put(i, months);
      months.forEach((m, in) -> communes.computeIfAbsent(m, k -> new TreeSet<>()).addAll(in.keySet()));
    }
    Map<Indicator, List<Double>> means = new LinkedHashMap<>();
    byShare.forEach((i, months) -> {
      List<Double> values = new ArrayList<>();
      communes.keySet().forEach(m -> values.add(mean(months.getOrDefault(m, Map.of()).values(), i)));
      if (values.stream().anyMatch(v -> v != null)) {
        means.put(i, values);
      }
    });
    return new Months(List.copyOf(communes.keySet()), communes.values().stream().map(TreeSet::size).toList(), means);
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
   * A line's kind: the most common {@link Comparisons#kind} among the figures of {@code i} in
   * {@code reports}, ties to "stock"; null when none.
   */
  static String kind(List<ReportFacts> reports, Indicator i) {
    Map<String, Integer> counts = new TreeMap<>();
    for (ReportFacts r : reports) {
      String k = r.value(i).present() ? Comparisons.kind(i, r.value(i).when()) : null;
      if (k != null) {
        counts.merge(k, 1, Integer::sum);
      }
    }
    return counts.entrySet().stream().max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
        .thenComparing(e -> e.getKey().equals("stock"))).map(Map.Entry::getKey).orElse(null);
  }

  /**
   * Of each month, of each commune, the report with its last figure of {@code i} of {@code kind}
   * whose date (a stock's, or a span's end) falls in that month. Communes may differ between months.
   */
  private static Map<YearMonth, Map<String, ReportFacts>> byMonth(List<ReportFacts> reports, Indicator i, String kind,
      java.util.function.Function<ReportFacts, String> key) {
    Map<YearMonth, Map<String, ReportFacts>> months = new TreeMap<>();
    for (ReportFacts r : reports) {
      if (!r.value(i).present()) {
        continue;
      }
      When w = r.value(i).when();
      if (kind != null && kind.equals(Comparisons.kind(i, w))) {
        months.computeIfAbsent(YearMonth.from(w.to()), m -> new TreeMap<>())
            .merge(key.apply(r), r, (a, b) -> later(a, b, i));
      }
    }
    return months;
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
