package vn.xaso.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.commons.io.file.PathUtils;
import vn.xaso.derive.Changes;
import vn.xaso.derive.Derived;
import vn.xaso.derive.ReportFacts;
import vn.xaso.load.Dataset;
import vn.xaso.load.Layout;
import vn.xaso.load.SourceMap;
import vn.xaso.model.Commune;
import vn.xaso.model.Province;
import vn.xaso.model.Report;
import vn.xaso.problem.Code;
import vn.xaso.problem.Problem;
import vn.xaso.publish.DataPublisher.ProvinceSlice;
import vn.xaso.publish.DataPublisher.Slice;
import vn.xaso.publish.DataPublisher.SliceStore;
import vn.xaso.publish.Output;

/**
 * The build cache, a folder under {@code target/}. For each province it keeps its commune
 * folders' file stamps, their bound values and problems, and the province's open-data slices;
 * beside them, {@code state.bin} holds the fingerprint (tool, options, content, theme), the
 * province profiles' stamps and the list of files in the output.
 *
 * <p>{@code state.bin} is written last and deleted before an output is touched, so a build
 * killed half-way leaves no state, and the next build is a clean one.
 */
public final class BuildCache {
  private static final String FORMAT = "xaso-cache/6";

  private final Path dir;
  private final Codec codec;
  /** What this instance last read or wrote, valid while {@code state.bin} is the file it saw. */
  private final Memo memo = new Memo();
  /**
   * {@code state.bin} as this instance last wrote it (its {@link #identity}), or null: a hint of
   * what changed is followed only against a cache no other build has written since.
   */
  private volatile Object savedHere;

  public BuildCache(Path dir) {
    this(dir, new Codec());
  }

  public BuildCache(Path dir, Codec codec) {
    this.dir = dir.toAbsolutePath().normalize();
    this.codec = codec;
  }

  public Path dir() {
    return dir;
  }

  /**
   * A commune folder as the cache holds it: its profile, its reports' facts as the national
   * pages and files need them (indicators and warnings, the report cut down to its identity,
   * period and source; commune and province left out, as they are the same for all), and the
   * problems found in its files. A commune that changes is read again from its YAML, so nothing
   * else of its reports is kept.
   */
  public record Unit(String key, Commune commune, List<ReportFacts> reports, List<Problem> problems) {
    public Unit {
      reports = List.copyOf(reports);
      problems = List.copyOf(problems);
    }

    /** Its reports' facts with their commune and the given province put back. */
    public List<ReportFacts> facts(Province province) {
      return reports.stream()
          .map(f -> new ReportFacts(f.loaded(), commune, province, f.indicators(), f.warnings())).toList();
    }

    static ReportFacts light(ReportFacts f) {
      Report r = f.report();
      return new ReportFacts(new Dataset.Loaded<>(Report.identity(r.commune(), r.period(), r.source()),
          f.loaded().file(), SourceMap.NONE), null, null,
          f.indicators(), f.warnings());
    }
  }

  /**
   * What the last good build left: its fingerprint, output folder, province stamps, output files
   * by the province that owns them ("" for the nation's: the cache keeps them so, and a rebuild
   * looks only at the owners it touches), and the model hash of each national and province page.
   */
  public record State(String fingerprint, String out, Map<String, FileStamp> provinces,
      Map<String, Map<String, Output.Written>> files, Map<String, String> pages) {

    /** Every output file, by path: a copy, for the rare caller that needs them as one map. */
    public Map<String, Output.Written> manifest() {
      Map<String, Output.Written> all = new HashMap<>();
      files.values().forEach(all::putAll);
      return all;
    }
  }

  /**
   * What this build must do (Hugo's {@code WhatChanged}): redo everything, or only the communes
   * whose files changed. Either way the build runs the same steps over {@link #changes()}.
   */
  public sealed interface Plan permits Clean, Incremental {
    /** The data folder's stamps; null for a build without a cache, which scans nothing. */
    Scan scan();

    /** What to redo: {@link Changes#ALL} for a clean build. */
    Changes changes();

    /** The fingerprint to save the cache under; null for a build without a cache. */
    String fingerprint();

    /** Whether nothing changed since the last build, whose output is then already what a build would write. */
    default boolean nothingChanged() {
      return !changes().all() && changes().communes().isEmpty();
    }

    /** A clean build in this one's place, for the reason given. */
    default Clean instead(Reason why) {
      return new Clean(why, "", scan(), fingerprint());
    }
  }

  /** Why a build is clean; {@code detail} (a file, or empty) follows the words in both languages. */
  public enum Reason {
    NOT_USED("không dùng bộ đệm", "no cache used"),
    NO_CACHE("chưa có bộ đệm", "no cache"),
    FINGERPRINT("công cụ, tuỳ chọn, nội dung hoặc giao diện đã đổi", "tool, options, content or theme changed"),
    OUTPUT_MOVED("thư mục kết quả đã đổi hoặc không còn", "output folder changed or missing"),
    OUTPUT_EDITED("tệp kết quả bị sửa hoặc mất: ", "output file edited or missing: "),
    CACHE_INCOMPLETE("bộ đệm không đủ", "cache incomplete"),
    CACHE_DAMAGED("bộ đệm hỏng", "cache damaged"),
    UNUSUAL_FILE("tệp lạ ", "unusual file "),
    PROVINCES_CHANGED("có tỉnh được thêm, bớt hoặc sửa", "a province was added, removed or changed"),
    CITATION_YEAR("năm ghi trong trích dẫn dữ liệu đã đổi", "the year the data is cited by changed"),
    ERRORS("có lỗi", "errors found");

    private final String vi;
    private final String en;

    Reason(String vi, String en) {
      this.vi = vi;
      this.en = en;
    }

    public String vi(String detail) {
      return vi + detail;
    }

    public String en(String detail) {
      return en + detail;
    }
  }

  /** Build everything, for the reason given. */
  public record Clean(Reason why, String detail, Scan scan, String fingerprint) implements Plan {
    /** A build that neither reads nor writes a cache. */
    public static final Clean WITHOUT_CACHE = new Clean(Reason.NOT_USED, "", null, null);

    @Override
    public Changes changes() {
      return Changes.ALL;
    }
  }

  /**
   * Redo what {@code changes} names; the rest is in the cache. {@code intact} tells whether a file
   * of the output is still what the last build wrote (its size, and its hash when touched since):
   * the output asks it of each file right before replacing or removing it (#26).
   */
  public record Incremental(Changes changes, Scan scan, State state, Predicate<Output.Written> intact)
      implements Plan {
    /** A plan whose output is taken as the last build left it, every file having been checked already. */
    public Incremental(Changes changes, Scan scan, State state) {
      this(changes, scan, state, w -> true);
    }

    @Override
    public String fingerprint() {
      return state.fingerprint();
    }

    /** The data files to read afresh: every province profile and the files of the changed communes. */
    public List<String> reload() {
      List<String> out = new ArrayList<>();
      scan.provinces().values().forEach(s -> out.add(s.file()));
      scan.units().forEach((key, files) -> {
        if (changes.communes().contains(key)) {
          files.forEach(f -> out.add(f.file()));
        }
      });
      return out.stream().sorted().toList();
    }
  }

  /** Compares the data folder with what the cache holds for a build with {@code fingerprint} into {@code out}. */
  public Plan plan(Path project, Path out, String fingerprint) {
    return plan(project, out, fingerprint, Scan.Hint.UNSURE);
  }

  /**
   * As above, told by a long-lived build what changed in the data folder since its last build's
   * scan. The hint is followed only when the cache is the very one this instance saved last (no
   * other build wrote it since) and it leaves no doubt ({@link Scan#since}); then only the hinted
   * folders are walked, and the output's files are not stat-ed: each is checked against the
   * manifest right before this build replaces or removes it ({@link Incremental#intact}). Any
   * doubt is the full scan, every output file stat-ed, exactly as without a hint.
   */
  public Plan plan(Path project, Path out, String fingerprint, Scan.Hint hint) {
    Optional<State> state = state();
    if (state.isEmpty()) {
      return new Clean(Reason.NO_CACHE, "", Scan.of(project, Map.of()), fingerprint);
    }
    State s = state.get();
    if (!s.fingerprint().equals(fingerprint)) {
      return new Clean(Reason.FINGERPRINT, "", Scan.of(project, Map.of()), fingerprint);
    }
    if (!s.out().equals(out.toAbsolutePath().normalize().toString()) || !Files.isDirectory(out)) {
      return new Clean(Reason.OUTPUT_MOVED, "", Scan.of(project, Map.of()), fingerprint);
    }
    Path stateFile = dir.resolve("state.bin");
    Object seen = identity(stateFile);
    Optional<Scan> hinted = Optional.empty();
    if (!hint.unsure() && seen != null && seen.equals(savedHere)) {
      Map<String, List<FileStamp>> last = known(s);
      if (last != null) {
        hinted = Scan.since(project, new Scan(s.provinces(), last, Optional.empty()), hint);
      }
    }
    long saved;
    try {
      saved = Files.getLastModifiedTime(stateFile).toMillis();
    } catch (IOException e) {
      saved = Long.MIN_VALUE; // every file touched since, so hashed
    }
    long since = saved;
    Path root = out.toAbsolutePath().normalize();
    Predicate<Output.Written> intact = w -> intact(root.resolve(w.path()), w, since);
    if (hinted.isEmpty()) {
      Optional<String> damaged = damaged(out, s.files());
      if (damaged.isPresent()) {
        return new Clean(Reason.OUTPUT_EDITED, damaged.get(), Scan.of(project, Map.of()), fingerprint);
      }
    }
    Map<String, List<FileStamp>> known = known(s);
    if (known == null) {
      return new Clean(Reason.CACHE_INCOMPLETE, "", Scan.of(project, Map.of()), fingerprint);
    }
    Scan scan;
    if (hinted.isPresent()) {
      scan = hinted.get();
    } else {
      Map<String, FileStamp> byFile = new HashMap<>();
      s.provinces().values().forEach(p -> byFile.put(p.file(), p));
      known.values().forEach(l -> l.forEach(f -> byFile.put(f.file(), f)));
      scan = Scan.of(project, byFile);
    }
    if (scan.unusual().isPresent()) {
      return new Clean(Reason.UNUSUAL_FILE, scan.unusual().get(), scan, fingerprint);
    }
    if (!sameContent(scan.provinces(), s.provinces())) {
      return new Clean(Reason.PROVINCES_CHANGED, "", scan, fingerprint);
    }
    Set<String> changed = new TreeSet<>();
    scan.units().forEach((key, files) -> {
      if (!sameContent(files, known.get(key))) {
        changed.add(key);
      }
    });
    known.keySet().stream().filter(k -> !scan.units().containsKey(k)).forEach(changed::add);
    return new Incremental(Changes.of(changed), scan, s, intact);
  }

  /** The commune folders' stamps the cache holds, by commune; null when a province's are missing or unreadable. */
  private Map<String, List<FileStamp>> known(State s) {
    Map<String, List<FileStamp>> known = new TreeMap<>();
    for (String province : s.provinces().keySet()) {
      Optional<Map<String, List<FileStamp>>> stamps = stamps(province);
      if (stamps.isEmpty()) {
        return null;
      }
      known.putAll(stamps.get());
    }
    return known;
  }

  /**
   * The first file of the output (by path) that is not what the last build wrote: missing, of
   * another size, or changed since the cache was saved and hashing differently. One stat per
   * file; a hash only for a file touched after the last build.
   */
  private Optional<String> damaged(Path out, Map<String, Map<String, Output.Written>> files) {
    long saved;
    try {
      saved = Files.getLastModifiedTime(dir.resolve("state.bin")).toMillis();
    } catch (IOException e) {
      return Optional.of("state.bin");
    }
    Path root = out.toAbsolutePath().normalize();
    return files.values().parallelStream().flatMap(m -> m.values().stream())
        .filter(w -> !intact(root.resolve(w.path()), w, saved)).map(Output.Written::path).min(String::compareTo);
  }

  private static boolean intact(Path file, Output.Written w, long saved) {
    try {
      var attrs = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class,
          java.nio.file.LinkOption.NOFOLLOW_LINKS);
      if (!attrs.isRegularFile() || attrs.size() != w.bytes()) {
        return false;
      }
      if (attrs.lastModifiedTime().toMillis() < saved) {
        return true;
      }
      java.security.MessageDigest sha = Fingerprint.sha();
      try (java.io.InputStream in = Files.newInputStream(file)) {
        byte[] buffer = new byte[1 << 16];
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
          sha.update(buffer, 0, n);
        }
      }
      return java.util.HexFormat.of().formatHex(sha.digest()).equals(w.sha256());
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean sameContent(Map<String, FileStamp> a, Map<String, FileStamp> b) {
    return a.keySet().equals(b.keySet()) && a.keySet().stream().allMatch(k -> sameContent(a.get(k), b.get(k)));
  }

  private static boolean sameContent(List<FileStamp> a, List<FileStamp> b) {
    if (b == null || a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!sameContent(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameContent(FileStamp a, FileStamp b) {
    return a.file().equals(b.file()) && a.size() == b.size() && a.sha256().equals(b.sha256());
  }

  // ---- reading

  public Optional<State> state() {
    Path file = dir.resolve("state.bin");
    if (!Files.isRegularFile(file)) {
      memo.clear();
      return Optional.empty();
    }
    Object id = identity(file);
    if (id == null || !id.equals(memo.of())) {
      memo.clear();
      memo.of(null);
    } else {
      State known = memo.get(Memo.STATE, "");
      if (known != null) {
        return Optional.of(known);
      }
    }
    Optional<State> read = readState(file);
    read.ifPresent(st -> {
      memo.put(Memo.STATE, "", st);
      memo.of(id);
    });
    return read;
  }

  /** The file as this machine sees it now: any rewrite changes its time, size or inode. */
  private static Object identity(Path file) {
    try {
      var attrs = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
      return List.of(String.valueOf(attrs.fileKey()), attrs.size(), attrs.lastModifiedTime().toMillis());
    } catch (IOException e) {
      return null;
    }
  }

  private Optional<State> readState(Path file) {
    try {
      Codec.Reader r = codec.reader(read(file));
      if (!FORMAT.equals(r.value(String.class))) {
        return Optional.empty();
      }
      String fingerprint = r.value(String.class);
      String out = r.value(String.class);
      Map<String, FileStamp> provinces = new TreeMap<>();
      for (Object o : r.value(List.class)) {
        FileStamp f = (FileStamp) o;
        provinces.put(f.file().split("/")[1], f);
      }
      Map<String, Map<String, Output.Written>> files = new HashMap<>();
      files.put("", java.util.Collections.unmodifiableMap(manifest(r.value(byte[].class))));
      Map<String, String> pages = new TreeMap<>();
      Map<?, ?> stored = r.value(Map.class);
      stored.forEach((k, v) -> pages.put((String) k, (String) v));
      // The output's files are kept by owner: the nation's here, each province's beside its slices.
      for (String province : provinces.keySet()) {
        files.put(province, files(province));
      }
      return Optional.of(new State(fingerprint, out, provinces, java.util.Collections.unmodifiableMap(files), pages));
    } catch (RuntimeException e) {
      // A cache that cannot be read is no cache: the build starts clean and writes a new one.
      return Optional.empty();
    }
  }

  /** A province's share of the output's files, as the last build that redid it left them. */
  private Map<String, Output.Written> files(String province) {
    Map<String, Output.Written> known = memo.get(Memo.FILES, province);
    if (known != null) {
      return known;
    }
    Map<String, Output.Written> read = java.util.Collections.unmodifiableMap(
        manifest(read(dir.resolve("p").resolve(province + ".files"))));
    memo.remember(Memo.FILES, province, read);
    return read;
  }

  private Optional<Map<String, List<FileStamp>>> stamps(String province) {
    Map<String, List<FileStamp>> known = memo.get(Memo.STAMPS, province);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<Map<String, List<FileStamp>>> read = readStamps(province);
    read.ifPresent(m -> memo.remember(Memo.STAMPS, province, m));
    return read;
  }

  private Optional<Map<String, List<FileStamp>>> readStamps(String province) {
    try {
      Codec.Reader r = codec.reader(read(dir.resolve("p").resolve(province + ".stamps")));
      Map<String, List<FileStamp>> out = new TreeMap<>();
      while (r.hasMore()) {
        String key = r.value(String.class);
        List<FileStamp> files = new ArrayList<>();
        for (Object o : r.value(List.class)) {
          files.add((FileStamp) o);
        }
        out.put(key, files);
      }
      return Optional.of(out);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The communes of a province as the last build bound and checked them. */
  public List<Unit> units(String province) {
    List<Unit> known = memo.get(Memo.UNITS, province);
    if (known != null) {
      return known;
    }
    List<Unit> read = readUnits(province);
    memo.remember(Memo.UNITS, province, read);
    return read;
  }

  private List<Unit> readUnits(String province) {
    Codec.Reader r = codec.reader(read(dir.resolve("p").resolve(province + ".model")));
    List<Unit> out = new ArrayList<>();
    while (r.hasMore()) {
      out.add(r.value(Unit.class));
    }
    return out;
  }

  /** The province's open-data slices as the last build made them. */
  public ProvinceSlice slice(String province) {
    ProvinceSlice known = memo.get(Memo.SLICE, province);
    if (known != null) {
      return known;
    }
    ProvinceSlice read = codec.reader(read(dir.resolve("p").resolve(province + ".slice"))).value(ProvinceSlice.class);
    memo.remember(Memo.SLICE, province, read);
    return read;
  }

  /** A slice store over the given provinces' cached slices. */
  public static SliceStore store(Map<String, ProvinceSlice> provinces, Changes changes) {
    Map<String, Slice> communes = new HashMap<>();
    provinces.values().forEach(p -> {
      for (int i = 0; i < p.communes().size(); i++) {
        communes.put(p.communes().get(i), p.slices().get(i));
      }
    });
    return new SliceStore() {
      @Override
      public Optional<Slice> commune(String key) {
        return changes.communes().contains(key) ? Optional.empty() : Optional.ofNullable(communes.get(key));
      }

      @Override
      public Optional<ProvinceSlice> province(String slug) {
        return changes.provinces().contains(slug) ? Optional.empty() : Optional.ofNullable(provinces.get(slug));
      }
    };
  }

  // ---- writing

  /** Removes the state, so nothing is trusted while the output is being changed. */
  public void invalidate() {
    memo.of(null);
    savedHere = null;
    try {
      Files.deleteIfExists(dir.resolve("state.bin"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Saves what a good build leaves: for each province in {@code slices} (all of them after a
   * clean build), its communes' stamps, facts and problems and its slices; then the state.
   * Facts come from {@code derived}, problems from {@code problems}, which hold at least those
   * provinces' communes. The state's files are grouped by the province that owns them ("" for
   * the nation's): the site's layout knows which, the cache does not depend on it. A province
   * not saved whose files are the very map the cache holds is not written again.
   * Returns false, saving nothing, when a file's problems were cut short.
   */
  public boolean save(State state, Scan scan, Derived derived, List<Problem> problems, List<ProvinceSlice> slices,
      boolean clean) {
    if (problems.stream().anyMatch(p -> p.code() == Code.TOO_MANY_PROBLEMS || p.code() == Code.TOO_MANY_WARNINGS)) {
      return false;
    }
    // What is remembered of the provinces saved now is replaced below; the others stay as they were.
    memo.of(null);
    if (clean) {
      memo.clear();
    } else {
      memo.forget(slices.stream().map(ProvinceSlice::slug).collect(java.util.stream.Collectors.toSet()));
    }
    try {
      if (clean && Files.exists(dir)) {
        PathUtils.deleteDirectory(dir);
      }
      Files.createDirectories(dir.resolve("p"));
      java.util.Set<String> saved = new java.util.HashSet<>();
      slices.forEach(x -> saved.add(x.slug()));
      Map<String, Commune> communes = new HashMap<>();
      derived.communes().forEach(c -> communes.put(Changes.key(c), c));
      Map<String, List<ReportFacts>> reports = new HashMap<>();
      derived.reports().stream().filter(f -> saved.contains(f.province().slug()))
          .forEach(f -> reports.computeIfAbsent(Changes.key(f.commune()), k -> new ArrayList<>()).add(Unit.light(f)));
      Map<String, List<Problem>> byUnit = new HashMap<>();
      problems.stream().filter(p -> Layout.communeOf(p.file()) != null)
          .forEach(p -> byUnit.computeIfAbsent(Layout.communeOf(p.file()), k -> new ArrayList<>()).add(p));
      Map<String, Map<String, Output.Written>> byOwner = state.files();
      slices.parallelStream().forEach(slice -> saveProvince(slice, scan, communes, reports, byUnit,
          byOwner.getOrDefault(slice.slug(), Map.of())));
      if (!clean) {
        filesRewrittenElsewhere(state, saved, byOwner);
      }
      Codec.Writer w = codec.writer();
      w.value(FORMAT).value(state.fingerprint()).value(state.out())
          .value(new ArrayList<>(state.provinces().values())).value(manifest(byOwner.getOrDefault("", Map.of())))
          .value(new TreeMap<>(state.pages()));
      write(dir.resolve("state.bin"), w.bytes());
      memo.put(Memo.STATE, "", state);
      Object written = identity(dir.resolve("state.bin"));
      memo.of(written);
      savedHere = written;
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A province not redone may still own files this build rewrote: a commune's page shows its
   * rank among comparable communes, so it changes when another province's commune's figure
   * does. Its share of the output's files is saved too, else the next build would take the
   * rewritten page for one edited by hand and start clean.
   */
  private void filesRewrittenElsewhere(State state, java.util.Set<String> saved,
      Map<String, Map<String, Output.Written>> byOwner) {
    for (String province : state.provinces().keySet()) {
      Map<String, Output.Written> now = byOwner.getOrDefault(province, Map.of());
      // The same map when none of its files changed: then equals() answers at once.
      if (!saved.contains(province) && !now.equals(files(province))) {
        memo.put(Memo.FILES, province, now);
        write(dir.resolve("p").resolve(province + ".files"), manifest(now));
      }
    }
  }

  private void saveProvince(ProvinceSlice slice, Scan scan, Map<String, Commune> communes,
      Map<String, List<ReportFacts>> reports, Map<String, List<Problem>> byUnit, Map<String, Output.Written> output) {
    String prefix = slice.slug() + "/";
    Codec.Writer stamps = codec.writer();
    Codec.Writer model = codec.writer();
    Map<String, List<FileStamp>> stamped = new TreeMap<>();
    List<Unit> units = new ArrayList<>();
    scan.units().forEach((key, files) -> {
      if (key.startsWith(prefix)) {
        stamps.value(key).value(files);
        stamped.put(key, files);
        Unit unit = new Unit(key, communes.get(key), reports.getOrDefault(key, List.of()),
            byUnit.getOrDefault(key, List.of()));
        units.add(unit);
        model.value(unit);
      }
    });
    memo.put(Memo.STAMPS, slice.slug(), stamped);
    memo.put(Memo.UNITS, slice.slug(), units);
    memo.put(Memo.SLICE, slice.slug(), slice);
    memo.put(Memo.FILES, slice.slug(), output);
    Path p = dir.resolve("p");
    write(p.resolve(slice.slug() + ".files"), manifest(output));
    write(p.resolve(slice.slug() + ".stamps"), stamps.bytes());
    write(p.resolve(slice.slug() + ".model"), model.bytes());
    write(p.resolve(slice.slug() + ".slice"), codec.writer().value(slice).bytes());
  }

  // ---- the manifest: ~160,000 entries at national scale, so a plain compact form

  private static byte[] manifest(Map<String, Output.Written> files) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(buffer)) {
      out.writeInt(files.size());
      for (Output.Written w : files.values()) {
        byte[] path = w.path().getBytes(StandardCharsets.UTF_8);
        out.writeShort(path.length);
        out.write(path);
        out.writeLong(w.bytes());
        // As its 64 hex characters: turning 160,000 of them into bytes and back cost more than the space.
        out.write(w.sha256().getBytes(StandardCharsets.US_ASCII));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.toByteArray();
  }

  private static Map<String, Output.Written> manifest(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    int n = in.getInt();
    Map<String, Output.Written> out = new HashMap<>(n * 2);
    byte[] sha = new byte[64];
    for (int i = 0; i < n; i++) {
      byte[] path = new byte[in.getShort() & 0xFFFF];
      in.get(path);
      long size = in.getLong();
      in.get(sha);
      String name = new String(path, StandardCharsets.UTF_8);
      out.put(name, new Output.Written(name, size, new String(sha, StandardCharsets.US_ASCII)));
    }
    return out;
  }

  /**
   * A cache file's bytes after its SHA-256, which is checked: a byte edited in a slice (by hand, a
   * bad disk) survived every later incremental build, published as if computed. A file whose sum
   * does not match is unreadable, and an unreadable cache means a clean build.
   */
  static byte[] read(Path file) {
    try {
      byte[] all = Files.readAllBytes(file);
      if (all.length < SUM) {
        throw new Damaged(file);
      }
      byte[] body = java.util.Arrays.copyOfRange(all, SUM, all.length);
      if (!java.security.MessageDigest.isEqual(java.util.Arrays.copyOf(all, SUM), Fingerprint.sha().digest(body))) {
        throw new Damaged(file);
      }
      return body;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final int SUM = 32;

  /** A cache file whose checksum does not match its bytes. */
  static final class Damaged extends RuntimeException {
    Damaged(Path file) {
      super("Cache file damaged: " + file, null, false, false);
    }
  }

  /** Written beside with its checksum, then moved in place: a cache file is whole or absent. */
  static void write(Path file, byte[] bytes) {
    try {
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      try (java.io.OutputStream out = Files.newOutputStream(tmp)) {
        out.write(Fingerprint.sha().digest(bytes));
        out.write(bytes);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
