package vn.xaso.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.xaso.problem.Code;
import vn.xaso.problem.Stop;
import vn.xaso.problem.Words;

/**
 * What may be replaced by a build, and who is building into it. A build replaces its output
 * folder whole, so it first makes sure the folder is one it may replace: missing, empty, or
 * holding the {@link #MARKER} file this tool writes into every output. Never the project, a folder
 * of it that holds sources, the build cache, or a file. While it builds it holds a lock on a
 * file beside the output, so that a second build into the same folder stops instead of removing
 * the first one's staging folder.
 */
public final class OutputFolder {
  /** Written by every build into its output; its presence is what allows the next build to replace the folder. */
  public static final String MARKER = ".xaso-output";
  static final String MARKER_TEXT = "Thư mục này do Xã Số ghi; mỗi lần dựng sẽ thay toàn bộ.\n"
      + "This folder is written by Xã Số; each build replaces it whole.\n";
  /** Where a project's build caches live, one folder per output. */
  public static final String CACHES = "target/xaso-cache";
  /** Folders of a project that hold what people write; an output inside one would destroy it. */
  private static final List<String> SOURCES = List.of("data", "content", "themes", "src", ".git");

  /**
   * Outputs this process is building into. Needed besides the file lock: on Linux, closing any
   * channel to the lock file drops every lock the process holds on it, so a second build in the
   * same process (a test, the preview server) must be turned away before it opens the file.
   */
  private static final java.util.Set<Path> HELD = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private OutputFolder() {}

  /**
   * Refuses, as a usage mistake, an output the build must not replace; {@code cache} is where
   * the build keeps its cache (null when it keeps none).
   */
  public static void check(Path project, Path out, Path cache) {
    Path target = real(out);
    String shown = out.toString();
    Path parent = target.getParent();
    if (parent == null) {
      throw forbidden(shown, "đó là gốc của hệ thống tệp", "it is the root of the file system");
    }
    Path root = real(project);
    if (root.startsWith(target)) {
      throw forbidden(shown, "thư mục này chứa dự án", "it holds the project");
    }
    for (String source : SOURCES) {
      if (target.startsWith(root.resolve(source))) {
        throw forbidden(shown, "nằm trong " + source + "/ của dự án", "it is inside the project's " + source + "/");
      }
    }
    for (Path c : cache == null ? List.of(root.resolve(CACHES)) : List.of(root.resolve(CACHES), real(cache))) {
      if (target.startsWith(c) || c.startsWith(target)) {
        throw forbidden(shown, "trùng với bộ đệm " + c, "it overlaps the build cache " + c);
      }
    }
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw Stop.usage(shown, Code.OUT_IS_FILE, Map.of("path", shown));
    }
    if (!empty(target) && !Files.isRegularFile(target.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
      throw Stop.usage(shown, Code.OUT_NOT_OURS, Map.of("path", shown, "marker", MARKER));
    }
  }

  private static Stop forbidden(String shown, String vi, String en) {
    return Stop.usage(shown, Code.OUT_FORBIDDEN, Map.of("path", shown, "what", new Words(vi, en)));
  }

  /** The path with every link in its longest existing part resolved: a link cannot hide the project. */
  static Path real(Path path) {
    Path abs = path.toAbsolutePath().normalize();
    Path existing = abs;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return abs;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
    } catch (IOException e) {
      return abs;
    }
  }

  private static boolean empty(Path folder) {
    try (Stream<Path> s = Files.list(folder)) {
      return s.findAny().isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the marker into a folder about to become the output. */
  static void mark(Path folder) throws IOException {
    Path marker = folder.resolve(MARKER);
    if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
      Files.writeString(marker, MARKER_TEXT, StandardCharsets.UTF_8);
    }
  }

  /**
   * Takes the lock of builds into {@code out}, or stops with {@code output-busy} when another
   * build, in this process or another, holds it. Closing the lock releases it.
   */
  public static Lock lock(Path out) {
    Path target = out.toAbsolutePath().normalize();
    Path file = target.getParent().resolve("." + target.getFileName() + ".lock");
    if (!HELD.add(file)) {
      throw busy(null, out);
    }
    FileChannel channel = null;
    try {
      Files.createDirectories(target.getParent());
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        HELD.remove(file);
        throw busy(channel, out);
      }
      FileChannel held = channel;
      return () -> {
        try {
          lock.release();
          held.close();
        } finally {
          HELD.remove(file);
        }
      };
    } catch (OverlappingFileLockException e) {
      HELD.remove(file);
      throw busy(channel, out);
    } catch (IOException | RuntimeException e) {
      HELD.remove(file);
      close(channel);
      throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
    }
  }

  /** A held lock; closing releases it. */
  public interface Lock extends AutoCloseable {
    @Override
    void close() throws IOException;
  }

  private static Stop busy(FileChannel channel, Path out) {
    close(channel);
    return Stop.of(out.toString(), Code.OUTPUT_BUSY, Map.of("path", out.toString()));
  }

  private static void close(FileChannel channel) {
    try {
      if (channel != null) {
        channel.close();
      }
    } catch (IOException e) {
      // Nothing was locked through it; closing is only tidiness.
    }
  }
}
