package vn.xaso.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which dossier count the words next to a number name: "quá hạn" overdue, "đúng hạn" on time,
 * "chuyển sang" carried over … Pure functions of folded words, so each rule is tested alone.
 */
final class DossierWords {
  /** "Không có hồ sơ quá hạn": the one way a report says zero without writing 0. */
  static final Pattern NONE = Pattern.compile("\\bkhong (?:co |phat sinh )?(?:ho so|hs)\\b[^,;.()]*");
  /** "Hồ sơ tiếp nhận chậm: không có": a label naming dossiers, then "none". */
  static final Pattern NONE_AFTER_LABEL = Pattern.compile("(?:^|[;,]\\s*)([^;,:]*\\b(?:ho so|hs)\\b[^;,:]*):\\s*khong(?: co| phat sinh)?\\s*(?=$|[.;,(])");
  /**
   * "Đang giải quyết: 41 hồ sơ, đều còn trong hạn": every dossier in progress is within its time, so none of them is
   * overdue (docs/transcription.md §9: a zero said in words).
   */
  private static final Pattern ALL_IN_TIME = Pattern.compile("\\b(?:deu|tat ca|toan bo)(?: (?:deu|ho so|so ho so))?(?: (?:con|van))?"
      + " (?:trong (?:thoi )?han|chua den han|chua qua han)\\b");
  /** Words naming the dossiers in progress. */
  private static final Pattern IN_PROGRESS = Pattern.compile("\\bdang (?:giai quyet|xu ly)\\b");

  /**
   * Where a sentence says the dossiers in progress are all within their time ("Đang giải quyết: 41 hồ sơ, đều còn
   * trong hạn"), or -1: the in-progress words stand in the same clause (since the last semicolon or full stop) before it.
   */
  static int allInProgressInTime(String f) {
    Matcher m = ALL_IN_TIME.matcher(f);
    while (m.find()) {
      int from = Math.max(f.lastIndexOf(';', m.start()), f.lastIndexOf(". ", m.start())) + 1;
      if (IN_PROGRESS.matcher(f.substring(from, m.start())).find() && !has(f.substring(from, m.start()), "qua han")) {
        return m.start();
      }
    }
    return -1;
  }

  /** Counts of another span than the report's: since the year began, cumulative, one month of a quarter. */
  private static final String OTHER_SPAN = "luy ke|tu dau nam|cong don|rieng (?:tu )?(?:thang|tuan|quy|ngay)";
  /** Words saying dossiers were received. */
  private static final String RECEIVED = "tiep nhan|nhan duoc|da nhan|nhan moi";
  /** Words saying dossiers passed their time. */
  private static final String OVERDUE = "qua han|tre han|tre hen";
  /** The dossier fields only a cumulative count may go to. */
  private static final List<String> CUMULATIVE = List.of("overdue_in_progress_cumulative");

  private DossierWords() {}

  /** A field's name and whether the words name it. */
  private record Rule(String field, java.util.function.Predicate<String> says) {}

  private static final List<Rule> RULES = List.of(
      new Rule("overdue_in_progress_cumulative", n -> has(n, OVERDUE) && has(n, "dang (xu ly|giai quyet)") && has(n, OTHER_SPAN)),
      new Rule("overdue_in_progress", n -> has(n, OVERDUE) && has(n, "dang (xu ly|giai quyet)")),
      // "Không có hồ sơ tiếp nhận trễ": received late, as "chậm" says (not "tiếp nhận … cho trẻ em", children).
      new Rule("late_received", n -> has(n, "cham") && has(n, "tiep nhan") || has(n, "tiep nhan tre(?! em)")),
      // "Trễ hạn 14", "trễ hẹn" say overdue as "quá hạn" does (after "tiếp nhận", received late, above).
      new Rule("overdue", n -> has(n, OVERDUE)),
      // "… đang giải quyết 251 hồ sơ; rút 17 hồ sơ": the verb right before the count, as "xin rút" is.
      new Rule("withdrawn", n -> has(n, "xin rut|rut ho so|rut(?=\\s*:?\\s*\\|)")),
      new Rule("rejected", n -> has(n, "tu choi")),
      // "Đúng và trước hạn 4.832": on time, early ones included (the field is on time or before).
      // "Đúng, trước hạn 178" (a clerk's short row label) is on time and early together too (docs/transcription.md §7).
      new Rule("on_time", n -> has(n, "dung han|dung,? (?:va )?truoc han|truoc,? (?:va )?dung han")),
      new Rule("early", n -> has(n, "truoc han")),
      new Rule("to_handle", n -> has(n, "(?:phai|can) (?:giai quyet|xu ly)")),
      new Rule("carried_over", n -> has(n, "chuyen sang|chuyen qua|ky truoc")),
      // Not yet due ("chưa đến hạn") is still being handled.
      new Rule("in_progress", n -> has(n, "dang (giai quyet|xu ly)|chua den han")),
      new Rule("digitised", n -> has(n, "so hoa")),
      // "Qua mạng" is how many reports say online ("nộp qua mạng", a row "- Qua mạng" under those received).
      new Rule("received_online", n -> has(n, "truc tuyen|qua mang") && has(n, RECEIVED + "|nop")),
      new Rule("received_in_person", n -> has(n, "truc tiep") && has(n, RECEIVED + "|nop")),
      new Rule("resolved", n -> has(n, "da giai quyet|giai quyet xong|hoan thanh")),
      new Rule("received", n -> has(n, RECEIVED)));

  /**
   * The field the words name, the first in the rules' order other than {@code not} (the field of the
   * total a part in brackets belongs to: a part of a total is not the total), or null.
   */
  static String field(String near, String not) {
    for (Rule r : RULES) {
      if (!r.field().equals(not) && r.says().test(near)) {
        // "Phối hợp Bưu điện xã tiếp nhận 09 hồ sơ qua dịch vụ bưu chính công ích": those one channel took in, a part of
        // the dossiers received, not the count.
        return r.field().equals("received") && has(near, POST) ? null : r.field();
      }
    }
    return null;
  }

  /** The Post Office and its public postal service, through which some dossiers are filed. */
  private static final String POST = "buu dien|buu chinh";

  /** How far before a list's colon its lead may name the dossiers. */
  private static final int LEAD = 80;
  /** The longest label of a count in such a list ("đúng hạn", "trả lại, xin rút"). */
  private static final int LABEL = 30;

  /**
   * "Trong số hồ sơ đã giải quyết: trước hạn 1.031, đúng hạn 166, quá hạn 03": a bare count in a list after a colon
   * whose lead names the dossiers, its own words naming a count of them, is one.
   */
  static boolean listed(String folded, int at, int end, String own) {
    int colon = folded.lastIndexOf(':', at);
    String label = own.substring(Math.max(own.lastIndexOf(':'), own.lastIndexOf(',')) + 1).strip();
    // Only a short label between the list's separators, and no figure right after ("Hồ sơ tiếp nhận 934 871" is a
    // table's row flattened, "Ghi chú: năm 2025" no list of counts).
    String rest = folded.substring(end).stripLeading();
    return colon > 0 && label.length() <= LABEL && !label.isEmpty() && !label.matches(".*\\d.*")
        && (rest.isEmpty() || !Character.isDigit(rest.charAt(0)))
        && has(folded.substring(Math.max(0, colon - LEAD), colon), "ho so|hs") && field(label, null) != null;
  }

  /**
   * Whether a count's own words say on time without the early ones ("Đúng hạn", not "đúng và trước hạn", not "đúng hạn
   * (gồm trước hạn)"): a part of on time, summed with the early count when the report gives one.
   */
  static boolean onTimeAlone(String own) {
    return has(own, "dung han") && !has(own, "truoc");
  }

  /**
   * "Gồm 1.932 hồ sơ trực tuyến … và 483 hồ sơ trực tiếp" after "tiếp nhận 2.415 hồ sơ": a count whose
   * own words say only how it was filed is a part of the dossiers received just before it.
   */
  static String filedAs(String ownNear, String previous) {
    if (previous == null || !previous.startsWith("received")) {
      return null;
    }
    if (has(ownNear, "truc tuyen")) {
      return "received_online";
    }
    return has(ownNear, "truc tiep") ? "received_in_person" : null;
  }

  /**
   * "Giải quyết 290 hồ sơ" without "đã": resolved, when the words before the count (not after it,
   * not its total's) say only that, not "chưa/không/đang/phải giải quyết", and no rule names another field.
   */
  static String resolvedBare(String ownBefore) {
    return has(ownBefore, "giai quyet") && !has(ownBefore, "(?:chua|khong|dang|phai|can) giai quyet") ? "resolved" : null;
  }

  /**
   * A total of a later stage (resolved, in progress, overdue) has no dossiers received among its parts:
   * "quá hạn đang giải quyết: 02 hồ sơ (trong đó tiếp nhận trong tuần: 0)" is no count of dossiers received.
   */
  private static final List<String> NOT_RECEIVED = List.of("resolved", "in_progress", "overdue_in_progress",
      "overdue_in_progress_cumulative", "overdue", "withdrawn", "rejected");

  /** Whether a part of a total in {@code total} may go to {@code field}: no dossiers received are a part of a later stage. */
  static boolean partOf(String total, String field) {
    return !(NOT_RECEIVED.contains(total) && field.startsWith("received"));
  }

  /**
   * Whether a count's own words make it the part of one domain ("thuộc lĩnh vực đất đai", "chủ yếu …", "Hồ sơ đất đai
   * còn quá hạn 9 hồ sơ": the dossiers named by their domain).
   */
  static boolean byDomain(String ownBefore) {
    return has(ownBefore, "linh vuc|chu yeu|(?:ho so|hs) (?:" + DOMAINS + ")");
  }

  /** A domain named right after a count of dossiers: "123 hồ sơ đất đai đang giải quyết". */
  private static final Pattern DOMAIN_AFTER = Pattern.compile("^\\s*(?:(?:ho so|hs) )?(?:thuoc )?(?:(?:linh vuc|nganh) )?(?:"
      + "dat dai|ho tich|chung thuc|tu phap|xay dung|dang ky kinh doanh|kinh doanh|lao dong)\\b");

  /**
   * Whether a count's words after it name its domain ("123 hồ sơ đất đai đang giải quyết do chờ đo đạc"): the part of
   * one domain, as a domain named before it is ({@link #byDomain}).
   */
  static boolean byDomainAfter(String after) {
    return DOMAIN_AFTER.matcher(after).find();
  }

  /** Domains dossiers are counted by: land, civil status, certification, justice, building, business, labour. */
  private static final String DOMAINS = "dat dai|ho tich|chung thuc|tu phap|xay dung|dang ky kinh doanh|kinh doanh"
      + "|lao dong";

  /** Whether a count in these words (its sentence and its headings) is of another span than the report's. */
  static boolean otherSpan(String words) {
    return has(words, OTHER_SPAN);
  }

  /**
   * The words after a note in brackets that ends a sentence of its own ("(Lũy kế tính từ ngày 01/7/2025.) Trong kỳ,
   * riêng trước hạn là 118 hồ sơ"): the note's span is the table's above it, not the count's.
   */
  static String afterClosedNote(String words) {
    int shut = words.lastIndexOf(".)");
    return shut < 0 ? words : words.substring(shut + 2);
  }

  /** Whether {@code field} may take a count of another span (only the cumulative fields). */
  static boolean cumulative(String field) {
    return CUMULATIVE.contains(field);
  }

  /** The labels of "… hồ sơ …: không có" in a sentence, each with where it starts. */
  static List<int[]> noneAfterLabel(String f) {
    List<int[]> out = new ArrayList<>();
    Matcher m = NONE_AFTER_LABEL.matcher(f);
    while (m.find()) {
      out.add(new int[] {m.start(1), m.end(1)});
    }
    return out;
  }

  private static boolean has(String text, String regex) {
    return Vocabulary.has(text, regex);
  }
}
