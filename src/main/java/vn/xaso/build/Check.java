package vn.xaso.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import vn.xaso.load.Dataset;
import vn.xaso.load.Limits;
import vn.xaso.load.ProjectLoader;
import vn.xaso.model.SiteConfig;
import vn.xaso.problem.Problems;
import vn.xaso.schema.Schema;
import vn.xaso.validate.EvidenceChecks;
import vn.xaso.validate.Validator;

/** The first two stages of every build: load and validate, collecting problems. */
public final class Check {
  private final Schema schema;
  private final Limits limits;
  private final Validator validator;

  public Check() {
    this(new Schema(), Limits.DEFAULT, new Validator());
  }

  public Check(Schema schema, Limits limits, Validator validator) {
    this.schema = schema;
    this.limits = limits;
    this.validator = validator;
  }

  /** The data and configuration read, every problem found, and how many files were read. */
  public record Result(Dataset data, Optional<SiteConfig> config, Problems problems, int files) {}

  public Result run(Path project) throws IOException {
    return run(project, BuildListener.NONE);
  }

  /**
   * Loads only the given data files ({@code data/...}), and {@code content/site.yaml}, without
   * validating: an incremental build validates what it read, and takes the rest from its cache.
   */
  public Result load(Path project, List<String> files) throws IOException {
    Problems problems = new Problems();
    ProjectLoader loader = new ProjectLoader(schema, limits);
    Dataset data = loader.load(project, files, problems);
    return new Result(data, config(loader, project, problems), problems, files.size());
  }

  /**
   * The semantic rules and the evidence rules over {@code data}, adding to {@code problems}: an
   * incremental build checks the reports it read again as a clean build checks them.
   */
  public void validate(Path project, Dataset data, Problems problems) {
    validator.validate(data, problems);
    new EvidenceChecks(schema).check(project, data, problems);
  }

  /** The semantic rules over {@code data}, adding to {@code problems}. */
  public void validate(Dataset data, Problems problems) {
    validator.validate(data, problems);
  }

  /** Loads and validates {@code data/}, and {@code content/site.yaml} when the project has one. */
  public Result run(Path project, BuildListener listener) throws IOException {
    Problems problems = new Problems();
    ProjectLoader loader = new ProjectLoader(schema, limits);
    Stages stages = new Stages(listener);
    Result loaded = stages.stage("load", () -> 0, Stages.FILES, () -> {
      Dataset data = loader.load(project, problems);
      Optional<SiteConfig> config = config(loader, project, problems);
      int files = data.filesRead() + (Files.exists(project.resolve("content/site.yaml")) ? 1 : 0);
      return new Result(data, config, problems, files);
    }, Result::files);
    return stages.stage("validate", () -> 0, Stages.REPORTS, () -> {
      validator.validate(loaded.data(), problems);
      new EvidenceChecks(schema).check(project, loaded.data(), problems);
      SiteRules.check(project, loaded.data(), loaded.config(), problems);
      return loaded;
    }, r -> r.data().reports().size());
  }

  /** {@code content/site.yaml}, when the project has one (a data-only project has none). */
  private static Optional<SiteConfig> config(ProjectLoader loader, Path project, Problems problems) throws IOException {
    return Files.exists(project.resolve("content/site.yaml")) ? loader.loadConfig(project, problems) : Optional.empty();
  }
}
