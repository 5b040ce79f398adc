package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar staff download, run as they run it: it builds the sample site without what pom.xml keeps
 * out of it. The unit tests cannot show this, since the tests' own classpath holds some of those
 * libraries (the HTML checker needs ICU4J).
 */
class LeanJarIT {
  private static final Path JAR = Path.of("target/xaso.jar");

  @Test
  void theJarHoldsNoneOfWhatTheBuildNeverRuns() throws IOException {
    try (ZipFile zip = new ZipFile(JAR.toFile())) {
      for (String banned : List.of("com/ibm/icu/", "com/orientechnologies/", "jnr/ffi/", "com/carrotsearch/hppc/",
          "com/openhtmltopdf/", "com/vladsch/flexmark/pdf/")) {
        assertTrue(zip.stream().noneMatch(e -> e.getName().startsWith(banned)), banned + " is back in xaso.jar");
      }
    }
  }

  @Test
  void theJarBuildsTheSampleSiteOnItsOwn(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("site");
    Path log = tmp.resolve("log.txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process build = new ProcessBuilder(java, "-jar", JAR.toString(), "build", "--no-cache", "--out", out.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(build.waitFor(3, TimeUnit.MINUTES), "the build finishes");
    String said = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, build.exitValue(), said);
    assertFalse(said.contains("Exception"), said);
    Document about = Jsoup.parse(out.resolve("about" + File.separator + "index.html").toFile(), "UTF-8");
    assertFalse(about.select("main p").text().isBlank(), "a Markdown page rendered by the jar alone");
    assertTrue(Files.isRegularFile(out.resolve("data/all/reports.csv")));
  }
}
