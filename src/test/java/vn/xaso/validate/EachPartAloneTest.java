package vn.xaso.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Check;
import vn.xaso.testing.TinyProject;

/**
 * A part greater than its whole when the report gives that part alone: the sum checks only run
 * when every part is there, so each part's own rule must catch it (PIT found that these
 * rules could be removed with no test failing).
 */
class EachPartAloneTest {
  private static final String FILE = "data/hai-phong/hung-thang/2025-12.yaml";
  @TempDir Path dir;

  private List<String> problems(String figures) throws Exception {
    TinyProject.withCommune(dir).file(FILE, TinyProject.DECEMBER_SIGNED + figures);
    return new Check().run(dir).problems().all().stream()
        .map(p -> p.location().substring(FILE.length() + 1) + " " + p.severity().name().toLowerCase() + "[" + p.code().id()
            + "] " + p.field())
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "partly online ≤ procedures in force | procedures: {total: 10, partial_online: 11} | procedures: {total: 10, partial_online: 10} | 9:25 error[exceeds] procedures.partial_online",
      "not online ≤ procedures in force | procedures: {total: 10, not_online: 11} | procedures: {total: 10, not_online: 10} | 9:25 error[exceeds] procedures.not_online",
      "inadequate computers ≤ computers | infrastructure: {party: {hardware: {computers: 5, inadequate: 6}}} | infrastructure: {party: {hardware: {computers: 5, inadequate: 5}}} | 9:51 error[exceeds] infrastructure.party.hardware.inadequate",
      "adequate + inadequate ≤ computers | infrastructure: {party: {hardware: {computers: 5, adequate: 3, inadequate: 3}}} | infrastructure: {party: {hardware: {computers: 5, adequate: 3, inadequate: 2}}} | 9:51 error[exceeds] infrastructure.party.hardware.adequate",
      "overdue ≤ resolved | dossiers: {received: 100, resolved: 90, overdue: 91} | dossiers: {received: 100, resolved: 90, overdue: 90} | 9:41 error[exceeds] dossiers.overdue",
  })
  void aPartAloneAboveItsWholeIsAnErrorAndEqualToItIsNot(String rule, String broken, String exact, String expected)
      throws Exception {
    assertEquals(List.of(expected), problems(broken + "\n"), rule);
    assertEquals(List.of(), problems(exact + "\n"), rule);
  }
}
