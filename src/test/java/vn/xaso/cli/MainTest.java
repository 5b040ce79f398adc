package vn.xaso.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** Issue #11, item 8: whatever escapes a command is a problem of the catalogue with its exit code, never a stack trace. */
class MainTest {
  private static String printed(Throwable e, int expected) {
    StringWriter err = new StringWriter();
    assertEquals(expected, Main.stopped(e, new PrintWriter(err, true)));
    assertFalse(err.toString().contains("\tat "), err.toString());
    return err.toString();
  }

  @Test
  void aFaultInTheToolIsAnInternalErrorWithExitThree() {
    String err = printed(new IllegalStateException("Two pages share a path"), Main.INTERNAL);
    assertTrue(err.startsWith("xaso:0:0: error[internal-error] Lỗi nội bộ của Xã Số (IllegalStateException: Two pages share"
        + " a path).\n    Internal error in Xã Số (IllegalStateException: Two pages share a path).\n"
        + "    → Đây là lỗi của công cụ, không phải của dữ liệu;"), err);
  }

  @Test
  void aFullDiskIsAFileSystemProblemWithExitOne() {
    String err = printed(new UncheckedIOException(new java.nio.file.FileSystemException("/out/.site.staging-1/index.html",
        null, "No space left on device")), Main.INVALID);
    assertTrue(err.contains("error[file-system] Lỗi đọc/ghi /out/.site.staging-1/index.html: No space left on device.\n"
        + "    Reading or writing /out/.site.staging-1/index.html failed: No space left on device.\n"
        + "    → Kiểm tra chỗ trống trên đĩa, quyền ghi và độ dài tên; trang cũ vẫn giữ nguyên."), err);
  }

  @Test
  void helpListsTheExitCodes() {
    StringWriter out = new StringWriter();
    assertEquals(0, Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "--help"));
    assertTrue(out.toString().contains("Mã thoát / Exit codes:\n  0   xong / success\n"
        + "  1   dữ liệu sai hoặc dựng không thành / invalid data or failed build\n  2   dùng lệnh sai / bad usage\n"
        + "  3   lỗi nội bộ của công cụ / internal fault in the tool"), out.toString());
  }
}
