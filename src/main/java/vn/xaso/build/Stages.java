package vn.xaso.build;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.ToIntFunction;

/**
 * The stages of one build as they run: each is announced to the listener, timed, and its figures
 * kept. {@link #stage} is the one place that does it, so no stage can forget to tell the
 * listener it finished or time itself differently from the others.
 */
final class Stages implements BuildListener {
  static final String FILES = "tệp/files";
  static final String REPORTS = "báo cáo/reports";
  static final String PROVINCES = "tỉnh/provinces";

  /** A stage's work. An exception ends the build there: the stage is then not reported as finished. */
  @FunctionalInterface
  interface Work<T> {
    T run() throws IOException;
  }

  private final BuildListener listener;
  private final List<Stage> finished = new ArrayList<>();

  Stages(BuildListener listener) {
    this.listener = listener;
  }

  /**
   * Runs one stage: tells the listener it started ({@code done} counts its progress, e.g. files
   * written so far), times {@code work}, then reports it finished with {@code items(value)}
   * things of {@code unit} handled. Returns what {@code work} returned.
   */
  <T> T stage(String name, IntSupplier done, String unit, Work<T> work, ToIntFunction<? super T> items)
      throws IOException {
    started(name, done);
    Stage.Clock clock = new Stage.Clock(name);
    T value = work.run();
    finished(clock.end(items.applyAsInt(value), unit));
    return value;
  }

  /** The stages finished so far, in order. */
  List<Stage> list() {
    return List.copyOf(finished);
  }

  @Override
  public void started(String stage, IntSupplier done) {
    listener.started(stage, done);
  }

  @Override
  public void finished(Stage stage) {
    finished.add(stage);
    listener.finished(stage);
  }
}
