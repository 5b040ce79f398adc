package vn.xaso.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --project DIR} option every command takes, defined once and mixed in. */
final class ProjectOption {
  @Option(names = "--project", paramLabel = "DIR", defaultValue = ".",
      description = {"Thư mục dự án / project folder (mặc định / default: .)"})
  Path project;

  Path get() {
    return project;
  }
}
