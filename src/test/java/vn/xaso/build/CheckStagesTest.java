package vn.xaso.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.testing.TinyProject;

/** The check's two stages as a terminal shows them: files read (site.yaml counted), reports validated, time and memory. */
class CheckStagesTest {
  @TempDir Path dir;

  private static final class Heard implements BuildListener {
    final List<String> events = new ArrayList<>();
    final List<Stage> stages = new ArrayList<>();

    @Override
    public void started(String stage, IntSupplier done) {
      events.add("start " + stage + " " + done.getAsInt());
    }

    @Override
    public void finished(Stage stage) {
      events.add("end " + stage.name() + " " + stage.items() + " " + stage.unit());
      stages.add(stage);
    }
  }

  @Test
  void loadCountsTheFilesReadAndValidateTheReports() throws Exception {
    TinyProject p = TinyProject.withCommune(dir)
        .file("data/hai-phong/hung-thang/2025-12.yaml", TinyProject.DECEMBER_SIGNED);
    Heard heard = new Heard();
    Check.Result result = new Check().run(p.root(), heard);
    assertEquals(List.of("start load 0", "end load 4 tệp/files", "start validate 0", "end validate 1 báo cáo/reports"),
        heard.events, "three data files and content/site.yaml");
    assertEquals(4, result.files());
    assertTrue(result.config().isPresent());
    for (Stage s : heard.stages) {
      assertTrue(s.millis() >= 0 && s.millis() < 600_000, s.toString());
      assertTrue(s.peakHeapBytes() > 0, "the heap's peak is measured: " + s);
    }
  }

  @Test
  void aDataOnlyProjectHasNoConfigurationAndCountsOnlyItsData(@TempDir Path data) throws Exception {
    TinyProject p = new TinyProject(data).file("data/hai-phong/province.yaml", TinyProject.PROVINCE)
        .file("data/hai-phong/hung-thang/commune.yaml", TinyProject.COMMUNE);
    Check.Result result = new Check().run(p.root());
    assertEquals(2, result.files());
    assertTrue(result.config().isEmpty());
    assertTrue(result.problems().all().isEmpty(), result.problems().all().toString());
  }

  @Test
  void anIncrementalLoadReadsOnlyTheChosenFilesAndSiteYaml() throws Exception {
    TinyProject p = TinyProject.withCommune(dir)
        .file("data/hai-phong/hung-thang/2025-12.yaml", TinyProject.DECEMBER_SIGNED);
    Check check = new Check();
    Check.Result loaded = check.load(p.root(), List.of("data/hai-phong/hung-thang/2025-12.yaml"));
    assertEquals(1, loaded.files());
    assertEquals(1, loaded.data().reports().size());
    assertTrue(loaded.config().isPresent(), "site.yaml is read with the chosen files");
  }
}
