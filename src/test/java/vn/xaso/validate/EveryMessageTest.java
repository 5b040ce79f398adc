package vn.xaso.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Check;
import vn.xaso.problem.Problem;
import vn.xaso.testing.TinyProject;

/**
 * The codes whose other tests check only the position and id, each raised from a real file and
 * read as {@code xaso validate} prints it: location, code, field and message in Vietnamese, then
 * in English. With these, every code of the catalogue has its message asserted somewhere.
 */
class EveryMessageTest {
  private static final String FILE = "data/hai-phong/hung-thang/2025-12.yaml";
  private static final String HEAD = TinyProject.DECEMBER_SIGNED;

  @TempDir Path dir;

  private TinyProject project() throws Exception {
    return TinyProject.withCommune(dir);
  }

  /** The first problem of {@code id} as the first two lines of its printed form. */
  private String shown(String id) throws Exception {
    List<Problem> problems = new Check().run(dir).problems().all();
    Problem p = problems.stream().filter(x -> x.code().id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError(id + " not among " + problems));
    String f = p.format();
    return f.substring(0, f.indexOf("\n    →"));
  }

  @Test
  void readingTheFile() throws Exception {
    project().file(FILE, HEAD + "quality_notes: [{vi: \"\\u");
    assertEquals("data/hai-phong/hung-thang/2025-12.yaml:9:17: error[yaml-unreadable] Không đọc được YAML từ sau vị trí này.\n"
        + "    The YAML cannot be read from just after here.",
        shown("yaml-unreadable"));

    Path file = dir.resolve(FILE);
    Files.write(file, (HEAD + "quality_notes: [{vi: Hùng Thắng}]\n").getBytes(Charset.forName("windows-1258")));
    assertEquals("data/hai-phong/hung-thang/2025-12.yaml:4:25: error[not-utf8] Tệp không phải UTF-8 (byte lạ ở vị trí 97).\n"
        + "    File is not UTF-8 (bad byte at offset 97).",
        shown("not-utf8"));

    project().file(FILE, "\uFEFF" + HEAD);
    assertEquals("data/hai-phong/hung-thang/2025-12.yaml:1:1: warning[byte-order-mark] Tệp bắt đầu bằng BOM; đã bỏ qua.\n"
        + "    File starts with a byte-order mark; it was ignored.",
        shown("byte-order-mark"));

    project().file(FILE, "");
    assertEquals("data/hai-phong/hung-thang/2025-12.yaml:0:0: error[empty-file] Tệp rỗng.\n"
        + "    File is empty.",
        shown("empty-file"));

    project().file(FILE, "{}\n");
    assertEquals("data/hai-phong/hung-thang/2025-12.yaml:1:1: error[nothing-filled] Tệp chưa điền giá trị nào.\n"
        + "    Nothing in this file is filled in.",
        shown("nothing-filled"));

    project().file(FILE, HEAD + "---\n" + HEAD);
    assertEquals("data/hai-phong/hung-thang/2025-12.yaml:9:1: error[multiple-documents] Tệp có nhiều tài liệu YAML (dấu ---).\n"
        + "    File holds several YAML documents (---).",
        shown("multiple-documents"));

    project().file(FILE, HEAD + "quality_notes: !!python/object:os.system [{vi: x}]\n");
    assertEquals("data/hai-phong/hung-thang/2025-12.yaml:9:16: error[tag-refused] Không dùng thẻ YAML tag:yaml.org,2002:python/object:os.system.\n"
        + "    YAML tag tag:yaml.org,2002:python/object:os.system is not allowed.",
        shown("tag-refused"));
  }

  @Test
  void filesTooBigToRead() throws Exception {
    project().file(FILE, HEAD + "quality_notes: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
    assertEquals("data/hai-phong/hung-thang/2025-12.yaml:9:31: error[too-deep] Cấu trúc lồng quá sâu (hơn 16 cấp).\n"
        + "    Nesting too deep (more than 16 levels).",
        shown("too-deep"));

    project().file(FILE, HEAD + "quality_notes:\n" + "- 1\n".repeat(25_000));
    assertEquals("data/hai-phong/hung-thang/2025-12.yaml:19983:3: error[too-many-values] Tệp có quá nhiều giá trị (hơn 20000).\n"
        + "    The file holds too many values (more than 20000).",
        shown("too-many-values"));

    project().file(FILE, HEAD + "quality_notes:\n  - vi: " + "a".repeat(900_000) + "\n");
    assertEquals("data/hai-phong/hung-thang/2025-12.yaml:10:9: error[too-long] quality_notes[0].vi: Giá trị quá dài (900000 ký tự, tối đa 4000).\n"
        + "    Value too long (900000 characters, at most 4000).",
        shown("too-long"));

    project().file(FILE, HEAD + "quality_notes:\n" + "- 1\n".repeat(150));
    assertEquals("data/hai-phong/hung-thang/2025-12.yaml:0:0: error[too-many-problems] Tệp có thêm 50 lỗi hoặc cảnh báo không hiện ra; chỉ hiện 100 cái đầu tiên.\n"
        + "    The file has 50 more problems not shown; only the first 100 are.",
        shown("too-many-problems"));
  }

  @Test
  void valuesOfTheWrongForm() throws Exception {
    project().file("data/hai-phong/hung-thang/commune.yaml", TinyProject.COMMUNE + "code: \"1131\"\n");
    assertEquals("data/hai-phong/hung-thang/commune.yaml:5:7: error[pattern] code: \"1131\" không đúng dạng Mã đơn vị hành chính chính thức (5 chữ số), dạng chuỗi.\n"
        + "    \"1131\" is not a valid Official 5-digit unit code, kept as text (leading zeros matter).",
        shown("pattern"));
  }

  @Test
  void theSignedReportsOwnGaps() throws Exception {
    project().file(FILE, TinyProject.DECEMBER);
    assertEquals("data/hai-phong/hung-thang/2025-12.yaml:3:1: warning[source-unnumbered] source: Báo cáo nguồn không có số hiệu.\n"
        + "    The source report has no number.",
        shown("source-unnumbered"));

    project().file(FILE, HEAD.replace("  date: 2025-12-31\n", "  date: 2025-12-31\n  stated_as_of: 2025-11-15\n"));
    assertEquals("data/hai-phong/hung-thang/2025-12.yaml:8:3: warning[as-of-outside-period] source.stated_as_of: Báo cáo nói số liệu tính đến 15/11/2025, nằm ngoài kỳ 01/12/2025 – 31/12/2025.\n"
        + "    The report says its figures stand as of 15 Nov 2025, outside the period 1 Dec 2025 – 31 Dec 2025.",
        shown("as-of-outside-period"));

    project().file(FILE, HEAD + "procedures: {as_of: 2026-01-05, total: 10}\n");
    assertEquals("data/hai-phong/hung-thang/2025-12.yaml:9:14: error[part-as-of-after-period] procedures.as_of: Số liệu của phần này ghi tính đến 05/01/2026, sau ngày cuối kỳ báo cáo (01/12/2025 – 31/12/2025).\n"
        + "    This part's figures are dated 5 Jan 2026, after the reporting period ends (1 Dec 2025 – 31 Dec 2025).",
        shown("part-as-of-after-period"));
    project().file(FILE, HEAD + "procedures: {as_of: 2025-11-07, total: 10}\n");
    assertTrue(new Check().run(dir).problems().all().stream().noneMatch(x -> x.code().id().equals("part-as-of-after-period")),
        "an earlier date, as Hùng Thắng's report states, is what the field is for");
    for (String part : List.of("infrastructure", "human_resources")) {
      project().file(FILE, HEAD + part + ": {as_of: 2026-01-05}\n");
      assertEquals(List.of("9:" + (part.length() + 4) + " " + part + ".as_of"), new Check().run(dir).problems().all().stream()
          .filter(x -> x.code().id().equals("part-as-of-after-period"))
          .map(x -> x.position().line() + ":" + x.position().column() + " " + x.field()).toList(), part);
    }

    project().file(FILE, HEAD.replace("  date: 2025-12-31\n", "  date: 2025-12-31\n  left_blank: [number]\n"));
    assertEquals("data/hai-phong/hung-thang/2025-12.yaml:8:3: error[left-blank-but-given] source.left_blank: source.left_blank nói number để trống trong bản ký, nhưng source.number lại ghi 1/BC-UBND.\n"
        + "    source.left_blank says the number is blank in the signed original, yet source.number gives 1/BC-UBND.",
        shown("left-blank-but-given"));
  }

  @Test
  void filesWhereNoReportCanBe() throws Exception {
    project().file("data/hai-phong/Hung Thang/2025-12.yaml", HEAD);
    assertEquals("data/hai-phong/Hung Thang/2025-12.yaml:0:0: error[bad-path] Đường dẫn data/hai-phong/Hung Thang/2025-12.yaml không đúng quy ước.\n"
        + "    Path data/hai-phong/Hung Thang/2025-12.yaml does not follow the layout.",
        shown("bad-path"));

    Files.delete(dir.resolve("data/hai-phong/Hung Thang/2025-12.yaml"));
    Path outside = Files.writeString(dir.resolve("outside.yaml"), HEAD);
    Files.createSymbolicLink(dir.resolve(FILE), outside);
    assertEquals("data/hai-phong/hung-thang/2025-12.yaml:0:0: error[symlink-outside] Liên kết data/hai-phong/hung-thang/2025-12.yaml trỏ ra ngoài thư mục data/.\n"
        + "    Link data/hai-phong/hung-thang/2025-12.yaml points outside data/.",
        shown("symlink-outside"));
    Files.delete(dir.resolve(FILE));

    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", dir.resolve(FILE).toString()).start();
    } catch (java.io.IOException e) {
      Assumptions.abort("no mkfifo on this system");
      return;
    }
    Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
    assertEquals("data/hai-phong/hung-thang/2025-12.yaml:0:0: error[special-file] data/hai-phong/hung-thang/2025-12.yaml không phải tệp thường (ống dẫn, thiết bị hoặc socket).\n"
        + "    data/hai-phong/hung-thang/2025-12.yaml is not a regular file (a pipe, device or socket).",
        shown("special-file"));
  }
}
