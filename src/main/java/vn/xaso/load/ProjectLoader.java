package vn.xaso.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import vn.xaso.model.Commune;
import vn.xaso.model.Province;
import vn.xaso.model.Report;
import vn.xaso.model.SiteConfig;
import vn.xaso.problem.Code;
import vn.xaso.problem.Position;
import vn.xaso.problem.Problems;
import vn.xaso.schema.Schema;
import vn.xaso.schema.Shape;

/**
 * Walks {@code data/} in sorted order and reads each file by its place in the layout:
 * {@code <province>/province.yaml}, {@code <province>/<commune>/commune.yaml} and
 * {@code <province>/<commune>/<period>.yaml}. Files are parsed in parallel; the result is sorted.
 */
public final class ProjectLoader {

  private final Schema schema;
  private final YamlReader reader;
  private final Binder binder;

  public ProjectLoader(Schema schema, Limits limits) {
    this.schema = schema;
    this.reader = new YamlReader(limits);
    this.binder = new Binder(limits);
  }

  /** Reads {@code content/site.yaml}; empty (with a problem) when missing or invalid. */
  public Optional<SiteConfig> loadConfig(Path project, Problems problems) throws IOException {
    String name = "content/site.yaml";
    ProjectFiles.Verdict file = ProjectFiles.of(project).file(name);
    if (file.refusal() == ProjectFiles.Refusal.MISSING) {
      problems.add(name, Position.FILE, "", Code.MISSING_PROFILE, Map.of("path", name));
    }
    if (!file.ok()) {
      file.problem(name, Position.FILE, "").ifPresent(problems::add);
      return Optional.empty();
    }
    Optional<YNode> root = reader.read(file.path(), name, problems);
    if (root.isEmpty()) {
      return Optional.empty();
    }
    return binder.bind(root.get(), schema.object(SiteConfig.class), SiteConfig.class, name, problems).value();
  }

  public Dataset load(Path project, Problems problems) throws IOException {
    Path data = project.resolve("data");
    ProjectFiles.Verdict folder = ProjectFiles.of(project).folder("data");
    if (!folder.ok()) {
      if (folder.refusal() == ProjectFiles.Refusal.MISSING) {
        problems.add("data", Position.FILE, "", Code.NO_DATA, Map.of("dir", project.toString()));
      } else {
        folder.problem("data", Position.FILE, "").ifPresent(problems::add);
      }
      return new Dataset(List.of(), List.of(), List.of());
    }
    List<Path> files = yamlFiles(data, problems);
    return read(data, files, problems);
  }

  /**
   * Reads only the given files ({@code data/...} names, each in the layout), as an incremental
   * build does for the files that changed; the caller has checked the folder for anything unusual.
   */
  public Dataset load(Path project, List<String> names, Problems problems) {
    Path data = project.resolve("data");
    return read(data, names.stream().map(n -> data.resolve(n.substring("data/".length()))).toList(), problems);
  }

  private Dataset read(Path data, List<Path> files, Problems problems) {
    List<Dataset.Loaded<Province>> provinces = new ArrayList<>();
    List<Dataset.Loaded<Commune>> communes = new ArrayList<>();
    List<Dataset.Loaded<Report>> reports = new ArrayList<>();
    // Evidence files are read with their report's checks (EvidenceLoader), not as data of their own.
    List<Object> loaded = files.stream().filter(f -> !Layout.evidence(data.relativize(f).toString().replace('\\', '/')))
        .toList().parallelStream()
        .map(f -> readOne(data, f, problems))
        .flatMap(Optional::stream)
        .toList();
    for (Object o : loaded) {
      Dataset.Loaded<?> l = (Dataset.Loaded<?>) o;
      if (l.value() instanceof Province) {
        provinces.add(cast(l));
      } else if (l.value() instanceof Commune) {
        communes.add(cast(l));
      } else {
        reports.add(cast(l));
      }
    }
    int evidence = (int) files.stream().filter(f -> Layout.evidence(data.relativize(f).toString().replace('\\', '/')))
        .count();
    return new Dataset(provinces, communes, reports, files.size() - evidence);
  }

  @SuppressWarnings("unchecked")
  private static <T> Dataset.Loaded<T> cast(Dataset.Loaded<?> l) {
    return (Dataset.Loaded<T>) l;
  }

  private Optional<Object> readOne(Path data, Path file, Problems problems) {
    String relative = data.relativize(file).toString().replace('\\', '/');
    String name = "data/" + relative;
    String[] parts = relative.split("/");
    String stem = parts[parts.length - 1].replaceFirst("\\.yaml$", "");
    if (!Layout.holds(relative)) {
      problems.add(name, Position.FILE, "", Code.BAD_PATH, Map.of("path", name));
      return Optional.empty();
    }
    try {
      Optional<YNode> root = reader.read(file, name, problems);
      if (root.isEmpty()) {
        return Optional.empty();
      }
      if (parts.length == 2) {
        return bind(root.get(), schema.province(), Province.class, name, problems);
      }
      if (stem.equals("commune")) {
        return bind(root.get(), schema.commune(), Commune.class, name, problems);
      }
      return bind(root.get(), schema.report(), Report.class, name, problems);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> Optional<Object> bind(YNode root, Shape.Obj shape, Class<T> type, String name, Problems problems) {
    Binder.Result<T> r = binder.bind(root, shape, type, name, problems);
    return r.value().map(v -> new Dataset.Loaded<>(v, name, r.positions()));
  }

  /** Whether a link leads to an existing file inside data/ (told apart only in the message); a broken link counts as outside. */
  private static boolean linksInside(Path link, Path realData) {
    try {
      Path real = link.toRealPath();
      return real.startsWith(realData) && Files.isRegularFile(real);
    } catch (IOException e) {
      return false;
    }
  }

  private static List<Path> yamlFiles(Path data, Problems problems) throws IOException {
    Path realData = data.toRealPath();
    List<Path> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(data)) {
      for (Path p : walk.sorted(Comparator.comparing(Path::toString)).toList()) {
        String name = "data/" + data.relativize(p).toString().replace('\\', '/');
        if (Files.isSymbolicLink(p)) {
          // Never followed, even to a file inside data/: one rule for every file the build reads.
          if (linksInside(p, realData)) {
            problems.add(name, Position.FILE, "", Code.PATH_LINK, Map.of("path", name, "link", name));
          } else {
            problems.add(name, Position.FILE, "", Code.SYMLINK_OUTSIDE, Map.of("path", name));
          }
          continue;
        }
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          // A pipe named like a report would block the read for ever: refused unopened.
          problems.add(name, Position.FILE, "", Code.SPECIAL_FILE, Map.of("path", name));
          continue;
        }
        if (p.getFileName().toString().endsWith(".yaml")) {
          out.add(p);
        } else if (!Layout.ignored(p.getFileName().toString())) {
          problems.add(name, Position.FILE, "", Code.STRAY_FILE, Map.of("path", name));
        }
      }
    }
    return out;
  }
}
