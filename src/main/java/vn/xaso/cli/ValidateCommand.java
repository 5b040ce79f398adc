package vn.xaso.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.Locale;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.xaso.build.Check;
import vn.xaso.problem.Problem;
import vn.xaso.problem.Problems;
import vn.xaso.problem.Severity;

/**
 * {@code xaso validate [PATH...]}: reads and checks every data file, prints every problem (or only
 * those of the given files and folders), then a summary.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Kiểm tra toàn bộ dữ liệu trong data/, hoặc chỉ các tệp, thư mục được nêu (vẫn đối chiếu với"
        + " các tệp khác của cùng xã).",
        "Checks every file under data/, or only the given files and folders (still checked against the other"
        + " files of their commune)."})
public final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ProjectOption projectOption;

  @Option(names = "--github-annotations", defaultValue = "${env:GITHUB_ACTIONS:-false}", fallbackValue = "true",
      arity = "0..1",
      description = {"In thêm chú thích ::error cho GitHub (mặc định khi chạy trong GitHub Actions)",
          "Also print ::error annotations for GitHub (default when running in GitHub Actions)"})
  boolean github;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = {"Tệp hoặc thư mục cần kiểm tra, ví dụ data/hai-phong/hung-thang/2025-12.yaml (mặc định: tất cả)",
          "Files or folders to check, e.g. data/hai-phong/hung-thang/2025-12.yaml (default: everything)"})
  List<Path> paths = List.of();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<String> only = inProject(paths);
    // The whole project is read even for one file: the rules across a commune's reports need the others.
    Check.Result result = new Check().run(projectOption.get());
    if (only.isEmpty()) {
      report(result.problems(), result.files(), out, github);
      return result.problems().hasErrors() ? 1 : 0;
    }
    Predicate<String> shown = file -> only.stream().anyMatch(o -> file.equals(o) || file.startsWith(o + "/"));
    return reportOnly(result.problems(), files(only), out, github, shown);
  }

  /** The given paths relative to the project, with forward slashes; bad usage when one is missing or outside. */
  private List<String> inProject(List<Path> given) {
    Path project = projectOption.get().toAbsolutePath().normalize();
    List<String> out = new ArrayList<>();
    for (Path p : given) {
      Path file = p.isAbsolute() || Files.exists(p) ? p : project.resolve(p);
      Path abs = file.toAbsolutePath().normalize();
      if (!Files.exists(abs)) {
        throw new ParameterException(spec.commandLine(), "Không có tệp hoặc thư mục " + p + " / No file or folder " + p);
      }
      if (!abs.startsWith(project)) {
        throw new ParameterException(spec.commandLine(),
            p + " không nằm trong dự án " + project + " / " + p + " is not inside the project " + project);
      }
      String relative = project.relativize(abs).toString().replace('\\', '/');
      if (relative.isEmpty()) {
        return List.of();
      }
      out.add(relative);
    }
    return out;
  }

  /** How many YAML files lie under the given project-relative paths. */
  private long files(List<String> only) throws IOException {
    long n = 0;
    for (String o : only) {
      try (Stream<Path> s = Files.walk(projectOption.get().resolve(o.isEmpty() ? "." : o))) {
        n += s.filter(f -> f.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(f)).count();
      }
    }
    return n;
  }

  /**
   * Prints only the problems of the files {@code shown} accepts, and a summary of those: exit 1 when
   * they hold an error, whatever the other files hold.
   */
  static int reportOnly(Problems problems, long files, PrintWriter out, boolean github, Predicate<String> shown) {
    Printed printed = print(problems, out, github, shown);
    summary(out, files, printed.errors(), printed.warnings());
    if (printed.hidden() > 0) {
      out.printf(Locale.ROOT, "(%d vấn đề ở các tệp khác không in; `xaso validate` in tất cả / %d problems in other"
          + " files not shown; `xaso validate` lists them all)%n", printed.hidden(), printed.hidden());
    }
    out.flush();
    return printed.errors() > 0 ? 1 : 0;
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
    int hidden = print(problems, out, github, shown).hidden();
    summary(out, files, problems.count(Severity.ERROR), problems.count(Severity.WARNING));
    if (hidden > 0) {
      out.printf(Locale.ROOT, "(%d vấn đề ở các tệp không đổi không in lại; `xaso validate` in tất cả / %d problems in unchanged"
          + " files not shown again; `xaso validate` lists them all)%n", hidden, hidden);
    }
    out.flush();
  }

  /** The errors and warnings among the problems printed, and how many others were left out. */
  private record Printed(long errors, long warnings, int hidden) {}

  private static Printed print(Problems problems, PrintWriter out, boolean github, Predicate<String> shown) {
    long errors = 0;
    long warnings = 0;
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
      errors += p.severity() == Severity.ERROR ? 1 : 0;
      warnings += p.severity() == Severity.WARNING ? 1 : 0;
    }
    return new Printed(errors, warnings, hidden);
  }

  private static void summary(PrintWriter out, long files, long errors, long warnings) {
    out.printf(Locale.ROOT, "%d tệp, %d lỗi, %d cảnh báo / %d files, %d errors, %d warnings%n",
        files, errors, warnings, files, errors, warnings);
  }
}
