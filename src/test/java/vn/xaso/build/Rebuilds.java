package vn.xaso.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.io.file.PathUtils;
import vn.xaso.testing.Trees;

/** What every test of a kept or reused page does: rebuild incrementally, then find the site a clean build's, byte for byte. */
final class Rebuilds {
  private Rebuilds() {}

  /** Runs {@code build} again over {@code project} into {@code out} and asserts it succeeded as an incremental build. */
  static Build.Result again(Build build, Path project, Path out) throws IOException {
    Build.Result r = build.run(project, out, Build.Scope.SITE);
    assertTrue(r.ok(), () -> r.problems().all().toString());
    assertEquals(Build.Mode.Kind.INCREMENTAL, r.mode().kind(), r.mode().text());
    return r;
  }

  /** Builds {@code project} afresh into {@code clean} (emptied first) and asserts {@code out} holds the same files. */
  static void assertSameAsClean(Path project, Path out, Path clean) throws IOException {
    if (Files.exists(clean)) {
      PathUtils.deleteDirectory(clean);
    }
    assertTrue(new Build().run(project, clean, Build.Scope.SITE).ok());
    Map<String, String> expected = Trees.hashes(clean);
    Map<String, String> actual = Trees.hashes(out);
    List<String> differ = expected.keySet().stream().filter(p -> !expected.get(p).equals(actual.get(p))).toList();
    assertEquals(List.of(), differ, "files that differ from a clean build's");
    assertEquals(expected.keySet(), actual.keySet());
  }
}
