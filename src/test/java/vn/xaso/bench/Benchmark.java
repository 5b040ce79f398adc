package vn.xaso.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.xaso.build.Build;
import vn.xaso.build.Check;
import vn.xaso.build.Stage;
import vn.xaso.cache.Fingerprint;
import vn.xaso.sample.SampleGenerator;
import vn.xaso.testing.Reports;
import vn.xaso.testing.Trees;

/**
 * The national-scale benchmark: generates a synthetic project, then times a validate run, a
 * clean build, an incremental rebuild after one report changed (in the same, warm JVM), the same
 * through the command line in a fresh JVM, and checks that the incremental output is byte for
 * byte a clean build's. Then times Debian's {@code hugo} on as many pages, ABBA order
 * ({@link HugoComparison}), and prints the ratio and this JVM's peak resident memory. Prints
 * per-stage figures and peak heap. Not a test: run it with
 * {@code mvn -B -ntp -Pbenchmark -DskipTests verify} (see README).
 */
public final class Benchmark {
  private static final Pattern ONLINE = Pattern.compile("(?m)^  received_online: ([0-9]+)$");

  private Benchmark() {}

  public static void main(String[] args) throws Exception {
    int communes = args.length > 0 ? Integer.parseInt(args[0]) : 3321;
    int periods = args.length > 1 ? Integer.parseInt(args[1]) : 12;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
    // A folder on tmpfs (-Dbench.dir=/dev/shm/bench) measures the build rather than the disk.
    Path work = Path.of(args.length > 3 ? args[3] : "target/bench").toAbsolutePath();
    Path project = work.resolve("project-" + communes + "x" + periods + "-s" + seed);
    Path site = work.resolve("site");
    // Where the command line keeps the cache of a build into that folder, so its run below continues from here.
    Path cache = project.resolve("target/xaso-cache").resolve(site.getFileName());
    if (!Files.isDirectory(project.resolve("data"))) {
      long t = System.nanoTime();
      int files = new SampleGenerator(communes, periods, seed).write(project, Path.of("").toAbsolutePath());
      System.out.printf(Locale.ROOT, "sample: %d files in %.2f s → %s%n", files, seconds(t), project);
    }
    System.out.printf(Locale.ROOT, "max heap %d MB, %d cores%n", Runtime.getRuntime().maxMemory() >> 20,
        Runtime.getRuntime().availableProcessors());

    long t = System.nanoTime();
    Check.Result checked = new Check().run(project);
    System.out.printf(Locale.ROOT, "validate: %d files, %d problems in %.2f s%n", checked.files(),
        checked.problems().all().size(), seconds(t));
    checked = null;

    deleteTree(site);
    deleteTree(cache);
    // The same cache and tool identity as the command line's, so its run below continues from here.
    Build cached = Build.cached(cache, Fingerprint.tool());
    Build.Result clean = timed("clean build", () -> cached.run(project, site, Build.Scope.SITE));
    long pages = clean.written().stream().filter(w -> w.path().endsWith(".html")).count();
    long totalMs = clean.stages().stream().mapToLong(Stage::millis).sum();
    System.out.printf(Locale.ROOT, "pages: %d html of %d files; %.3f ms per page (whole build / html pages)%n",
        pages, clean.written().size(), pages == 0 ? 0.0 : (double) totalMs / pages);

    Path one = latestReportOfFirstCommune(project);
    String original = Files.readString(one, StandardCharsets.UTF_8);
    try {
      edit(one, -1);
      Build.Result warm = timed("incremental rebuild, one report changed, same JVM",
          () -> cached.run(project, site, Build.Scope.SITE));
      System.out.printf(Locale.ROOT, "  %s; %d of %d files rewritten%n", warm.mode().text(), warm.changed(), warm.files());
      compareWithClean(project, site, work.resolve("site-clean"));

      edit(one, -1);
      double startup = commandLine(project, site, "--version");
      double cold = commandLine(project, site, "build", "--project", project.toString(), "--out", site.toString());
      System.out.printf(Locale.ROOT,
          "incremental rebuild, one report changed, command line in a new JVM: %.2f s wall, of which JVM start-up"
              + " (xaso --version) %.2f s: %.2f s beyond start-up%n", cold, startup, cold - startup);
      long peak = Stream.concat(clean.stages().stream(), warm.stages().stream()).mapToLong(Stage::peakHeapBytes).max()
          .orElse(0);
      System.out.printf(Locale.ROOT, "peak heap of any stage: %d MB (limit -Xmx%d MB)%n", peak >> 20,
          Runtime.getRuntime().maxMemory() >> 20);
    } finally {
      Files.writeString(one, original, StandardCharsets.UTF_8);
    }
    HugoComparison.run(project, pages, work);
    System.out.printf(Locale.ROOT, "peak resident memory of this JVM (VmHWM): %d MB (heap limit -Xmx%d MB)%n",
        HugoComparison.peakRssMb(), Runtime.getRuntime().maxMemory() >> 20);
  }

  /** A clean build of the changed project, without cache, must equal the incremental output. */
  private static void compareWithClean(Path project, Path site, Path other) throws IOException {
    deleteTree(other);
    long t = System.nanoTime();
    Build.Result clean = new Build().run(project, other, Build.Scope.SITE);
    System.out.printf(Locale.ROOT, "clean build of the changed project for comparison: %.2f s%n", seconds(t));
    Map<String, String> a = Trees.hashes(site);
    Map<String, String> b = Trees.hashes(other);
    List<String> differ = new ArrayList<>();
    for (String k : a.keySet()) {
      if (!a.get(k).equals(b.get(k))) {
        differ.add(k);
      }
    }
    b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(differ::add);
    boolean identical = differ.isEmpty() && clean.ok();
    System.out.printf(Locale.ROOT, "incremental output identical to a clean build: %s (%d files compared%s)%n",
        identical, a.size(), differ.isEmpty() ? "" : "; differ: " + differ.subList(0,
            Math.min(5, differ.size())));
    deleteTree(other);
    if (!identical) {
      // A figure printed and then ignored is no check: the run (and `mvn -Pbenchmark verify`) fails.
      throw new IllegalStateException("the incremental build differs from a clean one in " + differ.size() + " files"
          + (clean.ok() ? "" : ", and the clean build failed"));
    }
  }

  /** Runs the command line in a new JVM like a user would, with the same heap; returns wall seconds. */
  private static double commandLine(Path project, Path site, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx2g",
        "-cp", System.getProperty("java.class.path"), "vn.xaso.cli.Main"));
    command.addAll(List.of(args));
    Path log = project.resolveSibling("command-line.log");
    long t = System.nanoTime();
    int exit = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start().waitFor();
    double s = seconds(t);
    List<String> lines = Files.readAllLines(log);
    System.out.println("  $ xaso " + String.join(" ", args) + " → exit " + exit + ": "
        + (lines.isEmpty() ? "" : lines.get(lines.size() - 1)));
    return s;
  }

  private interface Run {
    Build.Result go() throws IOException;
  }

  private static Build.Result timed(String what, Run run) throws IOException {
    long t = System.nanoTime();
    Build.Result r = run.go();
    System.out.printf(Locale.ROOT, "%s: %.2f s, ok=%s%n", what, seconds(t), r.ok());
    System.out.printf(Locale.ROOT, "  %-9s %9s %-16s %9s %12s%n", "stage", "items", "", "seconds", "peak heap MB");
    for (Stage s : r.stages()) {
      System.out.printf(Locale.ROOT, "  %-9s %9d %-16s %9.2f %12d%n", s.name(), s.items(), s.unit(), s.millis() / 1000.0,
          s.peakHeapBytes() >> 20);
    }
    return r;
  }

  /** The report most pages show: a commune's latest, whose figures reach the rankings and the home page. */
  private static Path latestReportOfFirstCommune(Path project) throws IOException {
    List<Path> latest = Reports.latestOfEachCommune(project);
    for (Path report : latest) {
      if (ONLINE.matcher(Files.readString(report, StandardCharsets.UTF_8)).find()) {
        return report;
      }
    }
    return latest.get(0);
  }

  /** Changes one figure the way a correction would: the online dossiers, which feed a ranked share. */
  private static void edit(Path report, int by) throws IOException {
    String text = Files.readString(report, StandardCharsets.UTF_8);
    Matcher m = ONLINE.matcher(text);
    String changed = m.find()
        ? m.replaceFirst("  received_online: " + Math.max(0, Integer.parseInt(m.group(1)) + by))
        : text + "\n# benchmark edit " + by + "\n";
    Files.writeString(report, changed, StandardCharsets.UTF_8);
  }

  static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
