package vn.xaso.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Check;
import vn.xaso.model.Dossiers;
import vn.xaso.model.Flow;
import vn.xaso.model.Period;
import vn.xaso.model.Procedures;
import vn.xaso.model.Report;
import vn.xaso.model.Stock;
import vn.xaso.testing.TinyProject;

/**
 * Which figures compare, on a small country: in Hải Phòng, a (December), b (the week 22–28
 * December, procedures stated "as of" 20 December), c ("as of" 30 September), d (November and
 * December) and f (December, no procedures part); in Quảng Ngãi, e (December).
 */
class ComparisonsTest {
  @TempDir
  static Path dir;
  private static Derived derived;
  private static Map<String, List<ReportFacts>> byCommune;

  private static String report(String commune, String period, String body) {
    return "commune: " + commune + "\nperiod: " + period + "\nsource:\n  issuer: {vi: UBND}\n  issuer_block: government\n"
        + "  title: {vi: Báo cáo}\n" + body;
  }

  private static String commune(String slug, String province) {
    return "slug: " + slug + "\nname: Xã " + slug.toUpperCase() + "\nunit_type: xa\nprovince: " + province + "\n";
  }

  @BeforeAll
  static void derive() throws Exception {
    TinyProject p = TinyProject.withCommune(dir)
        .file("data/quang-ngai/province.yaml", "slug: quang-ngai\nname: Quảng Ngãi\n");
    for (String s : List.of("a", "b", "c", "d", "f")) {
      p.file("data/hai-phong/" + s + "/commune.yaml", commune(s, "hai-phong"));
    }
    p.file("data/quang-ngai/e/commune.yaml", commune("e", "quang-ngai"))
        .file("data/hai-phong/a/2025-12.yaml", report("a", "{start: 2025-12-01, end: 2025-12-31}",
            "procedures: {total: 100, full_online: 50}\ndossiers: {received: 300, resolved: 100, on_time: 90}\n"))
        .file("data/hai-phong/b/2025-12-22_2025-12-28.yaml", report("b", "{start: 2025-12-22, end: 2025-12-28}",
            "procedures: {as_of: 2025-12-20, total: 100, full_online: 70}\n"
                + "dossiers: {received: 80, resolved: 50, on_time: 50}\n"))
        .file("data/hai-phong/c/2025-09-30.yaml", report("c", "{as_of: 2025-09-30}",
            "procedures: {total: 100, full_online: 90}\ndossiers: {received: 999, resolved: 10, on_time: 5}\n"))
        .file("data/hai-phong/d/2025-11.yaml", report("d", "{start: 2025-11-01, end: 2025-11-30}",
            "procedures: {total: 100, full_online: 30}\n"))
        .file("data/hai-phong/d/2025-12.yaml", report("d", "{start: 2025-12-01, end: 2025-12-31}",
            "procedures: {total: 100, full_online: 50}\ndossiers: {received: 200}\n"))
        .file("data/hai-phong/f/2025-12.yaml", report("f", "{start: 2025-12-01, end: 2025-12-31}",
            "dossiers: {received: 10}\n"))
        .file("data/quang-ngai/e/2025-12.yaml", report("e", "{start: 2025-12-01, end: 2025-12-31}",
            "procedures: {total: 100, full_online: 60}\ndossiers: {received: 100}\n"));
    Check.Result checked = new Check().run(dir);
    assertFalse(checked.problems().hasErrors(), () -> checked.problems().all().toString());
    derived = new Deriver().derive(checked.data(), checked.problems());
    byCommune = new LinkedHashMap<>();
    derived.reports().forEach(r -> byCommune.computeIfAbsent(r.province().slug() + "/" + r.commune().slug(),
        k -> new ArrayList<>()).add(r));
  }

  private static Comparisons.Result compare(Indicator i) {
    Collection<List<ReportFacts>> all = byCommune.values();
    return Comparisons.of(i, all);
  }

  private static List<String> names(Comparisons.Group g) {
    return g.entries().stream().map(e -> e.facts().commune().slug() + ":" + e.rank()).toList();
  }

  private static ReportFacts latest(String key) {
    List<ReportFacts> r = byCommune.get(key);
    return r.get(r.size() - 1);
  }

  @Test
  void theModelDeclaresEachPartAStockOrAFlow() {
    assertTrue(Procedures.class.isAnnotationPresent(Stock.class));
    assertTrue(Dossiers.class.isAnnotationPresent(Flow.class));
    assertTrue(Part.PROCEDURES.stock());
    assertTrue(Part.INFRASTRUCTURE.stock());
    assertTrue(Part.HUMAN_RESOURCES.stock());
    assertFalse(Part.DOSSIERS.stock());
    assertTrue(Indicator.FULL_ONLINE_SHARE.isStock());
    assertFalse(Indicator.ON_TIME_RATE.isStock());
  }

  @Test
  void eachFigureCarriesItsOwnDateOrSpan() {
    ReportFacts b = latest("hai-phong/b");
    When procedures = b.value(Indicator.FULL_ONLINE_SHARE).when();
    assertEquals(new When(When.Span.AS_OF, LocalDate.of(2025, 12, 20), LocalDate.of(2025, 12, 20), true), procedures,
        "the report's own date for the part, not its period's end");
    assertEquals(new When(When.Span.WEEK, LocalDate.of(2025, 12, 22), LocalDate.of(2025, 12, 28), false),
        b.value(Indicator.DOSSIERS_RECEIVED).when());
    When aStock = latest("hai-phong/a").value(Indicator.COMPUTERS).when();
    assertEquals(LocalDate.of(2025, 12, 31), aStock.to(), "default: the period's last day");
    assertFalse(aStock.own());
    When cFlow = latest("hai-phong/c").value(Indicator.DOSSIERS_RECEIVED).when();
    assertEquals(When.Span.TO_DATE, cFlow.span());
    assertNull(cFlow.from(), "an 'as of' report's flow starts on a day it does not state");
    assertEquals(When.Span.MONTH, When.Span.ofDays(31));
    assertEquals(When.Span.QUARTER, When.Span.ofDays(92));
    assertEquals(When.Span.OTHER, When.Span.ofDays(15));
  }

  @Test
  void anAsOfReportThatSaysWhereItsCountsStartCountsOverThatSpan() {
    Report r = Report.identity("c", new Period(null, null, LocalDate.of(2025, 9, 30), LocalDate.of(2025, 7, 1)), null);
    assertEquals(new When(When.Span.QUARTER, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30), false),
        When.of(Part.DOSSIERS, r), "lũy kế từ 01/07 đến 30/09: a quarter's counts, not counts from an unknown day");
    Report month = Report.identity("c", new Period(null, null, LocalDate.of(2025, 7, 31), LocalDate.of(2025, 7, 1)), null);
    assertEquals(new When(When.Span.MONTH, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 31), false),
        When.of(Part.DOSSIERS, month));
    assertEquals(new When(When.Span.AS_OF, LocalDate.of(2025, 9, 30), LocalDate.of(2025, 9, 30), false),
        When.of(Part.PROCEDURES, r), "a stock stays at the date");
  }

  @Test
  void stocksCompareWithinAMonthAndEqualValuesShareARank() {
    Comparisons.Result r = compare(Indicator.FULL_ONLINE_SHARE);
    assertEquals(2, r.groups().size());
    Comparisons.Group main = r.main().orElseThrow();
    assertEquals(When.Span.AS_OF, main.span());
    assertEquals(List.of("b:1", "e:2", "a:3", "d:3"), names(main), "20 and 31 December are 11 days apart");
    assertEquals(LocalDate.of(2025, 12, 20), main.from());
    assertEquals(LocalDate.of(2025, 12, 31), main.to());
    assertEquals(List.of("c:1"), names(r.groups().get(1)), "30 September is more than 31 days before");
    // Ranks within a province: b 70%, then a and d 50% in Hải Phòng.
    assertEquals(2, main.rankIn("hai-phong", latest("hai-phong/a")));
    assertEquals(3, main.countIn("hai-phong"));
    assertEquals(1, main.rankIn("quang-ngai", latest("quang-ngai/e")));
    // f has no procedures part: left out with its own reason.
    assertEquals(1, r.leftOut().size());
    assertEquals(Comparisons.Why.NO_VALUE, r.leftOut().get(0).why());
    assertEquals("f", r.leftOut().get(0).facts().commune().slug());
  }

  @Test
  void countsOfFlowsCompareOnlyOverSpansOfOneKind() {
    Comparisons.Result r = compare(Indicator.DOSSIERS_RECEIVED);
    List<List<String>> groups = r.groups().stream().map(ComparisonsTest::names).toList();
    assertEquals(List.of(List.of("a:1", "d:2", "e:3", "f:4"), List.of("b:1")), groups,
        "months with months, the week alone");
    assertEquals(When.Span.MONTH, r.groups().get(0).span());
    assertEquals(When.Span.WEEK, r.groups().get(1).span());
    assertEquals(1, r.leftOut().size());
    assertEquals(Comparisons.Why.SPAN, r.leftOut().get(0).why(), "a count from an unstated start compares with nothing");
    assertEquals("c", r.leftOut().get(0).facts().commune().slug());
  }

  @Test
  void sharesOfFlowsCompareAcrossLengthsButNotAcrossMonths() {
    Comparisons.Result r = compare(Indicator.ON_TIME_RATE);
    assertEquals(List.of(List.of("b:1", "a:2"), List.of("c:1")), r.groups().stream().map(ComparisonsTest::names).toList(),
        "a week's share beside a month's; September's apart");
    assertNull(r.groups().get(0).span(), "a group of shares of flows has no one kind of span");
  }

  @Test
  void aCommunesTrendIsAgainstItsOwnPreviousFigureOfTheSameKind() {
    List<ReportFacts> d = byCommune.get("hai-phong/d");
    assertEquals("2025-11", Comparisons.previous(Indicator.FULL_ONLINE_SHARE, d).orElseThrow().report().period().key());
    assertTrue(Comparisons.previous(Indicator.DOSSIERS_RECEIVED, d).isEmpty(), "November gives no dossiers");
    assertTrue(Comparisons.previous(Indicator.FULL_ONLINE_SHARE, byCommune.get("hai-phong/a")).isEmpty());
    // The latest figure is the latest report giving it, not merely the latest report.
    assertEquals("2025-12", Comparisons.latestGiving(Indicator.FULL_ONLINE_SHARE, d).orElseThrow().report().period().key());
  }

  @Test
  void aComputedShareSaysFromWhichFigures() {
    Value v = latest("hai-phong/a").value(Indicator.FULL_ONLINE_SHARE);
    assertEquals(Value.Basis.COMPUTED, v.basis());
    assertEquals("toàn trình 50 ÷ tổng số TTHC 100 (báo cáo ghi)", v.howVi());
    assertEquals("fully online 50 ÷ procedures in force 100 (as stated)", v.howEn());
    assertEquals("đúng hạn 90 ÷ đã giải quyết 100", latest("hai-phong/a").value(Indicator.ON_TIME_RATE).howVi());
    assertNull(latest("hai-phong/a").value(Indicator.PROCEDURES_TOTAL).howVi(), "a count the report gives needs no basis");
  }

  @Test
  void theCommunePageFindsItsOwnFigureAndTheGroupItIsComparedIn() {
    // The commune page's summary says "hạng c trên cn" from these two lookups.
    Comparisons.Result r = compare(Indicator.FULL_ONLINE_SHARE);
    ReportFacts a = latest("hai-phong/a");
    ReportFacts c = latest("hai-phong/c");
    assertEquals(r.main(), r.groupOf(a));
    assertEquals(List.of("c:1"), names(r.groupOf(c).orElseThrow()), "September's figure is ranked among September's");
    Comparisons.Entry ofA = r.entryOf(a).orElseThrow();
    assertEquals(3, ofA.rank());
    assertEquals(50.0, ofA.value().number());
    assertEquals(1, r.entryOf(latest("hai-phong/b")).orElseThrow().rank());
    ReportFacts f = latest("hai-phong/f");
    assertTrue(r.groupOf(f).isEmpty(), "a commune left out is in no group");
    assertTrue(r.entryOf(f).isEmpty());
  }
}
