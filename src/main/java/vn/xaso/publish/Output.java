package vn.xaso.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;

/**
 * The one writer to disk for a whole build. Files go into a staging folder beside the target;
 * {@link #commit()} swaps it in at the end, so a failed or killed build leaves the previous site
 * untouched. It remembers every file written (size and SHA-256) for the data package.
 */
public final class Output {
  private final Path target;
  private final Path staging;
  private final Map<String, Written> written = new ConcurrentHashMap<>();

  /** A file this build wrote: path relative to the output root, size and SHA-256 in hex. */
  public record Written(String path, long bytes, String sha256) {}

  public Output(Path target) throws IOException {
    this.target = target.toAbsolutePath().normalize();
    Path parent = this.target.getParent();
    Files.createDirectories(parent);
    this.staging = Files.createTempDirectory(parent, "." + this.target.getFileName() + ".staging-");
  }

  public Path target() {
    return target;
  }

  /** Writes {@code bytes} at {@code path} (relative, forward slashes). Paths are checked to stay inside. */
  public void write(String path, byte[] bytes) {
    Path file = staging.resolve(path).normalize();
    if (!file.startsWith(staging) || path.startsWith("/")) {
      throw new IllegalArgumentException("Output path escapes the site: " + path);
    }
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    written.put(path, new Written(path, bytes.length, sha256(bytes)));
  }

  public void writeText(String path, String text) {
    write(path, text.getBytes(StandardCharsets.UTF_8));
  }

  public boolean has(String path) {
    return written.containsKey(path);
  }

  /** How many files were written so far; cheap, unlike {@link #files()}. */
  public int count() {
    return written.size();
  }

  /** Every file written so far, sorted by path. */
  public List<Written> files() {
    return List.copyOf(new TreeMap<>(written).values());
  }

  /**
   * Swaps the staged site in place of the target, then removes the old one and any staging or
   * old folders a killed build left beside it. If the second move fails, the old site is put back.
   */
  public void commit() throws IOException {
    Path old = null;
    if (Files.exists(target)) {
      old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
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

  /** Staging and old folders of earlier builds that were killed before they could clean up. */
  private void removeLeftovers() throws IOException {
    String prefix = "." + target.getFileName() + ".";
    try (Stream<Path> siblings = Files.list(target.getParent())) {
      for (Path p : siblings.filter(p -> p.getFileName().toString().startsWith(prefix + "staging-")
          || p.getFileName().toString().startsWith(prefix + "old-")).sorted().toList()) {
        PathUtils.deleteDirectory(p);
      }
    }
  }

  /** Drops everything staged; the target is as it was. */
  public void abort() {
    try {
      if (Files.exists(staging)) {
        PathUtils.deleteDirectory(staging);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
