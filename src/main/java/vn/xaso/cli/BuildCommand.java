package vn.xaso.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.xaso.build.Build;
import vn.xaso.problem.Code;
import vn.xaso.problem.Stop;
import vn.xaso.site.SafeUrl;
import vn.xaso.publish.OutputFolder;

/** {@code xaso build}: validates, then writes the whole site with its open data. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = {"Kiểm tra dữ liệu rồi tạo trang web và dữ liệu mở.", "Validates the data, then builds the site and open data."})
public final class BuildCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ProjectOption projectOption;

  @Option(names = "--out", paramLabel = "DIR",
      description = {"Thư mục kết quả / output folder (mặc định / default: <project>/target/site)"})
  Path out;

  @Option(names = "--base-url", paramLabel = "URL",
      description = {"Thay base_url trong content/site.yaml (ví dụ khi xuất bản trên GitHub Pages)",
          "Overrides base_url from content/site.yaml (e.g. when publishing on GitHub Pages)"})
  String baseUrl;

  @Option(names = "--no-cache",
      description = {"Dựng lại toàn bộ, không đọc hay ghi bộ đệm <project>/target/xaso-cache/<thư mục kết quả>",
          "Builds everything, neither reading nor writing the cache in <project>/target/xaso-cache/<output folder>"})
  boolean noCache;

  @Option(names = "--github-annotations", defaultValue = "${env:GITHUB_ACTIONS:-false}", fallbackValue = "true",
      arity = "0..1",
      description = {"In thêm chú thích ::error cho GitHub (mặc định khi chạy trong GitHub Actions)",
          "Also print ::error annotations for GitHub (default when running in GitHub Actions)"})
  boolean github;

  @Override
  public Integer call() throws Exception {
    return run(spec, projectOption.get(), out == null ? projectOption.get().resolve("target/site") : out, Build.Scope.SITE,
        baseUrl, noCache, github);
  }

  /**
   * The cache of a project's builds into {@code out}: under target/, where build tools keep what
   * can be thrown away, one per output folder, so that {@code build} (target/site) and
   * {@code serve} (target/preview) do not undo each other's.
   */
  static Build build(Path project, Path out, boolean noCache) {
    Path name = out.toAbsolutePath().normalize().getFileName();
    return noCache ? new Build()
        : Build.cached(project.resolve(OutputFolder.CACHES).resolve(name == null ? "root" : name.toString()));
  }

  static int run(CommandSpec spec, Path project, Path out, Build.Scope scope, String baseUrl, boolean noCache,
      boolean github) throws Exception {
    PrintWriter pw = spec.commandLine().getOut();
    if (baseUrl != null && !SafeUrl.address(baseUrl)) {
      throw Stop.usage("--base-url", Code.BAD_URL, Map.of("value", baseUrl));
    }
    ProgressPrinter progress = new ProgressPrinter(pw, ProgressPrinter.interactive());
    Build.Result result = build(project, out, noCache).run(project, out, scope, baseUrl, progress);
    // The output's own warnings (its size) are told by every build, like those of the files it read again.
    String folder = out.toString();
    ValidateCommand.report(result.problems(), result.filesRead(), pw, github,
        f -> result.reread(f) || f.equals(folder), new SourceExcerpt(project));
    if (!result.ok()) {
      pw.println("Không tạo trang do còn lỗi; thư mục kết quả giữ nguyên. / Build stopped on errors; the output folder is unchanged.");
      pw.flush();
      return Main.INVALID;
    }
    pw.printf(Locale.ROOT, "Đã ghi %d tệp vào %s / Wrote %d files to %s%n", result.changed(), out, result.changed(), out);
    pw.println(result.size().line());
    pw.println(progress.summary(result.filesRead(), result.changed(), result.mode().text()));
    pw.flush();
    return Main.OK;
  }
}
