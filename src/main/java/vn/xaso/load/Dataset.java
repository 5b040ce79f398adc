package vn.xaso.load;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.xaso.model.Commune;
import vn.xaso.model.Province;
import vn.xaso.model.Report;

/** Everything read from {@code data/}: profiles and reports, each with its file and positions. */
public record Dataset(List<Loaded<Province>> provinces, List<Loaded<Commune>> communes, List<Loaded<Report>> reports,
    Map<String, Commune> communeIndex, int filesRead) {

  /** A value read from a file, with the file's project-relative name and where its fields stand. */
  public record Loaded<T>(T value, String file, SourceMap positions) {
    /** The folder names the file sits in under data/: [province], [province, commune]. */
    public List<String> folders() {
      String[] parts = file.split("/");
      return List.of(parts).subList(1, parts.length - 1);
    }

    /** The file name without {@code .yaml}. */
    public String stem() {
      String name = file.substring(file.lastIndexOf('/') + 1);
      return name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : name;
    }
  }

  public Dataset(List<Loaded<Province>> provinces, List<Loaded<Commune>> communes, List<Loaded<Report>> reports) {
    this(provinces, communes, reports, index(communes), provinces.size() + communes.size() + reports.size());
  }

  /** Like the three-list form, counting {@code filesRead} data files read, including those that failed. */
  public Dataset(List<Loaded<Province>> provinces, List<Loaded<Commune>> communes, List<Loaded<Report>> reports,
      int filesRead) {
    this(provinces, communes, reports, index(communes), filesRead);
  }

  public Dataset {
    provinces = List.copyOf(provinces);
    communes = List.copyOf(communes);
    reports = List.copyOf(reports);
    communeIndex = Map.copyOf(communeIndex);
  }

  /** Communes by {@code <province>/<slug>}; the first file wins when two claim the same commune. */
  private static Map<String, Commune> index(List<Loaded<Commune>> communes) {
    Map<String, Commune> out = new java.util.HashMap<>();
    for (Loaded<Commune> c : communes) {
      out.putIfAbsent(c.value().province() + "/" + c.value().slug(), c.value());
    }
    return out;
  }

  /** A commune by province and slug: commune slugs are unique only within their province. */
  public Optional<Commune> commune(String province, String slug) {
    return Optional.ofNullable(communeIndex.get(province + "/" + slug));
  }

  /** The province a report's file sits in. */
  public static String provinceOf(Loaded<Report> report) {
    return report.folders().get(0);
  }

  public Optional<Province> province(String slug) {
    return provinces.stream().map(Loaded::value).filter(p -> p.slug().equals(slug)).findFirst();
  }

  /** Reports grouped by {@code <province>/<commune>}, each list in period order. */
  public Map<String, List<Loaded<Report>>> reportsByCommune() {
    Map<String, List<Loaded<Report>>> out = new java.util.TreeMap<>();
    for (Loaded<Report> r : reports) {
      out.computeIfAbsent(provinceOf(r) + "/" + r.value().commune(), k -> new java.util.ArrayList<>()).add(r);
    }
    out.values().forEach(list -> list.sort(java.util.Comparator.comparing(l -> l.value().period().from())));
    return out;
  }
}
