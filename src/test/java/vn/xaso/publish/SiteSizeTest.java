package vn.xaso.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Build;
import vn.xaso.problem.Problem;
import vn.xaso.problem.Severity;
import vn.xaso.testing.TinyProject;

class SiteSizeTest {
  @TempDir Path dir;

  @Test
  void gitHubPagesLimitsAreOneGigabyteASiteAndFiveHundredKilobytesAPage() {
    assertEquals(new SiteSize.Limits(1_000_000_000L, 500_000L), SiteSize.Limits.GITHUB_PAGES);
  }

  @Test
  void sizesReadInDecimalUnitsWithEachLanguagesDecimalMark() {
    assertEquals("999 B", SiteSize.human(999, true));
    assertEquals("1,0 KB", SiteSize.human(1_000, true));
    assertEquals("500.0 KB", SiteSize.human(500_000, false));
    assertEquals("3,2 MB", SiteSize.human(3_249_999, true));
    assertEquals("4.2 GB", SiteSize.human(4_200_000_000L, false));
    assertEquals("4200.0 GB", SiteSize.human(4_200_000_000_000L, false));
  }

  @Test
  void theLargestPageIsAnHtmlFileAndTiesGoToTheFirstPath() {
    SiteSize size = SiteSize.of(List.of(new Output.Written("data/all/data.json", 9_000, ""),
        new Output.Written("b/index.html", 700, ""), new Output.Written("a/index.html", 700, ""),
        new Output.Written("index.html", 20, "")));

    assertEquals(new SiteSize(10_420, 4, new Output.Written("a/index.html", 700, ""), 0, SiteSize.Limits.GITHUB_PAGES),
        size);
    assertEquals(List.of(), size.warnings("out"));
    assertEquals("Kết quả: 4 tệp, 10,4 KB; trang lớn nhất a/index.html (700 B) / Output: 4 files, 10.4 KB; largest page"
        + " a/index.html (700 B)", size.line());
  }

  @Test
  void aSiteOrAPageExactlyAtTheLimitPassesAndOneByteMoreIsWarned() {
    SiteSize.Limits limits = new SiteSize.Limits(1_500, 1_000);
    List<Output.Written> atLimits = List.of(new Output.Written("index.html", 1_000, ""), new Output.Written("a.csv", 500, ""));
    assertEquals(0, SiteSize.of(atLimits, limits).overPage(), "a page of exactly 1,000 bytes is within 1,000");
    assertEquals(List.of(), SiteSize.of(atLimits, limits).warnings("out"), "a site of exactly its limit is published");
    List<Output.Written> over = List.of(new Output.Written("index.html", 1_001, ""), new Output.Written("a.csv", 500, ""));
    assertEquals(1, SiteSize.of(over, limits).overPage());
    assertEquals(2, SiteSize.of(over, limits).warnings("out").size(), "the page and the site, each a byte over");
  }

  /**
   * Measured by owner, an owner's files passed on as the same map are taken as measured before;
   * a new map under the same owner is measured again: the sums and the largest page are those of
   * all files taken together, every time.
   */
  @Test
  void byOwnerTheSameMapIsNotWalkedAgainAndANewOneIs() {
    java.util.Map<String, Output.Written> nation = java.util.Map.of("index.html",
        new Output.Written("index.html", 900, ""), "data/all/data.json", new Output.Written("data/all/data.json", 9_000, ""));
    java.util.Map<String, Output.Written> province = java.util.Map.of("a/index.html",
        new Output.Written("a/index.html", 700, ""));
    java.util.Map<String, Output.Written> grown = java.util.Map.of("a/index.html",
        new Output.Written("a/index.html", 1_200, ""), "a/b/index.html", new Output.Written("a/b/index.html", 600_000, ""));
    SiteSize.Memo memo = new SiteSize.Memo();

    SiteSize first = memo.of(java.util.Map.of("", nation, "a", province));
    SiteSize second = memo.of(java.util.Map.of("", nation, "a", grown));

    List<Output.Written> before = new java.util.ArrayList<>(nation.values());
    before.addAll(province.values());
    List<Output.Written> after = new java.util.ArrayList<>(nation.values());
    after.addAll(grown.values());
    assertEquals(SiteSize.of(before), first);
    assertEquals(SiteSize.of(after), second);
    assertEquals(new SiteSize(611_100, 4, new Output.Written("a/b/index.html", 600_000, ""), 1,
        SiteSize.Limits.GITHUB_PAGES), second);
    assertEquals(SiteSize.of(before), memo.of(java.util.Map.of("", nation, "a", province)), "and back");
  }

  /** A real build's files, measured against limits a tiny project passes: both warnings, worded as the user reads them. */
  @Test
  void anOutputPastTheHostsLimitsIsWarnedOfNamingTheLargestPage() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file("data/hai-phong/hung-thang/2025-12.yaml", TinyProject.DECEMBER_SIGNED);
    Build.Result built = new Build().run(p.root(), dir.resolve("site"), Build.Scope.SITE);
    SiteSize real = built.size();
    long pages = built.written().stream().filter(w -> w.path().endsWith(".html") && w.bytes() > 1_000).count();

    List<Problem> warnings = SiteSize.of(built.written(), new SiteSize.Limits(100_000, 1_000)).warnings("target/site");

    assertEquals(2, warnings.size(), warnings::toString);
    assertEquals(List.of(Severity.WARNING, Severity.WARNING), warnings.stream().map(Problem::severity).toList());
    assertEquals("target/site:0:0: warning[site-over-host-limit] Kết quả nặng " + SiteSize.human(real.bytes(), true) + " ("
        + real.files() + " tệp), quá giới hạn 100,0 KB của GitHub Pages: trang đúng nhưng GitHub Pages sẽ không đăng.\n"
        + "    The output weighs " + SiteSize.human(real.bytes(), false) + " (" + real.files() + " files), past GitHub"
        + " Pages' limit of 100.0 KB: the site is right, but GitHub Pages will not publish it.\n"
        + "    → Đăng lên kho lưu trữ đối tượng sau CDN (.github/workflows/deploy-object-storage.yml; xem docs/performance.md).\n"
        + "    → Publish to object storage behind a CDN instead (.github/workflows/deploy-object-storage.yml; see"
        + " docs/performance.md).", warnings.get(0).format());
    String page = real.largest().path();
    assertEquals("target/site:0:0: warning[page-over-limit] " + pages + " trang nặng hơn 1,0 KB; lớn nhất là " + page + " ("
        + SiteSize.human(real.largest().bytes(), true) + "): điện thoại mạng chậm sẽ mở rất lâu.",
        warnings.get(1).format().lines().findFirst().orElseThrow());
    assertEquals(List.of(), real.warnings("target/site"), "a tiny project is far inside GitHub Pages' limits");
  }
}
