package vn.xaso.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an incremental build learns of the data folder: each file in its place with its stamp, a
 * file hashed only when its size or time changed, and anything a clean build would report found.
 */
class ScanTest {
  @TempDir Path project;

  private Path write(String file, String text) throws IOException {
    Path p = project.resolve(file);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private void layout() throws IOException {
    write("data/hai-phong/province.yaml", "slug: hai-phong\n");
    write("data/hai-phong/hung-thang/commune.yaml", "slug: hung-thang\n");
    write("data/hai-phong/hung-thang/2025-12.yaml", "commune: hung-thang\n");
    write("data/hai-phong/an-lao/commune.yaml", "slug: an-lao\n");
  }

  @Test
  void eachFileIsPlacedUnderItsProvinceOrCommuneWithItsContentHash() throws Exception {
    layout();
    Scan scan = Scan.of(project, Map.of());
    assertEquals(Optional.empty(), scan.unusual());
    assertEquals(List.of("hai-phong"), List.copyOf(scan.provinces().keySet()));
    assertEquals(sha256("slug: hai-phong\n"), scan.provinces().get("hai-phong").sha256());
    assertEquals(List.of("hai-phong/an-lao", "hai-phong/hung-thang"), List.copyOf(scan.units().keySet()));
    assertEquals(List.of("data/hai-phong/hung-thang/2025-12.yaml", "data/hai-phong/hung-thang/commune.yaml"),
        scan.units().get("hai-phong/hung-thang").stream().map(FileStamp::file).toList(), "files sorted by name");
    FileStamp report = scan.units().get("hai-phong/hung-thang").get(0);
    assertEquals("commune: hung-thang\n".length(), report.size());
    assertEquals(sha256("commune: hung-thang\n"), report.sha256());
    assertEquals(List.of("data/hai-phong/an-lao/commune.yaml", "data/hai-phong/hung-thang/2025-12.yaml",
        "data/hai-phong/hung-thang/commune.yaml", "data/hai-phong/province.yaml"), List.copyOf(scan.all().keySet()));
  }

  @Test
  void aFileWithTheStampTheCacheKnowsIsNotReadAgain() throws Exception {
    layout();
    FileStamp first = Scan.of(project, Map.of()).provinces().get("hai-phong");
    // The same size and time with another hash: only a scan that trusts the stat gives it back.
    FileStamp known = new FileStamp(first.file(), first.size(), first.modifiedNanos(), "known");
    assertSame(known, Scan.of(project, Map.of(first.file(), known)).provinces().get("hai-phong"));
    FileStamp otherTime = new FileStamp(first.file(), first.size(), first.modifiedNanos() - 1, "known");
    assertEquals(first.sha256(), Scan.of(project, Map.of(first.file(), otherTime)).provinces().get("hai-phong").sha256());
    FileStamp otherSize = new FileStamp(first.file(), first.size() + 1, first.modifiedNanos(), "known");
    assertEquals(first.sha256(), Scan.of(project, Map.of(first.file(), otherSize)).provinces().get("hai-phong").sha256());
  }

  @Test
  void theStatDecidesOnlyForTheSameFile() {
    FileStamp a = new FileStamp("data/a/province.yaml", 10, 5, "x");
    assertTrue(a.sameStat(new FileStamp("data/a/province.yaml", 10, 5, "y")));
    assertEquals(false, a.sameStat(new FileStamp("data/b/province.yaml", 10, 5, "x")));
    assertEquals(false, a.sameStat(new FileStamp("data/a/province.yaml", 11, 5, "x")));
    assertEquals(false, a.sameStat(new FileStamp("data/a/province.yaml", 10, 6, "x")));
    assertEquals(false, a.sameStat(null));
  }

  @Test
  void aProjectWithoutDataIsUnusual() {
    Scan scan = Scan.of(project, Map.of());
    assertEquals(Optional.of("no data folder"), scan.unusual());
    assertTrue(scan.all().isEmpty());
  }

  @Test
  void aStrayFileIsUnusualAndTheFirstByNameIsTold() throws Exception {
    layout();
    write("data/hai-phong/hung-thang/notes.txt", "x");
    write("data/hai-phong/hung-thang/bao-cao.yaml", "x");
    write("data/hai-phong/README.md", "ignored");
    write("data/hai-phong/hung-thang/.DS_Store", "ignored");
    assertEquals(Optional.of("data/hai-phong/hung-thang/bao-cao.yaml"), Scan.of(project, Map.of()).unusual());
  }

  @Test
  void readmeAndHiddenFilesAreLeftOut() throws Exception {
    layout();
    write("data/README.md", "ignored");
    write("data/hai-phong/hung-thang/.DS_Store", "ignored");
    Scan scan = Scan.of(project, Map.of());
    assertEquals(Optional.empty(), scan.unusual());
    assertEquals(4, scan.all().size());
  }

  @Test
  void aFileTooLargeToBeAReportIsUnusualAndNeverHashed() throws Exception {
    layout();
    Path big = project.resolve("data/hai-phong/hung-thang/2025-11.yaml");
    Files.write(big, new byte[1024 * 1024 + 1]);
    assertEquals(Optional.of("data/hai-phong/hung-thang/2025-11.yaml"), Scan.of(project, Map.of()).unusual());
    Files.write(big, new byte[1024 * 1024]);
    assertEquals(Optional.empty(), Scan.of(project, Map.of()).unusual(), "exactly the limit is still a report");
  }

  @Test
  void aLinkIsUnusual() throws Exception {
    layout();
    Path target = write("elsewhere/secret.yaml", "x");
    Files.createSymbolicLink(project.resolve("data/hai-phong/hung-thang/2025-11.yaml"), target);
    assertEquals(Optional.of("data/hai-phong/hung-thang/2025-11.yaml"), Scan.of(project, Map.of()).unusual());
  }

  @Test
  void theHashIsTheFilesBytes() throws Exception {
    layout();
    String before = Scan.of(project, Map.of()).provinces().get("hai-phong").sha256();
    write("data/hai-phong/province.yaml", "slug: hai-phong\nname: Hải Phòng\n");
    assertNotEquals(before, Scan.of(project, Map.of()).provinces().get("hai-phong").sha256());
  }

  private static Scan.Hint saw(String... files) {
    return Scan.Hint.files(List.of(files));
  }

  /**
   * #26: a long-lived build's scan made from the last one and what its watcher saw change walks
   * the hinted folders as a full scan would and keeps every other stamp as it was.
   */
  @Test
  void aHintedScanWalksTheHintedFoldersAsAFullScanAndKeepsTheRest() throws Exception {
    layout();
    write("data/quang-ngai/province.yaml", "slug: quang-ngai\n");
    write("data/quang-ngai/minh-long/commune.yaml", "slug: minh-long\n");
    Scan last = Scan.of(project, Map.of());
    write("data/hai-phong/hung-thang/2025-12.yaml", "commune: hung-thang\nprocedures: {total: 3}\n");
    write("data/hai-phong/hung-thang/2026-01.yaml", "commune: hung-thang\n");
    write("data/quang-ngai/province.yaml", "slug: quang-ngai\nname: Quảng Ngãi\n");
    // Changed without an event the watcher would deliver.
    write("data/hai-phong/an-lao/commune.yaml", "slug: an-lao\nvillages: 3\n");

    Scan hinted = Scan.since(project, last, saw("hai-phong/hung-thang/2025-12.yaml", "hai-phong/hung-thang/2026-01.yaml",
        "quang-ngai/province.yaml")).orElseThrow();
    Scan full = Scan.of(project, last.all());
    assertEquals(Optional.empty(), hinted.unusual());
    assertEquals(full.units().get("hai-phong/hung-thang"), hinted.units().get("hai-phong/hung-thang"));
    assertEquals(3, hinted.units().get("hai-phong/hung-thang").size(), "the new report too");
    assertEquals(full.provinces(), hinted.provinces());
    assertSame(last.units().get("hai-phong/an-lao"), hinted.units().get("hai-phong/an-lao"), "not walked: kept");
    assertNotEquals(full.units().get("hai-phong/an-lao"), hinted.units().get("hai-phong/an-lao"),
        "so a change no event told is not seen; only a full scan finds it");
    assertSame(last.units().get("quang-ngai/minh-long"), hinted.units().get("quang-ngai/minh-long"),
        "a province's own file walks its own files, not its communes'");
    assertEquals(full.units().keySet(), hinted.units().keySet());
    assertEquals(full.count(), hinted.count());
    assertEquals(full.all().size(), full.count());

    assertEquals(Optional.empty(), Scan.since(project, last, Scan.Hint.UNSURE), "unsure: a full scan instead");
    assertEquals(Optional.of(last.units()), Scan.since(project, last, saw()).map(Scan::units), "nothing seen, nothing walked");
  }

  @Test
  void aHintedFileRemovedLeavesItsCommuneOrProvinceWithoutIt() throws Exception {
    layout();
    Scan last = Scan.of(project, Map.of());
    Files.delete(project.resolve("data/hai-phong/hung-thang/2025-12.yaml"));
    Scan hinted = Scan.since(project, last, saw("hai-phong/hung-thang/2025-12.yaml")).orElseThrow();
    assertEquals(Scan.of(project, Map.of()).units(), hinted.units());
    Files.delete(project.resolve("data/hai-phong/province.yaml"));
    assertEquals(Map.of(), Scan.since(project, last, saw("hai-phong/province.yaml")).orElseThrow().provinces());
  }

  @Test
  void aFolderCreatedOrRemovedAStrangerInDataOrAnythingUnusualIsADoubt() throws Exception {
    layout();
    Scan last = Scan.of(project, Map.of());
    write("data/hai-phong/tan-tien/commune.yaml", "slug: tan-tien\n");
    assertEquals(Optional.empty(), Scan.since(project, last, saw("hai-phong/tan-tien/commune.yaml")), "created");
    assertEquals(Optional.empty(), Scan.since(project, last, saw("hai-phong/tan-tien")), "created");
    write("data/quang-ngai/province.yaml", "slug: quang-ngai\n");
    assertEquals(Optional.empty(), Scan.since(project, last, saw("quang-ngai/province.yaml")), "a new province");
    assertEquals(Optional.empty(), Scan.since(project, last, saw("quang-ngai")), "a new province");
    org.apache.commons.io.file.PathUtils.deleteDirectory(project.resolve("data/hai-phong/an-lao"));
    assertEquals(Optional.empty(), Scan.since(project, last, saw("hai-phong/an-lao/commune.yaml")), "removed");
    assertEquals(Optional.empty(), Scan.since(project, last, saw("hai-phong/an-lao")), "removed");
    write("data/ghi-chu.txt", "x");
    assertEquals(Optional.empty(), Scan.since(project, last, saw("ghi-chu.txt")), "not a province's folder");
    write("data/hai-phong/hung-thang/ghi-chu.txt", "x");
    assertEquals(Optional.empty(), Scan.since(project, last, saw("hai-phong/hung-thang/ghi-chu.txt")),
        "unusual: the clean build names it after a full scan");
    write("data/hai-phong/ghi-chu.txt", "x");
    assertEquals(Optional.empty(), Scan.since(project, last, saw("hai-phong/province.yaml")),
        "a province's own files are listed again whole");
    assertEquals(Optional.empty(), Scan.since(project, Scan.of(project, Map.of()), saw()), "the last scan was unusual");
  }
}
