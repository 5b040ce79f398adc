package vn.xaso.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.derive.Changes;
import vn.xaso.publish.DataPublisher.ProvinceSlice;
import vn.xaso.publish.DataPublisher.Slice;
import vn.xaso.publish.DataPublisher.SliceStore;

/**
 * The cache's own files and plans, one piece at a time (issue #27, found by PIT: the whole-build
 * tests pass through these without looking at each): a file is its SHA-256 then its bytes, and
 * anything else is damaged; what an incremental plan reads again; which slices a store lends.
 */
class BuildCacheFilesTest {
  @TempDir Path dir;

  @Test
  void aCacheFileIsItsSumThenItsBytesAndComesBackWhole() throws Exception {
    Path file = dir.resolve("x.bin");
    byte[] body = "một tỉnh".getBytes(StandardCharsets.UTF_8);
    BuildCache.write(file, body);
    byte[] stored = Files.readAllBytes(file);
    assertEquals(32 + body.length, stored.length);
    assertArrayEquals(Fingerprint.sha().digest(body), java.util.Arrays.copyOf(stored, 32));
    assertArrayEquals(body, BuildCache.read(file));
    assertFalse(Files.exists(dir.resolve("x.bin.tmp")), "written beside, then moved in place");

    BuildCache.write(file, new byte[0]);
    assertArrayEquals(new byte[0], BuildCache.read(file), "an empty body is still a whole file");
  }

  @Test
  void aFileShorterThanItsSumOrWithAnyByteChangedIsDamaged() throws Exception {
    Path file = dir.resolve("y.bin");
    BuildCache.write(file, "abc".getBytes(StandardCharsets.US_ASCII));
    byte[] good = Files.readAllBytes(file);
    for (int i = 0; i < good.length; i++) {
      byte[] bad = good.clone();
      bad[i] ^= 1;
      Files.write(file, bad);
      assertThrows(BuildCache.Damaged.class, () -> BuildCache.read(file), "byte " + i);
    }
    Files.write(file, java.util.Arrays.copyOf(good, 31));
    assertThrows(BuildCache.Damaged.class, () -> BuildCache.read(file));
    Files.write(file, new byte[0]);
    assertThrows(BuildCache.Damaged.class, () -> BuildCache.read(file));
  }

  @Test
  void anIncrementalPlanRereadsEveryProvinceProfileAndOnlyTheChangedCommunesFiles() {
    FileStamp province = new FileStamp("data/hai-phong/province.yaml", 1, 1, "a");
    FileStamp other = new FileStamp("data/quang-ngai/province.yaml", 1, 1, "b");
    Scan scan = new Scan(Map.of("hai-phong", province, "quang-ngai", other), Map.of(
        "hai-phong/hung-thang", List.of(stamp("data/hai-phong/hung-thang/2025-12.yaml"),
            stamp("data/hai-phong/hung-thang/commune.yaml")),
        "hai-phong/an-lu", List.of(stamp("data/hai-phong/an-lu/commune.yaml")),
        "quang-ngai/ba-to", List.of(stamp("data/quang-ngai/ba-to/commune.yaml"))), Optional.empty());
    BuildCache.Incremental plan = new BuildCache.Incremental(Changes.of(Set.of("hai-phong/hung-thang")), scan,
        new BuildCache.State("f", "out", Map.of(), Map.of(), Map.of()));
    assertEquals(List.of("data/hai-phong/hung-thang/2025-12.yaml", "data/hai-phong/hung-thang/commune.yaml",
        "data/hai-phong/province.yaml", "data/quang-ngai/province.yaml"), plan.reload(), "sorted, profiles included");
    assertEquals("f", plan.fingerprint());
    assertFalse(plan.nothingChanged());
    assertTrue(new BuildCache.Incremental(Changes.of(Set.of()), scan, plan.state()).nothingChanged());
    assertFalse(new BuildCache.Clean(BuildCache.Reason.NO_CACHE, "", scan, "f").nothingChanged(), "a clean build redoes all");

    BuildCache.Clean instead = plan.instead(BuildCache.Reason.ERRORS);
    assertEquals(BuildCache.Reason.ERRORS, instead.why());
    assertEquals(scan, instead.scan());
    assertEquals("f", instead.fingerprint());
    assertEquals(Changes.ALL, instead.changes());
  }

  @Test
  void aStoreLendsTheSlicesOfWhatDidNotChangeOnly() {
    Slice a = new Slice(List.of(new byte[] {1}), new byte[] {2}, List.of());
    Slice b = new Slice(List.of(new byte[] {3}), new byte[] {4}, List.of());
    Slice c = new Slice(List.of(new byte[] {5}), new byte[] {6}, List.of());
    ProvinceSlice hp = new ProvinceSlice("hai-phong", List.of("hai-phong/an-lu", "hai-phong/hung-thang"), List.of(a, b),
        List.of(), List.of());
    ProvinceSlice qn = new ProvinceSlice("quang-ngai", List.of("quang-ngai/ba-to"), List.of(c), List.of(), List.of());
    SliceStore store = BuildCache.store(Map.of("hai-phong", hp, "quang-ngai", qn), Changes.of(Set.of("hai-phong/hung-thang")));
    assertEquals(Optional.of(a), store.commune("hai-phong/an-lu"), "each commune its own slice, by position");
    assertEquals(Optional.empty(), store.commune("hai-phong/hung-thang"), "changed: made again");
    assertEquals(Optional.of(c), store.commune("quang-ngai/ba-to"));
    assertEquals(Optional.empty(), store.commune("quang-ngai/none"));
    assertEquals(Optional.empty(), store.province("hai-phong"), "its province is redone");
    assertEquals(Optional.of(qn), store.province("quang-ngai"));
    assertEquals(Optional.empty(), store.province("ha-noi"));
  }

  @Test
  void everyReasonForACleanBuildIsWordedInBothLanguagesWithItsDetailAfter() {
    for (BuildCache.Reason r : BuildCache.Reason.values()) {
      assertTrue(r.vi("X").endsWith("X") && r.en("X").endsWith("X"), r.name());
      assertFalse(r.vi("").isBlank() || r.en("").isBlank(), r.name());
    }
    assertEquals("tệp kết quả bị sửa hoặc mất: a/index.html", BuildCache.Reason.OUTPUT_EDITED.vi("a/index.html"));
    assertEquals("output file edited or missing: a/index.html", BuildCache.Reason.OUTPUT_EDITED.en("a/index.html"));
  }

  private static FileStamp stamp(String file) {
    return new FileStamp(file, 1, 1, "0");
  }
}
