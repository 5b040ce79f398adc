package vn.xaso.derive;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.xaso.load.Dataset;
import vn.xaso.load.Dataset.Loaded;
import vn.xaso.model.Commune;
import vn.xaso.model.Province;
import vn.xaso.model.Report;
import vn.xaso.problem.Problem;
import vn.xaso.problem.Problems;
import vn.xaso.problem.Severity;

/** Computes every indicator of every report once; later stages only read the result. */
public final class Deriver {

  /** Derives from a dataset that validated without errors; reports whose commune is unknown are skipped. */
  public Derived derive(Dataset data, Problems problems) {
    Map<String, List<Problem>> byFile = problems.byFile();
    // Each report's indicators are its own: computed in parallel, then sorted by Derived.
    List<ReportFacts> facts = data.reports().parallelStream()
        .map(loaded -> facts(data, loaded, byFile))
        .flatMap(Optional::stream)
        .toList();
    return new Derived(data.provinces().stream().map(Loaded::value).toList(),
        data.communes().stream().map(Loaded::value).toList(), facts);
  }

  private static Optional<ReportFacts> facts(Dataset data, Loaded<Report> loaded, Map<String, List<Problem>> byFile) {
    Optional<Commune> commune = data.commune(Dataset.provinceOf(loaded), loaded.value().commune());
    if (commune.isEmpty()) {
      return Optional.empty();
    }
    Optional<Province> province = data.province(commune.get().province());
    if (province.isEmpty()) {
      return Optional.empty();
    }
    Map<Indicator, Value> values = new EnumMap<>(Indicator.class);
    for (Indicator i : Indicator.values()) {
      values.put(i, i.compute(loaded.value(), commune.get()).at(i.when(loaded.value())));
    }
    // Validation is over, so the field positions are dropped: at national scale they are the largest thing in memory.
    Loaded<Report> light = new Loaded<>(loaded.value(), loaded.file(), vn.xaso.load.SourceMap.NONE);
    return Optional.of(new ReportFacts(light, commune.get(), province.get(), values,
        byFile.getOrDefault(loaded.file(), List.of()).stream()
            .filter(p -> p.severity() == Severity.WARNING && !p.code().forTheTranscriber()).toList()));
  }
}
