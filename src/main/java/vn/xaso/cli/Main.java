package vn.xaso.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.xaso.problem.Code;
import vn.xaso.problem.Problem;
import vn.xaso.problem.Position;
import vn.xaso.problem.Stop;

/**
 * {@code java -jar xaso.jar <command>}: exit 0 success, 1 invalid data or failed build, 2 bad usage, 3 internal fault.
 * The codes are named here only, as picocli's {@code ExitCode}; every command returns them, and
 * {@link #exitCode} maps whatever a command throws to one of them.
 */
@Command(name = "xaso", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = {"Xã Số — kiểm tra báo cáo chuyển đổi số cấp xã và xuất bản trang web, dữ liệu mở.",
        "Xã Số — validates commune digital-transformation reports and publishes the site and open data."},
    subcommands = {ValidateCommand.class, BuildCommand.class, DataCommand.class, NewCommand.class, ImportCommand.class, ServeCommand.class, SampleCommand.class, SchemaCommand.class, ReviewCommand.class})
public final class Main {
  public static final int OK = 0;
  public static final int INVALID = 1;
  public static final int USAGE = 2;
  /** A fault in the tool itself, never in the data or the command: the user reports it. */
  public static final int INTERNAL = 3;

  /** What each code means, in both languages: listed under every command's {@code --help}. */
  static final Map<String, String> EXIT_CODES = exitCodes();

  private static Map<String, String> exitCodes() {
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put(Integer.toString(OK), "xong / success");
    codes.put(Integer.toString(INVALID), "dữ liệu sai hoặc dựng không thành / invalid data or failed build");
    codes.put(Integer.toString(USAGE), "dùng lệnh sai / bad usage");
    codes.put(Integer.toString(INTERNAL), "lỗi nội bộ của công cụ / internal fault in the tool");
    return Collections.unmodifiableMap(codes);
  }

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
    // picocli answers 2 for bad usage; whatever escapes a command is told here, never as a stack trace.
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((ex, line, parsed) -> stopped(ex, line.getErr()));
    cli.setExitCodeExceptionMapper(Main::exitCode);
    listExitCodes(cli);
    try {
      return cli.execute(args);
    } catch (StackOverflowError | OutOfMemoryError e) {
      return stopped(e, err);
    }
  }

  private static void listExitCodes(CommandLine command) {
    command.getCommandSpec().usageMessage().exitCodeListHeading("%nMã thoát / Exit codes:%n").exitCodeList(EXIT_CODES);
    command.getSubcommands().values().forEach(Main::listExitCodes);
  }

  /** Prints what stopped a command as a problem of the catalogue and gives its exit code. */
  static int stopped(Throwable ex, PrintWriter err) {
    err.println(asStop(ex).problem().format());
    err.flush();
    return exitCode(ex);
  }

  /**
   * The exit code for what a command threw (picocli's {@code IExitCodeExceptionMapper}): a
   * {@link Stop} its own (usage 2, the data or the machine 1), a failed read or write 1, a
   * mistake in the arguments 2, anything else a fault of the tool, 3.
   */
  static int exitCode(Throwable ex) {
    if (ex instanceof CommandLine.ParameterException) {
      return USAGE;
    }
    Stop stop = asStop(ex);
    if (stop.usage()) {
      return USAGE;
    }
    return stop.problem().code() == Code.INTERNAL_ERROR ? INTERNAL : INVALID;
  }

  private static Stop asStop(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof Stop s) {
        return s;
      }
      if (t instanceof FileSystemException f) {
        String reason = f.getReason() == null ? f.getClass().getSimpleName() : f.getReason();
        return Stop.of(f.getFile() == null ? "" : f.getFile(), Code.FILE_SYSTEM,
            Map.of("path", f.getFile() == null ? "?" : f.getFile(), "detail", reason));
      }
    }
    if (ex instanceof UncheckedIOException || ex instanceof IOException) {
      IOException io = ex instanceof UncheckedIOException u ? u.getCause() : (IOException) ex;
      return Stop.of("", Code.FILE_SYSTEM, Map.of("path", "?", "detail", String.valueOf(io.getMessage())));
    }
    String detail = ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
    return new Stop(new Problem("xaso", Position.FILE, "", Code.INTERNAL_ERROR, Map.of("detail", cut(detail))), false);
  }

  private static String cut(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }
}
