package vn.xaso.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;
import vn.xaso.build.BuildListener;
import vn.xaso.build.Stage;

/**
 * Shows a build's progress: on a terminal a line per stage as it runs; in logs (CI, pipes) only
 * the one-line summary, so logs stay short.
 */
final class ProgressPrinter implements BuildListener {
  private final PrintWriter out;
  private final boolean live;
  private final List<Stage> stages = new ArrayList<>();
  private Thread ticker;

  ProgressPrinter(PrintWriter out, boolean live) {
    this.out = out;
    this.live = live;
  }

  /** Live on an interactive terminal that is not CI. */
  static boolean interactive() {
    return System.console() != null && System.getenv("CI") == null;
  }

  @Override
  public void started(String stage, IntSupplier done) {
    if (!live) {
      return;
    }
    long start = System.nanoTime();
    ticker = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        out.printf(Locale.ROOT, "  … %-9s %,8d %-16s %7.1f s\r", stage, done.getAsInt(), "",
            (System.nanoTime() - start) / 1e9);
        out.flush();
        try {
          Thread.sleep(250);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "xaso-progress");
    ticker.setDaemon(true);
    ticker.start();
  }

  @Override
  public void finished(Stage stage) {
    stopTicker();
    stages.add(stage);
    if (live) {
      out.printf(Locale.ROOT, "  ✓ %-9s %,8d %-16s %7.2f s%n", stage.name(), stage.items(), stage.unit(),
          stage.millis() / 1000.0);
      out.flush();
    }
  }

  private void stopTicker() {
    if (ticker != null) {
      ticker.interrupt();
      try {
        ticker.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      ticker = null;
    }
  }

  /** "build: đọc 5 tệp, ghi 123 tệp trong 1,23 s / read 5 files, wrote 123 files in 1.23 s (load 0.10 s · …)". */
  String summary(int read, int written) {
    return summary(read, written, null);
  }

  /** The summary, saying after the stages whether the build was clean or incremental, and why. */
  String summary(int read, int written, String mode) {
    long total = stages.stream().mapToLong(Stage::millis).sum();
    StringBuilder parts = new StringBuilder();
    for (Stage s : stages) {
      parts.append(parts.length() == 0 ? "" : " · ").append(String.format(Locale.ROOT, "%s %.2f s", s.name(), s.millis() / 1000.0));
    }
    String seconds = String.format(Locale.ROOT, "%.2f", total / 1000.0);
    return "build: đọc " + read + " tệp, ghi " + written + " tệp trong " + seconds.replace('.', ',') + " s / read " + read
        + " files, wrote " + written + " files in " + seconds + " s (" + parts + ")" + (mode == null ? "" : "; " + mode);
  }
}
