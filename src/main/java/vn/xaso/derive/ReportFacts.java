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
    java.util.List<Problem> warnings) {

  public ReportFacts {
    indicators = Collections.unmodifiableMap(new EnumMap<>(indicators));
    warnings = java.util.List.copyOf(warnings);
  }

  public Report report() {
    return loaded.value();
  }

  public Value value(Indicator indicator) {
    return indicators.get(indicator);
  }

  /** The report's own path under the site: {@code <province>/<commune>/<period>}. */
  public String path() {
    return province.slug() + "/" + commune.slug() + "/" + report().period().key();
  }
}
