package vn.xaso.importer;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.xaso.importer.Numbers.Token;
import vn.xaso.importer.Outline.Part;
import vn.xaso.importer.Outline.Sentence;
import vn.xaso.model.Block;
import vn.xaso.model.Staffing;

/**
 * Placement: which field a number goes to, from its unit, the words next to it, the section and
 * block it stands under. A number goes to a field only when the words of its clause name that
 * field's thing; otherwise it is listed as found but not placed, never put in the nearest field.
 * What words name which field is kept in small parts, each tested alone: {@link DossierWords},
 * {@link ProcedureWords}, {@link HardwareWords}, {@link StaffWords}, {@link ShareWords}, {@link AreaWords},
 * {@link MoneyWords}.
 */
final class Placement {
  private static final Pattern YEAR = Pattern.compile("\\bnam (20\\d\\d)\\b");
  /** Words naming the community digital technology teams (tổ công nghệ số cộng đồng). */
  private static final String TEAMS = "to cong nghe so|cong nghe so cong dong";
  /** The units naming a village or its urban match (thôn, ấp, bản, tổ dân phố …). */
  static final String VILLAGE = "thon|ap|ban|buon|xom|khom|khu pho|to dan pho";
  /** "Tại tất cả 23 thôn": every village, so as many covered as there are. */
  private static final Pattern EVERY = Pattern.compile("\\b(?:tat ca|toan bo|ca|100%)(?: cac)?\\s*$");
  /** A sentence listing staff's qualifications ("trình độ: …", "lý luận chính trị: …"). */
  private static final String QUALIFIED_LABEL = "trinh do|ly luan chinh tri|chuyen mon";
  /** Villages where teams are not yet set up ("còn 02 bản … chưa thành lập"): not covered. */
  private static final String NOT_YET = "chua|khong co|con lai";
  private static final String PEOPLE = "nguoi|dong chi|can bo|cong chuc|vien chuc|bien che";
  /** The next count of people in a clause: where the words of the one before it stop. */
  private static final Pattern NEXT_PEOPLE = Pattern.compile("\\d+ (?:" + PEOPLE + ")\\b");

  private final Findings found;
  private final List<Sentence> sentences;
  private int index;
  private Evidence evidence;
  private boolean placed;
  /** The field each number of the sentence went to, by its offset: a part in brackets never takes its total's. */
  private final Map<Integer, String> placedAt = new HashMap<>();
  private Token current;
  /** The numbers of the sentence being read. */
  private List<Token> tokens = List.of();
  /** The last dossier field placed in the sentence: a count filed online is part of the dossiers just received. */
  private String lastDossier;
  /** "Đúng hạn 344" said without the early ones, kept until the whole text is read (see {@link #finish}). */
  private Finding onTimeAlone;
  private int onTimeAloneAt = -1;
  /** Whether the sentence goes on a list of qualifications begun in one before it. */
  private boolean qualifiedList;
  /** The budget year of the first money placed. */
  private Integer financeYear;

  Placement(Findings found, List<Sentence> sentences, CumulativeSpans spans, int year) {
    this.found = found;
    this.sentences = sentences;
    this.spans = spans;
    this.year = year;
    this.bodies = new EquipmentBodies(sentences);
    int signature = sentences.size();
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).part() == Part.SIGNATURE) {
        signature = i;
        break;
      }
    }
    this.firstSignature = signature;
  }

  /** The first sentence of the signature's part, or the count of sentences: worked out once, not per share. */
  private final int firstSignature;

  /** The field the total a part in brackets belongs to went to, or null for a number that is no part. */
  private String parentField(Token t) {
    return t.isPart() ? placedAt.get(t.parent()) : null;
  }

  /** Whether a count of another span in the words may go to a field ({@link CumulativeSpans#spanAllows}). */
  private final CumulativeSpans spans;
  /** The latest year the report's dates name (0 when none): money of later years is not the report's. */
  private final int year;
  /** Whose equipment a count is, and whether a line sums the blocks. */
  private final EquipmentBodies bodies;

  /** Reads sentence {@code i}: its numbers, its "không có hồ sơ …", its areas without signal, its IT staffing. */
  void read(int i) {
    index = i;
    Sentence s = sentences.get(i);
    placedAt.clear();
    if (s.heading()) {
      // "Trong đó: hồ sơ trực tuyến 1.000 hồ sơ" in the sentence or bullet after a received total is
      // still its part; a heading ends that.
      lastDossier = null;
    }
    // "Trình độ: Thạc sĩ: 03; Đại học: 74; …" goes on over the sentences its semicolons part.
    Sentence before = i > 0 ? sentences.get(i - 1) : null;
    qualifiedList = has(s.folded(), QUALIFIED_LABEL) || qualifiedList && before != null && before.item() == s.item()
        && before.original().endsWith(";");
    tokens = Numbers.tokens(s.folded());
    for (Token t : tokens) {
      figure(s, t);
    }
    current = null;
    none(s);
    areas(s);
    staffing(s);
  }

  /** Whether {@code words} stand within {@link StaffWords#CLOSE} characters of the number (its unit included). */
  private static boolean close(Token t, String words) {
    return has(closeBefore(t), words) || has(closeAfter(t), words);
  }

  private static String closeBefore(Token t) {
    String b = t.before();
    return b.substring(Math.max(0, b.length() - StaffWords.CLOSE));
  }

  private static String closeAfter(Token t) {
    // The words after a number begin with its unit when it is written there; a unit taken from a total is not.
    String a = t.unit().isEmpty() || t.after().strip().startsWith(t.unit()) ? t.after() : t.unit() + " " + t.after();
    return a.substring(0, Math.min(a.length(), StaffWords.CLOSE));
  }

  private static boolean has(String text, String regex) {
    return Vocabulary.has(text, regex);
  }

  /** Places one number of a sentence, or lists it as found but not placed. */
  private void figure(Sentence s, Token t) {
    String quote = Extractor.trim(s.original(), t.start());
    evidence = Evidence.of(s, t.start(), t.number());
    placed = false;
    current = t;
    if (!FigureWords.stated(t, ShareWords.clauseOf(s.folded(), t)) && !outOfQuota(t)) {
      // "hơn 3.000 hồ sơ", "trên 80%", "toàn tỉnh có 75 xã": no figure of the commune a person would copy.
      found.unplaced(t.number() + (t.kind().equals("pct") ? "%" : "") + (t.unit().isEmpty() ? "" : " " + t.unit()),
          quote, evidence);
      return;
    }
    switch (t.kind()) {
      case "num" -> count(s, t, quote);
      case "pct" -> percent(s, t, quote);
      case "frac" -> fraction(s, t, quote);
      default -> placed = true;
    }
    if (!placed && worthListing(t)) {
      found.unplaced(t.number() + (t.kind().equals("pct") ? "%" : "") + (t.unit().isEmpty() ? "" : " " + t.unit()),
          quote, evidence);
    }
  }

  /** A share, a fraction, or a count with a unit other than time: numbers a person would want to place. */
  private static boolean worthListing(Token t) {
    return !t.kind().equals("num") || !t.unit().isEmpty() && !t.unit().matches("nam|thang|ngay|tuan|gio|phut|dong");
  }

  private void put(String path, Object value, String quote) {
    if (current != null && current.isPart() && path.equals(placedAt.get(current.parent()))) {
      // A part of a total is not the total: "31 máy để bàn" of "Máy tính: 37 (31 máy để bàn …)".
      return;
    }
    found.add(path, value, quote, evidence);
    placed = true;
    if (current != null) {
      placedAt.putIfAbsent(current.start(), path);
    }
  }

  private void count(Sentence s, Token t, String quote) {
    String unit = t.unit();
    String near = t.near();
    String label = t.before().strip().endsWith(":") ? t.before() : "";
    BigDecimal amount = t.amount();
    if (unit.matches("trieu dong|ty dong|nghin dong") || unit.equals("dong") && amount.compareTo(MoneyWords.PLAIN_DONG) >= 0) {
      money(s, unit, amount, quote);
      return;
    }
    int value;
    try {
      value = amount.intValueExact();
    } catch (ArithmeticException e) {
      return;
    }
    if (unit.isEmpty() && ProcedureWords.withDossiersLabel(label, s.context())) {
      // "DVCTT toàn trình có phát sinh hồ sơ: 64", a table's column of procedures used: procedures, not dossiers.
      procedure(s, t, label, value, quote);
    } else if (unit.matches("ho so|hs") || unit.isEmpty() && has(label, "ho so|hs")
        || unit.isEmpty() && has(s.context(), "ho so|hs") && DossierWords.field(label, null) != null
        || unit.isEmpty() && t.after().isBlank() && !Tables.row(s.original())
        && DossierWords.listed(s.folded(), t.start(), t.end(), t.own())
        || unit.isEmpty() && t.after().isBlank() && !t.isPart() && afterDossierCount(s, t)
        || unit.isEmpty() && t.after().isBlank() && !t.isPart() && !Tables.row(s.original())
        && dossiersNamedFirst(s.folded(), t)) {
      // A bare count labelled with a dossier count's words ("Tiếp nhận: 212") under a heading about dossiers.
      dossier(s, t, value, quote);
    } else if (unit.matches("tthc|thu tuc") || unit.isEmpty() && has(label, "tthc|thu tuc")) {
      procedure(s, t, near, value, quote);
    } else if (unit.equals("linh vuc") && has(s.folded(), "tthc|thu tuc")) {
      put("procedures.fields", value, quote);
    } else if ((unit.matches("may tinh|may|cai|chiec|duong truyen|duong") || unit.isEmpty() && has(label, "may|duong truyen"))
        && s.part() == Part.INFRASTRUCTURE || bodies.equipmentNamed(index, s, t, parentField(t))) {
      hardware(s, t, value, quote);
    } else if (unit.matches("may tinh|may") && shortcoming(s, t, value, quote)) {
      placed = true;
    } else if (unit.matches(PEOPLE) || unit.isEmpty() && (close(t, "bien che") || t.after().strip().startsWith("hop dong")
        || IN_BRACKET.matcher(t.before()).find())) {
      // "04 hợp đồng lao động": people counted by their contracts.
      people(s, t, value, quote);
    } else if (unit.matches(VILLAGE) && has(ShareWords.clauseOf(s.folded(), t), TEAMS)
        && !has(ShareWords.clauseOf(s.folded(), t), NOT_YET)) {
      put("human_resources.community_teams.villages_covered", value, quote);
      if (!t.isPart() && EVERY.matcher(t.before()).find()) {
        put("human_resources.community_teams.villages_total", value, quote);
      }
    } else if (unit.equals("to") && teams(s) && !close(t, "dan pho|hoa giai|tu quan|an ninh") && !sheets(s, t)
        && !has(onward(s.folded(), t), "cap xa")) {
      // "01 Tổ công nghệ số cộng đồng cấp xã và các tổ tại 12/14 ấp": the commune's one team is not the villages' teams.
      put("human_resources.community_teams.teams", value, quote);
    } else if (unit.isEmpty() && (has(s.folded(), QUALIFIED_LABEL) || qualifiedList) && qualification(s, t) != null) {
      // "trình độ: thạc sĩ 2, đại học 16": counts written after the qualification's name, without a unit.
      put("human_resources." + qualification(s, t), value, quote);
    } else if (unit.isEmpty() && s.part() == Part.HUMAN_RESOURCES && StaffWords.qualificationAfter(t.after(), segmentOf(s, t)) != null) {
      // "có mặt 50 người, gồm 04 thạc sĩ, 42 đại học và 04 trung cấp": each count named by the qualification after it.
      put("human_resources." + StaffWords.qualificationAfter(t.after(), segmentOf(s, t)), value, quote);
    } else if ((unit.matches("cuoc|lop") && (s.part() == Part.HUMAN_RESOURCES || has(s.folded(), "tap huan"))
        || unit.equals("buoi") && TRAINING_AFTER.matcher(t.after()).lookingAt() && !has(s.context(), TASKS))
        && !forOthers(t.isPart() ? ownSpan(s.folded(), t) : ShareWords.clauseOf(s.folded(), t))
        && !partForOthers(s.folded(), t)) {
      put("human_resources.training_sessions", value, quote);
    }
  }

  /** A clause opening with the dossiers ("Hồ sơ nộp trực tuyến 3.871"): the unit said first, the count after it. */
  private static final Pattern DOSSIERS_FIRST = Pattern.compile("^[^\\p{L}\\d]*(?:(?:tong )?so )?(?:ho so|hs)\\b"
      + "[^\\d.:;()]*$");

  /**
   * "Hồ sơ nộp trực tuyến 3.871, chiếm 86,29%": a bare count whose own clause opens with "hồ sơ" and names a count of
   * them is a count of dossiers, the unit said before the figure; not one with another figure right after it (a table's
   * row flattened).
   */
  private static boolean dossiersNamedFirst(String f, Token t) {
    String rest = f.substring(Math.min(t.end(), f.length())).stripLeading();
    return DOSSIERS_FIRST.matcher(t.own()).find() && DossierWords.field(t.own(), null) != null
        && (rest.isEmpty() || !Character.isDigit(rest.charAt(0)));
  }

  /**
   * "Giải quyết 5.598 hồ sơ, đúng hạn và trước hạn 5.589 (riêng trước hạn 3.902), quá hạn 9 hồ sơ": a bare count
   * whose own words name a dossier count, in a sentence that has just counted dossiers, with no full stop or
   * semicolon between them, is a count of dossiers too (the unit said once for the list): the figure just before it
   * counts dossiers (or was placed as such) and only words and a comma or bracket part them. Not in a table's row, whose columns have their own headers,
   * nor a figure with another right after it ("hồ sơ 1.019 955": a table's row flattened).
   */
  private boolean afterDossierCount(Sentence s, Token t) {
    String f = s.folded();
    String rest = f.substring(Math.min(t.end(), f.length())).stripLeading();
    if (Tables.row(s.original()) || DossierWords.field(t.own(), null) == null
        || !rest.isEmpty() && Character.isDigit(rest.charAt(0))) {
      return false;
    }
    Token previous = null;
    for (Token other : tokens) {
      if (other.start() >= t.start()) {
        break;
      }
      previous = other;
    }
    return previous != null && previous.kind().equals("num")
        && (previous.unit().matches("ho so|hs") || placedAt.getOrDefault(previous.start(), "").startsWith("dossiers."))
        && f.substring(previous.end(), t.start()).matches("[^\\d;.]*[,(][^\\d;.]*");
  }

  /** "01 buổi tập huấn …": a session named a training right after its count, as "lớp" and "cuộc" are (sheet §4). */
  private static final Pattern TRAINING_AFTER = Pattern.compile("\\s*(?:buoi\\s+)?(?:tap huan|boi duong|dao tao)\\b");

  /** Those a class is for when they are not the staff: citizens, pupils, the community teams' members. */
  private static final String OTHERS_TAUGHT = "nguoi dan|nhan dan|cong dan|hoc sinh|thanh vien|hoi vien|doan vien|binh dan hoc vu";

  /**
   * "Tổ chức 14 lớp với 1.930 lượt người dân tham gia «Bình dân học vụ số»", "01 buổi tập huấn cho 25 tổ trưởng Tổ công
   * nghệ số cộng đồng": classes for others than the staff (citizens, the community teams) are no training sessions of
   * the staff (docs/transcription.md §4); a clause naming the staff too keeps its count.
   */
  private static boolean forOthers(String clause) {
    return has(clause, OTHERS_TAUGHT + "|" + TEAMS) && !has(clause, StaffWords.STAFF);
  }

  /**
   * A part in brackets' own words: from its number to the next comma, semicolon or bracket ("02 lớp cho CBCC" of "03 lớp
   * tập huấn (02 lớp cho CBCC, 01 lớp Bình dân học vụ số cho người dân)").
   */
  private static String ownSpan(String f, Token t) {
    int to = t.end();
    while (to < f.length() && ",;()".indexOf(f.charAt(to)) < 0) {
      to++;
    }
    return f.substring(t.start(), to);
  }

  /**
   * "03 lớp tập huấn (02 lớp cho CBCC, 01 lớp Bình dân học vụ số cho người dân)": a count of classes one of whose parts
   * in brackets was for others than the staff is no count of the staff's sessions; its part for the staff is.
   */
  private boolean partForOthers(String f, Token t) {
    return !t.isPart() && tokens.stream().anyMatch(p -> p.parent() == t.start() && p.unit().equals(t.unit())
        && forOthers(ownSpan(f, p)));
  }

  /** Headings over what is still to be done ("Nhiệm vụ tuần 49", "Phương hướng …"): no session held. */
  private static final String TASKS = "nhiem vu|phuong huong|ke hoach (?:tuan|thang|quy|nam)";

  /** "Không có hồ sơ quá hạn" and "Hồ sơ tiếp nhận chậm: không có": how a report says zero without writing 0. */
  private void none(Sentence s) {
    String f = s.folded();
    Matcher m = DossierWords.NONE.matcher(f);
    while (m.find()) {
      evidence = Evidence.of(s, m.start(), "");
      dossierField(s, inProgressBefore(f, m.start()) + m.group(), null).ifPresent(field -> put("dossiers." + field, 0, Extractor.trim(s.original(), m.start())));
    }
    int inTime = DossierWords.allInProgressInTime(f);
    if (inTime >= 0 && spans.spanAllows(f + " / " + s.context(), "overdue_in_progress")) {
      // "Đang giải quyết: 41 hồ sơ, đều còn trong hạn": none of those in progress is overdue.
      evidence = Evidence.of(s, inTime, "");
      put("dossiers.overdue_in_progress", 0, Extractor.trim(s.original(), inTime));
    }
    for (int[] label : DossierWords.noneAfterLabel(f)) {
      evidence = Evidence.of(s, label[0], "");
      dossierField(s, f.substring(label[0], label[1]), null)
          .ifPresent(field -> put("dossiers." + field, 0, Extractor.trim(s.original(), label[0])));
    }
  }

  /** A count of those in progress right before a "none" in its clause, parted by a comma: "Đang xử lý 64 hs, ". */
  private static final Pattern IN_PROGRESS_LEAD = Pattern.compile("\\bdang (?:xu ly|giai quyet)\\b[^;.()]*,\\s*$");

  /**
   * "Đang xử lý 64 hs, không có hồ sơ nào quá hạn": a "none" said right after the count in progress, in its clause, is
   * of those in progress (none overdue among them), not of those resolved; the words of that count, else "".
   */
  private static String inProgressBefore(String f, int at) {
    String lead = f.substring(f.lastIndexOf(';', at - 1) + 1, at);
    return IN_PROGRESS_LEAD.matcher(lead).find() ? lead : "";
  }

  private void dossier(Sentence s, Token t, int value, String quote) {
    if (DossierWords.byDomain(t.own())) {
      // "Hồ sơ quá hạn chủ yếu thuộc lĩnh vực đất đai (21 bộ hồ sơ)": a part by domain, not the count.
      return;
    }
    String parent = t.isPart() ? placedAt.get(t.parent()) : null;
    String not = parent == null ? null : parent.substring(parent.indexOf('.') + 1);
    String note = note(s.folded(), t);
    String field = DossierWords.field(t.near() + note, not);
    if (field == null) {
      field = DossierWords.filedAs(t.ownNear(), lastDossier);
    }
    if (field == null && !t.isPart()) {
      field = DossierWords.resolvedBare(t.own());
    }
    if (field != null && not != null && !DossierWords.partOf(not, field)) {
      return;
    }
    // Its own words and note say the span ("02 HS đã quá hạn (tính lũy kế)"), not another figure's in the sentence.
    String own = DossierWords.afterClosedNote(t.segment()) + " " + DossierWords.afterClosedNote(t.before()) + " | " + t.after();
    if (field == null || !spans.spanAllows(own + note + " / " + s.context(), field)) {
      return;
    }
    if (field.equals("on_time") && DossierWords.onTimeAlone(t.own() + note) && onTimeAlone == null) {
      // "Đúng hạn 344" beside a row "Trước hạn 52": on time without the early ones, summed (or not) at the end.
      onTimeAlone = new Finding("dossiers.on_time", value, quote, evidence);
      onTimeAloneAt = t.start();
      placedAt.putIfAbsent(t.start(), "dossiers.on_time");
      placed = true;
      lastDossier = field;
      return;
    }
    if (field.equals("early") && onTimeAlone != null && t.isPart() && t.parent() == onTimeAloneAt) {
      // "Đúng hạn 151 hồ sơ (trong đó trước hạn 37)": the early ones are among those on time, stated as such.
      found.add("dossiers.on_time", onTimeAlone.value(), onTimeAlone.quote(), onTimeAlone.evidence());
      onTimeAlone = null;
    }
    put("dossiers." + field, value, quote);
    lastDossier = field;
  }

  /**
   * Once the whole text is read: the dossiers resolved on time are those resolved early and those on time (the data
   * dictionary's on_time includes early), so "Trước hạn 52" and "Đúng hạn 344" as separate items are on_time 396,
   * drafted as computed from the two; a count the report states with the early ones included ("trước hạn và đúng hạn
   * 11.587") is kept instead; "Đúng hạn" alone with no early count anywhere is the on_time.
   */
  void finish() {
    for (Finding f : shortcomings) {
      if (found.has(f.path())) {
        found.unplaced(f.value() + " may tinh", f.quote(), f.evidence());
      } else {
        found.add(f.path(), f.value(), f.quote(), f.evidence());
      }
    }
    if (onTimeAlone == null || found.has("dossiers.on_time")) {
      return;
    }
    java.util.Optional<Finding> early = found.value("dossiers.early");
    if (early.isEmpty() && earlyUnread()) {
      // Early ones may have been resolved whose count was not read: "Đúng hạn 203" may be a part of on_time, not
      // on_time; shown, not drafted.
      found.unplaced(onTimeAlone.value() + " ho so dung han", onTimeAlone.quote(), onTimeAlone.evidence());
      return;
    }
    if (early.isEmpty()) {
      found.add("dossiers.on_time", onTimeAlone.value(), onTimeAlone.quote(), onTimeAlone.evidence());
      return;
    }
    int sum = ((Number) early.get().value()).intValue() + ((Number) onTimeAlone.value()).intValue();
    // No line of the text writes the sum: it goes without evidence, its comment saying what it adds.
    found.add("dossiers.on_time", sum, String.format(java.util.Locale.ROOT,
        "tính: trước hạn %s + đúng hạn %s / computed: early %s + on time %s — «%s»", early.get().value(),
        onTimeAlone.value(), early.get().value(), onTimeAlone.value(), onTimeAlone.quote()), null);
  }

  /**
   * Whether the text gives the dossiers resolved as two values or more, none of them the count on time and the overdue
   * ones together: a part of them ("+ Trudéc hạn | 44", OCR's "Trước hạn" under "Đã giải quyết | 251") was read as the
   * whole, so the parts of what was resolved were not all read, and "Đúng hạn" alone may lack the early ones. Where
   * one value is on time and overdue together ("Đã giải quyết 1.119", "Đúng hạn 1.116", "Quá hạn 3"), no part is missing.
   */
  private boolean earlyUnread() {
    List<Finding> resolved = found.conflict("dossiers.resolved");
    int overdue = found.value("dossiers.overdue").map(f -> ((Number) f.value()).intValue()).orElse(0);
    int parts = ((Number) onTimeAlone.value()).intValue() + overdue;
    return !resolved.isEmpty() && resolved.stream().noneMatch(f -> ((Number) f.value()).intValue() == parts);
  }

  /** A bracket without figures right after a figure's clause ("02 HS đã quá hạn (tính lũy kế)"): its note. */
  private static String note(String f, Token t) {
    int at = t.end() + t.after().length();
    while (at < f.length() && f.charAt(at) == ' ') {
      at++;
    }
    int shut = at < f.length() && f.charAt(at) == '(' ? f.indexOf(')', at) : -1;
    String n = shut < 0 ? "" : f.substring(at, shut + 1);
    return n.matches(".*\\d.*") ? "" : " " + n;
  }

  private java.util.Optional<String> dossierField(Sentence s, String near, String not) {
    String field = DossierWords.field(near, not);
    return field != null && spans.spanAllows(s.folded() + " / " + s.context(), field) ? java.util.Optional.of(field)
        : java.util.Optional.empty();
  }

  private void procedure(Sentence s, Token t, String near, int value, String quote) {
    String field = ProcedureWords.field(near, withDossiers(s, t));
    if (field != null) {
      put("procedures." + field, value, quote);
    }
  }

  /** "có phát sinh hồ sơ 87/214", "phát sinh hồ sơ: 87": the procedures with dossiers given a figure of their own. */
  private static final Pattern WITH_DOSSIERS_FIGURE = Pattern.compile("\\bphat sinh(?: ho so)?\\s*:?\\s*\\d");
  /** A fraction's words just before it naming procedures that had dossiers ("… có phát sinh hồ sơ 87/214"). */
  private static final Pattern WITH_DOSSIERS_BEFORE = Pattern.compile("\\bphat sinh(?: ho so)?\\s*:?\\s*$");

  /**
   * Whether a count of procedures is of those with dossiers: "phát sinh" in its words, unless it comes only after
   * the count with a figure of its own ("toàn trình: 214 thủ tục, có phát sinh hồ sơ 87/214": 214 is the offer's
   * count, 87 the procedures with dossiers).
   */
  private static boolean withDossiers(Sentence s, Token t) {
    if (!has(scope(s, t), "phat sinh")) {
      return false;
    }
    String f = s.folded();
    return has(f.substring(0, Math.min(t.start(), f.length())), "phat sinh")
        || !WITH_DOSSIERS_FIGURE.matcher(f.substring(Math.min(t.end(), f.length()))).find();
  }

  private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)");

  /** Counts of equipment stated among the shortcomings, placed at the end only where nothing else gave their field. */
  private final List<Finding> shortcomings = new java.util.ArrayList<>();

  /**
   * "Khối chính quyền còn 9 máy tính cấu hình thấp" under "Khó khăn", "05 máy tính của khối chính quyền cấu hình thấp"
   * under "Tồn tại, hạn chế": a body's inadequate computers stated among the shortcomings. Such a figure is copied when it
   * repeats none above (docs/transcription.md §8): it is kept until the whole text is read ({@link #finish}) and
   * placed only if no other sentence gave the field. Equipment to replace or asked for is no stock.
   */
  private boolean shortcoming(Sentence s, Token t, int value, String quote) {
    if (!has(s.context(), EquipmentBodies.SHORTCOMINGS) || has(t.near(), EquipmentBodies.PLANNED)
        || !"inadequate".equals(HardwareWords.field(t.near(), t.unit()))) {
      return false;
    }
    Block body = bodies.namedBody(index, s, t);
    if (body == null) {
      return false;
    }
    shortcomings.add(new Finding("infrastructure." + body.code() + ".hardware.inadequate", value, quote, evidence));
    return true;
  }

  private void hardware(Sentence s, Token t, int value, String quote) {
    // A bracket saying what was added within a total ("58 máy tính (trong kỳ trang bị thêm 08 máy), 15 máy in") leaves
    // the stock a stock: outside a bracket, its words are none of a count's.
    String clause = t.isPart() ? ShareWords.clauseOf(s.folded(), t) : BRACKETED.matcher(ShareWords.clauseOf(s.folded(), t)).replaceAll(" ");
    if (HardwareWords.acquired(clause) || HardwareWords.byBlock(t.bracket()) || bodies.sumOfBlocks(index, s)) {
      // Received or asked for in the period, or a total of all blocks: no block's stock.
      return;
    }
    String field = HardwareWords.field(t.isPart() ? t.ownNear() : t.near(), t.unit());
    if (field == null && t.isPart()) {
      field = HardwareWords.field(t.near(), t.unit());
    }
    if (field != null) {
      // A part in brackets, or a clause of a sentence listing blocks ("Đảng ủy có 8 máy tính; …"), names its block.
      put("infrastructure." + bodies.bodyOf(index, s, t).code() + ".hardware." + field, value, quote);
    }
  }

  /** The people a count is of named right after it as no staff: "64 người dân", "120 hội viên", "35 học sinh". */
  private static final Pattern CITIZENS_AFTER = Pattern.compile("\\s*(?:nguoi\\s+)?(?:dan|nhan dan|hoi vien|doan vien"
      + "|hoc sinh|thanh vien)\\b");

  private void people(Sentence s, Token t, int value, String quote) {
    String f = s.folded();
    String segment = f.substring(Math.max(0, f.lastIndexOf(';', t.start()) + 1), t.start());
    String field = quotaStated(f, t);
    field = field != null ? field : StaffWords.field(t.near(), closeBefore(t), closeAfter(t), segment, onward(f, t));
    if (field == null || field.startsWith("qualifications.") && close(t, "tro len|tro xuong")) {
      // "Đại học trở lên 45 người": a level and those above it, no one level's count.
      return;
    }
    if (field.equals("trained") && !signedBefore() && FigureWords.tasksAhead(s.context())) {
      // "Tập huấn cho 15 cán bộ, công chức còn lại trong quý I/2026" under "NHIỆM VỤ THỜI GIAN TỚI": those still to train.
      return;
    }
    if (field.equals("trained") && CITIZENS_AFTER.matcher(f.substring(Math.min(t.end(), f.length()))).lookingAt()) {
      // "01 lớp \"Bình dân học vụ số\" cho 64 người dân": citizens taught, no staff trained.
      return;
    }
    if (field.equals("service_centre_staff") && !has(t.near(), "tiep nhan") && StaffWords.receivingPartAfter(onward(f, t) + " "
        + restOfClause(f, t))) {
      // "Trung tâm có 10 công chức, viên chức, trong đó 06 công chức trực tiếp tiếp nhận hồ sơ": the field counts
      // those who receive dossiers, the part; the centre's whole staff is no count of it.
      return;
    }
    put("human_resources." + field, value, quote);
    if (field.equals("staff_present")) {
      staffAsOf(f, t, quote);
    }
  }

  /** The date of "(tính đến ngày 01/12/2025)" in the clause of a count of staff present: the count's own date. */
  private void staffAsOf(String f, Token t, String quote) {
    Matcher d = StaffWords.asOf(t.near() + " " + ShareWords.clauseOf(f, t).substring(
        Math.min(ShareWords.clauseOf(f, t).length(), t.end() - (f.lastIndexOf(';', t.start()) + 1))));
    if (d.find()) {
      Extractor.date(d.group(1), d.group(2), d.group(3)).ifPresent(v -> found.add("human_resources.staff_as_of", v,
          quote, evidence));
    }
  }

  /** A part's own words naming the quota ("65 người (biên chế giao 70)", "(định biên 62)"). */
  private static final Pattern QUOTA_OWN = Pattern.compile("\\b(?:bien che(?: duoc)? giao|dinh bien|chi tieu bien che)\\s*:?\\s*$");
  /** "58 cán bộ, công chức (định biên 62)": the quota alone in a bracket after the count of those present. */
  private static final Pattern IN_BRACKET = Pattern.compile("\\(\\s*(?:bien che(?: duoc)? giao|dinh bien|chi tieu bien che)\\s*:?\\s*$");

  /** "49 cán bộ trên 52 biên chế": "trên" here says out of, not more than, so the quota is stated, not approximate. */
  private static boolean outOfQuota(Token t) {
    return OVER_BEFORE.matcher(t.before()).find() && QUOTA_AFTER.matcher(closeAfter(t)).find();
  }

  /** "… trên (tổng số) 52 (chỉ tiêu) biên chế": the quota, after "trên". */
  private static final Pattern OVER_BEFORE = Pattern.compile("\\btren (?:tong so )?$");
  private static final Pattern QUOTA_AFTER = Pattern.compile("^\\s*(?:chi tieu )?bien che\\b");
  /**
   * "54 người (biên chế được giao 58)", "58 cán bộ, công chức (định biên 61)", "71 người / biên chế giao 76": a count
   * of staff whose bracket, or a slash after it, gives the quota is the count of those present.
   */
  private static final Pattern QUOTA_BRACKET_AFTER = Pattern.compile("(?:\\s*,?\\s*(?:" + PEOPLE + "))*\\s*[(/]\\s*"
      + "(?:bien che(?: duoc)? giao|dinh bien|chi tieu bien che)\\b");
  /** "49 cán bộ, công chức (có mặt) trên 52 biên chế": the count before "trên" is those present. */
  private static final Pattern PRESENT_OVER = Pattern.compile("^[^;\\d]{0,40}?\\btren (?:tong so )?\\d+ (?:chi tieu )?bien che\\b");

  /**
   * Staff present and quota stated as "A trên B biên chế" (A of B, as "A/B biên chế" is), or the quota in the bracket of
   * those present ("58 cán bộ, công chức (định biên 62)"); null otherwise.
   */
  private static String quotaStated(String f, Token t) {
    if (t.isPart() && QUOTA_OWN.matcher(t.own().strip()).find() || IN_BRACKET.matcher(t.before()).find()
        || outOfQuota(t)) {
      return "staff_quota";
    }
    return t.unit().matches("can bo|cong chuc|vien chuc|dong chi|nguoi") && (PRESENT_OVER.matcher(f.substring(t.end())).find()
        || QUOTA_BRACKET_AFTER.matcher(f.substring(t.end())).lookingAt()) ? "staff_present" : null;
  }

  /** The words after a number up to its clause's end (a semicolon or the sentence's end). */
  private static String restOfClause(String f, Token t) {
    int semi = f.indexOf(';', t.end());
    return f.substring(t.end(), semi < 0 ? f.length() : semi);
  }

  /** The words after a count of people up to the clause's end or the next count of people. */
  /** Sheets, not teams: folded, "tờ" (leaflets, forms) is "to" as "tổ" is ("1.250 tờ rơi", "300 tờ khai"). */
  private static final Pattern SHEETS = Pattern.compile("[\\d.,]+\\s*to\\s+(?:roi|khai|gap|trinh|bao|tin|giay)\\b");

  static boolean sheets(Sentence s, Token t) {
    return t.start() >= 0 && t.start() < s.folded().length() && SHEETS.matcher(s.folded()).region(t.start(), s.folded().length()).lookingAt();
  }

  private static String onward(String f, Token t) {
    int semi = f.indexOf(';', t.end());
    String rest = f.substring(t.end(), semi < 0 ? f.length() : semi);
    Matcher next = NEXT_PEOPLE.matcher(rest);
    return next.find() ? rest.substring(0, next.start()) : rest;
  }

  /** The qualification a bare count's nearest words name ("thạc sĩ 2", "cao cấp 3" of lý luận chính trị), or null. */
  private static String segmentOf(Sentence s, Token t) {
    return s.folded().substring(s.folded().lastIndexOf(';', t.start()) + 1, t.start());
  }

  private static String qualification(Sentence s, Token t) {
    String segment = s.folded().substring(s.folded().lastIndexOf(';', t.start()) + 1, t.start());
    return StaffWords.qualification(closeBefore(t), segment);
  }

  private void money(Sentence s, String unit, BigDecimal amount, String quote) {
    Long vnd = MoneyWords.vnd(amount, unit);
    // The words just before the sum first ("xã bố trí 680 triệu đồng …, đã giải ngân 412 triệu đồng": each its own
    // verb), then the clause's ("nhu cầu … 1,2 tỷ đồng …; ngân sách xã đã bố trí 350 triệu đồng"), then the sentence's.
    String field = MoneyWords.moneyField(MoneyWords.wordsBefore(s.folded(), current.start()));
    field = field != null ? field : MoneyWords.moneyField(ShareWords.clauseOf(s.folded(), current));
    field = field != null ? field : MoneyWords.moneyField(s.folded());
    if (vnd == null || field == null || field.equals(MoneyWords.SPENT) || MoneyWords.gap(MoneyWords.wordsBefore(s.folded(), current.start()))
        || MoneyWords.partOfTotal(MoneyWords.wordsBefore(s.folded(), current.start()))
        || MoneyWords.otherYears(s.folded(), current.start(), year)) {
      return;
    }
    for (int i = index; i >= 0 && sentences.get(i).item() == s.item(); i--) {
      Sentence at = sentences.get(i);
      Matcher y = YEAR.matcher(at.folded());
      if (y.find()) {
        int year = Integer.parseInt(y.group(1));
        if (financeYear != null && financeYear != year) {
          // The finance part holds one budget year: money of another ("nhu cầu năm 2026" after what 2025 allocated) is left to a person.
          return;
        }
        financeYear = year;
        put(field, vnd, quote);
        found.add("finance.year", year, Extractor.trim(at.original(), y.start()), Evidence.of(at, y.start(), y.group(1)));
        return;
      }
    }
    put(field, vnd, quote);
  }

  private void percent(Sentence s, Token t, String quote) {
    double value = Double.parseDouble(t.number().replace(".", "").replace(',', '.'));
    if (value > 100) {
      return;
    }
    if (FigureWords.targetShare(signedBefore() ? "" : s.context(), s.folded(), t,
        found.value("source.date").map(d -> (java.time.LocalDate) d.value()).orElse(null))) {
      // "Phấn đấu … đạt 95% trước ngày 31/12/2026", "Hoàn thành số hóa 100% … trước 30/9/2026" under "Phương hướng …":
      // a share aimed at, not the period's.
      return;
    }
    Sentence before = index > 0 ? sentences.get(index - 1) : null;
    String lead = before != null && before.item() == s.item() && before.original().endsWith(";") ? before.folded() : "";
    String path = ShareWords.field(s, t, blockPath(s), lead);
    if (path == null && ShareWords.restates(t)) {
      // "37/158 thủ tục, đạt 23,42%": the share of the count just placed, where the model keeps one.
      path = ShareWords.shareOf(lastPlaced(t));
    }
    if (path != null && path.startsWith("dossiers.")
        && !spans.spanAllows(shareWords(s.folded(), t) + " / " + s.context(), path.substring("dossiers.".length()))) {
      // "Lũy kế từ 01/7 …, tỷ lệ trực tuyến bình quân 84,3%": a share of another span than the period's.
      return;
    }
    if (path != null && path.endsWith(".connectivity.coverage_pct")
        && (has(ShareWords.clauseOf(s.folded(), t), LAND) || issuersOwn(s))) {
      // "Sóng 4G phủ 100% ấp", "phủ sóng … trên địa bàn xã": the commune's land, not the block's network; and coverage
      // said where only the issuer names the block (a Party report's "Sóng di động phủ 98,2%") is the commune's too
      // (docs/transcription.md §3: government, whichever body issues the report).
      path = territoryPath(s) + ".connectivity.coverage_pct";
    }
    if (path != null) {
      put(path, value, quote);
    }
  }

  /**
   * Whether the report was signed before the sentence being read: an appendix after the signature ("PHỤ LỤC …") stands
   * under no heading of the text, though the outline's last ("VI. NHIỆM VỤ THÁNG 01/2026") is still its context.
   */
  private boolean signedBefore() {
    return firstSignature < index;
  }

  /**
   * The words that say a share's span: its clause up to the share and a note without figures right after it ("(lũy
   * kế)"); a bracket of figures after it is another share's ("trong tuần đạt 81,3% (lũy kế đạt 81,6%)": the 81,3% is
   * the week's).
   */
  private static String shareWords(String f, Token t) {
    String clause = ShareWords.clauseOf(f, t);
    int from = f.lastIndexOf(';', t.start()) + 1;
    return clause.substring(0, Math.min(clause.length(), t.end() - from)) + note(f, t);
  }

  /** The field the number just before {@code t} in its sentence went to, or null. */
  private String lastPlaced(Token t) {
    return placedAt.entrySet().stream().filter(e -> e.getKey() < t.start()).max(Map.Entry.comparingByKey())
        .map(Map.Entry::getValue).orElse(null);
  }

  private void fraction(Sentence s, Token t, String quote) {
    String[] pw = t.number().split("/");
    int part;
    int whole;
    try {
      part = Integer.parseInt(pw[0]);
      whole = Integer.parseInt(pw[1]);
    } catch (NumberFormatException e) {
      return;
    }
    if (part > whole) {
      return;
    }
    if (t.unit().matches(VILLAGE) && teams(s)) {
      put("human_resources.community_teams.villages_covered", part, quote);
      put("human_resources.community_teams.villages_total", whole, quote);
    } else if ((t.unit().matches(PEOPLE) || t.unit().isEmpty()) && (StaffWords.presentOfQuota(closeAfter(t) + note(s.folded(), t),
        ShareWords.clauseOf(s.folded(), t), s.part() == Part.HUMAN_RESOURCES)
        || StaffWords.presentBefore(closeBefore(t), ShareWords.clauseOf(s.folded(), t), s.part() == Part.HUMAN_RESOURCES))) {
      // "71/75 biên chế", "49/54 (có mặt/biên chế được giao)": the note in brackets names what the two are; "CBCC có
      // mặt: 37/42", "Biên chế có mặt 58/61": those present said before the pair.
      put("human_resources.staff_present", part, quote);
      put("human_resources.staff_quota", whole, quote);
      staffAsOf(s.folded(), t, quote);
    } else if (t.unit().matches(PEOPLE) && has(ShareWords.clauseOf(s.folded(), t), StaffWords.TRAINED)
        && has(ShareWords.clauseOf(s.folded(), t), StaffWords.STAFF)) {
      // "113/113 cán bộ, công chức được tập huấn", "100% cán bộ (97/97 người) hoàn thành khóa bồi dưỡng".
      put("human_resources.trained", part, quote);
    } else if (t.unit().matches("may tinh|may") && (s.part() == Part.INFRASTRUCTURE || bodies.equipmentNamed(index, s, t, parentField(t)))) {
      hardware(s, t, part, quote);
      put("infrastructure." + bodies.bodyOf(index, s, t).code() + ".hardware.computers", whole, quote);
    } else if (t.unit().matches("ho so|hs")) {
      // "Số hóa hồ sơ: 176/176 hồ sơ": the part is the count the words name; the whole is the base.
      dossier(s, t, part, quote);
    } else if (t.unit().matches("tthc|thu tuc")) {
      // "Số TTHC toàn trình có phát sinh hồ sơ: 37/158 thủ tục".
      procedure(s, t, t.near(), part, quote);
    } else if (has(s.folded(), "tthc|thu tuc")
        && WITH_DOSSIERS_BEFORE.matcher(s.folded().substring(0, Math.min(t.start(), s.folded().length()))).find()) {
      // "toàn trình: 214 thủ tục, có phát sinh hồ sơ 87/214": the part had dossiers, the whole is the offer's count,
      // and the offer is named earlier in the clause.
      procedure(s, t, ShareWords.clauseOf(s.folded(), t), part, quote);
    }
  }

  /**
   * The words that may say what a figure counts beyond its own: the sentence, but in a table's row only the
   * figure's column ("DVCTT toàn trình | 158 | 48,32 | 64" under "… | Có phát sinh hồ sơ": the 158 is no
   * count of procedures with dossiers; another column's header does not name it).
   */
  static String scope(Sentence s, Token t) {
    return Tables.row(s.original()) ? ShareWords.clauseOf(s.folded(), t) : s.folded();
  }

  /** "Không còn vùng lõm sóng, lõm điện" gives 0 areas of each; "còn 03 thôn lõm sóng" gives 3. */
  private void areas(Sentence s) {
    for (AreaWords.Area a : AreaWords.find(s.folded())) {
      evidence = Evidence.of(s, a.at(), a.written());
      put(territoryPath(s) + ".connectivity.areas_without_" + a.what(), a.count(), Extractor.trim(s.original(), a.at()));
    }
  }

  /** How IT work is staffed ({@link StaffWords#staffing}), outside the assessment. */
  private void staffing(Sentence s) {
    if (s.part() == Part.ASSESSMENT) {
      return;
    }
    Staffing staffing = StaffWords.staffing(s.folded());
    if (staffing != null) {
      evidence = Evidence.of(s, 0, "");
      put("human_resources.it_staffing", staffing, Extractor.trim(s.original(), 0));
    }
  }

  private static boolean teams(Sentence s) {
    return has(s.folded(), TEAMS);
  }

  /**
   * Areas without signal or power, and a signal's coverage of the commune's land, are the commune's, not a
   * block's equipment: they go to the government block unless their own sentence opens with another block's name ("Khối Mặt trận: …"),
   * not to the block a heading above or the issuer's signature gives.
   */
  /** Words naming the commune's land a signal covers: its area, its villages. */
  private static final String LAND = "dia ban|toan xa|dien tich|" + VILLAGE + "|bon";

  /** Whether a sentence's block is only the issuer's (no heading or opening words named one): not a block's own item. */
  private boolean issuersOwn(Sentence s) {
    Object issuer = found.value("source.issuer_block").map(Finding::value).orElse(null);
    return s.block() == issuer && Outline.opening(s.part(), s.folded(), null) == null && !headed(s);
  }

  /** Whether a heading or lettered item before the sentence, in its part, names its block ("b) Khối Mặt trận"). */
  private boolean headed(Sentence s) {
    return !Outline.blocksNamed(s.context()).isEmpty();
  }

  private static String territoryPath(Sentence s) {
    Block named = Outline.opening(s.part(), s.folded(), null);
    return "infrastructure." + (named == null ? Block.GOVERNMENT : named).code();
  }

  private String blockPath(Sentence s) {
    return "infrastructure." + s.block().code();
  }
}
