package vn.xaso.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.testing.TinyProject;

/**
 * Issue #11, item 8: what hung or crashed the tool ends as a problem of the catalogue, with the
 * file and a hint, exit 1 (2 for usage), no stack trace and no staging folder left.
 */
class HangsAndCrashesTest {
  private static final String HEADER = "title=Trang\ntype=page\nstatus=published\n~~~~~~\n\n";

  @TempDir Path dir;

  private static void noTrace(TinyProject.Run run) {
    assertFalse(run.err().contains("\tat ") || run.out().contains("\tat "), run.out() + run.err());
    assertFalse(run.err().contains("Exception") || run.out().contains("Exception"), run.out() + run.err());
  }

  private void noStaging() throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(0, s.filter(f -> f.getFileName().toString().contains(".staging-")).count());
    }
  }

  @Test
  void aPipeNamedLikeAContentPageIsRefusedWithoutOpeningIt() throws Exception {
    TinyProject p = TinyProject.withCommune(dir.resolve("p"));
    Files.createDirectories(p.path("content/vi"));
    assertEquals(0, new ProcessBuilder("mkfifo", p.path("content/vi/zz.md").toString()).start().waitFor());

    TinyProject.Run run = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> p.run("build", "--out", dir.resolve("site").toString()));

    assertEquals(1, run.exit(), run.out());
    assertTrue(run.out().contains("content/vi/zz.md:0:0: error[content-special-file] content/vi/zz.md không phải tệp thường"
        + " (ống dẫn, thiết bị, socket hoặc liên kết).\n    content/vi/zz.md is not a regular file (a pipe, device, socket"
        + " or link)."), run.out());
    noTrace(run);
    noStaging();
  }

  @Test
  void aThousandNestedQuotesInAPageAreRefusedNotAStackOverflow() throws Exception {
    TinyProject p = TinyProject.withCommune(dir.resolve("p")).file("content/vi/deep.md", HEADER + ">".repeat(1000) + " x\n");

    TinyProject.Run run = p.run("build", "--out", dir.resolve("site").toString());

    assertEquals(1, run.exit(), run.out());
    assertTrue(run.out().contains("content/vi/deep.md:6:1: error[content-too-complex] Trang lồng quá sâu để đọc"
        + " (trích dẫn > hoặc danh sách trong nhau).\n    The page is nested too deeply to read"), run.out());
    noTrace(run);
    noStaging();
  }

  @Test
  void aHugeSparseFileUnderDataIsRefusedFromItsSizeNotHashed() throws Exception {
    TinyProject p = TinyProject.withCommune(dir.resolve("p"));
    try (RandomAccessFile f = new RandomAccessFile(p.path("data/hai-phong/hung-thang/2025-10.yaml").toFile(), "rw")) {
      f.setLength(3L << 30);
    }

    TinyProject.Run run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> p.run("build"));

    assertEquals(1, run.exit(), run.out() + run.err());
    assertTrue(run.out().contains("2025-10.yaml:0:0: error[file-too-large] Tệp quá lớn (3221225472 byte"), run.out());
    noTrace(run);
  }

  @Test
  void aBaseUrlJavaCannotReadIsRefusedByValidate() throws Exception {
    TinyProject p = TinyProject.withCommune(dir.resolve("p"))
        .file("content/site.yaml", TinyProject.SITE.replace("https://example.org/xaso/", "https://x.org/a|b/"));

    TinyProject.Run run = p.run("build", "--out", dir.resolve("site").toString());

    assertEquals(1, run.exit(), run.out());
    assertTrue(run.out().contains("content/site.yaml:3:11: error[bad-url] base_url: https://x.org/a|b/ không phải địa chỉ"
        + " web hợp lệ.\n    https://x.org/a|b/ is not a valid web address."), run.out());
    noTrace(run);
  }

  @Test
  void aCachePathThatIsAFileIsAProblemAndNothingIsWritten() throws Exception {
    TinyProject p = TinyProject.withCommune(dir.resolve("p")).file("target/xaso-cache", "not a folder");

    TinyProject.Run run = p.run("build");

    assertEquals(1, run.exit(), run.out() + run.err());
    assertTrue(run.err().contains("error[cache-not-folder] Bộ đệm "), run.err());
    assertTrue(run.err().contains("xaso-cache is not a folder.\n    → Xóa hoặc đổi tên tệp"), run.err());
    assertFalse(Files.exists(p.path("target/site")));
    noTrace(run);
  }

  @Test
  void servePortOutOfRangeIsAUsageError() throws Exception {
    TinyProject.Run run = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> TinyProject.withCommune(dir.resolve("p")).run("serve", "--port", "99999"));

    assertEquals(2, run.exit(), run.out() + run.err());
    assertTrue(run.err().contains("--port:0:0: error[port-unavailable] Không mở được cổng 99999: 1–65535.\n"
        + "    Cannot listen on port 99999: 1–65535."), run.err());
    noTrace(run);
  }

  @Test
  void serveOnAPortInUseIsAUsageError() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      String port = Integer.toString(taken.getLocalPort());
      TinyProject.Run run = assertTimeoutPreemptively(Duration.ofSeconds(60),
          () -> TinyProject.withCommune(dir.resolve("p")).run("serve", "--port", port));

      assertEquals(2, run.exit(), run.out() + run.err());
      assertTrue(run.err().contains("error[port-unavailable] Không mở được cổng " + port + ": "), run.err());
      assertTrue(run.err().contains("→ Choose another port with --port (1–65535), or --port 0 for any free one."), run.err());
      noTrace(run);
    }
  }
}
