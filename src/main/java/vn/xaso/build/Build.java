package vn.xaso.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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

  /** Problems found, files read, and the files written (empty when the build stopped on errors). */
  public record Result(Problems problems, int filesRead, List<Output.Written> written) {
    public boolean ok() {
      return !problems.hasErrors();
    }
  }

  public Result run(Path project, Path out, Scope scope) throws IOException {
    return run(project, out, scope, null);
  }

  /**
   * Runs the build; a non-null {@code baseUrl} replaces the configured one, so CI can publish a
   * fork or a Pages project site under its own address without editing the configuration.
   */
  public Result run(Path project, Path out, Scope scope, String baseUrl) throws IOException {
    Check.Result checked = check.run(project);
    Problems problems = checked.problems();
    if (checked.config().isEmpty()) {
      problems.add("content/site.yaml", Position.FILE, "", Code.MISSING_PROFILE, Map.of("path", "content/site.yaml"));
    }
    if (problems.hasErrors()) {
      return new Result(problems, checked.files(), List.of());
    }
    SiteConfig config = withBaseUrl(checked.config().orElseThrow(), baseUrl);
    Derived derived = deriver.derive(checked.data(), problems);
    Output output = new Output(out);
    try {
      data.publish(derived, config, output);
      if (scope == Scope.SITE) {
        site.render(derived, config, project, output);
      }
      output.commit();
    } catch (IOException | RuntimeException e) {
      output.abort();
      throw e;
    }
    return new Result(problems, checked.files(), output.files());
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
