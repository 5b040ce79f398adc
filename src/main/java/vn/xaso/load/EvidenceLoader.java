package vn.xaso.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.xaso.model.Evidence;
import vn.xaso.model.FigureEvidence;
import vn.xaso.problem.Code;
import vn.xaso.problem.Position;
import vn.xaso.problem.Problems;
import vn.xaso.problem.Words;
import vn.xaso.schema.Schema;

/**
 * Reads a report's evidence file, {@code data/<province>/<commune>/<period>.evidence.yaml}, with
 * the same reader and binder as reports: every problem has its line and column, and the field
 * path {@code figures.<report field path>.<key>}. The file holds one key, {@code figures}, a map
 * from the report's field paths to {@link FigureEvidence}.
 */
public final class EvidenceLoader {
  private final Schema schema;
  private final YamlReader reader;
  private final Binder binder;

  public EvidenceLoader(Schema schema, Limits limits) {
    this.schema = schema;
    this.reader = new YamlReader(limits);
    this.binder = new Binder(limits);
  }

  /**
   * The evidence of the report in {@code reportFile} ({@code data/…/<period>.yaml}), when its
   * evidence file exists; problems go to {@code problems} (null where they were told already).
   */
  public Optional<Dataset.Loaded<Evidence>> load(Path project, String reportFile, Problems problems) {
    String name = Layout.evidenceOf(reportFile);
    Path file = project.resolve(name);
    // The loader's walk of data/ has refused links and special files: only a plain file is read.
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    Problems sink = problems == null ? new Problems() : problems;
    try {
      Optional<YNode> root = reader.read(file, name, sink);
      return root.flatMap(r -> bind(r, name, sink));
    } catch (IOException e) {
      sink.add(name, Position.FILE, "", Code.FILE_SYSTEM, Map.of("path", name, "detail", String.valueOf(e.getMessage())));
      return Optional.empty();
    }
  }

  private Optional<Dataset.Loaded<Evidence>> bind(YNode root, String name, Problems problems) {
    Map<String, Position> positions = new HashMap<>();
    positions.put("", root.position());
    if (!(root instanceof YNode.YMap map)) {
      wrongShape(root, "", name, problems);
      return Optional.empty();
    }
    YNode figures = null;
    for (YNode.Entry e : map.entries()) {
      if (e.key().value().equals("figures")) {
        figures = e.value();
        positions.put("figures", e.key().position());
      } else {
        problems.add(name, e.key().position(), e.key().value(), Code.UNKNOWN_FIELD, Map.of(
            "key", e.key().value(), "suggestion", Words.didYouMean(Suggest.closest(e.key().value(), List.of("figures"))),
            "allowed", "figures"));
      }
    }
    if (figures == null) {
      problems.add(name, root.position(), "figures", Code.MISSING_FIELD, Map.of("key", "figures"));
      return Optional.empty();
    }
    if (figures instanceof YNode.YScalar s && s.isNull()) {
      return Optional.of(new Dataset.Loaded<>(Evidence.NONE, name, new SourceMap(name, positions)));
    }
    if (!(figures instanceof YNode.YMap entries)) {
      wrongShape(figures, "figures", name, problems);
      return Optional.empty();
    }
    Map<String, FigureEvidence> out = new LinkedHashMap<>();
    for (YNode.Entry e : entries.entries()) {
      String key = e.key().value();
      String path = "figures." + key;
      if (out.containsKey(key) || positions.containsKey(path)) {
        problems.add(name, e.key().position(), path, Code.DUPLICATE_KEY,
            Map.of("key", key, "first", positions.get(path).line()));
        continue;
      }
      positions.put(path, e.key().position());
      Binder.Result<FigureEvidence> r = binder.bind(e.value(), schema.object(FigureEvidence.class),
          FigureEvidence.class, name, problems, path);
      r.value().ifPresent(v -> out.put(key, v));
      r.positions().positions().forEach(positions::putIfAbsent);
      positions.put(path, e.key().position());
    }
    return Optional.of(new Dataset.Loaded<>(new Evidence(out), name, new SourceMap(name, positions)));
  }

  private static void wrongShape(YNode node, String path, String name, Problems problems) {
    problems.add(name, node.position(), path, Code.WRONG_SHAPE, Map.of(
        "expected", new Words("một nhóm trường (key: value)", "an object (key: value)"),
        "actual", new Words(node instanceof YNode.YSeq ? "một danh sách" : "một giá trị",
            node instanceof YNode.YSeq ? "a list" : "a value")));
  }
}
