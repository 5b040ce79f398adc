package vn.xaso.load;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.xaso.model.Commune;
import vn.xaso.model.Province;
import vn.xaso.model.Report;

/** Everything read from {@code data/}: profiles and reports, each with its file and positions. */
public record Dataset(List<Loaded<Province>> provinces, List<Loaded<Commune>> communes, List<Loaded<Report>> reports) {

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

  public Dataset {
    provinces = List.copyOf(provinces);
    communes = List.copyOf(communes);
    reports = List.copyOf(reports);
  }

  public Optional<Commune> commune(String slug) {
    return communes.stream().map(Loaded::value).filter(c -> c.slug().equals(slug)).findFirst();
  }

  public Optional<Province> province(String slug) {
    return provinces.stream().map(Loaded::value).filter(p -> p.slug().equals(slug)).findFirst();
  }

  /** Reports grouped by commune slug, each list in period order. */
  public Map<String, List<Loaded<Report>>> reportsByCommune() {
    Map<String, List<Loaded<Report>>> out = new java.util.TreeMap<>();
    for (Loaded<Report> r : reports) {
      out.computeIfAbsent(r.value().commune(), k -> new java.util.ArrayList<>()).add(r);
    }
    out.values().forEach(list -> list.sort(java.util.Comparator.comparing(l -> l.value().period().from())));
    return out;
  }
}
