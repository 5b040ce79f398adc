package vn.xaso.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.problem.Severity;

/**
 * The figures the docs state about the sample, checked against a build of it: README's warnings,
 * files read and files written, CONTRIBUTING's warnings. A change to the sample, the pages or
 * the open data that changes them fails here until the docs say the new figures.
 */
class DocsFiguresTest {
  @TempDir static Path dir;
  static Build.Result built;

  @BeforeAll
  static void build() throws IOException {
    built = new Build().run(Path.of(""), dir.resolve("site"), Build.Scope.SITE);
    assertTrue(built.ok(), () -> built.problems().toString());
  }

  @Test
  void readmeSaysWhatTheSampleBuildPrints() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    long warnings = built.problems().count(Severity.WARNING);
    assertEquals(List.of(warnings), all(readme, "\\*\\*(\\d+) warnings\\*\\*"), "the sample's **N warnings**");
    assertEquals(List.of(built.filesRead() + "," + 0 + "," + warnings),
        all3(readme, "`(\\d+) files, (\\d+) errors, (\\d+) warnings`"), "`F files, E errors, W warnings`");
    assertEquals(List.of((long) built.files()), all(readme, "`Wrote (\\d+) files to ./target/site`"),
        "`Wrote N files to ./target/site`");
  }

  /** The size line: files and largest page exactly, the megabytes within a tenth, as pages change by a few bytes often. */
  @Test
  void readmeSaysWhatTheSampleOutputWeighs() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    Matcher m = Pattern.compile("`Output: (\\d+) files, ([0-9.]+) MB; largest page (\\S+) \\(([0-9.]+) KB\\)`")
        .matcher(readme);
    assertTrue(m.find(), "README states the sample's `Output: …` line");
    assertEquals(built.size().files(), Integer.parseInt(m.group(1)));
    double megabytes = built.size().bytes() / 1e6;
    assertTrue(Math.abs(megabytes - Double.parseDouble(m.group(2))) <= 0.1 * megabytes,
        () -> "README says " + m.group(2) + " MB, the build wrote " + megabytes + " MB");
    assertEquals(built.size().largest().path(), m.group(3));
  }

  @Test
  void contributingSaysHowManyWarningsTheSampleHas() throws IOException {
    String contributing = Files.readString(Path.of("CONTRIBUTING.md"));
    assertEquals(List.of(built.problems().count(Severity.WARNING)),
        all(contributing, "the sample data has (\\d+) warnings"));
  }

  /** Every number the pattern's group finds: a figure the docs stopped stating is a failure too. */
  private static List<Long> all(String text, String regex) {
    List<Long> out = new ArrayList<>();
    Matcher m = Pattern.compile(regex).matcher(text);
    while (m.find()) {
      out.add(Long.parseLong(m.group(1)));
    }
    return out;
  }

  private static List<String> all3(String text, String regex) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile(regex).matcher(text);
    while (m.find()) {
      out.add(m.group(1) + "," + m.group(2) + "," + m.group(3));
    }
    return out;
  }
}
