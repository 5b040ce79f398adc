package vn.xaso.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.publish.OutputFolder;
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

  /**
   * The line that tells what the output weighs: its files and bytes as they lie on disk (the
   * marker file aside, which is the folder's, not the site's) and the largest page, in both
   * languages; the same line after a rebuild that wrote nothing.
   */
  @Test
  void aBuildTellsTheOutputsSizeFilesAndLargestPage() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file("data/hai-phong/hung-thang/2025-12.yaml", TinyProject.DECEMBER_SIGNED);
    Path site = dir.resolve("site");

    TinyProject.Run run = p.run("build", "--out", site.toString());

    assertEquals(0, run.exit(), run.out());
    List<Path> files;
    try (Stream<Path> walk = Files.walk(site)) {
      files = walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals(OutputFolder.MARKER))
          .toList();
    }
    long bytes = 0;
    Path largest = null;
    for (Path f : files) {
      bytes += Files.size(f);
      boolean page = f.toString().endsWith(".html");
      if (page && (largest == null || Files.size(f) > Files.size(largest))) {
        largest = f;
      }
    }
    String page = site.relativize(largest).toString();
    long pageBytes = Files.size(largest);
    String expected = "Kết quả: " + files.size() + " tệp, " + decimal(bytes, ',') + "; trang lớn nhất " + page + " ("
        + decimal(pageBytes, ',') + ") / Output: " + files.size() + " files, " + decimal(bytes, '.') + "; largest page "
        + page + " (" + decimal(pageBytes, '.') + ")";
    assertTrue(run.out().lines().anyMatch(expected::equals), expected + "\n" + run.out());
    assertFalse(run.out().contains("warning[site-over-host-limit]") || run.out().contains("warning[page-over-limit]"),
        run.out());
    assertTrue(p.run("build", "--out", site.toString()).out().lines().anyMatch(expected::equals),
        "an unchanged rebuild tells the same size");
  }

  /** Bytes in kilo-, mega- or gigabytes as hosts count them, one decimal place. */
  private static String decimal(long bytes, char point) {
    int unit = bytes >= 1_000_000_000 ? 9 : bytes >= 1_000_000 ? 6 : bytes >= 1_000 ? 3 : 0;
    String value = java.math.BigDecimal.valueOf(bytes).movePointLeft(unit)
        .setScale(unit == 0 ? 0 : 1, java.math.RoundingMode.HALF_UP).toPlainString();
    return value.replace('.', point) + " " + Map.of(0, "B", 3, "KB", 6, "MB", 9, "GB").get(unit);
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
