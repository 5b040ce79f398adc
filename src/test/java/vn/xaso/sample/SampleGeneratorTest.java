package vn.xaso.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Check;
import vn.xaso.problem.Problem;
import vn.xaso.problem.Severity;

class SampleGeneratorTest {
  @TempDir Path dir;

  @Test
  void aSampleIsValidWithRealisticWarningsAndMissingParts() throws Exception {
    new SampleGenerator(80, 3, 7).write(dir.resolve("a"), dir.resolve("no-template"));

    Check.Result result = new Check().run(dir.resolve("a"));

    assertFalse(result.problems().hasErrors(),
        () -> result.problems().all().stream().limit(5).map(Problem::format).toList().toString());
    assertEquals(34, result.data().provinces().size());
    assertEquals(80, result.data().communes().size());
    assertEquals(240, result.data().reports().size());
    Set<String> warnings = result.problems().all().stream().filter(p -> p.severity() == Severity.WARNING)
        .map(p -> p.code().id()).collect(Collectors.toSet());
    assertTrue(warnings.containsAll(Set.of("parts-short", "source-unnumbered")), warnings.toString());
    long withoutDossiers = result.data().reports().stream().filter(r -> r.value().dossiers() == null).count();
    assertTrue(withoutDossiers > 0 && withoutDossiers < 240, "some reports leave dossiers out: " + withoutDossiers);
  }

  @Test
  void theSameSeedGivesTheSameFilesAndAnotherSeedDoesNot() throws Exception {
    new SampleGenerator(20, 2, 1).write(dir.resolve("a"), dir.resolve("none"));
    new SampleGenerator(20, 2, 1).write(dir.resolve("b"), dir.resolve("none"));
    new SampleGenerator(20, 2, 2).write(dir.resolve("c"), dir.resolve("none"));

    assertEquals(contents(dir.resolve("a")), contents(dir.resolve("b")));
    assertNotEquals(contents(dir.resolve("a")), contents(dir.resolve("c")));
  }

  private static Map<String, String> contents(Path root) throws Exception {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(f).toString(), Files.readString(f));
      }
    }
    return out;
  }
}
