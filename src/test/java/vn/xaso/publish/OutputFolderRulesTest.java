package vn.xaso.publish;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.model.Lang;
import vn.xaso.problem.Stop;

/**
 * Which folders a build may replace, told as usage mistakes before anything is touched: never the
 * project, its sources or its cache, a file, or a folder of someone else's files; and one build at a time.
 */
class OutputFolderRulesTest {
  @TempDir Path dir;

  private Path project() throws Exception {
    Path project = dir.resolve("p");
    Files.createDirectories(project.resolve("data"));
    return project;
  }

  private static String refused(Path project, Path out, Path cache) {
    Stop stop = assertThrows(Stop.class, () -> OutputFolder.check(project, out, cache));
    assertTrue(stop.usage(), "a usage mistake, exit 2");
    return stop.problem().code().id() + " " + stop.problem().message(Lang.EN);
  }

  @Test
  void aMissingOrEmptyFolderOrOneThisToolWroteMayBeReplaced() throws Exception {
    Path project = project();
    assertDoesNotThrow(() -> OutputFolder.check(project, project.resolve("target/site"), null));
    Files.createDirectories(dir.resolve("empty"));
    assertDoesNotThrow(() -> OutputFolder.check(project, dir.resolve("empty"), null));
    Path ours = dir.resolve("ours");
    Files.createDirectories(ours);
    OutputFolder.mark(ours);
    Files.writeString(ours.resolve("index.html"), "old");
    assertDoesNotThrow(() -> OutputFolder.check(project, ours, null));
  }

  @Test
  void aFolderOfOtherFilesIsNotReplaced() throws Exception {
    Path project = project();
    Path theirs = dir.resolve("theirs");
    Files.createDirectories(theirs.resolve(".xaso-output"));
    Files.writeString(theirs.resolve("thesis.docx"), "x");
    assertEquals("out-not-ours Folder " + theirs + " holds files Xã Số did not write; it is neither deleted nor replaced.",
        refused(project, theirs, null), "a folder named like the marker is not the marker");
  }

  @Test
  void theProjectItsSourcesAndTheRootAreRefused() throws Exception {
    Path project = project();
    assertEquals("out-forbidden The site cannot be written to " + project + ": it holds the project.",
        refused(project, project, null));
    assertEquals("out-forbidden The site cannot be written to " + dir + ": it holds the project.",
        refused(project, dir, null));
    for (String source : new String[] {"data", "content", "themes", "src", ".git"}) {
      Path out = project.resolve(source).resolve("site");
      assertEquals("out-forbidden The site cannot be written to " + out + ": it is inside the project's " + source + "/.",
          refused(project, out, null));
    }
    assertEquals("out-forbidden The site cannot be written to /: it is the root of the file system.",
        refused(project, Path.of("/"), null));
  }

  @Test
  void theCacheAndAnyFolderOverlappingItAreRefused() throws Exception {
    Path project = project();
    Path caches = project.resolve("target/xaso-cache");
    assertTrue(refused(project, caches.resolve("site"), null).startsWith("out-forbidden "));
    assertTrue(refused(project, project.resolve("target"), null).endsWith("it overlaps the build cache " + caches + "."));
    Path own = dir.resolve("cache");
    assertTrue(refused(project, own.resolve("x"), own).endsWith("it overlaps the build cache " + own + "."));
    assertDoesNotThrow(() -> OutputFolder.check(project, dir.resolve("site"), own));
  }

  @Test
  void aFileIsNotReplaced() throws Exception {
    Path project = project();
    Path file = dir.resolve("notes.txt");
    Files.writeString(file, "x");
    assertEquals("out-is-file " + file + " is a file, not a folder; it is not replaced.", refused(project, file, null));
  }

  @Test
  void aLinkCannotHideTheProject() throws Exception {
    Path project = project();
    Path link = dir.resolve("link");
    Files.createSymbolicLink(link, project.resolve("data"));
    assertEquals(project.resolve("data").toRealPath().resolve("new/site"), OutputFolder.real(link.resolve("new/site")));
    assertTrue(refused(project, link.resolve("site"), null).endsWith("it is inside the project's data/."));
  }

  @Test
  void theMarkerIsWrittenOnceInBothLanguages() throws Exception {
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    OutputFolder.mark(out);
    assertEquals(OutputFolder.MARKER_TEXT, Files.readString(out.resolve(OutputFolder.MARKER)));
    assertTrue(OutputFolder.MARKER_TEXT.contains("Xã Số ghi") && OutputFolder.MARKER_TEXT.contains("written by Xã Số"));
  }

  @Test
  @SuppressWarnings("try") // the lock is held, never read
  void aSecondBuildIntoTheSameFolderStopsUntilTheFirstReleasesIt() throws Exception {
    Path out = dir.resolve("site");
    try (OutputFolder.Lock first = OutputFolder.lock(out)) {
      Stop busy = assertThrows(Stop.class, () -> OutputFolder.lock(out));
      assertEquals("output-busy Another build is writing to " + out + ".", busy.problem().code().id() + " "
          + busy.problem().message(Lang.EN));
      assertDoesNotThrow(() -> OutputFolder.lock(dir.resolve("other")).close(), "another folder is free");
    }
    assertDoesNotThrow(() -> OutputFolder.lock(out).close(), "released");
    assertTrue(Files.exists(dir.resolve(".site.lock")), "the lock file sits beside the output, not in it");
  }
}
