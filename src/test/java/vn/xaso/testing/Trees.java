package vn.xaso.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import vn.xaso.publish.Output;

/** A folder's files by relative path with their SHA-256, so two moments or two builds compare exactly. */
public final class Trees {
  private Trees() {}

  public static Map<String, String> hashes(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(f).toString(), Output.sha256(Files.readAllBytes(f)));
      }
    }
    return out;
  }
}
