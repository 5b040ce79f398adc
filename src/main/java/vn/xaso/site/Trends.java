package vn.xaso.site;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.xaso.derive.Indicator;
import vn.xaso.derive.ReportFacts;
import vn.xaso.model.Period;

/**
 * Each share over the months, for a province or the whole country, from comparable figures only
 * ({@link ComparableFigures#byMonth}): a month's point is the mean of the communes reporting that
 * month. Drawn only when there are at least two months to join; otherwise the page says so.
 */
final class Trends {
  private Trends() {}

  /** The trend chart of {@code reports} (a province's, or all), none when fewer than two months have figures. */
  static ChartWriter.Drawn<List<Views.ChartView>> draw(List<ReportFacts> reports, String page, PageParts d) {
    Map<YearMonth, List<ReportFacts>> months = ComparableFigures.byMonth(reports);
    if (months.size() < 2) {
      return new ChartWriter.Drawn<>(List.of(), List.of());
    }
    SiteContext c = d.context();
    List<String> labels = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    months.forEach((m, in) -> {
      labels.add(c.f().period(new Period(m.atDay(1), m.atEndOfMonth(), null)));
      sources.add(c.t().get("trend.communes", Map.of("n", c.f().number(in.size()))));
    });
    List<Chart.Series> series = new ArrayList<>();
    for (Indicator i : Indicator.shares()) {
      List<Double> values = new ArrayList<>();
      months.values().forEach(in -> values.add(mean(in, i)));
      if (values.stream().anyMatch(v -> v != null)) {
        series.add(new Chart.Series(i.label(c.lang()), values));
      }
    }
    if (series.isEmpty()) {
      return new ChartWriter.Drawn<>(List.of(), List.of());
    }
    ComparableFigures.Kind kind = ComparableFigures.trendKind(months);
    String basis = kind.asOf() ? c.t().get("trend.basis_as_of")
        : c.t().get("trend.basis_span", Map.of("days", c.f().number(kind.days())));
    Chart chart = new Chart("trend-shares", c.t().get("chart.shares_over_time"), "line", true, "%", basis, null,
        c.t().get("trend.month"), labels, List.of(), series, labels, sources);
    ChartWriter.Drawn<Views.ChartView> drawn = d.charts().draw(chart, d.folder(page), c.show());
    return new ChartWriter.Drawn<>(List.of(drawn.view()), drawn.files());
  }

  private static Double mean(List<ReportFacts> reports, Indicator i) {
    return reports.stream().filter(r -> r.value(i).present()).mapToDouble(r -> r.value(i).number()).average()
        .stream().boxed().findFirst().orElse(null);
  }
}
