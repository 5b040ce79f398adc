package vn.xaso.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.xaso.build.Stage;

class ProgressPrinterTest {
  @Test
  void onATerminalALongStageShowsItsCountAndTimeWhileItRuns() throws Exception {
    StringWriter text = new StringWriter();
    ProgressPrinter p = new ProgressPrinter(new PrintWriter(text, true), true);
    AtomicInteger written = new AtomicInteger();

    // The count is set before the stage starts, and the test waits for the ticker's line instead
    // of sleeping for a time it hopes is long enough.
    written.set(12_345);
    p.started("pages", written::get);
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (!text.toString().contains("  … pages       12,345") && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    p.finished(new Stage("pages", 12_345, "tệp/files", 600, 0));

    assertTrue(text.toString().contains("  … pages       12,345"), text.toString());
    assertTrue(text.toString().endsWith("  ✓ pages       12,345 tệp/files           0.60 s\n"), text.toString());
  }

  @Test
  void inLogsOnlyTheSummaryIsPrinted() {
    StringWriter text = new StringWriter();
    ProgressPrinter p = new ProgressPrinter(new PrintWriter(text, true), false);

    p.started("load", () -> 0);
    p.finished(new Stage("load", 5, "tệp/files", 120, 0));

    assertEquals("", text.toString());
    assertEquals("build: đọc 5 tệp, ghi 7 tệp trong 0,12 s / read 5 files, wrote 7 files in 0.12 s (load 0.12 s)",
        p.summary(5, 7));
  }
}
