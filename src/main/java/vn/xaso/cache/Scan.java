package vn.xaso.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.xaso.load.Layout;
import vn.xaso.load.Limits;

/**
 * The data folder as it stands: each province's profile and each commune folder's files, with
 * their stamps. One {@code lstat} per entry; a file is read and hashed only when its size or time
 * differs from what the cache knows. Anything the loader would report (a stray file, a link, a
 * name outside the layout) makes the scan {@code unusual}, and the build a clean one, so that
 * the problem is told exactly as a clean build tells it.
 */
public record Scan(Map<String, FileStamp> provinces, Map<String, List<FileStamp>> units, Optional<String> unusual) {

  /** How many files were stamped: {@code all().size()} without building the map. */
  public int count() {
    int n = provinces.size();
    for (List<FileStamp> files : units.values()) {
      n += files.size();
    }
    return n;
  }

  /** Every stamp, by file. */
  public Map<String, FileStamp> all() {
    Map<String, FileStamp> out = new TreeMap<>();
    provinces.values().forEach(s -> out.put(s.file(), s));
    units.values().forEach(l -> l.forEach(s -> out.put(s.file(), s)));
    return out;
  }

  /** Scans {@code project/data}, hashing the files whose stat differs from {@code known}. */
  public static Scan of(Path project, Map<String, FileStamp> known) {
    Path data = project.resolve("data");
    Map<String, FileStamp> provinces = new TreeMap<>();
    Map<String, List<FileStamp>> units = new TreeMap<>();
    if (!vn.xaso.load.ProjectFiles.of(project).folder("data").ok()) {
      // Missing, or a link: the clean build this leads to tells which.
      return new Scan(provinces, units, Optional.of("no data folder"));
    }
    List<Path> tops;
    try (java.util.stream.Stream<Path> list = Files.list(data)) {
      tops = list.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // One walk per province folder, two at a time: the lstat calls are the scan's whole cost.
    List<Walked> walks = tops.parallelStream().map(top -> walk(data, top, known)).toList();
    List<Found> found = new ArrayList<>();
    List<String> unusual = new ArrayList<>();
    walks.forEach(w -> {
      found.addAll(w.found());
      unusual.addAll(w.unusual());
    });
    unusual.sort(null);
    // Hashing is most of a first scan's time (43,000 files at national scale): done in parallel.
    List<FileStamp> stamps = found.parallelStream().map(f -> stamp(f.path(), f.name(), f.attrs(), known.get(f.name())))
        .toList();
    for (int i = 0; i < found.size(); i++) {
      String owner = found.get(i).owner();
      if (owner.contains("/")) {
        units.computeIfAbsent(owner, k -> new ArrayList<>()).add(stamps.get(i));
      } else {
        provinces.put(owner, stamps.get(i));
      }
    }
    units.values().forEach(l -> l.sort(java.util.Comparator.comparing(FileStamp::file)));
    return new Scan(provinces, units, unusual.isEmpty() ? Optional.empty() : Optional.of(unusual.get(0)));
  }

  /**
   * What a long-lived build ({@code xaso serve}) knows of the data folder since its last build's
   * scan: the files under data/ its watcher saw change (data-relative, forward slashes), or
   * {@link #UNSURE}: the first build, an overflow of the watcher, a folder created or removed, an
   * event it could not place, a build not started by serve. An unsure hint is a full scan.
   */
  public static final class Hint {
    /** Nothing is known: scan everything, as a build from the command line does. */
    public static final Hint UNSURE = new Hint(true, Set.of());

    private final boolean unsure;
    private final Set<String> files;

    private Hint(boolean unsure, Set<String> files) {
      this.unsure = unsure;
      this.files = files;
    }

    /** Exactly these files (data-relative) may have changed, been added or removed since the last build's scan. */
    public static Hint files(java.util.Collection<String> files) {
      return new Hint(false, Set.copyOf(files));
    }

    public boolean unsure() {
      return unsure;
    }

    public Set<String> files() {
      return files;
    }

    @Override
    public String toString() {
      return unsure ? "unsure" : new TreeSet<>(files).toString();
    }
  }

  /**
   * The data folder as it stands, from {@code last} (the stamps of the last build's scan, which
   * found nothing unusual) and what changed since: only the commune folders a hinted file lies in
   * are walked again, and the own files of the provinces a hinted file or folder lies directly in;
   * every other stamp is {@code last}'s. Empty when there is any doubt, for a full scan instead:
   * the hint unsure, a folder created or removed (a hinted province or commune folder that
   * {@code last} did not know, or one it knew that is gone), a hinted entry directly in data/
   * that is not a known province's folder, or anything unusual found (so that the clean build it
   * leads to names it as after a full scan).
   */
  public static Optional<Scan> since(Path project, Scan last, Hint hint) {
    if (hint.unsure() || last.unusual().isPresent() || !vn.xaso.load.ProjectFiles.of(project).folder("data").ok()) {
      return Optional.empty();
    }
    Path data = project.resolve("data");
    Set<String> provinceFolders = new TreeSet<>();
    Set<String> communeFolders = new TreeSet<>();
    for (String file : hint.files()) {
      String[] parts = file.split("/");
      if (parts.length == 1) {
        provinceFolders.add(parts[0]);
        continue;
      }
      if (parts.length == 2) {
        provinceFolders.add(parts[0]);
      }
      communeFolders.add(parts[0] + "/" + parts[1]);
    }
    // The last stamps of the folders walked again: a name known there is not matched again.
    Map<String, FileStamp> known = new java.util.HashMap<>();
    provinceFolders.forEach(p -> Optional.ofNullable(last.provinces().get(p)).ifPresent(f -> known.put(f.file(), f)));
    communeFolders.forEach(c -> last.units().getOrDefault(c, List.of()).forEach(f -> known.put(f.file(), f)));
    Map<String, FileStamp> provinces = new TreeMap<>(last.provinces());
    Map<String, List<FileStamp>> units = new TreeMap<>(last.units());
    List<Found> found = new ArrayList<>();
    List<String> unusual = new ArrayList<>();
    for (String province : provinceFolders) {
      Path folder = data.resolve(province);
      if (!last.provinces().containsKey(province) || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
        return Optional.empty();
      }
      provinces.remove(province);
      // The province's own files; its commune folders are walked only when hinted.
      try (java.util.stream.Stream<Path> list = Files.list(folder)) {
        for (Path entry : list.sorted().toList()) {
          BasicFileAttributes attrs = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
          if (!attrs.isDirectory()) {
            visit(data, entry, attrs, known, found, unusual);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    for (String commune : communeFolders) {
      Path folder = data.resolve(commune);
      boolean folderNow = Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS);
      if (folderNow != last.units().containsKey(commune)) {
        // A commune folder created or removed (or one without files until now): not placed here.
        return Optional.empty();
      }
      if (folderNow) {
        units.remove(commune);
        Walked w = walk(data, folder, known);
        found.addAll(w.found());
        unusual.addAll(w.unusual());
      }
      // Otherwise a province's own file (province.yaml), listed above.
    }
    if (!unusual.isEmpty()) {
      return Optional.empty();
    }
    Map<String, List<FileStamp>> walked = new TreeMap<>();
    for (Found f : found) {
      FileStamp stamp = stamp(f.path(), f.name(), f.attrs(), known.get(f.name()));
      if (f.owner().contains("/")) {
        walked.computeIfAbsent(f.owner(), k -> new ArrayList<>()).add(stamp);
      } else {
        provinces.put(f.owner(), stamp);
      }
    }
    walked.values().forEach(l -> l.sort(java.util.Comparator.comparing(FileStamp::file)));
    units.putAll(walked);
    return Optional.of(new Scan(provinces, units, Optional.empty()));
  }

  private record Found(Path path, String name, BasicFileAttributes attrs, String owner) {}

  private record Walked(List<Found> found, List<String> unusual) {}

  /**
   * The files under {@code start} (a folder or file directly in data/), each placed in the layout
   * or told unusual. A name the cache already knows passed the layout's rules when it was first
   * stamped, and the rules depend on the name alone: it is not matched again (43,000 names at
   * national scale, three patterns each). Its kind and size are checked every time.
   */
  private static Walked walk(Path data, Path start, Map<String, FileStamp> known) {
    List<Found> found = new ArrayList<>();
    List<String> unusual = new ArrayList<>();
    try {
      Files.walkFileTree(start, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          visit(data, file, attrs, known, found, unusual);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Walked(found, unusual);
  }

  /** One entry of the data folder, placed in the layout or told unusual (see {@link #walk}). */
  private static void visit(Path data, Path file, BasicFileAttributes attrs, Map<String, FileStamp> known,
      List<Found> found, List<String> unusual) {
    String rel = data.relativize(file).toString().replace('\\', '/');
    String name = file.getFileName().toString();
    if (attrs.isRegularFile() && Layout.ignored(name)) {
      return;
    }
    if (!attrs.isRegularFile()) {
      unusual.add("data/" + rel);
      return;
    }
    if (!known.containsKey("data/" + rel) && !Layout.holds(rel) || attrs.size() > Limits.DEFAULT.maxBytes()) {
      // Too large to be a report: never hashed (a sparse 3 GB file filled the heap); the
      // clean build this leads to refuses it from its size.
      unusual.add("data/" + rel);
      return;
    }
    String[] parts = rel.split("/");
    found.add(new Found(file, "data/" + rel, attrs, parts.length == 2 ? parts[0] : parts[0] + "/" + parts[1]));
  }

  private static FileStamp stamp(Path file, String name, BasicFileAttributes attrs, FileStamp known) {
    long modified = attrs.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
    FileStamp stat = new FileStamp(name, attrs.size(), modified, "");
    if (stat.sameStat(known)) {
      return known;
    }
    return new FileStamp(name, attrs.size(), modified, sha256(file));
  }

  private static String sha256(Path file) {
    try {
      MessageDigest sha = Fingerprint.sha();
      return HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
