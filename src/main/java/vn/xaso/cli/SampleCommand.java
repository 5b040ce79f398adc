package vn.xaso.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.xaso.sample.SampleGenerator;

/** {@code xaso sample}: writes a synthetic national-scale project for benchmarks. */
@Command(name = "sample", mixinStandardHelpOptions = true,
    description = {"Tạo dự án dữ liệu tổng hợp để đo hiệu năng.", "Writes a synthetic project for benchmarks."})
public final class SampleCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--project", paramLabel = "DIR", defaultValue = ".",
      description = {"Lấy content/ và themes/ từ dự án này / copy content/ and themes/ from this project"})
  Path project;

  @Option(names = "--communes", paramLabel = "N", defaultValue = "3321", description = {"Số xã / communes (default 3321)"})
  int communes;

  @Option(names = "--periods", paramLabel = "M", defaultValue = "12", description = {"Số kỳ mỗi xã / periods per commune (default 12)"})
  int periods;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = {"Hạt giống ngẫu nhiên / random seed (default 1)"})
  long seed;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = {"Thư mục mới / new folder to write"})
  Path out;

  @Override
  public Integer call() throws Exception {
    if (communes < 1 || periods < 1 || periods > 120) {
      throw new ParameterException(spec.commandLine(), "--communes ≥ 1, 1 ≤ --periods ≤ 120");
    }
    if (Files.exists(out.resolve("data"))) {
      throw new ParameterException(spec.commandLine(),
          out + "/data đã có; chọn thư mục khác / already exists; choose another folder");
    }
    int files = new SampleGenerator(communes, periods, seed).write(out, project);
    PrintWriter pw = spec.commandLine().getOut();
    pw.printf(Locale.ROOT, "Đã ghi %d tệp vào %s / Wrote %d files to %s%n", files, out, files, out);
    pw.flush();
    return Main.OK;
  }
}
