package vn.xaso.importer;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.xaso.importer.Numbers.Token;
import vn.xaso.importer.Outline.Part;
import vn.xaso.importer.Outline.Sentence;
import vn.xaso.model.Staffing;

/**
 * Placement: which field a number goes to, from its unit, the words next to it, the section and
 * block it stands under. A number goes to a field only when the words of its clause name that
 * field's thing; otherwise it is listed as found but not placed, never put in the nearest field.
 */
final class Placement {
  private static final Pattern NONE = Pattern.compile("\\bkhong (?:co |phat sinh )?(?:ho so|hs)\\b[^,;.()]*");
  private static final Pattern YEAR = Pattern.compile("\\bnam (20\\d\\d)\\b");
  /** "Không còn vùng lõm sóng, lõm điện": no area left without signal or power. */
  private static final Pattern NO_AREA = Pattern.compile("\\bkhong (?:con|co)(?: (?:vung|thon|khu vuc|diem|noi))?"
      + "(?: nao)?(?: (?:bi|con))? lom (song|dien)(?:,? (?:va |hay |hoac )?(?:lom )?(song|dien))?");
  /** "Còn 03 thôn lõm sóng": how many areas are still without signal or power. */
  private static final Pattern AREAS = Pattern.compile("\\b(\\d{1,4}) (?:vung|thon|khu vuc|diem|noi)(?: (?:con|bi))? lom (song|dien)");
  private static final String IT = "cntt|cong nghe thong tin|chuyen doi so|an toan thong tin";
  private static final Pattern DEDICATED = Pattern.compile("\\bchuyen trach (?:ve |cong tac |linh vuc |mang )*(?:" + IT + ")\\b"
      + "|\\b(?:can bo|cong chuc|vien chuc) (?:" + IT + ") chuyen trach\\b");
  private static final String STAFF = "can bo|cong chuc|vien chuc|nhan luc|nhan su";
  private static final String TRAINED = "tap huan|dao tao|boi duong";
  /** Words naming the staff who take in and handle dossiers (bộ phận một cửa, trung tâm phục vụ hành chính công). */
  private static final String SERVICE_DESK = "tiep nhan|mot cua|dich vu cong|trung tam phuc vu|phuc vu hanh chinh cong"
      + "|giai quyet (?:tthc|thu tuc|ho so)|xu ly ho so";
  /** How far from a number, in characters of folded text, the words naming a narrow field may stand. */
  private static final int CLOSE = 24;
  /** Words naming the community digital technology teams (tổ công nghệ số cộng đồng). */
  private static final String TEAMS = "to cong nghe so|cong nghe so cong dong";
  /** A sentence listing staff's qualifications ("trình độ: …", "lý luận chính trị: …"). */
  private static final String QUALIFIED_LABEL = "trinh do|ly luan chinh tri|chuyen mon";

  private final Findings found;
  private final List<Sentence> sentences;
  private int index;
  private Evidence evidence;
  private boolean placed;

  Placement(Findings found, List<Sentence> sentences) {
    this.found = found;
    this.sentences = sentences;
  }

  /** Reads sentence {@code i}: its numbers, its "không có hồ sơ …", its areas without signal, its IT staffing. */
  void read(int i) {
    index = i;
    Sentence s = sentences.get(i);
    for (Token t : Numbers.tokens(s.folded())) {
      figure(s, t);
    }
    none(s);
    areas(s);
    staffing(s);
  }

  /** Whether {@code words} stand within {@link #CLOSE} characters of the number (its unit included). */
  private static boolean close(Token t, String words) {
    String b = t.before();
    String a = t.unit() + " " + t.after();
    return has(b.substring(Math.max(0, b.length() - CLOSE)), words) || has(a.substring(0, Math.min(a.length(), CLOSE)), words);
  }

  private static boolean has(String text, String regex) {
    return Vocabulary.has(text, regex);
  }

  /** Places one number of a sentence, or lists it as found but not placed. */
  private void figure(Sentence s, Token t) {
    String quote = Extractor.trim(s.original(), t.start());
    evidence = Evidence.of(s, t.start(), t.number());
    placed = false;
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
    found.add(path, value, quote, evidence);
    placed = true;
  }

  private void count(Sentence s, Token t, String quote) {
    String unit = t.unit();
    String near = t.near();
    String label = t.before().strip().endsWith(":") ? t.before() : "";
    BigDecimal amount = t.amount();
    if (unit.matches("trieu dong|ty dong|nghin dong")) {
      money(s, unit, amount, quote);
      return;
    }
    long value;
    try {
      value = amount.intValueExact();
    } catch (ArithmeticException e) {
      return;
    }
    if (unit.matches("ho so|hs") || unit.isEmpty() && has(label, "ho so|hs")) {
      dossier(near, value, quote);
    } else if (unit.matches("tthc|thu tuc") || unit.isEmpty() && has(label, "tthc|thu tuc")) {
      procedure(s, near, value, quote);
    } else if (unit.equals("linh vuc") && has(s.folded(), "tthc|thu tuc")) {
      put("procedures.fields", (int) value, quote);
    } else if ((unit.matches("may tinh|may|cai|chiec|duong truyen") || unit.isEmpty() && has(label, "may|duong truyen"))
        && s.part() == Part.INFRASTRUCTURE) {
      hardware(s, near, unit, (int) value, quote);
    } else if (unit.matches("nguoi|dong chi|can bo|cong chuc|vien chuc|bien che")) {
      people(s, t, value, quote);
    } else if (unit.matches("thon|to dan pho") && teams(s)) {
      put("human_resources.community_teams.villages_covered", (int) value, quote);
    } else if (unit.equals("to") && close(t, TEAMS)) {
      put("human_resources.community_teams.teams", (int) value, quote);
    } else if (unit.equals("luot") && close(t, STAFF) && has(clauseOf(s, t), TRAINED)) {
      // "25 lượt cán bộ, công chức tham gia tập huấn": staff trained, counted by attendance.
      put("human_resources.trained", (int) value, quote);
    } else if (unit.isEmpty() && has(s.folded(), QUALIFIED_LABEL) && qualification(s, t) != null) {
      // "trình độ: thạc sĩ 2, đại học 16": counts written after the qualification's name, without a unit.
      put("human_resources." + qualification(s, t), (int) value, quote);
    } else if (unit.matches("cuoc|lop") && (s.part() == Part.HUMAN_RESOURCES || has(s.folded(), "tap huan"))) {
      put("human_resources.training_sessions", (int) value, quote);
    }
  }

  /** "Không có hồ sơ quá hạn": the one way a report says zero without writing 0. */
  private void none(Sentence s) {
    Matcher m = NONE.matcher(s.folded());
    while (m.find()) {
      evidence = Evidence.of(s, m.start(), "");
      dossier(m.group(), 0, Extractor.trim(s.original(), m.start()));
    }
  }

  private void dossier(String near, long value, String quote) {
    String field;
    if (has(near, "qua han") && has(near, "dang (xu ly|giai quyet)")) {
      field = has(near, "luy ke") ? "overdue_in_progress_cumulative" : "overdue_in_progress";
    } else if (has(near, "cham") && has(near, "tiep nhan")) {
      field = "late_received";
    } else if (has(near, "qua han")) {
      field = "overdue";
    } else if (has(near, "xin rut|rut ho so")) {
      field = "withdrawn";
    } else if (has(near, "tu choi")) {
      field = "rejected";
    } else if (has(near, "dung han")) {
      field = "on_time";
    } else if (has(near, "truoc han")) {
      field = "early";
    } else if (has(near, "(?:phai|can) (?:giai quyet|xu ly)")) {
      field = "to_handle";
    } else if (has(near, "chuyen sang|ky truoc")) {
      field = "carried_over";
    } else if (has(near, "dang (giai quyet|xu ly)|chua den han")) {
      // Not yet due ("chưa đến hạn") is still being handled.
      field = "in_progress";
    } else if (has(near, "so hoa")) {
      field = "digitised";
    } else if (has(near, "truc tuyen") && has(near, "tiep nhan|nop")) {
      field = "received_online";
    } else if (has(near, "truc tiep") && has(near, "tiep nhan|nop")) {
      field = "received_in_person";
    } else if (has(near, "da giai quyet|giai quyet xong|hoan thanh")) {
      field = "resolved";
    } else if (has(near, "tiep nhan")) {
      field = "received";
    } else {
      return;
    }
    put("dossiers." + field, (int) value, quote);
  }

  private enum Offer { TOTAL, FULL, PARTIAL, NOT_ONLINE, PARTIAL_OR_NOT }

  private static Offer offer(String near) {
    boolean part = has(near, "mot phan");
    boolean direct = has(near, "truc tiep|chua cung cap|chua truc tuyen|khong truc tuyen");
    boolean full = has(near, "toan trinh");
    if (part && direct && !full) {
      return Offer.PARTIAL_OR_NOT;
    }
    return full ? Offer.FULL : part ? Offer.PARTIAL : direct ? Offer.NOT_ONLINE : Offer.TOTAL;
  }

  private void procedure(Sentence s, String near, long value, String quote) {
    Offer offer = offer(near);
    boolean used = has(s.folded(), "phat sinh");
    String field = switch (offer) {
      case FULL -> "full_online";
      case PARTIAL -> "partial_online";
      case NOT_ONLINE -> "not_online";
      case PARTIAL_OR_NOT -> used ? null : "partial_or_not_online";
      case TOTAL -> used ? null : "total";
    };
    if (field != null) {
      put("procedures." + (used ? "with_dossiers." : "") + field, (int) value, quote);
    }
  }

  private void hardware(Sentence s, String near, String unit, int value, String quote) {
    String field;
    if (has(near, "mang dien rong|wan")) {
      field = "party_wan_computers";
    } else if (has(near, "may tinh mat|may mat|mat duoc cap")) {
      field = "classified_computers";
    } else if (has(near, "ma doc|virus")) {
      field = "anti_malware";
    } else if (has(near, "chua dap ung")) {
      field = "inadequate";
    } else if (has(near, "dap ung")) {
      field = "adequate";
    } else if (has(near, "scan")) {
      field = "scanners";
    } else if (has(near, "may in")) {
      field = "printers";
    } else if (has(near, "duong truyen")) {
      field = "internet_lines";
    } else if (has(near, "may (?:vi )?tinh") || unit.equals("may tinh")) {
      field = "computers";
    } else {
      return;
    }
    put(blockPath(s) + ".hardware." + field, value, quote);
  }

  private void people(Sentence s, Token t, long value, String quote) {
    String near = t.near();
    String segment = s.folded().substring(Math.max(0, s.folded().lastIndexOf(';', t.start()) + 1), t.start());
    String hr = "human_resources.";
    String field;
    if (has(near, "phu trach|chuyen trach") && has(near, "cntt|cong nghe thong tin|chuyen doi so")) {
      field = "it_staff";
    } else if (has(near, "trung tam phuc vu|phuc vu hanh chinh cong|bo phan mot cua|bo phan tiep nhan")) {
      field = "service_centre_staff";
    } else if (has(near, "co mat")) {
      field = "staff_present";
      Matcher d = Pattern.compile("den ngay (\\d{1,2})/(\\d{1,2})/(\\d{4})").matcher(near);
      if (d.find()) {
        Extractor.date(d.group(1), d.group(2), d.group(3)).ifPresent(v -> put(hr + "staff_as_of", v, quote));
      }
    } else if (has(near, "bien che") || t.unit().equals("bien che")) {
      field = "staff_quota";
    } else if (close(t, "hop dong")) {
      // Only when "hợp đồng" names the people counted ("06 hợp đồng lao động", "hợp đồng: 06"), never a
      // contract the sentence mentions elsewhere (with the Post Office, a supplier).
      field = "labour_contracts";
    } else if (qualification(near, segment) != null) {
      field = qualification(near, segment);
    } else if (has(near, "tap huan|dao tao|boi duong")) {
      field = "trained";
    } else {
      return;
    }
    put(hr + field, (int) value, quote);
  }

  /** The qualification a bare count's nearest words name ("thạc sĩ 2", "cao cấp 3" of lý luận chính trị), or null. */
  private static String qualification(Sentence s, Token t) {
    String b = t.before();
    String segment = s.folded().substring(s.folded().lastIndexOf(';', t.start()) + 1, t.start());
    return qualification(b.substring(Math.max(0, b.length() - CLOSE)), segment);
  }

  /** The qualification {@code near} names; {@code segment}, the clause since the last semicolon, says if it is political. */
  private static String qualification(String near, String segment) {
    if (has(near, "thac si")) {
      return "qualifications.masters";
    } else if (has(near, "dai hoc")) {
      return "qualifications.university";
    } else if (has(near, "cao dang")) {
      return "qualifications.college";
    } else if (has(near, "cao cap") && has(segment, "chinh tri")) {
      return "qualifications.political_advanced";
    } else if (has(near, "trung cap")) {
      return has(segment, "chinh tri") ? "qualifications.political_intermediate" : "qualifications.intermediate";
    }
    return null;
  }

  /** The clause of a number: from the last semicolon before it to the next one (or the sentence's end). */
  private static String clauseOf(Sentence s, Token t) {
    String f = s.folded();
    int from = f.lastIndexOf(';', t.start()) + 1;
    int to = f.indexOf(';', t.end());
    return f.substring(from, to < 0 ? f.length() : to);
  }

  private void money(Sentence s, String unit, BigDecimal amount, String quote) {
    long vnd;
    try {
      vnd = amount.multiply(BigDecimal.valueOf(switch (unit) {
        case "ty dong" -> 1_000_000_000L;
        case "trieu dong" -> 1_000_000L;
        default -> 1_000L;
      })).longValueExact();
    } catch (ArithmeticException e) {
      return;
    }
    String f = s.folded();
    if (has(f, "nhu cau")) {
      put("finance.estimated_need_vnd", vnd, quote);
    } else if (has(f, "bo tri|da cap|phan bo|giai ngan")) {
      put("finance.allocated_vnd", vnd, quote);
    } else {
      return;
    }
    for (int i = index; i >= 0 && sentences.get(i).item() == s.item(); i--) {
      Sentence at = sentences.get(i);
      Matcher y = YEAR.matcher(at.folded());
      if (y.find()) {
        found.add("finance.year", Integer.parseInt(y.group(1)), Extractor.trim(at.original(), y.start()),
            Evidence.of(at, y.start(), y.group(1)));
        return;
      }
    }
  }

  private void percent(Sentence s, Token t, String quote) {
    double value = Double.parseDouble(t.number().replace(".", "").replace(',', '.'));
    if (value > 100) {
      return;
    }
    String f = s.folded();
    String near = t.near();
    if (t.before().strip().matches("[,:]?\\s*(?:(?:dat|ty le|bang|chiem|la|tuong ung)\\s*:?\\s*)*")) {
      // "… là 41 người, đạt 85%", "… là 64 hồ sơ, tỷ lệ 100%": a share that only restates the count before it
      // is a share of what that count's clause names.
      near = clauseOf(s, t).substring(0, Math.min(clauseOf(s, t).length(), t.end() - (f.lastIndexOf(';', t.start()) + 1)))
          + " | " + t.after();
    }
    Double v = value;
    String rest = f.substring(t.end(), f.indexOf(';', t.end()) < 0 ? f.length() : f.indexOf(';', t.end()));
    String clause = t.before().substring(Math.max(t.before().lastIndexOf(','), t.before().lastIndexOf(';')) + 1);
    // "100% cán bộ … được tập huấn" (share first) or "… cán bộ … tập huấn đạt 100%" (share last)
    boolean shareFirst = rest.matches("^\\s*(?:(?:tong )?so |cac |nhung )?(?:" + STAFF + ")\\b.*") && has(rest, TRAINED);
    // The staff may be the unit of the count before the share ("69 cán bộ … tập huấn … đạt 100%").
    boolean shareLast = has(near, TRAINED)
        && has(f.substring(f.lastIndexOf(';', t.start()) + 1, t.start()), "can bo|cong chuc|vien chuc");
    if (shareFirst || shareLast) {
      if (has(shareFirst ? rest : near, SERVICE_DESK)) {
        put("human_resources.public_service_staff_trained_pct", v, quote);
      } else {
        put("human_resources.trained_pct", v, quote);
      }
    } else if (has(near, "so hoa") && has(near, "ho so|hs") && !has(f, "van ban|tai lieu")) {
      put("dossiers.digitised_pct", v, quote);
    } else if (s.part() == Part.INFRASTRUCTURE && has(clause, "lien thong") && !has(f, "ho so|hs|tthc|thu tuc|van ban")) {
      put(blockPath(s) + ".connectivity.linked_pct", v, quote);
    } else if (s.part() == Part.INFRASTRUCTURE && has(clause, "phu song")) {
      put(blockPath(s) + ".connectivity.coverage_pct", v, quote);
    } else if (has(f, "ty le") && has(f, "ho so|hs")) {
      if (has(f, "mot phan") && has(near, "truc tuyen")) {
        put("dossiers.partial_online_online_pct", v, quote);
      } else if (has(near, "truc tiep")) {
        put("dossiers.in_person_pct", v, quote);
      } else if (has(near, "truc tuyen")) {
        put("dossiers.online_pct", v, quote);
      }
    } else if (has(f, "ty le") && has(f, "tthc|thu tuc")) {
      Offer offer = offer(near);
      if (offer == Offer.FULL) {
        put("procedures.with_dossiers.full_online_pct", v, quote);
      } else if (offer == Offer.PARTIAL) {
        put("procedures.with_dossiers.partial_online_pct", v, quote);
      }
    } else if (has(f, "niem yet") && has(f, "tthc|thu tuc")) {
      put("procedures.listed_pct", v, quote);
    } else if (s.part() == Part.INFRASTRUCTURE && has(near, "may tinh") && has(near, "ket noi mang|noi mang|mang toc do cao")) {
      put(blockPath(s) + ".hardware.networked_pct", v, quote);
    } else if (s.part() == Part.INFRASTRUCTURE && has(f, "so hoa") && has(f, "van ban")) {
      put(blockPath(s) + ".digitised_pct", v, quote);
    }
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
    if (t.unit().matches("thon|to dan pho") && teams(s)) {
      put("human_resources.community_teams.villages_covered", part, quote);
      put("human_resources.community_teams.villages_total", whole, quote);
    } else if (t.unit().matches("may tinh|may") && s.part() == Part.INFRASTRUCTURE) {
      hardware(s, t.near(), t.unit(), part, quote);
      put(blockPath(s) + ".hardware.computers", whole, quote);
    }
  }

  /** "Không còn vùng lõm sóng, lõm điện" gives 0 areas of each; "còn 03 thôn lõm sóng" gives 3. */
  private void areas(Sentence s) {
    String f = s.folded();
    Matcher none = NO_AREA.matcher(f);
    while (none.find()) {
      for (String what : new String[] {none.group(1), none.group(2)}) {
        if (what != null) {
          evidence = Evidence.of(s, none.start(), "");
          put(areaPath(s, what), 0, Extractor.trim(s.original(), none.start()));
        }
      }
    }
    Matcher some = AREAS.matcher(f);
    while (some.find()) {
      evidence = Evidence.of(s, some.start(), some.group(1));
      put(areaPath(s, some.group(2)), Integer.parseInt(some.group(1)), Extractor.trim(s.original(), some.start()));
    }
  }

  private String areaPath(Sentence s, String what) {
    return blockPath(s) + ".connectivity.areas_without_" + (what.equals("song") ? "signal" : "power");
  }

  /**
   * How IT work is staffed, when a sentence about IT staff says: "kiêm nhiệm" is part-time;
   * "chuyên trách (công tác) CNTT / chuyển đổi số" is dedicated, unless the sentence says such
   * staff are lacking or asks for them.
   */
  private void staffing(Sentence s) {
    String f = s.folded();
    if (!has(f, IT) || !has(f, STAFF) || s.part() == Part.ASSESSMENT || has(f, "de nghi|de xuat|kien nghi")) {
      return;
    }
    String quote = Extractor.trim(s.original(), 0);
    evidence = Evidence.of(s, 0, "");
    if (has(f, "kiem nhiem")) {
      put("human_resources.it_staffing", Staffing.PART_TIME, quote);
    } else if (DEDICATED.matcher(f).find() && !has(f, "thieu|chua co|khong co|chua bo tri|mong")) {
      put("human_resources.it_staffing", Staffing.DEDICATED, quote);
    }
  }

  private static boolean teams(Sentence s) {
    return has(s.folded(), "cong nghe so cong dong|to cong nghe so");
  }

  private String blockPath(Sentence s) {
    return "infrastructure." + s.block().code();
  }

}
