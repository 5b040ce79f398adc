package vn.xaso.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import vn.xaso.build.Build;
import vn.xaso.build.Stage;

/**
 * Xã Số against Hugo (#26, "at Hugo's speed"): Debian's {@code hugo} renders a generated site of
 * as many HTML pages as Xã Số's clean build writes, in the same run, in ABBA order (Hugo, Xã Số,
 * Xã Số, Hugo), so a machine that gets busier or quieter during the run weighs on both alike;
 * the ratio is best against best. Hugo's pages are simpler (one Markdown table of 40 figures
 * each, one layout): the comparison says how far the tool is from a static-site generator's
 * speed, not that the two do the same work.
 */
final class HugoComparison {
  /** Leaf pages per Hugo section, so no folder holds tens of thousands of files. */
  private static final int PER_SECTION = 1000;

  private HugoComparison() {}

  /** Debian's {@code hugo} on the PATH, if installed. */
  static Optional<Path> hugo() {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, "hugo");
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The four runs and their figures; prints each as it ends. */
  record Result(double hugoBest, double xasoBest, long hugoPages, long xasoPages) {
    double ratio() {
      return xasoBest / hugoBest;
    }
  }

  static Optional<Result> run(Path project, long pages, Path work) throws Exception {
    Optional<Path> hugo = hugo();
    if (hugo.isEmpty()) {
      System.out.println("hugo: not found on the PATH; install Debian's (apt-get install hugo) to compare");
      return Optional.empty();
    }
    Path source = work.resolve("hugo-source");
    Path hugoOut = work.resolve("hugo-site");
    Path xasoOut = work.resolve("site-abba");
    Benchmark.deleteTree(source);
    write(source, pages);
    System.out.printf(Locale.ROOT, "ABBA against %s (%s), %d pages each:%n", hugo.get(), version(hugo.get(), work),
        pages);
    double a1 = hugo(hugo.get(), source, hugoOut, work);
    double b1 = xaso(project, xasoOut);
    double b2 = xaso(project, xasoOut);
    double a2 = hugo(hugo.get(), source, hugoOut, work);
    long hugoPages = html(hugoOut);
    long xasoPages = html(xasoOut);
    Benchmark.deleteTree(source);
    Benchmark.deleteTree(hugoOut);
    Benchmark.deleteTree(xasoOut);
    Result r = new Result(Math.min(a1, a2), Math.min(b1, b2), hugoPages, xasoPages);
    System.out.printf(Locale.ROOT, "  Hugo %.2f s, %.2f s; Xã Số %.2f s, %.2f s; HTML pages: Hugo %d, Xã Số %d%n",
        a1, a2, b1, b2, hugoPages, xasoPages);
    System.out.printf(Locale.ROOT, "  ratio Xã Số / Hugo, best against best: %.2f (target ≤ 1.0)%n", r.ratio());
    return Optional.of(r);
  }

  /** A clean build without cache into an emptied folder, as the command line's {@code --no-cache} does. */
  private static double xaso(Path project, Path out) throws IOException {
    Benchmark.deleteTree(out);
    long t = System.nanoTime();
    Build.Result r = new Build().run(project, out, Build.Scope.SITE);
    double s = Benchmark.seconds(t);
    long peak = r.stages().stream().mapToLong(Stage::peakHeapBytes).max().orElse(0);
    System.out.printf(Locale.ROOT, "  Xã Số: %.2f s, ok=%s, %d files, peak heap of a stage %d MB%n", s, r.ok(),
        r.written().size(), peak >> 20);
    return s;
  }

  private static double hugo(Path hugo, Path source, Path out, Path work) throws Exception {
    Benchmark.deleteTree(out);
    Path log = work.resolve("hugo.log");
    long t = System.nanoTime();
    int exit = new ProcessBuilder(hugo.toString(), "--quiet", "--source", source.toString(), "--destination",
        out.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start().waitFor();
    double s = Benchmark.seconds(t);
    if (exit != 0) {
      throw new IllegalStateException("hugo exited " + exit + ": " + Files.readString(log));
    }
    System.out.printf(Locale.ROOT, "  Hugo: %.2f s%n", s);
    return s;
  }

  private static String version(Path hugo, Path work) throws Exception {
    Path log = work.resolve("hugo.log");
    new ProcessBuilder(hugo.toString(), "version").redirectErrorStream(true).redirectOutput(log.toFile()).start()
        .waitFor();
    return Files.readString(log).strip();
  }

  /**
   * A Hugo site of exactly {@code pages} HTML pages: the home page, one list page per section of
   * {@link #PER_SECTION} leaves, and the leaves; no feeds, taxonomies or sitemap, as Xã Số's
   * count above is of HTML pages only.
   */
  static void write(Path root, long pages) throws IOException {
    long sections = Math.max(1, (pages - 1 + PER_SECTION) / (PER_SECTION + 1));
    long leaves = Math.max(0, pages - 1 - sections);
    Files.createDirectories(root.resolve("layouts/_default"));
    Files.writeString(root.resolve("hugo.toml"), """
        baseURL = "https://example.org/"
        languageCode = "vi"
        title = "Xã Số benchmark"
        disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
        """, StandardCharsets.UTF_8);
    Files.writeString(root.resolve("layouts/_default/baseof.html"), """
        <!DOCTYPE html>
        <html lang="vi"><head><meta charset="utf-8"><title>{{ .Title }}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1"></head>
        <body><header><nav><a href="{{ "/" | relURL }}">Xã Số</a></nav></header>
        <main>{{ block "main" . }}{{ end }}</main>
        <footer><p>{{ site.Title }}</p></footer></body></html>
        """, StandardCharsets.UTF_8);
    Files.writeString(root.resolve("layouts/_default/single.html"), """
        {{ define "main" }}<article><h1>{{ .Title }}</h1>
        <p>{{ .Params.commune }}, {{ .Params.period }}</p>{{ .Content }}</article>{{ end }}
        """, StandardCharsets.UTF_8);
    Files.writeString(root.resolve("layouts/_default/list.html"), """
        {{ define "main" }}<h1>{{ .Title }}</h1>
        <ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
        """, StandardCharsets.UTF_8);
    Files.writeString(root.resolve("layouts/index.html"), """
        {{ define "main" }}<h1>{{ site.Title }}</h1>
        <ul>{{ range .Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
        """, StandardCharsets.UTF_8);
    for (long s = 0; s < sections; s++) {
      Path section = root.resolve(String.format(Locale.ROOT, "content/s%03d", s));
      Files.createDirectories(section);
      Files.writeString(section.resolve("_index.md"), "---\ntitle: \"Phần " + s + "\"\n---\n", StandardCharsets.UTF_8);
    }
    for (long i = 0; i < leaves; i++) {
      Path page = root.resolve(String.format(Locale.ROOT, "content/s%03d/p%06d.md", i % sections, i));
      Files.writeString(page, leaf(i), StandardCharsets.UTF_8);
    }
  }

  /** A report-like page: front matter and a table of 40 figures. */
  private static String leaf(long i) {
    StringBuilder b = new StringBuilder(2048);
    b.append("---\ntitle: \"Báo cáo ").append(i).append("\"\ncommune: \"Xã ").append(i / 12).append("\"\nperiod: \"2025-")
        .append(String.format(Locale.ROOT, "%02d", i % 12 + 1)).append("\"\n---\n\n| Chỉ tiêu | Số liệu |\n|---|---:|\n");
    for (int row = 0; row < 40; row++) {
      b.append("| Số liệu ").append(row).append(" | ").append((i * 31 + row * 7) % 1000).append(" |\n");
    }
    return b.toString();
  }

  private static long html(Path root) throws IOException {
    if (!Files.exists(root)) {
      return 0;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".html")).count();
    }
  }

  /** Peak resident memory of this JVM so far ({@code VmHWM}), in MB; -1 where /proc is not there. */
  static long peakRssMb() {
    try {
      List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("/proc/self/status")));
      for (String l : lines) {
        if (l.startsWith("VmHWM:")) {
          return Long.parseLong(l.replaceAll("[^0-9]", "")) >> 10;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}
