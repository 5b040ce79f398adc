package vn.xaso.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import vn.xaso.build.Check;
import vn.xaso.schema.Schema;
import vn.xaso.schema.Shape;
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
    String values = yaml.lines().filter(l -> !l.strip().startsWith("#")).reduce("", (a, b) -> a + b + "\n");
    assertFalse(values.contains("40") || values.contains("17") || values.contains("12/BC-UBND"), "no figure carries over");
    assertFalse(values.contains("dossiers:"), "a part the latest report left out stays out");
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
  void aCommuneWithoutReportsGetsEveryFieldEmptyAndCommentedWithUnitAndExample() throws Exception {
    TinyProject p = TinyProject.withCommune(dir);

    assertEquals(0, p.run("new", "--commune", "hung-thang", "--period", "2025-12-01..2025-12-31").exit());

    String yaml = Files.readString(p.path("data/hai-phong/hung-thang/2025-12.yaml"));
    JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(yaml);
    List<String> missing = new java.util.ArrayList<>();
    everyFieldIsThereAndEmpty(tree, new Schema().report(), "", missing);
    assertEquals(List.of(), missing, yaml);
    assertTrue(yaml.contains("  # Hồ sơ tiếp nhận trong kỳ (hồ sơ / dossiers) — ví dụ: 239\n  received:\n"), yaml);
    assertTrue(yaml.contains("documents: []  # thêm từng mục bằng dòng bắt đầu bằng \"- \", theo mẫu:\n"
        + "#  - number:  # Số, ký hiệu văn bản, đúng như trong báo cáo — ví dụ: 02-KH/ĐU\n"), yaml);
  }

  /** Every object field of the model is a key of the template; every value outside commune and period is empty. */
  private static void everyFieldIsThereAndEmpty(JsonNode node, Shape.Obj shape, String path, List<String> wrong) {
    for (Shape.Prop prop : shape.props()) {
      String at = path + prop.name();
      if (at.equals("commune") || at.equals("period")) {
        continue;
      }
      JsonNode child = node.get(prop.name());
      if (child == null) {
        wrong.add("missing " + at);
      } else if (prop.shape() instanceof Shape.Obj obj) {
        everyFieldIsThereAndEmpty(child, obj, at + ".", wrong);
      } else if (prop.shape() instanceof Shape.ListOf ? !(child.isArray() && child.isEmpty()) : !child.isNull()) {
        wrong.add("not empty " + at + ": " + child);
      }
    }
  }

  @Test
  void aNewCommuneGetsItsProfileItsProvinceAndAFullReportThatValidateButForWhatOnlyStaffKnow() throws Exception {
    TinyProject p = new TinyProject(dir).file("content/site.yaml", TinyProject.SITE);

    TinyProject.Run run = p.run("new", "--commune", "tan-lap", "--province", "hai-phong", "--name", "Tân Lập",
        "--as-of", "2025-12-05");

    assertEquals(0, run.exit(), run.out() + run.err());
    assertTrue(run.out().startsWith("Đã tạo / Created data/hai-phong/province.yaml\n"
        + "Đã tạo / Created data/hai-phong/tan-lap/commune.yaml\n"
        + "Đã tạo / Created data/hai-phong/tan-lap/2025-12-05.yaml\n"), run.out());
    String profile = Files.readString(p.path("data/hai-phong/tan-lap/commune.yaml"));
    assertTrue(profile.startsWith("# yaml-language-server: $schema=../../../docs/schema/commune.schema.json\n"), profile);
    assertTrue(profile.contains("\nslug: tan-lap\n") && profile.contains("\nname: \"Tân Lập\"\n")
        && profile.contains("\nunit_type: xa\n") && profile.contains("\nprovince: hai-phong\n"), profile);
    assertTrue(profile.contains("# Mã đơn vị hành chính chính thức (5 chữ số), dạng chuỗi — ví dụ: \"11311\"\ncode:\n"),
        profile);
    assertTrue(Files.readString(p.path("data/hai-phong/province.yaml")).contains("name: \"Hải Phòng\"\n"));
    List<String> problems = new Check().run(dir).problems().all().stream()
        .map(pr -> pr.file() + " " + pr.code().id() + " " + pr.field()).toList();
    String report = "data/hai-phong/tan-lap/2025-12-05.yaml";
    assertEquals(List.of(report + " missing-field source.issuer.vi", report + " missing-field source.issuer_block",
        report + " missing-field source.title.vi"), problems);
  }

  @Test
  void aProvinceOutsideTheListIsBadUsageWithASuggestionAndNothingIsWritten() throws Exception {
    TinyProject p = new TinyProject(dir).file("content/site.yaml", TinyProject.SITE);

    TinyProject.Run run = p.run("new", "--commune", "tan-lap", "--province", "hai-phog", "--name", "Tân Lập");

    assertEquals(2, run.exit());
    assertTrue(run.err().contains("Không có tỉnh hai-phog trong danh sách 34 tỉnh; có phải ý bạn là hai-phong?\n"
        + "    Bad usage: No province hai-phog among the 34; did you mean hai-phong?"), run.err());
    assertFalse(Files.exists(p.path("data")));
    assertEquals(2, p.run("new", "--commune", "tan-lap", "--province", "hai-phong").exit(), "a name is needed");
    assertEquals(2, p.run("new", "--commune", "Tân Lập", "--province", "hai-phong", "--name", "Tân Lập").exit());
    assertEquals(2, p.run("new", "--commune", "tan-lap", "--province", "hai-phong", "--name", "Tân Lập",
        "--unit-type", "huyen").exit());
  }

  @Test
  void anExistingProfileIsNotOverwritten() throws Exception {
    TinyProject p = TinyProject.withCommune(dir);

    TinyProject.Run run = p.run("new", "--commune", "hung-thang", "--province", "hai-phong", "--name", "Khác");

    assertEquals(1, run.exit());
    assertEquals(TinyProject.COMMUNE, Files.readString(p.path("data/hai-phong/hung-thang/commune.yaml")));
  }

  @Test
  void badUsageExitsWithTwoAndUnknownCommuneWithOne() throws Exception {
    TinyProject p = TinyProject.withCommune(dir);
    assertEquals(2, p.run("new", "--commune", "hung-thang", "--period", "2025-12-31..2025-12-01").exit());
    assertEquals(2, p.run("new", "--commune", "hung-thang", "--period", "05/12/2025..2025-12-31").exit());
    assertEquals(2, p.run("new", "--commune", "hung-thang").exit(), "a period or a province is needed");
    assertEquals(1, p.run("new", "--commune", "khong-co", "--as-of", "2025-07-31").exit());
  }
}
