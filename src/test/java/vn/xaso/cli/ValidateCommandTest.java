package vn.xaso.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.testing.TinyProject;

class ValidateCommandTest {
  private static final String FILE = "data/hai-phong/hung-thang/2025-12.yaml";
  private static final String REPORT = TinyProject.DECEMBER + """
      dossiers:
        received: 239
        resolved: 223
      """;

  @TempDir Path dir;

  @Test
  void warningsOnlyExitZeroWithTheSummary() throws Exception {
    TinyProject.Run run = TinyProject.withCommune(dir).file(FILE, REPORT).run("validate");

    assertEquals(0, run.exit(), run.out());
    assertTrue(run.out().endsWith("4 tệp, 0 lỗi, 2 cảnh báo / 4 files, 0 errors, 2 warnings\n"), run.out());
    // The pull-request workflow runs this suite under Actions, where annotations are the default.
    boolean actions = "true".equals(System.getenv("GITHUB_ACTIONS"));
    assertEquals(actions, run.out().contains("::warning"), "annotations exactly when under GitHub Actions");
  }

  @Test
  void errorsExitOneAndEveryFileIsReported() throws Exception {
    TinyProject.Run run = TinyProject.withCommune(dir)
        .file(FILE, REPORT.replace("resolved: 223", "resolved: 300\n  carried_over: 0"))
        .file("data/hai-phong/hung-thang/2025-11.yaml", REPORT.replace("2025-12-01, end: 2025-12-31", "2025-11-01, end: 2025-11-30")
            .replace("received: 239", "recieved: 239"))
        .run("validate");

    assertEquals(1, run.exit());
    assertTrue(run.out().contains("data/hai-phong/hung-thang/2025-11.yaml:8:3: error[unknown-field] dossiers.recieved"), run.out());
    assertTrue(run.out().contains(FILE + ":9:3: error[exceeds] dossiers.resolved"), run.out());
    assertTrue(run.out().endsWith("5 tệp, 2 lỗi, 4 cảnh báo / 5 files, 2 errors, 4 warnings\n"), run.out());
  }

  @Test
  void underGithubActionsEachProblemIsAlsoAnAnnotationOnItsLine() throws Exception {
    TinyProject.Run run = TinyProject.withCommune(dir).file(FILE, REPORT.replace("resolved: 223", "resolved: 300\n  carried_over: 0"))
        .run("validate", "--github-annotations");

    assertEquals(1, run.exit());
    assertTrue(run.out().contains("::error file=" + FILE + ",line=9,col=3,title=exceeds dossiers.resolved::"
        + "Hồ sơ đã giải quyết (300) lớn hơn hồ sơ tiếp nhận + hồ sơ kỳ trước chuyển sang (239). / Resolved dossiers"
        + " (300) exceeds dossiers received + dossiers carried over (239)."), run.out());
    assertTrue(run.out().contains("::warning file=" + FILE + ",line=3,col=1,title=source-unnumbered source::"), run.out());
  }

  @Test
  void theSummaryKeepsItsDigitsWhateverTheMachineLocale() throws Exception {
    java.util.Locale before = java.util.Locale.getDefault();
    TinyProject.Run run;
    try {
      // Arabic and Persian locales format %d with their own digits.
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ar-EG"));
      run = TinyProject.withCommune(dir).file(FILE, REPORT).run("validate");
    } finally {
      java.util.Locale.setDefault(before);
    }
    assertTrue(run.out().endsWith("4 tệp, 0 lỗi, 2 cảnh báo / 4 files, 0 errors, 2 warnings\n"), run.out());
  }

  @Test
  void badUsageExitsTwo() throws Exception {
    TinyProject p = TinyProject.withCommune(dir);
    assertEquals(2, p.run("validate", "--no-such-option").exit());
    assertEquals(2, p.run("no-such-command").exit());
  }

  @Test
  void aProjectWithoutDataIsAnError() throws Exception {
    TinyProject.Run run = new TinyProject(dir).run("validate");
    assertEquals(1, run.exit());
    assertTrue(run.out().startsWith("data:0:0: error[no-data]"), run.out());
  }

  @Test
  void givenFilesPrintOnlyTheirProblemsAndExitOnTheirErrorsAlone() throws Exception {
    String november = "data/hai-phong/hung-thang/2025-11.yaml";
    TinyProject p = TinyProject.withCommune(dir)
        .file(FILE, REPORT)
        .file(november, REPORT.replace("2025-12-01, end: 2025-12-31", "2025-11-01, end: 2025-11-30")
            .replace("received: 239", "recieved: 239"));

    TinyProject.Run run = p.run("validate", p.path(FILE).toString());

    assertEquals(0, run.exit(), "the other file's error is not this file's: " + run.out());
    assertTrue(run.out().startsWith(FILE + ":3:1: warning[source-undated]"), run.out());
    assertFalse(run.out().contains("2025-11.yaml"), run.out());
    assertTrue(run.out().endsWith("1 tệp, 0 lỗi, 2 cảnh báo / 1 files, 0 errors, 2 warnings\n"
        + "(3 vấn đề ở các tệp khác không in; `xaso validate` in tất cả / 3 problems in other files not shown;"
        + " `xaso validate` lists them all)\n"), run.out());

    TinyProject.Run november11 = p.run("validate", p.path(november).toString());
    assertEquals(1, november11.exit(), november11.out());
    assertTrue(november11.out().contains(november + ":8:3: error[unknown-field] dossiers.recieved"), november11.out());
  }

  @Test
  void aGivenFolderChecksEveryFileUnderIt() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file(FILE, REPORT.replace("resolved: 223", "resolved: 300\n  carried_over: 0"));

    TinyProject.Run run = p.run("validate", p.path("data/hai-phong/hung-thang").toString());

    assertEquals(1, run.exit());
    assertTrue(run.out().contains(FILE + ":9:3: error[exceeds] dossiers.resolved"), run.out());
    assertTrue(run.out().endsWith("2 tệp, 1 lỗi, 2 cảnh báo / 2 files, 1 errors, 2 warnings\n"), run.out());
  }

  @Test
  void aRuleAcrossTheCommunesReportsStillApplies() throws Exception {
    String asOf = "data/hai-phong/hung-thang/2025-12-15.yaml";
    TinyProject p = TinyProject.withCommune(dir).file(FILE, REPORT)
        .file(asOf, REPORT.replace("{start: 2025-12-01, end: 2025-12-31}", "{as_of: 2025-12-15}"));

    TinyProject.Run run = p.run("validate", p.path(asOf).toString());

    assertEquals(1, run.exit(), run.out());
    assertTrue(run.out().contains(asOf + ":2:1: error[period-overlap] period"), run.out());
  }

  @Test
  void aMissingOrOutsidePathIsBadUsage() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file(FILE, REPORT);

    TinyProject.Run missing = p.run("validate", p.path("data/hai-phong/hung-thang/2024-01.yaml").toString());
    assertEquals(2, missing.exit());
    assertTrue(missing.err().contains("No file or folder"), missing.err());
    assertEquals(2, p.run("validate", dir.getParent().toString()).exit());
  }
}
