package vn.xaso.importer;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.xaso.importer.Outline.Part;
import vn.xaso.importer.Outline.Sentence;
import vn.xaso.model.BlankPart;
import vn.xaso.model.Block;
import vn.xaso.model.DocumentKind;
import vn.xaso.model.Staffing;

/**
 * Finds a report's figures by the words around them, the way the common report outline writes
 * them: a count and its unit ("21 cái", "239 hồ sơ", "20/20 thôn"), a label before a colon
 * ("Máy scan: 03"), the qualifiers of the clause ("một phần", "quá hạn", "đang xử lý"), the
 * section and block it stands under. Rules read the folded text; quotes keep the original.
 */
public final class Extractor {
  private static final Pattern TOKEN = Pattern.compile(
      "(?<date>\\b(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d\\d)\\b)"
          + "|(?<range>\\b(\\d{1,2})/(\\d{1,2})\\s*-\\s*(\\d{1,2})/(\\d{1,2})\\b)"
          + "|(?<doc>\\b\\d+(?:/\\d{4})?\\s*[-/]\\s*[a-z&]+(?:\\s*[-/]\\s*[a-z&]+)*)"
          + "|(?<frac>\\b(?<part>\\d+)/(?<whole>\\d+)\\b)"
          + "|(?<num>\\b\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?(?!\\d)|\\b\\d+(?:,\\d+)?(?![\\d.]\\d))(?<pct>\\s*%)?");
  private static final Pattern UNIT = Pattern.compile("^\\s*(ho so|hs|tthc|thu tuc|may tinh|may|cai|chiec|duong truyen"
      + "|nguoi|dong chi|can bo|cong chuc|vien chuc|bien che|thon|to dan pho|cuoc|lop|linh vuc"
      + "|trieu dong|ty dong|nghin dong|dong|nam|thang|ngay|tuan|gio|phut)\\b");
  private static final Pattern DOC = Pattern.compile(
      "(?<![\\p{L}\\d])(\\d+(?:/\\d{4})?)\\s*([-/])\\s*(\\p{Lu}[\\p{L}&]*(?:\\s*[-/]\\s*\\p{Lu}[\\p{L}&]*)*)");
  private static final Pattern DOC_DATE = Pattern.compile("^\\s*,?\\s*ngay\\s+(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern TIMESTAMP = Pattern.compile("\\b(20\\d\\d-\\d\\d-\\d\\d)T\\d\\d:\\d\\d");
  private static final Pattern HEADER_DATE = Pattern.compile("ngay\\s+(\\d{1,2})\\s+thang\\s+(\\d{1,2})\\s+nam\\s+(\\d{4})");
  // A signed original printed with its number or day left blank: "Số:      /BC-UBND", "ngày … tháng 10 năm 2025".
  private static final Pattern BLANK_NUMBER = Pattern.compile("\\bso\\s*:[\\s.…_]*/\\s*bc");
  private static final Pattern BLANK_DATE = Pattern.compile("\\bngay[\\s.…_]+thang[\\s.…_\\d]*nam\\s+\\d{4}");
  private static final Pattern HEADER_NUMBER = Pattern.compile("(?i)\\bs[oố]\\s*:\\s*(\\d+\\s*/\\s*BC[-\\p{L}Đ/]*)");
  private static final Pattern MONTH_AS_OF = Pattern.compile("den (?:het )?thang (\\d{1,2})/(\\d{4})");
  private static final Pattern NONE = Pattern.compile("\\bkhong (?:co |phat sinh )?(?:ho so|hs)\\b[^,;.()]*");
  private static final Pattern YEAR = Pattern.compile("\\bnam (20\\d\\d)\\b");
  private static final Pattern COMMUNE = Pattern.compile("\\b(?:xa|Xa|XA)\\s+((?:\\p{Lu}\\p{L}*)(?:\\s+\\p{Lu}\\p{L}*){0,2})");
  private static final Pattern NAME = Pattern.compile("^\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){1,4}$");
  private static final Pattern SIGN_OFF = Pattern.compile("^(t/m|tm\\.|t\\.m|kt\\.|tl\\.|tuq\\.)");
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
  /** Issuer codes of a commune's own bodies: documents under them are the commune's (Phụ lục 01). */
  private static final List<String> LOCAL = List.of("UBND", "ĐU", "HĐND", "MTTQ", "UBMTTQ", "ĐUX");
  /** Abbreviations whose D is always Đ, for text that lost its marks. */
  private static final Map<String, String> D_BAR = Map.of("DU", "ĐU", "QD", "QĐ", "ND", "NĐ", "HDND", "HĐND",
      "BCD", "BCĐ", "BCDTW", "BCĐTW", "DUX", "ĐUX");

  /** One number in a sentence, with the words before it (since the last figure) and after it. */
  private record Token(String kind, String number, int start, int end, String unit, String before, String after) {
    String near() {
      return before + " | " + after;
    }
  }

  private final Findings found = new Findings();
  private final List<Sentence> sentences;
  private final String raw;
  private final Block block;
  private final int year;
  private final Map<String, Integer> documents = new LinkedHashMap<>();
  private int respondsTo;
  private int followUps;
  /** Documents the report cites (not the commune's own), by number, in the order first dated. */
  private final List<Cite> cites = new ArrayList<>();
  /** Numbers already placed as the letter answered, the conclusion followed up, or the report itself. */
  private final Set<String> placed = new HashSet<>();
  private final Map<String, List<Cite>> otherDates = new HashMap<>();

  /** A cited document as first found with its date. */
  private record Cite(String number, DocumentKind kind, LocalDate date, String quote) {}

  private Extractor(String raw, String fileName) {
    this.raw = Normalizer.normalize(raw, Normalizer.Form.NFC);
    this.block = signature();
    this.sentences = new Outline(this.raw, block == null ? Block.GOVERNMENT : block).sentences();
    this.year = reportYear();
    if (fileName != null) {
      found.add("source.file", fileName, "tệp / file " + fileName);
    }
  }

  /** Everything found in the text of one report; {@code fileName} goes to {@code source.file}. */
  public static Findings extract(String text, String fileName) {
    Extractor x = new Extractor(text, fileName);
    x.run();
    return x.found;
  }

  private void run() {
    commune();
    header();
    for (Sentence s : sentences) {
      if (s.part() == Part.SIGNATURE) {
        continue;
      }
      documents(s);
      period(s);
      for (Token t : tokens(s.folded())) {
        figure(s, t);
      }
      none(s);
      areas(s);
      staffing(s);
    }
    cites();
    asOf();
  }

  // ---- identity, header and signature -------------------------------------------------------

  private void commune() {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, String> quotes = new HashMap<>();
    // Line by line: a name never runs on into the next line of a letterhead ("XÃ HÙNG THẮNG" / "Số: …").
    for (String line : raw.split("\\R")) {
      Matcher m = COMMUNE.matcher(Normal.strip(line));
      while (m.find()) {
        String slug = Normal.fold(m.group(1)).trim().replaceAll("\\s+", "-");
        counts.merge(slug, 1, Integer::sum);
        quotes.putIfAbsent(slug, line);
      }
    }
    counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .ifPresent(e -> found.add("commune", e.getKey(), trim(quotes.get(e.getKey()), 0)));
  }

  private void header() {
    String head = raw.length() > 1500 ? raw.substring(0, 1500) : raw;
    Matcher n = HEADER_NUMBER.matcher(head);
    if (n.find()) {
      found.add("source.number", restore(n.group(1).replaceAll("\\s+", "")), line(head, n.start()));
    }
    String folded = Normal.fold(head);
    Matcher d = HEADER_DATE.matcher(folded);
    if (d.find()) {
      date(d.group(1), d.group(2), d.group(3)).ifPresent(v -> found.add("source.date", v, line(head, d.start())));
    }
    leftBlank(head, folded, n.find(0) ? null : BLANK_NUMBER.matcher(folded), d.find(0) ? null : BLANK_DATE.matcher(folded));
    Matcher t = TIMESTAMP.matcher(raw);
    LocalDate last = null;
    String quote = null;
    while (t.find()) {
      LocalDate v = LocalDate.parse(t.group(1));
      if (last == null || v.isAfter(last)) {
        last = v;
        quote = "chữ ký số / digital signature " + t.group();
      }
    }
    if (last != null) {
      found.add("source.signed_on", last, quote);
    }
  }

  /**
   * The number or day the signed original leaves blank, so the draft records them as such instead of
   * drawing "no number" and "no date" warnings forever. A matcher is null where the part was found.
   */
  private void leftBlank(String head, String folded, Matcher number, Matcher date) {
    List<BlankPart> blank = new ArrayList<>();
    List<String> quotes = new ArrayList<>();
    if (number != null && number.find()) {
      blank.add(BlankPart.NUMBER);
      quotes.add(line(head, number.start()));
    }
    if (date != null && date.find()) {
      blank.add(BlankPart.DATE);
      quotes.add(line(head, date.start()));
    }
    if (!blank.isEmpty()) {
      found.add("source.left_blank", List.copyOf(blank), String.join(" / ", quotes));
    }
  }

  /** The signature block: the signer's role, name and, from the role, the issuing block. */
  private Block signature() {
    String[] lines = raw.split("\\R");
    int at = -1;
    for (int i = 0; i < lines.length; i++) {
      if (SIGN_OFF.matcher(Normal.fold(lines[i].strip())).find()) {
        at = i;
      }
    }
    if (at < 0) {
      return null;
    }
    List<String> role = new ArrayList<>();
    int i = at;
    for (; i < lines.length && role.size() < 2; i++) {
      String l = lines[i].strip();
      if (!l.isEmpty()) {
        role.add(l);
      }
    }
    String quote = String.join(" / ", role);
    for (; i < lines.length; i++) {
      String l = lines[i].strip();
      if (NAME.matcher(l).matches()) {
        found.add("source.signer_name", l, quote + " / " + l);
        break;
      }
    }
    String r = Normal.fold(String.join(" ", role));
    Block b = null;
    if (r.matches(".*\\b(hoi dong nhan dan|hdnd|thuong truc)\\b.*")) {
      b = Block.COUNCIL;
    } else if (r.matches(".*\\b(mat tran|mttq)\\b.*")) {
      b = Block.FRONT;
    } else if (r.matches(".*\\b(bi thu|ban thuong vu|dang uy|ban chap hanh)\\b.*")) {
      b = Block.PARTY;
    } else if (r.matches(".*\\b(uy ban nhan dan|ubnd|chu tich)\\b.*")) {
      b = Block.GOVERNMENT;
    }
    if (b != null) {
      found.add("source.issuer_block", b, quote);
    }
    return b;
  }

  private int reportYear() {
    Matcher m = Pattern.compile("\\b\\d{1,2}/\\d{1,2}/((?:19|20)\\d\\d)\\b").matcher(raw);
    int max = 0;
    while (m.find()) {
      max = Math.max(max, Integer.parseInt(m.group(1)));
    }
    return max;
  }

  // ---- documents and dates -----------------------------------------------------------------

  private void documents(Sentence s) {
    String original = s.original();
    List<Integer> at = new ArrayList<>();
    String stripped = stripAt(original, at);
    Matcher m = DOC.matcher(stripped);
    while (m.find()) {
      // The number as written (its Đ kept, as in "05-KH/BCĐTU"); restored where OCR lost it.
      String number = restore(original.substring(at.get(m.start()), at.get(m.end() - 1) + 1).replaceAll("\\s+", ""));
      List<String> codes = List.of(number.substring(m.group(1).length() + 1).split("[-/]"));
      DocumentKind kind = kind(codes.get(0));
      String after = Normal.fold(stripped.substring(m.end()));
      Matcher d = DOC_DATE.matcher(after);
      LocalDate date = d.find() ? date(d.group(1), d.group(2), d.group(3)).orElse(null) : null;
      String quote = trim(s.original(), m.start());
      if (s.part() == Part.PREAMBLE && (kind == DocumentKind.LETTER
          || Normal.fold(stripped.substring(Math.max(0, m.start() - 12), m.start())).contains("cong van"))) {
        String base = "source.responds_to[" + respondsTo++ + "]";
        placed.add(number);
        put(base, number, DocumentKind.LETTER, date, quote);
      } else if (s.heading() && s.part() == Part.FOLLOW_UP && kind == DocumentKind.CONCLUSION && followUps == 0) {
        placed.add(number);
        put("follow_ups[" + followUps++ + "].conclusion", number, kind, date, quote);
      } else if (codes.stream().anyMatch(LOCAL::contains) && kind != DocumentKind.LETTER && kind != DocumentKind.REPORT
          && s.part() != Part.PREAMBLE) {
        Integer known = documents.get(number);
        String base = "documents[" + (known == null ? documents.size() : known) + "]";
        if (known == null) {
          documents.put(number, documents.size());
        }
        put(base, number, kind, date, quote);
      } else if (!codes.stream().anyMatch(LOCAL::contains)) {
        cite(number, kind, date, quote);
      }
    }
  }

  /**
   * A document of another body (Trung ương, Thành ủy, Thủ tướng …) named with its date is one the
   * report cites. Named again with a shortened issuer and the same date ("02-KH/BCĐ" after
   * "02-KH/BCĐTW"), it is the same document; named without a date, it adds nothing, since a cite
   * is taken only with the date the report gives it.
   */
  private void cite(String number, DocumentKind kind, LocalDate date, String quote) {
    if (date == null) {
      return;
    }
    for (int i = 0; i < cites.size(); i++) {
      Cite c = cites.get(i);
      if (c.number().equals(number)) {
        if (!date.equals(c.date())) {
          // The same number with another date: both dates go to the draft, for a person to pick.
          otherDates.computeIfAbsent(number, n -> new ArrayList<>()).add(new Cite(number, kind, date, quote));
        }
        return;
      }
      if (date.equals(c.date()) && (number.startsWith(c.number()) || c.number().startsWith(number))) {
        if (number.length() > c.number().length()) {
          cites.set(i, new Cite(number, kind, date, quote));
        }
        return;
      }
    }
    cites.add(new Cite(number, kind, date, quote));
  }

  private void cites() {
    found.value("source.number").ifPresent(f -> placed.add(String.valueOf(f.value())));
    int i = 0;
    for (Cite c : cites) {
      if (placed.contains(c.number())) {
        continue;
      }
      put("cites[" + i + "]", c.number(), c.kind(), c.date(), c.quote());
      for (Cite other : otherDates.getOrDefault(c.number(), List.of())) {
        found.add("cites[" + i + "].date", other.date(), other.quote());
      }
      i++;
    }
  }

  /** {@link Normal#strip} one character at a time, noting where each stripped character came from. */
  private static String stripAt(String text, List<Integer> at) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      String c = Normal.strip(text.substring(i, i + 1));
      for (int k = 0; k < c.length(); k++) {
        at.add(i);
        out.append(c.charAt(k));
      }
    }
    return out.toString();
  }

  private void put(String base, String number, DocumentKind kind, LocalDate date, String quote) {
    found.add(base + ".number", number, quote);
    found.add(base + ".kind", kind, quote);
    if (date != null) {
      found.add(base + ".date", date, quote);
    }
  }

  private static DocumentKind kind(String code) {
    return switch (code) {
      case "KH" -> DocumentKind.PLAN;
      case "QĐ" -> DocumentKind.DECISION;
      case "CV" -> DocumentKind.LETTER;
      case "BC" -> DocumentKind.REPORT;
      case "NQ" -> DocumentKind.RESOLUTION;
      case "KL" -> DocumentKind.CONCLUSION;
      default -> DocumentKind.OTHER;
    };
  }

  /** Puts back the Đ of abbreviations that always carry it, for text that lost its marks. */
  private static String restore(String number) {
    StringBuilder out = new StringBuilder();
    for (String part : number.split("(?<=[-/])|(?=[-/])")) {
      out.append(D_BAR.getOrDefault(part, part));
    }
    return out.toString();
  }

  private void period(Sentence s) {
    String f = s.folded();
    if (f.contains("ky bao cao") && year > 0) {
      Matcher m = TOKEN.matcher(f);
      List<LocalDate> dates = new ArrayList<>();
      while (m.find()) {
        if (m.group("range") != null) {
          LocalDate start = date(m.group(6), m.group(7), String.valueOf(year)).orElse(null);
          LocalDate end = date(m.group(8), m.group(9), String.valueOf(year)).orElse(null);
          if (start != null && end != null) {
            found.add("period.start", end.isBefore(start) ? start.minusYears(1) : start, trim(s.original(), m.start()));
            found.add("period.end", end, trim(s.original(), m.start()));
          }
        } else if (m.group("date") != null && f.contains("tu ngay") && f.contains("den ngay")) {
          date(m.group(2), m.group(3), m.group(4)).ifPresent(dates::add);
        }
      }
      if (dates.size() == 2 && !dates.get(0).isAfter(dates.get(1))) {
        found.add("period.start", dates.get(0), trim(s.original(), 0));
        found.add("period.end", dates.get(1), trim(s.original(), 0));
      }
    }
    Matcher month = MONTH_AS_OF.matcher(f);
    if (month.find()) {
      try {
        found.add("period.as_of", YearMonth.of(Integer.parseInt(month.group(2)), Integer.parseInt(month.group(1)))
            .atEndOfMonth(), trim(s.original(), month.start()));
      } catch (DateTimeException ignored) {
        // not a month: nothing to take
      }
    }
    if (s.part() == Part.PREAMBLE) {
      Matcher m = Pattern.compile("den ngay (\\d{1,2})/(\\d{1,2})/(\\d{4})").matcher(f);
      if (m.find()) {
        date(m.group(1), m.group(2), m.group(3))
            .ifPresent(d -> found.add("source.stated_as_of", d, trim(s.original(), m.start())));
      }
    }
  }

  /** A report without a period of its own is dated by the day its figures stand, or its signature. */
  private void asOf() {
    if (found.under("period")) {
      return;
    }
    for (String from : List.of("source.stated_as_of", "source.date", "source.signed_on")) {
      var f = found.value(from);
      if (f.isPresent()) {
        found.add("period.as_of", f.get().value(), f.get().quote());
        return;
      }
    }
  }

  // ---- figures -----------------------------------------------------------------------------

  private List<Token> tokens(String f) {
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
    for (int i = 0; i < spans.size(); i++) {
      int start = spans.get(i)[0];
      int end = spans.get(i)[1];
      Matcher u = UNIT.matcher(f.substring(end));
      String unit = u.find() ? u.group(1) : "";
      int unitEnd = end + (unit.isEmpty() ? 0 : u.end());
      int nextStart = i + 1 < spans.size() ? spans.get(i + 1)[0] : f.length();
      int stop = Math.max(end, nextStart);
      for (int k = unitEnd; k < nextStart; k++) {
        char c = f.charAt(k);
        if (c == ',' || c == ';' || c == '(' || c == ')' || c == '.' && (k + 1 == f.length() || f.charAt(k + 1) == ' ')) {
          stop = k;
          break;
        }
      }
      // The words before a figure start after the clause of the one before it; when the two share
      // a clause ("69 cán bộ … tập huấn … đạt 100%"), after that figure's unit.
      int semicolon = f.lastIndexOf(';', start) + 1;
      int from = prevStop < start ? prevStop : prevUnitEnd;
      String before = f.substring(Math.min(Math.max(from, semicolon), start), start);
      out.add(new Token(kinds.get(i), numbers.get(i), start, end, unit, before, f.substring(end, Math.max(end, stop))));
      if (!kinds.get(i).equals("date") && !kinds.get(i).equals("doc")) {
        prevStop = stop;
        prevUnitEnd = unitEnd;
      }
    }
    return out;
  }

  private void figure(Sentence s, Token t) {
    String quote = trim(s.original(), t.start());
    switch (t.kind()) {
      case "num" -> count(s, t, quote);
      case "pct" -> percent(s, t, quote);
      case "frac" -> fraction(s, t, quote);
      default -> { }
    }
  }

  private void count(Sentence s, Token t, String quote) {
    String unit = t.unit();
    String near = t.near();
    String label = t.before().strip().endsWith(":") ? t.before() : "";
    BigDecimal amount = new BigDecimal(t.number().replace(".", "").replace(',', '.'));
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
      found.add("procedures.fields", (int) value, quote);
    } else if ((unit.matches("may tinh|may|cai|chiec|duong truyen") || unit.isEmpty() && has(label, "may|duong truyen"))
        && s.part() == Part.INFRASTRUCTURE) {
      hardware(s, near, unit, (int) value, quote);
    } else if (unit.matches("nguoi|dong chi|can bo|cong chuc|vien chuc|bien che")) {
      people(s, t, value, quote);
    } else if (unit.matches("thon|to dan pho") && teams(s)) {
      found.add("human_resources.community_teams.villages_covered", (int) value, quote);
    } else if (unit.matches("cuoc|lop") && (s.part() == Part.HUMAN_RESOURCES || has(s.folded(), "tap huan"))) {
      found.add("human_resources.training_sessions", (int) value, quote);
    }
  }

  /** "Không có hồ sơ quá hạn": the one way a report says zero without writing 0. */
  private void none(Sentence s) {
    Matcher m = NONE.matcher(s.folded());
    while (m.find()) {
      dossier(m.group(), 0, trim(s.original(), m.start()));
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
    } else if (has(near, "dang (giai quyet|xu ly)")) {
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
    found.add("dossiers." + field, (int) value, quote);
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
      found.add("procedures." + (used ? "with_dossiers." : "") + field, (int) value, quote);
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
    } else if (has(near, "may tinh") || unit.equals("may tinh")) {
      field = "computers";
    } else {
      return;
    }
    found.add(blockPath(s) + ".hardware." + field, value, quote);
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
        date(d.group(1), d.group(2), d.group(3)).ifPresent(v -> found.add(hr + "staff_as_of", v, quote));
      }
    } else if (has(near, "bien che") || t.unit().equals("bien che")) {
      field = "staff_quota";
    } else if (has(near, "hop dong")) {
      field = "labour_contracts";
    } else if (has(near, "thac si")) {
      field = "qualifications.masters";
    } else if (has(near, "dai hoc")) {
      field = "qualifications.university";
    } else if (has(near, "cao dang")) {
      field = "qualifications.college";
    } else if (has(near, "cao cap") && has(segment, "chinh tri")) {
      field = "qualifications.political_advanced";
    } else if (has(near, "trung cap")) {
      field = has(segment, "chinh tri") ? "qualifications.political_intermediate" : "qualifications.intermediate";
    } else if (has(near, "tap huan|dao tao|boi duong")) {
      field = "trained";
    } else {
      return;
    }
    found.add(hr + field, (int) value, quote);
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
      found.add("finance.estimated_need_vnd", vnd, quote);
    } else if (has(f, "bo tri|da cap|phan bo|giai ngan")) {
      found.add("finance.allocated_vnd", vnd, quote);
    } else {
      return;
    }
    for (int i = sentences.indexOf(s); i >= 0 && sentences.get(i).item() == s.item(); i--) {
      Matcher y = YEAR.matcher(sentences.get(i).folded());
      if (y.find()) {
        found.add("finance.year", Integer.parseInt(y.group(1)), trim(sentences.get(i).original(), y.start()));
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
    Double v = value;
    String rest = f.substring(t.end(), f.indexOf(';', t.end()) < 0 ? f.length() : f.indexOf(';', t.end()));
    String clause = t.before().substring(Math.max(t.before().lastIndexOf(','), t.before().lastIndexOf(';')) + 1);
    // "100% cán bộ … được tập huấn" (share first) or "… cán bộ … tập huấn đạt 100%" (share last)
    boolean shareFirst = rest.matches("^\\s*(?:(?:tong )?so |cac |nhung )?(?:" + STAFF + ")\\b.*") && has(rest, TRAINED);
    boolean shareLast = has(near, TRAINED) && has(near, "can bo|cong chuc|vien chuc");
    if (shareFirst || shareLast) {
      if (has(shareFirst ? rest : near, SERVICE_DESK)) {
        found.add("human_resources.public_service_staff_trained_pct", v, quote);
      } else {
        found.add("human_resources.trained_pct", v, quote);
      }
    } else if (has(near, "so hoa") && has(near, "ho so|hs") && !has(f, "van ban|tai lieu")) {
      found.add("dossiers.digitised_pct", v, quote);
    } else if (s.part() == Part.INFRASTRUCTURE && has(clause, "lien thong") && !has(f, "ho so|hs|tthc|thu tuc|van ban")) {
      found.add(blockPath(s) + ".connectivity.linked_pct", v, quote);
    } else if (s.part() == Part.INFRASTRUCTURE && has(clause, "phu song")) {
      found.add(blockPath(s) + ".connectivity.coverage_pct", v, quote);
    } else if (has(f, "ty le") && has(f, "ho so|hs")) {
      if (has(f, "mot phan") && has(near, "truc tuyen")) {
        found.add("dossiers.partial_online_online_pct", v, quote);
      } else if (has(near, "truc tiep")) {
        found.add("dossiers.in_person_pct", v, quote);
      } else if (has(near, "truc tuyen")) {
        found.add("dossiers.online_pct", v, quote);
      }
    } else if (has(f, "ty le") && has(f, "tthc|thu tuc")) {
      Offer offer = offer(near);
      if (offer == Offer.FULL) {
        found.add("procedures.with_dossiers.full_online_pct", v, quote);
      } else if (offer == Offer.PARTIAL) {
        found.add("procedures.with_dossiers.partial_online_pct", v, quote);
      }
    } else if (has(f, "niem yet") && has(f, "tthc|thu tuc")) {
      found.add("procedures.listed_pct", v, quote);
    } else if (s.part() == Part.INFRASTRUCTURE && has(near, "may tinh") && has(near, "ket noi mang|noi mang|mang toc do cao")) {
      found.add(blockPath(s) + ".hardware.networked_pct", v, quote);
    } else if (s.part() == Part.INFRASTRUCTURE && has(f, "so hoa") && has(f, "van ban")) {
      found.add(blockPath(s) + ".digitised_pct", v, quote);
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
      found.add("human_resources.community_teams.villages_covered", part, quote);
      found.add("human_resources.community_teams.villages_total", whole, quote);
    } else if (t.unit().matches("may tinh|may") && s.part() == Part.INFRASTRUCTURE) {
      hardware(s, t.near(), t.unit(), part, quote);
      found.add(blockPath(s) + ".hardware.computers", whole, quote);
    }
  }

  /** "Không còn vùng lõm sóng, lõm điện" gives 0 areas of each; "còn 03 thôn lõm sóng" gives 3. */
  private void areas(Sentence s) {
    String f = s.folded();
    Matcher none = NO_AREA.matcher(f);
    while (none.find()) {
      for (String what : new String[] {none.group(1), none.group(2)}) {
        if (what != null) {
          found.add(areaPath(s, what), 0, trim(s.original(), none.start()));
        }
      }
    }
    Matcher some = AREAS.matcher(f);
    while (some.find()) {
      found.add(areaPath(s, some.group(2)), Integer.parseInt(some.group(1)), trim(s.original(), some.start()));
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
    String quote = trim(s.original(), 0);
    if (has(f, "kiem nhiem")) {
      found.add("human_resources.it_staffing", Staffing.PART_TIME, quote);
    } else if (DEDICATED.matcher(f).find() && !has(f, "thieu|chua co|khong co|chua bo tri|mong")) {
      found.add("human_resources.it_staffing", Staffing.DEDICATED, quote);
    }
  }

  private static boolean teams(Sentence s) {
    return has(s.folded(), "cong nghe so cong dong|to cong nghe so");
  }

  private String blockPath(Sentence s) {
    return "infrastructure." + s.block().code();
  }

  // ---- helpers -----------------------------------------------------------------------------

  private static boolean has(String text, String regex) {
    return Pattern.compile("\\b(?:" + regex + ")\\b").matcher(text).find();
  }

  private static Optional<LocalDate> date(String d, String m, String y) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The sentence, whitespace collapsed, cut to about 160 characters around {@code at}. */
  static String trim(String sentence, int at) {
    String s = sentence.replaceAll("\\s+", " ").strip();
    if (s.length() <= 160) {
      return s;
    }
    int from = Math.max(0, Math.min(at - 60, s.length() - 160));
    int to = Math.min(s.length(), from + 160);
    return (from > 0 ? "…" : "") + s.substring(from, to).strip() + (to < s.length() ? "…" : "");
  }

  private static String line(String text, int at) {
    int start = text.lastIndexOf('\n', at) + 1;
    int end = text.indexOf('\n', at);
    return trim(text.substring(start, end < 0 ? text.length() : end), 0);
  }
}
