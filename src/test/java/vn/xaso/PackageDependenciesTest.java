package vn.xaso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages' dependencies as docs/architecture.md states them, read from the sources: each
 * main source file's imports and fully qualified names ({@code vn.xaso.<package>.}), comments
 * left out. The pipeline flows load → validate → derive → publish → site, and no stage reaches a
 * later one; {@code cache} and {@code site} never depend on each other; {@code records} and
 * {@code model} import nothing of the project.
 */
class PackageDependenciesTest {
  private static final Path MAIN = Path.of("src/main/java/vn/xaso");
  private static final List<String> PIPELINE = List.of("load", "validate", "derive", "publish", "site");
  private static final Pattern COMMENT = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);
  private static final Pattern USE = Pattern.compile("\\bvn\\.xaso\\.([a-z]+)\\.");

  /** The forbidden edges: from a package, the packages it must not use. */
  static Map<String, Set<String>> forbidden() {
    Map<String, Set<String>> out = new TreeMap<>();
    for (int i = 0; i < PIPELINE.size(); i++) {
      out.put(PIPELINE.get(i), new TreeSet<>(PIPELINE.subList(i + 1, PIPELINE.size())));
    }
    out.get("site").add("cache");
    out.put("cache", new TreeSet<>(Set.of("site")));
    return out;
  }

  @Test
  void noPackageUsesOneTheArchitectureKeepsItFrom() {
    Map<String, Set<String>> uses = uses(MAIN);
    List<String> broken = new ArrayList<>();
    forbidden().forEach((from, banned) -> uses.getOrDefault(from, Set.of()).stream().filter(banned::contains)
        .forEach(to -> broken.add(from + " → " + to)));
    for (String alone : List.of("records", "model")) {
      uses.getOrDefault(alone, Set.of()).forEach(to -> broken.add(alone + " → " + to));
    }
    assertEquals(List.of(), broken);
  }

  @Test
  void theCacheKnowsNothingOfTheSiteNotEvenByAFullyQualifiedName() {
    Set<String> cache = uses(MAIN).get("cache");
    assertTrue(cache.contains("publish"), "the scan reads the cache's sources: " + cache);
    assertTrue(!cache.contains("site"), "cache uses " + cache);
  }

  @Test
  void theScanSeesImportsAndQualifiedNamesButNotComments(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path cache = Files.createDirectories(dir.resolve("cache"));
    Files.writeString(cache.resolve("A.java"), """
        package vn.xaso.cache;
        import vn.xaso.derive.Changes;
        // vn.xaso.serve.DevServer in a comment is no dependency
        /** Nor {@code vn.xaso.cli.Main} in javadoc. */
        class A { Object o = vn.xaso.site.SiteLayout.home(); }
        """);
    assertEquals(Map.of("cache", Set.of("derive", "site")), uses(dir));
  }

  /** For each package under {@code root}, the other packages of the project its sources name. */
  static Map<String, Set<String>> uses(Path root) {
    Map<String, Set<String>> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String pkg = root.relativize(file).getName(0).toString();
        Set<String> used = out.computeIfAbsent(pkg, k -> new TreeSet<>());
        Matcher m = USE.matcher(COMMENT.matcher(Files.readString(file)).replaceAll(""));
        while (m.find()) {
          if (!m.group(1).equals(pkg)) {
            used.add(m.group(1));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
