package vn.xaso.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.testing.TinyProject;

/**
 * Issue #22, item 6, the command line: every option error in both languages, {@code help} never
 * pointing at {@code schema} (which rewrites files) as if harmless, and {@code new --name}
 * refusing what would write a second key or make the name read otherwise.
 */
class CommandLineTrustTest {
  @TempDir Path dir;

  private TinyProject project() throws Exception {
    return TinyProject.withCommune(dir.resolve("p"));
  }

  private static TinyProject.Run run(String... args) {
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    int exit = Main.run(new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true), args);
    return new TinyProject.Run(exit, out.toString(), err.toString());
  }

  @Test
  void helpIsACommandAndATypoNeverSuggestsSchema() throws Exception {
    TinyProject.Run help = run("help");
    assertEquals(0, help.exit(), help.err());
    assertTrue(help.out().contains("schema    GHI ĐÈ docs/schema/*.schema.json và docs/data-dictionary.md"), help.out());
    assertTrue(help.out().contains("help      Hướng dẫn của một lệnh"), help.out());
    assertTrue(run("help", "schema").out().contains("OVERWRITES docs/schema/*.schema.json"));
    TinyProject.Run typo = run("schem");
    assertEquals(2, typo.exit());
    assertFalse(typo.err().contains("schema"), typo.err());
    assertTrue(typo.err().contains("xaso:0:0: error[usage-unknown] Không hiểu đối số schem. Có phải ý bạn là: help?\n"
        + "    Unknown argument schem. Did you mean: help?"), typo.err());
    assertTrue(run("hepl").err().contains("error[usage-unknown] Không hiểu đối số hepl. Có phải ý bạn là:"
        + " help?\n    Unknown argument hepl. Did you mean: help?"));
  }

  @Test
  void anUnknownOptionIsToldInBothLanguages() throws Exception {
    TinyProject.Run run = project().run("build", "--prot", "3");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("error[usage-unknown] Không hiểu đối số --prot 3."), run.err());
    assertTrue(run.err().contains("    → See the commands and options: java -jar xaso.jar --help"), run.err());
  }

  @Test
  void aValueOfTheWrongFormIsToldInBothLanguages() throws Exception {
    TinyProject.Run run = project().run("serve", "--port", "abc");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("xaso:0:0: error[usage-value] Giá trị abc không dùng được cho --port.\n"
        + "    Value abc cannot be used for --port."), run.err());
  }

  @Test
  void aMissingRequiredOptionIsToldInBothLanguages() throws Exception {
    TinyProject.Run run = project().run("new", "--period", "2026-01-01..2026-01-31");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("xaso:0:0: error[usage-missing] Thiếu --commune.\n    Missing --commune."), run.err());
  }

  @Test
  void twoOptionsThatExcludeEachOtherAreToldInBothLanguages() throws Exception {
    TinyProject.Run run = project().run("new", "--commune", "hung-thang", "--period", "2026-01-01..2026-01-31",
        "--as-of", "2026-01-31");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("xaso:0:0: error[usage-other] Lệnh dùng sai: chỉ dùng một trong --period, --as-of.\n"
        + "    Bad usage: use only one of --period, --as-of."), run.err());
  }

  @Test
  void newRefusesANameWithANewline() throws Exception {
    TinyProject p = project();
    TinyProject.Run run = p.run("new", "--commune", "tan-lap", "--province", "hai-phong", "--name", "Tân Lập\nslug: evil");
    assertEquals(2, run.exit(), run.out());
    assertTrue(run.err().contains("--name Tân Lập\\u000Aslug: evil chứa ký tự điều khiển"), run.err());
    assertFalse(Files.exists(p.path("data/hai-phong/tan-lap")));
  }

  @Test
  void newRefusesANameWithABidiControlOrAZeroWidthSpace() throws Exception {
    TinyProject p = project();
    TinyProject.Run run = p.run("new", "--commune", "tan-lap", "--province", "hai-phong", "--name", "Tân \u202ELập");
    assertEquals(2, run.exit(), run.out());
    assertTrue(run.err().contains("Tân \\u202ELập"), "printed escaped, never raw: " + run.err());
    assertFalse(run.err().contains("\u202E"));
    assertEquals(2, p.run("new", "--commune", "tan-lap", "--province", "hai-phong", "--name", "Tân\u200BLập").exit());
    assertFalse(Files.exists(p.path("data/hai-phong/tan-lap")));
  }
}
