package vn.xaso.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.testing.TinyProject;

/** Issue #11, item 9: the weaker points, each through the command line. */
class WeakerPointsTest {
  private static final String FILE = "data/hai-phong/hung-thang/2025-12.yaml";
  private static final String HEADER = "title=Trang\ntype=page\nstatus=published\n~~~~~~\n\n";

  @TempDir Path dir;

  @Test
  void aDocumentDatedInTheYearZeroIsRefused() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file(FILE, TinyProject.DECEMBER + "  date: 0000-01-01\n");

    TinyProject.Run run = p.run("validate");

    assertEquals(1, run.exit(), run.out());
    assertTrue(run.out().contains(FILE + ":7:9: error[date-range] source.date: Ngày 0000-01-01 nằm ngoài khoảng 02/09/1945"
        + " – 31/12/2099.\n    Date 0000-01-01 is outside 2 Sep 1945 – 31 Dec 2099."), run.out());
  }

  @Test
  void aPeriodToTheYear9999IsRefused() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file("data/hai-phong/hung-thang/0000-01-01_9999-12-31.yaml",
        TinyProject.DECEMBER.replace("{start: 2025-12-01, end: 2025-12-31}", "{start: 0000-01-01, end: 9999-12-31}"));

    TinyProject.Run run = p.run("validate");

    assertEquals(1, run.exit(), run.out());
    assertTrue(run.out().contains("error[date-range] period.end: Ngày 9999-12-31 nằm ngoài khoảng"), run.out());
    assertTrue(run.out().contains("error[date-range] period.start: Ngày 0000-01-01 nằm ngoài khoảng"), run.out());
  }

  @Test
  void aJavascriptBaseUrlOnTheCommandLineIsAUsageError() throws Exception {
    TinyProject.Run run = TinyProject.withCommune(dir).run("build", "--base-url", "javascript:alert(1)//", "--out",
        dir.resolve("site").toString());

    assertEquals(2, run.exit(), run.out() + run.err());
    assertTrue(run.err().contains("--base-url:0:0: error[bad-url] javascript:alert(1)// không phải địa chỉ web hợp lệ.\n"
        + "    javascript:alert(1)// is not a valid web address."), run.err());
    assertFalse(Files.exists(dir.resolve("site")));
  }

  @Test
  void aJavascriptLicenceUrlIsRefusedByValidate() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file("content/site.yaml",
        TinyProject.SITE.replace("  id: test\n", "  id: test\n  url: \"JaVaScRiPt:alert(1)\"\n"));

    TinyProject.Run run = p.run("validate");

    assertEquals(1, run.exit(), run.out());
    assertTrue(run.out().contains("content/site.yaml:7:8: error[bad-url] licence.url: JaVaScRiPt:alert(1) không phải"
        + " địa chỉ web hợp lệ."), run.out());
  }

  @Test
  void aContentPageTooLargeIsRefused() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file("content/vi/big.md", HEADER + "x".repeat(300_000) + "\n");

    TinyProject.Run run = p.run("validate");

    assertEquals(1, run.exit(), run.out());
    assertTrue(run.out().contains("content/vi/big.md:0:0: error[content-too-large] Trang quá lớn (300048 byte, tối đa"
        + " 262144).\n    Page too large (300048 bytes, at most 262144)."), run.out());
  }

  @Test
  void aPageWithoutItsHeaderSeparatorIsToldNotDropped() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file("content/vi/lost.md", "title=Lạc\nstatus=published\n\n# Lạc\n");

    TinyProject.Run run = p.run("validate");

    assertEquals(1, run.exit(), run.out());
    assertTrue(run.out().contains("content/vi/lost.md:1:1: error[content-no-header] Trang thiếu phần đầu kết thúc bằng"
        + " dòng ~~~~~~, nên không được đăng.\n    The page has no header ending in a ~~~~~~ line, so it would not be"
        + " published."), run.out());
  }

  @Test
  void aBadFrontMatterDateIsABilingualProblemNotAJbakeLog() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file("content/vi/dated.md",
        "title=Có ngày\ndate=31/12/2025\ntype=page\nstatus=published\n~~~~~~\n\nNội dung.\n");

    TinyProject.Run run = p.run("build", "--out", dir.resolve("site").toString());

    assertEquals(1, run.exit(), run.out());
    assertTrue(run.out().contains("content/vi/dated.md:2:6: error[content-bad-header] date: Phần đầu trang có giá trị date"
        + " không đọc được: 31/12/2025.\n    The page header's date cannot be read: 31/12/2025."), run.out());
  }

  @Test
  void aMissingProjectFolderIsAUsageError() throws Exception {
    TinyProject.Run run = new TinyProject(dir.resolve("nowhere")).run("validate");

    assertEquals(2, run.exit(), run.out() + run.err());
    assertTrue(run.err().contains("error[no-project] Không có thư mục dự án " + dir.resolve("nowhere") + ".\n"
        + "    No project folder " + dir.resolve("nowhere") + "."), run.err());
  }
}
