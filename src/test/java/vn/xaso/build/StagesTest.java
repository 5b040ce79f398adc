package vn.xaso.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/** The one stage helper: tells the listener, times the work, and keeps the figures. */
class StagesTest {
  private final List<String> heard = new ArrayList<>();
  private final BuildListener listener = new BuildListener() {
    @Override
    public void started(String stage, IntSupplier done) {
      heard.add("started " + stage + " at " + done.getAsInt());
    }

    @Override
    public void finished(Stage stage) {
      heard.add("finished " + stage.name() + " " + stage.items() + " " + stage.unit());
    }
  };

  @Test
  void aStageIsStartedRunAndFinishedWithWhatItHandled() throws IOException {
    Stages stages = new Stages(listener);
    List<String> ran = new ArrayList<>();
    String value = stages.stage("derive", () -> 7, Stages.REPORTS, () -> {
      ran.add("work");
      return "three";
    }, String::length);
    assertEquals("three", value);
    assertEquals(List.of("work"), ran);
    assertEquals(List.of("started derive at 7", "finished derive 5 báo cáo/reports"), heard);
    assertEquals(1, stages.list().size());
    Stage s = stages.list().get(0);
    assertEquals("derive", s.name());
    assertEquals(5, s.items());
    assertEquals("báo cáo/reports", s.unit());
  }

  @Test
  void stagesAreKeptInTheOrderTheyRan() throws IOException {
    Stages stages = new Stages(listener);
    stages.stage("load", () -> 0, Stages.FILES, () -> 1, n -> n);
    stages.stage("validate", () -> 0, Stages.REPORTS, () -> 2, n -> n);
    assertEquals(List.of("load", "validate"), stages.list().stream().map(Stage::name).toList());
  }

  @Test
  void aStageThatFailsIsNotReportedAsFinished() {
    Stages stages = new Stages(listener);
    IOException thrown = assertThrows(IOException.class,
        () -> stages.stage("data", () -> 0, Stages.FILES, () -> {
          throw new IOException("disk full");
        }, x -> 1));
    assertEquals("disk full", thrown.getMessage());
    assertEquals(List.of("started data at 0"), heard);
    assertEquals(List.of(), stages.list());
  }

  @Test
  void stagesHeardThroughAnotherStagesAreKeptByBoth() throws IOException {
    // Check.run is handed the build's Stages as its listener: the build must see the check's stages.
    Stages build = new Stages(listener);
    new Stages(build).stage("load", () -> 0, Stages.FILES, () -> 4, n -> n);
    assertEquals(List.of("load"), build.list().stream().map(Stage::name).toList());
    assertEquals(List.of("started load at 0", "finished load 4 tệp/files"), heard);
  }
}
