package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.problem.Stop;
import vn.xaso.testing.TinyProject;

/**
 * Issue #22, item 3: a content page cannot stall the build. {@code [a](b} repeated 52,000 times
 * (254 KB, under the size limit) ran {@code build} past two minutes; {@code validate} now refuses it
 * in a second from its count of openers, and a page that still reads too slowly is stopped.
 */
class ContentPageStallTest {
  private static final String HEADER = "title=Giới thiệu\ntype=page\nstatus=published\n~~~~~~\n\n";
  @TempDir Path dir;

  @Test
  void anUnclosedLinkRepeated52000TimesIsRefusedFastByValidateAndBuild() throws Exception {
    TinyProject p = TinyProject.withCommune(dir.resolve("p"))
        .file("data/hai-phong/hung-thang/2025-12.yaml", TinyProject.DECEMBER_SIGNED)
        .file("content/vi/gioi-thieu.md", HEADER + "[a](b".repeat(52_000));
    assertTrue(Files.size(p.path("content/vi/gioi-thieu.md")) < 256 * 1024, "under the size limit");
    TinyProject.Run validate = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> p.run("validate"));
    assertEquals(1, validate.exit(), validate.out());
    assertTrue(validate.out().contains("content/vi/gioi-thieu.md:0:0: error[content-too-many-openers] Trang có quá nhiều dấu"
        + " mở liên kết hoặc ngoặc [ ( < ` (104000, tối đa 2000); đọc nó có thể mất hàng phút.\n"
        + "    The page has too many link or bracket openers [ ( < ` (104000, at most 2000); reading it could take minutes."),
        validate.out());
    TinyProject.Run build = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> p.run("build", "--out", dir.resolve("site").toString()));
    assertEquals(1, build.exit());
    assertFalse(Files.exists(dir.resolve("site")));
  }

  @Test
  void aPageWithOpenersExactlyAtTheLimitIsPublished() throws Exception {
    TinyProject p = TinyProject.withCommune(dir.resolve("p"))
        .file("data/hai-phong/hung-thang/2025-12.yaml", TinyProject.DECEMBER_SIGNED)
        .file("content/vi/gioi-thieu.md", HEADER + "[a](b) ".repeat(1000));
    TinyProject.Run validate = p.run("validate");
    assertEquals(0, validate.exit(), validate.out());
    p.file("content/vi/gioi-thieu.md", HEADER + "[a](b) ".repeat(1000) + "(");
    assertTrue(p.run("validate").out().contains("error[content-too-many-openers]"));
  }

  @Test
  void aPageThatReadsTooSlowlyStopsTheBuildNamingTheFile() throws Exception {
    TinyProject p = TinyProject.withCommune(dir.resolve("p")).file("content/vi/gioi-thieu.md", HEADER + "[a](b) ".repeat(1000));
    Stop stop = assertThrows(Stop.class, () -> new ContentPages(0).read(p.root()));
    assertEquals("content/vi/gioi-thieu.md:0:0: error[content-too-slow] Đọc trang mất hơn 0 giây nên đã dừng.\n"
        + "    Reading the page took more than 0 seconds, so it was stopped.",
        stop.problem().format().lines().limit(2).reduce((a, b) -> a + "\n" + b).orElseThrow());
  }
}
