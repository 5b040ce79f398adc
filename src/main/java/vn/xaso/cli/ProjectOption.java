package vn.xaso.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;
import vn.xaso.problem.Code;
import vn.xaso.problem.Stop;

/** The {@code --project DIR} option every command takes, defined once and mixed in. */
final class ProjectOption {
  @Option(names = "--project", paramLabel = "DIR", defaultValue = ".",
      description = {"Thư mục dự án / project folder (mặc định / default: .)"})
  Path project;

  /** The project folder; a missing one is a mistake in the command (exit 2), not in data. */
  Path get() {
    if (!Files.isDirectory(project)) {
      throw Stop.usage(project.toString(), Code.NO_PROJECT, Map.of("dir", project.toString()));
    }
    return project;
  }
}
