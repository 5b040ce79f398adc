package vn.xaso.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Check;
import vn.xaso.problem.Problem;
import vn.xaso.testing.TinyProject;

class NewCommandTest {
  private static final String LATEST = """
      commune: hung-thang
      period: {start: 2025-11-01, end: 2025-11-30}
      source:
        issuer: {vi: UBND xã Hùng Thắng, en: Hùng Thắng People's Committee}
        issuer_block: government
        number: 12/BC-UBND
        date: 2025-12-01
        title: {vi: Báo cáo tháng 11, en: November report}
      procedures:
        total: 10
        full_online: 6
        partial_online: 3
        not_online: 1
      infrastructure:
        government:
          software:
            - name: {vi: Phần mềm một cửa, en: One-stop software}
              state: stable
          hardware:
            computers: 40
            anti_malware: 17
      """;

  @TempDir Path dir;

  @Test
  void newReportKeepsTheLatestStructureEmptyAndValidatesButForItsTitle() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file("data/hai-phong/hung-thang/2025-11.yaml", LATEST);

    TinyProject.Run run = p.run("new", "--commune", "hung-thang", "--period", "2025-12-01..2025-12-31");

    assertEquals(0, run.exit(), run.out());
    Path created = p.path("data/hai-phong/hung-thang/2025-12.yaml");
    String yaml = Files.readString(created);
    assertTrue(yaml.contains("vi: \"Phần mềm một cửa\""), "software names carry over");
    assertTrue(yaml.contains("  hardware:\n") && yaml.contains("      computers:\n"), "hardware structure carries over");
    assertTrue(yaml.contains("      anti_malware:\n"), "every field the latest report gave is there");
    assertFalse(yaml.contains("40") || yaml.contains("17") || yaml.contains("12/BC-UBND"), "no figure carries over");
    assertTrue(yaml.contains("# Tổng số máy tính"), "fields are commented in Vietnamese");
    List<String> problems = new Check().run(dir).problems().byFile().get("data/hai-phong/hung-thang/2025-12.yaml")
        .stream().map(pr -> pr.code().id() + " " + pr.field()).toList();
    assertEquals(List.of("missing-field source.title.vi"), problems);
  }

  @Test
  void anExistingFileIsNotOverwrittenWithoutForce() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file("data/hai-phong/hung-thang/2025-11.yaml", LATEST);

    TinyProject.Run run = p.run("new", "--commune", "hung-thang", "--period", "2025-11-01..2025-11-30");

    assertEquals(1, run.exit());
    assertTrue(run.out().contains("use --force to overwrite"), run.out());
    assertEquals(LATEST, Files.readString(p.path("data/hai-phong/hung-thang/2025-11.yaml")));
    assertEquals(0, p.run("new", "--commune", "hung-thang", "--period", "2025-11-01..2025-11-30", "--force").exit());
  }

  @Test
  void asOfDateNamesTheFileByThatDateAndACommuneWithoutReportsGetsTheBareStructure() throws Exception {
    TinyProject p = TinyProject.withCommune(dir);

    assertEquals(0, p.run("new", "--commune", "hung-thang", "--as-of", "2025-07-31").exit());

    List<Problem> problems = new Check().run(dir).problems().all();
    assertEquals(List.of("missing-field source.issuer.vi", "missing-field source.issuer_block",
            "missing-field source.title.vi"),
        problems.stream().map(pr -> pr.code().id() + " " + pr.field()).toList());
    assertTrue(problems.stream().allMatch(pr -> pr.file().equals("data/hai-phong/hung-thang/2025-07-31.yaml")));
  }

  @Test
  void badUsageExitsWithTwoAndUnknownCommuneWithOne() throws Exception {
    TinyProject p = TinyProject.withCommune(dir);
    assertEquals(2, p.run("new", "--commune", "hung-thang", "--period", "2025-12-31..2025-12-01").exit());
    assertEquals(2, p.run("new", "--commune", "hung-thang", "--period", "05/12/2025..2025-12-31").exit());
    assertEquals(2, p.run("new", "--commune", "hung-thang").exit());
    assertEquals(1, p.run("new", "--commune", "khong-co", "--as-of", "2025-07-31").exit());
  }
}
