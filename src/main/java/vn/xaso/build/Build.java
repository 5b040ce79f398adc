package vn.xaso.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import vn.xaso.cache.BuildCache;
import vn.xaso.cache.Fingerprint;
import vn.xaso.cache.Scan;
import vn.xaso.derive.Changes;
import vn.xaso.derive.Derived;
import vn.xaso.derive.Deriver;
import vn.xaso.derive.ReportFacts;
import vn.xaso.model.Commune;
import vn.xaso.model.SiteConfig;
import vn.xaso.problem.Code;
import vn.xaso.problem.Position;
import vn.xaso.problem.Problems;
import vn.xaso.problem.Stop;
import vn.xaso.publish.DataPublisher;
import vn.xaso.publish.DataPublisher.ProvinceSlice;
import vn.xaso.publish.Output;
import vn.xaso.publish.OutputFolder;
import vn.xaso.site.SiteRenderer;

/**
 * The build, stage by stage: check (load + validate), derive, publish the data, render the
 * pages, then put the output in place. Problems are collected along the way; any error stops
 * the build before anything reaches the output folder.
 *
 * <p>With a {@link BuildCache}, a build first compares the data folder with the cache. When only
 * some communes' files changed, it reads just those files, takes the rest from the cache, and
 * writes only their pages and files and the national ones; the result is byte for byte what a
 * clean build gives. Anything else (a new tool, theme, content page or province, a file the
 * loader would complain about, an error) means a clean build.
 */
public final class Build {
  private final Check check;
  private final Deriver deriver;
  private final DataPublisher data;
  private final SiteRenderer site;
  /** Null for a build that neither reads nor writes a cache. */
  private final BuildCache cache;
  private final String tool;

  public Build() {
    this(new Check(), new Deriver(), new DataPublisher(), new SiteRenderer(), null, "");
  }

  public Build(Check check, Deriver deriver, DataPublisher data, SiteRenderer site) {
    this(check, deriver, data, site, null, "");
  }

  public Build(Check check, Deriver deriver, DataPublisher data, SiteRenderer site, BuildCache cache, String tool) {
    this.check = check;
    this.deriver = deriver;
    this.data = data;
    this.site = site;
    this.cache = cache;
    this.tool = tool;
  }

  /** A build that keeps its cache in {@code cacheDir}, invalidated by this tool's own bytes. */
  public static Build cached(Path cacheDir) {
    return cached(cacheDir, Fingerprint.tool());
  }

  /** As {@link #cached(Path)}, with the tool's identity given: tests change it to stand for a new version. */
  public static Build cached(Path cacheDir, String tool) {
    return new Build(new Check(), new Deriver(), new DataPublisher(), new SiteRenderer(), new BuildCache(cacheDir), tool);
  }

  /** What to write: the whole site, or only the open-data files. */
  public enum Scope { SITE, DATA }

  /**
   * Problems found, files read, the files of the output (none when the build stopped on errors),
   * each stage's figures, how the build went (clean and why, or incremental; in both languages) and
   * how many files it changed on disk.
   */
  public record Result(Problems problems, int filesRead, Supplier<List<Output.Written>> output, int files,
      List<Stage> stages, String mode, int changed, Set<String> reread) {
    public Result(Problems problems, int filesRead, List<Output.Written> written, List<Stage> stages) {
      this(problems, filesRead, () -> written, written.size(), stages, "toàn bộ / clean", written.size(), null);
    }

    public boolean ok() {
      return !problems.hasErrors();
    }

    /**
     * Every file of the output, sorted by path; worked out when first asked, as sorting 160,000
     * paths is a good part of a rebuild that changed 30 of them.
     */
    public List<Output.Written> written() {
      return output.get();
    }

    /** Whether this build read {@code file} again: every file in a clean build, the changed ones in an incremental one. */
    public boolean reread(String file) {
      return reread == null || reread.contains(file);
    }
  }

  public Result run(Path project, Path out, Scope scope) throws IOException {
    return run(project, out, scope, null, BuildListener.NONE);
  }

  public Result run(Path project, Path out, Scope scope, String baseUrl) throws IOException {
    return run(project, out, scope, baseUrl, BuildListener.NONE);
  }

  /**
   * Runs the build; a non-null {@code baseUrl} replaces the configured one, so CI can publish a
   * fork or a Pages project site under its own address without editing the configuration.
   */
  // The lock is held for the whole build and never read: javac's "try" lint would flag it.
  @SuppressWarnings("try")
  public Result run(Path project, Path out, Scope scope, String baseUrl, BuildListener listener) throws IOException {
    OutputFolder.check(project, out, cache == null ? null : cache.dir());
    if (cache != null) {
      for (Path p = cache.dir().toAbsolutePath().normalize(); p != null; p = p.getParent()) {
        if (java.nio.file.Files.exists(p) && !java.nio.file.Files.isDirectory(p)) {
          // Found before anything is written, not when the cache is saved after the site is in.
          throw Stop.of(p.toString(), Code.CACHE_NOT_FOLDER, Map.of("path", p.toString()));
        }
      }
    }
    try (OutputFolder.Lock lock = OutputFolder.lock(out)) {
      return locked(project, out, scope, baseUrl, listener);
    }
  }

  private Result locked(Path project, Path out, Scope scope, String baseUrl, BuildListener listener) throws IOException {
    List<Stage> stages = new ArrayList<>();
    BuildListener recording = new BuildListener() {
      @Override
      public void started(String stage, IntSupplier done) {
        listener.started(stage, done);
      }

      @Override
      public void finished(Stage stage) {
        stages.add(stage);
        listener.finished(stage);
      }
    };
    if (cache == null) {
      return clean(project, out, scope, baseUrl, recording, stages, null, null);
    }
    recording.started("scan", () -> 0);
    Stage.Clock clock = new Stage.Clock("scan");
    String fingerprint = Fingerprint.of(project, tool, scope + " " + baseUrl + " " + out.toAbsolutePath().normalize());
    BuildCache.Plan plan = cache.plan(project, out, fingerprint);
    recording.finished(clock.end(plan.scan().all().size(), "tệp/files"));
    if (plan instanceof BuildCache.Incremental incremental) {
      Attempt attempt = incremental(project, out, scope, baseUrl, recording, stages, incremental, fingerprint);
      if (attempt.result() != null) {
        return attempt.result();
      }
      plan = attempt.instead();
    }
    return clean(project, out, scope, baseUrl, recording, stages, (BuildCache.Clean) plan, fingerprint);
  }

  /** Everything from the data folder; saves the cache afterwards when there is one. */
  private Result clean(Path project, Path out, Scope scope, String baseUrl, BuildListener recording, List<Stage> stages,
      BuildCache.Clean plan, String fingerprint) throws IOException {
    Checked checked = checkAndDerive(project, recording);
    Problems problems = checked.problems();
    String mode = plan == null ? "toàn bộ, không dùng bộ đệm / clean, no cache used"
        : "toàn bộ, " + plan.vi() + " / clean, " + plan.en();
    if (checked.derived() == null) {
      return new Result(problems, checked.files(), List::of, 0, stages, mode, 0, null);
    }
    if (cache != null) {
      // The output is about to be replaced: the state describing it is no longer true.
      cache.invalidate();
    }
    Output output = new Output(out);
    Written w = write(project, scope, baseUrl, recording, checked.config(), checked.derived(), output, Changes.ALL,
        DataPublisher.SliceStore.NONE, Map.of(), () -> { });
    if (cache != null && plan.scan().unusual().isEmpty()) {
      save(plan.scan(), fingerprint, out, output, checked.derived(), problems, w, true, recording);
    }
    return new Result(problems, checked.files(), once(output::files), output.total(), stages, mode, output.changed(),
        null);
  }

  private record Written(List<ProvinceSlice> slices, Map<String, String> pages) {}

  /** The writing stages, common to clean and incremental builds: data, pages, commit. */
  private Written write(Path project, Scope scope, String baseUrl, BuildListener recording, SiteConfig config,
      Derived derived, Output output, Changes changes, DataPublisher.SliceStore store, Map<String, String> pages,
      Runnable beforeCommit) throws IOException {
    SiteConfig withUrl = withBaseUrl(config, baseUrl);
    try {
      recording.started("data", output::count);
      Stage.Clock clock = new Stage.Clock("data");
      List<ProvinceSlice> slices = data.publish(derived, withUrl, output, project, changes, store);
      Map<String, String> hashes = Map.of();
      int dataFiles = output.count();
      recording.finished(clock.end(dataFiles, "tệp/files"));
      if (scope == Scope.SITE) {
        recording.started("pages", () -> output.count() - dataFiles);
        clock = new Stage.Clock("pages");
        hashes = site.render(derived, withUrl, project, output, changes, pages);
        recording.finished(clock.end(output.count() - dataFiles, "tệp/files"));
      }
      recording.started("commit", () -> 0);
      clock = new Stage.Clock("commit");
      beforeCommit.run();
      output.commit();
      recording.finished(clock.end(output.changed(), "tệp/files"));
      return new Written(slices, hashes);
    } catch (IOException | RuntimeException e) {
      output.abort();
      throw e;
    }
  }

  /**
   * An incremental build's result, or the clean build to run instead and why (the cache could
   * not be read, or the check found errors: a clean check then tells them as it always does).
   */
  private record Attempt(Result result, BuildCache.Clean instead) {}

  /**
   * Reads the changed communes' files and the province profiles, takes everything else from the
   * cache, and writes what changed.
   */
  private Attempt incremental(Path project, Path out, Scope scope, String baseUrl, BuildListener recording,
      List<Stage> stages, BuildCache.Incremental plan, String fingerprint) throws IOException {
    Changes changes = plan.changes();
    Scan scan = plan.scan();
    recording.started("load", () -> 0);
    Stage.Clock clock = new Stage.Clock("load");
    List<String> provinces = List.copyOf(scan.provinces().keySet());
    List<BuildCache.Unit> restored;
    Map<String, ProvinceSlice> slices;
    try {
      restored = provinces.parallelStream().flatMap(p -> cache.units(p).stream())
          .filter(u -> scan.units().containsKey(u.key()) && !changes.communes().contains(u.key())).toList();
      slices = provinces.parallelStream().collect(java.util.stream.Collectors.toConcurrentMap(p -> p, cache::slice));
    } catch (RuntimeException e) {
      // A cache file missing or unreadable: nothing in it can be trusted.
      recording.finished(clock.end(0, "tệp/files"));
      return new Attempt(null, new BuildCache.Clean("bộ đệm hỏng", "cache damaged", scan));
    }
    Check.Result fresh = check.load(project, plan.reload());
    int filesRead = scan.all().size() + (fresh.config().isPresent() ? 1 : 0);
    recording.finished(clock.end(plan.reload().size(), "tệp/files"));

    recording.started("validate", () -> 0);
    clock = new Stage.Clock("validate");
    Problems problems = fresh.problems();
    check.validate(fresh.data(), problems);
    restored.forEach(u -> u.problems().forEach(problems::add));
    if (fresh.config().isEmpty()) {
      problems.add("content/site.yaml", Position.FILE, "", Code.MISSING_PROFILE, Map.of("path", "content/site.yaml"));
    }
    recording.finished(clock.end(fresh.data().reports().size(), "báo cáo/reports"));
    if (problems.hasErrors()) {
      return new Attempt(null, new BuildCache.Clean("có lỗi", "errors found", scan));
    }

    if (changes.communes().isEmpty()) {
      // Nothing changed since the last build, which wrote this output: it is already what a build would write.
      Map<String, Output.Written> manifest = plan.state().manifest();
      return new Attempt(new Result(problems, filesRead, once(() -> List.copyOf(new java.util.TreeMap<>(manifest).values())),
          manifest.size(), stages, "không có gì thay đổi / nothing changed", 0, Set.copyOf(plan.reload())), null);
    }
    recording.started("derive", () -> 0);
    clock = new Stage.Clock("derive");
    Derived derived = merge(deriver.derive(fresh.data(), problems), restored);
    recording.finished(clock.end(fresh.data().reports().size(), "báo cáo/reports"));

    Output output = Output.incremental(out, plan.state().manifest(), redone(changes, Set.copyOf(provinces)));
    Written w = write(project, scope, baseUrl, recording, fresh.config().get(), derived, output, changes,
        BuildCache.store(slices, changes), plan.state().pages(), cache::invalidate);
    save(scan, fingerprint, out, output, derived, problems, w, false, recording);
    int n = changes.communes().size();
    String mode = "cập nhật " + n + " xã / incremental, " + n + (n == 1 ? " commune" : " communes");
    return new Attempt(new Result(problems, filesRead, once(output::files), output.total(), stages, mode,
        output.changed(), Set.copyOf(plan.reload())), null);
  }

  /** A supplier that works its value out once. */
  private static <T> Supplier<T> once(Supplier<T> supplier) {
    return new Supplier<>() {
      private T value;

      @Override
      public synchronized T get() {
        if (value == null) {
          value = supplier.get();
        }
        return value;
      }
    };
  }

  /** The changed communes, derived afresh, and the cached ones as one whole, in the order a clean build gives. */
  private static Derived merge(Derived fresh, List<BuildCache.Unit> restored) {
    List<Commune> communes = new ArrayList<>(fresh.communes());
    List<ReportFacts> reports = new ArrayList<>(fresh.reports());
    for (BuildCache.Unit u : restored) {
      communes.add(u.commune());
      reports.addAll(u.facts(fresh.province(u.commune().province()).orElseThrow()));
    }
    return new Derived(fresh.provinces(), communes, reports);
  }

  /**
   * Which files of the previous output this build writes again, if they still exist: the
   * national ones, and those of the provinces and communes that changed. Everything else stays.
   */
  static Predicate<String> redone(Changes changes, Set<String> provinces) {
    // Called for each of 160,000 files at national scale: index arithmetic, no splitting.
    return path -> {
      String owner = BuildCache.owner(path, provinces);
      if (owner == null) {
        return true;
      }
      if (!changes.provinces().contains(owner)) {
        return false;
      }
      int from = path.startsWith("en/") ? 3 : 0;
      from += path.startsWith("data/", from) ? 5 : 0;
      int first = path.indexOf('/', from);
      int second = first < 0 ? -1 : path.indexOf('/', first + 1);
      // The province's own pages and files are redone with it; a commune's, only if it changed.
      return second < 0 || changes.communes().contains(path.substring(from, second));
    };
  }

  private void save(Scan scan, String fingerprint, Path out, Output output, Derived derived, Problems problems,
      Written written, boolean clean, BuildListener recording) {
    recording.started("cache", () -> 0);
    Stage.Clock clock = new Stage.Clock("cache");
    Map<String, Output.Written> manifest = output.manifest();
    BuildCache.State state = new BuildCache.State(fingerprint, out.toAbsolutePath().normalize().toString(),
        scan.provinces(), manifest, written.pages());
    cache.save(state, scan, derived, problems.all(), written.slices(), clean);
    recording.finished(clock.end(written.slices().size(), "tỉnh/provinces"));
  }

  /** What checking and deriving leave for the writing stages; {@code derived} is null when there were errors. */
  private record Checked(Problems problems, int files, SiteConfig config, Derived derived) {}

  /**
   * Load, validate and derive, in a method of their own so that the loaded dataset (with every
   * field's position) can be collected once the derived one exists.
   */
  private Checked checkAndDerive(Path project, BuildListener recording) throws IOException {
    Check.Result checked = check.run(project, recording);
    Problems problems = checked.problems();
    if (checked.config().isEmpty()) {
      problems.add("content/site.yaml", Position.FILE, "", Code.MISSING_PROFILE, Map.of("path", "content/site.yaml"));
    }
    if (problems.hasErrors()) {
      return new Checked(problems, checked.files(), null, null);
    }
    recording.started("derive", () -> 0);
    Stage.Clock clock = new Stage.Clock("derive");
    Derived derived = deriver.derive(checked.data(), problems);
    recording.finished(clock.end(derived.reports().size(), "báo cáo/reports"));
    return new Checked(problems, checked.files(), checked.config().orElseThrow(), derived);
  }

  private static SiteConfig withBaseUrl(SiteConfig c, String baseUrl) {
    if (baseUrl == null) {
      return c;
    }
    String url = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    return new SiteConfig(c.title(), c.description(), url, c.theme(), c.publisher(), c.licence(), c.dataVersion(),
        c.repository());
  }
}
