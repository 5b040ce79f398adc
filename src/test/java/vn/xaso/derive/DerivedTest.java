package vn.xaso.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Check;
import vn.xaso.model.Commune;
import vn.xaso.model.Province;
import vn.xaso.problem.Code;
import vn.xaso.problem.Position;
import vn.xaso.problem.Problem;
import vn.xaso.problem.Problems;
import vn.xaso.testing.TinyProject;

/**
 * The derived dataset every writer walks: sorted once, sliced by province and commune, with each
 * commune's latest report. Two provinces share a commune slug, as real ones do (an-binh).
 */
class DerivedTest {
  @TempDir Path dir;
  private Check.Result checked;
  private Derived derived;

  private static String report(String commune, String period) {
    String[] p = period.split("_");
    return TinyProject.DECEMBER.replace("commune: hung-thang", "commune: " + commune)
        .replace("period: {start: 2025-12-01, end: 2025-12-31}", "period: {start: " + p[0] + ", end: " + p[1] + "}");
  }

  private static String communeYaml(String slug, String province) {
    return TinyProject.COMMUNE.replace("slug: hung-thang", "slug: " + slug).replace("province: hai-phong", "province: " + province);
  }

  @BeforeEach
  void derive() throws Exception {
    TinyProject.withCommune(dir)
        .file("data/quang-ngai/province.yaml", "slug: quang-ngai\nname: Quảng Ngãi\n")
        .file("data/quang-ngai/an-binh/commune.yaml", communeYaml("an-binh", "quang-ngai"))
        .file("data/hai-phong/an-binh/commune.yaml", communeYaml("an-binh", "hai-phong"))
        .file("data/hai-phong/an-binh/2025-11.yaml", report("an-binh", "2025-11-01_2025-11-30"))
        .file("data/quang-ngai/an-binh/2025-10.yaml", report("an-binh", "2025-10-01_2025-10-31"))
        .file("data/quang-ngai/an-binh/2025-12.yaml", report("an-binh", "2025-12-01_2025-12-31"))
        .file("data/hai-phong/hung-thang/2025-12.yaml", report("hung-thang", "2025-12-01_2025-12-31"))
        .file("data/hai-phong/hung-thang/2025-09.yaml", report("hung-thang", "2025-09-01_2025-09-30"));
    checked = new Check().run(dir);
    assertFalse(checked.problems().hasErrors(), () -> checked.problems().all().toString());
    derived = new Deriver().derive(checked.data(), checked.problems());
  }

  private static List<String> keys(List<ReportFacts> facts) {
    return facts.stream().map(f -> f.province().slug() + "/" + f.commune().slug() + "/" + f.report().period().key()).toList();
  }

  private Commune commune(String province, String slug) {
    return derived.communes().stream().filter(c -> c.province().equals(province) && c.slug().equals(slug)).findFirst()
        .orElseThrow();
  }

  @Test
  void everythingIsSortedByProvinceCommuneAndPeriod() {
    assertEquals(List.of("hai-phong", "quang-ngai"), derived.provinces().stream().map(Province::slug).toList());
    assertEquals(List.of("hai-phong/an-binh", "hai-phong/hung-thang", "quang-ngai/an-binh"),
        derived.communes().stream().map(Changes::key).toList());
    assertEquals(List.of("hai-phong/an-binh/2025-11", "hai-phong/hung-thang/2025-09", "hai-phong/hung-thang/2025-12",
        "quang-ngai/an-binh/2025-10", "quang-ngai/an-binh/2025-12"), keys(derived.reports()));
  }

  @Test
  void aCommunesReportsAreThoseOfItsOwnProvinceWhenTwoShareASlug() {
    assertEquals(List.of("hai-phong/an-binh/2025-11"), keys(derived.reportsOf(commune("hai-phong", "an-binh"))));
    assertEquals(List.of("quang-ngai/an-binh/2025-10", "quang-ngai/an-binh/2025-12"),
        keys(derived.reportsOf(commune("quang-ngai", "an-binh"))));
  }

  @Test
  void aProvincesCommunesAndReportsAreItsOwn() {
    Province haiPhong = derived.province("hai-phong").orElseThrow();
    assertEquals(List.of("hai-phong/an-binh", "hai-phong/hung-thang"),
        derived.communesOf(haiPhong).stream().map(Changes::key).toList());
    assertEquals(List.of("hai-phong/an-binh/2025-11", "hai-phong/hung-thang/2025-09", "hai-phong/hung-thang/2025-12"),
        keys(derived.reportsOf(haiPhong)));
    assertTrue(derived.province("ha-noi").isEmpty());
    assertEquals("Quảng Ngãi", derived.province("quang-ngai").orElseThrow().name());
  }

  @Test
  void theLatestReportOfEachCommuneInCommuneOrder() {
    assertEquals(List.of("hai-phong/an-binh/2025-11", "hai-phong/hung-thang/2025-12", "quang-ngai/an-binh/2025-12"),
        keys(derived.latest()));
  }

  @Test
  void aReportCarriesItsOwnWarningsOnlyAndNoErrors() {
    Problems problems = new Problems();
    String file = "data/hai-phong/hung-thang/2025-12.yaml";
    problems.add(file, new Position(3, 1), "source", Code.SOURCE_UNNUMBERED, Map.of());
    problems.add(file, new Position(4, 1), "procedures.total", Code.NOT_INTEGER, Map.of("value", "x"));
    problems.add("data/hai-phong/hung-thang/2025-09.yaml", new Position(3, 1), "source", Code.SOURCE_UNDATED, Map.of());

    Derived again = new Deriver().derive(checked.data(), problems);

    ReportFacts december = again.reportsOf(commune("hai-phong", "hung-thang")).get(1);
    assertEquals(List.of("source-unnumbered"), december.warnings().stream().map(p -> p.code().id()).toList());
    assertEquals(List.of(), again.reportsOf(commune("hai-phong", "an-binh")).get(0).warnings());
  }

  @Test
  void aReportWithoutItsCommuneOrProvinceIsLeftOut() throws Exception {
    TinyProject.withCommune(dir).file("data/hai-phong/khong-co/2025-12.yaml", report("khong-co", "2025-12-01_2025-12-31"));
    List<Problem> errors = new Check().run(dir).problems().all();
    assertTrue(errors.stream().anyMatch(p -> p.code() == Code.UNKNOWN_COMMUNE));
    Derived withOrphan = new Deriver().derive(new Check().run(dir).data(), new Problems());
    assertEquals(5, withOrphan.reports().size(), "the report of an unknown commune is not derived");
  }

  @Test
  void changesTouchTheCommunesGivenAndTheirProvincesOrEverything() {
    Changes one = Changes.of(Set.of("quang-ngai/an-binh"));
    assertEquals(Set.of("quang-ngai"), one.provinces());
    assertFalse(one.all());
    assertTrue(one.touches(commune("quang-ngai", "an-binh")));
    assertFalse(one.touches(commune("hai-phong", "an-binh")), "same slug, other province");
    assertTrue(one.touches(derived.province("quang-ngai").orElseThrow()));
    assertFalse(one.touches(derived.province("hai-phong").orElseThrow()));
    assertTrue(Changes.ALL.touches(commune("hai-phong", "an-binh")));
    assertTrue(Changes.ALL.touches(derived.province("hai-phong").orElseThrow()));
    assertEquals("hai-phong/hung-thang", Changes.key(commune("hai-phong", "hung-thang")));
  }
}
