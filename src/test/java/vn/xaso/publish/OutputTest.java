package vn.xaso.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.model.Lang;

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
  void anIncrementalOutputWritesOnlyChangedBytesAndRemovesWhatItRedidButDidNotWrite() throws Exception {
    Path site = dir.resolve("site");
    Output first = new Output(site);
    first.writeText("index.html", "home");
    first.writeText("a/b/old.html", "gone soon");
    first.writeText("a/same.html", "same");
    first.writeText("kept/x.html", "not redone");
    first.commit();
    java.util.Map<String, Output.Written> before = new java.util.HashMap<>();
    first.files().forEach(w -> before.put(w.path(), w));
    java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(1_000_000);
    Files.setLastModifiedTime(site.resolve("a/same.html"), old);

    Output second = Output.incremental(site, before, p -> !p.startsWith("kept/"));
    second.writeText("index.html", "home, changed");
    second.writeText("a/same.html", "same");
    assertEquals(1, second.changed(), "only the changed bytes are staged");
    second.commit();

    assertEquals("home, changed", Files.readString(site.resolve("index.html")));
    assertEquals(old, Files.getLastModifiedTime(site.resolve("a/same.html")), "an unchanged file is not touched");
    assertEquals("not redone", Files.readString(site.resolve("kept/x.html")));
    assertFalse(Files.exists(site.resolve("a/b")), "a file redone but not written goes, with its empty folder");
    assertEquals(List.of("a/same.html", "index.html", "kept/x.html"),
        second.files().stream().map(Output.Written::path).toList());
    assertEquals(List.of("site"), siblings());
  }

  @Test
  void anAbortedBuildLeavesNothingBehind() throws Exception {
    Output out = new Output(dir.resolve("site"));
    out.writeText("a/b/c.html", "half");
    out.abort();
    assertEquals(List.of(), siblings());
  }

  /** A render task still running when another has failed must not recreate the dropped staging folder. */
  @Test
  void aWriteAfterAbortFailsAndLeavesNoStaging() throws Exception {
    Output out = new Output(dir.resolve("site"));
    out.writeText("a.html", "first");
    out.abort();
    assertThrows(IllegalStateException.class, () -> out.writeText("late/b.html", "too late"));
    assertEquals(List.of(), siblings());
  }

  /** What a full disk or a read-only folder gives: the file-system problem naming the file, not a bare exception. */
  @Test
  void aWriteThatFailsIsAProblemNamingTheFile() throws Exception {
    Output out = new Output(dir.resolve("site"));
    out.writeText("a", "a file where a folder is needed next");
    vn.xaso.problem.Stop stop = assertThrows(vn.xaso.problem.Stop.class, () -> out.writeText("a/b.html", "x"));
    assertEquals("file-system", stop.problem().code().id());
    assertTrue(stop.problem().message(Lang.EN).startsWith("Reading or writing "), stop.problem().message(Lang.EN));
    assertTrue(stop.problem().file().endsWith("a/b.html"), stop.problem().file());
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
