package vn.xaso.load;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.xaso.model.Commune;
import vn.xaso.model.Province;
import vn.xaso.model.Report;
import vn.xaso.model.UnitType;
import vn.xaso.problem.Problem;
import vn.xaso.problem.Problems;
import vn.xaso.schema.Schema;
import vn.xaso.validate.Validator;

/**
 * Input from the fuzzer goes through the reader, the binder and the validator; the only
 * acceptable outcome is a list of problems that print safely. Any exception is a finding.
 * The inputs under src/test/resources/vn/xaso/load/LoaderFuzzTestInputs run in every normal
 * test run; with {@code -Pfuzz} Jazzer generates new ones (see README).
 */
public class LoaderFuzzTest {
  public static final String REPORT = "data/hai-phong/hung-thang/2025-11-28_2025-12-05.yaml";
  private static final Schema SCHEMA = new Schema();
  private static final Dataset.Loaded<Province> PROVINCE = new Dataset.Loaded<>(
      new Province("hai-phong", "Hải Phòng", null), "data/hai-phong/province.yaml", new SourceMap("p", Map.of()));
  private static final Dataset.Loaded<Commune> COMMUNE = new Dataset.Loaded<>(
      new Commune("hung-thang", "Hùng Thắng", UnitType.XA, "hai-phong", null, null, null),
      "data/hai-phong/hung-thang/commune.yaml", new SourceMap("c", Map.of()));
  /** A real report's lines: the structured target changes their keys and values. */
  private static final List<String> LINES = lines(REPORT);
  private static final Pattern KEY_VALUE = Pattern.compile("(\\s*(?:- )?)([a-z_]+):(?: (.*))?");

  /** Any bytes at all, as a report file. */
  @FuzzTest(maxDuration = "${jazzer.max_duration:-30s}")
  void anyBytesEndAsProblemsNeverAsAnException(byte[] input) {
    check(input);
  }

  /**
   * A real report with some keys and values replaced by fuzzed text, written plain or double
   * quoted: random bytes seldom get past the parser, this reaches the binder's and validator's
   * rules with every kind of value.
   */
  @FuzzTest(maxDuration = "${jazzer.max_duration:-30s}")
  void aRealReportWithFuzzedKeysAndValuesEndsAsProblems(FuzzedDataProvider data) {
    List<String> lines = new ArrayList<>(LINES);
    int changes = data.consumeInt(1, 8);
    for (int i = 0; i < changes && data.remainingBytes() > 0; i++) {
      int at = data.consumeInt(0, lines.size() - 1);
      Matcher m = KEY_VALUE.matcher(lines.get(at));
      if (!m.matches()) {
        continue;
      }
      String text = data.consumeString(data.consumeInt(0, 300));
      String written = data.consumeBoolean() ? text : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
      lines.set(at, data.consumeBoolean()
          ? m.group(1) + written + ": " + (m.group(3) == null ? "" : m.group(3))
          : m.group(1) + m.group(2) + ": " + written);
    }
    check((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static void check(byte[] input) {
    problems(input).forEach(LoaderFuzzTest::printsSafely);
  }

  /** What the fuzz targets' reader, binder and validator make of a report file at {@link #REPORT}. */
  public static List<Problem> problems(byte[] input) {
    Problems problems = new Problems();
    Optional<YNode> root = new YamlReader(Limits.DEFAULT).parse(input, REPORT, problems);
    if (root.isPresent()) {
      Binder.Result<Report> bound = new Binder(Limits.DEFAULT).bind(root.get(), SCHEMA.report(), Report.class, REPORT, problems);
      List<Dataset.Loaded<Report>> reports = bound.value()
          .map(r -> List.of(new Dataset.Loaded<>(r, REPORT, bound.positions()))).orElse(List.of());
      new Validator().validate(new Dataset(List.of(PROVINCE), List.of(COMMUNE), reports), problems);
    }
    return problems.all();
  }

  /** Four lines in the log and one annotation line, whatever the data held. */
  private static void printsSafely(Problem p) {
    String text = p.format();
    if (text.split("\n", -1).length != 4 || text.indexOf('\r') >= 0 || p.githubAnnotation().matches("(?s).*[\r\n].*")) {
      throw new IllegalStateException("A problem prints on more lines than its own: " + text);
    }
  }

  private static List<String> lines(String file) {
    try {
      return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
