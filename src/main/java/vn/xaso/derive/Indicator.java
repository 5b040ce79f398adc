package vn.xaso.derive;

import java.util.List;
import java.util.function.BiFunction;
import vn.xaso.model.Commune;
import vn.xaso.model.Lang;
import vn.xaso.model.Report;

/**
 * The catalogue of indicators published for every report, with their formulas in both
 * languages. Order here is the order of columns and tables everywhere.
 */
public enum Indicator {
  PROCEDURES_TOTAL(Part.PROCEDURES, "procedures_total", "Số TTHC đang triển khai", "Procedures in force", "TTHC / procedures",
      "tổng số TTHC báo cáo ghi (số báo cáo); nếu thiếu: toàn trình + một phần + chưa trực tuyến; "
          + "nếu báo cáo gộp một phần với trực tiếp: toàn trình + (một phần và trực tiếp) (hai cách cộng là số tính ra)",
      "the total the report gives (count); if absent: fully + partly + not online; "
          + "where the report counts partly online and in person together: fully online + (partly or not online) "
          + "(both sums are computed)", Formulas::proceduresTotal),
  FULL_ONLINE_SHARE(Part.PROCEDURES, "full_online_share", "Tỷ lệ TTHC trực tuyến toàn trình", "Share of procedures fully online", "%",
      "100 × toàn trình ÷ số TTHC đang triển khai (tổng báo cáo ghi, hoặc tổng cộng từ các mức độ như chỉ số Số TTHC đang triển khai)",
      "100 × fully online ÷ procedures in force (the stated total, or the sum of the levels as for Procedures in force)",
      Formulas::fullOnlineShare),
  ONLINE_SHARE(Part.PROCEDURES, "online_share", "Tỷ lệ TTHC trực tuyến (toàn trình + một phần)", "Share of procedures online (full + partial)", "%",
      "100 × (toàn trình + một phần) ÷ số TTHC đang triển khai (tính như chỉ số cùng tên); "
          + "không tính được khi báo cáo gộp một phần với trực tiếp",
      "100 × (fully + partly online) ÷ procedures in force (worked out as for that indicator); "
          + "not computable when the report counts partly online and in person together",
      Formulas::onlineShare),
  DOSSIERS_RECEIVED(Part.DOSSIERS, "dossiers_received", "Hồ sơ tiếp nhận", "Dossiers received", "hồ sơ / dossiers",
      "số hồ sơ tiếp nhận trong kỳ báo cáo ghi", "dossiers received in the period, as reported", Formulas::dossiersReceived),
  ON_TIME_RATE(Part.DOSSIERS, "on_time_rate", "Tỷ lệ hồ sơ giải quyết đúng hạn", "On-time rate of resolved dossiers", "%",
      "100 × đúng hạn ÷ đã giải quyết", "100 × on time ÷ resolved", Formulas::onTimeRate),
  ONLINE_DOSSIER_SHARE(Part.DOSSIERS, "online_dossier_share", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "Share of dossiers received online", "%",
      "100 × tiếp nhận trực tuyến ÷ tiếp nhận; nếu thiếu số đếm: tỷ lệ báo cáo ghi",
      "100 × received online ÷ received; without counts: the share the report states", Formulas::onlineDossierShare),
  COMPUTERS(Part.INFRASTRUCTURE, "computers", "Tổng số máy tính (các khối có báo cáo)", "Computers (blocks reported)", "máy / computers",
      "số máy tính của khối duy nhất có số (số báo cáo); nếu nhiều khối có số: tổng các khối đó (số tính ra)",
      "the computers of the one block giving the figure (count); if several blocks give it: their sum (computed)",
      Formulas::computers),
  COMPUTERS_ADEQUATE_SHARE(Part.INFRASTRUCTURE, "computers_adequate_share", "Tỷ lệ máy tính đáp ứng yêu cầu", "Share of computers adequate", "%",
      "100 × máy đáp ứng ÷ máy tính, trên các khối có cả hai số",
      "100 × adequate ÷ computers, over blocks giving both", Formulas::adequateShare),
  ANTI_MALWARE_COVERAGE(Part.INFRASTRUCTURE, "anti_malware_coverage", "Tỷ lệ máy tính có phần mềm chống mã độc", "Anti-malware coverage", "%",
      "100 × máy có chống mã độc ÷ máy tính, trên các khối có cả hai số",
      "100 × computers with anti-malware ÷ computers, over blocks giving both", Formulas::antiMalwareCoverage),
  VILLAGES_COVERED_SHARE(Part.HUMAN_RESOURCES, "villages_covered_share", "Tỷ lệ thôn có Tổ công nghệ số cộng đồng",
      "Villages covered by community digital-technology teams", "%",
      "100 × thôn có tổ ÷ tổng số thôn (báo cáo ghi; nếu báo cáo không ghi: theo hồ sơ xã)",
      "100 × villages covered ÷ villages (as the report states; if it does not: from the commune profile)", Formulas::villagesCoveredShare),
  STAFF_TRAINED(Part.HUMAN_RESOURCES, "staff_trained", "Cán bộ được tập huấn chuyển đổi số", "Staff trained in digital transformation",
      "người / people", "số cán bộ được tập huấn báo cáo ghi", "staff trained, as reported", Formulas::staffTrained);

  private final Part part;
  private final String code;
  private final String vi;
  private final String en;
  private final String unit;
  private final String formulaVi;
  private final String formulaEn;
  private final BiFunction<Report, Commune, Value> compute;

  Indicator(Part part, String code, String vi, String en, String unit, String formulaVi, String formulaEn,
      BiFunction<Report, Commune, Value> compute) {
    this.part = part;
    this.code = code;
    this.vi = vi;
    this.en = en;
    this.unit = unit;
    this.formulaVi = formulaVi;
    this.formulaEn = formulaEn;
    this.compute = compute;
  }

  public String code() {
    return code;
  }

  public String label(Lang lang) {
    return lang == Lang.EN ? en : vi;
  }

  public String unit() {
    return unit;
  }

  public boolean isPercent() {
    return unit.equals("%");
  }

  public String formula(Lang lang) {
    return lang == Lang.EN ? formulaEn : formulaVi;
  }

  /** The part of a report the indicator is read from. */
  public Part part() {
    return part;
  }

  /** Whether the indicator counts or shares a stock (at a date) rather than a flow (over a span). */
  public boolean isStock() {
    return part.stock();
  }

  /** The date or span the indicator's figure in {@code report} holds for. */
  public When when(Report report) {
    return When.of(part, report);
  }

  public Value compute(Report report, Commune commune) {
    return compute.apply(report, commune);
  }

  /** Indicators shown as rankings and on the home page: the shares. */
  public static List<Indicator> shares() {
    return List.of(values()).stream().filter(Indicator::isPercent).toList();
  }
}
