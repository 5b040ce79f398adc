package vn.xaso.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.xaso.build.Build;
import vn.xaso.serve.DevServer;

/** {@code xaso serve}: builds, serves on 127.0.0.1, rebuilds on change until stopped with Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Xem trước trang trên máy: tạo lại khi dữ liệu thay đổi.",
        "Previews the site locally, rebuilding whenever the data changes."})
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ProjectOption projectOption;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
      description = {"Cổng / port (mặc định / default: 8080; 0 = tự chọn / any free port)"})
  int port;

  @Option(names = "--out", paramLabel = "DIR",
      description = {"Thư mục bản xem trước / preview folder (mặc định / default: <project>/target/preview)"})
  Path out;

  @Override
  public Integer call() throws Exception {
    PrintWriter log = spec.commandLine().getOut();
    Path target = out == null ? projectOption.get().resolve("target/preview") : out;
    try (DevServer server = new DevServer(BuildCommand.build(projectOption.get(), target, false), projectOption.get(), target, log)) {
      int bound = server.start(port);
      log.printf(Locale.ROOT, "Xem trang tại / open http://127.0.0.1:%d/ — Ctrl-C để dừng / to stop%n", bound);
      log.flush();
      new CountDownLatch(1).await();
    }
    return Main.OK;
  }
}
