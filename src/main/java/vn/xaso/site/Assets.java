package vn.xaso.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import vn.xaso.problem.Code;
import vn.xaso.problem.Stop;
import vn.xaso.publish.Output;

/**
 * Copies the theme's assets and the pinned Chart.js (from its WebJar on the classpath, no npm,
 * no CDN) under {@code assets/}, and keeps each file's sha384 for Subresource Integrity.
 */
public final class Assets {
  static final String CHART_JS = "assets/vendor/chart.umd.min.js";
  private static final String WEBJAR = "META-INF/resources/webjars/chart.js/";

  private final Map<String, String> integrity = new TreeMap<>();

  /** Copies everything and returns site path → {@code sha384-…}. */
  public Map<String, String> copy(Path themeAssets, Output out) {
    if (Files.isDirectory(themeAssets)) {
      try (Stream<Path> files = Files.walk(themeAssets)) {
        for (Path f : files.filter(f -> !Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
          // A link could publish any file of the build machine (/etc/passwd as leak.css): never followed.
          if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
            String shown = f.toString();
            throw Stop.of(shown, Code.THEME_LINK, Map.of("path", shown));
          }
          String rel = themeAssets.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
          put("assets/" + rel, Files.readAllBytes(f), out);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    String version = chartJsVersion();
    put(CHART_JS, resource(WEBJAR + version + "/dist/chart.umd.min.js"), out);
    put("assets/vendor/chart.js-LICENSE.md", resource(WEBJAR + version + "/LICENSE.md"), out);
    return Map.copyOf(integrity);
  }

  private void put(String path, byte[] bytes, Output out) {
    out.write(path, bytes);
    integrity.put(path, KNOWN.compute(path, (p, last) -> last != null && Arrays.equals(last.bytes(), bytes) ? last
        : new Known(bytes, sri(bytes))).sri());
  }

  /** An asset's bytes and their sha384, as the last build in this process copied them. */
  private record Known(byte[] bytes, String sri) {}

  /**
   * By site path: a preview server's rebuilds compare an asset's bytes (a fast array compare)
   * instead of hashing Chart.js's 200 KB with SHA-384 again each time (#26).
   */
  private static final Map<String, Known> KNOWN = new ConcurrentHashMap<>();

  static String chartJsVersion() {
    Properties p = new Properties();
    try (InputStream in = Assets.class.getClassLoader()
        .getResourceAsStream("META-INF/maven/org.webjars.npm/chart.js/pom.properties")) {
      if (in == null) {
        throw new IllegalStateException("Chart.js WebJar not on the classpath");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version");
  }

  /** The tool's own resources cannot change while it runs: read from the jar once. */
  private static byte[] resource(String name) {
    return RESOURCES.computeIfAbsent(name, Assets::read);
  }

  private static final Map<String, byte[]> RESOURCES = new ConcurrentHashMap<>();

  private static byte[] read(String name) {
    try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String sri(byte[] bytes) {
    try {
      return "sha384-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-384").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
