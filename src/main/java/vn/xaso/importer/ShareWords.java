package vn.xaso.importer;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.xaso.importer.Numbers.Token;
import vn.xaso.importer.Outline.Part;
import vn.xaso.importer.Outline.Sentence;

/**
 * Which share a percentage is, from the words next to it and the section it stands in: staff
 * trained, dossiers digitised or filed online, connectivity of a block, procedures used, listed.
 * A share that only restates the count before it ("37/158 thủ tục, đạt 23,42%") is that count's share.
 */
final class ShareWords {
  /** The share of a count, where the model keeps one beside it. */
  private static final Map<String, String> SHARE_OF = Map.of(
      "procedures.with_dossiers.full_online", "procedures.with_dossiers.full_online_pct",
      "procedures.with_dossiers.partial_online", "procedures.with_dossiers.partial_online_pct",
      "dossiers.received_online", "dossiers.online_pct",
      "dossiers.received_in_person", "dossiers.in_person_pct",
      "dossiers.digitised", "dossiers.digitised_pct",
      "human_resources.trained", "human_resources.trained_pct");
  /** Words between a count and a share that only restates it: "đạt", "tỷ lệ", "chiếm", "là". */
  private static final String RESTATES = "[,:(]?\\s*(?:(?:dat|ty le|bang|chiem|la|tuong ung)\\s*:?\\s*)*";

  private ShareWords() {}

  /** Parts telling results (not the preamble, assessment, tasks or signature). */
  private static final java.util.Set<Part> REPORTED = java.util.EnumSet.of(Part.LEGAL, Part.INFRASTRUCTURE,
      Part.HUMAN_RESOURCES, Part.PROCEDURES, Part.OTHER);

  /** Whether a share opens its clause, after at most a label ("c) Hạ tầng viễn thông: 100% ấp …"). */
  private static boolean opens(String clause) {
    return clause.isBlank() || clause.strip().endsWith(":");
  }

  /** Words saying signal covers: "phủ sóng", "sóng di động 4G phủ", "sóng 4G/5G đã phủ". */
  private static final String COVERS = "phu song|song(?: di dong| dien thoai)?(?: [a-z0-9/]{2,7})?(?: da)? phu";

  /** "Sóng 4G, 5G phủ 100% …": the signal's generations listed with commas ("4G" folds to "ag"), then "phủ" before the share. */
  private static final Pattern GENERATIONS_COVER = Pattern.compile("\\bsong(?: di dong)? [a-z0-9]g(?:, [a-z0-9]g)+ (?:da )?phu\\s*$");

  /** "100% ấp được phủ sóng 3G/4G": a share opening its clause, the places it counts then covered by signal. */
  private static boolean covered(String rest) {
    return rest.matches("^\\W*(?:so |cac )?(?:" + Placement.VILLAGE + "|bon|dien tich|dia ban)\\b[^,;]{0,30}?\\b(?:duoc |da duoc |da )?"
        + "phu song\\b.*");
  }

  /**
   * "Tỷ lệ tiếp nhận trực tuyến 88,93%", "hồ sơ nộp trực tuyến đạt 83,33%": what is received or filed online is
   * dossiers, named or not, and a share said with those words is of them, "tỷ lệ" written or not, unless its words name
   * procedures (a table's header read into them) (round 22).
   */
  private static final java.util.regex.Pattern FILED_ONLINE = java.util.regex.Pattern.compile(
      "\\b(?:tiep nhan|nop)(?: ho so)? (?:truc tuyen|qua mang)\\b");

  /**
   * "Tỷ lệ tiếp nhận trực tuyến đạt 87,39%; riêng nhóm TTHC một phần đạt 71,4%": a sentence of the rate of dossiers
   * filed online, which names no procedures that had dossiers ("phát sinh"); its shares are of dossiers, a group of
   * procedures it names only says whose.
   */
  private static boolean onlineRate(String f) {
    return FILED_ONLINE.matcher(f).find() && !has(f, "phat sinh");
  }

  /**
   * "TTHC một phần có phát sinh hồ sơ đạt 44,53%": a clause naming procedures that had dossiers is of those procedures,
   * its "hồ sơ" saying what they had. Dossiers that arose ("Tỷ lệ hồ sơ TTHC phát sinh theo từng hình thức") are not.
   */
  private static boolean ofProceduresWithDossiers(String clause) {
    return has(clause, "(?:tthc|thu tuc)\\b[^;]*?\\bphat sinh (?:ho so|hs)");
  }

  /** Whether the share stands right after a count and only restates it. */
  static boolean restates(Token t) {
    return t.before().strip().matches(RESTATES);
  }

  /** The share field a count's field has, or null. */
  static String shareOf(String countPath) {
    return countPath == null ? null : SHARE_OF.get(countPath);
  }

  /**
   * Whether a share opens its clause and names another thing after it ("… trực tuyến trên 85%, 100% máy tính cơ
   * quan …"): a share of that thing, not of the dossiers an earlier clause of the sentence speaks of.
   */
  private static boolean opensOtherClause(String clause, String rest) {
    return clause.isBlank() && rest.matches("^\\W*\\p{L}.*") && !rest.matches("^\\W*(?:ho so|hs|tthc|thu tuc)\\b.*");
  }

  /**
   * The field path of the share {@code t} in sentence {@code s}, or null; {@code block} is the block's
   * path, {@code lead} the clause before the sentence when it went on after a semicolon ("… 41 người; 100% …").
   */
  static String field(Sentence s, Token t, String block, String lead) {
    String f = s.folded();
    String near = t.near();
    if (restates(t)) {
      // "… là 41 người, đạt 85%", "… là 64 hồ sơ, tỷ lệ 100%": a share of what that count's clause names.
      String clause = clauseOf(f, t);
      near = clause.substring(0, Math.min(clause.length(), t.end() - (f.lastIndexOf(';', t.start()) + 1))) + " | " + t.after();
    }
    int semi = f.indexOf(';', t.end());
    String rest = f.substring(t.end(), semi < 0 ? f.length() : semi);
    String clause = t.before().substring(Math.max(t.before().lastIndexOf(','), t.before().lastIndexOf(';')) + 1);
    String staff = StaffWords.STAFF;
    String trained = StaffWords.TRAINED;
    // "100% cán bộ … được tập huấn" (share first) or "… cán bộ … tập huấn đạt 100%" (share last); the staff
    // may be the unit of the count before the share, or the clause before ("… 41 người; 100% được tập huấn").
    boolean shareFirst = rest.matches("^\\s*(?:(?:tong )?so |cac |nhung )?(?:" + staff + ")\\b.*") && has(rest, trained);
    String since = f.substring(f.lastIndexOf(';', t.start()) + 1, t.start());
    boolean shareLast = has(near, trained) && (has(since, "can bo|cong chuc|vien chuc")
        || since.isBlank() && has(lead + " " + f.substring(0, t.start()), "can bo|cong chuc|vien chuc") && has(rest, trained));
    if (shareFirst || shareLast || ofStaffTrained(since, rest)) {
      return has(shareFirst ? rest : near, StaffWords.SERVICE_DESK)
          ? "human_resources.public_service_staff_trained_pct" : "human_resources.trained_pct";
    } else if (has(near, "so hoa") && has(near, "ho so|hs") && !has(f, "van ban|tai lieu")) {
      return "dossiers.digitised_pct";
    } else if (s.part() == Part.INFRASTRUCTURE && has(clause, "lien thong") && !has(f, "ho so|hs|tthc|thu tuc|van ban")) {
      return block + ".connectivity.linked_pct";
    } else if (s.part() == Part.INFRASTRUCTURE && (has(clause, COVERS) || GENERATIONS_COVER.matcher(since).find()
        || opens(clause) && covered(rest))
        || REPORTED.contains(s.part()) && has(clauseOf(f, t).substring(0, Math.max(0, t.start() - (f.lastIndexOf(';', t.start()) + 1))),
            "phu song")) {
      // Coverage by its own words ("tỷ lệ phủ sóng … đạt 97%") wherever the results are told, not only under a
      // heading of infrastructure (a block's paragraph of a Party report).
      return block + ".connectivity.coverage_pct";
    } else if ((has(f, "ty le") && (has(f, "ho so|hs") || ofDossiers(s) || onlineRate(f))
        || FILED_ONLINE.matcher(near).find() && !has(near, "tthc|thu tuc|dich vu cong")) && !opensOtherClause(clause, rest)
        && !ofProceduresWithDossiers(clauseOf(f, t))) {
      // The group of procedures a share is of is said in the sentence where it names the dossiers; where only the
      // share's own words do ("tiếp nhận trực tuyến đạt 87,39%; riêng nhóm TTHC một phần đạt 71,4%"), in them.
      boolean named = has(f, "ty le") && (has(f, "ho so|hs") || ofDossiers(s));
      if (has(named ? f : near, "mot phan") && (has(near, "truc tuyen") || !named && onlineRate(f))) {
        return "dossiers.partial_online_online_pct";
      } else if (has(near, "truc tiep")) {
        return "dossiers.in_person_pct";
      } else if (has(near, "truc tuyen")) {
        return "dossiers.online_pct";
      }
    } else if (has(f, "ty le") && has(f, "tthc|thu tuc") && ProcedureWords.shareField(near) != null
        && (!Tables.row(s.original()) || has(clauseOf(f, t), "phat sinh"))) {
      // In a table's row a share of procedures by level is of those with dossiers only when its column says so
      // ("… | Có phát sinh hồ sơ (%)"); "Toàn trình | 171 | 52,3" under "Tỷ lệ (%)" is a share of all procedures,
      // which has no field.
      return ProcedureWords.shareField(near);
    } else if (has(f, "niem yet") && has(f, "tthc|thu tuc")) {
      return "procedures.listed_pct";
    } else if (s.part() == Part.INFRASTRUCTURE && has(near, "may tinh") && has(near, "ket noi mang|noi mang|mang toc do cao")) {
      return block + ".hardware.networked_pct";
    } else if (s.part() == Part.INFRASTRUCTURE && has(f, "so hoa") && has(f, "van ban")) {
      return block + ".digitised_pct";
    }
    return null;
  }

  /** A count of people among the staff ("49 cán bộ", "61 đồng chí", "45/48 người"; not "người dân"). */
  private static final Pattern STAFF_COUNT = Pattern.compile("\\b\\d+ (?:can bo|cong chuc|vien chuc|dong chi|nguoi(?! dan))\\b");
  /** How far after the count of staff its share may stand. */
  private static final int SHARE_REACH = 60;

  /** A bracket's closing and the words of training right after it: "79/84 cán bộ, công chức (94,05%) hoàn thành khóa bồi dưỡng". */
  private static final Pattern TRAINED_AFTER_BRACKET = Pattern.compile("^\\s*\\)\\s*[^,;()\\d]{0,30}?\\b(?:"
      + StaffWords.TRAINED + ")\\b");

  /**
   * "Đã tập huấn kỹ năng số cho 49 cán bộ, công chức, đạt 94,23%", "Có 61 đồng chí được bồi dưỡng, tập huấn …, đạt
   * 95,3%": a share soon after a count of staff, in a clause about training, no other figure or thing between, is the
   * share of the staff trained. {@code since} holds the clause's words up to the share, {@code rest} those after it:
   * the training may be said right after a share in brackets ("79/84 cán bộ, công chức (94,05%) hoàn thành khóa bồi
   * dưỡng kỹ năng số").
   */
  static boolean ofStaffTrained(String since, String rest) {
    boolean bracketed = since.stripTrailing().endsWith("(") && TRAINED_AFTER_BRACKET.matcher(rest).find();
    if (!bracketed && !has(since, StaffWords.TRAINED)) {
      return false;
    }
    Matcher m = STAFF_COUNT.matcher(since);
    int last = -1;
    while (m.find()) {
      last = m.end();
    }
    if (last < 0) {
      return false;
    }
    String between = since.substring(last);
    return between.length() <= SHARE_REACH && !between.matches(".*\\d.*")
        && !has(between, "ho so|hs|tthc|thu tuc|may tinh|van ban|song|nguoi dan|luot|hoc sinh|thanh vien");
  }

  /**
   * A share whose own words name no thing ("Tỷ lệ tiếp nhận trực tuyến: 83,1%") under a heading about dossiers
   * ("Hồ sơ trong tuần"): a share of dossiers, unless the sentence names procedures.
   */
  private static boolean ofDossiers(Sentence s) {
    return has(s.context(), "ho so") && !has(s.folded(), "tthc|thu tuc|dich vu cong");
  }

  /** The clause of a number: from the last semicolon before it to the next one (or the sentence's end). */
  static String clauseOf(String f, Token t) {
    int from = f.lastIndexOf(';', t.start()) + 1;
    int to = f.indexOf(';', t.end());
    return f.substring(from, to < 0 ? f.length() : to);
  }

  private static boolean has(String text, String regex) {
    return Vocabulary.has(text, regex);
  }
}
