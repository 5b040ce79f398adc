package vn.xaso.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The swap at the end of a build: the old site is never lost, whatever fails. */
class OutputTest {
  @TempDir Path dir;

  private List<String> siblings() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void ifTheNewSiteCannotBeMovedInTheOldOneIsPutBack() throws Exception {
    Path site = dir.resolve("site");
    Output first = new Output(site);
    first.writeText("index.html", "old");
    first.commit();

    Output second = new Output(site);
    second.writeText("index.html", "new");
    // The staging folder vanishes (a disk cleaner, a full disk): the move into place fails.
    for (String name : siblings()) {
      if (name.startsWith(".site.staging-")) {
        PathUtils.deleteDirectory(dir.resolve(name));
      }
    }
    assertThrows(IOException.class, second::commit);

    assertEquals("old", Files.readString(site.resolve("index.html")));
    assertEquals(List.of("site"), siblings());
  }

  @Test
  void anAbortedBuildLeavesNothingBehind() throws Exception {
    Output out = new Output(dir.resolve("site"));
    out.writeText("a/b/c.html", "half");
    out.abort();
    assertEquals(List.of(), siblings());
  }

  @Test
  void aPathThatWouldLeaveTheSiteIsRefused() throws Exception {
    Output out = new Output(dir.resolve("site"));
    assertThrows(IllegalArgumentException.class, () -> out.writeText("../outside.html", "x"));
    assertThrows(IllegalArgumentException.class, () -> out.writeText("/etc/passwd", "x"));
    out.abort();
    assertEquals(List.of(), siblings());
  }
}
