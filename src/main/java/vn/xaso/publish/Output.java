package vn.xaso.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;

/**
 * The one writer to disk for a whole build. Files go into a staging folder beside the target;
 * {@link #commit()} puts them in place at the end, so a failed or killed build leaves the
 * previous site untouched. It remembers every file written (size and SHA-256) for the data
 * package, the catalogue and the next build's cache.
 *
 * <p>A clean build stages the whole site and swaps folders. An incremental one
 * ({@link #incremental}) starts from the previous build's list of files: it stages only files
 * whose bytes changed, and at commit moves them in one by one and deletes the files of the parts
 * it redid that it did not write again (a report removed, a chart no longer drawn).
 */
public final class Output {
  private final Path target;
  private final Path staging;
  private final Map<String, Written> written = new ConcurrentHashMap<>();
  /**
   * The files of the site as it stands, for an incremental build, by the unit that owns them (as
   * {@link #ownerOf} tells: a province, or "" for the nation); null for a clean one. Never changed
   * here: a long-lived build's cache holds the same maps.
   */
  private final Map<String, Map<String, Written>> previous;
  /** Which owner each file has: how {@link #previous} is grouped. */
  private final java.util.function.Function<String, String> ownerOf;
  /** The owners whose files this build may redo; every file of the others is kept as it is. */
  private final java.util.Set<String> touched;
  /** For an incremental build: which of the previous files of the {@link #touched} owners this build redoes. */
  private final Predicate<String> redone;
  /**
   * For an incremental build: whether a previous file is still on disk as the last build wrote it;
   * asked of each file right before it is replaced or removed ({@link #commit()}).
   */
  private final Predicate<Written> intact;
  private final Map<String, Boolean> staged = new ConcurrentHashMap<>();
  /** The previous files this build leaves as they are, by owner; worked out once. */
  private Map<String, Map<String, Written>> kept;
  /** The files of the site once this build is in, by owner; worked out once, after the writing. */
  private Map<String, Map<String, Written>> owned;
  /**
   * Writes hold it shared, {@link #abort()} alone: a render task still running when another has
   * failed cannot recreate the staging folder after it was removed.
   */
  private final java.util.concurrent.locks.ReadWriteLock gate = new java.util.concurrent.locks.ReentrantReadWriteLock();
  private volatile boolean aborted;

  /** A file this build wrote: path relative to the output root, size and SHA-256 in hex. */
  public record Written(String path, long bytes, String sha256) {}

  public Output(Path target) throws IOException {
    this(target, null, p -> "", java.util.Set.of(), p -> true, w -> true);
  }

  private Output(Path target, Map<String, Map<String, Written>> previous, java.util.function.Function<String, String> ownerOf,
      java.util.Set<String> touched, Predicate<String> redone, Predicate<Written> intact) throws IOException {
    this.target = target.toAbsolutePath().normalize();
    this.previous = previous == null ? null : java.util.Collections.unmodifiableMap(previous);
    this.ownerOf = ownerOf;
    this.touched = java.util.Set.copyOf(touched);
    this.redone = redone;
    this.intact = intact;
    Path parent = this.target.getParent();
    Files.createDirectories(parent);
    recover();
    INTERRUPTIBLE.add(this);
    this.staging = sibling("staging-");
  }

  /** Outputs being built in this process: what Ctrl-C must clean up. */
  private static final java.util.Set<Output> INTERRUPTIBLE = ConcurrentHashMap.newKeySet();
  private volatile boolean committing;

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(Output::interrupted, "xaso-interrupted"));
  }

  /**
   * Ctrl-C (SIGINT) or a kill: the JVM runs its shutdown hooks, and any build still staging drops
   * its staging folder and says so, in both languages. One already moving its files in is let
   * finish its renames as far as it gets; the next build recovers (see {@link #recover()}).
   */
  static void interrupted() {
    for (Output o : INTERRUPTIBLE) {
      if (!o.committing) {
        try {
          o.abort();
        } catch (RuntimeException e) {
          // The process is ending; the next build removes what is left (removeLeftovers).
        }
        System.err.println(new vn.xaso.problem.Problem(o.target.toString(), vn.xaso.problem.Position.FILE, "",
            vn.xaso.problem.Code.INTERRUPTED, Map.of("path", o.target.toString())).format());
        System.err.flush();
      }
    }
  }

  /**
   * A new folder beside the target. Not {@code Files.createTempDirectory}, which makes it mode
   * 700 whatever the umask: the site moved in from it could not be read by a web server running
   * as another user.
   */
  private Path sibling(String kind) throws IOException {
    String prefix = "." + target.getFileName() + "." + kind;
    for (int i = 0; ; i++) {
      try {
        return Files.createDirectory(target.getParent().resolve(prefix + Long.toUnsignedString(RANDOM.nextLong(), 36)));
      } catch (java.nio.file.FileAlreadyExistsException e) {
        if (i > 100) {
          throw e;
        }
      }
    }
  }

  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  /**
   * A build killed between the two renames of {@link #commit()} leaves no target but the previous
   * site as {@code .<name>.old-*}: put back before anything else, so the site is never lost. Runs
   * under the output's lock, like every build.
   */
  private void recover() throws IOException {
    if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    String prefix = "." + target.getFileName() + ".old-";
    try (Stream<Path> siblings = Files.list(target.getParent())) {
      java.util.Optional<Path> old = siblings.filter(p -> p.getFileName().toString().startsWith(prefix)
          && Files.isRegularFile(p.resolve(OutputFolder.MARKER), java.nio.file.LinkOption.NOFOLLOW_LINKS)).findFirst();
      if (old.isPresent()) {
        move(old.get(), target);
      }
    }
  }

  /**
   * An output that updates {@code target} in place of rebuilding it: {@code previous} lists the
   * files it holds now, {@code redone} tells which of them this build writes again if they still
   * exist. Files outside {@code redone} are kept as they are.
   */
  public static Output incremental(Path target, Map<String, Written> previous, Predicate<String> redone)
      throws IOException {
    return new Output(target, Map.of("", previous), p -> "", java.util.Set.of(""), redone, w -> true);
  }

  /**
   * As above, with the previous files grouped by owner ({@code ownerOf}: a province, or "" for the
   * nation), as the cache keeps them: every file of an owner not in {@code touched} is kept
   * without being looked at, so a rebuild's bookkeeping follows what changed, not the 213,000
   * files of a national site (#26). {@code redone} is asked only of the touched owners' files.
   */
  public static Output incremental(Path target, Map<String, Map<String, Written>> previous,
      java.util.function.Function<String, String> ownerOf, java.util.Set<String> touched, Predicate<String> redone)
      throws IOException {
    return new Output(target, previous, ownerOf, touched, redone, w -> true);
  }

  /**
   * As above; before the commit replaces or removes a previous file, {@code intact} is asked
   * whether it is still what the last build wrote. The first (by path) that is not stops the
   * commit before anything moves ({@link EditedByHand}): a long-lived build that did not stat
   * every file of the output beforehand touches none edited since (#26).
   */
  public static Output incremental(Path target, Map<String, Map<String, Written>> previous,
      java.util.function.Function<String, String> ownerOf, java.util.Set<String> touched, Predicate<String> redone,
      Predicate<Written> intact) throws IOException {
    return new Output(target, previous, ownerOf, touched, redone, intact);
  }

  /**
   * An incremental commit found a file it was about to replace or remove edited, or missing,
   * since the last build wrote it; nothing was moved. The build starts again clean, as one that
   * had stat-ed the whole output first would have.
   */
  public static final class EditedByHand extends RuntimeException {
    private final String path;

    EditedByHand(String path) {
      super("Output file edited or missing: " + path, null, false, false);
      this.path = path;
    }

    /** The first such file, by path. */
    public String path() {
      return path;
    }
  }

  /** The previous build's file at {@code path}, or null. */
  private Written before(String path) {
    if (previous == null) {
      return null;
    }
    Map<String, Written> mine = previous.get(ownerOf.apply(path));
    return mine == null ? null : mine.get(path);
  }

  public Path target() {
    return target;
  }

  /** Writes {@code bytes} at {@code path} (relative, forward slashes). Paths are checked to stay inside. */
  public Written write(String path, byte[] bytes) {
    return write(path, List.of(bytes));
  }

  /** Writes the parts one after another as one file, without joining them in memory first. */
  public Written write(String path, List<byte[]> parts) {
    MessageDigest sha = sha256();
    for (byte[] p : parts) {
      sha.update(p);
    }
    return write(path, parts, HexFormat.of().formatHex(sha.digest()));
  }

  /** As above, with the parts' SHA-256 worked out by the caller ({@link PartsDigest}). */
  Written write(String path, List<byte[]> parts, String sha256) {
    Path file = staging.resolve(path).normalize();
    if (!file.startsWith(staging) || path.startsWith("/")) {
      throw new IllegalArgumentException("Output path escapes the site: " + path);
    }
    long size = 0;
    for (byte[] p : parts) {
      size += p.length;
    }
    Written w = new Written(path, size, sha256);
    Written before = before(path);
    if (!w.equals(before)) {
      gate.readLock().lock();
      try {
        if (aborted) {
          throw new IllegalStateException("The build was stopped; nothing more is written");
        }
        stage(file, parts);
      } finally {
        gate.readLock().unlock();
      }
      staged.put(path, Boolean.TRUE);
    }
    written.put(path, w);
    return w;
  }

  private static void stage(Path file, List<byte[]> parts) {
    try {
      Files.createDirectories(file.getParent());
      try (OutputStream out = Files.newOutputStream(file)) {
        for (byte[] p : parts) {
          out.write(p);
        }
      }
    } catch (IOException e) {
      // A full disk reports a bare IOException, without the file: named here.
      String reason = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
          : String.valueOf(e.getMessage());
      throw vn.xaso.problem.Stop.of(file.toString(), vn.xaso.problem.Code.FILE_SYSTEM,
          Map.of("path", file.toString(), "detail", reason));
    }
  }

  /**
   * Keeps the previous build's file at {@code path} as this build's, without writing it: for a
   * page whose inputs have not changed. False when there is no such file (a clean build).
   */
  public boolean keep(String path) {
    Written before = before(path);
    if (before == null) {
      return false;
    }
    written.put(path, before);
    return true;
  }

  /** The file the previous build left at {@code path} as it recorded it; null if none (or a clean build). */
  public Written previous(String path) {
    return before(path);
  }

  /** Whether the previous build left a file at {@code path} (false for a clean build). */
  public boolean existed(String path) {
    return before(path) != null;
  }

  public Written writeText(String path, String text) {
    return write(path, text.getBytes(StandardCharsets.UTF_8));
  }

  /** How many files were written so far; cheap, unlike {@link #files()}. */
  public int count() {
    return written.size();
  }

  /** How many files this build actually put on disk: all of them for a clean build, the changed ones otherwise. */
  public int changed() {
    return staged.size();
  }

  /** Every file of the site once this build is in: sorted by path. */
  public List<Written> files() {
    return files(p -> true);
  }

  /** How many files the site holds once this build is in. */
  public int total() {
    int n = written.size();
    for (Map<String, Written> mine : kept().values()) {
      n += mine.size();
    }
    for (String path : written.keySet()) {
      if (isKept(path)) {
        n--;
      }
    }
    return n;
  }

  /** Every file of the site once this build is in, by path, in no order. */
  public Map<String, Written> manifest() {
    Map<String, Written> all = new java.util.HashMap<>();
    kept().values().forEach(all::putAll);
    all.putAll(written);
    return all;
  }

  /**
   * Every file of the site once this build is in, by owner as {@code ownerOf} tells: what the next
   * build starts from. An owner none of whose files this build changed keeps the previous build's
   * map itself, so the cache sees at once that it has nothing to save of it. Call once the
   * writing is done; an incremental output groups by the owners it was given.
   */
  public synchronized Map<String, Map<String, Written>> owned(java.util.function.Function<String, String> ownerOf) {
    if (owned != null) {
      return owned;
    }
    java.util.function.Function<String, String> by = previous == null ? ownerOf : this.ownerOf;
    Map<String, Map<String, Written>> mine = new java.util.HashMap<>();
    written.forEach((path, w) -> mine.computeIfAbsent(by.apply(path), k -> new java.util.HashMap<>()).put(path, w));
    Map<String, Map<String, Written>> all = new java.util.HashMap<>();
    kept().forEach((owner, files) -> {
      Map<String, Written> now = mine.remove(owner);
      if (now == null || now.entrySet().stream().allMatch(e -> e.getValue().equals(files.get(e.getKey())))) {
        all.put(owner, files);
      } else {
        Map<String, Written> both = new java.util.HashMap<>(files);
        both.putAll(now);
        all.put(owner, java.util.Collections.unmodifiableMap(both));
      }
    });
    mine.forEach((owner, files) -> all.put(owner, java.util.Collections.unmodifiableMap(files)));
    owned = java.util.Collections.unmodifiableMap(all);
    return owned;
  }

  /** All the files of {@code owned}, as one collection, without copying them. */
  public static java.util.Collection<Written> flat(Map<String, Map<String, Written>> owned) {
    return new java.util.AbstractCollection<>() {
      @Override
      public java.util.Iterator<Written> iterator() {
        // By hand: a flat-mapped stream's iterator buffers each map's values, 213,000 of them.
        java.util.Iterator<Map<String, Written>> groups = owned.values().iterator();
        return new java.util.Iterator<>() {
          private java.util.Iterator<Written> current = java.util.Collections.emptyIterator();

          @Override
          public boolean hasNext() {
            while (!current.hasNext() && groups.hasNext()) {
              current = groups.next().values().iterator();
            }
            return current.hasNext();
          }

          @Override
          public Written next() {
            if (!hasNext()) {
              throw new java.util.NoSuchElementException();
            }
            return current.next();
          }
        };
      }

      @Override
      public int size() {
        int n = 0;
        for (Map<String, Written> m : owned.values()) {
          n += m.size();
        }
        return n;
      }
    };
  }

  /** How many files of the site once this build is in have paths that pass {@code filter}; nothing is listed or sorted. */
  public int count(Predicate<String> filter) {
    int n = 0;
    for (Map<String, Written> mine : kept().values()) {
      for (String path : mine.keySet()) {
        if (filter.test(path) && !written.containsKey(path)) {
          n++;
        }
      }
    }
    for (String path : written.keySet()) {
      if (filter.test(path)) {
        n++;
      }
    }
    return n;
  }

  /** The files of the site once this build is in whose paths pass {@code filter}, sorted by path. */
  public List<Written> files(Predicate<String> filter) {
    List<Written> all = new ArrayList<>();
    kept().values().forEach(mine -> mine.forEach((path, w) -> {
      if (filter.test(path) && !written.containsKey(path)) {
        all.add(w);
      }
    }));
    written.forEach((path, w) -> {
      if (filter.test(path)) {
        all.add(w);
      }
    });
    // One sort of the list: a TreeMap of 160,000 paths cost most of a second on a cold JVM.
    all.sort(java.util.Comparator.comparing(Written::path));
    return List.copyOf(all);
  }

  /**
   * What {@link #files(Listing)} and {@link #count(Listing)} found among each owner's kept files,
   * remembered by the map itself from one build to the next. An owner a build does not touch
   * keeps the previous build's map, the very object, never changed ({@link #previous}), so a
   * long-lived build (a preview server's) walks only the maps of the owners it touched, not every
   * path of a national site twice per rebuild (#26, seventh pass; figures in docs/performance.md). One filter per
   * listing; what is remembered is the last build's maps only.
   */
  public static final class Listing {
    private final Predicate<String> filter;
    private Map<Map<String, Written>, List<Written>> last = new java.util.IdentityHashMap<>();

    public Listing(Predicate<String> filter) {
      this.filter = filter;
    }
  }

  /** The kept files of each owner that pass the listing's filter: the listing's own where the map is the one it walked. */
  private List<List<Written>> listed(Listing listing) {
    synchronized (listing) {
      Map<Map<String, Written>, List<Written>> now = new java.util.IdentityHashMap<>();
      for (Map<String, Written> mine : kept().values()) {
        List<Written> passed = listing.last.get(mine);
        if (passed == null) {
          passed = new ArrayList<>();
          for (Map.Entry<String, Written> e : mine.entrySet()) {
            if (listing.filter.test(e.getKey())) {
              passed.add(e.getValue());
            }
          }
        }
        now.put(mine, passed);
      }
      listing.last = now;
      return new ArrayList<>(now.values());
    }
  }

  /** As {@link #files(Predicate)} with the listing's filter, walking only the owners' maps it has not seen. */
  public List<Written> files(Listing listing) {
    List<Written> all = new ArrayList<>();
    for (List<Written> passed : listed(listing)) {
      for (Written w : passed) {
        if (!written.containsKey(w.path())) {
          all.add(w);
        }
      }
    }
    written.forEach((path, w) -> {
      if (listing.filter.test(path)) {
        all.add(w);
      }
    });
    all.sort(java.util.Comparator.comparing(Written::path));
    return List.copyOf(all);
  }

  /** As {@link #count(Predicate)} with the listing's filter: the kept files it passed, less those this build wrote again. */
  public int count(Listing listing) {
    int n = 0;
    for (List<Written> passed : listed(listing)) {
      n += passed.size();
    }
    for (String path : written.keySet()) {
      if (listing.filter.test(path)) {
        n += isKept(path) ? 0 : 1;
      }
    }
    return n;
  }

  /** Whether the previous file at {@code path} is kept as it is. */
  private boolean isKept(String path) {
    Map<String, Written> mine = kept().get(ownerOf.apply(path));
    return mine != null && mine.containsKey(path);
  }

  /**
   * The previous files this build leaves as they are, by owner; worked out once. An owner this
   * build does not touch keeps all its files, as the same map: only the touched ones are walked.
   */
  private synchronized Map<String, Map<String, Written>> kept() {
    if (kept == null) {
      kept = new java.util.HashMap<>();
      if (previous != null) {
        previous.forEach((owner, files) -> {
          if (!touched.contains(owner)) {
            kept.put(owner, files);
            return;
          }
          Map<String, Written> mine = new java.util.HashMap<>();
          files.forEach((path, w) -> {
            if (!redone.test(path)) {
              mine.put(path, w);
            }
          });
          kept.put(owner, java.util.Collections.unmodifiableMap(mine));
        });
      }
    }
    return kept;
  }

  /**
   * Puts the staged files in place. A clean build swaps the staged site in place of the target,
   * then removes the old one and any staging or old folders a killed build left beside it; if
   * the second move fails, the old site is put back. An incremental build moves each changed
   * file in (each move atomic), then deletes the files of what it redid that it did not write.
   */
  public void commit() throws IOException {
    committing = true;
    try {
      commitStaged();
    } finally {
      INTERRUPTIBLE.remove(this);
    }
  }

  private void commitStaged() throws IOException {
    if (previous != null) {
      commitChanges();
      return;
    }
    OutputFolder.mark(staging);
    Path old = null;
    if (Files.exists(target)) {
      old = sibling("old-");
      Files.delete(old);
      move(target, old);
    }
    try {
      move(staging, target);
    } catch (IOException e) {
      if (old != null) {
        move(old, target);
      }
      throw e;
    }
    if (old != null) {
      PathUtils.deleteDirectory(old);
    }
    removeLeftovers();
  }

  /**
   * Moves each changed file in, and each file no longer written out, keeping what it replaces or
   * removes in {@code .<name>.replaced-*}. If a move fails (a read-only folder, a vanished file),
   * everything already moved is put back, so the message "the previous site is unchanged" is
   * true; should putting back fail too, the problem lists the files that stay changed.
   */
  private void commitChanges() throws IOException {
    Map<String, Map<String, Written>> kept = kept();
    List<String> gone = new ArrayList<>();
    // Only a touched owner's files can be gone: the others are kept whole.
    touched.forEach(owner -> previous.getOrDefault(owner, Map.of()).keySet().stream()
        .filter(p -> !kept.get(owner).containsKey(p) && !written.containsKey(p)).forEach(gone::add));
    java.util.Collections.sort(gone);
    // Each file about to be replaced or removed is still the last build's, or nothing moves.
    java.util.SortedSet<String> replacedOrRemoved = new java.util.TreeSet<>(gone);
    staged.keySet().stream().filter(p -> before(p) != null).forEach(replacedOrRemoved::add);
    for (String path : replacedOrRemoved) {
      if (!intact.test(before(path))) {
        throw new EditedByHand(path);
      }
    }
    Path replaced = sibling("replaced-");
    List<String> moved = new ArrayList<>();
    java.util.Set<String> saved = new java.util.HashSet<>();
    try {
      for (String path : new TreeMap<>(staged).keySet()) {
        Path to = target.resolve(path);
        Files.createDirectories(to.getParent());
        if (setAside(to, replaced.resolve(path))) {
          saved.add(path);
        }
        moved.add(path);
        move(staging.resolve(path), to);
      }
      for (String path : gone) {
        if (setAside(target.resolve(path), replaced.resolve(path))) {
          saved.add(path);
          moved.add(path);
        }
      }
    } catch (IOException | RuntimeException e) {
      putBack(moved, saved, replaced, e);
      throw e;
    }
    for (String path : gone) {
      removeEmptyFolders(target.resolve(path).getParent());
    }
    PathUtils.deleteDirectory(replaced);
    PathUtils.deleteDirectory(staging);
    OutputFolder.mark(target);
    removeLeftovers();
  }

  /** Moves the file at {@code from}, if any, to {@code to}; true when there was one. */
  private static boolean setAside(Path from, Path to) throws IOException {
    if (!Files.exists(from, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    Files.createDirectories(to.getParent());
    move(from, to);
    return true;
  }

  /** Undoes the moves of a failed incremental commit, last first; what cannot be undone is told exactly. */
  void putBack(List<String> moved, java.util.Set<String> saved, Path replaced, Exception cause) {
    List<String> stuck = new ArrayList<>();
    for (int i = moved.size() - 1; i >= 0; i--) {
      String path = moved.get(i);
      Path file = target.resolve(path);
      try {
        if (saved.contains(path)) {
          move(replaced.resolve(path), file);
        } else {
          Files.deleteIfExists(file);
          removeEmptyFolders(file.getParent());
        }
      } catch (IOException | RuntimeException e) {
        stuck.add(path);
      }
    }
    if (stuck.isEmpty()) {
      try {
        PathUtils.deleteDirectory(replaced);
      } catch (IOException e) {
        // Left for the next build's clean-up of leftovers; the site itself is as it was.
      }
      return;
    }
    java.util.Collections.sort(stuck);
    String reason = cause instanceof java.nio.file.FileSystemException f && f.getReason() != null
        ? f.getFile() + ": " + f.getReason() : String.valueOf(cause.getMessage());
    throw vn.xaso.problem.Stop.of(target.toString(), vn.xaso.problem.Code.OUTPUT_PARTLY_CHANGED,
        Map.of("path", target.toString(), "changed", String.join(", ", stuck), "detail", reason));
  }

  /** A removed commune leaves no empty folders: a clean build would not have them. */
  private void removeEmptyFolders(Path folder) throws IOException {
    Path f = folder;
    while (f != null && f.startsWith(target) && !f.equals(target)) {
      try (Stream<Path> s = Files.list(f)) {
        if (s.findAny().isPresent()) {
          return;
        }
      } catch (NoSuchFileException e) {
        f = f.getParent();
        continue;
      }
      Files.delete(f);
      f = f.getParent();
    }
  }

  /**
   * Staging and old folders of earlier builds that were killed before they could clean up. Only
   * called under the output's lock ({@link OutputFolder#lock}), so none can be another running
   * build's.
   */
  private void removeLeftovers() throws IOException {
    String prefix = "." + target.getFileName() + ".";
    try (Stream<Path> siblings = Files.list(target.getParent())) {
      for (Path p : siblings.filter(p -> p.getFileName().toString().startsWith(prefix + "staging-")
          || p.getFileName().toString().startsWith(prefix + "old-")
          || p.getFileName().toString().startsWith(prefix + "replaced-")).sorted().toList()) {
        PathUtils.deleteDirectory(p);
      }
    }
  }

  /** Drops everything staged; the target is as it was. */
  public void abort() {
    INTERRUPTIBLE.remove(this);
    gate.writeLock().lock();
    aborted = true;
    try {
      if (Files.exists(staging)) {
        PathUtils.deleteDirectory(staging);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      gate.writeLock().unlock();
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }
}
