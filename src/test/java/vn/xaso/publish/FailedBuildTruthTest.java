package vn.xaso.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #22, item 4: a failed build says what is true. An incremental move-in that fails half-way
 * puts back what it had replaced; a build killed between the two renames of a clean swap leaves
 * the previous site beside the output, put back by the next start; the output follows the umask.
 */
class FailedBuildTruthTest {
  @TempDir Path dir;

  private List<String> siblings() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private Map<String, Output.Written> manifest(Output out) {
    Map<String, Output.Written> m = new HashMap<>();
    out.files().forEach(w -> m.put(w.path(), w));
    return m;
  }

  @Test
  void anIncrementalMoveInThatFailsHalfWayPutsBackEveryFileItHadReplaced() throws Exception {
    Path site = dir.resolve("site");
    Output first = new Output(site);
    for (String f : List.of("a/1.html", "b/2.html", "c/3.html", "d/4.html", "gone.html")) {
      first.writeText(f, "old " + f);
    }
    first.commit();

    Output second = Output.incremental(site, manifest(first), p -> true);
    for (String f : List.of("a/1.html", "b/2.html", "c/3.html", "d/4.html")) {
      second.writeText(f, "new " + f);
    }
    second.writeText("e/5.html", "a new page");
    // The third staged file vanishes before the move-in (a disk cleaner, a full disk): the move fails.
    try (Stream<Path> s = Files.list(dir)) {
      Path staging = s.filter(p -> p.getFileName().toString().startsWith(".site.staging-")).findFirst().orElseThrow();
      Files.delete(staging.resolve("c/3.html"));
    }
    assertThrows(IOException.class, second::commit);

    for (String f : List.of("a/1.html", "b/2.html", "c/3.html", "d/4.html", "gone.html")) {
      assertEquals("old " + f, Files.readString(site.resolve(f)), f + " is as it was: the previous site is unchanged");
    }
    assertFalse(Files.exists(site.resolve("e")), "nothing new stays");
    second.abort();
    assertEquals(List.of("site"), siblings());
  }

  @Test
  void aBuildKilledBetweenTheTwoRenamesLeavesThePreviousSiteWhichTheNextStartPutsBack() throws Exception {
    Path site = dir.resolve("site");
    Output first = new Output(site);
    first.writeText("index.html", "old");
    first.commit();
    // What a kill after "site -> .site.old-x" and before ".site.staging-y -> site" leaves.
    Files.move(site, dir.resolve(".site.old-killed"));
    Files.createDirectories(dir.resolve(".site.staging-killed"));
    Files.writeString(dir.resolve(".site.staging-killed/index.html"), "half");

    Output next = new Output(site);
    assertEquals("old", Files.readString(site.resolve("index.html")), "the previous site is back before anything else");
    next.writeText("index.html", "new");
    next.commit();
    assertEquals("new", Files.readString(site.resolve("index.html")));
    assertEquals(List.of("site"), siblings());
  }

  @Test
  void theOutputFollowsTheUmaskNotAlwaysMode700() throws Exception {
    Path site = dir.resolve("site");
    Output out = new Output(site);
    out.writeText("a/index.html", "x");
    out.commit();
    Set<PosixFilePermission> folder = Files.getPosixFilePermissions(site);
    // The test JVM's umask is 022 or 002: others may read and enter, as a web server needs.
    assertTrue(folder.contains(PosixFilePermission.OTHERS_READ) && folder.contains(PosixFilePermission.OTHERS_EXECUTE),
        PosixFilePermissions.toString(folder));
    assertEquals(folder, Files.getPosixFilePermissions(site.resolve("a")));
    assertTrue(Files.getPosixFilePermissions(site.resolve("a/index.html")).contains(PosixFilePermission.OTHERS_READ));
  }

  @Test
  void anIncrementalBuildThatSucceedsLeavesNothingAside() throws Exception {
    Path site = dir.resolve("site");
    Output first = new Output(site);
    first.writeText("a/1.html", "one");
    first.writeText("b/gone.html", "gone");
    first.commit();
    Output second = Output.incremental(site, manifest(first), p -> true);
    second.writeText("a/1.html", "two");
    second.commit();
    assertEquals("two", Files.readString(site.resolve("a/1.html")));
    assertFalse(Files.exists(site.resolve("b")));
    assertEquals(List.of("site"), siblings());
    PathUtils.deleteDirectory(site);
  }

  @Test
  void whatCannotBePutBackIsListedExactly() throws Exception {
    Path site = dir.resolve("site");
    Output first = new Output(site);
    first.writeText("a/1.html", "old one");
    first.writeText("b/2.html", "old two");
    first.commit();
    Output second = Output.incremental(site, manifest(first), p -> true);
    // Two files were moved in, their old copies set aside; the old copy of b/2.html is gone.
    Path aside = Files.createDirectories(dir.resolve(".site.replaced-test/a"));
    Files.writeString(aside.resolve("1.html"), "old one");
    Files.writeString(site.resolve("a/1.html"), "new one");
    Files.writeString(site.resolve("b/2.html"), "new two");
    vn.xaso.problem.Stop stop = assertThrows(vn.xaso.problem.Stop.class, () -> second.putBack(List.of("a/1.html", "b/2.html"),
        Set.of("a/1.html", "b/2.html"), dir.resolve(".site.replaced-test"), new IOException("disk gone")));
    assertEquals(site + ":0:0: error[output-partly-changed] Không cập nhật hết được " + site + " (disk gone); các tệp sau đã"
        + " được thay và không khôi phục được: b/2.html.\n    " + site + " could not be updated completely (disk gone); these"
        + " files were already replaced and could not be put back: b/2.html.",
        stop.problem().format().lines().limit(2).reduce((x, y) -> x + "\n" + y).orElseThrow());
    assertEquals("old one", Files.readString(site.resolve("a/1.html")), "what could be put back was");
    second.abort();
  }
}
