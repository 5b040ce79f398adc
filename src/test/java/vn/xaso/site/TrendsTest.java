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
 * (of two on the same day, the later report's, a stable choice), the mean over the communes
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
        // Two spans ending the same day: the later path's (2025-12-08_…: 60 %) stands, whichever is read first.
        .file("data/hai-phong/tan-dan/2025-12-01_2025-12-14.yaml", week("tan-dan", "2025-12-01", "2025-12-14", 90))
        .file("data/hai-phong/tan-dan/2025-12-08_2025-12-14.yaml", week("tan-dan", "2025-12-08", "2025-12-14", 60));
    Check.Result checked = new Check().run(p.root());
    Derived derived = new Deriver().derive(checked.data(), new Problems());
    return Trends.months(derived.reports());
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
  void aLinesKindIsTheMostCommonTiesGoingToStock() {
    assertNull(Trends.kind(Map.of()));
    assertEquals("flow-share", Trends.kind(Map.of("flow-share", 1)));
    assertEquals("flow-share", Trends.kind(new TreeMap<>(Map.of("flow-share", 3, "stock", 2))));
    assertEquals("stock", Trends.kind(new TreeMap<>(Map.of("flow-share", 2, "stock", 3))));
    assertEquals("stock", Trends.kind(new TreeMap<>(Map.of("flow-share", 2, "stock", 2))));
    assertEquals("stock", Trends.kind(new TreeMap<>(Map.of("stock", 2, "zz", 2))));
  }
}
