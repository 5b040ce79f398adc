package vn.xaso.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.publish.OutputFolder;
import vn.xaso.testing.TinyProject;
import vn.xaso.testing.Trees;

/**
 * Issue #11, items 1–3: {@code build --out} replaces only a folder this tool wrote, two builds
 * into one folder cannot undo each other, and an incremental build repairs an output damaged by
 * hand. Every case runs the command line and checks the exit code and the message in both languages.
 */
class OutputSafetyTest {
  private static final String FILE = "data/hai-phong/hung-thang/2025-12.yaml";
  private static final String REPORT = TinyProject.DECEMBER + """
      procedures: {total: 10, full_online: 4}
      """;

  @TempDir Path dir;

  private TinyProject project() throws Exception {
    return TinyProject.withCommune(dir.resolve("p")).file(FILE, REPORT);
  }

  private static void refused(TinyProject.Run run, int exit, String vi, String en) {
    assertEquals(exit, run.exit(), run.out() + run.err());
    assertTrue(run.err().contains(vi), run.err());
    assertTrue(run.err().contains(en), run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
    assertFalse(run.out().contains("Exception"), run.out());
  }

  @Test
  void outHoldingAUsersFilesIsRefusedAndKept() throws Exception {
    TinyProject p = project();
    Path userdocs = dir.resolve("userdocs");
    Files.createDirectories(userdocs);
    Files.writeString(userdocs.resolve("thesis.docx"), "five years of work");

    TinyProject.Run run = p.run("build", "--out", userdocs.toString());

    refused(run, 2, "error[out-not-ours] Thư mục " + userdocs + " đã có tệp không do Xã Số ghi; không xóa hay ghi đè.",
        "Folder " + userdocs + " holds files Xã Số did not write; it is neither deleted nor replaced.");
    assertTrue(run.err().contains("Xã Số only replaces a folder holding the .xaso-output file"), run.err());
    assertEquals("five years of work", Files.readString(userdocs.resolve("thesis.docx")));
    assertEquals(1, Trees.hashes(userdocs).size());
  }

  @Test
  void outAtTheProjectItselfIsRefusedAndNothingIsDeleted() throws Exception {
    TinyProject p = project();
    Files.createDirectories(p.path(".git"));
    Files.writeString(p.path(".git/HEAD"), "ref: refs/heads/main\n");
    Map<String, String> before = Trees.hashes(p.root());

    TinyProject.Run dot = p.run("build", "--out", p.root().resolve(".").toString());
    refused(dot, 2, "error[out-forbidden] Không thể ghi trang vào", ": thư mục này chứa dự án.");
    assertTrue(dot.err().contains(": it holds the project."), dot.err());

    TinyProject.Run parent = p.run("build", "--out", dir.toString());
    refused(parent, 2, "thư mục này chứa dự án", "it holds the project");
    assertEquals(before, Trees.hashes(p.root()));
  }

  @Test
  void outInsideDataContentThemesOrSrcIsRefused() throws Exception {
    TinyProject p = project();
    Map<String, String> before = Trees.hashes(p.root());
    for (String folder : new String[] {"data", "data/hai-phong", "content", "themes/x", "src/main"}) {
      TinyProject.Run run = p.run("build", "--out", p.path(folder).toString());
      String top = folder.contains("/") ? folder.substring(0, folder.indexOf('/')) : folder;
      refused(run, 2, ": nằm trong " + top + "/ của dự án.", ": it is inside the project's " + top + "/.");
    }
    assertEquals(before, Trees.hashes(p.root()));
  }

  @Test
  void outAtAFileIsRefusedAndTheFileKept() throws Exception {
    TinyProject p = project();
    Path note = dir.resolve("note.txt");
    Files.writeString(note, "remember the milk");

    TinyProject.Run run = p.run("build", "--out", note.toString());

    refused(run, 2, "error[out-is-file] " + note + " là một tệp, không phải thư mục; không ghi đè.",
        note + " is a file, not a folder; it is not replaced.");
    assertEquals("remember the milk", Files.readString(note));
  }

  @Test
  void outAtTargetOrInsideTheCacheIsRefused() throws Exception {
    TinyProject p = project();
    assertEquals(0, p.run("build").exit(), "a first build fills target/site and the cache");
    Files.writeString(p.path("target/xaso.jar"), "the tool");
    Map<String, String> before = Trees.hashes(p.path("target"));

    refused(p.run("build", "--out", p.path("target").toString()), 2, "trùng với bộ đệm", "it overlaps the build cache");
    refused(p.run("build", "--out", p.path("target/xaso-cache/site").toString()), 2, "trùng với bộ đệm",
        "it overlaps the build cache");
    refused(p.run("build", "--no-cache", "--out", p.path("target/xaso-cache/x").toString()), 2, "trùng với bộ đệm",
        "it overlaps the build cache");
    assertEquals(before, Trees.hashes(p.path("target")));
  }

  @Test
  void outAtTheRootOfTheFileSystemIsRefusedWithoutACrash() throws Exception {
    TinyProject.Run run = project().run("build", "--out", "/");

    refused(run, 2, "error[out-forbidden] Không thể ghi trang vào /: đó là gốc của hệ thống tệp.",
        "The site cannot be written to /: it is the root of the file system.");
  }

  @Test
  void anOutNameTooLongForTheFileSystemIsAProblemNotAStackTrace() throws Exception {
    Path out = dir.resolve("x".repeat(300));

    TinyProject.Run run = project().run("build", "--out", out.toString());

    refused(run, 1, "error[file-system] Lỗi đọc/ghi", "Reading or writing");
    assertTrue(run.err().contains("File name too long"), run.err());
  }

  @Test
  void aFolderThisToolWroteIsReplacedAndCarriesItsMarker() throws Exception {
    TinyProject p = project();
    Path out = dir.resolve("site");
    Files.createDirectories(out);

    assertEquals(0, p.run("build", "--no-cache", "--out", out.toString()).exit(), "an empty folder may be used");
    assertTrue(Files.isRegularFile(out.resolve(OutputFolder.MARKER)));
    TinyProject.Run again = p.run("build", "--no-cache", "--out", out.toString());
    assertEquals(0, again.exit(), again.err());
    assertTrue(Files.isRegularFile(out.resolve(OutputFolder.MARKER)));
  }

  @Test
  @SuppressWarnings("try") // the locks are held, never read
  void aSecondBuildIntoABusyFolderStopsAndTouchesNothing() throws Exception {
    TinyProject p = project();
    Path out = dir.resolve("site");
    assertEquals(0, p.run("build", "--out", out.toString()).exit());
    Map<String, String> before = Trees.hashes(out);

    // Another process building into the same folder holds the lock file beside it.
    try (FileChannel other = FileChannel.open(dir.resolve(".site.lock"), StandardOpenOption.WRITE);
        FileLock held = other.lock()) {
      p.file(FILE, REPORT.replace("total: 10", "total: 11"));
      TinyProject.Run run = p.run("build", "--out", out.toString());
      refused(run, 1, "error[output-busy] Một bản dựng khác đang ghi vào " + out + ".",
          "Another build is writing to " + out + ".");
    }
    // And another build in this process (a test, the preview server) the same way.
    try (OutputFolder.Lock held = OutputFolder.lock(out)) {
      refused(p.run("build", "--out", out.toString()), 1, "error[output-busy]", "Another build is writing to");
    }
    assertEquals(before, Trees.hashes(out));
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(0, s.filter(f -> f.getFileName().toString().startsWith(".site.staging-")).count());
    }
    assertEquals(0, p.run("build", "--out", out.toString()).exit(), "once the lock is free the build runs");
  }

  @Test
  void anIncrementalBuildRestoresAPageDeletedOrEditedByHand() throws Exception {
    TinyProject p = project();
    Path out = dir.resolve("site");
    assertEquals(0, p.run("build", "--out", out.toString()).exit());
    Map<String, String> built = Trees.hashes(out);

    Files.delete(out.resolve("status/index.html"));
    Files.writeString(out.resolve("index.html"), "defaced");
    TinyProject.Run run = p.run("build", "--out", out.toString());

    assertEquals(0, run.exit(), run.out());
    assertTrue(run.out().contains("toàn bộ, tệp kết quả bị sửa hoặc mất: index.html / clean, output file edited or missing:"
        + " index.html"), run.out());
    assertEquals(built, Trees.hashes(out));

    // A file touched but not changed is hashed, found intact, and the build stays incremental.
    Files.setLastModifiedTime(out.resolve("index.html"), java.nio.file.attribute.FileTime.fromMillis(
        System.currentTimeMillis() + 5000));
    assertTrue(p.run("build", "--out", out.toString()).out().contains("không có gì thay đổi / nothing changed"));
  }
}
