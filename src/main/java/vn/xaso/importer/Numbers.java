package vn.xaso.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Units and numbers: every number of a folded sentence with its kind (a count, a share, a
 * fraction "20/20", a date, a day range, a document number), the unit written after it, the
 * words since the previous figure's clause and the words after it up to the next comma. Numbers
 * in brackets after a total ("120 hồ sơ (trực tuyến 95, trực tiếp 25)") take the total's unit and
 * the words before the total as well as their own. One pass over the sentence: linear.
 */
final class Numbers {
  static final Pattern TOKEN = Pattern.compile(
      "(?<date>\\b(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d\\d)\\b)"
          + "|(?<range>\\b(\\d{1,2})/(\\d{1,2})\\s*-\\s*(\\d{1,2})/(\\d{1,2})\\b)"
          // A document's number: its code right after the separator ("20/kh-ubnd"), or spaced out only where a second
          // code follows ("02 - kh/du"): "407 - dung han: 3.440" is a list of figures parted by dashes.
          + "|(?<doc>\\b\\d+(?:/\\d{4})?(?:[-/][a-z&]+|\\s*[-/]\\s*[a-z&]+(?=\\s*[-/]\\s*[a-z&]))(?:\\s*[-/]\\s*[a-z&]+)*)"
          + "|(?<frac>\\b(?<part>\\d+)/(?<whole>\\d+)\\b)"
          // "5:321": OCR's colon for a figure's dot ("5.321"); no figure reads it, neither part is guessed (round 27).
          + "|(?<num>(?!\\d{1,3}:\\d{3}\\b)(?!(?<=\\d:)\\d{3}\\b)"
          + "(?:\\b\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?(?!\\d)|\\b\\d+(?:,\\d+)?(?![\\d.]\\d)))(?<pct>\\s*%)?");
  private static final Pattern UNIT = Pattern.compile("\\s*(?:(?:bo|chiec|cai) )?(ho so|hs|tthc|thu tuc|may tinh|may vi tinh|may|cai|chiec|duong truyen"
      // "01 đường internet", "Internet cáp quang 02 đường.": a line counted by its counter alone (no road, no hotline).
      + "|duong(?= internet| cap quang|\\s*[.;,()]|\\s*$)"
      + "|nguoi|dong chi|can bo|cong chuc|vien chuc|bien che|thon|to dan pho|ap|ban|buon|xom|khom|khu pho|to(?! chuc)|cuoc|lop|linh vuc"
      // "385.000.000 đ", "620.000.000đ": đồng written by its sign.
      + "|luot|buoi|trieu dong|ty dong|nghin dong|dong|d(?=\\s*(?:[.;,()]|$))|nam|thang|ngay|tuan|gio|phut|bo(?! (?:tri|phan|truong|nganh)))\\b");
  private static final Pattern DIGIT = Pattern.compile("\\d");
  /** The nouns a counter ("bộ", a set) may stand for: "412 bộ hồ sơ", then "287 bộ"; "Máy tính: 46 bộ". */
  private static final Pattern COUNTED = Pattern.compile("\\b(ho so|hs|may tinh|may|tthc|thu tuc)\\b");
  /**
   * "Tiếp nhận 412 hồ sơ, trong đó trực tuyến 287 …": the words that open a total's breakdown written
   * without brackets; its parts run to the clause's end (a semicolon or the sentence's).
   */
  private static final Pattern BREAKDOWN = Pattern.compile("\\G\\s*(?::(?!\\s*\\d)|[,;]?\\s*(?:trong do|trong so do)\\b)");
  /** Units of a span of time ("9 tháng"), not of a moment ("sau 17 giờ", "ngày 5"). */
  private static final Pattern TIME = Pattern.compile("nam|thang|tuan");
  /** A month, week or quarter named by its number ("tháng 7", "tuần 36", "quý 3"): the number names a time. */
  private static final Pattern NAMED_TIME = Pattern.compile("\\b(?:thang|tuan|quy)\\s*$");
  /**
   * A year named after "năm" that carries dossiers over ("Năm 2025 chuyển sang: 64"): a time as a month is, not a
   * figure, so "chuyển sang" names the count after it. Said of anything else ("Năm 2025 tiếp nhận 5.120 hồ sơ" in a
   * quarter's report, a header "năm 2025 10/12/2025" flattened) the year stays a figure and its clause keeps its words.
   */
  private static final Pattern NAMED_YEAR = Pattern.compile("\\bnam\\s*$");
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
  /**
   * "Tồn quý IV/2025 chuyển qua: 57 hồ sơ": the year of a quarter named by its numeral, carrying dossiers over, names a
   * time as "Năm 2025 chuyển sang" does. A row "Quý II/2025 | 1.954 | …" keeps it (its table reads the rows by period).
   */
  private static final Pattern QUARTER_OF_YEAR = Pattern.compile("\\bquy [ivx]{1,4}\\s*/\\s*$");
  private static final Pattern CARRIED = Pattern.compile("\\s*(?:chuyen sang|chuyen qua)\\b");
  /** How far after a number its unit may stand. */
  private static final int UNIT_REACH = 40;

  /**
   * One number in a sentence. {@code before} holds the words since the last figure's clause (for a
   * part in brackets, its own words and then those of its total), {@code after} those up to the next comma.
   */
  record Token(String kind, String number, int start, int end, String unit, String before, String after, String own,
      int parent, String bracket, String segment) {
    Token(String kind, String number, int start, int end, String unit, String before, String after) {
      this(kind, number, start, end, unit, before, after, before, -1, "", before);
    }

    String near() {
      return before + " | " + after;
    }

    /** The words of this number alone, without those of the total it is a part of. */
    String ownNear() {
      return own + " | " + after;
    }

    /** A part in brackets after a total ("95" of "120 hồ sơ (trực tuyến 95 …)"). */
    boolean isPart() {
      return parent >= 0;
    }

    /** The number as a decimal: "1.204" is 1204, "3,65" is 3.65. */
    BigDecimal amount() {
      return new BigDecimal(number.replace(".", "").replace(',', '.'));
    }
  }

  /** After " - ": a short label of words, then its colon or figure ("407 - dung han: 3.440 - qua han: 14"). */
  private static final Pattern DASHED_LABEL = Pattern.compile("\\s+[a-z ]{1,40}?(?::|\\s\\d)");

  /**
   * Whether the dash at {@code k}, spaced on both sides, parts the items of a list of labelled figures ("Trước hạn: 407
   * - Đúng hạn: 3.440 - Quá hạn: 14"), as a comma would: a label and its figure follow it. A dash inside words ("công
   * chức Văn hóa - Xã hội kiêm nhiệm …") parts nothing.
   */
  private static boolean dashedItem(String f, int k) {
    return k > 0 && f.charAt(k - 1) == ' ' && DASHED_LABEL.matcher(f).region(k + 1, Math.min(f.length(), k + 48)).lookingAt();
  }

  private Numbers() {}

  static List<Token> tokens(String f) {
    List<String> kinds = new ArrayList<>();
    List<String> numbers = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    Matcher m = TOKEN.matcher(f);
    while (m.find()) {
      String kind = m.group("date") != null ? "date" : m.group("range") != null ? "range"
          : m.group("doc") != null ? "doc" : m.group("frac") != null ? "frac"
          : m.group("pct") != null ? "pct" : "num";
      kinds.add(kind);
      numbers.add(kind.equals("frac") ? m.group("part") + "/" + m.group("whole") : m.group("num"));
      spans.add(new int[] {m.start(), m.end()});
    }
    List<Token> out = new ArrayList<>();
    int prevStop = 0;
    int prevUnitEnd = 0;
    int semicolon = 0;
    int scanned = 0;
    // The total a bracket of parts belongs to: its unit and the words before it, while inside the bracket.
    String outerUnit = null;
    String outerBefore = "";
    int bracketOpen = -1;
    int bracketShut = -1;
    int outerStart = -1;
    // A bracket after a part, inside its total's breakdown: the part's own parts.
    int nestOpen = -1;
    int nestShut = -1;
    int nestStart = -1;
    String nestUnit = "";
    String nestBefore = "";
    Matcher u = UNIT.matcher(f);
    String lastNoun = null;
    Token lastCount = null;
    for (int i = 0; i < spans.size(); i++) {
      int start = spans.get(i)[0];
      int end = spans.get(i)[1];
      for (; scanned < start; scanned++) {
        if (f.charAt(scanned) == ';') {
          semicolon = scanned + 1;
        }
      }
      u.region(end, Math.min(f.length(), end + UNIT_REACH));
      // "máy vi tính" is the longer name of the same thing as "máy tính".
      String unit = u.lookingAt() ? u.group(1).replace("may vi tinh", "may tinh") : "";
      unit = unit.equals("d") ? "dong" : unit;
      int unitEnd = unit.isEmpty() ? end : u.end();
      if (unit.equals("bo")) {
        unit = counted(f.substring(Math.max(semicolon, prevUnitEnd) < start ? Math.max(semicolon, prevUnitEnd) : 0, start),
            lastNoun);
      }
      int nextStart = i + 1 < spans.size() ? spans.get(i + 1)[0] : f.length();
      int stop = Math.max(end, nextStart);
      for (int k = unitEnd; k < nextStart; k++) {
        char c = f.charAt(k);
        // A colon after a figure opens its parts ("389 hồ sơ: đúng hạn 381 …"): their words are not its own.
        if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '.' && (k + 1 == f.length() || f.charAt(k + 1) == ' ')
            || c == '-' && dashedItem(f, k)) {
          stop = k;
          break;
        }
      }
      // The words before a figure start after the clause of the one before it; when the two share
      // a clause ("69 cán bộ … tập huấn … đạt 100%"), after that figure's unit.
      int from = prevStop < start ? prevStop : prevUnitEnd;
      if (prevStop >= start && !kinds.get(i).equals("pct")) {
        // "158 TTHC … một phần và 36 TTHC chưa cung cấp …": "và" parts two figures' clauses.
        int and = f.lastIndexOf(" va ", start);
        from = and >= from ? and + 4 : from;
      }
      String before = f.substring(Math.min(Math.max(from, semicolon), start), start);
      String after = f.substring(end, Math.max(end, stop));
      boolean inside = start > bracketOpen && start < bracketShut;
      String own = before;
      // The clause of a part reaches back to its bracket's opening or the last semicolon inside it.
      String segment = f.substring(Math.min(start, inside ? Math.max(semicolon, bracketOpen + 1) : semicolon), start);
      int parent = -1;
      boolean nested = start > nestOpen && start < nestShut;
      if (nested && !kinds.get(i).equals("pct")) {
        // "trong đó đúng và trước hạn 4.832 hồ sơ (trước hạn 2.130 hồ sơ)": a part's own bracket holds its parts.
        parent = nestStart;
        unit = unit.isEmpty() && after.isBlank() ? nestUnit : unit;
        before = before + " " + nestBefore + " " + nestUnit;
      } else if (inside && outerUnit != null && !kinds.get(i).equals("pct")) {
        parent = outerStart;
        if (unit.isEmpty() && after.isBlank()) {
          // A bare part takes its total's unit ("trực tuyến 95"); one followed by its own noun does not
          // ("138 thành viên" of "23 thôn (23 tổ, 138 thành viên)").
          unit = outerUnit;
        }
        // The total's words and unit name what its parts are ("52 máy tính (khối Đảng 9 máy …)").
        before = before + " " + outerBefore + " " + outerUnit;
      }
      String bracket = "";
      if (inside && !nested && parent >= 0 && !unit.isEmpty()) {
        int open = bracketAfter(f, stop);
        if (open >= 0 && open < bracketShut) {
          nestOpen = open;
          nestShut = Math.min(bracketShut, f.indexOf(')', open) < 0 ? f.length() : f.indexOf(')', open));
          nestStart = start;
          nestUnit = unit;
          nestBefore = own;
        }
      }
      if (!inside) {
        int open = bracketAfter(f, stop);
        int shut = open < 0 ? -1 : f.indexOf(')', open);
        boolean breakdown = false;
        if (open < 0) {
          open = breakdownAfter(f, stop);
          shut = open < 0 ? -1 : clauseEnd(f, open);
          breakdown = open >= 0;
        }
        if (open >= 0 && unit.isEmpty() && breakdown && lastCount != null && lastCount.start() >= semicolon) {
          // "02 hồ sơ …, tiếp nhận từ tháng 10/2025; trong đó …": a "trong đó" after a figure without a unit (a
          // month, a date) opens the parts of the count its clause gave, not of that figure.
          bracketOpen = open;
          bracketShut = shut < 0 ? f.length() : shut;
          outerUnit = lastCount.unit();
          outerBefore = lastCount.before();
          outerStart = lastCount.start();
          bracket = f.substring(open, bracketShut);
        } else if (open >= 0 && !unit.isEmpty()) {
          bracketOpen = open;
          bracketShut = shut < 0 ? f.length() : shut;
          outerUnit = unit;
          outerBefore = before;
          outerStart = start;
          if (unit.equals("linh vuc") && lastCount != null) {
            // "347 thủ tục thuộc 71 lĩnh vực (trong đó: toàn trình 155 …)": the parts are the procedures'.
            outerUnit = lastCount.unit();
            outerBefore = lastCount.before();
            outerStart = lastCount.start();
          }
          bracket = f.substring(open, bracketShut);
        }
      }
      out.add(new Token(kinds.get(i), numbers.get(i), start, end, unit, before, after, own, parent, bracket, segment));
      if (COUNTED.matcher(unit).matches()) {
        lastNoun = unit;
        lastCount = out.get(out.size() - 1);
      }
      // A span of time ("trong 9 tháng là 4.910 hồ sơ") is no figure, nor is the number of a month, week, quarter or
      // year ("Số hồ sơ tháng 7 chuyển sang: 23 hồ sơ", "Năm 2025 chuyển sang: 64"): the words before it still name the
      // next one.
      if (!kinds.get(i).equals("date") && !kinds.get(i).equals("doc") && !TIME.matcher(unit).matches()
          && !(kinds.get(i).equals("num") && NAMED_TIME.matcher(f.substring(Math.max(0, start - 8), start)).find())
          && !(kinds.get(i).equals("num") && YEAR.matcher(numbers.get(i)).matches()
              && QUARTER_OF_YEAR.matcher(f.substring(Math.max(0, start - 12), start)).find() && carriedFrom(f, end))
          && !(kinds.get(i).equals("num") && YEAR.matcher(numbers.get(i)).matches()
              && NAMED_YEAR.matcher(f.substring(Math.max(0, start - 8), start)).find() && carriedFrom(f, end))) {
        prevStop = stop;
        int shut = stop < f.length() && f.charAt(stop) == '(' ? f.indexOf(')', stop) : -1;
        if (shut > 0 && shut < nextStart && !DIGIT.matcher(f.substring(stop, shut)).find()) {
          // A note in brackets without figures ("05 máy quét (scan), 14 máy in") is none of the next figure's words.
          prevStop = shut + 1;
        }
        prevUnitEnd = unitEnd;
      }
    }
    return out;
  }

  /** Whether "chuyển sang" or "chuyển qua" follows {@code at}: what a year carries over into the period. */
  private static boolean carriedFrom(String f, int at) {
    return CARRIED.matcher(f).region(Math.min(at, f.length()), f.length()).lookingAt();
  }

  /**
   * The noun a counter "bộ" stands for: the last one its own words name ("Máy tính: 46 bộ"), else that of
   * the figure before it in the sentence ("412 bộ hồ sơ, trong đó trực tuyến 287 bộ"), else the counter.
   */
  static String counted(String words, String lastNoun) {
    Matcher m = COUNTED.matcher(words);
    String named = null;
    while (m.find()) {
      named = m.group(1);
    }
    String noun = named != null ? named : lastNoun;
    return noun == null ? "bo" : noun.equals("may") ? "may tinh" : noun;
  }

  /** Where "trong đó" opens a total's breakdown right after a figure's clause, or -1. */
  private static int breakdownAfter(String f, int stop) {
    Matcher m = BREAKDOWN.matcher(f);
    return stop < f.length() && m.find(stop) ? m.end() : -1;
  }

  /** The end of the clause that starts at {@code from}: its semicolon, or the sentence's full stop or end. */
  private static int clauseEnd(String f, int from) {
    for (int k = from; k < f.length(); k++) {
      char c = f.charAt(k);
      if (c == ';' || c == '.' && (k + 1 == f.length() || f.charAt(k + 1) == ' ')) {
        return k;
      }
    }
    return f.length();
  }

  /** Where a bracket opens right after a figure's clause ("120 hồ sơ (…"), or -1. */
  private static int bracketAfter(String f, int stop) {
    int k = stop;
    while (k < f.length() && f.charAt(k) == ' ') {
      k++;
    }
    return k < f.length() && f.charAt(k) == '(' ? k : -1;
  }
}
