package vn.xaso.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import vn.xaso.derive.ReportFacts;

/**
 * The original documents kept beside the data, in the project's
 * {@code sources/<province>/<commune>/<source.file>}: each is published at
 * {@code data/<province>/<commune>/sources/<file>} with its SHA-256, so a reader can check a
 * figure against the document it was copied from. A report whose file is not there links none.
 */
public final class SourceDocuments {
  /** The same rule as the schema's: a plain file name, never a path. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  /** One published original: its path under the site root, size and SHA-256. */
  public record Published(String path, long bytes, String sha256) {}

  private SourceDocuments() {}

  /** The original of {@code report} in {@code project}, if it is kept there; read to hash it. */
  public static java.util.Optional<Published> find(Path project, ReportFacts report) {
    Path file = file(project, report);
    if (file == null) {
      return java.util.Optional.empty();
    }
    try {
      byte[] bytes = Files.readAllBytes(file);
      return java.util.Optional.of(new Published(sitePath(report), bytes.length, Output.sha256(bytes)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every report's published original, by report path; reports without one are left out. */
  public static Map<String, Published> all(Path project, Iterable<ReportFacts> reports) {
    Map<String, Published> out = new LinkedHashMap<>();
    if (project == null || !Files.isDirectory(project.resolve("sources"))) {
      return out;
    }
    for (ReportFacts r : reports) {
      find(project, r).ifPresent(p -> out.put(r.path(), p));
    }
    return out;
  }

  /** Copies the original of {@code report}, if kept, into the site; returns what was published. */
  static java.util.Optional<Published> publish(Path project, ReportFacts report, Output out) {
    Path file = file(project, report);
    if (file == null) {
      return java.util.Optional.empty();
    }
    try {
      Output.Written w = out.write(sitePath(report), Files.readAllBytes(file));
      return java.util.Optional.of(new Published(w.path(), w.bytes(), w.sha256()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sitePath(ReportFacts r) {
    return DataLayout.folder(DataLayout.unit(r.province().slug(), r.commune().slug())) + "sources/" + r.report().source().file();
  }

  /** The kept file, or null: no name, a name that is not a plain file name, or nothing regular there. */
  private static Path file(Path project, ReportFacts r) {
    String name = r.report().source().file();
    if (project == null || name == null || !NAME.matcher(name).matches()) {
      return null;
    }
    Path folder = project.resolve("sources").resolve(r.province().slug()).resolve(r.commune().slug());
    Path file = folder.resolve(name);
    // A link could reach outside the project: only a plain file is published.
    return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? file : null;
  }
}
