package vn.xaso.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar xaso.jar <command>}: exit 0 success, 1 invalid data or failed build, 2 bad usage. */
@Command(name = "xaso", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = {"Xã Số — kiểm tra báo cáo chuyển đổi số cấp xã và xuất bản trang web, dữ liệu mở.",
        "Xã Số — validates commune digital-transformation reports and publishes the site and open data."},
    subcommands = {ValidateCommand.class, BuildCommand.class, DataCommand.class, NewCommand.class, ImportCommand.class, ServeCommand.class, SampleCommand.class, SchemaCommand.class})
public final class Main {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command and returns its exit code; tests call this instead of {@link #main}. */
  public static int run(String... args) {
    return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
  }

  /** Runs a command writing to the given streams. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    // picocli already answers 2 for bad usage and 1 for an exception escaping a command.
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    return cli.execute(args);
  }
}
