package vn.xaso.build;

import java.util.function.IntSupplier;

/** Hears about a build's stages as they start and end, e.g. to show progress on a terminal. */
public interface BuildListener {
  BuildListener NONE = new BuildListener() {};

  /** A stage starts; {@code done} counts what it has handled so far (files written), or stays 0. */
  default void started(String stage, IntSupplier done) {}

  default void finished(Stage stage) {}
}
