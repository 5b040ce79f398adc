package vn.xaso.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.testing.Trees;

/**
 * The same input gives byte-identical output, whatever the machine's locale and time zone:
 * Turkish (dotless i breaks naive lowercasing) and a +14:00 zone must change nothing.
 */
class ReproducibleBuildTest {
  @TempDir Path dir;

  @Test
  void twoBuildsOfTheSampleOnDifferentLocalesAndZonesAreByteIdentical() throws Exception {
    Build.Result first = new Build().run(Path.of(""), dir.resolve("a"), Build.Scope.SITE);
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    Build.Result second;
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      second = new Build().run(Path.of(""), dir.resolve("b"), Build.Scope.SITE);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
    assertTrue(first.ok() && second.ok());
    Map<String, String> a = Trees.hashes(dir.resolve("a"));
    assertTrue(a.size() > 120, "the whole site and its data: " + a.size());
    assertEquals(a, Trees.hashes(dir.resolve("b")));
    assertEquals(first.written(), second.written());

    // A second JVM: Map.of and HashSet iterate in an order seeded at start-up, the same within
    // one run and different across runs, so only another process can catch such an order leaking out.
    Process other = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
        System.getProperty("java.class.path"), "vn.xaso.cli.Main", "build", "--no-cache", "--project", ".", "--out",
        dir.resolve("c").toString()).redirectErrorStream(true).redirectOutput(dir.resolve("c.log").toFile()).start();
    assertEquals(0, other.waitFor(), () -> read(dir.resolve("c.log")));
    assertEquals(a, Trees.hashes(dir.resolve("c")));
  }

  private static String read(Path file) {
    try {
      return java.nio.file.Files.readString(file);
    } catch (java.io.IOException e) {
      return e.toString();
    }
  }
}
