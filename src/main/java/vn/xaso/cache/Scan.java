package vn.xaso.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
          String rel = data.relativize(file).toString().replace('\\', '/');
          String name = file.getFileName().toString();
          if (attrs.isRegularFile() && Layout.ignored(name)) {
            return FileVisitResult.CONTINUE;
          }
          if (!attrs.isRegularFile()) {
            unusual.add("data/" + rel);
            return FileVisitResult.CONTINUE;
          }
          if (!known.containsKey("data/" + rel) && !Layout.holds(rel) || attrs.size() > Limits.DEFAULT.maxBytes()) {
            // Too large to be a report: never hashed (a sparse 3 GB file filled the heap); the
            // clean build this leads to refuses it from its size.
            unusual.add("data/" + rel);
            return FileVisitResult.CONTINUE;
          }
          String[] parts = rel.split("/");
          found.add(new Found(file, "data/" + rel, attrs, parts.length == 2 ? parts[0] : parts[0] + "/" + parts[1]));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Walked(found, unusual);
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
