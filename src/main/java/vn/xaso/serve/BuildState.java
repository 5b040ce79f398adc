package vn.xaso.serve;

import java.util.List;
import vn.xaso.problem.JsonReport;
import vn.xaso.problem.Problem;

/**
 * The outcome of the latest build: its number, whether it succeeded, the problems to show over
 * the page as printed text, and the same errors as values for the status' report ({@code stats}
 * null before the first build).
 */
public record BuildState(long number, boolean ok, List<String> problems, List<Problem> errors, JsonReport.Stats stats) {
  public BuildState {
    problems = List.copyOf(problems);
    errors = List.copyOf(errors);
  }
}
