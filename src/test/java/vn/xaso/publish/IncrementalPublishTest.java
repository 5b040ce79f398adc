package vn.xaso.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Check;
import vn.xaso.derive.Changes;
import vn.xaso.derive.Derived;
import vn.xaso.derive.Deriver;
import vn.xaso.testing.TinyProject;

/**
 * The open data of an incremental build, made in this package: when one commune's report
 * changes, the files redone from the slices kept of the last build are byte for byte those a
 * clean build writes, the communes and provinces left alone are not written again, and the
 * national files and zip still hold every province.
 *
 * <p>Two provinces: Hải Phòng (Hùng Thắng, Chí Minh) and Quảng Ngãi (Tịnh Khê), a December
 * report each.
 */
class IncrementalPublishTest {
  @TempDir Path dir;

  private TinyProject project(int hungThangFullOnline) throws Exception {
    return TinyProject.withCommune(dir.resolve("p"))
        .file("data/hai-phong/hung-thang/2025-12.yaml", TinyProject.DECEMBER
            + "procedures: {total: 100, full_online: " + hungThangFullOnline + "}\ndossiers: {received: 40}\n")
        .file("data/hai-phong/chi-minh/commune.yaml", "slug: chi-minh\nname: Chí Minh\nunit_type: xa\nprovince: hai-phong\n")
        .file("data/hai-phong/chi-minh/2025-12.yaml", TinyProject.DECEMBER.replace("hung-thang", "chi-minh")
            .replace("Hùng Thắng", "Chí Minh") + "procedures: {total: 80, full_online: 20}\n")
        .file("data/quang-ngai/province.yaml", "slug: quang-ngai\nname: Quảng Ngãi\n")
        .file("data/quang-ngai/tinh-khe/commune.yaml", "slug: tinh-khe\nname: Tịnh Khê\nunit_type: xa\nprovince: quang-ngai\n")
        .file("data/quang-ngai/tinh-khe/2025-12.yaml", TinyProject.DECEMBER.replace("hung-thang", "tinh-khe")
            .replace("Hùng Thắng", "Tịnh Khê") + "human_resources: {trained: 12}\n");
  }

  private record Published(Map<String, byte[]> files, List<DataPublisher.ProvinceSlice> slices) {}

  private Published publish(TinyProject p, String site, Changes changes, DataPublisher.SliceStore store) throws Exception {
    Check.Result checked = new Check().run(p.root());
    assertFalse(checked.problems().hasErrors(), () -> checked.problems().all().toString());
    Derived derived = new Deriver().derive(checked.data(), checked.problems());
    Output out = new Output(dir.resolve(site));
    List<DataPublisher.ProvinceSlice> slices =
        new DataPublisher().publish(derived, checked.config().orElseThrow(), out, p.root(), changes, store);
    out.commit();
    Map<String, byte[]> files = new LinkedHashMap<>();
    Path root = dir.resolve(site);
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
        String rel = root.relativize(f).toString().replace('\\', '/');
        if (!rel.equals(OutputFolder.MARKER)) {
          files.put(rel, Files.readAllBytes(f));
        }
      }
    }
    return new Published(files, slices);
  }

  /** The slices a cache keeps of a build, by commune and province. */
  private static DataPublisher.SliceStore store(List<DataPublisher.ProvinceSlice> provinces) {
    Map<String, DataPublisher.Slice> communes = new LinkedHashMap<>();
    Map<String, DataPublisher.ProvinceSlice> bySlug = new LinkedHashMap<>();
    for (DataPublisher.ProvinceSlice p : provinces) {
      bySlug.put(p.slug(), p);
      for (int k = 0; k < p.communes().size(); k++) {
        communes.put(p.communes().get(k), p.slices().get(k));
      }
    }
    return new DataPublisher.SliceStore() {
      @Override
      public Optional<DataPublisher.Slice> commune(String key) {
        return Optional.ofNullable(communes.get(key));
      }

      @Override
      public Optional<DataPublisher.ProvinceSlice> province(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
      }
    };
  }

  @Test
  void oneChangedCommuneRedoesItsFilesAndTheNationsAsACleanBuildWould() throws Exception {
    Published before = publish(project(50), "before", Changes.ALL, DataPublisher.SliceStore.NONE);
    assertEquals(List.of("hai-phong", "quang-ngai"), before.slices().stream().map(DataPublisher.ProvinceSlice::slug).toList());
    assertEquals(List.of("hai-phong/chi-minh", "hai-phong/hung-thang"), before.slices().get(0).communes());

    TinyProject changed = project(70);
    Published clean = publish(changed, "clean", Changes.ALL, DataPublisher.SliceStore.NONE);
    Published incremental = publish(changed, "incremental", Changes.of(Set.of("hai-phong/hung-thang")), store(before.slices()));

    assertEquals(List.of("hai-phong"), incremental.slices().stream().map(DataPublisher.ProvinceSlice::slug).toList(),
        "only the changed province's slice goes back to the cache");
    for (Map.Entry<String, byte[]> f : incremental.files().entrySet()) {
      assertArrayEquals(clean.files().get(f.getKey()), f.getValue(), f.getKey());
    }
    Set<String> notRedone = new TreeSet<>(clean.files().keySet());
    notRedone.removeAll(incremental.files().keySet());
    assertFalse(notRedone.isEmpty());
    for (String path : notRedone) {
      assertTrue(path.startsWith("data/quang-ngai/") || path.startsWith("data/hai-phong/chi-minh/"),
          path + " is not the changed commune's, its province's or the nation's, so it is kept, not redone");
    }
    assertTrue(incremental.files().containsKey("data/hai-phong/hai-phong.zip"), "the changed commune's province's zip");
    assertFalse(incremental.files().containsKey("data/quang-ngai/quang-ngai.zip"), "the other province's zip is kept");
    assertTrue(incremental.files().containsKey("data/all/indicators.csv"));
    assertTrue(incremental.files().containsKey("data/xaso-open-data.zip"));
    assertTrue(new String(incremental.files().get("data/all/indicators.csv"), java.nio.charset.StandardCharsets.UTF_8)
        .contains("quang-ngai,Quảng Ngãi,tinh-khe"), "the nation's table holds the province taken from the cache");
    // And the changed figure is the new one: the cache did not stand in for the changed commune.
    assertFalse(java.util.Arrays.equals(before.files().get("data/hai-phong/hai-phong.zip"),
        incremental.files().get("data/hai-phong/hai-phong.zip")));
  }
}
