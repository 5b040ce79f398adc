package vn.xaso.importer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.xaso.importer.Numbers.Token;
import vn.xaso.importer.Outline.Part;
import vn.xaso.importer.Outline.Sentence;
import vn.xaso.model.Staffing;

/**
 * Counts of people and the staff's other figures: staff present and quota ("71/75 biên chế", "49 cán bộ trên 52 biên
 * chế"), contracts, the centre's staff, qualifications listed ("trình độ: thạc sĩ 2, đại học 16"), those trained and the
 * sessions held for the staff (not for citizens), the community teams and the villages they cover, and how IT work is
 * staffed. Which words name which field is {@link StaffWords}'; this part decides which figure those words are said
 * of, where a sentence counts several groups of people. Apart from the other counts because people are counted
 * against a quota and by what they are, not by a unit.
 */
final class StaffFigures {
  /** Words naming the community digital technology teams (tổ công nghệ số cộng đồng). */
  private static final String TEAMS = "to cong nghe so|cong nghe so cong dong";
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
  private final PlacedFigures figures;
  /** Whether the sentence goes on a list of qualifications begun in one before it. */
  private boolean qualifiedList;

  StaffFigures(Findings found, PlacedFigures figures) {
    this.found = found;
    this.figures = figures;
  }

  /** A new sentence: whether it goes on a list of qualifications begun in {@code before}. */
  void sentence(Sentence s, Sentence before) {
    // "Trình độ: Thạc sĩ: 03; Đại học: 74; …" goes on over the sentences its semicolons part.
    qualifiedList = has(s.folded(), QUALIFIED_LABEL) || qualifiedList && before != null && before.item() == s.item()
        && before.original().endsWith(";");
  }

  /**
   * Places a count no other part took: people, villages covered, teams, a qualification's count, training sessions;
   * {@code signedBefore} when the report was signed before the sentence (an appendix).
   */
  void count(Sentence s, Token t, List<Token> tokens, int value, String quote, boolean signedBefore) {
    String unit = t.unit();
    if (unit.matches(PEOPLE) || unit.isEmpty() && (close(t, "bien che") || t.after().strip().startsWith("hop dong")
        || IN_BRACKET.matcher(t.before()).find())) {
      // "04 hợp đồng lao động": people counted by their contracts.
      people(s, t, value, quote, signedBefore);
    } else if (unit.matches(Placement.VILLAGE) && has(ShareWords.clauseOf(s.folded(), t), TEAMS)
        && !has(ShareWords.clauseOf(s.folded(), t), NOT_YET)) {
      figures.put("human_resources.community_teams.villages_covered", value, quote);
      if (!t.isPart() && EVERY.matcher(t.before()).find()) {
        figures.put("human_resources.community_teams.villages_total", value, quote);
      }
    } else if (unit.equals("to") && teams(s) && !close(t, "dan pho|hoa giai|tu quan|an ninh") && !sheets(s, t)
        && !has(onward(s.folded(), t), "cap xa")) {
      // "01 Tổ công nghệ số cộng đồng cấp xã và các tổ tại 12/14 ấp": the commune's one team is not the villages' teams.
      figures.put("human_resources.community_teams.teams", value, quote);
    } else if (unit.isEmpty() && (has(s.folded(), QUALIFIED_LABEL) || qualifiedList) && qualification(s, t) != null) {
      // "trình độ: thạc sĩ 2, đại học 16": counts written after the qualification's name, without a unit.
      figures.put("human_resources." + qualification(s, t), value, quote);
    } else if (unit.isEmpty() && s.part() == Part.HUMAN_RESOURCES && StaffWords.qualificationAfter(t.after(), segmentOf(s, t)) != null) {
      // "có mặt 50 người, gồm 04 thạc sĩ, 42 đại học và 04 trung cấp": each count named by the qualification after it.
      figures.put("human_resources." + StaffWords.qualificationAfter(t.after(), segmentOf(s, t)), value, quote);
    } else if ((unit.matches("cuoc|lop") && (s.part() == Part.HUMAN_RESOURCES || has(s.folded(), "tap huan"))
        || unit.equals("buoi") && TRAINING_AFTER.matcher(t.after()).lookingAt() && !has(s.context(), TASKS))
        && !forOthers(t.isPart() ? ownSpan(s.folded(), t) : ShareWords.clauseOf(s.folded(), t))
        && !partForOthers(s.folded(), t, tokens)) {
      figures.put("human_resources.training_sessions", value, quote);
    }
  }

  /** Places a fraction of people or villages ("71/75 biên chế", "20/20 thôn"); whether it was one. */
  boolean fraction(Sentence s, Token t, int part, int whole, String quote) {
    if (t.unit().matches(Placement.VILLAGE) && teams(s)) {
      figures.put("human_resources.community_teams.villages_covered", part, quote);
      figures.put("human_resources.community_teams.villages_total", whole, quote);
    } else if ((t.unit().matches(PEOPLE) || t.unit().isEmpty()) && (StaffWords.presentOfQuota(closeAfter(t) + FigureWords.note(s.folded(), t),
        ShareWords.clauseOf(s.folded(), t), s.part() == Part.HUMAN_RESOURCES)
        || StaffWords.presentBefore(closeBefore(t), ShareWords.clauseOf(s.folded(), t), s.part() == Part.HUMAN_RESOURCES))) {
      // "71/75 biên chế", "49/54 (có mặt/biên chế được giao)": the note in brackets names what the two are; "CBCC có
      // mặt: 37/42", "Biên chế có mặt 58/61": those present said before the pair.
      figures.put("human_resources.staff_present", part, quote);
      figures.put("human_resources.staff_quota", whole, quote);
      staffAsOf(s.folded(), t, quote);
    } else if (t.unit().matches(PEOPLE) && has(ShareWords.clauseOf(s.folded(), t), StaffWords.TRAINED)
        && has(ShareWords.clauseOf(s.folded(), t), StaffWords.STAFF)) {
      // "113/113 cán bộ, công chức được tập huấn", "100% cán bộ (97/97 người) hoàn thành khóa bồi dưỡng".
      figures.put("human_resources.trained", part, quote);
    } else {
      return false;
    }
    return true;
  }

  private static boolean has(String text, String regex) {
    return Vocabulary.has(text, regex);
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
  private static boolean partForOthers(String f, Token t, List<Token> tokens) {
    return !t.isPart() && tokens.stream().anyMatch(p -> p.parent() == t.start() && p.unit().equals(t.unit())
        && forOthers(ownSpan(f, p)));
  }

  /** Headings over what is still to be done ("Nhiệm vụ tuần 49", "Phương hướng …"): no session held. */
  private static final String TASKS = "nhiem vu|phuong huong|ke hoach (?:tuan|thang|quy|nam)";
  /** The people a count is of named right after it as no staff: "64 người dân", "120 hội viên", "35 học sinh". */
  private static final Pattern CITIZENS_AFTER = Pattern.compile("\\s*(?:nguoi\\s+)?(?:dan|nhan dan|hoi vien|doan vien"
      + "|hoc sinh|thanh vien)\\b");

  private void people(Sentence s, Token t, int value, String quote, boolean signedBefore) {
    String f = s.folded();
    String segment = f.substring(Math.max(0, f.lastIndexOf(';', t.start()) + 1), t.start());
    String field = quotaStated(f, t);
    field = field != null ? field : StaffWords.field(t.near(), closeBefore(t), closeAfter(t), segment, onward(f, t));
    if (field == null && StaffWords.itPostHeldBeside(t.near(), f.substring(0, Math.min(t.start(), f.length())))
        && t.unit().matches("cong chuc|can bo|vien chuc|nguoi|dong chi")) {
      // "Chưa có công chức chuyên trách công nghệ thông tin; giao 01 công chức Văn phòng - Thống kê kiêm nhiệm": the
      // post the clause before names is held beside another, as "01 công chức … kiêm nhiệm CNTT" says in one clause.
      field = "it_staff";
    }
    if (field == null || field.startsWith("qualifications.") && close(t, "tro len|tro xuong")) {
      // "Đại học trở lên 45 người": a level and those above it, no one level's count.
      return;
    }
    if (field.equals("trained") && !signedBefore && FigureWords.tasksAhead(s.context())) {
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
    figures.put("human_resources." + field, value, quote);
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
          quote, figures.evidence()));
    }
  }

  /** A part's own words naming the quota ("65 người (biên chế giao 70)", "(định biên 62)"). */
  private static final Pattern QUOTA_OWN = Pattern.compile("\\b(?:bien che(?: duoc)? giao|dinh bien|chi tieu bien che)\\s*:?\\s*$");

  /** "58 cán bộ, công chức (định biên 62)": the quota alone in a bracket after the count of those present. */
  private static final Pattern IN_BRACKET = Pattern.compile("\\(\\s*(?:bien che(?: duoc)? giao|dinh bien|chi tieu bien che)\\s*:?\\s*$");

  /** "49 cán bộ trên 52 biên chế": "trên" here says out of, not more than, so the quota is stated, not approximate. */
  static boolean outOfQuota(Token t) {
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

  private static boolean sheets(Sentence s, Token t) {
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

  /** How IT work is staffed ({@link StaffWords#staffing}), outside the assessment. */
  void staffing(Sentence s) {
    if (s.part() == Part.ASSESSMENT) {
      return;
    }
    Staffing staffing = StaffWords.staffing(s.folded());
    if (staffing != null) {
      figures.words(Evidence.of(s, 0, ""));
      figures.put("human_resources.it_staffing", staffing, Extractor.trim(s.original(), 0));
    }
  }

  private static boolean teams(Sentence s) {
    return has(s.folded(), TEAMS);
  }
}
