package vn.xaso.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.xaso.build.Check;
import vn.xaso.model.Commune;
import vn.xaso.model.DocumentRef;
import vn.xaso.model.FieldPath;
import vn.xaso.model.Period;
import vn.xaso.model.Report;
import vn.xaso.model.Rule;
import vn.xaso.model.Rules;
import vn.xaso.model.Source;
import vn.xaso.model.Text;
import vn.xaso.schema.Schema;
import vn.xaso.schema.Shape;
import vn.xaso.testing.TinyProject;

/**
 * Cases generated from the declaration, not written by hand: for every rule of {@link Rules}, a
 * report at each bound (no problem) and one just over it (exactly the rule's problem, at the field
 * it names), with each part given alone and the parts together. A rule added to the declaration
 * is tested here without a line more; one the validator forgets fails here.
 */
class DeclaredRulesTest {
  private static final int WHOLE = 100;
  private static final LocalDate DAY = LocalDate.of(2025, 12, 31);
  private static final FieldPath<Report, Period> PERIOD = FieldPath.of(Report::period);
  private static final String START = PERIOD.then(Period::start).path();
  private static final String END = PERIOD.then(Period::end).path();
  private static final String AS_OF = PERIOD.then(Period::asOf).path();
  private static final String SINCE = PERIOD.then(Period::since).path();
  private static final FieldPath<Report, Source> SOURCE = FieldPath.of(Report::source);
  private static final Map<Class<?>, String> PREFIXES = prefixes();

  @TempDir Path dir;

  /** One generated report: figures by full YAML path, the profile's villages, and the problems expected. */
  record Case(Map<String, Object> figures, Integer villages, Map<String, Object> previous, List<String> expected) {}

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (Rule rule : Rules.ALL) {
      String name = rule.scope().getSimpleName() + ": " + rule.formula();
      cases(rule).forEach((label, c) -> out.add(Arguments.of(name + " — " + label, c)));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachDeclaredRuleHoldsAtItsBoundAndBreaksJustOverIt(String name, Case c) throws Exception {
    assertEquals(c.expected(), problems(c), name);
  }

  @Test
  void everyRuleGivesAtLeastOneCaseThatBreaksIt() {
    for (Rule rule : Rules.ALL) {
      assertFalse(cases(rule).values().stream().allMatch(c -> c.expected().isEmpty()), rule.formula());
    }
  }

  private static Map<String, Case> cases(Rule rule) {
    String at = PREFIXES.get(rule.scope());
    if (rule instanceof Rule.Parts p) {
      return parts(p, at);
    }
    if (rule instanceof Rule.Rate r) {
      return Map.of(
          "stated within a hundredth", report(expect(), at, r.stated(), 33.34, r.count(), 1, r.of(), 3),
          "stated two hundredths off", report(expect("rate-mismatch", at, r.stated()), at, r.stated(), 33.35, r.count(), 1,
              r.of(), 3),
          "nothing to divide by", report(expect(), at, r.stated(), 50.0, r.count(), 0, r.of(), 0));
    }
    if (rule instanceof Rule.Complement c) {
      return Map.of(
          "a twentieth off", report(expect(), at, c.first(), 80.0, c.second(), 20.05),
          "just over a twentieth off", report(expect("shares-not-100", at, c.first()), at, c.first(), 80.0, c.second(), 20.06));
    }
    if (rule instanceof Rule.Ordered o) {
      return ordered(o, at);
    }
    if (rule instanceof Rule.FullMeansNone f) {
      return Map.of(
          "full and no gap", report(expect(), at, f.share(), 100.0, f.gaps(), 0),
          "not full, a gap", report(expect(), at, f.share(), 99.99, f.gaps(), 1),
          "full and a gap", report(expect("coverage-with-gaps", at, f.share()), at, f.share(), 100.0, f.gaps(), 1));
    }
    if (rule instanceof Rule.WithinProfile w) {
      return Map.of(
          "as many as the profile", withProfile(report(expect(), at, w.part(), WHOLE)),
          "one more than the profile", withProfile(report(expect("over-profile", at, w.part()), at, w.part(), WHOLE + 1)));
    }
    if (rule instanceof Rule.Cumulative c) {
      return cumulative(c, at);
    }
    Rule.Continues c = (Rule.Continues) rule;
    Map<String, Object> before = new LinkedHashMap<>();
    before.put(full(at, c.left()), 5);
    return Map.of(
        "carries what was left", continued(report(expect(), at, c.carried(), 5), before),
        "carries one more", continued(report(expect("carried-over-mismatch", at, c.carried()), at, c.carried(), 6), before));
  }

  /**
   * Two "as of" reports, a month apart: the later one as high as the earlier (no problem), one
   * fewer (the rule's problem), one fewer but counted from another day, or after a report that
   * does not give the figure (nothing to compare: no problem).
   */
  private static Map<String, Case> cumulative(Rule.Cumulative c, String at) {
    String field = full(at, c.figure());
    return Map.of(
        "as many as before", later(field, WHOLE, earlier(field, WHOLE, 1), expect()),
        "one fewer than before", later(field, WHOLE - 1, earlier(field, WHOLE, 1), expect("cumulative-fell", at, c.figure())),
        "one fewer, counted from another day", later(field, WHOLE - 1, earlier(field, WHOLE, 2), expect()),
        "before without the figure", later(field, 0, earlier(null, 0, 1), expect()));
  }

  private static Map<String, Object> earlier(String field, int value, int sinceMonth) {
    Map<String, Object> before = new LinkedHashMap<>();
    before.put(AS_OF, DAY.minusMonths(1));
    before.put(SINCE, LocalDate.of(2025, sinceMonth, 1));
    if (field != null) {
      before.put(field, value);
    }
    return before;
  }

  private static Case later(String field, int value, Map<String, Object> before, List<String> expected) {
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put(AS_OF, DAY);
    figures.put(SINCE, LocalDate.of(2025, 1, 1));
    figures.put(field, value);
    return new Case(figures, null, before, expected);
  }

  /** Each part alone at and over the whole; all parts together at, over and (for a classification) under it. */
  private static Map<String, Case> parts(Rule.Parts p, String at) {
    Map<String, Case> out = new LinkedHashMap<>();
    for (FieldPath<?, ? extends Number> part : p.parts()) {
      out.put(part.path() + " alone at the whole", partsCase(p, at, List.of(part), WHOLE, expect()));
      out.put(part.path() + " alone one over", partsCase(p, at, List.of(part), WHOLE + 1, expect("exceeds", at, part)));
    }
    if (p.parts().size() < 2) {
      return out;
    }
    out.put("all parts making the whole", partsCase(p, at, p.parts(), WHOLE, expect()));
    List<String> over = p.closure() == Rule.Closure.EXACT ? expect("sum-mismatch", at, p.whole().get(0))
        : expect("exceeds", at, p.parts().get(0));
    out.put("all parts one over", partsCase(p, at, p.parts(), WHOLE + 1, over));
    List<String> under = switch (p.closure()) {
      case EXACT -> expect("sum-mismatch", at, p.whole().get(0));
      case CLASSIFIED -> expect("parts-short", at, p.parts().get(0));
      case AT_MOST -> expect();
    };
    out.put("all parts one short", partsCase(p, at, p.parts(), WHOLE - 1, under));
    if (p.parts().size() > 2) {
      List<FieldPath<?, ? extends Number>> some = p.parts().subList(0, p.parts().size() - 1);
      out.put("some parts, together one over", partsCase(p, at, some, WHOLE + 1, expect("exceeds", at, some.get(0))));
    }
    return out;
  }

  /** The whole's figures adding up to {@link #WHOLE}; {@code given} parts adding up to {@code sum}, each at most the whole. */
  private static Case partsCase(Rule.Parts p, String at, List<FieldPath<?, ? extends Number>> given, int sum,
      List<String> expected) {
    Map<String, Object> figures = new LinkedHashMap<>();
    int left = WHOLE;
    for (int i = 0; i < p.whole().size(); i++) {
      int share = i == p.whole().size() - 1 ? left : WHOLE * 3 / 5;
      figures.put(full(at, p.whole().get(i)), share);
      left -= share;
    }
    int each = sum / given.size();
    for (int i = 0; i < given.size(); i++) {
      figures.put(full(at, given.get(i)), i == 0 ? sum - each * (given.size() - 1) : each);
    }
    return new Case(figures, null, null, expected);
  }

  /** Dates equal (in order) and the earlier one a day after the later (out of order). */
  private static Map<String, Case> ordered(Rule.Ordered o, String at) {
    String code = switch (o.order()) {
      case PERIOD -> "period-order";
      case CITED -> "document-after-report";
      case ISSUED -> "issued-before-period-end";
    };
    String where = full(at, o.order() == Rule.Order.ISSUED ? o.later() : o.earlier()).replace("[]", "[0]");
    return Map.of(
        "same day", report(expect(), at, o.earlier(), DAY, o.later(), DAY),
        "a day out of order", report(List.of(code + " " + where), at, o.earlier(), DAY.plusDays(1), o.later(), DAY));
  }

  private static Case report(List<String> expected, String at, Object... pathsAndValues) {
    Map<String, Object> figures = new LinkedHashMap<>();
    for (int i = 0; i < pathsAndValues.length; i += 2) {
      figures.put(full(at, (FieldPath<?, ?>) pathsAndValues[i]), pathsAndValues[i + 1]);
    }
    return new Case(figures, null, null, expected);
  }

  private static Case withProfile(Case c) {
    return new Case(c.figures(), WHOLE, null, c.expected());
  }

  private static Case continued(Case c, Map<String, Object> before) {
    return new Case(c.figures(), null, before, c.expected());
  }

  private static List<String> expect() {
    return List.of();
  }

  private static List<String> expect(String code, String at, FieldPath<?, ?> field) {
    return List.of(code + " " + full(at, field));
  }

  private static String full(String prefix, FieldPath<?, ?> field) {
    return prefix.isEmpty() ? field.path() : prefix + "." + field.path();
  }

  // --- Writing and checking the report ----------------------------------------------------

  private List<String> problems(Case c) throws Exception {
    TinyProject p = TinyProject.withCommune(dir);
    if (c.villages() != null) {
      p.file("data/hai-phong/hung-thang/commune.yaml",
          TinyProject.COMMUNE + FieldPath.of(Commune::villages).path() + ": " + c.villages() + "\n");
    }
    Map<String, Object> figures = base(c.figures(), "12/BC-UBND");
    p.file("data/hai-phong/hung-thang/" + key(figures) + ".yaml", yaml(figures));
    if (c.previous() != null) {
      Map<String, Object> before = base(c.previous(), "11/BC-UBND");
      if (!c.previous().containsKey(AS_OF)) {
        before.put(START, LocalDate.of(2025, 11, 1));
        before.put(END, LocalDate.of(2025, 11, 30));
      }
      p.file("data/hai-phong/hung-thang/" + key(before) + ".yaml", yaml(before));
    }
    return new Check().run(dir).problems().all().stream()
        .map(x -> x.code().id() + " " + x.field()).toList();
  }

  /** What every report needs, dated ten days after {@link #DAY}, under the figures of the case. */
  private static Map<String, Object> base(Map<String, Object> figures, String number) {
    Map<String, Object> all = new LinkedHashMap<>();
    all.put(FieldPath.of(Report::commune).path(), "hung-thang");
    if (!figures.containsKey(AS_OF)) {
      all.put(START, LocalDate.of(2025, 12, 1));
      all.put(END, DAY);
    }
    all.put(SOURCE.then(Source::issuer).then(Text::vi).path(), "UBND xã Hùng Thắng");
    all.put(SOURCE.then(Source::issuerBlock).path(), "government");
    all.put(SOURCE.then(Source::number).path(), number);
    all.put(SOURCE.then(Source::date).path(), DAY.plusDays(10));
    all.put(SOURCE.then(Source::title).then(Text::vi).path(), "Báo cáo");
    all.putAll(figures);
    for (String path : List.copyOf(all.keySet())) {
      if (path.contains("[]")) {
        String list = path.substring(0, path.indexOf("[]") + 2);
        all.put(list + "." + FieldPath.of(DocumentRef::title).then(Text::vi).path(), "Văn bản");
      }
    }
    return all;
  }

  private static String key(Map<String, Object> figures) {
    return new Period((LocalDate) figures.get(START), (LocalDate) figures.get(END), (LocalDate) figures.get(AS_OF)).key();
  }

  /** Block YAML from dotted paths; a segment ending in {@code []} is a list of one element. */
  @SuppressWarnings("unchecked")
  static String yaml(Map<String, Object> figures) {
    Map<String, Object> tree = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : figures.entrySet()) {
      Map<String, Object> at = tree;
      String[] parts = e.getKey().split("\\.");
      for (int i = 0; i < parts.length - 1; i++) {
        at = (Map<String, Object>) at.computeIfAbsent(parts[i], k -> new LinkedHashMap<String, Object>());
      }
      at.put(parts[parts.length - 1], e.getValue());
    }
    StringBuilder out = new StringBuilder();
    write(tree, "", out);
    return out.toString();
  }

  @SuppressWarnings("unchecked")
  private static void write(Map<String, Object> tree, String indent, StringBuilder out) {
    for (Map.Entry<String, Object> e : tree.entrySet()) {
      boolean list = e.getKey().endsWith("[]");
      String name = list ? e.getKey().substring(0, e.getKey().length() - 2) : e.getKey();
      if (e.getValue() instanceof Map<?, ?> child) {
        out.append(indent).append(name).append(":\n");
        if (list) {
          out.append(indent).append("  -\n");
          write((Map<String, Object>) child, indent + "    ", out);
        } else {
          write((Map<String, Object>) child, indent + "  ", out);
        }
      } else {
        out.append(indent).append(name).append(": ").append(e.getValue()).append('\n');
      }
    }
  }

  /** The path at which each record first stands in a report, found from the schema: {@code infrastructure.party.hardware}. */
  private static Map<Class<?>, String> prefixes() {
    Map<Class<?>, String> out = new LinkedHashMap<>();
    prefixes(new Schema().report(), "", out);
    return out;
  }

  private static void prefixes(Shape.Obj obj, String prefix, Map<Class<?>, String> out) {
    if (out.putIfAbsent(obj.type(), prefix) != null) {
      return;
    }
    for (Shape.Prop p : obj.props()) {
      if (p.shape() instanceof Shape.Obj child) {
        prefixes(child, prefix.isEmpty() ? p.name() : prefix + "." + p.name(), out);
      }
    }
  }
}
