package vn.xaso.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.problem.Code;
import vn.xaso.problem.Position;
import vn.xaso.problem.Problem;
import vn.xaso.testing.TinyProject;

/**
 * What {@code xaso validate} prints: in text, each problem followed by its line of YAML with a
 * caret under the column; with {@code --format json}, one object a program parses.
 */
class ValidateOutputTest {
  private static final String FILE = "data/hai-phong/hung-thang/2025-12.yaml";
  private static final String REPORT = TinyProject.DECEMBER_SIGNED + """
      dossiers:
        received: 239
      \tresolved: 300
        carried_over: 0
      """.replace("\t", "  ");

  @TempDir Path dir;

  @Test
  void eachProblemShowsItsLineWithACaretUnderTheColumn() throws Exception {
    TinyProject.Run run = TinyProject.withCommune(dir).file(FILE, REPORT).run("validate", "--github-annotations=false");

    assertEquals(Main.INVALID, run.exit(), run.out());
    assertEquals(FILE + ":11:3: error[exceeds] dossiers.resolved: Hồ sơ đã giải quyết (300) lớn hơn hồ sơ tiếp nhận + hồ sơ kỳ"
        + " trước chuyển sang (239).\n"
        + "    Resolved dossiers (300) exceeds dossiers received + dossiers carried over (239).\n"
        + "    → Một phần không thể lớn hơn tổng; kiểm tra lại số liệu. Nếu báo cáo đã ký ghi đúng như vậy, thêm"
        + " dossiers.resolved vào confirmed_as_reported.\n"
        + "    → A part cannot exceed its whole; check the figures. If the signed report says exactly this, add"
        + " dossiers.resolved to confirmed_as_reported.\n"
        + "   11 |   resolved: 300\n"
        + "      |   ^\n"
        + "4 tệp, 1 lỗi, 0 cảnh báo / 4 files, 1 errors, 0 warnings\n", run.out());
  }

  @Test
  void theCaretCountsCharactersNotBytesAndKeepsTabs() throws Exception {
    // A tab in a value is allowed; the caret must still sit under the 1 of 12 after "Hùng Thắng\t".
    TinyProject.Run run = TinyProject.withCommune(dir)
        .file(FILE, TinyProject.DECEMBER_SIGNED + "quality_notes: [{vi: \"Hùng Thắng\t\"}, 12]\n")
        .run("validate", "--github-annotations=false");

    assertEquals(Main.INVALID, run.exit(), run.out());
    assertTrue(run.out().contains("\n   9 | quality_notes: [{vi: \"Hùng Thắng\t\"}, 12]\n"
        + "     | " + " ".repeat(32) + "\t    ^\n"), run.out());
  }

  @Test
  void noExcerptForAProblemWithTheWholeFileOrAFileOutsideTheProject() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file("data/hai-phong/hung-thang/notes.txt", "x\n");
    Path outside = Files.writeString(dir.resolveSibling(dir.getFileName() + "-outside.yaml"), "secret: 1\n");
    try {
      Files.createSymbolicLink(p.path(FILE), outside);
      TinyProject.Run run = p.run("validate", "--github-annotations");

      assertEquals(Main.INVALID, run.exit(), run.out());
      assertFalse(run.out().contains(" | "), run.out());
      assertFalse(run.out().contains("secret"), run.out());
      assertTrue(run.out().contains("Tệp data/hai-phong/hung-thang/notes.txt không phải .yaml nên bị bỏ qua.\n"
          + "    File data/hai-phong/hung-thang/notes.txt is not .yaml and was ignored.\n"), run.out());
      // Even a problem with a line never reads through the link, nor past the project or the file's end.
      SourceExcerpt excerpt = new SourceExcerpt(dir);
      assertEquals("", excerpt.of(new Problem(FILE, new Position(1, 1), "", Code.NOT_INTEGER, Map.of("value", "x"))));
      assertEquals("", excerpt.of(new Problem("../" + outside.getFileName(), new Position(1, 1), "", Code.NOT_INTEGER,
          Map.of("value", "x"))));
      assertEquals("", excerpt.of(new Problem("data/hai-phong/province.yaml", new Position(3, 1), "", Code.NOT_INTEGER,
          Map.of("value", "x"))));
      assertEquals("\n   2 | name: Hải Phòng\n     |       ^", excerpt.of(new Problem("data/hai-phong/province.yaml",
          new Position(2, 7), "", Code.NOT_INTEGER, Map.of("value", "x"))));
    } finally {
      Files.delete(outside);
    }
  }

  @Test
  void newPointsAtTheLinesOfItsFileStillToFillIn() throws Exception {
    TinyProject.Run run = TinyProject.withCommune(dir).file(FILE, TinyProject.DECEMBER_SIGNED)
        .run("new", "--commune", "hung-thang", "--period", "2026-01-01..2026-01-31");

    assertEquals(Main.OK, run.exit(), run.out() + run.err());
    assertTrue(java.util.regex.Pattern.compile("error\\[missing-field\\] source\\.title\\.vi: Thiếu trường bắt buộc vi\\.\n"
        + "(    .*\n){3}   (\\d+) \\|     vi:\n   \\s+ \\|     \\^\n").matcher(run.out()).find(), run.out());
  }

  @Test
  void githubAnnotationsFollowTheProblemWithoutTheExcerpt() throws Exception {
    TinyProject.Run run = TinyProject.withCommune(dir).file(FILE, REPORT).run("validate", "--github-annotations");

    assertTrue(run.out().contains("   11 |   resolved: 300\n      |   ^\n::error file=" + FILE + ",line=11,col=3,"), run.out());
    assertFalse(run.out().lines().filter(l -> l.startsWith("::")).anyMatch(l -> l.contains("   11 |")), run.out());
  }

  @Test
  void jsonIsOneObjectWithValidStatsAndEveryProblemInBothLanguages() throws Exception {
    TinyProject.Run run = TinyProject.withCommune(dir).file(FILE, REPORT)
        .file("data/hai-phong/hung-thang/2025-11.yaml", TinyProject.DECEMBER.replace("2025-12-01, end: 2025-12-31",
            "2025-11-01, end: 2025-11-30"))
        .run("validate", "--format", "json", "--github-annotations=false");

    assertEquals(Main.INVALID, run.exit(), run.out());
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertEquals(List.of("valid", "stats", "problems"), fields(report));
    assertFalse(report.get("valid").asBoolean());
    assertEquals("{\"files\":5,\"reports\":2,\"communes\":1,\"errors\":1,\"warnings\":2}", report.get("stats").toString());
    assertEquals(3, report.get("problems").size());
    JsonNode exceeds = report.get("problems").get(2);
    assertEquals(List.of("code", "severity", "file", "line", "column", "field", "message", "hint"), fields(exceeds));
    assertEquals("exceeds", exceeds.get("code").asText());
    assertEquals("error", exceeds.get("severity").asText());
    assertEquals(FILE, exceeds.get("file").asText());
    assertEquals(11, exceeds.get("line").asInt());
    assertEquals(3, exceeds.get("column").asInt());
    assertEquals("dossiers.resolved", exceeds.get("field").asText());
    assertEquals("Hồ sơ đã giải quyết (300) lớn hơn hồ sơ tiếp nhận + hồ sơ kỳ trước chuyển sang (239).",
        exceeds.get("message").get("vi").asText());
    assertEquals("Resolved dossiers (300) exceeds dossiers received + dossiers carried over (239).", exceeds.get("message").get("en").asText());
    assertEquals("A part cannot exceed its whole; check the figures. If the signed report says exactly this, add"
        + " dossiers.resolved to confirmed_as_reported.", exceeds.get("hint").get("en").asText());
    JsonNode first = report.get("problems").get(0);
    assertEquals("data/hai-phong/hung-thang/2025-11.yaml source-undated warning 3 1 source",
        String.join(" ", first.get("file").asText(), first.get("code").asText(), first.get("severity").asText(),
            first.get("line").asText(), first.get("column").asText(), first.get("field").asText()));
    assertFalse(run.out().contains("^"), "no excerpt in JSON");
    assertFalse(run.out().contains("tệp, "), "no text summary in JSON");
  }

  @Test
  void jsonOfCleanDataIsValidAndAProblemOfTheWholeFileHasNoPosition() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file(FILE, TinyProject.DECEMBER_SIGNED);
    JsonNode clean = new ObjectMapper().readTree(p.run("validate", "--format=json").out());
    assertTrue(clean.get("valid").asBoolean());
    assertEquals(0, clean.get("problems").size());

    TinyProject.Run stray = p.file("data/hai-phong/hung-thang/notes.txt", "x").run("validate", "--format=json",
        "--github-annotations=false");
    assertEquals(Main.OK, stray.exit(), "a warning alone leaves the data valid");
    JsonNode report = new ObjectMapper().readTree(stray.out());
    assertTrue(report.get("valid").asBoolean());
    JsonNode warning = report.get("problems").get(0);
    assertEquals("stray-file", warning.get("code").asText());
    assertTrue(warning.get("line").isNull() && warning.get("column").isNull() && warning.get("field").isNull(),
        warning.toString());
  }

  @Test
  void jsonOfSomeFilesCountsOnlyThose() throws Exception {
    TinyProject.Run run = TinyProject.withCommune(dir).file(FILE, REPORT)
        .file("data/hai-phong/hung-thang/2025-11.yaml", TinyProject.DECEMBER.replace("2025-12-01, end: 2025-12-31",
            "2025-11-01, end: 2025-11-30"))
        .run("validate", "--format", "json", "--github-annotations=false", "data/hai-phong/hung-thang/2025-11.yaml");

    assertEquals(Main.OK, run.exit(), run.out());
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertTrue(report.get("valid").asBoolean());
    assertEquals("{\"files\":1,\"reports\":1,\"communes\":0,\"errors\":0,\"warnings\":2}", report.get("stats").toString());
  }

  @Test
  void anUnknownFormatIsBadUsage() throws Exception {
    TinyProject.Run run = TinyProject.withCommune(dir).run("validate", "--format", "xml");
    assertEquals(Main.USAGE, run.exit());
    assertTrue(run.err().contains("--format"), run.err());
  }

  private static List<String> fields(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
