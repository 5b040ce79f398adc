package vn.xaso.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.cache.BuildCache;
import vn.xaso.problem.Code;
import vn.xaso.problem.Stop;
import vn.xaso.publish.Output;
import vn.xaso.testing.TinyProject;

/**
 * What a cached build tells and checks, beyond the files it writes (issue #27, found by PIT):
 * an output file edited by hand without changing its size, one merely touched, each stage's
 * figures and the files read in an incremental build, and the folders it refuses before writing.
 */
class IncrementalFiguresTest {
  private static final String HUNG_THANG = "data/hai-phong/hung-thang/2025-12.yaml";
  private static final String AN_LU = "data/hai-phong/an-lu/2025-12.yaml";

  @TempDir Path dir;

  private TinyProject twoCommunes() throws IOException {
    return TinyProject.withCommune(dir.resolve("p"))
        .file(HUNG_THANG, TinyProject.DECEMBER + "procedures: {total: 10, full_online: 6}\n")
        .file("data/hai-phong/an-lu/commune.yaml", TinyProject.COMMUNE.replace("hung-thang", "an-lu")
            .replace("Hùng Thắng", "An Lư"))
        .file(AN_LU, TinyProject.DECEMBER.replace("hung-thang", "an-lu").replace("Hùng Thắng", "An Lư")
            + "procedures: {total: 8, full_online: 2}\n");
  }

  @Test
  void anOutputFileEditedInPlaceMakesTheNextBuildCleanAndATouchedOneDoesNot() throws IOException {
    TinyProject project = twoCommunes();
    Path out = dir.resolve("site");
    Build build = Build.cached(dir.resolve("cache"), "tool-1");
    Build.Result first = build.run(project.root(), out, Build.Scope.DATA);
    assertTrue(first.ok(), () -> first.problems().all().toString());
    List<String> paths = first.written().stream().map(Output.Written::path).filter(p -> p.endsWith(".csv")).sorted()
        .toList();
    assertTrue(paths.size() >= 2, paths.toString());
    long later = System.currentTimeMillis() + 5_000;

    // Touched, same bytes: hashed, found intact, nothing to do.
    Path touched = out.resolve(paths.get(1));
    Files.setLastModifiedTime(touched, FileTime.fromMillis(later));
    assertEquals(Build.Mode.UNCHANGED, build.run(project.root(), out, Build.Scope.DATA).mode());

    // Two files edited by hand, each keeping its size: the first by path is named.
    for (String path : paths.subList(0, 2)) {
      Path file = out.resolve(path);
      byte[] bytes = Files.readAllBytes(file);
      bytes[bytes.length - 2] = (byte) (bytes[bytes.length - 2] == 'x' ? 'y' : 'x');
      Files.write(file, bytes);
      Files.setLastModifiedTime(file, FileTime.fromMillis(later));
    }
    Build.Result edited = build.run(project.root(), out, Build.Scope.DATA);
    assertEquals(Build.Mode.clean(BuildCache.Reason.OUTPUT_EDITED, paths.get(0)), edited.mode());
    assertEquals("toàn bộ, tệp kết quả bị sửa hoặc mất: " + paths.get(0) + " / clean, output file edited or missing: "
        + paths.get(0), edited.mode().text());
    assertEquals(hashes(first), hashes(edited), "the clean build put the files back");
    assertEquals(Build.Mode.UNCHANGED, build.run(project.root(), out, Build.Scope.DATA).mode());
  }

  @Test
  void anIncrementalBuildCountsWhatItReadAndDidAsACleanOneWould() throws IOException {
    TinyProject project = twoCommunes();
    Path out = dir.resolve("site");
    Build build = Build.cached(dir.resolve("cache"), "tool-1");
    Build.Result first = build.run(project.root(), out, Build.Scope.SITE);
    assertTrue(first.ok(), () -> first.problems().all().toString());
    assertEquals(6, first.filesRead(), "the site configuration, a province, two communes and their reports");
    assertTrue(first.reread(AN_LU) && first.reread(HUNG_THANG), "a clean build reads every file");
    Map<String, Stage> firstStages = first.stages().stream().collect(Collectors.toMap(Stage::name, Function.identity()));
    assertEquals(first.files(), firstStages.get("data").items() + firstStages.get("pages").items(),
        "a clean build writes every file, each counted once: the data's, then the pages'");

    project.file(HUNG_THANG, TinyProject.DECEMBER + "procedures: {total: 10, full_online: 7}\n");
    Build.Result again = build.run(project.root(), out, Build.Scope.SITE);
    assertEquals(Build.Mode.incremental(1), again.mode());
    assertEquals(first.filesRead(), again.filesRead(), "every file is accounted for, read or taken from the cache");
    assertTrue(again.reread(HUNG_THANG));
    Build.Result clean = new Build().run(project.root(), dir.resolve("clean"), Build.Scope.SITE);
    assertEquals(told(clean), told(again), "the changed report checked as a clean build checks it, the rest kept");
    assertTrue(told(again).stream().anyMatch(t -> t.contains(HUNG_THANG)) && told(again).stream()
        .anyMatch(t -> t.contains(AN_LU)), told(again).toString());
    assertTrue(!again.reread(AN_LU));
    Map<String, Stage> stages = again.stages().stream().collect(Collectors.toMap(Stage::name, Function.identity()));
    assertEquals(List.of("scan", "load", "validate", "derive", "data", "pages", "commit", "cache"),
        again.stages().stream().map(Stage::name).toList());
    assertEquals(5, stages.get("scan").items(), "the data folder's files");
    assertEquals(3, stages.get("load").items(), "the province profile and the changed commune's two files");
    assertEquals(1, stages.get("validate").items(), "the one report read again");
    assertEquals(1, stages.get("derive").items());
    assertEquals(1, stages.get("cache").items(), "the one province saved again");
    assertEquals(again.changed(), stages.get("commit").items(), "the files changed on disk");
    assertTrue(again.changed() > 0 && again.changed() < again.files(), again.changed() + " of " + again.files());
    int data = stages.get("data").items();
    int pages = stages.get("pages").items();
    assertTrue(data > 0 && pages > 0, data + " data files, " + pages + " pages");
    assertEquals(again.files(), first.files());

    Build.Result unchanged = build.run(project.root(), out, Build.Scope.SITE);
    assertEquals(Build.Mode.UNCHANGED, unchanged.mode());
    assertEquals(again.size().files(), unchanged.size().files(), "an unchanged build still weighs the output");
    assertEquals(again.size().bytes(), unchanged.size().bytes());
    assertEquals(again.size().largest(), unchanged.size().largest());
    assertEquals(first.filesRead(), unchanged.filesRead());

    project.file(HUNG_THANG, TinyProject.DECEMBER + "procedures: {total: 10, full_online: 11}\n");
    Build.Result broken = build.run(project.root(), out, Build.Scope.SITE);
    assertTrue(!broken.ok() && told(broken).stream().anyMatch(t -> t.startsWith(HUNG_THANG) && t.contains("error[")),
        "an incremental build validates what it reads again: " + told(broken));
  }

  private static List<String> told(Build.Result r) {
    return r.problems().all().stream().map(p -> p.format().lines().findFirst().orElseThrow()).toList();
  }

  @Test
  void theOutputAndCacheFoldersAreCheckedBeforeAnythingIsWritten() throws IOException {
    TinyProject project = twoCommunes();
    Build build = Build.cached(dir.resolve("cache"), "tool-1");
    Stop inData = assertThrows(Stop.class, () -> build.run(project.root(), project.path("data/site"), Build.Scope.DATA));
    assertEquals(Code.OUT_FORBIDDEN, inData.problem().code());
    assertTrue(!Files.exists(project.path("data/site")));

    Files.writeString(dir.resolve("plain"), "a file");
    Build underAFile = Build.cached(dir.resolve("plain/cache"), "tool-1");
    Stop cache = assertThrows(Stop.class, () -> underAFile.run(project.root(), dir.resolve("site"), Build.Scope.DATA));
    assertEquals(Code.CACHE_NOT_FOLDER, cache.problem().code());
    assertEquals(dir.resolve("plain").toAbsolutePath().normalize().toString(), cache.problem().file());
    assertTrue(!Files.exists(dir.resolve("site")), "refused before the output was made");
  }

  private static Map<String, String> hashes(Build.Result r) {
    return r.written().stream().collect(Collectors.toMap(Output.Written::path, Output.Written::sha256));
  }
}
