package vn.xaso.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.schema.Schema;
import vn.xaso.testing.TinyProject;
import vn.xaso.testing.Trees;

/** The commands as staff and CI type them, each run through Main with --project. */
class CommandLineTest {
  private static final String FILE = "data/hai-phong/hung-thang/2025-12.yaml";

  @TempDir Path dir;

  @Test
  void buildPrintsGithubAnnotationsWhenAskedAndOnlyThen() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file(FILE, TinyProject.DECEMBER + "dossiers: {received: 100, received_online: 101}\n");

    TinyProject.Run annotated = p.run("build", "--no-cache", "--github-annotations");

    assertEquals(1, annotated.exit(), annotated.out() + annotated.err());
    assertTrue(annotated.out().contains("::error file=" + FILE + ",line=7,col=27,title=exceeds dossiers.received_online::"
        + "Hồ sơ trực tuyến (101) lớn hơn hồ sơ tiếp nhận (100). / Dossiers received online (101) exceeds dossiers received (100)."),
        annotated.out());
    TinyProject.Run plain = p.run("build", "--no-cache", "--github-annotations=false");
    assertEquals(1, plain.exit());
    assertFalse(plain.out().contains("::error"), plain.out());
    assertTrue(plain.out().contains(FILE + ":7:27: error[exceeds] dossiers.received_online"), plain.out());
    assertFalse(Files.exists(p.path("target/site")), "nothing is published with errors");

    TinyProject.Run data = p.run("data", "--no-cache", "--github-annotations");
    assertEquals(1, data.exit());
    assertTrue(data.out().contains("::error file=" + FILE + ",line=7,col=27,"), data.out());
  }

  @Test
  void dataWritesTheOpenDataAndNoPage() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file(FILE, TinyProject.DECEMBER + "procedures: {total: 10}\n");

    TinyProject.Run run = p.run("data");

    assertEquals(0, run.exit(), run.out() + run.err());
    Path out = p.path("target/data");
    assertTrue(run.out().lines().anyMatch(l -> l.matches("Đã ghi [0-9]+ tệp vào \\Q" + out + "\\E / Wrote [0-9]+ files to .*")),
        run.out());
    Map<String, String> files = Trees.hashes(out);
    assertTrue(files.keySet().containsAll(List.of("data/all/reports.csv", "data/hai-phong/hai-phong.zip",
        "data/datapackage.json", "data/xaso-open-data.zip")), files.keySet().toString());
    assertTrue(vn.xaso.testing.Zips.read(out.resolve("data/hai-phong/hai-phong.zip")).containsKey(
        "hai-phong/hung-thang/indicators.csv"), "the commune's tables are in its province's zip");
    assertTrue(files.keySet().stream().noneMatch(f -> f.endsWith(".html")), "no pages");
    assertEquals(0, p.run("data").exit());
    assertEquals(files, Trees.hashes(out), "the same bytes again");
  }

  @Test
  void schemaRegeneratesTheCommittedSchemasAndDictionary() throws Exception {
    TinyProject p = TinyProject.withCommune(dir);

    TinyProject.Run run = p.run("schema");

    assertEquals(0, run.exit(), run.out() + run.err());
    Map<String, String> generated = SchemaCommand.generate(new Schema());
    assertEquals(6, generated.size());
    assertEquals("Đã ghi 6 tệp vào " + p.path("docs") + " / Wrote 6 files to " + p.path("docs") + "\n", run.out());
    for (String name : generated.keySet()) {
      assertEquals(Files.readString(Path.of("docs").resolve(name)), Files.readString(p.path("docs").resolve(name)), name);
    }
  }

  @Test
  void sampleWritesAValidDeterministicNationalProject() throws Exception {
    TinyProject p = new TinyProject(dir);

    TinyProject.Run run = p.run("sample", "--communes", "40", "--periods", "2", "--seed", "7", "--out", dir.resolve("a").toString());

    assertEquals(0, run.exit(), run.out() + run.err());
    Path a = dir.resolve("a");
    try (Stream<Path> provinces = Files.list(a.resolve("data"))) {
      assertEquals(34, provinces.filter(Files::isDirectory).count(), "every province");
    }
    try (Stream<Path> files = Files.walk(a.resolve("data"))) {
      assertEquals(80, files.filter(f -> f.getFileName().toString().matches("[0-9].*\\.yaml")).count(), "40 communes × 2 periods");
    }
    TinyProject.Run check = new TinyProject(a).run("validate");
    assertEquals(0, check.exit(), check.out());
    assertEquals(0, p.run("sample", "--communes", "40", "--periods", "2", "--seed", "7", "--out", dir.resolve("b").toString()).exit());
    assertEquals(Trees.hashes(a), Trees.hashes(dir.resolve("b")), "the same seed gives the same project");
  }

  @Test
  void aCommuneSlugTwoProvincesShareMustBeWrittenWithItsProvince() throws Exception {
    TinyProject p = TinyProject.withCommune(dir)
        .file("data/quang-ngai/province.yaml", "slug: quang-ngai\nname: Quảng Ngãi\n")
        .file("data/quang-ngai/hung-thang/commune.yaml", TinyProject.COMMUNE.replace("province: hai-phong", "province: quang-ngai"));

    TinyProject.Run ambiguous = p.run("new", "--commune", "hung-thang", "--period", "2025-12-01..2025-12-31");

    assertEquals(1, ambiguous.exit());
    assertEquals("Có nhiều xã hung-thang; ghi rõ <tỉnh>/<xã>. / Several communes are called hung-thang; write <province>/<commune>.\n",
        ambiguous.out());
    assertFalse(Files.exists(p.path("data/hai-phong/hung-thang/2025-12.yaml")));
    assertFalse(Files.exists(p.path("data/quang-ngai/hung-thang/2025-12.yaml")));

    TinyProject.Run named = p.run("new", "--commune", "quang-ngai/hung-thang", "--period", "2025-12-01..2025-12-31");

    assertEquals(0, named.exit(), named.out());
    assertTrue(named.out().startsWith("Đã tạo / Created data/quang-ngai/hung-thang/2025-12.yaml\n"), named.out());
    assertTrue(Files.readString(p.path("data/quang-ngai/hung-thang/2025-12.yaml")).contains("commune: hung-thang"));
    assertFalse(Files.exists(p.path("data/hai-phong/hung-thang/2025-12.yaml")), "the other province's commune is left alone");
  }
}
