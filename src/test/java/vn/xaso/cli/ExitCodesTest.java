package vn.xaso.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.xaso.problem.Code;
import vn.xaso.problem.Stop;
import vn.xaso.testing.TinyProject;

/** The exit codes are named once, listed under every command's help, and whatever a command throws maps to one. */
class ExitCodesTest {
  private static final String LIST = "Mã thoát / Exit codes:\n  0   xong / success\n"
      + "  1   dữ liệu sai hoặc dựng không thành / invalid data or failed build\n  2   dùng lệnh sai / bad usage\n"
      + "  3   lỗi nội bộ của công cụ / internal fault in the tool\n";

  @TempDir Path dir;

  @Test
  void everyCommandsHelpListsTheExitCodes() {
    for (String command : List.of("validate", "build", "data", "new", "import", "serve", "sample", "schema")) {
      StringWriter out = new StringWriter();
      assertEquals(Main.OK, Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), command, "--help"));
      assertTrue(out.toString().contains("\n" + LIST), command + ":\n" + out);
    }
  }

  @Test
  void whatACommandThrowsMapsToItsCode() {
    assertEquals(Main.USAGE, Main.exitCode(Stop.usage("--out", Code.OUT_IS_FILE, Map.of("path", "x"))));
    assertEquals(Main.INVALID, Main.exitCode(Stop.of("data", Code.NO_DATA, Map.of("dir", "x"))));
    assertEquals(Main.INVALID, Main.exitCode(new UncheckedIOException(new java.io.IOException("disk full"))));
    assertEquals(Main.USAGE, Main.exitCode(new CommandLine.ParameterException(new CommandLine(new Main()), "bad")));
    assertEquals(Main.INTERNAL, Main.exitCode(new IllegalStateException("a bug")));
    assertEquals(Main.INTERNAL, Main.exitCode(new StackOverflowError()));
  }

  @Test
  void buildAndValidateTakeTheSameAnnotationsOption() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file("data/hai-phong/hung-thang/2025-12.yaml",
        TinyProject.DECEMBER_SIGNED + "dossiers: {received: 1, resolved: 2, carried_over: 0}\n");
    for (String command : List.of("validate", "build", "data")) {
      TinyProject.Run on = p.run(command, "--github-annotations");
      TinyProject.Run off = p.run(command, "--github-annotations=false");
      assertEquals(Main.INVALID, on.exit(), command + on.out() + on.err());
      assertTrue(on.out().contains("::error file=data/hai-phong/hung-thang/2025-12.yaml,line=9,col=25,title=exceeds"),
          command + on.out());
      assertTrue(!off.out().contains("::error"), command + off.out());
    }
  }
}
