package vn.xaso.site;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.xaso.derive.CommuneParts;
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
   * worked out from: a long-lived build keeps the facts of communes it did not read again. The
   * memo also keeps, for each share, kind and month, the exact sum of the communes' figures and
   * how many there are, and how many communes each month counts: a rebuild takes out the parts
   * of the communes whose reports changed and adds their new ones, then reads the means off the
   * sums, with no pass over 3,321 communes (#26, seventh pass). A call that fails leaves the memo
   * as it was.
   */
  static Months months(Map<String, List<ReportFacts>> byCommune, Memo memo) {
    synchronized (memo) {
      Memo.State last = memo.state;
      CommuneParts<Part> changed = CommuneParts.of(byCommune, last.parts(), Part::of);
      Map<String, Part> parts = changed.parts();
      List<Part> gone = changed.gone();
      List<Part> come = changed.come();
      // How many figures of each kind each share has, and each cell's sum: the last build's, patched.
      Map<Indicator, TreeMap<String, Integer>> counts = new java.util.EnumMap<>(Indicator.class);
      last.counts().forEach((i, byKind) -> counts.put(i, new TreeMap<>(byKind)));
      Map<Cell, Sum> sums = new java.util.HashMap<>(last.sums());
      gone.forEach(p -> p.addTo(counts, sums, -1));
      come.forEach(p -> p.addTo(counts, sums, 1));
      // Each share's kind: the most common among all its figures.
      Map<Indicator, String> kinds = new LinkedHashMap<>();
      for (Indicator i : Indicator.shares()) {
        kinds.put(i, kind(counts.getOrDefault(i, new TreeMap<>())));
      }
      // How many communes have a figure of a share's kind in each month: patched while the kinds stay.
      TreeMap<YearMonth, Integer> communes;
      if (kinds.equals(last.kinds())) {
        communes = new TreeMap<>(last.communes());
        gone.forEach(p -> p.seen(kinds).forEach(m -> communes.merge(m, -1, (a, b) -> a + b == 0 ? null : a + b)));
        come.forEach(p -> p.seen(kinds).forEach(m -> communes.merge(m, 1, Integer::sum)));
      } else {
        communes = new TreeMap<>();
        parts.values().forEach(p -> p.seen(kinds).forEach(m -> communes.merge(m, 1, Integer::sum)));
      }
      Map<Indicator, List<Double>> means = new LinkedHashMap<>();
      kinds.forEach((i, kind) -> {
        List<Double> values = new ArrayList<>();
        communes.keySet().forEach(m -> {
          Sum sum = kind == null ? null : sums.get(new Cell(i, kind, m));
          values.add(sum == null ? null : sum.mean());
        });
        if (values.stream().anyMatch(v -> v != null)) {
          means.put(i, values);
        }
      });
      memo.state = new Memo.State(parts, counts, sums, kinds, communes);
      return new Months(List.copyOf(communes.keySet()), List.copyOf(communes.values()), means);
    }
  }

  /** What a build remembers of the nation's trend, for the next (a preview server's rebuilds). */
  static final class Memo {
    /** Each commune's part by key; each share's figures by kind; each cell's sum; the kinds and months counted last. */
    record State(Map<String, Part> parts, Map<Indicator, TreeMap<String, Integer>> counts, Map<Cell, Sum> sums,
        Map<Indicator, String> kinds, Map<YearMonth, Integer> communes) {}

    private volatile State state = new State(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
  }

  /** A share's figures of one kind in one month. */
  record Cell(Indicator share, String kind, YearMonth month) {}

  /**
   * The figures of a cell, one per commune: their exact sum (every double is a decimal
   * fraction, so taking one out gives back the sum without it) and how many there are.
   */
  record Sum(java.math.BigDecimal sum, int count) {
    Sum plus(double figure, int sign) {
      java.math.BigDecimal f = new java.math.BigDecimal(figure);
      return new Sum(sign > 0 ? sum.add(f) : sum.subtract(f), count + sign);
    }

    /** The mean: the exact sum over the count, rounded once to 34 digits, then to a double. */
    Double mean() {
      return sum.divide(java.math.BigDecimal.valueOf(count), java.math.MathContext.DECIMAL128).doubleValue();
    }
  }

  /**
   * What one commune adds to a trend: for each share, how many of its figures are of each kind,
   * and, of each kind, its last figure of each month; with the reports it was worked out from.
   */
  record Part(List<ReportFacts> reports, Map<Indicator, Map<String, Integer>> counts,
      Map<Indicator, Map<String, Map<YearMonth, ReportFacts>>> last) implements CommuneParts.Part {


    /** Adds this part's figures to the counts and sums ({@code sign} 1), or takes them out (-1); a count or cell at 0 goes. */
    void addTo(Map<Indicator, TreeMap<String, Integer>> counts, Map<Cell, Sum> sums, int sign) {
      this.counts.forEach((i, byKind) -> byKind.forEach((kind, n) ->
          counts.computeIfAbsent(i, x -> new TreeMap<>()).merge(kind, sign * n, (a, b) -> a + b == 0 ? null : a + b)));
      counts.values().removeIf(Map::isEmpty);
      last.forEach((i, byKind) -> byKind.forEach((kind, byMonth) -> byMonth.forEach((m, r) ->
          sums.merge(new Cell(i, kind, m), new Sum(java.math.BigDecimal.ZERO, 0).plus(r.value(i).number(), sign),
              (a, b) -> {
                Sum both = new Sum(a.sum().add(b.sum()), a.count() + b.count());
                return both.count() == 0 ? null : both;
              }))));
    }

    /** The months in which this commune has a figure of a share of the kind {@code kinds} gives it. */
    java.util.Set<YearMonth> seen(Map<Indicator, String> kinds) {
      java.util.Set<YearMonth> seen = new java.util.HashSet<>();
      kinds.forEach((i, kind) -> {
        Map<YearMonth, ReportFacts> byMonth = kind == null ? null : last.getOrDefault(i, Map.of()).get(kind);
        if (byMonth != null) {
          seen.addAll(byMonth.keySet());
        }
      });
      return seen;
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
}
