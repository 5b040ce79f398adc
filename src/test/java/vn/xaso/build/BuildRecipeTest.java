package vn.xaso.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.cache.BuildCache;
import vn.xaso.problem.Code;
import vn.xaso.testing.TinyProject;

/** The build's recipe on a tiny project: typed modes, "all" as a value, and one list of stages. */
class BuildRecipeTest {
  @TempDir Path dir;

  private static final String REPORT = "data/hai-phong/hung-thang/2025-12.yaml";

  @Test
  void aCleanBuildIsEverythingChangedAndAnUnchangedOneSaysSo() throws IOException {
    TinyProject project = TinyProject.withCommune(dir.resolve("p")).file(REPORT, TinyProject.DECEMBER);
    Path out = dir.resolve("site");
    Build build = Build.cached(dir.resolve("cache"), "tool-1");

    Build.Result first = build.run(project.root(), out, Build.Scope.DATA);
    assertTrue(first.ok(), () -> first.problems().all().toString());
    assertEquals(Build.Mode.clean(BuildCache.Reason.NO_CACHE, ""), first.mode());
    assertEquals(Build.Reread.ALL, first.reread());
    assertEquals(List.of("scan", "load", "validate", "derive", "data", "commit", "cache"),
        first.stages().stream().map(Stage::name).toList());

    Build.Result second = build.run(project.root(), out, Build.Scope.DATA);
    assertEquals(Build.Mode.UNCHANGED, second.mode());
    assertFalse(second.reread().all());
    assertFalse(second.reread(REPORT), "an unchanged report is not read again");
    assertEquals(List.of("scan", "load", "validate"), second.stages().stream().map(Stage::name).toList());
    assertEquals(first.files(), second.files());
  }

  @Test
  void withoutACacheTheBuildSaysItUsedNone() throws IOException {
    TinyProject project = TinyProject.withCommune(dir.resolve("p")).file(REPORT, TinyProject.DECEMBER);
    Build.Result result = new Build().run(project.root(), dir.resolve("site"), Build.Scope.DATA);
    assertEquals(Build.Mode.Kind.CLEAN, result.mode().kind());
    assertEquals(BuildCache.Reason.NOT_USED, result.mode().why());
    assertEquals(List.of("load", "validate", "derive", "data", "commit"),
        result.stages().stream().map(Stage::name).toList());
  }

  @Test
  void aMissingSiteConfigurationIsToldOnceWhicheverWayTheBuildGoes() throws IOException {
    TinyProject project = TinyProject.withCommune(dir.resolve("p")).file(REPORT, TinyProject.DECEMBER);
    Path out = dir.resolve("site");
    Build build = Build.cached(dir.resolve("cache"), "tool-1");
    assertTrue(build.run(project.root(), out, Build.Scope.DATA).ok());
    Files.delete(project.path("content/site.yaml"));
    Files.writeString(project.path(REPORT), Files.readString(project.path(REPORT)) + "\n");

    Build.Result result = build.run(project.root(), out, Build.Scope.DATA);
    assertFalse(result.ok());
    assertEquals(1, result.problems().all().stream().filter(p -> p.code() == Code.MISSING_PROFILE).count());
    assertEquals(Build.Mode.Kind.CLEAN, result.mode().kind());
  }
}
