package vn.xaso.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.problem.Code;
import vn.xaso.problem.Stop;

/**
 * Every file the tool reads from a project goes through {@link ProjectFiles}: a path that leaves
 * the project, a link anywhere on the way, a folder or a pipe where a file is asked for are each
 * refused with their own reason and the part of the path at fault; a missing file is no problem.
 */
class ProjectFilesTest {
  @TempDir Path dir;

  private ProjectFiles project() throws Exception {
    Path p = Files.createDirectories(dir.resolve("project"));
    Files.createDirectories(p.resolve("data/hai-phong/hung-thang"));
    Files.writeString(p.resolve("data/hai-phong/hung-thang/2025-12.yaml"), "commune: hung-thang\n");
    Files.writeString(dir.resolve("secret.txt"), "mật khẩu");
    return ProjectFiles.of(p);
  }

  @Test
  void aFileInsideIsReadAndItsVerdictIsPlain() throws Exception {
    ProjectFiles files = project();
    assertEquals(dir.resolve("project").toAbsolutePath().normalize(), files.root());
    ProjectFiles.Verdict v = files.file("data/hai-phong/hung-thang/2025-12.yaml");
    assertTrue(v.ok());
    assertNull(v.refusal());
    assertEquals(files.root().resolve("data/hai-phong/hung-thang/2025-12.yaml"), v.orStop());
    assertTrue(v.problem("x", vn.xaso.problem.Position.FILE, "").isEmpty());
    assertArrayEquals("commune: hung-thang\n".getBytes(StandardCharsets.UTF_8),
        files.read("data/hai-phong/hung-thang/2025-12.yaml"));
    assertTrue(files.folder("data/hai-phong").ok());
  }

  @Test
  void pathsThatLeaveTheProjectAreRefusedWhateverTheirSpelling() throws Exception {
    ProjectFiles files = project();
    for (String name : List.of("", "/etc/passwd", "../secret.txt", "data/../../secret.txt", "data//hai-phong",
        "./data", "data\\hai-phong", "data/a\0b")) {
      ProjectFiles.Verdict v = files.file(name);
      assertEquals(ProjectFiles.Refusal.OUTSIDE, v.refusal(), name);
      assertEquals(Code.PATH_OUTSIDE, v.problem("f", vn.xaso.problem.Position.FILE, "").orElseThrow().code(), name);
    }
  }

  @Test
  void aLinkAnywhereOnTheWayIsRefusedNamingThePartThatIsALink() throws Exception {
    ProjectFiles files = project();
    Path root = files.root();
    Files.createSymbolicLink(root.resolve("data/quang-ngai"), root.resolve("data/hai-phong"));
    Files.createSymbolicLink(root.resolve("data/hai-phong/hung-thang/2025-11.yaml"), dir.resolve("secret.txt"));
    ProjectFiles.Verdict folder = files.file("data/quang-ngai/hung-thang/2025-12.yaml");
    assertEquals(ProjectFiles.Refusal.LINK, folder.refusal());
    assertEquals("data/quang-ngai", folder.at(), "the part that is a link");
    ProjectFiles.Verdict last = files.file("data/hai-phong/hung-thang/2025-11.yaml");
    assertEquals(ProjectFiles.Refusal.LINK, last.refusal());
    Stop stop = assertThrows(Stop.class, () -> files.read("data/hai-phong/hung-thang/2025-11.yaml"));
    assertEquals(Code.PATH_LINK, stop.problem().code());
    assertEquals("data/hai-phong/hung-thang/2025-11.yaml", stop.problem().file());
  }

  @Test
  void aFolderWhereAFileIsAskedIsNotThereAndAPipeIsSpecial() throws Exception {
    ProjectFiles files = project();
    assertEquals(ProjectFiles.Refusal.MISSING, files.file("data/hai-phong").refusal());
    assertEquals(ProjectFiles.Refusal.MISSING, files.folder("data/hai-phong/hung-thang/2025-12.yaml").refusal());
    ProjectFiles.Verdict through = files.file("data/hai-phong/hung-thang/2025-12.yaml/x");
    assertEquals(ProjectFiles.Refusal.MISSING, through.refusal(), "a file where a folder should be");
    assertEquals("data/hai-phong/hung-thang/2025-12.yaml", through.at());
    ProjectFiles.Verdict missing = files.file("data/hai-phong/chi-minh/2025-12.yaml");
    assertEquals(ProjectFiles.Refusal.MISSING, missing.refusal());
    assertEquals("data/hai-phong/chi-minh", missing.at());
    assertTrue(missing.problem("f", vn.xaso.problem.Position.FILE, "").isEmpty(), "a missing file is no problem");
    assertThrows(NoSuchFileException.class, () -> files.read("data/hai-phong/chi-minh/2025-12.yaml"));

    Path fifo = files.root().resolve("data/hai-phong/hung-thang/2025-10.yaml");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertEquals(0, mkfifo.waitFor());
    ProjectFiles.Verdict pipe = files.file("data/hai-phong/hung-thang/2025-10.yaml");
    assertEquals(ProjectFiles.Refusal.SPECIAL, pipe.refusal());
    Stop stop = assertThrows(Stop.class, () -> files.open("data/hai-phong/hung-thang/2025-10.yaml"));
    assertEquals(Code.SPECIAL_FILE, stop.problem().code());
  }
}
