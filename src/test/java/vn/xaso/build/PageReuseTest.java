package vn.xaso.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.cache.BuildCache;
import vn.xaso.derive.Deriver;
import vn.xaso.publish.DataPublisher;
import vn.xaso.site.SiteRenderer;
import vn.xaso.testing.TinyProject;
import vn.xaso.testing.Trees;

/**
 * Pages an incremental build keeps without building their models (#26): a commune's page while
 * its commune and its ranks are unchanged, a province's part of a ranking while the province and
 * its communes' national ranks are, a province's part of the status page while the province is.
 * Each test makes a change that must reach such a page from elsewhere, checks that it did, and
 * that the whole output is a clean build's.
 */
class PageReuseTest {
  private static final String MINH_LONG = "quang-ngai/minh-long/index.html";
  private static final String STATUS_QUANG_NGAI = "status/quang-ngai/index.html";

  @TempDir Path dir;
  private Path project;
  private Path out;
  private SiteRenderer renderer;
  private Build build;

  @BeforeEach
  void copySample() throws IOException {
    project = TinyProject.copyOfSample(dir.resolve("project"));
    out = dir.resolve("site");
    renderer = new SiteRenderer();
    // One long-lived build, as `xaso serve` keeps: its renderer says how many pages it kept.
    build = new Build(new Check(), new Deriver(), new DataPublisher(), renderer,
        new BuildCache(project.resolve("target/xaso-cache")), "tool-1");
    assertTrue(build.run(project, out, Build.Scope.SITE).ok());
    assertEquals(0, renderer.lastReused(), "a clean build keeps nothing");
  }

  private Build.Result again() throws IOException {
    return Rebuilds.again(build, project, out);
  }

  private void assertSameAsClean() throws IOException {
    Rebuilds.assertSameAsClean(project, out, dir.resolve("clean"));
  }

  private void edit(String file, String from, String to) throws IOException {
    Path p = project.resolve(file);
    String text = Files.readString(p, StandardCharsets.UTF_8);
    assertTrue(text.contains(from), from);
    Files.writeString(p, text.replace(from, to), StandardCharsets.UTF_8);
  }

  private String page(String path) throws IOException {
    return Files.readString(out.resolve(path), StandardCharsets.UTF_8);
  }

  @Test
  void aChangeThatMovesNoRankKeepsTheOtherCommunesAndProvincesPagesUnbuilt() throws IOException {
    Map<String, String> before = Trees.hashes(out);
    edit("data/hai-phong/hung-thang/2025-11-28_2025-12-05.yaml", "signer_name: Nguyễn Anh Tú",
        "signer_name: Nguyễn Anh Tuấn");

    again();

    // Chí Minh's and Minh Long's pages (2 × 2 languages), Quảng Ngãi's status part (2) and its
    // part of each share's ranking (at least 2): none is built, and the build stays exact.
    assertTrue(renderer.lastReused() >= 8, "kept: " + renderer.lastReused());
    assertEquals(before.get(MINH_LONG), Trees.hashes(out).get(MINH_LONG));
    assertSameAsClean();
  }

  @Test
  void aRankMovedByAnotherProvincesCommuneReachesTheCommunesPageAndItsProvincesRanking() throws IOException {
    Map<String, String> before = Trees.hashes(out);
    assertTrue(page(MINH_LONG).contains("thứ 2 trên 2 xã"));
    // Hùng Thắng (Hải Phòng) falls below Minh Long (Quảng Ngãi); its evidence quotes the old figures.
    Files.delete(project.resolve("data/hai-phong/hung-thang/2025-11-28_2025-12-05.evidence.yaml"));
    edit("data/hai-phong/hung-thang/2025-11-28_2025-12-05.yaml", "full_online: 220", "full_online: 100");
    edit("data/hai-phong/hung-thang/2025-11-28_2025-12-05.yaml", "not_online: 20", "not_online: 140");

    again();

    assertTrue(page(MINH_LONG).contains("thứ 1 trên 2 xã"), "Minh Long's page gives its new rank");
    Map<String, String> after = Trees.hashes(out);
    List<String> rankings = after.keySet().stream()
        .filter(p -> p.matches("(en/)?indicators/[a-z_]+/quang-ngai/index\\.html")
            && !after.get(p).equals(before.get(p)))
        .toList();
    assertTrue(!rankings.isEmpty(), "Quảng Ngãi's part of the moved ranking is written again");
    assertEquals(before.get(STATUS_QUANG_NGAI), after.get(STATUS_QUANG_NGAI), "its status part did not move");
    assertSameAsClean();
  }

  @Test
  void aNewYearInTheDataReachesEveryPagesCitationThroughACleanBuild() throws IOException {
    String before = page(MINH_LONG);
    assertTrue(!before.contains("2026"), "no date of 2026 yet");
    // Chí Minh's report signed in the next year: the year every page cites the data by moves,
    // and the pages of reports not read again cannot be rendered from the cache.
    edit("data/hai-phong/chi-minh/2025-07-31.yaml", "  signer_name: Phạm Anh Tuấn\n",
        "  signer_name: Phạm Anh Tuấn\n  signed_on: 2026-01-05\n");

    Build.Result r = build.run(project, out, Build.Scope.SITE);

    assertTrue(r.ok());
    assertEquals(BuildCache.Reason.CITATION_YEAR, r.mode().why(), r.mode().text());
    assertTrue(page(MINH_LONG).contains("2026"), "Minh Long's suggested citation gives the new year");
    assertTrue(page("quang-ngai/minh-long/2025-10-08/index.html").contains("2026"), "so does its report's");
    assertSameAsClean();
    edit("data/hai-phong/hung-thang/2025-11-28_2025-12-05.yaml", "signer_name: Nguyễn Anh Tú",
        "signer_name: Nguyễn Anh Tuấn");
    again();
    assertSameAsClean();
  }

  @Test
  void aReportAddedInOneProvinceReachesItsStatusPartAndLeavesTheOthersKept() throws IOException {
    Map<String, String> before = Trees.hashes(out);
    String report = Files.readString(project.resolve("data/hai-phong/chi-minh/2025-07-31.yaml"));
    Files.writeString(project.resolve("data/hai-phong/chi-minh/2025-08-31.yaml"),
        report.replace("as_of: 2025-07-31", "as_of: 2025-08-31"));

    again();

    assertTrue(page("status/hai-phong/index.html").contains("chi-minh/2025-08-31/"),
        "Hải Phòng's status part links the new report");
    assertEquals(before.get(STATUS_QUANG_NGAI), Trees.hashes(out).get(STATUS_QUANG_NGAI));
    assertTrue(renderer.lastReused() >= 2, "kept: " + renderer.lastReused());
    assertSameAsClean();
  }

  @Test
  void aFigureOfAnotherDateMovesTheGroupsAndReachesTheOtherProvincesRanking() throws IOException {
    String ranking = "indicators/full_online_share/quang-ngai/index.html";
    assertTrue(page(ranking).contains("08/10/2025 – 07/11/2025"), "Minh Long and Hùng Thắng compare");
    String status = page(STATUS_QUANG_NGAI);
    // Hùng Thắng's (Hải Phòng) procedures counted four weeks later: no longer comparable with
    // Minh Long's (Quảng Ngãi), whose group and ranks Quảng Ngãi's ranking part gives.
    edit("data/hai-phong/hung-thang/2025-11-28_2025-12-05.yaml", "  as_of: 2025-11-07\n  total: 378",
        "  as_of: 2025-12-05\n  total: 378");

    again();

    assertTrue(!page(ranking).contains("07/11/2025") && page(ranking).contains("08/10/2025"),
        "Quảng Ngãi's ranking part names its group's new dates");
    assertEquals(status, page(STATUS_QUANG_NGAI), "its status part did not move");
    assertSameAsClean();
  }

  @Test
  void aFigureOfOneShareRewritesItsNationalRankingAndKeepsTheOtherSharesUnbuilt() throws IOException {
    String moved = "indicators/on_time_rate/index.html";
    String other = "indicators/full_online_share/index.html";
    Map<String, String> before = Trees.hashes(out);
    // Hùng Thắng's dossiers resolved on time: only the on-time rate moves, no share's ranks.
    Files.delete(project.resolve("data/hai-phong/hung-thang/2025-11-28_2025-12-05.evidence.yaml"));
    edit("data/hai-phong/hung-thang/2025-11-28_2025-12-05.yaml", "  on_time: 223\n", "  on_time: 200\n");

    again();

    Map<String, String> after = Trees.hashes(out);
    assertNotEquals(before.get(moved), after.get(moved), "the on-time rate's national ranking gives the new figure");
    assertNotEquals(before.get("en/" + moved), after.get("en/" + moved));
    assertEquals(before.get(other), after.get(other));
    // The six shares' national rankings that did not move, in two languages, are kept without
    // their models, beside the 20 commune and province pages kept as before.
    assertTrue(renderer.lastReused() >= 20 + 12, "kept: " + renderer.lastReused());
    assertSameAsClean();
  }

  @Test
  void aCommuneRenamedReachesTheNationalRankingsThatNameIt() throws IOException {
    String ranking = "indicators/full_online_share/index.html";
    assertTrue(page(ranking).contains("Hùng Thắng"));
    // No figure moves: what the national rankings show of the commune does.
    edit("data/hai-phong/hung-thang/commune.yaml", "name: Hùng Thắng\n", "name: Hùng Thắng Mới\n");

    again();

    assertTrue(page(ranking).contains("Hùng Thắng Mới"), "the national ranking names the commune anew");
    assertSameAsClean();
  }

  @Test
  void aNationalRankingsChartFilesAreKeptWithIt() throws IOException {
    Map<String, String> before = Trees.hashes(out);
    String folder = "indicators/full_online_share/";
    List<String> charts = before.keySet().stream().filter(p -> p.startsWith(folder) && p.endsWith(".csv")
        && !p.substring(folder.length()).contains("/")).toList();
    assertTrue(!charts.isEmpty(), "the national ranking writes its chart's figures beside itself");
    // Only the on-time rate moves: the share of procedures online keeps its page and its chart.
    Files.delete(project.resolve("data/hai-phong/hung-thang/2025-11-28_2025-12-05.evidence.yaml"));
    edit("data/hai-phong/hung-thang/2025-11-28_2025-12-05.yaml", "  on_time: 223\n", "  on_time: 200\n");

    again();

    Map<String, String> after = Trees.hashes(out);
    charts.forEach(c -> assertEquals(before.get(c), after.get(c), c));
    assertSameAsClean();
  }

  @Test
  void aContentPageEditedReachesItsPageInALongLivedBuild() throws IOException {
    // The renderer keeps the last parse of content/ while its texts are the same: an edit must reach the page.
    Path about = project.resolve("content/vi/about.md");
    Files.writeString(about, Files.readString(about, StandardCharsets.UTF_8) + "\nMột câu mới về dự án.\n",
        StandardCharsets.UTF_8);

    Build.Result r = build.run(project, out, Build.Scope.SITE);

    assertTrue(r.ok());
    assertTrue(page("about/index.html").contains("Một câu mới về dự án."));
    assertSameAsClean();
  }
}
