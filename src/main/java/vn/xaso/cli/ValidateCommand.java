package vn.xaso.cli;

import java.io.PrintWriter;
import java.util.function.Predicate;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.xaso.build.Check;
import vn.xaso.problem.Problem;
import vn.xaso.problem.Problems;
import vn.xaso.problem.Severity;

/** {@code xaso validate}: reads and checks every data file, prints every problem, then a summary. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Kiểm tra toàn bộ dữ liệu trong data/.", "Checks every file under data/."})
public final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ProjectOption projectOption;

  @Option(names = "--github-annotations", defaultValue = "${env:GITHUB_ACTIONS:-false}", fallbackValue = "true",
      arity = "0..1",
      description = {"In thêm chú thích ::error cho GitHub (mặc định khi chạy trong GitHub Actions)",
          "Also print ::error annotations for GitHub (default when running in GitHub Actions)"})
  boolean github;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Check.Result result = new Check().run(projectOption.get());
    report(result.problems(), result.files(), out, github);
    return result.problems().hasErrors() ? 1 : 0;
  }

  /** Prints problems, GitHub annotations when asked, and the bilingual summary. */
  static void report(Problems problems, int files, PrintWriter out, boolean github) {
    report(problems, files, out, github, f -> true);
  }

  /**
   * As above, printing only the problems of files {@code shown} accepts: an incremental build
   * shows those of the files it read again, and counts the others, which did not change.
   */
  static void report(Problems problems, int files, PrintWriter out, boolean github, Predicate<String> shown) {
    int hidden = 0;
    for (Problem p : problems.all()) {
      if (!shown.test(p.file())) {
        hidden++;
        continue;
      }
      out.println(p.format());
      if (github) {
        out.println(p.githubAnnotation());
      }
    }
    long errors = problems.count(Severity.ERROR);
    long warnings = problems.count(Severity.WARNING);
    out.printf(Locale.ROOT, "%d tệp, %d lỗi, %d cảnh báo / %d files, %d errors, %d warnings%n",
        files, errors, warnings, files, errors, warnings);
    if (hidden > 0) {
      out.printf(Locale.ROOT, "(%d vấn đề ở các tệp không đổi không in lại; `xaso validate` in tất cả / %d problems in unchanged"
          + " files not shown again; `xaso validate` lists them all)%n", hidden, hidden);
    }
    out.flush();
  }
}
