package vn.xaso.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Report files of a synthetic project, found the way a test or the benchmark edits them. */
public final class Reports {
  private Reports() {}

  /** The latest monthly report of each commune folder, in folder order. */
  public static List<Path> latestOfEachCommune(Path project) throws IOException {
    try (Stream<Path> walk = Files.walk(project.resolve("data"))) {
      List<Path> reports = walk.filter(p -> p.getFileName().toString().matches("[0-9]{4}-[0-9]{2}\\.yaml")).sorted()
          .toList();
      return reports.stream().map(Path::getParent).distinct()
          .map(folder -> reports.stream().filter(p -> p.getParent().equals(folder)).reduce((a, b) -> b).orElseThrow())
          .toList();
    }
  }
}
