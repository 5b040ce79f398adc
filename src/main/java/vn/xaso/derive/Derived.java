package vn.xaso.derive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.xaso.model.Commune;
import vn.xaso.model.Province;

/**
 * The whole dataset after derivation, sorted once so that every writer walks it in the same
 * order: provinces by slug, communes by slug, reports by period.
 *
 * @param created the data's own date, never the clock: the latest date any report gives (its
 *     period's end, its date, its signature), never before 2025-01-01. The data package, the
 *     catalogue, the pages and the citation all date the data by it. Always worked out from
 *     {@code reports} when the dataset is made, whatever is passed.
 */
public record Derived(List<Province> provinces, List<Commune> communes, List<ReportFacts> reports, LocalDate created) {

  /** The dataset of these provinces, communes and reports, dated by them. */
  public Derived(List<Province> provinces, List<Commune> communes, List<ReportFacts> reports) {
    this(provinces, communes, reports, null);
  }

  public Derived {
    provinces = provinces.stream().sorted(Comparator.comparing(Province::slug)).toList();
    communes = communes.stream().sorted(Comparator.comparing(Commune::province).thenComparing(Commune::slug)).toList();
    reports = reports.stream().sorted(Comparator.comparing((ReportFacts f) -> f.province().slug())
        .thenComparing(f -> f.commune().slug())
        .thenComparing(f -> f.report().period().from())).toList();
    // Once, here: the data package, the catalogue, each language's page parts and the citation
    // year's check ask it seven times a build, and seven passes over every report's dates were
    // a twentieth of a rebuild's CPU at 1000 communes (#26, sixth pass).
    created = created(reports);
  }

  /** The latest date any of {@code reports} gives, never before 2025-01-01. */
  public static LocalDate created(List<ReportFacts> reports) {
    LocalDate latest = LocalDate.of(2025, 1, 1);
    for (ReportFacts f : reports) {
      for (LocalDate d : new LocalDate[] {f.report().period().to(), f.report().source().date(), f.report().source().signedOn()}) {
        if (d != null && d.isAfter(latest)) {
          latest = d;
        }
      }
    }
    return latest;
  }

  public List<ReportFacts> reportsOf(Commune commune) {
    return reports.stream().filter(r -> r.commune().slug().equals(commune.slug())
        && r.province().slug().equals(commune.province())).toList();
  }

  public List<Commune> communesOf(Province province) {
    return communes.stream().filter(c -> c.province().equals(province.slug())).toList();
  }

  public List<ReportFacts> reportsOf(Province province) {
    return reports.stream().filter(r -> r.province().slug().equals(province.slug())).toList();
  }

  /** The latest report of each commune that has one, in commune order. */
  public List<ReportFacts> latest() {
    Map<String, ReportFacts> last = new TreeMap<>();
    for (ReportFacts r : reports) {
      last.put(r.province().slug() + "/" + r.commune().slug(), r);
    }
    return new ArrayList<>(last.values());
  }

  public Optional<Province> province(String slug) {
    return provinces.stream().filter(p -> p.slug().equals(slug)).findFirst();
  }
}
