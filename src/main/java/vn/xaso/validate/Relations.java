package vn.xaso.validate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.xaso.model.FieldPath;
import vn.xaso.model.FieldPath.Located;
import vn.xaso.model.Lang;
import vn.xaso.model.Rule;
import vn.xaso.problem.Code;
import vn.xaso.problem.Words;

/**
 * Evaluates the declared {@link Rule}s on one record of their scope. Counts are added in long,
 * so no sum of counts wraps around; a figure the report does not give is unknown, never 0, and a
 * relation that needs it says nothing. Each problem is told at the field to fix.
 */
final class Relations {
  /** Where problems go: the field's full path, the code and its arguments. */
  interface Sink {
    void add(String path, Code code, Map<String, Object> args);
  }

  private final Sink sink;

  Relations(Sink sink) {
    this.sink = sink;
  }

  /** Every rule that can be checked inside one record (not those needing a profile or another period). */
  void check(Rule rule, Scopes.Scope at) {
    if (rule instanceof Rule.Parts p) {
      parts(p, at);
    } else if (rule instanceof Rule.Rate r) {
      rate(r, at);
    } else if (rule instanceof Rule.Complement c) {
      complement(c, at);
    } else if (rule instanceof Rule.Ordered o) {
      ordered(o, at);
    } else if (rule instanceof Rule.FullMeansNone f) {
      fullMeansNone(f, at);
    }
  }

  private void parts(Rule.Parts rule, Scopes.Scope at) {
    Long whole = sumOfAll(rule.whole(), at.value());
    if (whole == null) {
      return;
    }
    Words wholeName = names(rule.whole(), true);
    boolean alone = false;
    List<FieldPath<?, ? extends Number>> given = new ArrayList<>();
    long sum = 0;
    for (FieldPath<?, ? extends Number> part : rule.parts()) {
      Number v = part.valueIn(at.value());
      if (v == null) {
        continue;
      }
      given.add(part);
      sum += v.longValue();
      if (v.longValue() > whole) {
        alone = true;
        exceeds(at.at(part.path()), names(List.of(part), false), v.longValue(), wholeName, whole);
      }
    }
    if (!alone) {
      together(rule, at, given, sum, whole, wholeName);
    }
  }

  /** The parts given, added: checked only when no part alone is already over the whole. */
  private void together(Rule.Parts rule, Scopes.Scope at, List<FieldPath<?, ? extends Number>> given, long sum,
      long whole, Words wholeName) {
    boolean all = given.size() == rule.parts().size();
    if (rule.closure() == Rule.Closure.EXACT && all) {
      if (sum != whole) {
        sink.add(at.at(rule.whole().get(0).path()), Code.SUM_MISMATCH,
            Map.of("total", whole, "sum", sum, "parts", names(rule.parts(), true)));
      }
    } else if (given.size() > 1 && sum > whole) {
      exceeds(at.at(given.get(0).path()), names(given, false), sum, wholeName, whole);
    } else if (rule.closure() == Rule.Closure.CLASSIFIED && all && sum < whole) {
      sink.add(at.at(given.get(0).path()), Code.PARTS_SHORT, Map.of("parts", names(given, false), "sum", sum,
          "whole", wholeName, "total", whole, "gap", whole - sum));
    }
  }

  private void exceeds(String path, Words part, long left, Words whole, long right) {
    sink.add(path, Code.EXCEEDS, Map.of("part", part, "left", left, "whole", whole, "right", right));
  }

  /** A stated share against 100 × count / of, rounded to the hundredth; a zero denominator says nothing. */
  private void rate(Rule.Rate rule, Scopes.Scope at) {
    Double stated = rule.stated().valueIn(at.value());
    Number count = rule.count().valueIn(at.value());
    Number of = rule.of().valueIn(at.value());
    if (stated == null || count == null || of == null || of.longValue() == 0) {
      return;
    }
    BigDecimal computed = BigDecimal.valueOf(count.longValue()).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(of.longValue()), 2, RoundingMode.HALF_UP);
    if (computed.subtract(BigDecimal.valueOf(stated)).abs().compareTo(new BigDecimal("0.0101")) > 0) {
      sink.add(at.at(rule.stated().path()), Code.RATE_MISMATCH, Map.of("stated", stated,
          "numerator", count.longValue(), "denominator", of.longValue(), "computed", computed.doubleValue()));
    }
  }

  private void complement(Rule.Complement rule, Scopes.Scope at) {
    Double first = rule.first().valueIn(at.value());
    Double second = rule.second().valueIn(at.value());
    if (first == null || second == null) {
      return;
    }
    BigDecimal sum = BigDecimal.valueOf(first).add(BigDecimal.valueOf(second));
    if (sum.subtract(BigDecimal.valueOf(100)).abs().compareTo(new BigDecimal("0.05")) > 0) {
      sink.add(at.at(rule.first().path()), Code.SHARES_NOT_100,
          Map.of("online", first, "in_person", second, "sum", sum.doubleValue()));
    }
  }

  private void ordered(Rule.Ordered rule, Scopes.Scope at) {
    LocalDate later = rule.later().valueIn(at.value());
    if (later == null) {
      return;
    }
    for (Located<LocalDate> earlier : rule.earlier().allIn(at.value(), at.prefix())) {
      if (earlier.value() != null && earlier.value().isAfter(later)) {
        outOfOrder(rule, at, earlier, later);
      }
    }
  }

  private void outOfOrder(Rule.Ordered rule, Scopes.Scope at, Located<LocalDate> earlier, LocalDate later) {
    switch (rule.order()) {
      case PERIOD -> sink.add(earlier.path(), Code.PERIOD_ORDER, Map.of("start", earlier.value(), "end", later));
      case CITED -> sink.add(earlier.path(), Code.DOCUMENT_AFTER_REPORT,
          Map.of("date", earlier.value(), "what", names(List.of(rule.later()), true), "report", later));
      case ISSUED -> sink.add(at.at(rule.later().path()), Code.ISSUED_BEFORE_PERIOD_END,
          Map.of("what", names(List.of(rule.later()), false), "date", later, "end", earlier.value()));
    }
  }

  private void fullMeansNone(Rule.FullMeansNone rule, Scopes.Scope at) {
    Double share = rule.share().valueIn(at.value());
    Number gaps = rule.gaps().valueIn(at.value());
    if (share != null && gaps != null && share >= 100 && gaps.longValue() > 0) {
      sink.add(at.at(rule.share().path()), Code.COVERAGE_WITH_GAPS, Map.of("what", names(List.of(rule.share()), false),
          "share", share, "gaps", names(List.of(rule.gaps()), true), "count", gaps.longValue()));
    }
  }

  /** The sum of the figures when every one is given, else null: a missing figure is unknown, not zero. */
  static Long sumOfAll(List<? extends FieldPath<?, ? extends Number>> paths, Object scope) {
    long sum = 0;
    for (FieldPath<?, ? extends Number> p : paths) {
      Number v = p.valueIn(scope);
      if (v == null) {
        return null;
      }
      sum += v.longValue();
    }
    return sum;
  }

  /**
   * The fields' meanings joined by " + ", as the dictionary gives them; {@code inner} when the
   * words stand inside a sentence, where a capital that only starts the meaning is dropped.
   */
  static Words names(List<? extends FieldPath<?, ?>> paths, boolean inner) {
    return new Words(joined(paths, Lang.VI, inner), joined(paths, Lang.EN, inner));
  }

  private static String joined(List<? extends FieldPath<?, ?>> paths, Lang lang, boolean inner) {
    List<String> out = new ArrayList<>();
    for (FieldPath<?, ?> p : paths) {
      out.add(inner || !out.isEmpty() ? lower(p.label(lang)) : p.label(lang));
    }
    return out.stream().collect(Collectors.joining(" + "));
  }

  /** "Hồ sơ tiếp nhận" → "hồ sơ tiếp nhận", but "TTHC …" stays: an acronym keeps its capitals. */
  static String lower(String s) {
    if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))) {
      return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
    return s;
  }
}
