package vn.xaso.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.testing.TinyProject;

/**
 * Issue #22, item 4: a result that cannot be written is a failure. {@code validate --format json >
 * /dev/full} and {@code validate} with standard output closed exited 0 having written nothing; run
 * here as a separate JVM, so the real standard output is what fails.
 */
class FailedWriteTest {
  @TempDir Path dir;

  private record Ran(int exit, String err) {}

  private Ran validate(String shell) throws Exception {
    TinyProject p = TinyProject.withCommune(dir.resolve("p"))
        .file("data/hai-phong/hung-thang/2025-12.yaml", TinyProject.DECEMBER_SIGNED);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String command = "exec '" + java + "' -cp '" + System.getProperty("java.class.path") + "' vn.xaso.cli.Main validate"
        + " --format json --project '" + p.root() + "' " + shell;
    Path err = dir.resolve("err.txt");
    Process run = new ProcessBuilder(List.of("sh", "-c", command)).redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    assertTrue(run.waitFor(60, TimeUnit.SECONDS));
    return new Ran(run.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void validateAsJsonIntoAFullDiskFailsAndSaysSo() throws Exception {
    Ran ran = validate("> /dev/full");
    assertEquals(1, ran.exit(), ran.err());
    assertTrue(ran.err().contains("xaso:0:0: error[output-write-failed] Không ghi được kết quả ra đầu ra chuẩn.\n"
        + "    The result could not be written to standard output."), ran.err());
  }

  @Test
  void validateWithStandardOutputClosedFailsAndSaysSo() throws Exception {
    Ran ran = validate(">&-");
    assertEquals(1, ran.exit(), ran.err());
    assertTrue(ran.err().contains("error[output-write-failed]"), ran.err());
  }

  @Test
  void validateIntoAFileStillSucceeds() throws Exception {
    Ran ran = validate("> '" + dir.resolve("out.json") + "'");
    assertEquals(0, ran.exit(), ran.err());
    assertTrue(Files.readString(dir.resolve("out.json")).contains("\"valid\""));
  }
}
