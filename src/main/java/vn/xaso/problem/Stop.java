package vn.xaso.problem;

import java.util.Map;
import vn.xaso.model.Lang;

/**
 * A problem that stops a command outright (an output folder the tool may not replace, a full
 * disk, a busy port), thrown from where it is found and printed by the command line as any
 * other problem: in both languages, with its hint, never as a stack trace. {@code usage} marks
 * a mistake in the command's arguments (exit 2) rather than in the data or the machine (exit 1).
 */
public final class Stop extends RuntimeException {
  private final transient Problem problem;
  private final boolean usage;

  public Stop(Problem problem, boolean usage) {
    super(problem.code().id() + ": " + problem.message(Lang.EN), null, false, false);
    this.problem = problem;
    this.usage = usage;
  }

  /** A problem with a whole file or folder, not a position in it. */
  public static Stop of(String file, Code code, Map<String, Object> args) {
    return new Stop(new Problem(file, Position.FILE, "", code, args), false);
  }

  /** As {@link #of}, for a mistake in the command's arguments. */
  public static Stop usage(String file, Code code, Map<String, Object> args) {
    return new Stop(new Problem(file, Position.FILE, "", code, args), true);
  }

  public Problem problem() {
    return problem;
  }

  public boolean usage() {
    return usage;
  }
}
