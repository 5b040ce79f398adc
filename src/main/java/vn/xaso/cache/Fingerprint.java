package vn.xaso.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything besides the data that a build's output depends on, as one SHA-256: the tool itself
 * (its jar, or its classes when run from a build tree), the build's options, and every file under
 * the project's {@code content/}, {@code themes/} and {@code sources/} (the original documents
 * published beside the data). Any change means a clean build.
 */
public final class Fingerprint {
  private Fingerprint() {}

  /** The running tool's own bytes: a new version, or a rebuilt jar, empties the cache. */
  public static String tool() {
    try {
      Path code = Path.of(Fingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      MessageDigest sha = sha();
      hashTree(code, sha);
      return HexFormat.of().formatHex(sha.digest());
    } catch (URISyntaxException | RuntimeException e) {
      // Without a way to tell versions apart, no build may reuse another's work.
      return "unknown-" + System.nanoTime();
    }
  }

  /** The fingerprint of a build of {@code project} by {@code tool} with {@code options}. */
  public static String of(Path project, String tool, String options) {
    MessageDigest sha = sha();
    update(sha, "xaso-cache/1");
    update(sha, tool);
    update(sha, options);
    for (String folder : List.of("content", "themes", "sources")) {
      update(sha, folder);
      hashTree(project.resolve(folder), sha);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static void hashTree(Path root, MessageDigest sha) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(f -> !Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
        update(sha, root.relativize(p).toString().replace('\\', '/'));
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          // A link or a pipe is never opened (a pipe would block); validate refuses both.
          update(sha, "not a regular file");
          continue;
        }
        update(sha, Long.toString(Files.size(p)));
        // Streamed: a huge file in themes/ must not be read into memory whole.
        try (java.io.InputStream in = Files.newInputStream(p)) {
          byte[] buffer = new byte[1 << 16];
          for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            sha.update(buffer, 0, n);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void update(MessageDigest sha, String text) {
    sha.update(text.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
  }

  static MessageDigest sha() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
