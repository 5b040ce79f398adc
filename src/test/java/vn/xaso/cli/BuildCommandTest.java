package vn.xaso.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.testing.TinyProject;

class BuildCommandTest {
  @TempDir Path dir;

  @Test
  void aBuildEndsWithAOneLineSummaryOfItsStages() throws Exception {
    TinyProject p = TinyProject.withCommune(dir);

    TinyProject.Run run = p.run("build", "--out", dir.resolve("site").toString());

    assertEquals(0, run.exit(), run.out());
    String last = run.out().strip().lines().reduce((a, b) -> b).orElseThrow();
    assertTrue(last.matches("build: đọc 3 tệp, ghi \\d+ tệp trong [0-9,]+ s / read 3 files, wrote \\d+ files in [0-9.]+ s"
        + " \\(scan [0-9.]+ s · load [0-9.]+ s · validate [0-9.]+ s · derive [0-9.]+ s · data [0-9.]+ s · pages [0-9.]+ s"
        + " · commit [0-9.]+ s · cache [0-9.]+ s\\); toàn bộ, chưa có bộ đệm / clean, no cache"), last);
    assertTrue(Files.isDirectory(dir.resolve("site")));
    assertTrue(Files.isRegularFile(dir.resolve("target/xaso-cache/site/state.bin")), "the cache lives under target/");

    String again = p.run("build", "--out", dir.resolve("site").toString()).out().strip();
    assertTrue(again.contains("Đã ghi 0 tệp vào"), again);
    assertTrue(again.endsWith("; không có gì thay đổi / nothing changed"), again);
    String clean = p.run("build", "--no-cache", "--out", dir.resolve("site").toString()).out().strip();
    assertTrue(clean.endsWith("; toàn bộ, không dùng bộ đệm / clean, no cache used"), clean);
  }

  @Test
  void aBuildWithoutSiteConfigurationFailsWithOneAndWritesNothing() throws Exception {
    TinyProject p = new TinyProject(dir).file("data/hai-phong/province.yaml", TinyProject.PROVINCE);

    TinyProject.Run run = p.run("build", "--out", dir.resolve("site").toString());

    assertEquals(1, run.exit());
    assertTrue(run.out().contains("content/site.yaml:0:0: error[missing-profile]"), run.out());
    assertFalse(Files.exists(dir.resolve("site")));
  }
}
