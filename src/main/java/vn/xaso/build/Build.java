package vn.xaso.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import vn.xaso.cache.BuildCache;
import vn.xaso.cache.Fingerprint;
import vn.xaso.cache.Scan;
import vn.xaso.derive.Changes;
import vn.xaso.derive.Derived;
import vn.xaso.derive.Deriver;
import vn.xaso.derive.ReportFacts;
import vn.xaso.load.Dataset;
import vn.xaso.model.Commune;
import vn.xaso.model.Province;
import vn.xaso.model.SiteConfig;
import vn.xaso.problem.Code;
import vn.xaso.problem.Position;
import vn.xaso.problem.Problems;
import vn.xaso.problem.Stop;
import vn.xaso.publish.DataPublisher;
import vn.xaso.publish.DataPublisher.ProvinceSlice;
import vn.xaso.publish.Output;
import vn.xaso.publish.OutputFolder;
import vn.xaso.publish.SiteSize;
import vn.xaso.site.SiteLayout;
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
   * How a build went: clean (and why), incremental (and how many communes it redid), or nothing
   * to do. Typed, so that callers tell them apart without reading text; {@link #vi()} and
   * {@link #en()} word it for people. {@code why} is null and {@code detail} empty unless the
   * build was clean.
   */
  public record Mode(Kind kind, BuildCache.Reason why, String detail, int communes) {
    public enum Kind { CLEAN, INCREMENTAL, UNCHANGED }

    public static final Mode UNCHANGED = new Mode(Kind.UNCHANGED, null, "", 0);

    public static Mode clean(BuildCache.Reason why, String detail) {
      return new Mode(Kind.CLEAN, why, detail, 0);
    }

    public static Mode incremental(int communes) {
      return new Mode(Kind.INCREMENTAL, null, "", communes);
    }

    public String vi() {
      return switch (kind) {
        case CLEAN -> "toàn bộ, " + why.vi(detail);
        case INCREMENTAL -> "cập nhật " + communes + " xã";
        case UNCHANGED -> "không có gì thay đổi";
      };
    }

    public String en() {
      return switch (kind) {
        case CLEAN -> "clean, " + why.en(detail);
        case INCREMENTAL -> "incremental, " + communes + (communes == 1 ? " commune" : " communes");
        case UNCHANGED -> "nothing changed";
      };
    }

    /** Both languages, Vietnamese first, as the terminal shows them. */
    public String text() {
      return vi() + " / " + en();
    }
  }

  /** The data files a build read again: every one ({@link #ALL}, a clean build), or those named. */
  public record Reread(boolean all, Set<String> files) {
    public static final Reread ALL = new Reread(true, Set.of());

    public Reread {
      files = Set.copyOf(files);
    }

    public static Reread only(Collection<String> files) {
      return new Reread(false, Set.copyOf(files));
    }

    public boolean contains(String file) {
      return all || files.contains(file);
    }
  }

  /**
   * Problems found, files read, the files of the output (none when the build stopped on errors),
   * each stage's figures, how the build went, how many files it changed on disk, which data
   * files it read again, and what the output weighs.
   */
  public record Result(Problems problems, int filesRead, Supplier<List<Output.Written>> output, int files,
      List<Stage> stages, Mode mode, int changed, Reread reread, SiteSize size) {
    public Result(Problems problems, int filesRead, List<Output.Written> written, List<Stage> stages) {
      this(problems, filesRead, () -> written, written.size(), stages, Mode.clean(BuildCache.Reason.NOT_USED, ""),
          written.size(), Reread.ALL, SiteSize.of(written));
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
      return reread.contains(file);
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
    return run(project, out, scope, baseUrl, listener, Scan.Hint.UNSURE);
  }

  /**
   * As above, told what changed in the data folder since this build's last run: a long-lived
   * build ({@code xaso serve}) passes what its watcher saw, so that the plan walks only those
   * folders and does not stat the whole output (#26). The hint is followed only when this
   * build's last run ended with the cache describing the data it scanned (saved, or nothing to
   * do); after a failed run, or for the first, the scan is full whatever the hint says.
   */
  @SuppressWarnings("try")
  public Result run(Path project, Path out, Scope scope, String baseUrl, BuildListener listener, Scan.Hint hint)
      throws IOException {
    Scan.Hint followed = lastRunFollowed ? hint : Scan.Hint.UNSURE;
    lastRunFollowed = false;
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
      BuildContext job = new BuildContext(project, out, scope, baseUrl, new Stages(listener));
      return run(job, plan(job, followed));
    }
  }

  /**
   * Whether this build's last run left the cache describing the data folder as it scanned it
   * (saved, or found nothing changed): only then is a hint of what changed since worth following.
   */
  private volatile boolean lastRunFollowed;

  /**
   * The recipe. Find what changed (everything, for a clean build), read and check it, derive,
   * write, and remember what was written. An incremental build that cannot go on (its cache
   * unreadable, or errors to tell, which a clean build tells as it always does) starts again clean.
   */
  Result run(BuildContext job) throws IOException {
    return run(job, plan(job, Scan.Hint.UNSURE));
  }

  private Result run(BuildContext job, BuildCache.Plan planned) throws IOException {
    BuildCache.Plan plan = planned;
    Input input = read(job, plan);
    if (input.cleanInstead().isPresent()) {
      plan = plan.instead(input.cleanInstead().get());
      input = read(job, plan);
    }
    if (input.problems().hasErrors()) {
      return new Result(input.problems(), input.files(), List::of, 0, job.stages().list(), mode(plan), 0,
          Reread.ALL, SiteSize.of(List.of()));
    }
    if (plan.nothingChanged()) {
      return unchanged(job, (BuildCache.Incremental) plan, input);
    }
    Derived derived = derive(job, input);
    if (plan instanceof BuildCache.Incremental i && citationYearMoved(job, i, derived)) {
      return run(job, plan.instead(BuildCache.Reason.CITATION_YEAR));
    }
    java.util.function.Function<String, String> ownerOf = ownerOf(plan);
    Output output = output(job, plan, ownerOf);
    Written written;
    try {
      written = write(job, plan, input, derived, output);
    } catch (Output.EditedByHand e) {
      // Found right before it was replaced or removed: clean, as after a plan that stat-ed every file.
      return run(job, new BuildCache.Clean(BuildCache.Reason.OUTPUT_EDITED, e.path(),
          Scan.of(job.project(), Map.of()), plan.fingerprint()));
    }
    remember(job, plan, input, derived, output, written, ownerOf);
    SiteSize size = measured(job, sizes.of(output.owned(ownerOf)), input.problems());
    return new Result(input.problems(), input.files(), once(output::files), output.total(), job.stages().list(),
        mode(plan), output.changed(), plan instanceof BuildCache.Incremental i ? Reread.only(i.reload()) : Reread.ALL,
        size);
  }

  /**
   * Every report and commune page cites the data by the year of its latest date; the pages of
   * reports not read again cannot be rendered from the cache's light facts, so when that year
   * moves (once a year) the build is a clean one.
   */
  private static boolean citationYearMoved(BuildContext job, BuildCache.Incremental plan, Derived derived) {
    return job.scope() == Scope.SITE
        && !SiteRenderer.citationYear(derived).equals(plan.state().pages().get(SiteRenderer.CITATION_YEAR));
  }

  /** Compares the data folder with the cache: what to redo, and what the cache holds of the rest. */
  private BuildCache.Plan plan(BuildContext job, Scan.Hint hint) throws IOException {
    if (cache == null) {
      return BuildCache.Clean.WITHOUT_CACHE;
    }
    return job.stage("scan", () -> 0, Stages.FILES,
        () -> cache.plan(job.project(), job.out(), Fingerprint.of(job.project(), tool, job.options()), hint),
        p -> p.scan().count());
  }

  /**
   * What the reading steps leave: the problems found, how many files were read, the data and
   * configuration read again, and what the cache holds of the communes not read; or, for an
   * incremental build, why a clean one must run instead.
   */
  private record Input(Problems problems, int files, Optional<SiteConfig> config, Dataset data,
      List<BuildCache.Unit> restored, Map<String, ProvinceSlice> slices, Optional<BuildCache.Reason> cleanInstead) {
    static Input instead(BuildCache.Reason why) {
      return new Input(new Problems(), 0, Optional.empty(), null, List.of(), Map.of(), Optional.of(why));
    }
  }

  /** Load and validate: every file for a clean build; the changed ones and the cache for an incremental one. */
  private Input read(BuildContext job, BuildCache.Plan plan) throws IOException {
    Input input = plan instanceof BuildCache.Incremental incremental ? readChanged(job, incremental) : readAll(job);
    if (input.cleanInstead().isPresent()) {
      return input;
    }
    if (input.config().isEmpty()) {
      input.problems().add("content/site.yaml", Position.FILE, "", Code.MISSING_PROFILE,
          Map.of("path", "content/site.yaml"));
    }
    if (plan instanceof BuildCache.Incremental && input.problems().hasErrors()) {
      return Input.instead(BuildCache.Reason.ERRORS);
    }
    return input;
  }

  private Input readAll(BuildContext job) throws IOException {
    Check.Result checked = check.run(job.project(), job.stages());
    return new Input(checked.problems(), checked.files(), checked.config(), checked.data(), List.of(), Map.of(),
        Optional.empty());
  }

  /** Reads the changed communes' files and the province profiles; takes everything else from the cache. */
  private Input readChanged(BuildContext job, BuildCache.Incremental plan) throws IOException {
    Changes changes = plan.changes();
    Scan scan = plan.scan();
    List<String> provinces = List.copyOf(scan.provinces().keySet());
    List<String> reload = plan.reload();
    Input loaded = job.stage("load", () -> 0, Stages.FILES, () -> {
      List<BuildCache.Unit> restored;
      Map<String, ProvinceSlice> slices;
      try {
        restored = provinces.parallelStream().flatMap(p -> cache.units(p).stream())
            .filter(u -> scan.units().containsKey(u.key()) && !changes.communes().contains(u.key())).toList();
        slices = provinces.parallelStream().collect(java.util.stream.Collectors.toConcurrentMap(p -> p, cache::slice));
      } catch (RuntimeException e) {
        // A cache file missing or unreadable: nothing in it can be trusted.
        return Input.instead(BuildCache.Reason.CACHE_DAMAGED);
      }
      Check.Result fresh = check.load(job.project(), reload);
      int files = scan.count() + (fresh.config().isPresent() ? 1 : 0);
      return new Input(fresh.problems(), files, fresh.config(), fresh.data(), restored, slices, Optional.empty());
    }, in -> in.cleanInstead().isPresent() ? 0 : reload.size());
    if (loaded.cleanInstead().isPresent()) {
      return loaded;
    }
    return job.stage("validate", () -> 0, Stages.REPORTS, () -> {
      check.validate(job.project(), loaded.data(), loaded.problems());
      loaded.restored().forEach(u -> u.problems().forEach(loaded.problems()::add));
      return loaded;
    }, in -> in.data().reports().size());
  }

  /** Nothing changed since the last build, which wrote this output: it is already what a build would write. */
  private Result unchanged(BuildContext job, BuildCache.Incremental plan, Input input) {
    java.util.Collection<Output.Written> files = Output.flat(plan.state().files());
    SiteSize size = measured(job, sizes.of(plan.state().files()), input.problems());
    lastRunFollowed = true;
    return new Result(input.problems(), input.files(),
        once(() -> files.stream().sorted(java.util.Comparator.comparing(Output.Written::path)).toList()),
        files.size(), job.stages().list(), Mode.UNCHANGED, 0, Reread.only(plan.reload()), size);
  }

  /**
   * What the output weighs, its warnings added to the problems after the cache is saved: they
   * are the output's, not any data file's, and every build works them out again.
   */
  private static SiteSize measured(BuildContext job, SiteSize size, Problems problems) {
    size.warnings(job.out().toString()).forEach(problems::add);
    return size;
  }

  /** Derives the data read again, and joins what the cache holds of the rest. */
  private Derived derive(BuildContext job, Input input) throws IOException {
    Derived[] fresh = new Derived[1];
    return job.stage("derive", () -> 0, Stages.REPORTS, () -> {
      fresh[0] = deriver.derive(input.data(), input.problems());
      return merge(fresh[0], input.restored());
    }, d -> fresh[0].reports().size());
  }

  /**
   * Where this build writes: a new output for a clean build; for an incremental one, the
   * previous output, of which it redoes the national files and those of what changed.
   */
  private static Output output(BuildContext job, BuildCache.Plan plan,
      java.util.function.Function<String, String> ownerOf) throws IOException {
    if (plan instanceof BuildCache.Incremental incremental) {
      // The nation's files and those of the changed provinces may be redone; every other province's are kept.
      java.util.Set<String> touched = new java.util.HashSet<>(incremental.changes().provinces());
      touched.add("");
      return Output.incremental(job.out(), incremental.state().files(), ownerOf, touched,
          redone(incremental.changes(), owners(incremental.scan())), incremental.intact());
    }
    return new Output(job.out());
  }

  private record Written(List<ProvinceSlice> slices, Map<String, String> pages) {}

  /** The writing stages: data, pages, commit. */
  private Written write(BuildContext job, BuildCache.Plan plan, Input input, Derived derived, Output output)
      throws IOException {
    SiteConfig config = job.site(input.config().orElseThrow());
    Changes changes = plan.changes();
    DataPublisher.SliceStore store = changes.all() ? DataPublisher.SliceStore.NONE
        : BuildCache.store(input.slices(), changes);
    Map<String, String> previous = plan instanceof BuildCache.Incremental i ? i.state().pages() : Map.of();
    try {
      List<ProvinceSlice> slices = job.stage("data", output::count, Stages.FILES,
          () -> data.publish(derived, config, output, job.project(), changes, store), x -> output.count());
      int dataFiles = output.count();
      Map<String, String> hashes = job.scope() != Scope.SITE ? Map.of()
          : job.stage("pages", () -> output.count() - dataFiles, Stages.FILES,
              () -> site.render(derived, config, job.project(), output, changes, previous),
              x -> output.count() - dataFiles);
      job.stage("commit", () -> 0, Stages.FILES, () -> {
        if (cache != null) {
          // The output is about to change: the state describing it is no longer true.
          cache.invalidate();
        }
        output.commit();
        return output;
      }, Output::changed);
      return new Written(slices, hashes);
    } catch (IOException | RuntimeException e) {
      output.abort();
      throw e;
    }
  }

  /** Saves the cache, when there is one and the data folder holds nothing it could not account for. */
  private void remember(BuildContext job, BuildCache.Plan plan, Input input, Derived derived, Output output,
      Written written, java.util.function.Function<String, String> ownerOf) throws IOException {
    if (cache == null || !plan.scan().unusual().isEmpty()) {
      return;
    }
    job.stage("cache", () -> 0, Stages.PROVINCES, () -> {
      BuildCache.State state = new BuildCache.State(plan.fingerprint(), job.out().toAbsolutePath().normalize().toString(),
          plan.scan().provinces(), output.owned(ownerOf), written.pages());
      lastRunFollowed = cache.save(state, plan.scan(), derived, input.problems().all(), written.slices(),
          plan.changes().all());
      return lastRunFollowed;
    }, saved -> written.slices().size());
  }

  /**
   * The province that owns a file of the output, "" for the nation's: how the cache and an
   * incremental output group the files. A build without a cache scans nothing; its files are
   * not grouped, as nothing keeps them.
   */
  private static java.util.function.Function<String, String> ownerOf(BuildCache.Plan plan) {
    if (plan.scan() == null) {
      return path -> "";
    }
    SiteLayout.Owners owners = owners(plan.scan());
    return path -> {
      String province = owners.of(path).province();
      return province == null ? "" : province;
    };
  }

  /** The owners of the output's files: the units of the data folder as scanned, with the folders the layout gives each. */
  static SiteLayout.Owners owners(Scan scan) {
    return SiteLayout.Owners.of(scan.provinces().keySet(), scan.units().keySet());
  }

  private static Mode mode(BuildCache.Plan plan) {
    return plan instanceof BuildCache.Clean clean ? Mode.clean(clean.why(), clean.detail())
        : Mode.incremental(plan.changes().communes().size());
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
  private Derived merge(Derived fresh, List<BuildCache.Unit> restored) {
    if (restored.isEmpty()) {
      lastRestored = Map.of();
      return fresh;
    }
    List<Commune> communes = new ArrayList<>(fresh.communes());
    List<ReportFacts> reports = new ArrayList<>(fresh.reports());
    Map<String, Province> provinces = new java.util.HashMap<>();
    fresh.provinces().forEach(p -> provinces.put(p.slug(), p));
    Map<BuildCache.Unit, Restored> last = lastRestored;
    Map<BuildCache.Unit, Restored> now = new java.util.IdentityHashMap<>();
    for (BuildCache.Unit u : restored) {
      Province province = Objects.requireNonNull(provinces.get(u.commune().province()), u.key());
      Restored before = last.get(u);
      Restored facts = before != null && before.province().equals(province) ? before
          : new Restored(province, u.facts(province));
      now.put(u, facts);
      communes.add(u.commune());
      reports.addAll(facts.facts());
    }
    lastRestored = now;
    return new Derived(fresh.provinces(), communes, reports);
  }

  /** A cached commune's reports' facts, made with its province as this build read it. */
  private record Restored(Province province, List<ReportFacts> facts) {}

  /**
   * The facts the last build made of the communes it took from the cache, by the cache's unit
   * itself (its identity: the cache gives the same unit until the commune is saved again). A
   * long-lived build ({@code xaso serve}) then makes them once, not 40,000 at every rebuild (#26).
   */
  private volatile Map<BuildCache.Unit, Restored> lastRestored = Map.of();

  /** What the output weighs, kept by owner between a long-lived build's runs. */
  private final SiteSize.Memo sizes = new SiteSize.Memo();

  /**
   * Which files of the previous output this build writes again, if they still exist: the
   * national ones, and those of the provinces and communes that changed. Everything else stays.
   */
  static Predicate<String> redone(Changes changes, SiteLayout.Owners owners) {
    // Called for each of 160,000 files at national scale: index arithmetic, no splitting.
    return path -> {
      SiteLayout.Owner owner = owners.of(path);
      if (owner.national()) {
        return true;
      }
      if (!changes.provinces().contains(owner.province())) {
        return false;
      }
      // The province's own pages and files are redone with it; a commune's, only if it changed.
      return owner.commune() == null || changes.communes().contains(owner.communeKey());
    };
  }
}
