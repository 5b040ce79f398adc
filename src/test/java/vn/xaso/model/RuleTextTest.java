package vn.xaso.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What each kind of rule tells the data dictionary (its formula, its kind in both languages, the
 * fields it reads), and that a rule refuses fields from two records whatever its kind.
 */
class RuleTextTest {
  private static final FieldPath<Dossiers, Integer> RECEIVED = FieldPath.of(Dossiers::received);
  private static final FieldPath<Dossiers, Integer> ONLINE = FieldPath.of(Dossiers::receivedOnline);
  private static final FieldPath<Dossiers, Double> ONLINE_PCT = FieldPath.of(Dossiers::onlinePct);
  private static final FieldPath<Dossiers, Double> IN_PERSON_PCT = FieldPath.of(Dossiers::inPersonPct);
  private static final FieldPath<Period, java.time.LocalDate> START = FieldPath.of(Period::start);
  private static final FieldPath<Period, java.time.LocalDate> END = FieldPath.of(Period::end);
  private static final FieldPath<Procedures, Integer> TOTAL = FieldPath.of(Procedures::total);

  private static void told(Rule rule, String formula, String vi, String en, List<FieldPath<?, ?>> fields) {
    assertEquals(formula, rule.formula());
    assertEquals(vi, rule.kind(Lang.VI));
    assertEquals(en, rule.kind(Lang.EN));
    assertEquals(fields, rule.fields());
  }

  @Test
  void partsOfAWholeInEachClosure() {
    FieldPath<Dossiers, Integer> inPerson = FieldPath.of(Dossiers::receivedInPerson);
    told(new Rule.Parts(List.of(RECEIVED), List.of(ONLINE, inPerson), Rule.Closure.AT_MOST),
        "received_online + received_in_person ≤ received", "phần của tổng, từng phần và cộng lại",
        "part of a whole, each alone and together", List.of(ONLINE, inPerson, RECEIVED));
    told(new Rule.Parts(List.of(RECEIVED), List.of(ONLINE, inPerson), Rule.Closure.EXACT),
        "received_online + received_in_person = received", "tổng các phần; mỗi phần không quá tổng",
        "sum of parts; each part alone at most the total", List.of(ONLINE, inPerson, RECEIVED));
    told(new Rule.Parts(List.of(RECEIVED), List.of(ONLINE), Rule.Closure.CLASSIFIED),
        "received_online ≤ received", "phân loại; thiếu là cảnh báo", "classification; a shortfall is a warning",
        List.of(ONLINE, RECEIVED));
  }

  @Test
  void ratesSharesDatesCoverageProfileAndPreviousPeriod() {
    told(new Rule.Rate(ONLINE_PCT, ONLINE, RECEIVED), "online_pct = 100 × received_online / received",
        "tỷ lệ theo số đếm", "share of a count", List.of(ONLINE_PCT, ONLINE, RECEIVED));
    told(new Rule.Complement(ONLINE_PCT, IN_PERSON_PCT), "online_pct + in_person_pct = 100",
        "các tỷ lệ của cùng một tổng", "shares of one whole", List.of(ONLINE_PCT, IN_PERSON_PCT));
    told(new Rule.Ordered(START, END, Rule.Order.PERIOD), "start ≤ end", "ngày theo thứ tự", "dates in order",
        List.of(START, END));
    told(new Rule.Ordered(START, END, Rule.Order.CITED), "start ≤ end", "báo cáo không dẫn văn bản ban hành sau nó",
        "a report cites no later document", List.of(START, END));
    told(new Rule.Ordered(START, END, Rule.Order.ISSUED), "start ≤ end", "ban hành sau khi hết kỳ, nếu không là cảnh báo",
        "issued once the period ends, else a warning", List.of(START, END));
    FieldPath<Connectivity, Double> coverage = FieldPath.of(Connectivity::coveragePct);
    FieldPath<Connectivity, Integer> gaps = FieldPath.of(Connectivity::areasWithoutSignal);
    told(new Rule.FullMeansNone(coverage, gaps), "coverage_pct = 100 ⇒ areas_without_signal = 0",
        "phủ 100% thì không còn vùng lõm", "full coverage leaves no gap", List.of(coverage, gaps));
    FieldPath<CommunityTeams, Integer> covered = FieldPath.of(CommunityTeams::villagesCovered);
    told(new Rule.WithinProfile(covered, FieldPath.of(Commune::villages)), "villages_covered ≤ commune.yaml: villages",
        "không quá hồ sơ xã", "at most the commune profile", List.of(covered));
    FieldPath<Dossiers, Integer> carried = FieldPath.of(Dossiers::carriedOver);
    told(new Rule.Continues(carried, FieldPath.of(Dossiers::inProgress)),
        "carried_over = in_progress (kỳ trước / previous period)", "nối tiếp kỳ trước", "continues the previous period",
        List.of(carried));
    told(new Rule.Cumulative(RECEIVED),
        "received ≥ received (báo cáo trước, cùng ngày bắt đầu lũy kế / earlier report, same cumulative start)",
        "lũy kế: không giảm", "cumulative: never falls", List.of(RECEIVED));
  }

  /**
   * Only counts over time are declared cumulative, each in a {@link Flow} part: what stands at a
   * date (dossiers in progress, computers, procedures in force) can fall between two reports.
   */
  @Test
  void onlyCountsOverTimeAreDeclaredCumulative() {
    List<String> cumulative = Rules.ALL.stream().filter(r -> r instanceof Rule.Cumulative)
        .peek(r -> assertTrue(r.scope().isAnnotationPresent(Flow.class), r.formula()))
        .map(r -> r.fields().get(0).path()).toList();
    assertEquals(List.of("received", "received_online", "received_in_person", "late_received", "resolved", "on_time",
        "early", "overdue", "withdrawn", "rejected", "digitised"), cumulative);
  }

  @Test
  void everyKindOfRuleRefusesFieldsOfTwoRecords() {
    List<Runnable> mixed = List.of(
        () -> new Rule.Rate(ONLINE_PCT, ONLINE, TOTAL),
        () -> new Rule.Complement(ONLINE_PCT, FieldPath.of(Hardware::networkedPct)),
        () -> new Rule.Ordered(START, FieldPath.of(Source::date), Rule.Order.ISSUED),
        () -> new Rule.FullMeansNone(ONLINE_PCT, TOTAL),
        () -> new Rule.Continues(RECEIVED, TOTAL),
        () -> new Rule.Parts(List.of(RECEIVED, TOTAL), List.of(ONLINE), Rule.Closure.AT_MOST));
    for (Runnable r : mixed) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
      assertTrue(e.getMessage().startsWith("Fields of one rule start from different records"), e.getMessage());
    }
  }

  @Test
  void theDeclarationIsFoundByTheRecordItIsAbout() {
    assertTrue(Rules.about(Hardware.class).stream().allMatch(r -> r.scope() == Hardware.class));
    assertEquals(Rules.ALL.stream().filter(r -> r.scope() == Dossiers.class).toList(), Rules.about(Dossiers.class));
    assertEquals(List.of(), Rules.about(Text.class));
    assertEquals(List.of(Rules.PERIOD_ORDER, Rules.SINCE_ORDER), Rules.about(Period.class));
  }

  @Test
  void aPathReadFromARecordOfAnotherKindIsRefusedByName() {
    FieldPath<Procedures, Integer> total = TOTAL;
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> total.valueIn(new Period(null, null,
        null)));
    assertEquals("Procedures:total read from a Period", e.getMessage());
    assertNull(total.valueIn(null));
    assertNotEquals(RECEIVED.hashCode(), ONLINE.hashCode());
    assertNotEquals(RECEIVED.hashCode(), FieldPath.of(Procedures::total).hashCode());
  }
}
