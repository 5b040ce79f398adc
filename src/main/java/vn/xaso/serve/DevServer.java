package vn.xaso.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import vn.xaso.build.Build;
import vn.xaso.build.BuildListener;
import vn.xaso.cache.Scan;
import vn.xaso.load.ProjectFiles;
import vn.xaso.problem.Code;
import vn.xaso.problem.JsonReport;
import vn.xaso.problem.Position;
import vn.xaso.problem.Problem;
import vn.xaso.problem.Stop;
import vn.xaso.problem.Severity;

/**
 * Serves the built site on 127.0.0.1 and rebuilds it when data, content or themes change. A
 * build with errors does not replace the output (the build is atomic), so the last good site
 * stays up while the errors show in the terminal and in an overlay on every page.
 */
public final class DevServer implements AutoCloseable {
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json; charset=utf-8"),
      Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("xml", "application/xml; charset=utf-8"),
      Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("zip", "application/zip"),
      Map.entry("md", "text/markdown; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
      Map.entry("ico", "image/x-icon"));
  private static final String HOOK = "<link rel=\"stylesheet\" href=\"/_xaso/overlay.css\">"
      + "<script src=\"/_xaso/reload.js\" defer></script>";

  private final Build build;
  private final Path project;
  private final Path out;
  private final PrintWriter log;
  private final AtomicReference<BuildState> state = new AtomicReference<>(new BuildState(0, false, List.of(), List.of(), null));
  private HttpServer server;
  private Thread watching;
  private java.util.concurrent.ExecutorService requests;

  public DevServer(Build build, Path project, Path out, PrintWriter log) {
    this.build = build;
    this.project = project;
    this.out = out;
    this.log = log;
  }

  /** Starts serving on {@code port} (0 picks a free one) and watching; returns the bound port. */
  public int start(int port) throws IOException {
    if (port < 0 || port > 65535) {
      throw Stop.usage("--port", Code.PORT_UNAVAILABLE, Map.of("port", port, "detail", "1–65535"));
    }
    lockProject();
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    } catch (java.net.BindException e) {
      throw Stop.usage("--port", Code.PORT_UNAVAILABLE, Map.of("port", port, "detail", String.valueOf(e.getMessage())));
    }
    server.createContext("/", this::handle);
    // Requests are read on their own threads: with the default executor, one connection that
    // sends half a request held the only thread and froze the server.
    requests = java.util.concurrent.Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "xaso-serve");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(requests);
    server.start();
    // Watching before the first build: a change made while it runs is then in the next one's hint.
    Watcher watcher = new Watcher(List.of(project.resolve("data"), project.resolve("content"), project.resolve("themes")));
    rebuild(Scan.Hint.UNSURE);
    watching = new Thread(() -> watchLoop(watcher), "xaso-watch");
    watching.setDaemon(true);
    watching.start();
    return server.getAddress().getPort();
  }

  private java.nio.channels.FileChannel lockChannel;

  /**
   * One {@code serve} per project: a second one on another port started silently and the two
   * rebuilt the same preview in turn. The lock is a file lock on {@code target/.xaso-serve.lock},
   * held until this server closes (or its process dies).
   */
  private void lockProject() throws IOException {
    Path file = project.resolve("target").resolve(".xaso-serve.lock");
    Files.createDirectories(file.getParent());
    lockChannel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.WRITE);
    java.nio.channels.FileLock lock;
    try {
      lock = lockChannel.tryLock();
    } catch (java.nio.channels.OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      lockChannel.close();
      lockChannel = null;
      throw Stop.of(file.toString(), Code.SERVE_BUSY, Map.of("path", file.toString()));
    }
  }

  public BuildState state() {
    return state.get();
  }

  private void watchLoop(Watcher watcher) {
    try (watcher) {
      while (!Thread.currentThread().isInterrupted()) {
        watcher.awaitChange(150);
        rebuild(watcher.take(project.resolve("data")));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException | Error e) {
      // Never silently: the page must not go on saying "ok" while nothing is rebuilt any more.
      String why = "Ngừng theo dõi thay đổi; khởi động lại serve / stopped watching for changes; restart serve: " + e;
      state.set(failed(state.get().number() + 1, why, internal(e)));
      log.println(why);
      log.flush();
    }
  }

  /**
   * Builds once, told what changed in data/ since the last build; on errors keeps the previous
   * output and publishes the problems.
   */
  synchronized void rebuild(Scan.Hint changed) {
    long number = state.get().number() + 1;
    String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    try {
      long start = System.nanoTime();
      Build.Result result = build.run(project, out, Build.Scope.SITE, base, BuildListener.NONE, changed);
      double seconds = (System.nanoTime() - start) / 1e9;
      List<Problem> errors = result.problems().all().stream().filter(p -> p.severity() == Severity.ERROR).toList();
      List<String> shown = errors.stream().map(Problem::format).toList();
      if (result.ok()) {
        // The output's own warnings (its size): a preview past a host's limit is worth knowing before deploying.
        result.problems().all().stream().filter(p -> p.file().equals(out.toString())).map(Problem::format)
            .forEach(log::println);
        log.printf(Locale.ROOT, "[%d] %s%n", number, result.size().line());
        String time = String.format(Locale.ROOT, "%.2f", seconds);
        log.printf(Locale.ROOT, "[%d] Đã tạo lại trang, ghi %d/%d tệp trong %s s / rebuilt: %d of %d files in %s s (%s)%n",
            number, result.changed(), result.files(), time.replace('.', ','), result.changed(), result.files(), time,
            result.mode().text());
      } else {
        log.printf(Locale.ROOT, "[%d] Lỗi dữ liệu; vẫn phục vụ bản trước / data errors; still serving the last good site:%n", number);
        shown.forEach(log::println);
      }
      log.flush();
      // Told in the terminal first, then to the page: whoever sees the new state finds the log line there.
      state.set(new BuildState(number, result.ok(), shown, errors, new JsonReport.Stats(null, null, null,
          result.problems().count(Severity.ERROR), result.problems().count(Severity.WARNING))));
    } catch (Stop e) {
      state.set(failed(number, e.problem().format(), e.problem()));
      log.printf(Locale.ROOT, "[%d] Lỗi khi tạo trang / build failed:%n%s%n", number, e.problem().format());
    } catch (IOException | RuntimeException | StackOverflowError e) {
      state.set(failed(number, String.valueOf(e), internal(e)));
      log.printf(Locale.ROOT, "[%d] Lỗi khi tạo trang / build failed: %s%n", number, e);
    }
    log.flush();
  }

  /**
   * Only the names the preview is opened by: a page of another site whose name an attacker points
   * at 127.0.0.1 (DNS rebinding) sends its own name, and is answered 421, not with the preview.
   */
  static boolean localHost(String host) {
    if (host == null) {
      return false;
    }
    String name = host.strip().toLowerCase(Locale.ROOT).replaceFirst(":[0-9]{1,5}$", "");
    return name.equals("127.0.0.1") || name.equals("localhost");
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
      if (!localHost(exchange.getRequestHeaders().getFirst("Host"))) {
        send(exchange, 421, "text/plain; charset=utf-8", "421 Misdirected Request: use http://127.0.0.1/"
            .getBytes(StandardCharsets.UTF_8));
        return;
      }
      String method = exchange.getRequestMethod();
      if (!"GET".equals(method) && !"HEAD".equals(method)) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        send(exchange, 405, "text/plain; charset=utf-8", "405".getBytes(StandardCharsets.UTF_8));
        return;
      }
      String path;
      try {
        path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
        if (path == null || path.indexOf('\0') >= 0) {
          throw new IllegalArgumentException("NUL");
        }
      } catch (IllegalArgumentException e) {
        // "/%00" or a broken escape: an answer, not a dropped connection.
        send(exchange, 400, "text/plain; charset=utf-8", "400".getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (path.equals("/_xaso/status")) {
        send(exchange, 200, "application/json; charset=utf-8", statusJson().getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (path.equals("/_xaso/reload.js") || path.equals("/_xaso/overlay.css")) {
        send(exchange, 200, type(path), resource(path.substring("/_xaso/".length())));
        return;
      }
      if (!path.endsWith("/") && isFolder(path)) {
        // Pages link relatively: /hai-phong/hung-thang must become /hai-phong/hung-thang/ or every link breaks.
        String query = exchange.getRequestURI().getRawQuery();
        exchange.getResponseHeaders().set("Location", exchange.getRequestURI().getRawPath() + "/"
            + (query == null ? "" : "?" + query));
        exchange.sendResponseHeaders(301, -1);
        return;
      }
      Path file = resolve(path);
      if (file == null) {
        // The not-found page in the language of the address asked for.
        Path english = resolve("/en/404.html");
        Path notFound = path.startsWith("/en/") && english != null ? english : resolve("/404.html");
        byte[] body = notFound != null ? inject(Files.readAllBytes(notFound)) : "404".getBytes(StandardCharsets.UTF_8);
        send(exchange, 404, "text/html; charset=utf-8", body);
        return;
      }
      byte[] body = Files.readAllBytes(file);
      String type = type(file.getFileName().toString());
      if (path.contains("/sources/")) {
        // An original is a download, never a page shown from the preview's address.
        exchange.getResponseHeaders().set("Content-Disposition", "attachment");
      }
      send(exchange, 200, type, type.startsWith("text/html") ? inject(body) : body);
    }
  }

  private boolean isFolder(String path) {
    String rel = relative(path);
    return rel != null && !rel.isEmpty() && ProjectFiles.of(out).folder(rel).ok();
  }

  /** The request path as a path inside the output folder, or null when it would leave it. */
  private static String relative(String path) {
    String rel = path.replaceFirst("^/+", "").replaceFirst("/+$", "");
    for (String part : rel.split("/")) {
      if (part.equals("..") || part.equals(".") || part.contains("\\")) {
        return null;
      }
    }
    return rel;
  }

  /**
   * The file for a request path inside the output folder, or null: never a path outside it, and
   * never through a link at any level (a link in the preview would serve any file of the machine).
   */
  private Path resolve(String path) {
    String rel = relative(path);
    if (rel == null) {
      return null;
    }
    ProjectFiles files = ProjectFiles.of(out);
    if (rel.isEmpty() || files.folder(rel).ok()) {
      rel = rel.isEmpty() ? "index.html" : rel + "/index.html";
    }
    ProjectFiles.Verdict v = files.file(rel);
    return v.ok() ? v.path() : null;
  }

  private static byte[] inject(byte[] html) {
    String text = new String(html, StandardCharsets.UTF_8);
    int at = text.lastIndexOf("</body>");
    String withHook = at < 0 ? text + HOOK : text.substring(0, at) + HOOK + text.substring(at);
    return withHook.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * What the page polls: the build's number, whether it succeeded, its errors as printed text
   * (what the overlay shows), and the same errors as {@code xaso validate --format json} writes
   * them under {@code report}; warnings are counted there, not listed, as a page polls every second.
   */
  String statusJson() {
    BuildState s = state.get();
    ObjectNode status = JsonReport.object();
    status.put("build", s.number());
    status.put("ok", s.ok());
    s.problems().forEach(status.putArray("problems")::add);
    status.set("report", s.stats() == null ? null : JsonReport.of(s.errors(), s.stats()));
    return JsonReport.write(status, false);
  }

  private static BuildState failed(long number, String shown, Problem problem) {
    return new BuildState(number, false, List.of(shown), List.of(problem), new JsonReport.Stats(null, null, null, 1, 0));
  }

  /** Whatever stopped a build that is not a problem of the data: a fault of the tool, told as one. */
  private static Problem internal(Throwable e) {
    return new Problem("xaso", Position.FILE, "", Code.INTERNAL_ERROR, Map.of("detail", String.valueOf(e)));
  }

  private static String type(String name) {
    String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(ext, "application/octet-stream");
  }

  private static byte[] resource(String name) {
    try (InputStream in = DevServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    if ("HEAD".equals(exchange.getRequestMethod())) {
      exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream os = exchange.getResponseBody()) {
      os.write(body);
    }
  }

  @Override
  public void close() {
    if (lockChannel != null) {
      try {
        lockChannel.close();
      } catch (IOException e) {
        // Closing drops the lock; the process ending drops it too.
      }
    }
    if (watching != null) {
      watching.interrupt();
    }
    if (server != null) {
      server.stop(0);
    }
    if (requests != null) {
      requests.shutdownNow();
    }
  }
}
