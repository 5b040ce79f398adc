package vn.xaso.model;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One relation between fields of the model, declared once in {@link Rules}: the validator checks
 * it, the data dictionary prints it in its rules column and the tests generate their cases from
 * it. Every field is a typed {@link FieldPath} from the rule's scope, the record the rule is about
 * wherever it occurs (the four blocks' {@code hardware} share one declaration). A figure a report
 * does not give is unknown: a rule that needs it says nothing.
 */
public sealed interface Rule {
  /** The record every path of the rule starts from. */
  Class<?> scope();

  /** Every field the rule reads, for the dictionary's rules column. */
  List<FieldPath<?, ?>> fields();

  /** The rule written with the fields' names relative to the scope, the same in both languages. */
  String formula();

  /** What kind of relation it is, in {@code lang}. */
  String kind(Lang lang);

  /** How a sum of parts stands to its whole when the report gives every part. */
  enum Closure {
    /** The parts may leave some of the whole out: their sum is at most the whole. */
    AT_MOST,
    /** The parts make up the whole: given all, their sum is the whole; anything else is an error. */
    EXACT,
    /** The parts are meant to classify the whole: a sum short of it is a gap the report leaves, a warning. */
    CLASSIFIED
  }

  /**
   * Parts of a whole: each part alone and the sum of the parts the report gives are at most the
   * whole (the sum of {@code whole}'s figures, all given). {@link Closure} says what a report
   * giving every part must add up to.
   */
  record Parts(List<FieldPath<?, ? extends Number>> whole, List<FieldPath<?, ? extends Number>> parts, Closure closure)
      implements Rule {
    public Parts {
      whole = List.copyOf(whole);
      parts = List.copyOf(parts);
      Rules.sameScope(Stream.concat(whole.stream(), parts.stream()).toList());
    }

    @Override
    public Class<?> scope() {
      return whole.get(0).scope();
    }

    @Override
    public List<FieldPath<?, ?>> fields() {
      return Stream.concat(parts.stream(), whole.stream()).<FieldPath<?, ?>>map(f -> f).toList();
    }

    @Override
    public String formula() {
      return sum(parts) + (closure == Closure.EXACT ? " = " : " ≤ ") + sum(whole);
    }

    @Override
    public String kind(Lang lang) {
      return switch (closure) {
        case EXACT -> lang == Lang.EN ? "sum of parts; each part alone at most the total" : "tổng các phần; mỗi phần không quá tổng";
        case CLASSIFIED -> lang == Lang.EN ? "classification; a shortfall is a warning" : "phân loại; thiếu là cảnh báo";
        case AT_MOST -> lang == Lang.EN ? "part of a whole, each alone and together" : "phần của tổng, từng phần và cộng lại";
      };
    }
  }

  /** A stated share against its counts: {@code stated} = 100 × {@code count} / {@code of}, to the hundredth. */
  record Rate(FieldPath<?, Double> stated, FieldPath<?, ? extends Number> count, FieldPath<?, ? extends Number> of)
      implements Rule {
    public Rate {
      Rules.sameScope(List.of(stated, count, of));
    }

    @Override
    public Class<?> scope() {
      return stated.scope();
    }

    @Override
    public List<FieldPath<?, ?>> fields() {
      return List.of(stated, count, of);
    }

    @Override
    public String formula() {
      return stated.path() + " = 100 × " + count.path() + " / " + of.path();
    }

    @Override
    public String kind(Lang lang) {
      return lang == Lang.EN ? "share of a count" : "tỷ lệ theo số đếm";
    }
  }

  /** Two shares that split one whole between them: together 100, within a twentieth of a point. */
  record Complement(FieldPath<?, Double> first, FieldPath<?, Double> second) implements Rule {
    public Complement {
      Rules.sameScope(List.of(first, second));
    }

    @Override
    public Class<?> scope() {
      return first.scope();
    }

    @Override
    public List<FieldPath<?, ?>> fields() {
      return List.of(first, second);
    }

    @Override
    public String formula() {
      return first.path() + " + " + second.path() + " = 100";
    }

    @Override
    public String kind(Lang lang) {
      return lang == Lang.EN ? "shares of one whole" : "các tỷ lệ của cùng một tổng";
    }
  }

  /** What a date out of order means, which decides how it is told and how severe it is. */
  enum Order {
    /** A period that ends before it starts: an error. */
    PERIOD,
    /** A document a report cites, dated after the report itself: impossible, an error unless confirmed. */
    CITED,
    /** A report issued or signed before its period ends: happens, a warning. */
    ISSUED
  }

  /** Dates in order: {@code earlier} (each of them, through a list) on or before {@code later}. */
  record Ordered(FieldPath<?, LocalDate> earlier, FieldPath<?, LocalDate> later, Order order) implements Rule {
    public Ordered {
      Rules.sameScope(List.of(earlier, later));
    }

    @Override
    public Class<?> scope() {
      return earlier.scope();
    }

    @Override
    public List<FieldPath<?, ?>> fields() {
      return List.of(earlier, later);
    }

    @Override
    public String formula() {
      return earlier.path() + " ≤ " + later.path();
    }

    @Override
    public String kind(Lang lang) {
      return switch (order) {
        case PERIOD -> lang == Lang.EN ? "dates in order" : "ngày theo thứ tự";
        case CITED -> lang == Lang.EN ? "a report cites no later document" : "báo cáo không dẫn văn bản ban hành sau nó";
        case ISSUED -> lang == Lang.EN ? "issued once the period ends, else a warning" : "ban hành sau khi hết kỳ, nếu không là cảnh báo";
      };
    }
  }

  /** A share of 100 % while the report counts areas left out: a contradiction inside the report. */
  record FullMeansNone(FieldPath<?, Double> share, FieldPath<?, ? extends Number> gaps) implements Rule {
    public FullMeansNone {
      Rules.sameScope(List.of(share, gaps));
    }

    @Override
    public Class<?> scope() {
      return share.scope();
    }

    @Override
    public List<FieldPath<?, ?>> fields() {
      return List.of(share, gaps);
    }

    @Override
    public String formula() {
      return share.path() + " = 100 ⇒ " + gaps.path() + " = 0";
    }

    @Override
    public String kind(Lang lang) {
      return lang == Lang.EN ? "full coverage leaves no gap" : "phủ 100% thì không còn vùng lõm";
    }
  }

  /** A count that cannot exceed what the commune's profile ({@code commune.yaml}) gives. */
  record WithinProfile(FieldPath<?, ? extends Number> part, FieldPath<Commune, ? extends Number> profile)
      implements Rule {
    @Override
    public Class<?> scope() {
      return part.scope();
    }

    @Override
    public List<FieldPath<?, ?>> fields() {
      return List.of(part);
    }

    @Override
    public String formula() {
      return part.path() + " ≤ commune.yaml: " + profile.path();
    }

    @Override
    public String kind(Lang lang) {
      return lang == Lang.EN ? "at most the commune profile" : "không quá hồ sơ xã";
    }
  }

  /** A figure carried from the commune's previous period: {@code carried} here = {@code left} there. */
  record Continues(FieldPath<?, ? extends Number> carried, FieldPath<?, ? extends Number> left) implements Rule {
    public Continues {
      Rules.sameScope(List.of(carried, left));
    }

    @Override
    public Class<?> scope() {
      return carried.scope();
    }

    @Override
    public List<FieldPath<?, ?>> fields() {
      return List.of(carried);
    }

    @Override
    public String formula() {
      return carried.path() + " = " + left.path() + " (kỳ trước / previous period)";
    }

    @Override
    public String kind(Lang lang) {
      return lang == Lang.EN ? "continues the previous period" : "nối tiếp kỳ trước";
    }
  }

  /**
   * A count that only adds up over its span (dossiers received): a later report of the commune
   * whose counts start from the same day ({@link Period#countedFrom}) never gives less. Counts of
   * what stands at a date (dossiers still in progress, computers) can fall and are not declared so.
   */
  record Cumulative(FieldPath<?, ? extends Number> figure) implements Rule {
    @Override
    public Class<?> scope() {
      return figure.scope();
    }

    @Override
    public List<FieldPath<?, ?>> fields() {
      return List.of(figure);
    }

    @Override
    public String formula() {
      return figure.path() + " ≥ " + figure.path() + " (báo cáo trước, cùng ngày bắt đầu lũy kế / earlier report, same cumulative start)";
    }

    @Override
    public String kind(Lang lang) {
      return lang == Lang.EN ? "cumulative: never falls" : "lũy kế: không giảm";
    }
  }

  private static String sum(List<? extends FieldPath<?, ?>> paths) {
    return paths.stream().map(FieldPath::path).collect(Collectors.joining(" + "));
  }
}
