package vn.xaso.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.testing.TinyProject;

/** Which files a build's fingerprint reads: the published originals too, every byte of a large file, never through a link. */
class FingerprintFilesTest {
  @TempDir Path dir;

  @Test
  void anOriginalDocumentUnderSourcesChangesTheFingerprint() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file("sources/hai-phong/hung-thang/bao-cao.txt", "bản gốc");
    String before = Fingerprint.of(dir, "t", "o");
    p.file("sources/hai-phong/hung-thang/bao-cao.txt", "bản gốc đã sửa");
    assertNotEquals(before, Fingerprint.of(dir, "t", "o"));
  }

  @Test
  void aChangeFarIntoALargeFileIsSeen() throws Exception {
    byte[] bytes = new byte[200_000];
    Files.createDirectories(dir.resolve("themes/xaso/assets"));
    Path big = dir.resolve("themes/xaso/assets/big.bin");
    Files.write(big, bytes);
    String before = Fingerprint.of(dir, "t", "o");
    bytes[bytes.length - 1] = 1;
    Files.write(big, bytes);
    assertNotEquals(before, Fingerprint.of(dir, "t", "o"), "the last byte, past the first buffer, counts");
  }

  @Test
  void aLinkIsNamedNotFollowedSoWhatItPointsAtCannotLeakIn() throws Exception {
    Path outside = dir.resolve("outside.txt");
    Files.writeString(outside, "one");
    Path project = dir.resolve("p");
    Files.createDirectories(project.resolve("content/vi"));
    Files.createSymbolicLink(project.resolve("content/vi/link.md"), outside);
    String linked = Fingerprint.of(project, "t", "o");
    Files.writeString(outside, "two");
    assertEquals(linked, Fingerprint.of(project, "t", "o"));
    Files.delete(project.resolve("content/vi/link.md"));
    Files.writeString(project.resolve("content/vi/link.md"), "two");
    assertNotEquals(linked, Fingerprint.of(project, "t", "o"), "a real file in its place is another project");
  }

  @Test
  void aPipeInTheThemeDoesNotBlockTheFingerprint() throws Exception {
    Files.createDirectories(dir.resolve("themes/xaso"));
    Path fifo = dir.resolve("themes/xaso/pipe");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertEquals(0, mkfifo.waitFor());
    String fingerprint = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Fingerprint.of(dir, "t", "o"));
    assertEquals(fingerprint, Fingerprint.of(dir, "t", "o"));
  }

  @Test
  void anEmptyFolderChangesNothingTheSiteIsBuiltFrom() throws Exception {
    TinyProject.withCommune(dir).file("themes/xaso/templates/x.ftlh", "x");
    String before = Fingerprint.of(dir, "t", "o");
    Files.createDirectories(dir.resolve("themes/xaso/assets/empty"));
    assertEquals(before, Fingerprint.of(dir, "t", "o"));
  }
}
