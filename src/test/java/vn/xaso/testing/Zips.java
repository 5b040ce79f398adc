package vn.xaso.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** A zip of the output read back with the JDK's own reader, which checks each entry's CRC and size. */
public final class Zips {
  private Zips() {}

  /** Every entry's bytes, in the zip's order. */
  public static Map<String, byte[]> read(Path zip) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** One entry as UTF-8 text; fails when the zip has no such entry. */
  public static String text(Path zip, String entry) {
    byte[] bytes = read(zip).get(entry);
    if (bytes == null) {
      throw new AssertionError(zip + " has no entry " + entry + ": " + read(zip).keySet());
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
