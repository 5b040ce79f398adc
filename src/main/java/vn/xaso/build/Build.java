package vn.xaso.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.Map;
import vn.xaso.derive.Derived;
import vn.xaso.derive.Deriver;
import vn.xaso.model.SiteConfig;
import vn.xaso.problem.Code;
import vn.xaso.problem.Position;
import vn.xaso.problem.Problems;
import vn.xaso.publish.DataPublisher;
import vn.xaso.publish.Output;
import vn.xaso.site.SiteRenderer;

/**
 * The build, stage by stage: check (load + validate), derive, publish the data, render the
 * pages, then swap the output in. Problems are collected along the way; any error stops the
 * build before anything reaches the output folder.
 */
public final class Build {
  private final Check check;
  private final Deriver deriver;
  private final DataPublisher data;
  private final SiteRenderer site;

  public Build() {
    this(new Check(), new Deriver(), new DataPublisher(), new SiteRenderer());
  }

  public Build(Check check, Deriver deriver, DataPublisher data, SiteRenderer site) {
    this.check = check;
    this.deriver = deriver;
    this.data = data;
    this.site = site;
  }

  /** What to write: the whole site, or only the open-data files. */
  public enum Scope { SITE, DATA }

  /** Problems found, files read, files written (none when the build stopped on errors), and each stage's figures. */
  public record Result(Problems problems, int filesRead, List<Output.Written> written, List<Stage> stages) {
    public boolean ok() {
      return !problems.hasErrors();
    }
  }

  public Result run(Path project, Path out, Scope scope) throws IOException {
    return run(project, out, scope, null, BuildListener.NONE);
  }

  public Result run(Path project, Path out, Scope scope, String baseUrl) throws IOException {
    return run(project, out, scope, baseUrl, BuildListener.NONE);
  }

  /**
   * Runs the build; a non-null {@code baseUrl} replaces the configured one, so CI can publish a
   * fork or a Pages project site under its own address without editing the configuration.
   */
  public Result run(Path project, Path out, Scope scope, String baseUrl, BuildListener listener) throws IOException {
    List<Stage> stages = new ArrayList<>();
    BuildListener recording = new BuildListener() {
      @Override
      public void started(String stage, IntSupplier done) {
        listener.started(stage, done);
      }

      @Override
      public void finished(Stage stage) {
        stages.add(stage);
        listener.finished(stage);
      }
    };
    Checked checked = checkAndDerive(project, recording);
    Problems problems = checked.problems();
    if (checked.derived() == null) {
      return new Result(problems, checked.files(), List.of(), stages);
    }
    SiteConfig config = withBaseUrl(checked.config(), baseUrl);
    Derived derived = checked.derived();
    Output output = new Output(out);
    try {
      recording.started("data", output::count);
      Stage.Clock clock = new Stage.Clock("data");
      data.publish(derived, config, output, project);
      int dataFiles = output.count();
      int dataStart = dataFiles;
      recording.finished(clock.end(dataFiles, "tệp/files"));
      if (scope == Scope.SITE) {
        recording.started("pages", () -> output.count() - dataStart);
        clock = new Stage.Clock("pages");
        site.render(derived, config, project, output);
        recording.finished(clock.end(output.count() - dataFiles, "tệp/files"));
      }
      recording.started("commit", () -> 0);
      clock = new Stage.Clock("commit");
      output.commit();
      recording.finished(clock.end(output.count(), "tệp/files"));
    } catch (IOException | RuntimeException e) {
      output.abort();
      throw e;
    }
    return new Result(problems, checked.files(), output.files(), stages);
  }

  /** What checking and deriving leave for the writing stages; {@code derived} is null when there were errors. */
  private record Checked(Problems problems, int files, SiteConfig config, Derived derived) {}

  /**
   * Load, validate and derive, in a method of their own so that the loaded dataset (with every
   * field's position) can be collected once the derived one exists.
   */
  private Checked checkAndDerive(Path project, BuildListener recording) throws IOException {
    Check.Result checked = check.run(project, recording);
    Problems problems = checked.problems();
    if (checked.config().isEmpty()) {
      problems.add("content/site.yaml", Position.FILE, "", Code.MISSING_PROFILE, Map.of("path", "content/site.yaml"));
    }
    if (problems.hasErrors()) {
      return new Checked(problems, checked.files(), null, null);
    }
    recording.started("derive", () -> 0);
    Stage.Clock clock = new Stage.Clock("derive");
    Derived derived = deriver.derive(checked.data(), problems);
    recording.finished(clock.end(derived.reports().size(), "báo cáo/reports"));
    return new Checked(problems, checked.files(), checked.config().orElseThrow(), derived);
  }

  private static SiteConfig withBaseUrl(SiteConfig c, String baseUrl) {
    if (baseUrl == null) {
      return c;
    }
    String url = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    return new SiteConfig(c.title(), c.description(), url, c.theme(), c.publisher(), c.licence(), c.dataVersion(),
        c.repository());
  }
}
