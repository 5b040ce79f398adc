package vn.xaso.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.load.ProjectFiles;
import vn.xaso.testing.TinyProject;

/**
 * Issue #22, item 1: a pull request's links cannot publish a file of the build machine. Each case
 * runs {@code validate} (the pull-request check must go red) and {@code build} (nothing published).
 */
class BuildMachineFilesTest {
  private static final String REPORT = "data/hai-phong/hung-thang/2025-12.yaml";
  @TempDir Path dir;

  private TinyProject project(String sourceFile) throws Exception {
    return TinyProject.withCommune(dir.resolve("p")).file(REPORT, TinyProject.DECEMBER_SIGNED + "  file: " + sourceFile + "\n");
  }

  private void refusedByValidateAndBuild(TinyProject p, String expected) {
    TinyProject.Run validate = p.run("validate");
    assertEquals(1, validate.exit(), validate.out() + validate.err());
    assertTrue(validate.out().contains(expected), validate.out());
    TinyProject.Run build = p.run("build", "--out", dir.resolve("site").toString());
    assertEquals(1, build.exit(), build.out() + build.err());
    assertFalse(Files.exists(dir.resolve("site")), "nothing published");
  }

  @Test
  void etcLinkedAsACommuneFolderOfSourcesWithSourceFilePasswdIsRefused() throws Exception {
    TinyProject p = project("passwd");
    Files.createDirectories(p.path("sources/hai-phong"));
    Files.createSymbolicLink(p.path("sources/hai-phong/hung-thang"), Path.of("/etc"));
    refusedByValidateAndBuild(p, REPORT + ":9:3: error[path-link] source.file: sources/hai-phong/hung-thang/passwd đi qua"
        + " liên kết sources/hai-phong/hung-thang; Xã Số không đọc và không đăng tệp qua liên kết.\n"
        + "    sources/hai-phong/hung-thang/passwd goes through the link sources/hai-phong/hung-thang; nothing is read or"
        + " published through a link.");
  }

  @Test
  void procSelfLinkedWithSourceFileEnvironIsRefused() throws Exception {
    TinyProject p = project("environ");
    Files.createDirectories(p.path("sources/hai-phong"));
    Files.createSymbolicLink(p.path("sources/hai-phong/hung-thang"), Path.of("/proc/self"));
    refusedByValidateAndBuild(p, "error[path-link] source.file: sources/hai-phong/hung-thang/environ");
  }

  @Test
  void aLinkInTheMiddleOfAPathIsRefused() throws Exception {
    Path elsewhere = dir.resolve("elsewhere");
    Files.createDirectories(elsewhere.resolve("hung-thang"));
    Files.writeString(elsewhere.resolve("hung-thang/bao-cao.txt"), "SECRET=1\n");
    TinyProject p = project("bao-cao.txt");
    Files.createDirectories(p.path("sources"));
    Files.createSymbolicLink(p.path("sources/hai-phong"), elsewhere);
    refusedByValidateAndBuild(p, "error[path-link] source.file: sources/hai-phong/hung-thang/bao-cao.txt đi qua liên kết"
        + " sources/hai-phong;");
  }

  @Test
  void aLinkAsTheLastPartOfASourcePathIsRefusedEvenInsideTheProject() throws Exception {
    TinyProject p = project("bao-cao.txt").file("notes.txt", "ghi chú\n");
    Files.createDirectories(p.path("sources/hai-phong/hung-thang"));
    Files.createSymbolicLink(p.path("sources/hai-phong/hung-thang/bao-cao.txt"), p.path("notes.txt"));
    refusedByValidateAndBuild(p, "error[path-link] source.file: sources/hai-phong/hung-thang/bao-cao.txt đi qua liên kết"
        + " sources/hai-phong/hung-thang/bao-cao.txt;");
  }

  @Test
  void aLinkedContentLanguageFolderIsRefused() throws Exception {
    Path elsewhere = dir.resolve("elsewhere");
    Files.createDirectories(elsewhere);
    Files.writeString(elsewhere.resolve("about.md"), "title=x\ntype=page\nstatus=published\n~~~~~~\n\nbí mật\n");
    TinyProject p = TinyProject.withCommune(dir.resolve("p")).file(REPORT, TinyProject.DECEMBER_SIGNED);
    Files.createSymbolicLink(p.path("content/vi"), elsewhere);
    refusedByValidateAndBuild(p, "content/vi:0:0: error[path-link] content/vi đi qua liên kết content/vi;");
  }

  @Test
  void aLinkedContentPageIsRefused() throws Exception {
    Path secret = dir.resolve("secret.md");
    Files.writeString(secret, "title=x\ntype=page\nstatus=published\n~~~~~~\n\nbí mật\n");
    TinyProject p = TinyProject.withCommune(dir.resolve("p")).file(REPORT, TinyProject.DECEMBER_SIGNED);
    Files.createDirectories(p.path("content/vi"));
    Files.createSymbolicLink(p.path("content/vi/about.md"), secret);
    refusedByValidateAndBuild(p, "content/vi/about.md:0:0: error[path-link] content/vi/about.md đi qua liên kết"
        + " content/vi/about.md;");
  }

  @Test
  void aLinkedThemesFolderIsRefused() throws Exception {
    Path elsewhere = dir.resolve("elsewhere");
    Files.createDirectories(elsewhere.resolve("themes"));
    org.apache.commons.io.file.PathUtils.copyDirectory(Path.of("themes"), elsewhere.resolve("themes"));
    TinyProject p = TinyProject.withCommune(dir.resolve("p")).file(REPORT, TinyProject.DECEMBER_SIGNED);
    Files.createSymbolicLink(p.path("themes"), elsewhere.resolve("themes"));
    refusedByValidateAndBuild(p, "error[theme-link] theme: themes là liên kết hoặc không phải tệp thường");
  }

  @Test
  void aLinkedDataFolderIsRefused() throws Exception {
    TinyProject other = TinyProject.withCommune(dir.resolve("other")).file(REPORT, TinyProject.DECEMBER_SIGNED);
    TinyProject p = new TinyProject(dir.resolve("p")).file("content/site.yaml", TinyProject.SITE);
    Files.createSymbolicLink(p.path("data"), other.path("data"));
    refusedByValidateAndBuild(p, "data:0:0: error[path-link] data đi qua liên kết data;");
  }

  @Test
  void aLinkToAnotherReportInsideDataIsNoLongerFollowed() throws Exception {
    TinyProject p = TinyProject.withCommune(dir.resolve("p")).file("data/hai-phong/hung-thang/2025-11.yaml",
        TinyProject.DECEMBER_SIGNED.replace("2025-12-01", "2025-11-01").replace("2025-12-31", "2025-11-30"));
    Files.createSymbolicLink(p.path(REPORT), p.path("data/hai-phong/hung-thang/2025-11.yaml"));
    refusedByValidateAndBuild(p, REPORT + ":0:0: error[path-link] " + REPORT + " đi qua liên kết " + REPORT + ";");
  }

  @Test
  void theGateNamesTheFirstLinkOnThePathAndRefusesDotDot() throws Exception {
    Path project = dir.resolve("p");
    Files.createDirectories(project.resolve("sources/a"));
    Files.createSymbolicLink(project.resolve("sources/a/b"), Path.of("/etc"));
    ProjectFiles files = ProjectFiles.of(project);
    assertEquals(ProjectFiles.Refusal.LINK, files.file("sources/a/b/passwd").refusal());
    assertEquals("sources/a/b", files.file("sources/a/b/passwd").at());
    assertEquals(ProjectFiles.Refusal.OUTSIDE, files.file("sources/../../etc/passwd").refusal());
    assertEquals(ProjectFiles.Refusal.OUTSIDE, files.file("/etc/passwd").refusal());
    assertEquals("data/x.yaml:0:0: error[path-outside] sources/../../etc/passwd nằm ngoài thư mục dự án.\n"
        + "    sources/../../etc/passwd lies outside the project folder.", files.file("sources/../../etc/passwd")
        .problem("data/x.yaml", vn.xaso.problem.Position.FILE, "").orElseThrow().format().lines().limit(2)
        .reduce((a, b) -> a + "\n" + b).orElseThrow());
    assertEquals(ProjectFiles.Refusal.MISSING, files.file("sources/a/none.pdf").refusal());
    assertEquals(ProjectFiles.Refusal.MISSING, files.file("sources/a").refusal(), "a folder is not a file");
    Files.writeString(project.resolve("sources/a/x.txt"), "x");
    assertTrue(files.file("sources/a/x.txt").ok());
    assertTrue(files.folder("sources/a").ok());
  }
}
