package vn.xaso.derive;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import vn.xaso.load.Dataset.Loaded;
import vn.xaso.model.Commune;
import vn.xaso.model.Province;
import vn.xaso.model.Report;
import vn.xaso.problem.Problem;

/** A report with everything later stages need about it: its commune, province, indicators and data-quality notes. */
public record ReportFacts(Loaded<Report> loaded, Commune commune, Province province, Map<Indicator, Value> indicators,
    java.util.List<Problem> warnings, String path) {

  /**
   * {@code path} is worked out here once: pages, sitemaps and sorts ask for it some ten times
   * per report, 400,000 times a build at national scale. It stays null while the commune or
   * province is left out (as the build cache stores facts).
   */
  public ReportFacts {
    indicators = Collections.unmodifiableMap(new EnumMap<>(indicators));
    warnings = java.util.List.copyOf(warnings);
    path = province == null || commune == null ? null
        : province.slug() + "/" + commune.slug() + "/" + loaded.value().period().key();
  }

  public ReportFacts(Loaded<Report> loaded, Commune commune, Province province, Map<Indicator, Value> indicators,
      java.util.List<Problem> warnings) {
    this(loaded, commune, province, indicators, warnings, null);
  }

  public Report report() {
    return loaded.value();
  }

  public Value value(Indicator indicator) {
    return indicators.get(indicator);
  }

  /** The report's own path under the site: {@code <province>/<commune>/<period>}. */
  @Override
  public String path() {
    return path;
  }
}
