package vn.xaso.model;

import java.util.List;
import vn.xaso.model.Rule.Closure;
import vn.xaso.model.Rule.Order;

/**
 * Every relation between fields of the model, declared once. The validator checks these, the data
 * dictionary's rules column prints them and the tests generate a case at and just over each bound
 * from them; no field path is written as a string anywhere else. Paths are method references, so a
 * misspelt field does not compile, and each rule's fields are checked to share a scope when this
 * class is initialised.
 *
 * <p><b>Resolved early and on time.</b> {@code on_time} counts every dossier resolved no later than
 * its deadline, early ones included; {@code early} is the part of them resolved before it. A report
 * writing "đúng và trước hạn: 120" gives {@code on_time: 120} and no {@code early}; one writing
 * "trước hạn 20, đúng hạn 100" gives {@code early: 20, on_time: 120} (the two added).
 */
public final class Rules {
  private Rules() {}

  /** The range of every share (a {@code Double} field, "%"): the loader refuses a value outside it. */
  public static final double SHARE_MIN = 0;
  public static final double SHARE_MAX = 100;

  // --- Procedures --------------------------------------------------------------------------
  private static final FieldPath<Procedures, Integer> TOTAL = FieldPath.of(Procedures::total).named("Tổng số TTHC", "Procedures in force");
  private static final FieldPath<Procedures, Integer> FULL = FieldPath.of(Procedures::fullOnline).named("TTHC toàn trình", "Fully online procedures");
  private static final FieldPath<Procedures, Integer> PARTIAL = FieldPath.of(Procedures::partialOnline).named("TTHC một phần", "Partly online procedures");
  private static final FieldPath<Procedures, Integer> NOT_ONLINE = FieldPath.of(Procedures::notOnline).named("TTHC chưa trực tuyến", "Procedures not online");
  private static final FieldPath<Procedures, Integer> PARTIAL_OR_NOT = FieldPath.of(Procedures::partialOrNotOnline)
      .named("TTHC một phần và trực tiếp", "Partly or not online procedures");
  private static final FieldPath<Procedures, ProcedureUse> USE = FieldPath.of(Procedures::withDossiers);

  // --- Dossiers ----------------------------------------------------------------------------
  private static final FieldPath<Dossiers, Integer> RECEIVED = FieldPath.of(Dossiers::received).named("Hồ sơ tiếp nhận", "Dossiers received");
  private static final FieldPath<Dossiers, Integer> CARRIED_OVER = FieldPath.of(Dossiers::carriedOver).named("Hồ sơ kỳ trước chuyển sang", "Dossiers carried over");
  private static final FieldPath<Dossiers, Integer> TO_HANDLE = FieldPath.of(Dossiers::toHandle).named("Tổng số hồ sơ phải giải quyết", "Dossiers to handle");
  private static final FieldPath<Dossiers, Integer> RESOLVED = FieldPath.of(Dossiers::resolved).named("Hồ sơ đã giải quyết", "Resolved dossiers");
  private static final FieldPath<Dossiers, Integer> ON_TIME = FieldPath.of(Dossiers::onTime).named("Hồ sơ đúng hạn", "Dossiers on time");
  private static final FieldPath<Dossiers, Integer> IN_PROGRESS = FieldPath.of(Dossiers::inProgress).named("Hồ sơ đang giải quyết", "Dossiers in progress");
  private static final FieldPath<Dossiers, Integer> OVERDUE_IN_PROGRESS = FieldPath.of(Dossiers::overdueInProgress)
      .named("Hồ sơ đang giải quyết quá hạn", "Overdue dossiers in progress");
  private static final FieldPath<Dossiers, Integer> ONLINE = FieldPath.of(Dossiers::receivedOnline).named("Hồ sơ trực tuyến", "Dossiers received online");
  private static final FieldPath<Dossiers, Integer> IN_PERSON = FieldPath.of(Dossiers::receivedInPerson)
      .named("Hồ sơ trực tiếp", "Dossiers received in person");
  private static final FieldPath<Dossiers, Integer> OVERDUE = FieldPath.of(Dossiers::overdue).named("Hồ sơ quá hạn", "Overdue dossiers");
  private static final FieldPath<Dossiers, Integer> EARLY = FieldPath.of(Dossiers::early).named("Hồ sơ trước hạn", "Dossiers resolved early");
  private static final FieldPath<Dossiers, Integer> LATE_RECEIVED = FieldPath.of(Dossiers::lateReceived)
      .named("Hồ sơ tiếp nhận chậm", "Dossiers entered late");

  // --- Hardware and human resources --------------------------------------------------------
  private static final FieldPath<Hardware, Integer> COMPUTERS = FieldPath.of(Hardware::computers).named("Tổng số máy tính", "Computers");
  private static final FieldPath<HumanResources, Integer> STAFF = FieldPath.of(HumanResources::staffPresent).named("Cán bộ có mặt", "Staff in post");
  private static final FieldPath<HumanResources, Qualifications> QUALIFICATIONS =
      FieldPath.of(HumanResources::qualifications);

  // --- The report as a whole ---------------------------------------------------------------
  private static final FieldPath<Report, Period> PERIOD = FieldPath.of(Report::period);
  private static final FieldPath<Report, Source> SOURCE = FieldPath.of(Report::source);

  /** The rule the period's own shape check applies: a period does not end before it starts. */
  public static final Rule.Ordered PERIOD_ORDER =
      new Rule.Ordered(FieldPath.of(Period::start), FieldPath.of(Period::end), Order.PERIOD);

  /** An "as of" report's cumulative counts start on or before its date. */
  public static final Rule.Ordered SINCE_ORDER =
      new Rule.Ordered(FieldPath.of(Period::since), FieldPath.of(Period::asOf), Order.PERIOD);

  /** Every rule, in the order of the report's outline. */
  public static final List<Rule> ALL = List.of(
      // Procedures in force, and those that had dossiers
      parts(TOTAL, Closure.EXACT, FULL, PARTIAL, NOT_ONLINE),
      parts(TOTAL, Closure.EXACT, FULL, PARTIAL_OR_NOT),
      parts(PARTIAL_OR_NOT, Closure.EXACT, PARTIAL, NOT_ONLINE),
      parts(FULL, Closure.AT_MOST, USE.then(ProcedureUse::fullOnline)
          .named("TTHC toàn trình có hồ sơ", "Fully online procedures with dossiers")),
      parts(PARTIAL, Closure.AT_MOST, USE.then(ProcedureUse::partialOnline)
          .named("TTHC một phần có hồ sơ", "Partly online procedures with dossiers")),
      parts(NOT_ONLINE, Closure.AT_MOST, USE.then(ProcedureUse::notOnline)
          .named("TTHC trực tiếp có hồ sơ", "In-person procedures with dossiers")),
      new Rule.Rate(USE.then(ProcedureUse::fullOnlinePct), USE.then(ProcedureUse::fullOnline), FULL),
      new Rule.Rate(USE.then(ProcedureUse::partialOnlinePct), USE.then(ProcedureUse::partialOnline), PARTIAL),
      // Dossiers: what there was to handle, how it was handled, how it came in
      parts(TO_HANDLE, Closure.EXACT, RECEIVED, CARRIED_OVER),
      new Rule.Parts(List.of(RECEIVED, CARRIED_OVER), List.of(RESOLVED, IN_PROGRESS), Closure.AT_MOST),
      parts(TO_HANDLE, Closure.AT_MOST, RESOLVED, IN_PROGRESS),
      parts(RESOLVED, Closure.AT_MOST, ON_TIME, OVERDUE),
      parts(ON_TIME, Closure.AT_MOST, EARLY),
      parts(IN_PROGRESS, Closure.AT_MOST, OVERDUE_IN_PROGRESS),
      parts(FieldPath.of(Dossiers::overdueInProgressCumulative), Closure.AT_MOST, OVERDUE_IN_PROGRESS),
      parts(RECEIVED, Closure.AT_MOST, ONLINE, IN_PERSON),
      parts(RECEIVED, Closure.AT_MOST, LATE_RECEIVED),
      new Rule.Rate(FieldPath.of(Dossiers::onlinePct), ONLINE, RECEIVED),
      new Rule.Rate(FieldPath.of(Dossiers::inPersonPct), IN_PERSON, RECEIVED),
      new Rule.Complement(FieldPath.of(Dossiers::onlinePct), FieldPath.of(Dossiers::inPersonPct)),
      new Rule.Continues(CARRIED_OVER, IN_PROGRESS),
      // Dossiers counted from one day only add up; what stands at a date (in progress, overdue in
      // progress, carried over) and the shares can fall, and are not declared cumulative.
      new Rule.Cumulative(RECEIVED),
      new Rule.Cumulative(ONLINE),
      new Rule.Cumulative(IN_PERSON),
      new Rule.Cumulative(LATE_RECEIVED),
      new Rule.Cumulative(RESOLVED),
      new Rule.Cumulative(ON_TIME),
      new Rule.Cumulative(EARLY),
      new Rule.Cumulative(OVERDUE),
      new Rule.Cumulative(FieldPath.of(Dossiers::withdrawn).named("Hồ sơ xin rút", "Dossiers withdrawn")),
      new Rule.Cumulative(FieldPath.of(Dossiers::rejected).named("Hồ sơ bị từ chối", "Dossiers rejected")),
      new Rule.Cumulative(FieldPath.of(Dossiers::digitised).named("Hồ sơ được số hóa", "Dossiers digitised")),
      // Infrastructure of each block
      parts(COMPUTERS, Closure.CLASSIFIED, FieldPath.of(Hardware::adequate).named("Máy đáp ứng", "Adequate computers"),
          FieldPath.of(Hardware::inadequate).named("Máy chưa đáp ứng", "Inadequate computers")),
      parts(COMPUTERS, Closure.AT_MOST, FieldPath.of(Hardware::antiMalware)),
      parts(COMPUTERS, Closure.AT_MOST, FieldPath.of(Hardware::partyWanComputers)),
      new Rule.FullMeansNone(FieldPath.of(Connectivity::coveragePct), FieldPath.of(Connectivity::areasWithoutSignal)),
      // Human resources: at most the staff in post
      parts(FieldPath.of(HumanResources::staffQuota).named("Biên chế được giao", "Staffing quota"), Closure.AT_MOST, STAFF),
      parts(STAFF, Closure.AT_MOST, QUALIFICATIONS.then(Qualifications::masters),
          QUALIFICATIONS.then(Qualifications::university), QUALIFICATIONS.then(Qualifications::college),
          QUALIFICATIONS.then(Qualifications::intermediate)),
      parts(STAFF, Closure.AT_MOST, QUALIFICATIONS.then(Qualifications::politicalAdvanced),
          QUALIFICATIONS.then(Qualifications::politicalIntermediate)),
      parts(STAFF, Closure.AT_MOST, FieldPath.of(HumanResources::trained)),
      parts(STAFF, Closure.AT_MOST, FieldPath.of(HumanResources::serviceCentreStaff)),
      parts(STAFF, Closure.AT_MOST, FieldPath.of(HumanResources::itStaff)),
      new Rule.Rate(FieldPath.of(HumanResources::trainedPct), FieldPath.of(HumanResources::trained), STAFF),
      parts(FieldPath.of(CommunityTeams::villagesTotal), Closure.AT_MOST, FieldPath.of(CommunityTeams::villagesCovered)),
      new Rule.WithinProfile(FieldPath.of(CommunityTeams::villagesCovered), FieldPath.of(Commune::villages)),
      // Dates: the period, what the report cites, when it was issued and signed
      PERIOD_ORDER,
      SINCE_ORDER,
      cited(FieldPath.of(Report::documents).each(DocumentRef.class, DocumentRef::date)),
      cited(FieldPath.of(Report::cites).each(DocumentRef.class, DocumentRef::date)),
      cited(SOURCE.then(Source::respondsTo).each(DocumentRef.class, DocumentRef::date)),
      new Rule.Ordered(FieldPath.of(Report::documents).each(DocumentRef.class, DocumentRef::date),
          SOURCE.then(Source::signedOn), Order.CITED),
      new Rule.Ordered(FieldPath.of(Report::cites).each(DocumentRef.class, DocumentRef::date),
          SOURCE.then(Source::signedOn), Order.CITED),
      new Rule.Ordered(SOURCE.then(Source::respondsTo).each(DocumentRef.class, DocumentRef::date),
          SOURCE.then(Source::signedOn), Order.CITED),
      new Rule.Ordered(PERIOD.then(Period::end), SOURCE.then(Source::date), Order.ISSUED),
      new Rule.Ordered(PERIOD.then(Period::asOf), SOURCE.then(Source::date), Order.ISSUED),
      new Rule.Ordered(PERIOD.then(Period::end), SOURCE.then(Source::signedOn), Order.ISSUED),
      new Rule.Ordered(PERIOD.then(Period::asOf), SOURCE.then(Source::signedOn), Order.ISSUED));

  /** The rules about records of {@code scope}, in declaration order. */
  public static List<Rule> about(Class<?> scope) {
    return ALL.stream().filter(r -> r.scope() == scope).toList();
  }

  @SafeVarargs
  private static <R> Rule.Parts parts(FieldPath<R, Integer> whole, Closure closure, FieldPath<R, Integer>... parts) {
    // Read element by element: handing the varargs array itself on is what javac's lint flags.
    List<FieldPath<?, ? extends Number>> list = new java.util.ArrayList<>(parts.length);
    for (FieldPath<R, Integer> part : parts) {
      list.add(part);
    }
    return new Rule.Parts(List.of(whole), list, closure);
  }

  /** A report cannot cite a document issued after itself, by its date or its signature. */
  private static Rule cited(FieldPath<Report, java.time.LocalDate> documentDate) {
    return new Rule.Ordered(documentDate, SOURCE.then(Source::date), Order.CITED);
  }

  /** Refuses a rule whose fields start from different records: it could never be evaluated. */
  static void sameScope(List<? extends FieldPath<?, ?>> fields) {
    for (FieldPath<?, ?> f : fields) {
      if (f.scope() != fields.get(0).scope()) {
        throw new IllegalArgumentException("Fields of one rule start from different records: " + fields);
      }
    }
  }
}
