package vn.xaso.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.xaso.load.Dataset.Loaded;
import vn.xaso.load.Dataset;
import vn.xaso.load.SourceMap;
import vn.xaso.model.BlankPart;
import vn.xaso.model.Block;
import vn.xaso.model.BlockInfrastructure;
import vn.xaso.model.Commune;
import vn.xaso.model.CommunityTeams;
import vn.xaso.model.Dossiers;
import vn.xaso.model.Hardware;
import vn.xaso.model.HumanResources;
import vn.xaso.model.Lang;
import vn.xaso.model.Period;
import vn.xaso.model.ProcedureUse;
import vn.xaso.model.Procedures;
import vn.xaso.model.Province;
import vn.xaso.model.Report;
import vn.xaso.model.Source;
import vn.xaso.problem.Code;
import vn.xaso.problem.Problem;
import vn.xaso.problem.Problems;
import vn.xaso.problem.Severity;
import vn.xaso.problem.Words;

/**
 * The semantic rules, run after every file has been read and bound. Each rule reads the model
 * and reports at the position of the field to fix.
 */
public final class Validator {

  public void validate(Dataset data, Problems problems) {
    for (Loaded<Province> p : data.provinces()) {
      checkProvinceLayout(p, problems);
    }
    for (Loaded<Commune> c : data.communes()) {
      checkCommuneLayout(c, data, problems);
    }
    for (Loaded<Report> r : data.reports()) {
      new ReportRules(r, problems).run(data);
    }
    checkOverlaps(data, problems);
  }

  private static void checkProvinceLayout(Loaded<Province> p, Problems problems) {
    String folder = p.folders().get(0);
    if (!p.value().slug().equals(folder)) {
      pathMismatch(problems, p.file(), p.positions(), "slug", "Mã tỉnh", "Province slug", p.value().slug(), folder);
    }
  }

  private static void checkCommuneLayout(Loaded<Commune> c, Dataset data, Problems problems) {
    List<String> folders = c.folders();
    if (!c.value().slug().equals(folders.get(1))) {
      pathMismatch(problems, c.file(), c.positions(), "slug", "Mã xã", "Commune slug", c.value().slug(), folders.get(1));
    }
    if (!c.value().province().equals(folders.get(0))) {
      pathMismatch(problems, c.file(), c.positions(), "province", "Mã tỉnh", "Province slug", c.value().province(),
          folders.get(0));
    }
    if (data.province(folders.get(0)).isEmpty()) {
      problems.add(c.file(), c.positions().at("province"), "province", Code.MISSING_PROFILE,
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
            problems.add(b.file(), b.positions().at("period"), "period", Code.PERIOD_OVERLAP, Map.of(
                "period", b.value().period().key(), "other", a.value().period().key(), "otherFile", a.file()));
          }
          if (b.value().period().from().isAfter(a.value().period().to())) {
            break;
          }
        }
      }
    }
  }

  /** The rules for one report; holds the file and its positions so each check stays one line. */
  private static final class ReportRules {
    private final Loaded<Report> loaded;
    private final Report report;
    private final Problems problems;
    private final Set<String> confirmedUsed = new HashSet<>();

    ReportRules(Loaded<Report> loaded, Problems problems) {
      this.loaded = loaded;
      this.report = loaded.value();
      this.problems = problems;
    }

    void run(Dataset data) {
      layout(data);
      source(report.source());
      procedures(report.procedures());
      dossiers(report.dossiers());
      if (report.infrastructure() != null) {
        report.infrastructure().blocks().forEach(this::block);
      }
      humanResources(report.humanResources());
      partDate("procedures.as_of", report.procedures() == null ? null : report.procedures().asOf());
      partDate("infrastructure.as_of", report.infrastructure() == null ? null : report.infrastructure().asOf());
      partDate("human_resources.as_of", report.humanResources() == null ? null : report.humanResources().asOf());
      for (String path : report.confirmedAsReported()) {
        if (!confirmedUsed.contains(path)) {
          add("confirmed_as_reported", Code.CONFIRMATION_UNUSED, Map.of("value", path));
        }
      }
    }

    private void layout(Dataset data) {
      List<String> folders = loaded.folders();
      if (!report.commune().equals(folders.get(1))) {
        pathMismatch(problems, loaded.file(), loaded.positions(), "commune", "Mã xã", "Commune slug",
            report.commune(), folders.get(1));
      } else if (data.commune(folders.get(0), report.commune()).isEmpty()) {
        add("commune", Code.UNKNOWN_COMMUNE, Map.of("value", report.commune()));
      }
      period(report.period());
    }

    private void period(Period p) {
      boolean range = p.start() != null && p.end() != null && p.asOf() == null;
      boolean asOf = p.asOf() != null && p.start() == null && p.end() == null;
      if (!range && !asOf) {
        add("period", Code.PERIOD_SHAPE, Map.of());
        return;
      }
      if (range && p.start().isAfter(p.end())) {
        add("period.start", Code.PERIOD_ORDER, Map.of("start", p.start(), "end", p.end()));
        return;
      }
      if (!p.key().equals(loaded.stem())) {
        pathMismatch(problems, loaded.file(), loaded.positions(), "period", "Kỳ báo cáo", "The period",
            p.key(), loaded.stem());
      }
    }

    /** A part's own date may be earlier than its period's end (a stock stated "as of" before), never later. */
    private void partDate(String path, java.time.LocalDate asOf) {
      Period p = report.period();
      if (asOf != null && p.to() != null && asOf.isAfter(p.to())) {
        add(path, Code.PART_AS_OF_AFTER_PERIOD, Map.of("date", asOf, "period", p));
      }
    }

    private void source(Source s) {
      // A part the signed original leaves blank is recorded as such, not warned about.
      if (s.number() == null && !s.blank(BlankPart.NUMBER)) {
        add("source", Code.SOURCE_UNNUMBERED, Map.of());
      }
      if (s.number() != null && s.blank(BlankPart.NUMBER)) {
        add("source.left_blank", Code.LEFT_BLANK_BUT_GIVEN, Map.of("part", "number", "value", s.number()));
      }
      if (s.date() == null && !s.blank(BlankPart.DATE)) {
        add("source", Code.SOURCE_UNDATED, Map.of());
      }
      if (s.date() != null && s.blank(BlankPart.DATE)) {
        add("source.left_blank", Code.LEFT_BLANK_BUT_GIVEN, Map.of("part", "date", "value", s.date()));
      }
      Period p = report.period();
      if (s.statedAsOf() != null && p.from() != null && p.to() != null
          && (s.statedAsOf().isBefore(p.from()) || s.statedAsOf().isAfter(p.to()))) {
        add("source.stated_as_of", Code.AS_OF_OUTSIDE_PERIOD, Map.of("stated", s.statedAsOf(), "period", p));
      }
    }

    private void procedures(Procedures p) {
      if (p == null) {
        return;
      }
      if (p.total() != null && p.fullOnline() != null && p.partialOnline() != null && p.notOnline() != null) {
        long sum = (long) p.fullOnline() + p.partialOnline() + p.notOnline();
        if (sum != p.total()) {
          add("procedures.total", Code.SUM_MISMATCH, Map.of("total", p.total(), "sum", sum,
              "parts", new Words("toàn trình + một phần + chưa trực tuyến", "fully + partly + not online")));
        }
      }
      if (p.total() != null && p.fullOnline() != null && p.partialOrNotOnline() != null) {
        long sum = (long) p.fullOnline() + p.partialOrNotOnline();
        if (sum != p.total()) {
          add("procedures.total", Code.SUM_MISMATCH, Map.of("total", p.total(), "sum", sum,
              "parts", new Words("toàn trình + (một phần và trực tiếp)", "fully online + (partly or not online)")));
        }
      }
      exceeds("procedures.full_online", p.fullOnline(), new Words("TTHC toàn trình", "Fully online procedures"),
          p.total(), new Words("tổng số TTHC", "procedures in force"));
      exceeds("procedures.partial_online", p.partialOnline(), new Words("TTHC một phần", "Partly online procedures"),
          p.total(), new Words("tổng số TTHC", "procedures in force"));
      exceeds("procedures.not_online", p.notOnline(), new Words("TTHC chưa trực tuyến", "Procedures not online"),
          p.total(), new Words("tổng số TTHC", "procedures in force"));
      if (!over(p.fullOnline(), p.total()) && !over(p.partialOnline(), p.total())) {
        exceeds("procedures.partial_online", sumOfAll(p.fullOnline(), p.partialOnline()),
            new Words("TTHC toàn trình + một phần", "Fully + partly online procedures"),
            p.total(), new Words("tổng số TTHC", "procedures in force"));
      }
      ProcedureUse use = p.withDossiers();
      if (use != null) {
        rate("procedures.with_dossiers.full_online_pct", use.fullOnlinePct(), use.fullOnline(), p.fullOnline());
        rate("procedures.with_dossiers.partial_online_pct", use.partialOnlinePct(), use.partialOnline(), p.partialOnline());
        exceeds("procedures.with_dossiers.full_online", use.fullOnline(),
            new Words("TTHC toàn trình có hồ sơ", "Fully online procedures with dossiers"),
            p.fullOnline(), new Words("TTHC toàn trình", "fully online procedures"));
        exceeds("procedures.with_dossiers.partial_online", use.partialOnline(),
            new Words("TTHC một phần có hồ sơ", "Partly online procedures with dossiers"),
            p.partialOnline(), new Words("TTHC một phần", "partly online procedures"));
      }
    }

    private void dossiers(Dossiers d) {
      if (d == null) {
        return;
      }
      Long available = d.received() == null ? null
          : (long) d.received() + (d.carriedOver() == null ? 0 : d.carriedOver());
      exceeds("dossiers.resolved", d.resolved(), new Words("Hồ sơ đã giải quyết", "Resolved dossiers"),
          available, new Words("tiếp nhận + kỳ trước chuyển sang", "received + carried over"));
      // Each part on its own as well: with no overdue line the sum is unknown, yet on_time 500 of 223 is impossible.
      exceeds("dossiers.on_time", d.onTime(), new Words("Hồ sơ đúng hạn", "Dossiers on time"),
          d.resolved(), new Words("hồ sơ đã giải quyết", "resolved"));
      exceeds("dossiers.overdue", d.overdue(), new Words("Hồ sơ quá hạn", "Overdue dossiers"),
          d.resolved(), new Words("hồ sơ đã giải quyết", "resolved"));
      if (!over(d.onTime(), d.resolved()) && !over(d.overdue(), d.resolved())) {
        exceeds("dossiers.on_time", sumOfAll(d.onTime(), d.overdue()),
            new Words("Đúng hạn + quá hạn", "On time + overdue"),
            d.resolved(), new Words("hồ sơ đã giải quyết", "resolved"));
      }
      exceeds("dossiers.received_online", d.receivedOnline(), new Words("Hồ sơ trực tuyến", "Dossiers received online"),
          d.received(), new Words("hồ sơ tiếp nhận", "dossiers received"));
      exceeds("dossiers.received_in_person", sumOfAll(d.receivedOnline(), d.receivedInPerson()),
          new Words("Hồ sơ trực tuyến + trực tiếp", "Dossiers received online + in person"),
          d.received(), new Words("hồ sơ tiếp nhận", "dossiers received"));
      if (d.toHandle() != null && d.received() != null && d.carriedOver() != null
          && d.toHandle() != d.received() + d.carriedOver()) {
        add("dossiers.to_handle", Code.SUM_MISMATCH, Map.of("total", d.toHandle(), "sum", d.received() + d.carriedOver(),
            "parts", new Words("tiếp nhận + kỳ trước chuyển sang", "received + carried over")));
      }
      if (d.onlinePct() != null && d.inPersonPct() != null) {
        double sum = d.onlinePct() + d.inPersonPct();
        if (Math.abs(sum - 100) > 0.05) {
          add("dossiers.online_pct", Code.SHARES_NOT_100, Map.of("online", d.onlinePct(),
              "in_person", d.inPersonPct(), "sum", sum));
        }
      }
      rate("dossiers.online_pct", d.onlinePct(), d.receivedOnline(), d.received());
    }

    private void block(Block block, BlockInfrastructure b) {
      Hardware h = b.hardware();
      if (h == null) {
        return;
      }
      String base = "infrastructure." + block.code() + ".hardware.";
      exceeds(base + "adequate", h.adequate(), new Words("Máy đáp ứng", "Adequate computers"),
          h.computers(), new Words("tổng số máy tính", "computers"));
      exceeds(base + "inadequate", h.inadequate(), new Words("Máy chưa đáp ứng", "Inadequate computers"),
          h.computers(), new Words("tổng số máy tính", "computers"));
      if (over(h.adequate(), h.computers()) || over(h.inadequate(), h.computers())) {
        return;
      }
      Long classified = sumOfAll(h.adequate(), h.inadequate());
      if (h.adequate() != null && h.inadequate() != null && h.computers() != null) {
        if (classified > h.computers()) {
          exceeds(base + "adequate", classified,
              new Words("Máy đáp ứng + chưa đáp ứng", "Adequate + inadequate computers"),
              h.computers(), new Words("tổng số máy tính", "computers"));
        } else if (classified < h.computers()) {
          add(base + "adequate", Code.PARTS_SHORT, Map.of(
              "parts", new Words("Máy đáp ứng + chưa đáp ứng", "Adequate + inadequate computers"),
              "sum", classified, "whole", new Words("tổng số máy tính", "computers"), "total", h.computers(),
              "gap", h.computers() - classified));
        }
      }
      exceeds(base + "anti_malware", h.antiMalware(),
          new Words("Máy có phần mềm chống mã độc", "Computers with anti-malware"),
          h.computers(), new Words("tổng số máy tính", "computers"));
      exceeds(base + "party_wan_computers", h.partyWanComputers(),
          new Words("Máy dùng mạng diện rộng của Đảng", "Party WAN computers"),
          h.computers(), new Words("tổng số máy tính", "computers"));
    }

    private void humanResources(HumanResources hr) {
      if (hr == null) {
        return;
      }
      exceeds("human_resources.staff_present", hr.staffPresent(), new Words("Cán bộ có mặt", "Staff in post"),
          hr.staffQuota(), new Words("biên chế được giao", "staffing quota"));
      if (hr.qualifications() != null && hr.staffPresent() != null) {
        var q = hr.qualifications();
        Long sum = sumOfAll(q.masters(), q.university(), q.college(), q.intermediate());
        exceeds("human_resources.qualifications", sum,
            new Words("Tổng theo trình độ chuyên môn", "Staff by qualification"),
            hr.staffPresent(), new Words("cán bộ có mặt", "staff in post"));
      }
      CommunityTeams t = hr.communityTeams();
      if (t != null) {
        exceeds("human_resources.community_teams.villages_covered", t.villagesCovered(),
            new Words("Thôn có tổ công nghệ số", "Villages with a team"),
            t.villagesTotal(), new Words("tổng số thôn", "villages"));
      }
    }

    /** Warns when a stated percentage differs from the one its own counts give (to 0.01 point). */
    private void rate(String path, Double stated, Integer numerator, Integer denominator) {
      if (stated == null || numerator == null || denominator == null || denominator == 0) {
        return;
      }
      double computed = 100.0 * numerator / denominator;
      if (Math.abs(Math.round(computed * 100) / 100.0 - stated) > 0.0101) {
        add(path, Code.RATE_MISMATCH, Map.of("stated", stated, "numerator", numerator,
            "denominator", denominator, "computed", Math.round(computed * 100) / 100.0));
      }
    }

    private void exceeds(String path, Number part, Words partName, Number whole, Words wholeName) {
      if (part != null && whole != null && part.longValue() > whole.longValue()) {
        add(path, Code.EXCEEDS, Map.of("part", partName, "left", part, "whole", wholeName, "right", whole));
      }
    }

    /**
     * Reports a problem; an error on a field staff confirmed as the signed report states becomes
     * an {@code as-reported} warning carrying the original message.
     */
    private void add(String path, Code code, Map<String, Object> args) {
      Problem problem = new Problem(loaded.file(), loaded.positions().at(path), path, code, args);
      if (code.severity() == Severity.ERROR && report.confirmedAsReported().contains(path)) {
        confirmedUsed.add(path);
        problem = new Problem(problem.file(), problem.position(), path, Code.AS_REPORTED, Map.of(
            "detail", new Words(problem.message(Lang.VI), problem.message(Lang.EN))));
      }
      problems.add(problem);
    }
  }

  /** Whether both figures are given and the part is larger than the whole. */
  static boolean over(Integer part, Integer whole) {
    return part != null && whole != null && part > whole;
  }

  /** Sum of the figures when all are given, else null: a missing figure is unknown, not zero. */
  static Long sumOfAll(Integer... values) {
    // In long: two counts of 2,147,483,647 wrapped around to a small int and passed every check.
    long sum = 0;
    for (Integer v : values) {
      if (v == null) {
        return null;
      }
      sum += v;
    }
    return sum;
  }
}
