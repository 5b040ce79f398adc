package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Build;
import vn.xaso.testing.TinyProject;

/**
 * Issue #11, item 4: no province, commune or content page may take a name the site generates,
 * and the list of those names is checked against what a build of the sample actually writes.
 */
class ReservedNamesTest {
  private static final String PAGE = """
      title=Trang
      type=page
      status=published
      ~~~~~~

      Nội dung.
      """;

  @TempDir Path dir;

  private static void refusedByValidate(TinyProject p, String where, String value, String vi, String en) {
    TinyProject.Run run = p.run("validate");
    assertEquals(1, run.exit(), run.out());
    assertTrue(run.out().contains(where + ": error[reserved-name] " + (where.contains("province") ? "slug: " : "")
        + "Tên " + value + " trùng với " + vi + " mà trang web tự tạo.\n    The name " + value + " is taken by " + en
        + ", which the site generates."), run.out());
    assertTrue(run.out().contains("→ Đổi tên thư mục hoặc tệp. Các tên dành riêng: .xaso-output, 404.html, CHANGELOG.md, all, assets,"), run.out());
  }

  private TinyProject province(String slug) throws Exception {
    return TinyProject.withCommune(dir).file("data/" + slug + "/province.yaml", "slug: " + slug + "\nname: Tỉnh thử\n");
  }

  @Test
  void aProvinceCalledEnWouldReplaceTheEnglishHomeAndIsRefused() throws Exception {
    refusedByValidate(province("en"), "data/en/province.yaml:1:1", "en", "một trang hoặc tệp", "a page or file");
  }

  @Test
  void aProvinceCalledAllWouldOverwriteTheNationalFilesAndIsRefused() throws Exception {
    refusedByValidate(province("all"), "data/all/province.yaml:1:1", "all", "một trang hoặc tệp", "a page or file");
  }

  @Test
  void aProvinceCalledDataOrSiteOrStatusIsRefusedAndTheBuildWritesNothing() throws Exception {
    for (String slug : List.of("data", "site", "status", "indicators", "assets", "schema")) {
      Path project = dir.resolve(slug + "-project");
      TinyProject p = TinyProject.withCommune(project).file("data/" + slug + "/province.yaml", "slug: " + slug + "\nname: X\n");
      TinyProject.Run run = p.run("build", "--out", project.resolve("out").toString());
      assertEquals(1, run.exit(), slug + ": " + run.out());
      assertTrue(run.out().contains("data/" + slug + "/province.yaml:1:1: error[reserved-name]"), run.out());
      assertFalse(Files.exists(project.resolve("out")));
    }
  }

  @Test
  void aContentPageNamedLikeAGeneratedPageIsRefused() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file("content/vi/status.md", PAGE);
    refusedByValidate(p, "content/vi/status.md:0:0", "status", "một trang hoặc tệp", "a page or file");
  }

  @Test
  void anEnglishContentPageCalledStatusCannotReplaceTheStatusPage() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file("content/en/status.md", PAGE);
    refusedByValidate(p, "content/en/status.md:0:0", "status", "một trang hoặc tệp", "a page or file");
  }

  @Test
  void aContentPageCalledFeedXmlIsRefusedInsteadOfDyingOnIsADirectory() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file("content/vi/feed.xml.md", PAGE);
    refusedByValidate(p, "content/vi/feed.xml.md:0:0", "feed.xml", "một trang hoặc tệp", "a page or file");
    TinyProject.Run build = p.run("build", "--out", dir.resolve("out").toString());
    assertEquals(1, build.exit());
    assertFalse(build.err().contains("Is a directory"), build.err());
  }

  @Test
  void aContentPageNamedAfterAProvinceIsRefused() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file("content/vi/hai-phong.md", PAGE);
    refusedByValidate(p, "content/vi/hai-phong.md:0:0", "hai-phong",
        "trang của tỉnh hai-phong (data/hai-phong/province.yaml)", "the page of province hai-phong (data/hai-phong/province.yaml)");
  }

  /**
   * The list is derived from what the code writes: every name a build of the sample puts at the
   * root, under en/, data/ and sitemaps/, and in a province's folder is reserved, unless it is a
   * province's, commune's or content page's own. A new kind of page fails here until it is listed.
   */
  @Test
  void everyNameABuildWritesIsReservedOrBelongsToTheData() throws Exception {
    Path out = dir.resolve("site");
    assertTrue(new Build().run(Path.of("."), out, Build.Scope.SITE).ok());
    Set<String> provinces = names(Path.of("data"));
    Set<String> pages = new TreeSet<>();
    for (String lang : List.of("vi", "en")) {
      names(Path.of("content", lang)).forEach(n -> pages.add(n.replaceFirst("\\.md$", "")));
    }
    Set<String> missed = new TreeSet<>();
    for (Path root : List.of(out, out.resolve("en"))) {
      for (String name : names(root)) {
        if (!provinces.contains(name) && !pages.contains(name) && !Reserved.page(name)) {
          missed.add(out.relativize(root.resolve(name)).toString());
        }
        if (!provinces.contains(name) && !pages.contains(name) && !Reserved.province(name)) {
          missed.add(out.relativize(root.resolve(name)).toString());
        }
      }
    }
    for (String name : names(out.resolve("data"))) {
      if (!provinces.contains(name) && !Reserved.province(name)) {
        missed.add("data/" + name);
      }
    }
    for (String name : names(out.resolve("sitemaps"))) {
      String stem = name.replaceFirst("\\.xml$", "");
      if (!provinces.contains(stem) && !Reserved.province(stem)) {
        missed.add("sitemaps/" + name);
      }
    }
    for (String province : provinces) {
      Set<String> communes = names(Path.of("data", province));
      for (Path folder : List.of(out.resolve(province), out.resolve("data").resolve(province))) {
        for (String name : names(folder)) {
          if (!communes.contains(name) && !Reserved.commune(name) && !name.endsWith(".csv")) {
            missed.add(out.relativize(folder.resolve(name)).toString());
          }
        }
      }
    }
    assertEquals(Set.of(), missed, "names the site writes that a province, commune or page could take");
  }

  private static Set<String> names(Path folder) throws Exception {
    Set<String> names = new TreeSet<>();
    if (Files.isDirectory(folder)) {
      try (Stream<Path> s = Files.list(folder)) {
        s.forEach(p -> names.add(p.getFileName().toString()));
      }
    }
    return names;
  }
}
