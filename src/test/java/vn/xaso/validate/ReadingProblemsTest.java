package vn.xaso.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Check;
import vn.xaso.problem.Problem;
import vn.xaso.testing.TinyProject;

/**
 * The problems of the catalogue no other test met, each with its exact message in both languages:
 * a YAML syntax error (the mistake staff make most), text that is not NFC or blank, a stray file,
 * and a file with more warnings than are shown.
 */
class ReadingProblemsTest {
  private static final String FILE = "data/hai-phong/hung-thang/2025-12.yaml";

  @TempDir Path dir;

  private List<Problem> problems(String report) throws Exception {
    TinyProject.withCommune(dir).file(FILE, report);
    return new Check().run(dir).problems().all();
  }

  private static String shown(Problem p) {
    return p.format().substring(0, p.format().indexOf("\n    →"));
  }

  @Test
  void aMissingColonIsAYamlSyntaxErrorAtItsLine() throws Exception {
    List<Problem> problems = problems(TinyProject.DECEMBER + "procedures:\n  total 10\n  full_online: 6\n");

    assertEquals(1, problems.size(), problems.toString());
    Problem p = problems.get(0);
    assertEquals("yaml-syntax", p.code().id());
    assertEquals(FILE + ":9:14", p.location());
    assertTrue(shown(p).startsWith(FILE + ":9:14: error[yaml-syntax] Cú pháp YAML sai: mapping values are not allowed here"
        + "\n    YAML syntax error: mapping values are not allowed here"), shown(p));
    assertTrue(p.format().endsWith("\n    → Kiểm tra thụt lề (dùng dấu cách, không dùng tab), dấu hai chấm và dấu ngoặc kép quanh vị trí này."
        + "\n    → Check indentation (spaces, not tabs), colons and quotes around this position."), p.format());
  }

  @Test
  void textTypedInDecomposedUnicodeIsNormalisedWithAWarning() throws Exception {
    String decomposed = java.text.Normalizer.normalize("Báo cáo tháng 12", java.text.Normalizer.Form.NFD);
    List<Problem> problems = problems(TinyProject.DECEMBER.replace("title: {vi: Báo cáo tháng 12}", "title: {vi: " + decomposed + "}")
        .replace("issuer_block: government", "issuer_block: government\n  number: 1/BC-UBND\n  date: 2025-12-31"));

    assertEquals(List.of(FILE + ":8:15: warning[not-nfc] source.title.vi: Văn bản tiếng Việt chưa ở dạng dựng sẵn (NFC); đã chuẩn hóa."
        + "\n    Vietnamese text is not in NFC form; it was normalised."), problems.stream().map(ReadingProblemsTest::shown).toList());
  }

  @Test
  void blankTextIsAnError() throws Exception {
    List<Problem> problems = problems(TinyProject.DECEMBER.replace("title: {vi: Báo cáo tháng 12}", "title: {vi: \"   \"}"));

    assertEquals(FILE + ":6:15: error[blank-text] source.title.vi: Văn bản trống.\n    Text is blank.",
        problems.stream().filter(p -> p.code().id().equals("blank-text")).map(ReadingProblemsTest::shown).findFirst().orElseThrow());
  }

  @Test
  void aFileThatIsNotYamlUnderDataIsAWarningAndIsNotRead() throws Exception {
    TinyProject.withCommune(dir).file("data/hai-phong/hung-thang/2025-12.yml", TinyProject.DECEMBER)
        .file("data/hai-phong/README.md", "notes").file("data/.gitkeep", "");

    List<String> problems = new Check().run(dir).problems().all().stream().map(ReadingProblemsTest::shown).toList();

    assertEquals(List.of("data/hai-phong/hung-thang/2025-12.yml:0:0: warning[stray-file] Tệp data/hai-phong/hung-thang/2025-12.yml"
        + " không phải .yaml nên bị bỏ qua.\n    File data/hai-phong/hung-thang/2025-12.yml is not .yaml and was ignored."), problems);
  }

  @Test
  void warningsPastAHundredInOneFileAreCountedAsOne() throws Exception {
    StringBuilder report = new StringBuilder(TinyProject.DECEMBER).append("quality_notes:\n");
    String decomposed = java.text.Normalizer.normalize("ghi chú", java.text.Normalizer.Form.NFD);
    for (int i = 0; i < 130; i++) {
      report.append("  - {vi: ").append(decomposed).append(' ').append(i).append("}\n");
    }

    List<Problem> problems = problems(report.toString());

    assertEquals(101, problems.size());
    assertEquals(100, problems.stream().filter(p -> !p.code().id().equals("too-many-warnings")).count());
    Problem summary = problems.stream().filter(p -> p.code().id().equals("too-many-warnings")).findFirst().orElseThrow();
    assertEquals(FILE + ":0:0: warning[too-many-warnings] Tệp có thêm 32 cảnh báo không hiện ra; chỉ hiện 100 cái đầu tiên."
        + "\n    The file has 32 more warnings not shown; only the first 100 are.", shown(summary));
  }
}
