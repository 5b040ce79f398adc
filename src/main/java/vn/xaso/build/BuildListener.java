package vn.xaso.build;

/** Hears about a build's stages as they start and end, e.g. to show progress on a terminal. */
public interface BuildListener {
  BuildListener NONE = new BuildListener() {};

  default void started(String stage) {}

  default void finished(Stage stage) {}
}
