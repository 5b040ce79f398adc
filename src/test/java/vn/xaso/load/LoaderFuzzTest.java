package vn.xaso.load;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Optional;
import vn.xaso.model.Commune;
import vn.xaso.model.Province;
import vn.xaso.model.Report;
import vn.xaso.model.UnitType;
import vn.xaso.problem.Problems;
import vn.xaso.schema.Schema;
import vn.xaso.validate.Validator;

/**
 * Arbitrary bytes as a report file go through the reader, the binder and the validator; the
 * only acceptable outcome is a list of problems. Any exception is a finding. The inputs under
 * src/test/resources/vn/xaso/load/LoaderFuzzTestInputs run in every normal test run; with
 * {@code -Pfuzz} Jazzer generates new ones (see README).
 */
class LoaderFuzzTest {
  private static final String FILE = "data/hai-phong/hung-thang/2025-12.yaml";
  private static final Schema SCHEMA = new Schema();
  private static final Dataset.Loaded<Province> PROVINCE = new Dataset.Loaded<>(
      new Province("hai-phong", "Hải Phòng", null), "data/hai-phong/province.yaml", new SourceMap("p", java.util.Map.of()));
  private static final Dataset.Loaded<Commune> COMMUNE = new Dataset.Loaded<>(
      new Commune("hung-thang", "Hùng Thắng", UnitType.XA, "hai-phong", null, null, null),
      "data/hai-phong/hung-thang/commune.yaml", new SourceMap("c", java.util.Map.of()));

  @FuzzTest(maxDuration = "${jazzer.max_duration:-30s}")
  void anyBytesEndAsProblemsNeverAsAnException(byte[] input) {
    Problems problems = new Problems();
    Optional<YNode> root = new YamlReader(Limits.DEFAULT).parse(input, FILE, problems);
    if (root.isEmpty()) {
      return;
    }
    Binder.Result<Report> bound = new Binder(Limits.DEFAULT).bind(root.get(), SCHEMA.report(), Report.class, FILE, problems);
    List<Dataset.Loaded<Report>> reports = bound.value()
        .map(r -> List.of(new Dataset.Loaded<>(r, FILE, bound.positions()))).orElse(List.of());
    new Validator().validate(new Dataset(List.of(PROVINCE), List.of(COMMUNE), reports), problems);
    problems.all().forEach(p -> p.format());
  }
}
