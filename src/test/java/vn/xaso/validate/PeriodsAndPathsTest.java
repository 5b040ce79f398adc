package vn.xaso.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Check;
import vn.xaso.testing.TinyProject;

/**
 * Rules across a commune's reports and between a file and its folder: a period is reported once
 * (any overlap, full or partial, is an error on the later file), and every slug equals its folder.
 */
class PeriodsAndPathsTest {
  @TempDir Path dir;

  /** A report of {@code period}, numbered after it (one signed report is filed once) and dated after it ends. */
  private static String report(String period) {
    return TinyProject.DECEMBER.replace("period: {start: 2025-12-01, end: 2025-12-31}", "period: " + period)
        .replace("issuer_block: government", "issuer_block: government\n  number: " + Math.abs(period.hashCode())
            + "/BC-UBND\n  date: 2026-01-20");
  }

  private List<String> problems() throws Exception {
    return new Check().run(dir).problems().all().stream()
        .map(p -> p.location() + " " + p.code().id() + " " + p.field() + (p.args().containsKey("other") ? " " + p.args().get("other") : ""))
        .toList();
  }

  @Test
  void periodsThatPartlyOverlapAreAnErrorOnTheLaterFile() throws Exception {
    TinyProject.withCommune(dir)
        .file("data/hai-phong/hung-thang/2025-11.yaml", report("{start: 2025-11-01, end: 2025-11-30}"))
        .file("data/hai-phong/hung-thang/2025-11-28_2025-12-05.yaml", report("{start: 2025-11-28, end: 2025-12-05}"));

    assertEquals(List.of("data/hai-phong/hung-thang/2025-11-28_2025-12-05.yaml:2:1 period-overlap period 2025-11"), problems());
  }

  @Test
  void periodsThatShareOnlyTheirLastAndFirstDayOverlapButAdjacentOnesDoNot() throws Exception {
    TinyProject.withCommune(dir)
        .file("data/hai-phong/hung-thang/2025-11.yaml", report("{start: 2025-11-01, end: 2025-11-30}"))
        .file("data/hai-phong/hung-thang/2025-12.yaml", report("{start: 2025-12-01, end: 2025-12-31}"))
        .file("data/hai-phong/hung-thang/2025-12-31.yaml", report("{as_of: 2025-12-31}"))
        .file("data/hai-phong/hung-thang/2026-01-01_2026-01-15.yaml", report("{start: 2026-01-01, end: 2026-01-15}"));

    assertEquals(List.of("data/hai-phong/hung-thang/2025-12-31.yaml:2:1 period-overlap period 2025-12"), problems());
  }

  @Test
  void aLongPeriodOverlappingSeveralShorterOnesIsToldForEach() throws Exception {
    TinyProject.withCommune(dir)
        .file("data/hai-phong/hung-thang/2025-01-01_2025-12-31.yaml", report("{start: 2025-01-01, end: 2025-12-31}"))
        .file("data/hai-phong/hung-thang/2025-03.yaml", report("{start: 2025-03-01, end: 2025-03-31}"))
        .file("data/hai-phong/hung-thang/2025-06.yaml", report("{start: 2025-06-01, end: 2025-06-30}"))
        .file("data/hai-phong/chi-minh/commune.yaml", TinyProject.COMMUNE.replace("slug: hung-thang", "slug: chi-minh"))
        .file("data/hai-phong/chi-minh/2025-03.yaml", report("{start: 2025-03-01, end: 2025-03-31}")
            .replace("commune: hung-thang", "commune: chi-minh").replace("Hùng Thắng", "Chí Minh"));

    assertEquals(List.of(
        "data/hai-phong/hung-thang/2025-03.yaml:2:1 period-overlap period 2025-01-01_2025-12-31",
        "data/hai-phong/hung-thang/2025-06.yaml:2:1 period-overlap period 2025-01-01_2025-12-31"), problems());
  }

  @Test
  void aStatedAsOfDateOutsideThePeriodIsAWarningAndInsideOrOnItsEdgesIsNot() throws Exception {
    TinyProject.withCommune(dir)
        .file("data/hai-phong/hung-thang/2025-11.yaml", report("{start: 2025-11-01, end: 2025-11-30}")
            .replace("  date: 2026-01-20", "  date: 2026-01-20\n  stated_as_of: 2025-12-01"))
        .file("data/hai-phong/hung-thang/2025-12.yaml", report("{start: 2025-12-01, end: 2025-12-31}")
            .replace("  date: 2026-01-20", "  date: 2026-01-20\n  stated_as_of: 2025-12-31"))
        .file("data/hai-phong/hung-thang/2025-10.yaml", report("{start: 2025-10-01, end: 2025-10-31}")
            .replace("  date: 2026-01-20", "  date: 2026-01-20\n  stated_as_of: 2025-10-01"))
        .file("data/hai-phong/hung-thang/2025-09.yaml", report("{start: 2025-09-01, end: 2025-09-30}")
            .replace("  date: 2026-01-20", "  date: 2026-01-20\n  stated_as_of: 2025-08-31"));

    assertEquals(List.of("data/hai-phong/hung-thang/2025-09.yaml:8:3 as-of-outside-period source.stated_as_of",
        "data/hai-phong/hung-thang/2025-11.yaml:8:3 as-of-outside-period source.stated_as_of"), problems());
  }

  @Test
  void profilesWhoseSlugsDifferFromTheirFoldersAreErrors() throws Exception {
    TinyProject.withCommune(dir)
        .file("data/quang-ngai/province.yaml", "slug: quang-ngaii\nname: Quảng Ngãi\n")
        .file("data/hai-phong/hung-thang/commune.yaml", TinyProject.COMMUNE.replace("province: hai-phong", "province: quang-ngai"));

    assertEquals(List.of("data/hai-phong/hung-thang/commune.yaml:4:1 path-mismatch province",
        "data/quang-ngai/province.yaml:1:1 path-mismatch slug"), problems());
  }

  @Test
  void aCommuneFolderWithoutItsProvinceProfileIsAnError() throws Exception {
    new TinyProject(dir).file("content/site.yaml", TinyProject.SITE)
        .file("data/hai-phong/hung-thang/commune.yaml", TinyProject.COMMUNE);

    assertEquals(List.of("data/hai-phong/hung-thang/commune.yaml:4:1 missing-profile province"), problems());
  }
}
