package vn.xaso.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.testing.TinyProject;

/** Issue #11, items 6 and 9: characters that hide text from reviewers are refused; CR-only files keep their lines. */
class HiddenTextTest {
  private static final String FILE = "data/hai-phong/hung-thang/2025-12.yaml";

  @TempDir Path dir;

  @Test
  void aLineSeparatorHidingASecondKeyIsRefused() throws Exception {
    // GitHub and grep show one line; YAML reads a second key, source.number: 99/BC-FAKE.
    TinyProject p = TinyProject.withCommune(dir).file(FILE, TinyProject.DECEMBER.replace(
        "  title: {vi: Báo cáo tháng 12}\n", "  title: {vi: Báo cáo tháng 12}\u2028  number: 99/BC-FAKE\n"));

    TinyProject.Run run = p.run("validate");

    assertEquals(1, run.exit(), run.out());
    assertTrue(run.out().contains(FILE + ":6:32: error[control-character] Ký tự điều khiển U+2028 không được phép.\n"
        + "    Control character U+2028 is not allowed."), run.out());
  }

  @Test
  void aParagraphSeparatorIsRefusedToo() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file(FILE, TinyProject.DECEMBER + "note: a\u2029b\n");

    TinyProject.Run run = p.run("validate");

    assertEquals(1, run.exit(), run.out());
    assertTrue(run.out().contains("error[control-character] Ký tự điều khiển U+2029 không được phép."), run.out());
  }

  @Test
  void noncharactersInANameAreRefused() throws Exception {
    TinyProject p = TinyProject.withCommune(dir)
        .file("data/hai-phong/hung-thang/commune.yaml", TinyProject.COMMUNE.replace("Hùng Thắng", "Hùng\uFFFEThắng"));
    TinyProject.Run run = p.run("validate");
    assertEquals(1, run.exit(), run.out());
    assertTrue(run.out().contains("commune.yaml:2:11: error[control-character] Ký tự điều khiển U+FFFE không được phép.\n"
        + "    Control character U+FFFE is not allowed."), run.out());

    p.file("data/hai-phong/hung-thang/commune.yaml", TinyProject.COMMUNE.replace("Hùng Thắng", "Hùng \"\\uFFFF\" Thắng")
        .replace("name: Hùng", "name: \"Hùng").replace("Thắng\n", "Thắng\"\n").replace("\"\\uFFFF\"", "\\uFFFF"));
    TinyProject.Run escaped = p.run("validate");
    assertEquals(1, escaped.exit(), escaped.out());
    assertTrue(escaped.out().contains("error[escaped-control-character] Giá trị chứa ký tự điều khiển U+FFFF"), escaped.out());
  }

  @Test
  void crOnlyLineEndingsReportProblemsAtTheirLine() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file(FILE,
        (TinyProject.DECEMBER + "procedures: {total: ten}\n").replace('\n', '\r'));

    TinyProject.Run run = p.run("validate");

    assertEquals(1, run.exit(), run.out());
    assertTrue(run.out().contains(FILE + ":7:21: error[not-integer] procedures.total"), run.out());
  }
}
