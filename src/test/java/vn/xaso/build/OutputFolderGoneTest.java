package vn.xaso.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.testing.TinyProject;
import vn.xaso.testing.Trees;

/** The cache describes an output folder; when that folder is gone, nothing in the cache may be trusted. */
class OutputFolderGoneTest {
  @TempDir Path dir;

  @Test
  void aDeletedOutputFolderMeansACleanBuildThatWritesEverythingAgain() throws Exception {
    Path project = TinyProject.copyOfSample(dir.resolve("project"));
    Path out = dir.resolve("site");
    Build cached = Build.cached(project.resolve("target/xaso-cache"), "tool-1");
    assertTrue(cached.run(project, out, Build.Scope.SITE).ok());
    var first = Trees.hashes(out);
    PathUtils.deleteDirectory(out);

    Build.Result again = cached.run(project, out, Build.Scope.SITE);

    assertEquals("toàn bộ, thư mục kết quả đã đổi hoặc không còn / clean, output folder changed or missing", again.mode().text());
    assertEquals(first, Trees.hashes(out));
    assertEquals(again.files(), again.changed(), "every file written again");
  }
}
