package vn.xaso.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Check;
import vn.xaso.testing.TinyProject;

/**
 * The order rankings, comparison charts and maps show, whatever order the communes come in: the
 * largest group first even when it is older, groups of one size newest first and then by kind,
 * equal figures by path, communes left out by reason and then by path. Pages and CSVs list them
 * in this order, so a build must not depend on the order folders are read in.
 *
 * <p>In Hải Phòng: p (procedures as of 20 September, 60 %), q (September, 60 %), r (December,
 * 50 %, 10 dossiers), s (the week 25–31 December, 5 dossiers), t (December, no procedures nor
 * dossiers), u (as of 31 December, 3 dossiers from an unstated start).
 */
class ComparisonOrderTest {
  @TempDir
  static Path dir;
  private static Map<String, List<ReportFacts>> byCommune;

  private static String report(String commune, String period, String body) {
    return "commune: " + commune + "\nperiod: " + period + "\nsource:\n  issuer: {vi: UBND}\n  issuer_block: government\n"
        + "  title: {vi: Báo cáo}\n" + body;
  }

  @BeforeAll
  static void derive() throws Exception {
    TinyProject p = TinyProject.withCommune(dir);
    for (String s : List.of("p", "q", "r", "s", "t", "u")) {
      p.file("data/hai-phong/" + s + "/commune.yaml",
          "slug: " + s + "\nname: Xã " + s.toUpperCase() + "\nunit_type: xa\nprovince: hai-phong\n");
    }
    p.file("data/hai-phong/p/2025-09.yaml", report("p", "{start: 2025-09-01, end: 2025-09-30}",
            "procedures: {as_of: 2025-09-20, total: 100, full_online: 60}\n"))
        .file("data/hai-phong/q/2025-09.yaml", report("q", "{start: 2025-09-01, end: 2025-09-30}",
            "procedures: {total: 100, full_online: 60}\n"))
        .file("data/hai-phong/r/2025-12.yaml", report("r", "{start: 2025-12-01, end: 2025-12-31}",
            "procedures: {total: 100, full_online: 50}\ndossiers: {received: 10}\n"))
        .file("data/hai-phong/s/2025-12-25_2025-12-31.yaml", report("s", "{start: 2025-12-25, end: 2025-12-31}",
            "dossiers: {received: 5}\n"))
        .file("data/hai-phong/t/2025-12.yaml", report("t", "{start: 2025-12-01, end: 2025-12-31}",
            "human_resources: {trained: 3}\n"))
        .file("data/hai-phong/u/2025-12-31.yaml", report("u", "{as_of: 2025-12-31}", "dossiers: {received: 3}\n"));
    Check.Result checked = new Check().run(dir);
    assertFalse(checked.problems().hasErrors(), () -> checked.problems().all().toString());
    Derived derived = new Deriver().derive(checked.data(), checked.problems());
    byCommune = new LinkedHashMap<>();
    derived.reports().forEach(r -> byCommune.computeIfAbsent(r.commune().slug(), k -> new ArrayList<>()).add(r));
  }

  /** The communes in the reverse of their paths' order, as a file system may list them. */
  private static Comparisons.Result compareReversed(Indicator i) {
    List<List<ReportFacts>> communes = new ArrayList<>(byCommune.values());
    java.util.Collections.reverse(communes);
    return Comparisons.of(i, communes);
  }

  private static List<List<String>> groups(Comparisons.Result r) {
    return r.groups().stream()
        .map(g -> g.entries().stream().map(e -> e.facts().commune().slug() + ":" + e.rank()).toList()).toList();
  }

  private static List<String> leftOut(Comparisons.Result r) {
    return r.leftOut().stream().map(l -> l.facts().commune().slug() + ":" + l.why()).toList();
  }

  @Test
  void theLargestGroupComesFirstEvenWhenItIsOlderAndEqualFiguresStandByPath() {
    Comparisons.Result r = compareReversed(Indicator.FULL_ONLINE_SHARE);
    // q's 60 % (30 September) is newer than p's (20 September); both rank first, p listed first.
    assertEquals(List.of(List.of("p:1", "q:1"), List.of("r:1")), groups(r));
    assertEquals(List.of("p:1", "q:1"), groups(r).get(0), "the chart and the map show September's pair");
    assertEquals(List.of("s:NO_VALUE", "t:NO_VALUE", "u:NO_VALUE"), leftOut(r));
  }

  @Test
  void groupsOfOneSizeAndDateStandByKindAndTheLeftOutByReasonThenPath() {
    Comparisons.Result r = compareReversed(Indicator.DOSSIERS_RECEIVED);
    // r's month and s's week both end on 31 December: the month ("month" before "week") first.
    assertEquals(List.of(List.of("r:1"), List.of("s:1")), groups(r));
    assertEquals(When.Span.MONTH, r.groups().get(0).span());
    assertEquals(List.of("p:NO_VALUE", "q:NO_VALUE", "t:NO_VALUE", "u:SPAN"), leftOut(r));
  }

  /** The comparators written out for speed (#26, sixth pass) order every pair as the composed ones they replace. */
  @Test
  void theWrittenOutComparatorsOrderEveryPairAsTheComposedOnes() {
    java.util.Comparator<Comparisons.Entry> newest = java.util.Comparator
        .comparing((Comparisons.Entry e) -> e.when().to()).reversed().thenComparing(e -> e.facts().path());
    java.util.Comparator<Comparisons.Entry> highest = java.util.Comparator
        .comparing((Comparisons.Entry e) -> -e.value().number()).thenComparing(e -> e.facts().path());
    // Every figure of every report: equal values (p and q, 60 %), equal dates, one commune several times.
    List<Comparisons.Entry> entries = new ArrayList<>();
    for (List<ReportFacts> reports : byCommune.values()) {
      for (ReportFacts f : reports) {
        for (Indicator i : Indicator.values()) {
          if (f.value(i).present()) {
            entries.add(new Comparisons.Entry(f, f.value(i), f.value(i).when(), 0));
          }
        }
      }
    }
    assertFalse(entries.size() < 10, "figures: " + entries.size());
    for (Comparisons.Entry a : entries) {
      for (Comparisons.Entry b : entries) {
        assertEquals(Integer.signum(newest.compare(a, b)), Integer.signum(Comparisons.NEWEST_FIRST.compare(a, b)));
        assertEquals(Integer.signum(highest.compare(a, b)), Integer.signum(Comparisons.HIGHEST_FIRST.compare(a, b)));
      }
    }
  }
}
