package vn.xaso.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.cache.BuildCache;
import vn.xaso.derive.Deriver;
import vn.xaso.publish.DataPublisher;
import vn.xaso.sample.SampleGenerator;
import vn.xaso.site.SiteRenderer;
import vn.xaso.testing.Reports;
import vn.xaso.testing.Trees;

/**
 * Pages a long-lived build keeps after a change to one commune (#26, item 3, sixth pass): the
 * pages that read no data at all, and the commune's report pages whose models hash as when this
 * renderer wrote them. Each test makes a change that must reach a page the rule could keep, checks
 * that it did, and compares the whole output with a clean build's.
 */
class KeptPagesTest {
  private static final Pattern ONLINE = Pattern.compile("(?m)^  received_online: ([0-9]+)$");

  @TempDir Path dir;
  private Path project;
  private Path out;
  private Path cache;
  private SiteRenderer renderer;
  private Build preview;
  /** The latest report of the first commune with a figure of dossiers received online, and an older one of the same commune. */
  private Path latest;
  private Path older;

  @BeforeEach
  void sample() throws IOException {
    project = dir.resolve("project");
    new SampleGenerator(12, 3, 5).write(project, Path.of("").toAbsolutePath());
    out = dir.resolve("target/preview");
    cache = dir.resolve("target/xaso-cache/preview");
    renderer = new SiteRenderer();
    // One long-lived build, as `xaso serve` keeps.
    preview = new Build(new Check(), new Deriver(), new DataPublisher(), renderer, new BuildCache(cache), "tool-1");
    assertTrue(preview.run(project, out, Build.Scope.SITE).ok());
    latest = Reports.latestOfEachCommune(project).stream().filter(KeptPagesTest::hasOnline).findFirst().orElseThrow();
    try (Stream<Path> files = Files.list(latest.getParent())) {
      older = files.filter(p -> p.getFileName().toString().matches("[0-9]{4}-[0-9]{2}\\.yaml") && !p.equals(latest)
          && hasOnline(p)).sorted().findFirst().orElseThrow();
    }
  }

  private Build.Result again(Build build) throws IOException {
    return Rebuilds.again(build, project, out);
  }

  private void assertSameAsClean() throws IOException {
    Rebuilds.assertSameAsClean(project, out, dir.resolve("clean"));
  }

  /** Moves the report's figure of dossiers received online by {@code by}: it feeds a ranked share. */
  private static void move(Path report, int by) throws IOException {
    String text = Files.readString(report, StandardCharsets.UTF_8);
    Matcher m = ONLINE.matcher(text);
    assertTrue(m.find(), "no received_online in " + report);
    Files.writeString(report, m.replaceFirst("  received_online: " + Math.max(0, Integer.parseInt(m.group(1)) + by)),
        StandardCharsets.UTF_8);
  }

  private static boolean hasOnline(Path report) {
    try {
      return ONLINE.matcher(Files.readString(report, StandardCharsets.UTF_8)).find();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The Vietnamese page of a report file: {@code <province>/<commune>/<period>/index.html}. */
  private String pageOf(Path report) {
    Path rel = project.resolve("data").relativize(report);
    String period = rel.getFileName().toString().replace(".yaml", "");
    return rel.getParent().toString().replace('\\', '/') + "/" + period + "/index.html";
  }

  private int reportsOfTheCommune() throws IOException {
    try (Stream<Path> files = Files.list(latest.getParent())) {
      return (int) files.filter(p -> p.getFileName().toString().matches("[0-9]{4}-[0-9]{2}\\.yaml")).count();
    }
  }

  @Test
  void aCommunesUnchangedReportPagesAreKeptAndAChangeToAnOlderReportReachesItsPage() throws IOException {
    move(latest, -1);
    again(preview);
    assertEquals(0, renderer.lastKeptStreamed(), "nothing written by this renderer yet: every report page is rendered");
    assertSameAsClean();

    Map<String, String> before = Trees.hashes(out);
    move(latest, 1);
    again(preview);
    // The commune's other reports, in both languages, hash as this renderer wrote them.
    assertEquals(2 * (reportsOfTheCommune() - 1), renderer.lastKeptStreamed());
    assertNotEquals(before.get(pageOf(latest)), Trees.hashes(out).get(pageOf(latest)), "the changed report's page");
    assertSameAsClean();

    // An older report of the same commune changes: its page, kept the time before, must move.
    before = Trees.hashes(out);
    move(older, 7);
    again(preview);
    assertNotEquals(before.get(pageOf(older)), Trees.hashes(out).get(pageOf(older)), "the older report's page");
    assertEquals(before.get(pageOf(latest)), Trees.hashes(out).get(pageOf(latest)), "the latest report's page did not move");
    assertSameAsClean();
  }

  @Test
  void aReportPageAnotherBuildWroteSinceIsRenderedAgain() throws IOException {
    move(latest, -1);
    again(preview);
    move(latest, 1);
    again(preview);
    String page = pageOf(older);
    String first = Trees.hashes(out).get(page);

    // Another build of the same output (`xaso build` beside the preview) writes the older report's page anew ...
    move(older, 7);
    again(Build.cached(cache, "tool-1"));
    assertNotEquals(first, Trees.hashes(out).get(page));
    // ... and the figure goes back: the preview's model hashes as when it wrote the page, but the
    // file on disk is the other build's, so it is rendered again, not kept.
    move(older, -7);
    again(preview);
    assertEquals(first, Trees.hashes(out).get(page));
    assertSameAsClean();
  }

  @Test
  void pagesThatReadNoDataAreKeptByARebuildAndFollowAChangeToContent() throws IOException {
    move(latest, -1);
    again(preview);
    // The dictionary, the glossary, the indicators' page and the content pages, in both languages.
    int contentPages;
    try (Stream<Path> files = Files.list(project.resolve("content/vi"))) {
      contentPages = (int) files.count();
    }
    assertTrue(renderer.lastReused() >= 2 * (3 + contentPages), "kept: " + renderer.lastReused());

    // content/ is the site's: a change there is a clean build, which reaches them.
    Path about = project.resolve("content/vi/about.md");
    Files.writeString(about, Files.readString(about, StandardCharsets.UTF_8) + "\nMột dòng mới về trang.\n",
        StandardCharsets.UTF_8);
    Build.Result r = preview.run(project, out, Build.Scope.SITE);
    assertTrue(r.ok());
    assertEquals(Build.Mode.Kind.CLEAN, r.mode().kind(), r.mode().text());
    assertTrue(Files.readString(out.resolve("about/index.html"), StandardCharsets.UTF_8).contains("Một dòng mới về trang."));
    move(latest, 1);
    again(preview);
    assertSameAsClean();
  }
}
