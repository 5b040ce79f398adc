package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A page's model hash is the same on every run: a page whose model did not change is kept by an
 * incremental build only if its hash, saved by one process, matches the one the next computes.
 */
class ModelHashStabilityTest {
  record Row(String label, String value) {}

  /** A model with maps whose iteration order the JDK leaves to each JVM ({@code Map.of}). */
  static Map<String, Object> model() {
    return Map.of("title", "Xã Số", "counts", Map.of("a", 1, "b", 2, "c", 3, "d", 4, "e", 5, "f", 6),
        "rows", List.of(new Row("Tên", "Hùng Thắng")), "flag", true, "when", java.time.LocalDate.of(2025, 12, 31));
  }

  /** Run in another JVM by the test below: prints the hash of {@link #model()}. */
  public static void main(String[] args) {
    System.out.print(ModelHash.of("home.ftlh", model()));
  }

  @Test
  void theHashIsTheSameInEveryJvm() throws IOException, InterruptedException {
    List<String> hashes = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
          System.getProperty("java.class.path"), ModelHashStabilityTest.class.getName()).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, p.waitFor(), out);
      hashes.add(out);
    }
    hashes.add(ModelHash.of("home.ftlh", model()));
    assertEquals(1, hashes.stream().distinct().count(), hashes.toString());
  }

  @Test
  void anUnorderedMapHashesAsItsEntriesInKeyOrder() {
    assertEquals(ModelHash.of("x.ftlh", new TreeMap<>(model())), ModelHash.of("x.ftlh", model()));
  }

  @Test
  void whatTheTemplateSeesChangesTheHash() {
    Map<String, Object> other = new TreeMap<>(model());
    other.put("title", "Xã Sô");
    assertNotEquals(ModelHash.of("x.ftlh", model()), ModelHash.of("x.ftlh", other));
    assertNotEquals(ModelHash.of("x.ftlh", model()), ModelHash.of("y.ftlh", model()));
  }

  @Test
  void aValueTheHashCannotSeeIntoIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ModelHash.of("x.ftlh", Map.of("file", new Object())));
    assertEquals("A page model holds a java.lang.Object, which cannot be hashed", e.getMessage());
  }
}
