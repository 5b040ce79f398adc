package vn.xaso.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.xaso.build.Build;
import vn.xaso.build.Stage;
import vn.xaso.cache.Fingerprint;
import vn.xaso.sample.SampleGenerator;
import vn.xaso.testing.Reports;
import vn.xaso.testing.Trees;

/**
 * The rebuild a preview server ({@code xaso serve}) makes after one report is saved, measured
 * alone: a clean build with the cache, then {@code rounds} rebuilds in the same JVM, each after
 * one figure of one commune's latest report moved (a figure that feeds a ranked share, so the
 * national pages and other communes' ranks move too), each printed with its stages and the load
 * average; the best is printed last. The output is then compared file by file with a clean
 * build of the same data without cache. Not a test: run it with
 * {@code java -Xmx2g -cp <test classpath> vn.xaso.bench.IncrementalBenchmark 300 3 7 target/bench 3}
 * (communes, periods, seed, folder, rounds, and {@code false} to skip the comparison; see
 * docs/performance.md). With {@code -Dbench.hint=true} each rebuild is told which file changed,
 * as {@code xaso serve}'s watcher tells it (the first rebuild of a JVM that did not build before
 * scans everything, as serve's first does); each rebuild's scan is printed with its wall and CPU
 * time.
 */
public final class IncrementalBenchmark {
  private static final Pattern ONLINE = Pattern.compile("(?m)^  received_online: ([0-9]+)$");

  private IncrementalBenchmark() {}

  public static void main(String[] args) throws Exception {
    int communes = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    int periods = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 7;
    Path work = Path.of(args.length > 3 ? args[3] : "target/bench").toAbsolutePath();
    int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 3;
    // "false" leaves out the clean build the output is compared with: at national scale it is 10+ minutes more.
    boolean compare = args.length <= 5 || Boolean.parseBoolean(args[5]);
    // "continue" starts from the site and cache a previous run left (same classes): no clean build first.
    boolean resume = args.length > 6 && args[6].equals("continue");
    Path project = work.resolve("project-" + communes + "x" + periods + "-s" + seed);
    Path site = work.resolve("site-incremental");
    Path cache = work.resolve("cache-incremental");
    if (!Files.isDirectory(project.resolve("data"))) {
      long t = System.nanoTime();
      int files = new SampleGenerator(communes, periods, seed).write(project, Path.of("").toAbsolutePath());
      System.out.printf(Locale.ROOT, "sample: %d files in %.2f s → %s%n", files, Benchmark.seconds(t), project);
    }
    System.out.printf(Locale.ROOT, "max heap %d MB, %d cores%n", Runtime.getRuntime().maxMemory() >> 20,
        Runtime.getRuntime().availableProcessors());
    // -Dbench.tool=<id> stands for the tool's own hash, so that "continue" can time changed classes
    // against the site and cache an earlier version left (only while the cache's format is the same).
    Build build = Build.cached(cache, System.getProperty("bench.tool", Fingerprint.tool()));
    if (!resume) {
      Benchmark.deleteTree(site);
      Benchmark.deleteTree(cache);
      timed("clean build with cache", () -> build.run(project, site, Build.Scope.SITE));
    }

    // -Dbench.pick=middle changes the commune halfway through the nation's order instead of the first:
    // what follows a changed commune in the national tables is hashed again, so the first is the worst case.
    List<Path> candidates = Reports.latestOfEachCommune(project).stream().filter(IncrementalBenchmark::hasOnline).toList();
    Path one = candidates.get(System.getProperty("bench.pick", "first").equals("middle") ? candidates.size() / 2 : 0);
    System.out.printf(Locale.ROOT, "changing %s%n", project.relativize(one));
    String original = Files.readString(one, StandardCharsets.UTF_8);
    double best = Double.MAX_VALUE;
    // -Dbench.jfr=<file> records the rebuilds alone (not the clean build) with Flight Recorder.
    String jfr = System.getProperty("bench.jfr");
    jdk.jfr.Recording recording = jfr == null ? null : new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
    if (recording != null) {
      recording.start();
    }
    // -Dbench.hint=true passes what changed, as serve's watcher does; left out, the build scans everything.
    boolean hint = Boolean.getBoolean("bench.hint");
    String changed = project.resolve("data").relativize(one).toString().replace('\\', '/');
    List<String> summary = new ArrayList<>();
    try {
      for (int i = 1; i <= rounds; i++) {
        // Down then up by turns, so each round changes a rank and no two rounds are the same build.
        edit(one, i % 2 == 1 ? -1 : 1);
        Build.Result[] result = new Build.Result[1];
        ScanTimer scan = new ScanTimer();
        long cpu = cpu();
        double s = timed("incremental rebuild " + i + ", one report changed, same JVM" + (hint ? ", hinted" : ""),
            () -> result[0] = hint
                ? build.run(project, site, Build.Scope.SITE, null, scan, vn.xaso.cache.Scan.Hint.files(List.of(changed)))
                : build.run(project, site, Build.Scope.SITE, null, scan));
        double rebuildCpu = (cpu() - cpu) / 1e9;
        System.out.printf(Locale.ROOT, "  scan: %.3f s wall, %.3f s of CPU (all threads)%n", scan.wall, scan.cpu);
        summary.add(String.format(Locale.ROOT, "%d: %.2f s · %.2f s CPU · scan %.3f s · %.3f s CPU", i, s, rebuildCpu,
            scan.wall, scan.cpu));
        // A run that "continue"s may start where the edit leaves the report: nothing to do is no rebuild.
        if (result[0].mode().kind() != Build.Mode.Kind.UNCHANGED) {
          best = Math.min(best, s);
        }
      }
      if (recording != null) {
        recording.dump(Path.of(jfr));
        recording.close();
      }
      System.out.printf(Locale.ROOT, "best of %d incremental rebuilds: %.2f s (load %s)%n", rounds, best, load());
      System.out.println("rebuild: wall · CPU · scan wall · scan CPU");
      summary.forEach(System.out::println);
      if (compare) {
        compareWithClean(project, site, work.resolve("site-clean"));
      }
    } finally {
      Files.writeString(one, original, StandardCharsets.UTF_8);
    }
  }

  /** The scan stage's wall and CPU time (the process's, all threads: the scan walks in parallel). */
  private static final class ScanTimer implements vn.xaso.build.BuildListener {
    private long startCpu;
    private double wall;
    private double cpu;

    @Override
    public void started(String stage, java.util.function.IntSupplier done) {
      if (stage.equals("scan")) {
        startCpu = cpu();
      }
    }

    @Override
    public void finished(Stage stage) {
      if (stage.name().equals("scan")) {
        cpu = (cpu() - startCpu) / 1e9;
        wall = stage.millis() / 1000.0;
      }
    }
  }

  private interface Run {
    Build.Result go() throws IOException;
  }

  private static double timed(String what, Run run) throws IOException {
    String before = load();
    long cpu = cpu();
    long t = System.nanoTime();
    Build.Result r = run.go();
    double s = Benchmark.seconds(t);
    System.out.printf(Locale.ROOT,
        "%s: %.2f s, %.2f s of CPU, ok=%s, %s; %d of %d files written (load before %s, after %s)%n",
        what, s, (cpu() - cpu) / 1e9, r.ok(), r.mode().en(), r.changed(), r.files(), before, load());
    for (Stage st : r.stages()) {
      System.out.printf(Locale.ROOT, "  %-9s %9d %-16s %8.3f s %6d MB%n", st.name(), st.items(), st.unit(),
          st.millis() / 1000.0, st.peakHeapBytes() >> 20);
    }
    if (!r.ok()) {
      throw new IllegalStateException("the build failed: " + r.problems().all());
    }
    return s;
  }

  private static void compareWithClean(Path project, Path site, Path other) throws IOException {
    Benchmark.deleteTree(other);
    new Build().run(project, other, Build.Scope.SITE);
    Map<String, String> a = Trees.hashes(site);
    Map<String, String> b = Trees.hashes(other);
    List<String> differ = new ArrayList<>();
    a.forEach((k, v) -> {
      if (!v.equals(b.get(k))) {
        differ.add(k);
      }
    });
    b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(differ::add);
    System.out.printf(Locale.ROOT, "incremental output identical to a clean build: %s (%d files compared%s)%n",
        differ.isEmpty(), a.size(), differ.isEmpty() ? "" : "; differ: " + differ.subList(0, Math.min(5, differ.size())));
    Benchmark.deleteTree(other);
    if (!differ.isEmpty()) {
      throw new IllegalStateException("the incremental build differs from a clean one in " + differ.size() + " files");
    }
  }

  private static boolean hasOnline(Path report) {
    try {
      return ONLINE.matcher(Files.readString(report, StandardCharsets.UTF_8)).find();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void edit(Path report, int by) throws IOException {
    String text = Files.readString(report, StandardCharsets.UTF_8);
    Matcher m = ONLINE.matcher(text);
    if (!m.find()) {
      throw new IllegalStateException("no received_online in " + report);
    }
    Files.writeString(report, m.replaceFirst("  received_online: " + Math.max(0, Integer.parseInt(m.group(1)) + by)),
        StandardCharsets.UTF_8);
  }

  /** This JVM's CPU time so far, all threads, in nanoseconds: what a rebuild costs whatever else the cores run. */
  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** The 1-, 5- and 15-minute load averages, for every figure printed: the cores are shared. */
  static String load() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "unknown";
    }
  }
}
