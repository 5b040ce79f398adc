package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Check;
import vn.xaso.derive.Comparisons;
import vn.xaso.derive.Derived;
import vn.xaso.derive.Deriver;
import vn.xaso.derive.Indicator;
import vn.xaso.derive.ReportFacts;
import vn.xaso.derive.Value;
import vn.xaso.derive.When;
import vn.xaso.problem.Problems;
import vn.xaso.sample.SampleGenerator;

/**
 * What {@link DataIndex} keeps from one build to the next (#26, seventh pass), patched by the
 * communes whose reports changed, must be what is worked out from scratch over the same reports.
 * Each comparison ({@link Comparisons.Kept} against {@link Comparisons#of}): the same groups in
 * the same order, the same figures (the very facts) in the same order with the same ranks, the
 * same communes left out. The nation's trend ({@link Trends.Memo} kept against a new one): the
 * same months, communes counted and means, to the last bit. Compared after each of 300 rounds of random changes as a rebuild gives them (changed communes'
 * facts new objects, every other commune's the last build's): a figure moved (to a value other
 * communes have, or a date that moves the windows), a figure that becomes missing (the commune
 * then compared by an older report, or left out), a report removed, a commune added or removed,
 * a commune read again with the same figures; and once every commune read again.
 */
class KeptIndexTest {
  @TempDir static Path dir;
  /** Each commune's reports in period order, by commune key: 48 communes, of which 36 start in the build. */
  private static Map<String, List<ReportFacts>> universe;
  /** Every present figure of each indicator in the sample: the values and dates a change picks from. */
  private static final Map<Indicator, List<Value>> FIGURES = new EnumMap<>(Indicator.class);

  @BeforeAll
  static void derive() throws Exception {
    Path project = dir.resolve("project");
    new SampleGenerator(48, 4, 11).write(project, Path.of("").toAbsolutePath());
    Check.Result checked = new Check().run(project);
    Derived derived = new Deriver().derive(checked.data(), new Problems());
    universe = new LinkedHashMap<>();
    for (ReportFacts r : derived.reports()) {
      universe.computeIfAbsent(r.province().slug() + "/" + r.commune().slug() + "/", k -> new ArrayList<>()).add(r);
      for (Indicator i : Indicator.values()) {
        if (r.value(i).present()) {
          FIGURES.computeIfAbsent(i, k -> new ArrayList<>()).add(r.value(i));
        }
      }
    }
    assertEquals(48, universe.size());
  }

  @Test
  void aPatchedIndexIsTheOneWorkedOutFromScratchOverRandomChanges() {
    Random random = new Random(27);
    Map<String, List<ReportFacts>> now = new LinkedHashMap<>();
    List<String> keys = new ArrayList<>(universe.keySet());
    keys.subList(0, 36).forEach(k -> now.put(k, universe.get(k)));
    Map<Indicator, Comparisons.Kept> kept = new EnumMap<>(Indicator.class);
    for (Indicator i : Indicator.values()) {
      kept.put(i, new Comparisons.Kept(i));
    }
    Trends.Memo trends = new Trends.Memo();
    compare(kept, trends, now, "first build");
    int[] done = new int[6];
    for (int round = 1; round <= 300; round++) {
      int changes = 1 + random.nextInt(4);
      for (int c = 0; c < changes; c++) {
        done[change(random, now, keys)]++;
      }
      compare(kept, trends, now, "round " + round);
      if (round == 150) {
        // Every commune read again, as the first rebuild after a clean build gives them: sorted afresh.
        now.replaceAll((k, reports) -> reports.stream().map(KeptIndexTest::copy).toList());
        compare(kept, trends, now, "every commune read again");
      }
    }
    for (int n : done) {
      assertTrue(n > 20, () -> "each kind of change made often enough: " + java.util.Arrays.toString(done));
    }
  }

  /** One random change to {@code now}; returns which kind it was. */
  private static int change(Random random, Map<String, List<ReportFacts>> now, List<String> keys) {
    List<String> in = new ArrayList<>(now.keySet());
    String key = in.get(random.nextInt(in.size()));
    List<ReportFacts> reports = new ArrayList<>(now.get(key));
    int kind = random.nextInt(6);
    Indicator i = Indicator.values()[random.nextInt(Indicator.values().length)];
    switch (kind) {
      case 0 -> {
        // A figure moved: to a value another figure has (ties) or a new one, at its date or another's.
        int at = reports.size() - 1 - (random.nextInt(3) == 0 ? random.nextInt(reports.size()) : 0);
        List<Value> figures = FIGURES.get(i);
        Value like = figures.get(random.nextInt(figures.size()));
        double number = random.nextBoolean() ? like.number() : Math.round(random.nextDouble() * 1000) / 10.0;
        When when = like.when();
        if (random.nextInt(3) == 0) {
          long by = 20L * (random.nextInt(7) - 3);
          when = new When(when.span(), when.from() == null ? null : when.from().plusDays(by), when.to().plusDays(by), when.own());
        }
        reports.set(at, with(reports.get(at), i, Value.stated(number).at(when)));
      }
      case 1 -> {
        // A figure becomes missing: in the latest report (an older one then compares), or in every report.
        int from = random.nextBoolean() ? reports.size() - 1 : 0;
        for (int k = from; k < reports.size(); k++) {
          reports.set(k, with(reports.get(k), i, Value.absent("Không có", "None").at(reports.get(k).value(i).when())));
        }
      }
      case 2 -> {
        // A report removed; the commune goes when it was its only one.
        reports.remove(random.nextInt(reports.size()));
      }
      case 3 -> {
        // A commune added (one of the universe's not in the build), else one removed.
        List<String> out = keys.stream().filter(k -> !now.containsKey(k)).toList();
        if (!out.isEmpty()) {
          String added = out.get(random.nextInt(out.size()));
          now.put(added, universe.get(added));
          return kind;
        }
        reports.clear();
      }
      case 4 -> {
        // A commune removed.
        reports.clear();
      }
      default -> {
        // Read again with the same figures: new objects, the same comparison.
        reports.replaceAll(KeptIndexTest::copy);
      }
    }
    if (reports.isEmpty()) {
      now.remove(key);
    } else {
      now.put(key, reports);
    }
    return kind;
  }

  private static ReportFacts copy(ReportFacts f) {
    return new ReportFacts(f.loaded(), f.commune(), f.province(), f.indicators(), f.warnings());
  }

  private static ReportFacts with(ReportFacts f, Indicator i, Value v) {
    Map<Indicator, Value> indicators = new EnumMap<>(f.indicators());
    indicators.put(i, v);
    return new ReportFacts(f.loaded(), f.commune(), f.province(), indicators, f.warnings());
  }

  private static void compare(Map<Indicator, Comparisons.Kept> kept, Trends.Memo trends, Map<String, List<ReportFacts>> now,
      String when) {
    assertEquals(Trends.months(now, new Trends.Memo()), Trends.months(now, trends), when + ": the nation's trend");
    for (Indicator i : Indicator.values()) {
      Comparisons.Result fresh = Comparisons.of(i, now.values());
      Comparisons.Result patched = kept.get(i).update(now);
      String what = when + ", " + i;
      assertEquals(fresh.groups().size(), patched.groups().size(), what + ": groups");
      for (int g = 0; g < fresh.groups().size(); g++) {
        Comparisons.Group a = fresh.groups().get(g);
        Comparisons.Group b = patched.groups().get(g);
        String group = what + ", group " + g;
        assertEquals(List.of(String.valueOf(a.span()), a.from(), a.to(), a.entries().size()),
            List.of(String.valueOf(b.span()), b.from(), b.to(), b.entries().size()), group);
        for (int k = 0; k < a.entries().size(); k++) {
          Comparisons.Entry x = a.entries().get(k);
          Comparisons.Entry y = b.entries().get(k);
          assertSame(x.facts(), y.facts(), group + ", entry " + k);
          assertEquals(List.of(x.value(), x.when(), x.rank()), List.of(y.value(), y.when(), y.rank()), group + ", entry " + k);
        }
      }
      assertEquals(fresh.leftOut().size(), patched.leftOut().size(), what + ": left out");
      for (int k = 0; k < fresh.leftOut().size(); k++) {
        Comparisons.LeftOut x = fresh.leftOut().get(k);
        Comparisons.LeftOut y = patched.leftOut().get(k);
        assertSame(x.facts(), y.facts(), what + ", left out " + k);
        assertEquals(List.of(x.why(), String.valueOf(x.when())), List.of(y.why(), String.valueOf(y.when())), what + ", left out " + k);
      }
    }
  }
}
