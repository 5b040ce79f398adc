package vn.xaso.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.EnumMap;
import vn.xaso.derive.Comparisons;
import vn.xaso.derive.Derived;
import vn.xaso.derive.Indicator;
import vn.xaso.derive.ReportFacts;

/**
 * What the pages of both languages ask of all the reports, worked out once per build: each
 * commune's reports, each commune's latest, the newest reports for the home page and the feeds,
 * which figures compare and where each commune's stands, and the nation's trend.
 * At national scale each is a pass or a sort over 40,000 reports.
 */
record DataIndex(Map<String, List<ReportFacts>> byCommune, List<ReportFacts> latest, List<ReportFacts> recent,
    List<ReportFacts> feed, Map<Indicator, Comparisons.Result> comparisons, Map<Indicator, Ranks> ranks,
    Trends.Months trends) {
  /** How many reports the home page lists as the latest filed. */
  static final int RECENT = 10;

  static DataIndex of(Derived derived) {
    return of(derived, new Memo());
  }

  /**
   * As above; the comparisons and the nation's trend are patched from what {@code memo} kept of
   * the last build: only the communes whose reports are not that build's objects are worked out
   * again (#26, seventh pass).
   */
  static DataIndex of(Derived derived, Memo memo) {
    Map<String, List<ReportFacts>> byCommune = derived.reports().stream()
        .collect(Collectors.groupingBy(r -> SiteLayout.commune(r.commune()), LinkedHashMap::new, Collectors.toList()));
    List<ReportFacts> recent = PageParts.first(derived.reports(), r -> r.report().period().to(), true, RECENT);
    List<ReportFacts> feed = PageParts.first(derived.reports(), Feeds::date, true, Feeds.LIMIT);
    // Which figures compare, once per indicator: rankings, charts and every commune's summary read it.
    Map<Indicator, Comparisons.Result> comparisons = new EnumMap<>(Indicator.class);
    Map<Indicator, Ranks> ranks = new EnumMap<>(Indicator.class);
    for (Indicator i : Indicator.values()) {
      comparisons.put(i, memo.comparisons.get(i).update(byCommune));
      ranks.put(i, Ranks.of(comparisons.get(i)));
    }
    return new DataIndex(byCommune, derived.latest(), recent, feed, comparisons, ranks, Trends.months(byCommune, memo.trends));
  }

  /** What a build keeps of its index for the next (a preview server's rebuilds): each comparison, and the trend's parts. */
  static final class Memo {
    private final Map<Indicator, Comparisons.Kept> comparisons = new EnumMap<>(Indicator.class);
    private final Trends.Memo trends = new Trends.Memo();

    Memo() {
      for (Indicator i : Indicator.values()) {
        comparisons.put(i, new Comparisons.Kept(i));
      }
    }
  }
}
