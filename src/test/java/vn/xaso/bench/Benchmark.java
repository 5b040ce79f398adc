package vn.xaso.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import vn.xaso.build.Build;
import vn.xaso.build.Check;
import vn.xaso.build.Stage;
import vn.xaso.sample.SampleGenerator;

/**
 * The national-scale benchmark: generates a synthetic project, then times a validate run, a
 * clean build and a one-report rebuild, printing per-stage figures and peak heap. Not a test:
 * run it with {@code mvn -B -ntp -Pbenchmark -DskipTests verify} (see README).
 */
public final class Benchmark {
  private Benchmark() {}

  public static void main(String[] args) throws IOException {
    int communes = args.length > 0 ? Integer.parseInt(args[0]) : 3321;
    int periods = args.length > 1 ? Integer.parseInt(args[1]) : 12;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
    Path work = Path.of("target/bench").toAbsolutePath();
    Path project = work.resolve("project-" + communes + "x" + periods + "-s" + seed);
    Path site = work.resolve("site");
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

    deleteTree(site);
    Build.Result clean = timed("clean build", () -> new Build().run(project, site, Build.Scope.SITE));
    long pages = clean.written().stream().filter(w -> w.path().endsWith(".html")).count();
    long totalMs = clean.stages().stream().mapToLong(Stage::millis).sum();
    System.out.printf(Locale.ROOT, "pages: %d html of %d files; %.3f ms per page (whole build / html pages)%n",
        pages, clean.written().size(), pages == 0 ? 0.0 : (double) totalMs / pages);

    Path one = firstReport(project);
    String before = Files.readString(one, StandardCharsets.UTF_8);
    Files.writeString(one, before + "\n# benchmark edit\n", StandardCharsets.UTF_8);
    Build.Result again;
    try {
      again = timed("rebuild after one report changed", () -> new Build().run(project, site, Build.Scope.SITE));
    } finally {
      Files.writeString(one, before, StandardCharsets.UTF_8);
    }
    long peak = Stream.concat(clean.stages().stream(), again.stages().stream()).mapToLong(Stage::peakHeapBytes).max()
        .orElse(0);
    System.out.printf(Locale.ROOT, "peak heap of any stage: %d MB (limit -Xmx%d MB)%n", peak >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
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

  private static Path firstReport(Path project) throws IOException {
    try (Stream<Path> walk = Files.walk(project.resolve("data"))) {
      return walk.filter(p -> p.getFileName().toString().matches("[0-9]{4}-[0-9]{2}\\.yaml")).sorted().findFirst()
          .orElseThrow();
    }
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static void deleteTree(Path root) throws IOException {
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
