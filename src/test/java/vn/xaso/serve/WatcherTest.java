package vn.xaso.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.cache.Scan;

/**
 * What serve's watcher tells the rebuild (#26, item 3): the files under data/ that changed, or
 * "unsure" whenever something happened that the files do not say: events lost (an overflow), a
 * folder created or removed.
 */
class WatcherTest {
  @TempDir Path project;

  private Path write(String file, String text) throws IOException {
    Path p = project.resolve(file);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private Watcher watcher() throws IOException {
    write("data/hai-phong/province.yaml", "slug: hai-phong\n");
    write("data/hai-phong/hung-thang/commune.yaml", "slug: hung-thang\n");
    write("data/hai-phong/an-lao/commune.yaml", "slug: an-lao\n");
    write("content/site.yaml", "title: x\n");
    return new Watcher(List.of(project.resolve("data"), project.resolve("content"), project.resolve("themes")));
  }

  /** Waits for the change to be seen (never for ever), then hands over what was seen. */
  private Scan.Hint seen(Watcher watcher) {
    return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      watcher.awaitChange(300);
      return watcher.take(project.resolve("data"));
    });
  }

  @Test
  void aFileChangedIsToldByItsPathUnderData() throws Exception {
    try (Watcher watcher = watcher()) {
      write("data/hai-phong/hung-thang/2025-12.yaml", "commune: hung-thang\n");
      write("data/hai-phong/province.yaml", "slug: hai-phong\nname: Hải Phòng\n");
      Scan.Hint hint = seen(watcher);
      assertFalse(hint.unsure(), hint.toString());
      assertEquals(Set.of("hai-phong/hung-thang/2025-12.yaml", "hai-phong/province.yaml"), hint.files());

      write("content/site.yaml", "title: y\n");
      Scan.Hint content = seen(watcher);
      assertFalse(content.unsure());
      assertEquals(Set.of(), content.files(), "content/ is read whole by the fingerprint: not in the hint");

      Files.delete(project.resolve("data/hai-phong/hung-thang/2025-12.yaml"));
      assertEquals(Set.of("hai-phong/hung-thang/2025-12.yaml"), seen(watcher).files(), "a file removed");
    }
  }

  @Test
  void aFolderCreatedOrRemovedMakesItUnsureOnceAndItsFilesAreWatched() throws Exception {
    try (Watcher watcher = watcher()) {
      write("data/hai-phong/tan-tien/commune.yaml", "slug: tan-tien\n");
      assertTrue(seen(watcher).unsure(), "a folder created");
      write("data/hai-phong/tan-tien/2025-12.yaml", "commune: tan-tien\n");
      Scan.Hint next = seen(watcher);
      assertFalse(next.unsure(), "told once, then forgotten");
      assertEquals(Set.of("hai-phong/tan-tien/2025-12.yaml"), next.files(), "the new folder is watched");

      PathUtils.deleteDirectory(project.resolve("data/hai-phong/an-lao"));
      assertTrue(seen(watcher).unsure(), "a folder removed");
    }
  }

  /** The JDK's watch service keeps 512 events per folder; past that it says OVERFLOW and drops them. */
  @Test
  void eventsLostToAnOverflowMakeItUnsure() throws Exception {
    try (Watcher watcher = watcher()) {
      for (int i = 0; i < 700; i++) {
        write("data/hai-phong/hung-thang/" + i + ".yaml", "x");
      }
      Scan.Hint hint = seen(watcher);
      assertTrue(hint.unsure(), () -> hint.files().size() + " files told");
    }
  }
}
