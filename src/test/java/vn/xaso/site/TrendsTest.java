package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Check;
import vn.xaso.derive.Derived;
import vn.xaso.derive.Deriver;
import vn.xaso.derive.Indicator;
import vn.xaso.problem.Problems;
import vn.xaso.testing.TinyProject;

/**
 * The nation's monthly trend of each share: one figure per commune and month, the month's last
 * (two figures of one day cannot be: periods of a commune do not overlap), the mean over the communes
 * that give one; and a line's kind, the most common, ties to "stock". The whole-site tests read
 * the trend only through a chart built in a {@code @BeforeAll}, which PIT cannot see (#27).
 */
class TrendsTest {
  @TempDir Path dir;

  private static String week(String commune, String start, String end, int online) {
    return TinyProject.report(commune, "{start: " + start + ", end: " + end + "}",
        "dossiers: {received: 100, received_online: " + online + "}");
  }

  private Trends.Months months() throws Exception {
    TinyProject p = TinyProject.withCommune(dir)
        .file("data/hai-phong/tan-dan/commune.yaml", TinyProject.commune("tan-dan", "Tân Dân", "xa", "hai-phong"))
        .file("data/hai-phong/hung-thang/2025-11.yaml", week("hung-thang", "2025-11-01", "2025-11-30", 50))
        // Two weeks of December: the month's figure is the later week's (20 %), not the first's (10 %).
        .file("data/hai-phong/hung-thang/2025-12-01_2025-12-07.yaml", week("hung-thang", "2025-12-01", "2025-12-07", 10))
        .file("data/hai-phong/hung-thang/2025-12-08_2025-12-14.yaml", week("hung-thang", "2025-12-08", "2025-12-14", 20))
        .file("data/hai-phong/tan-dan/2025-12-08_2025-12-14.yaml", week("tan-dan", "2025-12-08", "2025-12-14", 60));
    return Trends.months(derived().reports());
  }

  private Derived derived() throws Exception {
    Check.Result checked = new Check().run(dir);
    Problems problems = new Problems();
    Derived derived = new Deriver().derive(checked.data(), problems);
    assertEquals(4, derived.reports().size(), "every report valid and read");
    return derived;
  }

  @Test
  void eachCommuneGivesItsMonthsLastFigureAndTheMonthIsTheirMean() throws Exception {
    Trends.Months m = months();
    assertEquals(List.of(YearMonth.of(2025, 11), YearMonth.of(2025, 12)), m.months());
    assertEquals(List.of(1, 2), m.communes());
    List<Double> online = m.means().get(Indicator.ONLINE_DOSSIER_SHARE);
    assertEquals(2, online.size(), m.means().toString());
    assertEquals(50.0, online.get(0), 1e-9);
    assertEquals((20.0 + 60.0) / 2, online.get(1), 1e-9);
    // A share no report gives has no line at all, never a line of zeros.
    assertTrue(!m.means().containsKey(Indicator.FULL_ONLINE_SHARE) || m.means().get(Indicator.FULL_ONLINE_SHARE).stream()
        .allMatch(v -> v == null), m.means().toString());
  }

  @Test
  void aCommuneWithAReportMoreIsWorkedOutAgainNotTakenFromTheMemo() throws Exception {
    months();
    Derived all = derived();
    Map<String, List<vn.xaso.derive.ReportFacts>> fewer = new java.util.LinkedHashMap<>();
    Map<String, List<vn.xaso.derive.ReportFacts>> more = new java.util.LinkedHashMap<>();
    all.reports().forEach(r -> more.computeIfAbsent(SiteLayout.commune(r.commune()), k -> new java.util.ArrayList<>()).add(r));
    more.forEach((k, v) -> fewer.put(k, v.subList(0, 1)));
    Trends.Memo memo = new Trends.Memo();
    Trends.Months first = Trends.months(fewer, memo);
    assertEquals(Trends.months(fewer.values().stream().flatMap(List::stream).toList()), first);
    // The same commune with its other reports: a longer list is never the memo's part.
    assertEquals(Trends.months(all.reports()), Trends.months(more, memo));
    assertEquals(first, Trends.months(fewer, memo));
  }

  @Test
  void aLinesKindIsTheMostCommonTiesGoingToStock() {
    assertNull(Trends.kind(Map.of()));
    assertEquals("flow-share", Trends.kind(Map.of("flow-share", 1)));
    assertEquals("flow-share", Trends.kind(new TreeMap<>(Map.of("flow-share", 3, "stock", 2))));
    assertEquals("stock", Trends.kind(new TreeMap<>(Map.of("flow-share", 2, "stock", 3))));
    assertEquals("stock", Trends.kind(new TreeMap<>(Map.of("flow-share", 2, "stock", 2))));
    assertEquals("stock", Trends.kind(new TreeMap<>(Map.of("stock", 2, "zz", 2))));
  }
}
