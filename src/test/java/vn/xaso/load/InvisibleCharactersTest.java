package vn.xaso.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.problem.Code;
import vn.xaso.testing.TinyProject;

/**
 * Issue #22, item 6: zero-width and soft-hyphen characters passed in values ("Hùng\u200BThắng" is
 * another name to a search, the same to a reader) and printed raw in messages. They are refused
 * where they stand, and every message shows them as {@code \\uXXXX}.
 */
class InvisibleCharactersTest {
  private static final String FILE = "data/hai-phong/hung-thang/2025-12.yaml";
  @TempDir Path dir;

  @Test
  void aZeroWidthSpaceInAValueIsRefusedAtItsLineAndColumn() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file(FILE, TinyProject.DECEMBER.replace(
        "{vi: UBND xã Hùng Thắng}", "{vi: UBND xã Hùng\u200BThắng}"));
    TinyProject.Run run = p.run("validate");
    assertEquals(1, run.exit(), run.out());
    assertTrue(run.out().contains(FILE + ":4:28: error[invisible-character] Ký tự vô hình U+200B (dấu cách không độ rộng,"
        + " gạch nối mềm hoặc dấu hướng chữ) không được phép.\n"
        + "    Invisible character U+200B (a zero-width space, soft hyphen or direction mark) is not allowed."), run.out());
  }

  @Test
  void aSoftHyphenInAValueIsRefused() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file(FILE, TinyProject.DECEMBER.replace("Báo cáo", "Báo\u00ADcáo"));
    TinyProject.Run run = p.run("validate");
    assertEquals(1, run.exit(), run.out());
    assertTrue(run.out().contains("error[invisible-character] Ký tự vô hình U+00AD"), run.out());
  }

  @Test
  void aZeroWidthJoinerWrittenAsAnEscapeIsRefusedToo() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file(FILE, TinyProject.DECEMBER.replace(
        "{vi: Báo cáo tháng 12}", "{vi: \"Báo cáo\\u200Dtháng 12\"}"));
    TinyProject.Run run = p.run("validate");
    assertEquals(1, run.exit(), run.out());
    assertTrue(run.out().contains("error[escaped-control-character]"), run.out());
  }

  @Test
  void invisibleCharactersAreNeverPrintedRawInAMessage() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file(FILE, TinyProject.DECEMBER + "no\u00ADte\u200B: x\n");
    TinyProject.Run run = p.run("validate");
    assertEquals(1, run.exit());
    for (char c : new char[] {'\u00AD', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\uFEFF'}) {
      assertTrue(Code.invisibleCharacter(c), Integer.toHexString(c));
      assertEquals(String.format("a\\u%04Xb", (int) c), Code.visible("a" + c + "b"));
    }
    assertFalse(run.out().contains("\u00AD") || run.out().contains("\u200B"), run.out());
    assertFalse(Code.invisibleCharacter('a') || Code.invisibleCharacter('ễ') || Code.invisibleCharacter(' '));
  }
}
