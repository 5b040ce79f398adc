package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.xaso.model.Finance;
import vn.xaso.model.FieldPath;
import vn.xaso.model.Report;
import vn.xaso.build.Check;
import vn.xaso.testing.TinyProject;

/**
 * Issue #27, item 4: money as reports write it, with a dot between thousands and a comma before
 * decimals ("1.500 triệu đồng", "1,5 tỷ đồng"): the importer, the one place that parses money,
 * reads each as the same number of đồng and never as 1.5 million or 1,500 đồng; a data file, which
 * takes whole đồng without separators, refuses them with a catalogued problem.
 */
class MoneyWithSeparatorsTest {
  private static final String NEED = FieldPath.of(Report::finance).then(Finance::estimatedNeedVnd).path();
  private static final String SIGNED = """
      TM. ỦY BAN NHÂN DÂN
      CHỦ TỊCH
      """;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "1.500 triệu đồng | 1500000000",
      "1,5 tỷ đồng | 1500000000",
      "1.250,5 triệu đồng | 1250500000",
      "12.500 nghìn đồng | 12500000",
      "2.000 tỷ đồng | 2000000000000",
  })
  void aThousandsSeparatorIsReadAsOneNumber(String written, long vnd) {
    Object read = Extractor.extract("4. Về tài chính\nTài chính: năm 2026. Tổng nhu cầu kinh phí khoảng " + written
        + ".\n" + SIGNED, null).values().get(NEED);
    assertEquals(vnd, read, written);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"1.500.000.000", "1.500", "1,500,000,000", "1 500 000 000"})
  void aDataFileWithASeparatorInMoneyIsRefusedNotReadAsAFraction(String written, @TempDir Path dir) throws Exception {
    TinyProject.withCommune(dir).file("data/hai-phong/hung-thang/2025-12.yaml", TinyProject.DECEMBER_SIGNED
        + "finance:\n  estimated_need_vnd: " + written + "\n");
    List<String> problems = new Check().run(dir).problems().all().stream()
        .map(p -> p.code().id() + " " + p.field()).toList();
    assertEquals(List.of("not-integer " + NEED), problems, written);
  }
}
