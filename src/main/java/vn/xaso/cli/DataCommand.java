package vn.xaso.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.xaso.build.Build;

/** {@code xaso data}: validates, then writes only the open-data files. */
@Command(name = "data", mixinStandardHelpOptions = true,
    description = {"Kiểm tra dữ liệu rồi chỉ ghi các tệp dữ liệu mở.", "Validates the data, then writes only the open-data files."})
public final class DataCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ProjectOption projectOption;

  @Option(names = "--out", paramLabel = "DIR",
      description = {"Thư mục kết quả / output folder (mặc định / default: <project>/target/data)"})
  Path out;

  @Option(names = "--no-cache",
      description = {"Ghi lại toàn bộ, không dùng bộ đệm", "Writes everything, without the cache"})
  boolean noCache;

  @Option(names = "--github-annotations", defaultValue = "${env:GITHUB_ACTIONS:-false}", fallbackValue = "true",
      arity = "0..1",
      description = {"In thêm chú thích ::error cho GitHub (mặc định khi chạy trong GitHub Actions)",
          "Also print ::error annotations for GitHub (default when running in GitHub Actions)"})
  boolean github;

  @Override
  public Integer call() throws Exception {
    return BuildCommand.run(spec, projectOption.get(), out == null ? projectOption.get().resolve("target/data") : out,
        Build.Scope.DATA, null, noCache, github);
  }
}
