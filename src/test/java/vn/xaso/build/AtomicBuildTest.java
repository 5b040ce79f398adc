package vn.xaso.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.testing.Trees;
import vn.xaso.testing.TinyProject;

/** A failed or killed build never leaves a half-written site: the previous one stays as it was. */
class AtomicBuildTest {
  private static final String FILE = "data/hai-phong/hung-thang/2025-12.yaml";
  private static final String REPORT = TinyProject.DECEMBER + """
      procedures: {total: 10}
      """;

  @TempDir Path dir;

  private long leftovers() throws Exception {
    try (Stream<Path> s = Files.list(dir.resolve("target"))) {
      // The lock file beside the output stays; it is not a leftover.
      return s.filter(p -> p.getFileName().toString().startsWith(".site.staging-")
          || p.getFileName().toString().startsWith(".site.old-")).count();
    }
  }

  @Test
  void aBuildWithDataErrorsLeavesThePreviousSiteUntouched() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file(FILE, REPORT);
    Path out = dir.resolve("target/site");
    assertTrue(new Build().run(dir, out, Build.Scope.SITE).ok());
    Map<String, String> before = Trees.hashes(out);

    p.file(FILE, REPORT.replace("total: 10", "total: ten"));
    assertFalse(new Build().run(dir, out, Build.Scope.SITE).ok());

    assertEquals(before, Trees.hashes(out));
    assertEquals(0, leftovers());
  }

  @Test
  void aBuildThatFailsHalfWayLeavesThePreviousSiteAndNoStaging() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file(FILE, REPORT);
    Path out = dir.resolve("target/site");
    assertTrue(new Build().run(dir, out, Build.Scope.SITE).ok());
    Map<String, String> before = Trees.hashes(out);

    // A theme whose template breaks while pages are being written: data files are already staged.
    Path themes = dir.resolve("themes/xaso");
    copyTheme(themes);
    p.file("themes/xaso/templates/report.ftlh", "<#import \"layout.ftlh\" as l>${no_such_variable.field}");
    assertThrows(RuntimeException.class, () -> new Build().run(dir, out, Build.Scope.SITE));

    assertEquals(before, Trees.hashes(out));
    assertEquals(0, leftovers());
  }

  @Test
  void foldersLeftByAKilledBuildAreRemovedByTheNextGoodOne() throws Exception {
    TinyProject.withCommune(dir).file(FILE, REPORT);
    Files.createDirectories(dir.resolve("target/.site.staging-123/hai-phong"));
    Files.writeString(dir.resolve("target/.site.staging-123/hai-phong/index.html"), "half");
    Files.createDirectories(dir.resolve("target/.site.old-456"));
    Files.createDirectories(dir.resolve("target/.other.staging-1"));

    assertTrue(new Build().run(dir, dir.resolve("target/site"), Build.Scope.SITE).ok());

    assertEquals(0, leftovers());
    assertTrue(Files.exists(dir.resolve("target/.other.staging-1")), "only this output's own leftovers go");
  }

  private static void copyTheme(Path to) throws Exception {
    Path from = Path.of("themes/xaso");
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        Files.createDirectories(target.getParent());
        Files.copy(f, target);
      }
    }
  }
}
