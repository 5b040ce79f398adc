package vn.xaso.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.cache.BuildCache;
import vn.xaso.cache.Scan;
import vn.xaso.problem.Problem;
import vn.xaso.testing.Reports;
import vn.xaso.testing.TinyProject;
import vn.xaso.testing.Trees;

/**
 * A long-lived build told what changed ({@code xaso serve}'s watcher, #26, item 3): it walks only
 * the hinted folders and checks only the output files it replaces or removes, gives the bytes a
 * clean build gives, and falls back to today's full scan on any doubt. Each test would fail if
 * the hint were ignored (a change no event told would be found) or followed too far.
 */
class HintedRebuildTest {
  private static final String HUNG_THANG = "data/hai-phong/hung-thang/2025-11-28_2025-12-05.yaml";
  private static final String CHI_MINH = "data/hai-phong/chi-minh/commune.yaml";

  @TempDir Path dir;
  private Path project;
  private Path out;
  private Path cache;

  @BeforeEach
  void copySample() throws IOException {
    project = TinyProject.copyOfSample(dir.resolve("project"));
    out = dir.resolve("target/preview");
    cache = dir.resolve("target/xaso-cache/preview");
  }

  private Build.Result run(Build build, Scan.Hint hint) throws IOException {
    return build.run(project, out, Build.Scope.SITE, null, BuildListener.NONE, hint);
  }

  /** What serve's watcher hands over after these files changed (paths as under the project). */
  private static Scan.Hint saw(String... files) {
    return Scan.Hint.files(Stream.of(files).map(f -> f.substring("data/".length())).toList());
  }

  private void edit(String file, String from, String to) throws IOException {
    Path p = project.resolve(file);
    String text = Files.readString(p, StandardCharsets.UTF_8);
    assertTrue(text.contains(from), from);
    Files.writeString(p, text.replace(from, to), StandardCharsets.UTF_8);
  }

  private void assertSameAsClean(Build.Result incremental) throws IOException {
    Path clean = dir.resolve("clean");
    if (Files.exists(clean)) {
      PathUtils.deleteDirectory(clean);
    }
    Build.Result full = new Build().run(project, clean, Build.Scope.SITE);
    assertEquals(messages(full.problems().all()), messages(incremental.problems().all()));
    assertTrue(full.ok() && incremental.ok(), () -> incremental.problems().all().toString());
    assertEquals(Trees.hashes(clean), Trees.hashes(out));
    assertEquals(full.written(), incremental.written());
  }

  private static List<String> messages(List<Problem> problems) {
    return problems.stream().map(Problem::format).toList();
  }

  @Test
  void aHintedRebuildReadsWhatTheWatcherSawAndAnUnsureOneFindsWhatNoEventTold() throws IOException {
    Build preview = Build.cached(cache, "tool-1");
    assertTrue(run(preview, saw(HUNG_THANG)).mode().kind() == Build.Mode.Kind.CLEAN, "the first build scans everything");

    edit(HUNG_THANG, "signer_name: Nguyễn Anh Tú", "signer_name: Nguyễn Anh Tuấn");
    // Changed without an event reaching the watcher (say, a folder watched too late).
    edit(CHI_MINH, "villages: 20", "villages: 21");
    Build.Result hinted = run(preview, saw(HUNG_THANG));
    assertEquals("cập nhật 1 xã / incremental, 1 commune", hinted.mode().text());
    assertTrue(hinted.reread(HUNG_THANG), "the hinted report is read again");
    assertFalse(hinted.reread(CHI_MINH), "the commune no event named is not walked: the hint is followed");

    Build.Result unsure = run(preview, Scan.Hint.UNSURE);
    assertEquals("cập nhật 1 xã / incremental, 1 commune", unsure.mode().text(), "the full scan finds it");
    assertTrue(unsure.reread(CHI_MINH));
    assertSameAsClean(unsure);

    // A build from the command line (no hint) scans everything too.
    edit(CHI_MINH, "villages: 21", "villages: 22");
    Build.Result command = preview.run(project, out, Build.Scope.SITE);
    assertEquals("cập nhật 1 xã / incremental, 1 commune", command.mode().text());
    assertSameAsClean(command);
  }

  @Test
  void afterAFailedBuildOrAnotherBuildOfTheSameCacheTheScanIsFullWhateverTheHint() throws IOException {
    Build preview = Build.cached(cache, "tool-1");
    run(preview, Scan.Hint.UNSURE);

    edit(HUNG_THANG, "total: 378", "total: many");
    assertFalse(run(preview, saw(HUNG_THANG)).ok());
    edit(HUNG_THANG, "total: many", "total: 378");
    edit(CHI_MINH, "villages: 20", "villages: 21");
    // The hint names the fixed report only; the failed build left the cache behind the data.
    Build.Result fixed = run(preview, saw(HUNG_THANG));
    assertEquals("cập nhật 1 xã / incremental, 1 commune", fixed.mode().text());
    assertTrue(fixed.reread(CHI_MINH), "found by the full scan after the failed build");
    assertSameAsClean(fixed);

    // `xaso build --out target/preview` from the command line, between two rebuilds of serve.
    edit("data/quang-ngai/minh-long/commune.yaml", "unit_type: xa", "unit_type: xa\nvillages: 12");
    assertEquals("cập nhật 1 xã / incremental, 1 commune", Build.cached(cache, "tool-1")
        .run(project, out, Build.Scope.SITE).mode().text());
    edit(CHI_MINH, "villages: 21", "villages: 22");
    edit(HUNG_THANG, "signer_name: Nguyễn Anh Tú", "signer_name: Nguyễn Anh Tuấn");
    Build.Result after = run(preview, saw(HUNG_THANG));
    assertEquals("cập nhật 2 xã / incremental, 2 communes", after.mode().text(), "another build wrote the cache");
    assertSameAsClean(after);

    edit(CHI_MINH, "villages: 22", "villages: 23");
    Build.Result followed = run(preview, saw(CHI_MINH));
    assertEquals("cập nhật 1 xã / incremental, 1 commune", followed.mode().text());
    assertFalse(followed.reread(HUNG_THANG), "its own cache again: the hint is followed");
    assertSameAsClean(followed);
  }

  @Test
  void anOutputFileEditedByHandIsCheckedRightBeforeItIsReplaced() throws IOException {
    Build preview = Build.cached(cache, "tool-1");
    run(preview, Scan.Hint.UNSURE);
    Map<String, String> before = Trees.hashes(out);
    edit(HUNG_THANG, "signer_name: Nguyễn Anh Tú", "signer_name: Nguyễn Anh Tuấn");
    assertEquals(Build.Mode.Kind.INCREMENTAL, run(preview, saw(HUNG_THANG)).mode().kind());
    Map<String, String> after = Trees.hashes(out);
    List<String> rewritten = new ArrayList<>(after.keySet().stream().filter(p -> !after.get(p).equals(before.get(p)))
        .sorted().toList());
    assertTrue(rewritten.contains("hai-phong/hung-thang/2025-11-28_2025-12-05/index.html"), rewritten.toString());
    String untouched = "quang-ngai/minh-long/index.html";
    assertFalse(rewritten.contains(untouched));

    // The same change back rewrites the same files: one of them and one it does not touch edited by hand.
    String page = rewritten.get(0);
    Files.writeString(out.resolve(page), "sửa tay");
    Files.writeString(out.resolve(untouched), "sửa tay");
    edit(HUNG_THANG, "signer_name: Nguyễn Anh Tuấn", "signer_name: Nguyễn Anh Tú");
    Build.Result edited = run(preview, saw(HUNG_THANG));
    assertEquals(Build.Mode.clean(BuildCache.Reason.OUTPUT_EDITED, page), edited.mode(),
        "found right before it would be replaced: clean, as after a plan that stat-ed every file");
    assertSameAsClean(edited);

    // A file the rebuild does not touch is not looked at: it stays as edited until a full scan.
    Files.writeString(out.resolve(untouched), "sửa tay");
    edit(HUNG_THANG, "signer_name: Nguyễn Anh Tú", "signer_name: Nguyễn Anh Tuấn");
    assertEquals(Build.Mode.Kind.INCREMENTAL, run(preview, saw(HUNG_THANG)).mode().kind());
    assertEquals("sửa tay", Files.readString(out.resolve(untouched)));
    Build.Result full = run(preview, Scan.Hint.UNSURE);
    assertEquals(Build.Mode.clean(BuildCache.Reason.OUTPUT_EDITED, untouched), full.mode());
    assertSameAsClean(full);
  }

  /**
   * A synthetic project of 34 provinces through a series of edits, each told to the build as
   * serve's watcher tells it, each compared with a clean build.
   */
  @Test
  @Tag("long") // ~1 minute under PIT, like IncrementalBuildTest's national series
  void aSeriesOfHintedEditsStaysIdenticalToACleanBuild() throws IOException {
    PathUtils.deleteDirectory(project);
    new vn.xaso.sample.SampleGenerator(40, 2, 11).write(project, Path.of("").toAbsolutePath());
    Build preview = Build.cached(cache, "tool-1");
    assertTrue(run(preview, Scan.Hint.UNSURE).ok());
    List<Path> latest = Reports.latestOfEachCommune(project);
    List<Path> received = latest.stream().filter(HintedRebuildTest::hasReceived).toList();
    List<String> three = new ArrayList<>();
    for (Path report : List.of(received.get(0), received.get(received.size() / 2), received.get(received.size() - 1))) {
      String text = Files.readString(report);
      Files.writeString(report, text.replaceFirst("(?m)^  received: ([0-9]+)$", "  received: 9$1"));
      three.add(rel(report));
    }
    Build.Result figures = run(preview, saw(three.toArray(String[]::new)));
    assertEquals("cập nhật 3 xã / incremental, 3 communes", figures.mode().text());
    assertSameAsClean(figures);

    // A commune's latest report withdrawn, another's changed again, a third's touched without a change.
    Path withdrawn = latest.stream().filter(p -> !received.subList(0, 4).contains(p)).findFirst().orElseThrow();
    Path again = received.get(1);
    Path touched = received.get(2);
    Files.delete(withdrawn);
    Files.writeString(again, Files.readString(again).replaceFirst("(?m)^  received: ([0-9]+)$", "  received: 1$1"));
    Files.setLastModifiedTime(touched, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
    Build.Result more = run(preview, saw(rel(withdrawn), rel(again), rel(touched)));
    assertEquals("cập nhật 2 xã / incremental, 2 communes", more.mode().text());
    assertSameAsClean(more);

    // A commune folder removed, told by its path alone: a doubt, so a full scan.
    Path gone = received.get(3).getParent();
    PathUtils.deleteDirectory(gone);
    Build.Result removed = run(preview, saw(rel(gone)));
    assertEquals("cập nhật 1 xã / incremental, 1 commune", removed.mode().text());
    assertSameAsClean(removed);
  }

  private static boolean hasReceived(Path report) {
    try {
      return java.util.regex.Pattern.compile("(?m)^  received: ([0-9]+)$").matcher(Files.readString(report)).find();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private String rel(Path file) {
    return project.relativize(file).toString().replace('\\', '/');
  }
}
