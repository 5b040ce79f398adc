package vn.xaso.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.testing.TinyProject;

/**
 * Issue #22, item 6: Ctrl-C during a build left its staging folder beside the output and printed
 * nothing. A real JVM is started on a copy of the project's sample, sent SIGINT while it stages,
 * and must remove the staging folder, keep the previous site and say so in both languages.
 * Skipped, saying why, when this JVM was started with SIGINT ignored (a background job of a shell
 * without job control, such as {@code nohup sh -c '.ci/run' &}): the child inherits the ignored
 * signal, so no Ctrl-C can reach it and the build runs to its end (exit 0).
 */
class InterruptTest {
  @TempDir Path dir;

  private Optional<Path> staging() throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().startsWith(".site.staging-")).findFirst();
    }
  }

  /** Whether SIGINT is ignored in this process, as /proc/self/status's mask of ignored signals says (bit 1). */
  private static boolean interruptIgnored() throws Exception {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return false;
    }
    return Files.readAllLines(status).stream().filter(l -> l.startsWith("SigIgn:")).findFirst()
        .map(l -> (Long.parseUnsignedLong(l.substring("SigIgn:".length()).strip(), 16) & 0x2) != 0).orElse(false);
  }

  @Test
  void ctrlCDuringABuildRemovesTheStagingFolderAndSaysSoInBothLanguages() throws Exception {
    assumeFalse(interruptIgnored(), "SIGINT is ignored in this process (started in the background without job control):"
        + " a child it starts cannot be interrupted");
    Path project = TinyProject.copyOfSample(dir.resolve("p"));
    Path site = dir.resolve("site");
    Files.createDirectories(site);
    Files.writeString(site.resolve(".xaso-output"), "");
    Files.writeString(site.resolve("index.html"), "the previous site");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path err = dir.resolve("err.txt");
    Process build = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "vn.xaso.cli.Main", "build",
        "--no-cache", "--project", project.toString(), "--out", site.toString())
        .redirectError(err.toFile()).redirectOutput(dir.resolve("out.txt").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (staging().isEmpty() && build.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertTrue(staging().isPresent(), "the build was seen staging");
    assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(build.pid())).start().waitFor());
    assertTrue(build.waitFor(60, TimeUnit.SECONDS));

    assertNotEquals(0, build.exitValue());
    String said = Files.readString(err, StandardCharsets.UTF_8);
    assertTrue(said.contains(site + ":0:0: error[interrupted] Đã dừng theo yêu cầu (Ctrl-C): đã xóa thư mục tạm, " + site
        + " giữ nguyên như trước.\n    Stopped on request (Ctrl-C): the staging folder was removed, " + site
        + " is as it was."), said);
    assertFalse(staging().isPresent(), "no staging folder left");
    assertEquals("the previous site", Files.readString(site.resolve("index.html")));
  }
}
