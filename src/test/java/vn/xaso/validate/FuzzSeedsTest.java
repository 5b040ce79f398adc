package vn.xaso.validate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.xaso.load.LoaderFuzzTest;
import vn.xaso.problem.Problem;

/**
 * The fuzzer's {@code bad-*} seeds are the corpus of bad files, each named for a mistake: run
 * through the fuzz target's own reader, binder and validator, each gives the problem it is named
 * for, at the line, column and field {@link BadFilesTest} states. The regression run of
 * {@link LoaderFuzzTest} only shows they raise no exception.
 */
class FuzzSeedsTest {
  private static final Path SEEDS = Path.of(
      "src/test/resources/vn/xaso/load/LoaderFuzzTestInputs/anyBytesEndAsProblemsNeverAsAnException");
  private static final String FILE = "data/hai-phong/hung-thang/2025-12.yaml";

  @ParameterizedTest(name = "{0}")
  @MethodSource("vn.xaso.validate.BadFilesTest#corpus")
  void eachBadSeedGivesTheProblemItIsNamedFor(String name, String expected) throws Exception {
    byte[] seed = Files.readAllBytes(SEEDS.resolve("bad-" + name));
    assertArrayEquals(Files.readAllBytes(Path.of("src/test/resources/bad/" + name + ".yaml")), seed,
        "the seed is the bad file it is named after");

    List<Problem> problems = LoaderFuzzTest.problems(seed);

    // The fuzz target files the seed under another period: compare position, severity, code and field.
    String wanted = expected.substring(FILE.length() + 1);
    List<String> heads = problems.stream().map(FuzzSeedsTest::head).toList();
    assertTrue(heads.stream().anyMatch(wanted::startsWith), () -> "wanted " + wanted.lines().findFirst().orElseThrow()
        + "\n got " + heads);
  }

  /** "16:3: error[exceeds] dossiers.on_time: " — a problem as printed, up to its message. */
  private static String head(Problem p) {
    String location = p.location().substring(LoaderFuzzTest.REPORT.length() + 1);
    return location + ": " + p.severity().code() + "[" + p.code().id() + "] " + (p.field().isEmpty() ? "" : p.field() + ": ");
  }

  @Test
  void everyBadSeedHasItsBadFile() throws Exception {
    Set<String> seeds = new TreeSet<>();
    try (Stream<Path> files = Files.list(SEEDS)) {
      files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("bad-")).forEach(n -> seeds.add(n.substring(4)));
    }
    Set<String> named = new TreeSet<>();
    BadFilesTest.corpus().forEach(a -> named.add((String) a.get()[0]));
    assertEquals(named, seeds);
  }
}
