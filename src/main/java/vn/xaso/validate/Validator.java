package vn.xaso.validate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.xaso.load.Dataset;
import vn.xaso.load.Dataset.Loaded;
import vn.xaso.load.SourceMap;
import vn.xaso.model.BlankPart;
import vn.xaso.model.Commune;
import vn.xaso.model.FieldPath;
import vn.xaso.model.Period;
import vn.xaso.model.Province;
import vn.xaso.model.Report;
import vn.xaso.model.Rule;
import vn.xaso.model.Rules;
import vn.xaso.model.Source;
import vn.xaso.problem.Code;
import vn.xaso.problem.Problem;
import vn.xaso.problem.Problems;
import vn.xaso.problem.Words;

/**
 * The semantic rules, run after every file has been read and bound: the relations declared in
 * {@link Rules}, checked on every record they are about, and the rules of layout, periods and
 * sources. Each problem is told at the position of the field to fix, named by a typed
 * {@link FieldPath}, never by a path typed as a string.
 */
public final class Validator {
  /** Vietnam's date: a report dated today in Hà Nội is not in the future. */
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  /**
   * What a signed report may itself contain, and staff may therefore confirm as reported: an error
   * confirmed becomes an {@code as-reported} warning, a warning confirmed is told as reported.
   */
  static final Set<Code> CONFIRMABLE = EnumSet.of(Code.EXCEEDS, Code.SUM_MISMATCH, Code.DOCUMENT_AFTER_REPORT,
      Code.PARTS_SHORT, Code.RATE_MISMATCH, Code.SHARES_NOT_100, Code.AS_OF_OUTSIDE_PERIOD,
      Code.ISSUED_BEFORE_PERIOD_END, Code.COVERAGE_WITH_GAPS, Code.OVER_PROFILE, Code.CARRIED_OVER_MISMATCH,
      Code.CUMULATIVE_FELL);

  static final String PROVINCE_SLUG = FieldPath.of(Province::slug).path();
  static final String COMMUNE_SLUG = FieldPath.of(Commune::slug).path();
  static final String COMMUNE_PROVINCE = FieldPath.of(Commune::province).path();
  static final String COMMUNE = FieldPath.of(Report::commune).path();
  static final FieldPath<Report, Period> PERIOD = FieldPath.of(Report::period);
  static final FieldPath<Report, Source> SOURCE = FieldPath.of(Report::source);
  static final String NUMBER = SOURCE.then(Source::number).path();
  static final String DATE = SOURCE.then(Source::date).path();
  static final String SIGNED_ON = SOURCE.then(Source::signedOn).path();
  static final String LEFT_BLANK = SOURCE.then(Source::leftBlank).path();
  static final String STATED_AS_OF = SOURCE.then(Source::statedAsOf).path();
  static final String CONFIRMED = FieldPath.of(Report::confirmedAsReported).path();
  static final String QUALITY_NOTES = FieldPath.of(Report::qualityNotes).path();
  /** The parts a quality note may name: the report's top-level fields that are parts of what it says. */
  static final List<String> PARTS = new vn.xaso.schema.Schema().report().props().stream().map(p -> p.name())
      .filter(n -> !vn.xaso.evidence.Gaps.NOT_PARTS.contains(n)).toList();

  /** The declared rules by the record they are about, looked up for each of a report's ~100 records. */
  private static final Map<Class<?>, List<Rule>> BY_SCOPE = byScope();

  private final Clock clock;

  /** Judges future dates against today's date in Vietnam. */
  public Validator() {
    this(Clock.systemUTC());
  }

  /** Judges future dates against {@code clock}: tests fix it, so their results do not depend on the day they run. */
  public Validator(Clock clock) {
    this.clock = clock;
  }

  public void validate(Dataset data, Problems problems) {
    for (Loaded<Province> p : data.provinces()) {
      checkProvinceLayout(p, problems);
    }
    for (Loaded<Commune> c : data.communes()) {
      checkCommuneLayout(c, data, problems);
    }
    LocalDate today = LocalDate.now(clock.withZone(VIETNAM));
    Map<Loaded<Report>, Loaded<Report>> previous = previousPeriods(data);
    Map<Loaded<Report>, List<Loaded<Report>>> sameStart = earlierFromTheSameDay(data);
    for (Loaded<Report> r : data.reports()) {
      Commune commune = data.commune(Dataset.provinceOf(r), r.value().commune()).orElse(null);
      new ReportRules(r, problems, today).run(data, commune, previous.get(r), sameStart.getOrDefault(r, List.of()));
    }
    checkOverlaps(data, problems);
    checkSameSource(data, problems);
  }

  private static Map<Class<?>, List<Rule>> byScope() {
    Map<Class<?>, List<Rule>> out = new HashMap<>();
    for (Rule r : Rules.ALL) {
      out.computeIfAbsent(r.scope(), k -> new java.util.ArrayList<>()).add(r);
    }
    return Map.copyOf(out);
  }

  static List<Rule> rulesAbout(Class<?> scope) {
    return BY_SCOPE.getOrDefault(scope, List.of());
  }

  private static void checkProvinceLayout(Loaded<Province> p, Problems problems) {
    String folder = p.folders().get(0);
    if (!p.value().slug().equals(folder)) {
      pathMismatch(problems, p.file(), p.positions(), PROVINCE_SLUG, "Mã tỉnh", "Province slug", p.value().slug(),
          folder);
    }
  }

  private static void checkCommuneLayout(Loaded<Commune> c, Dataset data, Problems problems) {
    List<String> folders = c.folders();
    if (!c.value().slug().equals(folders.get(1))) {
      pathMismatch(problems, c.file(), c.positions(), COMMUNE_SLUG, "Mã xã", "Commune slug", c.value().slug(),
          folders.get(1));
    }
    if (!c.value().province().equals(folders.get(0))) {
      pathMismatch(problems, c.file(), c.positions(), COMMUNE_PROVINCE, "Mã tỉnh", "Province slug",
          c.value().province(), folders.get(0));
    }
    if (data.province(folders.get(0)).isEmpty()) {
      problems.add(c.file(), c.positions().at(COMMUNE_PROVINCE), COMMUNE_PROVINCE, Code.MISSING_PROFILE,
          Map.of("path", "data/" + folders.get(0) + "/province.yaml"));
    }
  }

  static void pathMismatch(Problems problems, String file, SourceMap at, String field, String whatVi, String whatEn,
      String value, String expected) {
    problems.add(file, at.at(field), field, Code.PATH_MISMATCH,
        Map.of("what", new Words(whatVi, whatEn), "value", value, "expected", expected));
  }

  private static void checkOverlaps(Dataset data, Problems problems) {
    for (List<Loaded<Report>> reports : data.reportsByCommune().values()) {
      for (int i = 0; i < reports.size(); i++) {
        for (int j = i + 1; j < reports.size(); j++) {
          Loaded<Report> a = reports.get(i);
          Loaded<Report> b = reports.get(j);
          if (a.value().period().overlaps(b.value().period())) {
            problems.add(b.file(), b.positions().at(PERIOD.path()), PERIOD.path(), Code.PERIOD_OVERLAP, Map.of(
                "period", b.value().period().key(), "other", a.value().period().key(), "otherFile", a.file()));
          }
          if (b.value().period().from().isAfter(a.value().period().to())) {
            break;
          }
        }
      }
    }
  }

  /**
   * For each report, the commune's report of the period just before, when that period ends the day
   * before this one starts: what it left in progress is what this one carries over.
   */
  private static Map<Loaded<Report>, Loaded<Report>> previousPeriods(Dataset data) {
    Map<Loaded<Report>, Loaded<Report>> out = new IdentityHashMap<>();
    for (List<Loaded<Report>> reports : data.reportsByCommune().values()) {
      for (int i = 1; i < reports.size(); i++) {
        Period before = reports.get(i - 1).value().period();
        Period now = reports.get(i).value().period();
        if (before.to() != null && before.to().plusDays(1).equals(now.from())) {
          out.put(reports.get(i), reports.get(i - 1));
        }
      }
    }
    return out;
  }

  /**
   * For each report, the commune's reports whose counts start from the same stated day
   * ({@link Period#countedFrom}) and end earlier, oldest first: the shorter spans a cumulative
   * count of this one extends. Ordered by the span's end, not the period's first day, which for a
   * range is its start. A report that does not say where its counts start is compared with none.
   */
  private static Map<Loaded<Report>, List<Loaded<Report>>> earlierFromTheSameDay(Dataset data) {
    Map<Loaded<Report>, List<Loaded<Report>>> out = new IdentityHashMap<>();
    for (List<Loaded<Report>> reports : data.reportsByCommune().values()) {
      Map<LocalDate, List<Loaded<Report>>> byStart = new HashMap<>();
      for (Loaded<Report> r : reports) {
        Period p = r.value().period();
        if (p.countedFrom() != null && p.to() != null) {
          byStart.computeIfAbsent(p.countedFrom(), k -> new java.util.ArrayList<>()).add(r);
        }
      }
      for (List<Loaded<Report>> group : byStart.values()) {
        group.sort(java.util.Comparator.comparing(r -> r.value().period().to()));
        int firstOfItsDay = 0;
        for (int i = 0; i < group.size(); i++) {
          if (group.get(i).value().period().to().isAfter(group.get(firstOfItsDay).value().period().to())) {
            firstOfItsDay = i;
          }
          out.put(group.get(i), List.copyOf(group.subList(0, firstOfItsDay)));
        }
      }
    }
    return out;
  }

  /**
   * One signed report (issuer, number and date) filed twice in one commune's folder, under two
   * periods. Compared within a commune, as an incremental build reads a changed commune whole:
   * clean and incremental builds then tell the same problems.
   */
  private static void checkSameSource(Dataset data, Problems problems) {
    for (List<Loaded<Report>> reports : data.reportsByCommune().values()) {
      Map<String, Loaded<Report>> seen = new LinkedHashMap<>();
      for (Loaded<Report> r : reports) {
        Source s = r.value().source();
        if (s.number() == null || s.date() == null || s.issuer() == null) {
          continue;
        }
        Loaded<Report> first = seen.putIfAbsent(s.issuer().vi() + "\n" + s.number() + "\n" + s.date(), r);
        if (first != null) {
          problems.add(r.file(), r.positions().at(NUMBER), NUMBER, Code.DUPLICATE_SOURCE, Map.of("number", s.number(),
              "date", s.date(), "other", first.value().period().key(), "otherFile", first.file()));
        }
      }
    }
  }

  /** The rules for one report; holds the file and its positions so each check stays one line. */
  private static final class ReportRules {
    private final Loaded<Report> loaded;
    private final Report report;
    private final Problems problems;
    private final LocalDate today;
    private final Set<String> confirmedUsed = new HashSet<>();
    // A field can be part of two declared sums (full_online is in both splits of total): told once.
    private final Set<Problem> told = new HashSet<>();
    private final Map<Report, Map<String, Record>> walked = new IdentityHashMap<>();

    ReportRules(Loaded<Report> loaded, Problems problems, LocalDate today) {
      this.loaded = loaded;
      this.report = loaded.value();
      this.problems = problems;
      this.today = today;
    }

    void run(Dataset data, Commune commune, Loaded<Report> previous, List<Loaded<Report>> sameStart) {
      layout(data);
      source(report.source());
      Relations relations = new Relations(this::add);
      List<Scopes.Scope> scopes = Scopes.of(report);
      for (Scopes.Scope scope : scopes) {
        for (Rule rule : rulesAbout(scope.value().getClass())) {
          relations.check(rule, scope);
          acrossFiles(rule, scope, commune, previous);
          if (rule instanceof Rule.Cumulative c) {
            cumulative(c, scope, sameStart);
          }
        }
      }
      partDate(FieldPath.of(Report::procedures).then(vn.xaso.model.Procedures::asOf));
      partDate(FieldPath.of(Report::infrastructure).then(vn.xaso.model.Infrastructure::asOf));
      partDate(FieldPath.of(Report::humanResources).then(vn.xaso.model.HumanResources::asOf));
      qualityNoteParts();
      for (String path : report.confirmedAsReported()) {
        if (!confirmedUsed.contains(path)) {
          add(CONFIRMED, Code.CONFIRMATION_UNUSED, Map.of("value", path));
        }
      }
    }

    /** The rules that compare a report with its commune's profile or with its previous period. */
    private void acrossFiles(Rule rule, Scopes.Scope scope, Commune commune, Loaded<Report> previous) {
      if (rule instanceof Rule.WithinProfile w && commune != null) {
        Number part = w.part().valueIn(scope.value());
        Number profile = w.profile().get(commune);
        if (part != null && profile != null && part.longValue() > profile.longValue()) {
          add(scope.at(w.part().path()), Code.OVER_PROFILE, Map.of("what", Relations.names(List.of(w.part()), false),
              "value", part.longValue(), "profile", Relations.names(List.of(w.profile()), true),
              "expected", profile.longValue()));
        }
      }
      if (rule instanceof Rule.Continues c && previous != null) {
        Scopes.of(previous.value()).stream().filter(s -> s.prefix().equals(scope.prefix())).findFirst()
            .ifPresent(before -> continues(c, scope, before, previous.value().period()));
      }
    }

    private void continues(Rule.Continues rule, Scopes.Scope now, Scopes.Scope before, Period period) {
      Number carried = rule.carried().valueIn(now.value());
      Number left = rule.left().valueIn(before.value());
      if (carried != null && left != null && carried.longValue() != left.longValue()) {
        add(now.at(rule.carried().path()), Code.CARRIED_OVER_MISMATCH, Map.of(
            "what", Relations.names(List.of(rule.carried()), false), "value", carried.longValue(),
            "previous", Relations.names(List.of(rule.left()), true), "left", left.longValue(), "period", period));
      }
    }

    /**
     * A cumulative count against the latest earlier report counted from the same day that gives it:
     * fewer now is impossible. An earlier report without the figure is skipped, not read as 0.
     */
    private void cumulative(Rule.Cumulative rule, Scopes.Scope now, List<Loaded<Report>> earlier) {
      Number value = rule.figure().valueIn(now.value());
      for (int i = earlier.size() - 1; i >= 0 && value != null; i--) {
        Report before = earlier.get(i).value();
        Record there = recordsOf(before).get(now.prefix());
        Number was = there == null ? null : rule.figure().valueIn(there);
        if (was != null) {
          if (value.longValue() < was.longValue()) {
            add(now.at(rule.figure().path()), Code.CUMULATIVE_FELL, Map.of("what",
                Relations.names(List.of(rule.figure()), false), "since", report.period().countedFrom(),
                "previous", was.longValue(), "otherPeriod", before.period(), "otherFile", earlier.get(i).file(),
                "value", value.longValue(), "period", report.period()));
          }
          return;
        }
      }
    }

    /** The records of an earlier report by their path, walked once for all the rules that read it. */
    private Map<String, Record> recordsOf(Report other) {
      return walked.computeIfAbsent(other, r -> {
        Map<String, Record> out = new HashMap<>();
        Scopes.of(r).forEach(s -> out.putIfAbsent(s.prefix(), s.value()));
        return out;
      });
    }

    private void layout(Dataset data) {
      List<String> folders = loaded.folders();
      if (!report.commune().equals(folders.get(1))) {
        pathMismatch(problems, loaded.file(), loaded.positions(), COMMUNE, "Mã xã", "Commune slug",
            report.commune(), folders.get(1));
      } else if (data.commune(folders.get(0), report.commune()).isEmpty()) {
        add(COMMUNE, Code.UNKNOWN_COMMUNE, Map.of("value", report.commune()));
      }
      period(report.period());
    }

    private void period(Period p) {
      // A range's counts start on its first day: a since beside it would be a second start.
      boolean range = p.start() != null && p.end() != null && p.asOf() == null && p.since() == null;
      boolean asOf = p.asOf() != null && p.start() == null && p.end() == null;
      if (!range && !asOf) {
        add(PERIOD.path(), Code.PERIOD_SHAPE, Map.of());
        return;
      }
      if (range && p.start().isAfter(p.end())) {
        return; // told by the declared Rules.PERIOD_ORDER, at period.start
      }
      if (!p.key().equals(loaded.stem())) {
        pathMismatch(problems, loaded.file(), loaded.positions(), PERIOD.path(), "Kỳ báo cáo", "The period",
            p.key(), loaded.stem());
      }
      if (p.from().isAfter(today)) {
        add(PERIOD.path(), Code.FUTURE_PERIOD, Map.of("start", p.from(), "today", today));
      }
    }

    /** Each quality note names a part the report model has, so its page can place it after that part's figures. */
    private void qualityNoteParts() {
      List<vn.xaso.model.QualityNote> notes = report.qualityNotes();
      for (int i = 0; i < notes.size(); i++) {
        String part = notes.get(i).part();
        if (part != null && !PARTS.contains(part)) {
          add(QUALITY_NOTES + "[" + i + "].part", Code.QUALITY_NOTE_PART, Map.of("value", part,
              "suggestion", Words.didYouMean(vn.xaso.load.Suggest.closest(part, PARTS)),
              "allowed", String.join(", ", PARTS)));
        }
      }
    }

    /** A part's own date may be earlier than its period's end (a stock stated "as of" before), never later. */
    private void partDate(FieldPath<Report, java.time.LocalDate> field) {
      Period p = report.period();
      java.time.LocalDate asOf = field.get(report);
      if (asOf != null && p.to() != null && asOf.isAfter(p.to())) {
        add(field.path(), Code.PART_AS_OF_AFTER_PERIOD, Map.of("date", asOf, "period", p));
      }
    }

    private void source(Source s) {
      // A part the signed original leaves blank is recorded as such, not warned about.
      if (s.number() == null && !s.blank(BlankPart.NUMBER)) {
        add(SOURCE.path(), Code.SOURCE_UNNUMBERED, Map.of());
      }
      if (s.number() != null && s.blank(BlankPart.NUMBER)) {
        add(LEFT_BLANK, Code.LEFT_BLANK_BUT_GIVEN, Map.of("part", BlankPart.NUMBER.code(), "value", s.number()));
      }
      if (s.date() == null && !s.blank(BlankPart.DATE)) {
        add(SOURCE.path(), Code.SOURCE_UNDATED, Map.of());
      }
      if (s.date() != null && s.blank(BlankPart.DATE)) {
        add(LEFT_BLANK, Code.LEFT_BLANK_BUT_GIVEN, Map.of("part", BlankPart.DATE.code(), "value", s.date()));
      }
      notAfterToday(DATE, s.date());
      notAfterToday(SIGNED_ON, s.signedOn());
      Period p = report.period();
      if (s.statedAsOf() != null && p.from() != null && p.to() != null
          && (s.statedAsOf().isBefore(p.from()) || s.statedAsOf().isAfter(p.to()))) {
        add(STATED_AS_OF, Code.AS_OF_OUTSIDE_PERIOD, Map.of("stated", s.statedAsOf(), "period", p));
      }
    }

    private void notAfterToday(String path, LocalDate date) {
      if (date != null && date.isAfter(today)) {
        add(path, Code.FUTURE_DATE, Map.of("value", date, "today", today));
      }
    }

    /**
     * Reports a problem; one on a field staff confirmed as the signed report states, of a kind a
     * signed report may contain, becomes an {@code as-reported} warning carrying the original message.
     */
    private void add(String path, Code code, Map<String, Object> args) {
      Problem problem = new Problem(loaded.file(), loaded.positions().at(path), path, code, args);
      if (CONFIRMABLE.contains(code) && report.confirmedAsReported().contains(path)) {
        confirmedUsed.add(path);
        problem = new Problem(problem.file(), problem.position(), path, Code.AS_REPORTED, Map.of(
            "detail", new Words(problem.message(vn.xaso.model.Lang.VI), problem.message(vn.xaso.model.Lang.EN))));
      }
      if (told.add(problem)) {
        problems.add(problem);
      }
    }
  }
}
