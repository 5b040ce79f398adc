package vn.xaso.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.xaso.build.Check;
import vn.xaso.problem.Problem;

/** The repository's own sample data: the real reports validate, with their real contradictions as warnings. */
class SeedReportsTest {
  private static final String HUNG_THANG = "data/hai-phong/hung-thang/2025-11-28_2025-12-05.yaml";
  private static final String CHI_MINH = "data/hai-phong/chi-minh/2025-07-31.yaml";
  private static final String MINH_LONG = "data/quang-ngai/minh-long/2025-10-08.yaml";

  @Test
  void sampleDataHasNoErrors() throws Exception {
    Check.Result result = new Check().run(Path.of(""));
    assertFalse(result.problems().hasErrors(), () -> result.problems().all().stream().map(Problem::format).toList().toString());
  }

  @Test
  void theThreeReportsAndTheirProfilesAreAllRead() throws Exception {
    Check.Result result = new Check().run(Path.of(""));
    assertEquals(List.of(CHI_MINH, HUNG_THANG, MINH_LONG),
        result.data().reports().stream().map(r -> r.file()).sorted().toList());
    assertEquals(3, result.data().communes().size());
    assertEquals(2, result.data().provinces().size());
  }

  @Test
  void chiMinhLacksItsNumberAndDateWhileMinhLongsAreBlankInTheSignedOriginal() throws Exception {
    var byFile = new Check().run(Path.of("")).problems().byFile();
    // Chí Minh's extracted text has no header, so its number and date are unknown: warned.
    assertEquals(List.of("8 source-undated source", "8 source-unnumbered source"), lines(byFile.get(CHI_MINH)));
    // Minh Long's original prints "Số:  /BC-UBND" and "ngày  tháng 10 năm 2025": recorded in
    // source.left_blank, so not a data problem.
    assertEquals(List.of(), lines(byFile.getOrDefault(MINH_LONG, List.of())));
  }

  /** The report's own problems; what the kept text says of the transcription is EvidenceChecksTest's. */
  private static List<String> lines(List<Problem> problems) {
    return problems.stream().filter(p -> !p.code().forTheTranscriber()).map(p -> p.position().line() + " " + p.code().id() + " " + p.field()).toList();
  }

  @Test
  void hungThangWarningsAreItsRealContradictions() throws Exception {
    List<String> warnings = lines(new Check().run(Path.of("")).problems().byFile().get(HUNG_THANG));
    assertEquals(List.of(
        "8 source-undated source",
        "8 source-unnumbered source",
        "20 as-of-outside-period source.stated_as_of",
        "101 rate-mismatch procedures.with_dossiers.partial_online_pct",
        "179 parts-short infrastructure.government.hardware.adequate"), warnings);
  }
}
