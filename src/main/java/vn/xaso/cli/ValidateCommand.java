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
import vn.xaso.problem.JsonReport;
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

  /** How problems are printed: text for people (the default), JSON for programs. */
  enum Format { text, json }

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = {"Dạng kết quả: text (mặc định) hoặc json (xem docs/errors.md)",
          "Output format: text (default) or json (see docs/errors.md)"})
  Format format;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = {"Tệp hoặc thư mục cần kiểm tra, ví dụ data/hai-phong/hung-thang/2025-12.yaml (mặc định: tất cả)",
          "Files or folders to check, e.g. data/hai-phong/hung-thang/2025-12.yaml (default: everything)"})
  List<Path> paths = List.of();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path project = projectOption.get();
    List<String> only = inProject(paths);
    // The whole project is read even for one file: the rules across a commune's reports need the others.
    Check.Result result = new Check().run(project);
    Predicate<String> shown = only.isEmpty() ? file -> true
        : file -> only.stream().anyMatch(o -> file.equals(o) || file.startsWith(o + "/"));
    if (format == Format.json) {
      return json(result, only.isEmpty() ? result.files() : files(only), shown, only.isEmpty(), out);
    }
    // What the transcription may have missed: numbers of each kept text recorded nowhere.
    vn.xaso.evidence.Unrecorded.of(project, result.data(), new vn.xaso.schema.Schema()).stream()
        .filter(u -> shown.test(u.file())).forEach(u -> out.println(u.line()));
    if (only.isEmpty()) {
      report(result.problems(), result.files(), out, github, new SourceExcerpt(project));
      return result.problems().hasErrors() ? Main.INVALID : Main.OK;
    }
    return reportOnly(result.problems(), files(only), out, github, shown, new SourceExcerpt(project));
  }

  /**
   * Prints the check as one JSON object ({@link JsonReport}); GitHub annotations, when asked for,
   * go to the error stream so the output stays one parseable object.
   */
  private int json(Check.Result result, long files, Predicate<String> shown, boolean everything, PrintWriter out) {
    List<Problem> listed = result.problems().all().stream().filter(p -> shown.test(p.file())).toList();
    if (github) {
      PrintWriter err = spec.commandLine().getErr();
      listed.forEach(p -> err.println(p.githubAnnotation()));
      err.flush();
    }
    // Counted, not listed: a file's problems past its limit are in the whole project's counts only.
    long errors = everything ? result.problems().count(Severity.ERROR)
        : listed.stream().filter(p -> p.severity() == Severity.ERROR).count();
    long warnings = everything ? result.problems().count(Severity.WARNING)
        : listed.stream().filter(p -> p.severity() == Severity.WARNING).count();
    int reports = (int) result.data().reports().stream().filter(r -> shown.test(r.file())).count();
    int communes = (int) result.data().communes().stream().filter(c -> shown.test(c.file())).count();
    out.println(JsonReport.write(JsonReport.of(listed,
        new JsonReport.Stats((int) files, reports, communes, errors, warnings)), true));
    out.flush();
    return errors > 0 ? Main.INVALID : Main.OK;
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
  static int reportOnly(Problems problems, long files, PrintWriter out, boolean github, Predicate<String> shown,
      SourceExcerpt excerpt) {
    Printed printed = print(problems, out, github, shown, excerpt);
    summary(out, files, printed.errors(), printed.warnings());
    if (printed.hidden() > 0) {
      out.printf(Locale.ROOT, "(%d vấn đề ở các tệp khác không in; `xaso validate` in tất cả / %d problems in other"
          + " files not shown; `xaso validate` lists them all)%n", printed.hidden(), printed.hidden());
    }
    out.flush();
    return printed.errors() > 0 ? Main.INVALID : Main.OK;
  }

  /** Prints problems, GitHub annotations when asked, and the bilingual summary. */
  static void report(Problems problems, int files, PrintWriter out, boolean github, SourceExcerpt excerpt) {
    report(problems, files, out, github, f -> true, excerpt);
  }

  /**
   * As above, printing only the problems of files {@code shown} accepts: an incremental build
   * shows those of the files it read again, and counts the others, which did not change.
   */
  static void report(Problems problems, int files, PrintWriter out, boolean github, Predicate<String> shown,
      SourceExcerpt excerpt) {
    int hidden = print(problems, out, github, shown, excerpt).hidden();
    summary(out, files, problems.count(Severity.ERROR), problems.count(Severity.WARNING));
    if (hidden > 0) {
      out.printf(Locale.ROOT, "(%d vấn đề ở các tệp không đổi không in lại; `xaso validate` in tất cả / %d problems in unchanged"
          + " files not shown again; `xaso validate` lists them all)%n", hidden, hidden);
    }
    out.flush();
  }

  /** The errors and warnings among the problems printed, and how many others were left out. */
  private record Printed(long errors, long warnings, int hidden) {}

  /** Each problem, then the line it points at with a caret, then its GitHub annotation when asked for. */
  private static Printed print(Problems problems, PrintWriter out, boolean github, Predicate<String> shown,
      SourceExcerpt excerpt) {
    long errors = 0;
    long warnings = 0;
    int hidden = 0;
    for (Problem p : problems.all()) {
      if (!shown.test(p.file())) {
        hidden++;
        continue;
      }
      out.println(p.format() + excerpt.of(p));
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
