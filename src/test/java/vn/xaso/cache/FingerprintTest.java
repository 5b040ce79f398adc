package vn.xaso.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.testing.TinyProject;

/** What a cached build depends on besides its data: a change to any of it must give another fingerprint. */
class FingerprintTest {
  @TempDir Path dir;

  /**
   * The tool's own bytes: run from the build tree here, so a file added to its classes stands for
   * a rebuilt jar. A fingerprint that missed it would let an upgraded tool reuse a stale cache.
   */
  @Test
  void theToolsFingerprintChangesWithItsCodeAndOnlyWithIt() throws Exception {
    Path classes = Path.of(Fingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertTrue(Files.isDirectory(classes), "the tests run from the build tree: " + classes);
    String before = Fingerprint.tool();
    assertTrue(before.matches("[0-9a-f]{64}"), before);
    assertEquals(before, Fingerprint.tool(), "the same code gives the same fingerprint");

    Path added = classes.resolve("vn/xaso/cache/FingerprintTest-" + ProcessHandle.current().pid() + ".probe");
    try {
      Files.writeString(added, "a rebuilt tool");
      assertNotEquals(before, Fingerprint.tool());
    } finally {
      Files.deleteIfExists(added);
    }
    assertEquals(before, Fingerprint.tool());
  }

  @Test
  void aBuildsFingerprintFollowsTheToolTheOptionsTheContentAndTheTheme() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file("themes/xaso/templates/x.ftlh", "x");
    String base = Fingerprint.of(dir, "tool-1", "SITE null /out");
    assertEquals(base, Fingerprint.of(dir, "tool-1", "SITE null /out"));
    assertNotEquals(base, Fingerprint.of(dir, "tool-2", "SITE null /out"));
    assertNotEquals(base, Fingerprint.of(dir, "tool-1", "SITE https://example.org/ /out"));

    p.file("content/vi/about.md", "title=Giới thiệu\n~~~~~~\n");
    String withPage = Fingerprint.of(dir, "tool-1", "SITE null /out");
    assertNotEquals(base, withPage, "a content page added");
    p.file("themes/xaso/templates/x.ftlh", "y");
    assertNotEquals(withPage, Fingerprint.of(dir, "tool-1", "SITE null /out"), "a template's bytes changed");
    p.file("data/hai-phong/hung-thang/2025-12.yaml", TinyProject.DECEMBER);
    assertEquals(Fingerprint.of(dir, "tool-1", "SITE null /out"), Fingerprint.of(dir, "tool-1", "SITE null /out"));
  }

  @Test
  void aFileMovedToAnotherNameIsAnotherFingerprint() throws Exception {
    TinyProject p = new TinyProject(dir).file("content/vi/a.md", "same");
    String a = Fingerprint.of(dir, "t", "o");
    Files.move(p.path("content/vi/a.md"), p.path("content/vi/b.md"));
    assertNotEquals(a, Fingerprint.of(dir, "t", "o"));
  }
}
