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
    assertFalse(run.out().contains("::warning"), "no annotations outside GitHub Actions");
  }

  @Test
  void errorsExitOneAndEveryFileIsReported() throws Exception {
    TinyProject.Run run = TinyProject.withCommune(dir)
        .file(FILE, REPORT.replace("resolved: 223", "resolved: 300"))
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
    TinyProject.Run run = TinyProject.withCommune(dir).file(FILE, REPORT.replace("resolved: 223", "resolved: 300"))
        .run("validate", "--github-annotations");

    assertEquals(1, run.exit());
    assertTrue(run.out().contains("::error file=" + FILE + ",line=9,col=3,title=exceeds dossiers.resolved::"
        + "Hồ sơ đã giải quyết (300) lớn hơn tiếp nhận + kỳ trước chuyển sang (239). / Resolved dossiers (300) exceeds"
        + " received + carried over (239)."), run.out());
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
}
