package vn.xaso.serve;

import java.util.List;

/** The outcome of the latest build: its number, whether it succeeded, and the problems to show. */
public record BuildState(long number, boolean ok, List<String> problems) {
  public BuildState {
    problems = List.copyOf(problems);
  }
}
