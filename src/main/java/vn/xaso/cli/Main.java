package vn.xaso.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.xaso.problem.Code;
import vn.xaso.problem.Problem;
import vn.xaso.problem.Position;
import vn.xaso.problem.Stop;
import vn.xaso.problem.Words;

/**
 * {@code java -jar xaso.jar <command>}: exit 0 success, 1 invalid data or failed build, 2 bad usage, 3 internal fault.
 * The codes are named here only, as picocli's {@code ExitCode}; every command returns them, and
 * {@link #exitCode} maps whatever a command throws to one of them.
 */
@Command(name = "xaso", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = {"Xã Số — kiểm tra báo cáo chuyển đổi số cấp xã và xuất bản trang web, dữ liệu mở.",
        "Xã Số — validates commune digital-transformation reports and publishes the site and open data."},
    subcommands = {ValidateCommand.class, BuildCommand.class, DataCommand.class, NewCommand.class, ImportCommand.class, ServeCommand.class, SampleCommand.class, SchemaCommand.class, ReviewCommand.class, CommandLine.HelpCommand.class})
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
    cli.setParameterExceptionHandler(Main::badUsage);
    CommandLine help = cli.getSubcommands().get("help");
    help.getCommandSpec().usageMessage().header("Hướng dẫn của một lệnh, ví dụ: help build / a command's help.")
        .description("Hướng dẫn của một lệnh, ví dụ: help build.", "Shows a command's help, e.g. help build.");
    cli.setExitCodeExceptionMapper(Main::exitCode);
    listExitCodes(cli);
    int code;
    try {
      code = cli.execute(args);
    } catch (StackOverflowError | OutOfMemoryError e) {
      code = stopped(e, err);
    }
    return written(out, err, code);
  }

  /**
   * A result that could not be written ({@code > /dev/full}, a closed standard output) is a
   * failure: a PrintWriter keeps its errors to itself, so they are asked for here.
   */
  static int written(PrintWriter out, PrintWriter err, int code) {
    out.flush();
    if (!out.checkError()) {
      return code;
    }
    Problem p = new Problem("xaso", Position.FILE, "", Code.OUTPUT_WRITE_FAILED, Map.of());
    err.println(p.format());
    err.flush();
    return code == OK ? INVALID : code;
  }

  /**
   * A mistake on the command line, told in both languages as a problem of the catalogue (picocli's
   * own messages are English only). A suggested command is never {@code schema}, which rewrites
   * files: a typo must not lead there.
   */
  static int badUsage(CommandLine.ParameterException ex, String[] args) {
    PrintWriter err = ex.getCommandLine().getErr();
    err.println(usageProblem(ex).format());
    err.flush();
    return USAGE;
  }

  static Problem usageProblem(CommandLine.ParameterException ex) {
    String message = String.valueOf(ex.getMessage());
    if (ex instanceof CommandLine.UnmatchedArgumentException u) {
      List<String> suggestions = u.getSuggestions().stream().filter(x -> !x.equals("schema")).limit(3).toList();
      String list = String.join(", ", suggestions);
      Words suggest = suggestions.isEmpty() ? new Words("", "")
          : new Words(" Có phải ý bạn là: " + list + "?", " Did you mean: " + list + "?");
      return usage(Code.USAGE_UNKNOWN, Map.of("args", String.join(" ", u.getUnmatched()), "suggest", suggest));
    }
    if (ex instanceof CommandLine.MissingParameterException m) {
      String names = m.getMissing().stream().map(Main::name).reduce((a, b) -> a + ", " + b).orElse("?");
      return usage(Code.USAGE_MISSING, Map.of("names", names));
    }
    if (ex.getArgSpec() != null && ex.getValue() != null && message.startsWith("Invalid value")) {
      return usage(Code.USAGE_VALUE, Map.of("value", ex.getValue(), "option", name(ex.getArgSpec())));
    }
    java.util.regex.Matcher exclusive = java.util.regex.Pattern.compile("Error: (.*) are mutually exclusive.*").matcher(message);
    if (exclusive.matches()) {
      String names = exclusive.group(1).replaceAll("=[^,]*", "");
      return usage(Code.USAGE_OTHER, Map.of("detail", new Words("chỉ dùng một trong " + names + ".",
          "use only one of " + names + ".")));
    }
    if (message.contains(" / ")) {
      // Our own commands' messages are already in both languages: "tiếng Việt / English".
      int cut = message.indexOf(" / ");
      return usage(Code.USAGE_OTHER, Map.of("detail", new Words(message.substring(0, cut), message.substring(cut + 3))));
    }
    return usage(Code.USAGE_OTHER, Map.of("detail", message));
  }

  private static Problem usage(Code code, Map<String, Object> args) {
    return new Problem("xaso", Position.FILE, "", code, args);
  }

  private static String name(CommandLine.Model.ArgSpec arg) {
    return arg instanceof CommandLine.Model.OptionSpec o ? o.longestName() : arg.paramLabel();
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
