package vn.xaso.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one writer to disk as an incremental build uses it: unchanged files kept without writing,
 * changed ones moved in, what was redone but not written removed with its empty folders, and
 * the counts a build reports; plus the chart CSV and its Excel copy.
 */
class IncrementalOutputTest {
  @TempDir Path dir;

  private Map<String, Output.Written> cleanBuild(Path site) throws Exception {
    Output out = new Output(site);
    out.writeText("index.html", "trang chủ");
    out.writeText("hai-phong/index.html", "Hải Phòng");
    out.writeText("hai-phong/hung-thang/index.html", "Hùng Thắng");
    assertEquals(site.toAbsolutePath().normalize(), out.target());
    assertFalse(out.keep("index.html"), "a clean build has nothing to keep");
    assertEquals(3, out.count());
    assertEquals(3, out.total());
    assertEquals(3, out.changed());
    Map<String, Output.Written> manifest = out.manifest();
    out.commit();
    return manifest;
  }

  @Test
  void anIncrementalBuildKeepsWritesAndRemovesExactlyWhatItRedid() throws Exception {
    Path site = dir.resolve("site");
    Map<String, Output.Written> before = cleanBuild(site);
    assertEquals(Output.sha256("Hải Phòng".getBytes(StandardCharsets.UTF_8)), before.get("hai-phong/index.html").sha256());

    // Hùng Thắng was removed: the province and home are redone, the commune's page is not written again.
    Output out = Output.incremental(site, before, p -> p.startsWith("hai-phong/") || p.equals("index.html"));
    out.writeText("hai-phong/index.html", "Hải Phòng, 0 xã");
    Output untouched = Output.incremental(site, before, p -> false);
    assertTrue(untouched.keep("index.html"), "an unchanged file is kept");
    assertFalse(untouched.keep("en/index.html"), "a file the last build did not write cannot be kept");
    untouched.abort();
    assertEquals(1, out.count());
    assertEquals(1, out.changed());
    assertEquals(1, out.total(), "the home was redone and not written: it is gone");
    assertEquals(List.of("hai-phong/index.html"), out.files().stream().map(Output.Written::path).toList());
    assertEquals(Map.of("hai-phong/index.html", out.files().get(0)), out.manifest());
    out.commit();

    assertEquals("Hải Phòng, 0 xã", Files.readString(site.resolve("hai-phong/index.html")));
    assertFalse(Files.exists(site.resolve("index.html")));
    assertFalse(Files.exists(site.resolve("hai-phong/hung-thang")), "no empty folder is left behind");
    assertTrue(Files.isRegularFile(site.resolve(OutputFolder.MARKER)));
    try (Stream<Path> beside = Files.list(dir)) {
      assertEquals(List.of("site"), beside.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".lock")).toList(),
          "no staging folder left");
    }
  }

  @Test
  void keptFilesCountInTheSiteAndInTheNextManifest() throws Exception {
    Path site = dir.resolve("site");
    Map<String, Output.Written> before = cleanBuild(site);
    Output out = Output.incremental(site, before, p -> p.equals("hai-phong/hung-thang/index.html"));
    out.writeText("hai-phong/hung-thang/index.html", "Hùng Thắng, tháng 12");
    assertTrue(out.keep("index.html"));
    assertEquals(2, out.count(), "written and kept");
    assertEquals(1, out.changed());
    assertEquals(3, out.total());
    assertEquals(before.get("hai-phong/index.html"), out.manifest().get("hai-phong/index.html"));
    assertEquals(3, out.manifest().size());
    out.commit();
    assertEquals("Hùng Thắng, tháng 12", Files.readString(site.resolve("hai-phong/hung-thang/index.html")));
    assertEquals("trang chủ", Files.readString(site.resolve("index.html")));
  }

  /** The owner of a file, as the cache groups them: its province's folder, "" for the nation's. */
  private static final java.util.function.Function<String, String> OWNER =
      p -> p.contains("/") ? p.substring(0, p.indexOf('/')) : "";

  /** An output with the nation's page and two provinces' pages written, each file's text its path. */
  private static Output twoProvinces(Path site) throws Exception {
    Output out = new Output(site);
    for (String path : List.of("index.html", "hai-phong/index.html", "hai-phong/hung-thang/index.html",
        "hai-phong/hung-thang/2025-11/index.html", "quang-ngai/index.html", "quang-ngai/minh-long/index.html")) {
      out.writeText(path, path);
    }
    return out;
  }

  /**
   * Files grouped by the province that owns them ("" for the nation's), as the cache keeps them
   * (#26): an untouched province's files are kept without being looked at and passed on as the
   * same map; a touched one's are redone as asked, its files not written again removed.
   */
  @Test
  void filesGroupedByOwnerAreLookedAtOnlyWhereTheBuildTouches() throws Exception {
    Path site = dir.resolve("site");
    Output first = twoProvinces(site);
    Map<String, Map<String, Output.Written>> before = first.owned(OWNER);
    first.commit();
    assertEquals(java.util.Set.of("", "hai-phong", "quang-ngai"), before.keySet());

    // Hùng Thắng's November report is gone; its commune page and the home are redone.
    Output out = Output.incremental(site, before, OWNER, java.util.Set.of("", "hai-phong"),
        p -> p.equals("index.html") || p.startsWith("hai-phong/hung-thang/"));
    out.writeText("index.html", "trang chủ mới");
    out.writeText("hai-phong/hung-thang/index.html", "Hùng Thắng, 0 báo cáo");
    assertTrue(out.keep("quang-ngai/minh-long/index.html"), "a page of an untouched province is kept");
    assertEquals(5, out.total());
    assertEquals(out.files(p -> p.endsWith(".html")).size(), out.count(p -> p.endsWith(".html")));
    assertEquals(2, out.count(p -> p.startsWith("hai-phong/")));
    Map<String, Map<String, Output.Written>> after = out.owned(OWNER);
    assertTrue(after.get("quang-ngai") == before.get("quang-ngai"), "nothing of it changed: the same map, not a copy");
    assertEquals(java.util.Set.of("hai-phong/index.html", "hai-phong/hung-thang/index.html"), after.get("hai-phong").keySet());
    assertEquals(new java.util.HashSet<>(out.manifest().values()), new java.util.HashSet<>(Output.flat(after)));
    assertEquals(5, Output.flat(after).size());
    out.commit();

    assertFalse(Files.exists(site.resolve("hai-phong/hung-thang/2025-11")), "the report's page and folder are gone");
    assertEquals("Hùng Thắng, 0 báo cáo", Files.readString(site.resolve("hai-phong/hung-thang/index.html")));
    assertEquals("quang-ngai/minh-long/index.html", Files.readString(site.resolve("quang-ngai/minh-long/index.html")));
  }

  /**
   * #26, seventh pass: a listing kept by a long-lived build lists and counts as the filter does,
   * and walks again only the owners' maps it has not seen: an owner no build touched since keeps
   * the very map, so its files are not asked about again.
   */
  @Test
  void aListingWalksOnlyTheMapsItHasNotSeenAndListsAsItsFilterDoes() throws Exception {
    Path site = dir.resolve("site");
    Output first = twoProvinces(site);
    Map<String, Map<String, Output.Written>> before = first.owned(OWNER);
    first.commit();
    java.util.Set<String> asked = java.util.concurrent.ConcurrentHashMap.newKeySet();
    java.util.function.Predicate<String> communes = p -> p.chars().filter(c -> c == '/').count() >= 2;
    Output.Listing listing = new Output.Listing(p -> {
      asked.add(p);
      return communes.test(p);
    });

    Output second = Output.incremental(site, before, OWNER, java.util.Set.of("", "hai-phong"),
        p -> p.equals("index.html") || p.startsWith("hai-phong/hung-thang/"));
    second.writeText("index.html", "trang chủ mới");
    second.writeText("hai-phong/hung-thang/index.html", "Hùng Thắng, 0 báo cáo");
    assertEquals(second.files(communes), second.files(listing));
    assertEquals(second.count(communes), second.count(listing));
    assertEquals(2, second.count(listing), "quang-ngai/minh-long and the rewritten hung-thang, once");
    Map<String, Map<String, Output.Written>> after = second.owned(OWNER);
    second.commit();

    // Hải Phòng again, a report added: its kept map is a new one, walked (Hùng Thắng's page kept);
    // Quảng Ngãi's map is the one the listing walked, not asked again.
    asked.clear();
    Output third = Output.incremental(site, after, OWNER, java.util.Set.of("hai-phong"),
        p -> p.equals("hai-phong/index.html"));
    third.writeText("hai-phong/index.html", "Hải Phòng, 1 báo cáo mới");
    third.writeText("hai-phong/hung-thang/2025-12/index.html", "tháng 12");
    assertEquals(third.files(communes), third.files(listing));
    assertEquals(third.count(communes), third.count(listing));
    assertEquals(List.of("hai-phong/hung-thang/2025-12/index.html", "hai-phong/hung-thang/index.html",
        "quang-ngai/minh-long/index.html"), third.files(listing).stream().map(Output.Written::path).toList());
    assertFalse(asked.contains("quang-ngai/minh-long/index.html"), "an untouched owner's files are not asked again");
    assertTrue(asked.containsAll(List.of("hai-phong/hung-thang/2025-12/index.html", "hai-phong/hung-thang/index.html")),
        "what the build wrote is asked, and the kept files of the owner it touched");
    third.commit();
  }

  /**
   * #26: a long-lived build that did not stat the whole output checks each file right before it
   * replaces or removes it; one edited by hand since stops the commit before anything moves.
   */
  @Test
  void aFileEditedSinceTheLastBuildStopsTheCommitBeforeAnythingMoves() throws Exception {
    Path site = dir.resolve("site");
    Map<String, Output.Written> before = cleanBuild(site);
    java.util.function.Predicate<Output.Written> intact = w -> {
      try {
        return Output.sha256(Files.readAllBytes(site.resolve(w.path()))).equals(w.sha256());
      } catch (java.io.IOException e) {
        return false;
      }
    };
    Files.writeString(site.resolve("hai-phong/index.html"), "sửa tay");
    Files.writeString(site.resolve("index.html"), "sửa tay");
    // Hùng Thắng removed: the province page rewritten, the commune's page removed, the home kept.
    Output out = Output.incremental(site, Map.of("", before), p -> "", java.util.Set.of(""),
        p -> p.startsWith("hai-phong/"), intact);
    out.writeText("hai-phong/index.html", "Hải Phòng, 0 xã");
    Output.EditedByHand stopped = org.junit.jupiter.api.Assertions.assertThrows(Output.EditedByHand.class, out::commit);
    assertEquals("hai-phong/index.html", stopped.path(), "the home is kept, so not looked at");
    assertEquals("sửa tay", Files.readString(site.resolve("hai-phong/index.html")));
    assertEquals("Hùng Thắng", Files.readString(site.resolve("hai-phong/hung-thang/index.html")), "nothing removed");
    out.abort();

    // The file about to be removed is checked the same way.
    Files.writeString(site.resolve("hai-phong/index.html"), "Hải Phòng");
    Files.writeString(site.resolve("hai-phong/hung-thang/index.html"), "sửa tay");
    Output again = Output.incremental(site, Map.of("", before), p -> "", java.util.Set.of(""),
        p -> p.startsWith("hai-phong/"), intact);
    again.writeText("hai-phong/index.html", "Hải Phòng, 0 xã");
    assertEquals("hai-phong/hung-thang/index.html",
        org.junit.jupiter.api.Assertions.assertThrows(Output.EditedByHand.class, again::commit).path());
    assertEquals("Hải Phòng", Files.readString(site.resolve("hai-phong/index.html")), "nothing replaced");
    again.abort();

    Files.writeString(site.resolve("hai-phong/hung-thang/index.html"), "Hùng Thắng");
    Output fine = Output.incremental(site, Map.of("", before), p -> "", java.util.Set.of(""),
        p -> p.startsWith("hai-phong/"), intact);
    fine.writeText("hai-phong/index.html", "Hải Phòng, 0 xã");
    fine.commit();
    assertEquals("Hải Phòng, 0 xã", Files.readString(site.resolve("hai-phong/index.html")));
    assertFalse(Files.exists(site.resolve("hai-phong/hung-thang")));
    assertEquals("sửa tay", Files.readString(site.resolve("index.html")), "a file the build does not touch is not looked at");
  }

  @Test
  void anAbortedBuildLeavesTheSiteAsItWas() throws Exception {
    Path site = dir.resolve("site");
    cleanBuild(site);
    Output out = new Output(site);
    out.writeText("index.html", "nửa chừng");
    out.abort();
    assertEquals("trang chủ", Files.readString(site.resolve("index.html")));
    try (Stream<Path> beside = Files.list(dir)) {
      assertEquals(0, beside.filter(p -> p.getFileName().toString().contains("staging")).count(),
          "the staged files are dropped");
    }
  }

  @Test
  void aChartTableIsNeutralisedCsvAndItsExcelCopyStartsWithAByteOrderMark() {
    byte[] csv = CsvBytes.table(List.of("xã", "giá trị"), List.of(List.of("=HYPERLINK(\"x\")", 58.5)));
    assertEquals("xã,giá trị\r\n\"'=HYPERLINK(\"\"x\"\")\",58.5\r\n", new String(csv, StandardCharsets.UTF_8));
    byte[] excel = CsvBytes.excel(csv);
    assertArrayEquals(CsvBytes.BOM, java.util.Arrays.copyOf(excel, 3));
    assertArrayEquals(csv, java.util.Arrays.copyOfRange(excel, 3, excel.length));
  }

  @Test
  void aFileWrittenAgainOutsideWhatWasRedoneCountsOnceAndComesBackAsWritten() throws Exception {
    Path site = dir.resolve("site");
    Map<String, Output.Written> before = cleanBuild(site);
    Output out = Output.incremental(site, before, p -> p.equals("hai-phong/hung-thang/index.html"));
    Output.Written home = out.writeText("index.html", "trang chủ mới");
    assertEquals(new Output.Written("index.html", "trang chủ mới".getBytes(StandardCharsets.UTF_8).length,
        Output.sha256("trang chủ mới".getBytes(StandardCharsets.UTF_8))), home);
    out.writeText("hai-phong/index.html", "Hải Phòng");
    assertEquals(2, out.total(), "the home and the province, kept and written again, are a file each; Hùng Thắng's was"
        + " redone, not written");
    assertEquals(home, out.manifest().get("index.html"));
    out.commit();
    assertEquals("trang chủ mới", Files.readString(site.resolve("index.html")));
  }

  @Test
  void anIncrementalCommitClearsWhatAKilledBuildLeftBesideTheSite() throws Exception {
    Path site = dir.resolve("site");
    Map<String, Output.Written> before = cleanBuild(site);
    Path staging = Files.createDirectories(dir.resolve(".site.staging-killed/hai-phong"));
    Path replaced = Files.createDirectories(dir.resolve(".site.replaced-killed"));
    Files.writeString(staging.resolve("index.html"), "nửa chừng");
    Output out = Output.incremental(site, before, p -> p.equals("index.html"));
    out.writeText("index.html", "trang chủ, tháng 12");
    out.commit();
    assertFalse(Files.exists(dir.resolve(".site.staging-killed")), "a killed build's staging is removed");
    assertFalse(Files.exists(replaced));
    assertEquals("Hùng Thắng", Files.readString(site.resolve("hai-phong/hung-thang/index.html")));
  }

  @Test
  void aRenderTaskStillRunningWhenTheBuildStopsFailsInsteadOfWaiting() throws Exception {
    Output out = new Output(dir.resolve("site"));
    out.writeText("index.html", "trang chủ");
    out.abort();
    java.util.concurrent.ExecutorService task = java.util.concurrent.Executors.newSingleThreadExecutor();
    try {
      java.util.concurrent.Future<?> late = task.submit(() -> out.writeText("en/index.html", "home"));
      java.util.concurrent.ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(
          java.util.concurrent.ExecutionException.class, () -> late.get(20, java.util.concurrent.TimeUnit.SECONDS));
      assertTrue(e.getCause() instanceof IllegalStateException, String.valueOf(e.getCause()));
    } finally {
      task.shutdownNow();
    }
    assertFalse(Files.exists(dir.resolve("site")), "nothing was put in place");
  }
}
