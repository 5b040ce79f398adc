package vn.xaso.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.problem.Problem;
import vn.xaso.testing.TinyProject;

/**
 * The site's own rules that the build checks before writing (issue #27, found by PIT): the
 * openers a content page may hold, counted in its body only, the header not read as Markdown,
 * a content folder that is not one, a kept original of a type not published, and a theme
 * without its templates.
 */
class SiteRulesChecksTest {
  private static final String HEADER = "title=Giới thiệu\ntype=page\nstatus=published\n~~~~~~\n\n";
  private static final String REPORT = "data/hai-phong/hung-thang/2025-12.yaml";
  @TempDir Path dir;

  private List<String> problems(TinyProject p) throws Exception {
    return new Check().run(p.root()).problems().all().stream().map(Problem::format)
        .map(f -> f.lines().findFirst().orElseThrow()).toList();
  }

  private List<String> page(String text) throws Exception {
    return problems(TinyProject.withCommune(dir).file("content/vi/gioi-thieu.md", text));
  }

  @Test
  void theOpenersOfALineAreItsLinksImagesCodeAutolinksAndCells() {
    assertEquals(7, SiteRules.openers("[a](b) <c> `d` |e|"));
    assertEquals(0, SiteRules.openers("Văn bản thường, không mở gì ] ) >"));
    assertEquals(3, SiteRules.openers("((("));
  }

  @Test
  void aBodyWithExactlyTheOpenersAllowedIsPublishedOneMoreIsRefused() throws Exception {
    // 2,000 over 40 lines; the header's own parentheses do not count.
    String header = "type=page\nstatus=published\ntitle=Giới thiệu (bản (thử))\n~~~~~~\n";
    String body = ("[".repeat(SiteRules.MAX_OPENERS / 40) + "\n").repeat(40);
    assertEquals(List.of(), page(header + body));
    assertEquals(List.of("content/vi/gioi-thieu.md:0:0: error[content-too-many-openers] Trang có quá nhiều dấu mở liên"
        + " kết hoặc ngoặc [ ( < ` (2001, tối đa 2000); đọc nó có thể mất hàng phút."), page(header + body + "(\n"));
  }

  @Test
  void theHeaderIsNotMarkdownSoItsIndentationIsNoNesting() throws Exception {
    String header = "title=Giới thiệu\ntype=page\nstatus=published\n" + "  ".repeat(SiteRules.MAX_NESTING + 1)
        + "tags=a\n~~~~~~\n\nvừa\n";
    assertEquals(List.of(), page(header));
  }

  @Test
  void aContentFolderThatIsALinkIsTold() throws Exception {
    TinyProject p = TinyProject.withCommune(dir.resolve("p")).file("content/vi/gioi-thieu.md", HEADER + "x\n");
    Files.createDirectories(dir.resolve("elsewhere"));
    Files.createSymbolicLink(p.path("content/en"), dir.resolve("elsewhere"));
    List<String> found = problems(p);
    assertEquals(1, found.size(), found.toString());
    assertEquals(true, found.get(0).startsWith("content/en:0:0: error["), found.get(0));
  }

  @Test
  void aKeptOriginalOfATypeNotPublishedIsToldAtTheReportsSourceFile() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file(REPORT, TinyProject.DECEMBER_SIGNED + "  file: bao-cao.exe\n")
        .file("sources/hai-phong/hung-thang/bao-cao.exe", "MZ");
    List<String> found = problems(p);
    assertEquals(1, found.stream().filter(f -> f.equals(REPORT + ":9:3: error[source-type] source.file: Tệp gốc"
        + " sources/hai-phong/hung-thang/bao-cao.exe không thuộc loại được đăng (pdf, docx, doc, odt, txt).")).count(),
        found.toString());
  }

  @Test
  void aThemeFolderWithoutTemplatesIsNotATheme() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file("content/site.yaml", TinyProject.SITE + "theme: rieng\n")
        .file("themes/rieng/assets/site.css", "body{}");
    List<String> found = problems(p);
    assertEquals(List.of("content/site.yaml:9:8: error[theme-not-found] theme: Không có giao diện rieng"
        + " (thiếu thư mục themes/rieng/templates)."), found.stream().filter(f -> f.contains("theme")).toList(), found.toString());
    Files.createDirectories(p.path("themes/rieng/templates"));
    assertEquals(List.of(), problems(p).stream().filter(f -> f.contains("theme")).toList());
  }
}
