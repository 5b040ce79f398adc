package vn.xaso.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.xaso.build.Check;
import vn.xaso.testing.TinyProject;

/** Where a file under data/ belongs: every folder a lowercase ASCII slug, every name one the layout knows. */
class LayoutTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"hai-phong/province.yaml", "hai-phong/hung-thang/commune.yaml", "hai-phong/hung-thang/2025-07.yaml",
      "hai-phong/hung-thang/2025-07-31.yaml", "hai-phong/hung-thang/2025-11-28_2025-12-05.yaml", "a1/b2/commune.yaml"})
  void filesOfTheLayoutAreHeld(String path) {
    assertTrue(Layout.holds(path), path);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Hai-Phong/province.yaml", "hải-phòng/province.yaml", "hai phong/province.yaml",
      "hai_phong/province.yaml", "-hai-phong/province.yaml", "hai--phong/province.yaml", "hai-phong-/province.yaml",
      "Hai-Phong/hung-thang/commune.yaml", "hai-phong/Hung-Thang/2025-07.yaml", "hai-phong/hung-thang/2025-7.yaml",
      "hai-phong/hung-thang/2025-07-31_2025-08.yaml", "hai-phong/hung-thang/notes.yaml", "hai-phong/commune.yaml",
      "hai-phong/hung-thang/province.yaml", "province.yaml", "hai-phong/hung-thang/x/2025-07.yaml",
      "hai-phong/province.yml", "hai-phong/hung-thang/2025-07.yaml.txt"})
  void anythingElseIsNot(String path) {
    assertFalse(Layout.holds(path), path);
  }

  @Test
  void aProvinceFolderThatIsNotASlugIsABadPathAndItsProfileIsNotRead() throws Exception {
    new TinyProject(dir).file("data/Hai-Phong/province.yaml", TinyProject.PROVINCE.replace("slug: hai-phong", "slug: Hai-Phong"))
        .file("content/site.yaml", TinyProject.SITE);

    List<String> problems = new Check().run(dir).problems().all().stream()
        .map(p -> p.location() + " " + p.code().id()).toList();

    assertEquals(List.of("data/Hai-Phong/province.yaml:0:0 bad-path"), problems);
  }

  @Test
  void hiddenFilesAndReadmesAreLetBeButOtherFilesAreNot() {
    assertTrue(Layout.ignored(".gitkeep"));
    assertTrue(Layout.ignored("README.md"));
    assertFalse(Layout.ignored("notes.txt"));
    assertFalse(Layout.ignored(".hidden.yaml"), "a YAML file is always read, hidden or not");
    assertFalse(Layout.ignored("readme.md"));
  }

  @Test
  void aProjectFileBelongsToACommuneOnlyInsideTheCommuneFolder() {
    assertEquals("ha-noi/hung-thang", Layout.communeOf("data/ha-noi/hung-thang/2025-w48.yaml"));
    assertEquals("ha-noi/hung-thang", Layout.communeOf("data/ha-noi/hung-thang/commune.yaml"));
    assertEquals(null, Layout.communeOf("data/ha-noi/province.yaml"));
    assertEquals(null, Layout.communeOf("content/site.yaml"));
    assertEquals(null, Layout.communeOf("content/vi/a/b.md"));
  }
}
