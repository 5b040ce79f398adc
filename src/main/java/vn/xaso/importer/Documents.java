package vn.xaso.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.xaso.importer.Outline.Part;
import vn.xaso.importer.Outline.Sentence;
import vn.xaso.model.DocumentKind;

/**
 * Document numbers: the letter a report answers (a Công văn in the preamble), the conclusion a
 * numbered heading follows up, the commune's own documents (issued under UBND, ĐU, HĐND, MTTQ) and
 * the documents of other bodies it cites with their date.
 */
final class Documents {
  /**
   * One issuer or kind code ("UBND", "KH&CN"), or codes joined by a dot with no space ("VP.UBND" in
   * "3120/VP.UBND-KGVX", a provincial office's letters): a dot followed by a space ends a sentence.
   */
  private static final String CODE = "\\p{Lu}[\\p{L}&]*(?:\\.\\p{Lu}[\\p{L}&]*)*";
  private static final Pattern DOC = Pattern.compile(
      "(?<![\\p{L}\\d])(\\d+(?:/\\d{4})?)\\s*([-/])\\s*(" + CODE + "(?:\\s*[-/]\\s*" + CODE + ")*)");
  /** "… ngày 15/7/2025", or in a table's next cell ("03-QĐ/BCĐ | 15/7/2025", tabs alike) the date alone. */
  private static final Pattern DOC_DATE = Pattern.compile("^\\s*,?\\s*ngay\\s+(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  /** A table's next cell holding the date alone ("| 08/01/2026", a tab before it), read before folding drops the pipe. */
  private static final Pattern CELL_DATE = Pattern.compile("^[ ]*[|\\t]\\s*(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
  /** Words after a number naming an issuer above the commune ("của Ban Chỉ đạo tỉnh", "Trung ương"). */
  private static final Pattern ABOVE = Pattern.compile("\\b(?:tinh|huyen|trung uong|thanh pho|tw|bo chinh tri|chinh phu)\\b");
  /** Issuer codes of a commune's own bodies: documents under them are the commune's (Phụ lục 01). */
  private static final List<String> LOCAL = List.of("UBND", "ĐU", "HĐND", "MTTQ", "UBMTTQ", "ĐUX");
  /** Abbreviations whose D is always Đ, for text that lost its marks. */
  private static final Map<String, String> D_BAR = Map.of("DU", "ĐU", "QD", "QĐ", "ND", "NĐ", "HDND", "HĐND",
      "BCD", "BCĐ", "BCDTW", "BCĐTW", "DUX", "ĐUX", "CDS", "CĐS");
  /** Documents and cites kept per report; a text naming more is not a report. */
  static final int MAX = 200;

  /** A cited document as first found with its date. */
  private record Cite(String number, DocumentKind kind, LocalDate date, String quote, Evidence evidence) {}

  private final Findings found;
  private final Map<String, Integer> documents = new LinkedHashMap<>();
  private int respondsTo;
  private int followUps;
  /** Documents the report cites (not the commune's own), by number, in the order first dated. */
  private final List<Cite> cites = new ArrayList<>();
  /** Numbers already placed as the letter answered, the conclusion followed up, or the report itself. */
  private final Set<String> placed = new HashSet<>();
  private final Map<String, List<Cite>> otherDates = new HashMap<>();

  Documents(Findings found) {
    this.found = found;
  }

  void read(Sentence s) {
    String original = s.original();
    int[] at = new int[original.length() * 2 + 1];
    String stripped = stripAt(original, at);
    Matcher m = DOC.matcher(stripped);
    while (m.find()) {
      // The number as written (its Đ kept, as in "05-KH/BCĐTU"); restored where OCR lost it.
      String number = restore(original.substring(at[m.start()], at[m.end() - 1] + 1).replaceAll("\\s+", ""));
      number = known(number, m.group(1).length() + 1);
      List<String> codes = List.of(number.substring(m.group(1).length() + 1).split("[-/]"));
      // "412/UBND-VP": the issuer's code first and no kind's is how a Công văn is numbered.
      DocumentKind kind = LOCAL.contains(codes.get(0)) && codes.size() > 1 ? DocumentKind.LETTER : kind(codes.get(0));
      String next = stripped.substring(m.end(), Math.min(stripped.length(), m.end() + 40));
      Matcher d = DOC_DATE.matcher(Normal.fold(next));
      Matcher cell = CELL_DATE.matcher(next);
      LocalDate date = d.find() ? Extractor.date(d.group(1), d.group(2), d.group(3)).orElse(null)
          : cell.find() ? Extractor.date(cell.group(1), cell.group(2), cell.group(3)).orElse(null) : null;
      String quote = Extractor.trim(s.original(), m.start());
      Evidence ev = Evidence.of(s, m.start(), original.substring(at[m.start()], at[m.end() - 1] + 1));
      String word = Vocabulary.mend(Normal.fold(stripped.substring(Math.max(0, m.start() - 24), m.start())));
      DocumentKind named = namedKind(word);
      if (kind == DocumentKind.OTHER && named != null) {
        // "Công văn số 398/UBND-VP": the word before the number says the kind its code does not.
        kind = named;
      }
      String after = Normal.fold(stripped.substring(m.end(), Math.min(stripped.length(), m.end() + 80)));
      // The document's own clause, wider: a Steering Committee's name runs long before its "tỉnh".
      String clause = Normal.fold(stripped.substring(m.end(), Math.min(stripped.length(), m.end() + 160)));
      String before = Normal.fold(stripped.substring(0, m.start()));
      boolean local = codes.stream().anyMatch(LOCAL::contains) && !higherLevel(after)
          || ownIssuer(number, codes, after);
      if (s.part() == Part.PREAMBLE && (answered(kind, word, before) || respondsTo == 0 && asksForReport(clause))) {
        String base = "source.responds_to[" + respondsTo++ + "]";
        placed.add(number);
        // A letter unless the report names it otherwise: a guidance (Hướng dẫn, HD), a notice (Thông báo, TB) or any
        // document whose number opens with a kind's code the model has no kind for is of no kind of the model's.
        boolean otherKind = KINDS.contains(codes.get(0)) || Vocabulary.has(word, "huong dan")
            || Vocabulary.has(word, "thong bao");
        put(base, number, kind == DocumentKind.OTHER && !otherKind ? DocumentKind.LETTER : kind, date, quote, ev);
      } else if (s.heading() && s.part() == Part.FOLLOW_UP && kind == DocumentKind.CONCLUSION && followUps == 0
          && date != null) {
        // "5. Việc triển khai Kết luận số 195-KL/TW, ngày 26/9/2025": the heading names and dates the conclusion the
        // section follows up. Named there without its date ("IV. Triển khai Kết luận số 195-KL/TW của Bộ Chính trị"), it
        // is a topic the report touches, cited as any other (docs/transcription.md keeps it under cites).
        placed.add(number);
        put("follow_ups[" + followUps++ + "].conclusion", number, kind, date, quote, ev);
      } else if (planned(before)) {
        continue;
      } else if (local && kind != DocumentKind.REPORT && (kind != DocumentKind.LETTER || named == DocumentKind.LETTER
          || named == null && LOCAL.contains(codes.get(0)))
          && (s.part() != Part.PREAMBLE || kind == DocumentKind.PLAN || kind == DocumentKind.RESOLUTION)) {
        // In the preamble, "Thực hiện … Kế hoạch số 19/KH-UBND ngày 11/7/2025 của UBND phường" is a plan the commune
        // carries out (docs/transcription.md §5), and "Nghị quyết số 15-NQ/ĐU ngày 26/9/2025 của Đảng ủy phường" the
        // Party committee's resolution it carries out (§7); its letters there are what the report answers or mere
        // references.
        document(number, kind, date, quote, ev);
      } else if (!local) {
        if (placed.contains(number) || shortened(number)) {
          continue;
        }
        if (provincial(codes, clause)) {
          // §5: a province's direction the commune carries out is among its documents, not the national cites.
          document(number, kind, date, quote, ev);
        } else {
          cite(number, kind, date, quote, ev);
        }
      }
    }
  }

  /** Whether a number is a document's already drafted, named again shortened ("05-KH/BCĐ" after "05-KH/BCĐTU"). */
  private boolean shortened(String number) {
    return documents.keySet().stream().anyMatch(n -> n.length() > number.length() && n.startsWith(number));
  }

  /** One of the documents the report says the commune or its province issued or carries out, once per number. */
  private void document(String number, DocumentKind kind, LocalDate date, String quote, Evidence ev) {
    Integer known = documents.get(number);
    if (known == null && documents.size() >= MAX) {
      return;
    }
    String base = "documents[" + (known == null ? documents.size() : known) + "]";
    if (known == null) {
      documents.put(number, documents.size());
    }
    put(base, number, kind, date, quote, ev);
  }

  /** Issuer codes of national bodies: the Central Committee, its Steering Committee, the Government, the Prime Minister. */
  private static final List<String> NATIONAL = List.of("TW", "BCĐTW", "TTg", "CP", "QH", "UBTVQH", "BCT", "BBT", "VPCP");
  /** A province's own issuer codes: its Party Committee ("-KH/TU") and the bodies under it ("VPTU"). */
  private static final Pattern PROVINCE_CODE = Pattern.compile("(?:TU|TƯ)");
  /** Words naming a national issuer in a document's clause ("của Bộ Chính trị", "Thủ tướng Chính phủ", "Bộ Nội vụ"). */
  private static final Pattern NATIONAL_WORDS = Pattern.compile(
      "\\b(?:trung uong|chinh phu|thu tuong|bo chinh tri|ban bi thu|quoc hoi|cua bo [a-z]|bo (?:noi vu|cong an|tai chinh|khoa hoc))");
  /** Words naming a province as issuer ("của UBND tỉnh", "Ban Thường vụ Tỉnh ủy", "Thành ủy", "Ban Chỉ đạo tỉnh"). */
  private static final Pattern PROVINCE_WORDS = Pattern.compile("\\b(?:(?:hdnd|ubnd|hoi dong nhan dan|uy ban nhan dan"
      + "|so [a-z ]{2,40}?|van phong ubnd) (?:tinh|thanh pho)\\b|tinh uy|thanh uy|ban chi dao [^;]{0,100}?\\btinh\\b"
      + "|chu tich (?:ubnd|uy ban nhan dan) (?:tinh|thanh pho))");

  /**
   * Whether a document not the commune's is its province's (§5: the province's directions are documents, cites are
   * national): a province's code ("-KH/TU") or words of its clause naming the province's body, and nothing national.
   */
  static boolean provincial(List<String> codes, String after) {
    String clause = clause(after);
    if (codes.stream().anyMatch(NATIONAL::contains) || NATIONAL_WORDS.matcher(clause).find()) {
      return false;
    }
    return codes.stream().anyMatch(c -> PROVINCE_CODE.matcher(c).matches()) || PROVINCE_WORDS.matcher(clause).find();
  }

  private static final Pattern CLAUSE_END = Pattern.compile(";|\\. |\\bso \\d|\\d+\\s*[-/]\\s*[a-z]");

  /** The words after a number up to the next number, clause or sentence: what is said of that document alone. */
  private static String clause(String after) {
    Matcher stop = CLAUSE_END.matcher(after);
    return stop.find() ? after.substring(0, stop.start()) : after;
  }

  /** A document still to be drafted or issued ("sẽ ban hành Kế hoạch số …"): §5 copies none. */
  private static final Pattern PLANNED = Pattern.compile("\\b(?:se|du kien|dang xay dung|chuan bi) (?:ban hanh|xay dung|trinh)"
      + "|\\bdu thao\\b");

  /** Whether the words of the clause before a number say it is yet to be issued. */
  static boolean planned(String before) {
    int clause = Math.max(before.lastIndexOf(';'), before.lastIndexOf(". "));
    return PLANNED.matcher(before.substring(clause + 1)).find();
  }

  /**
   * A document of another body (Trung ương, Thành ủy, Thủ tướng …) named with its date is one the
   * report cites. Named again with a shortened issuer and the same date ("02-KH/BCĐ" after
   * "02-KH/BCĐTW"), it is the same document; named without a date, it adds nothing, since a cite
   * is taken only with the date the report gives it.
   */
  private void cite(String number, DocumentKind kind, LocalDate date, String quote, Evidence ev) {
    if (date == null) {
      return;
    }
    for (int i = 0; i < cites.size(); i++) {
      Cite c = cites.get(i);
      if (c.number().equals(number)) {
        if (!date.equals(c.date())) {
          // The same number with another date: both dates go to the draft, for a person to pick.
          otherDates.computeIfAbsent(number, n -> new ArrayList<>()).add(new Cite(number, kind, date, quote, ev));
        }
        return;
      }
      if (date.equals(c.date()) && (number.startsWith(c.number()) || c.number().startsWith(number))) {
        if (number.length() > c.number().length()) {
          cites.set(i, new Cite(number, kind, date, quote, ev));
        }
        return;
      }
    }
    if (cites.size() < MAX) {
      cites.add(new Cite(number, kind, date, quote, ev));
    }
  }

  /**
   * Whether a number is issued under the report's own issuer's code ("03-QĐ/BCĐ" in a report numbered
   * "09-BC/BCĐ", the commune's Steering Committee): the commune's own document, unless its clause names a body
   * above the commune ("… của Ban Chỉ đạo tỉnh") or it is a shortened number of one cited already ("02-KH/BCĐ"
   * after "02-KH/BCĐTW").
   */
  private boolean ownIssuer(String number, List<String> codes, String after) {
    List<String> own = ownCodes();
    if (own.isEmpty() || codes.stream().noneMatch(own::contains)) {
      return false;
    }
    int end = after.indexOf(';');
    String clause = end < 0 ? after : after.substring(0, end);
    int stop = clause.indexOf(". ");
    clause = stop < 0 ? clause : clause.substring(0, stop);
    return !ABOVE.matcher(clause).find() && cites.stream().noneMatch(c -> c.number().startsWith(number));
  }

  /** The issuer codes of the report's own number ("BCĐ" of "09-BC/BCĐ", "UBND" of "12/BC-UBND"), kind left out. */
  private List<String> ownCodes() {
    return found.value("source.number").map(f -> List.of(String.valueOf(f.value()).replaceFirst("^[\\d/]+[-/]", "")
        .split("[-/]")).stream().filter(c -> !KINDS.contains(c) && !c.isEmpty()).toList()).orElse(List.of());
  }

  /** Writes the cites, once the whole text is read and the report's own number is known. */
  void finish() {
    found.value("source.number").ifPresent(f -> placed.add(String.valueOf(f.value())));
    int i = 0;
    for (Cite c : cites) {
      if (placed.contains(c.number())) {
        continue;
      }
      put("cites[" + i + "]", c.number(), c.kind(), c.date(), c.quote(), c.evidence());
      for (Cite other : otherDates.getOrDefault(c.number(), List.of())) {
        found.add("cites[" + i + "].date", other.date(), other.quote(), other.evidence());
      }
      i++;
    }
  }

  /** {@link Normal#strip} one character at a time, noting in {@code at} where each stripped character came from. */
  private static String stripAt(String text, int[] at) {
    String whole = Normal.strip(text);
    if (whole.length() == text.length()) {
      // One character for one, as for every letter of Vietnamese in NFC: positions are unchanged.
      for (int i = 0; i < text.length(); i++) {
        at[i] = i;
      }
      return whole;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      String c = Normal.strip(String.valueOf(text.charAt(i)));
      for (int k = 0; k < c.length() && out.length() < at.length; k++) {
        at[out.length()] = i;
        out.append(c.charAt(k));
      }
    }
    return out.toString();
  }

  private void put(String base, String number, DocumentKind kind, LocalDate date, String quote, Evidence ev) {
    found.add(base + ".number", number, quote, ev);
    found.add(base + ".kind", kind, quote);
    if (date != null) {
      found.add(base + ".date", date, quote, ev);
    }
  }

  /** Words naming a document's kind just before its number ("Kế hoạch số", "Công văn số"). */
  private static final Map<String, DocumentKind> NAMED = Map.of("cong van", DocumentKind.LETTER, "ke hoach", DocumentKind.PLAN,
      "quyet dinh", DocumentKind.DECISION, "nghi quyet", DocumentKind.RESOLUTION, "ket luan", DocumentKind.CONCLUSION,
      "bao cao", DocumentKind.REPORT);
  /** A document of the province or district named with its issuer ("của HĐND tỉnh", "UBND huyện"). */
  private static final Pattern HIGHER = Pattern.compile("^[^.;]{0,40}?\\b(?:cua |do )?(?:hdnd|ubnd|hoi dong nhan dan"
      + "|uy ban nhan dan|tinh uy|thanh uy|huyen uy|so [a-z ]{2,30}?) (?:tinh|thanh pho|huyen)\\b");
  /** Words that make a preamble's document one the report answers: a letter or guidance asking for it. */
  // "Công văn sé 6120/…": "số" as Tesseract without its Vietnamese data writes it (é for ố); "sẽ" never stands there.
  private static final Pattern ASKS = Pattern.compile("\\b(?:cong van|huong dan|van ban|cv)(?: s[oe])?\\s*$");

  /** The kind the words just before a number name, or null. */
  private static DocumentKind namedKind(String before) {
    for (Map.Entry<String, DocumentKind> e : NAMED.entrySet()) {
      if (before.matches(".*\\b" + e.getKey() + "(?: s[oe])?\\s*(?::\\s*)?$")) {
        return e.getValue();
      }
    }
    return null;
  }

  /**
   * Whether a document of the preamble is what the report answers: a letter ("Công văn", code CV) or a
   * guidance ("Hướng dẫn", code HD) the report carries out ("Thực hiện …"), not one it rests on ("Căn cứ …").
   */
  private static boolean answered(DocumentKind kind, String word, String before) {
    int clause = Math.max(before.lastIndexOf(';'), before.lastIndexOf('.'));
    if (Vocabulary.has(before.substring(clause + 1), "can cu")) {
      return false;
    }
    return kind == DocumentKind.LETTER || ASKS.matcher(word).find();
  }

  /** A document's own clause saying it asks for this report ("… về việc báo cáo …", "về tổng hợp số liệu …"). */
  private static final Pattern ASKS_FOR_REPORT = Pattern.compile("\\bve (?:viec )?(?:che do )?(?:bao cao|tong hop so lieu)\\b");

  /**
   * Whether a preamble's document is the one this report answers by what its own clause says it is about (§5:
   * "thực hiện Công văn … về việc báo cáo"), whatever the word before it ("Căn cứ", "Theo") or its kind (a Sở's plan
   * "về tổng hợp số liệu …" asks for figures as a letter does).
   */
  static boolean asksForReport(String after) {
    return ASKS_FOR_REPORT.matcher(clause(after)).find();
  }

  /** Whether the words after a number name a province's or district's body as its issuer. */
  static boolean higherLevel(String after) {
    return HIGHER.matcher(after).find();
  }

  /** The kinds' codes as issuers write them. */
  private static final List<String> KINDS = List.of("KH", "QĐ", "CV", "BC", "NQ", "KL", "TB", "CT", "HD", "TTr");

  /**
   * The number with its kind's code read back when OCR misread it: I and 1 for L ("121-KI/TW",
   * "127-KIL/TW" are 121-KL/TW, 127-KL/TW), when exactly one known code is within one edit.
   */
  static String known(String number, int from) {
    int end = from;
    while (end < number.length() && number.charAt(end) != '-' && number.charAt(end) != '/') {
      end++;
    }
    String code = number.substring(from, end);
    if (KINDS.contains(code) || code.length() < 2) {
      return number;
    }
    String look = code.replace('I', 'L').replace('1', 'L');
    if (KINDS.contains(look)) {
      return number.substring(0, from) + look + number.substring(end);
    }
    List<String> near = KINDS.stream().filter(k -> Vocabulary.distance(look, k, 1) <= 1).toList();
    return near.size() == 1 ? number.substring(0, from) + near.get(0) + number.substring(end) : number;
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

  /** A commune body's code OCR read with a letter twice ("ĐĐU", "UBBND"), read back; other codes as they are. */
  private static String undoubled(String code) {
    if (LOCAL.contains(code)) {
      return code;
    }
    for (int i = 1; i < code.length(); i++) {
      if (code.charAt(i) == code.charAt(i - 1)) {
        String once = code.substring(0, i) + code.substring(i + 1);
        if (LOCAL.contains(once)) {
          return once;
        }
      }
    }
    return code;
  }

  /** Puts back the Đ of abbreviations that always carry it, for text that lost its marks. */
  static String restore(String number) {
    StringBuilder out = new StringBuilder();
    // Ð (U+00D0, the eth) is how OCR often returns Đ.
    for (String part : number.replace('\u00D0', 'Đ').split("(?<=[-/])|(?=[-/])")) {
      String code = unmarked(part);
      out.append(D_BAR.getOrDefault(code, undoubled(code)));
    }
    return out.toString();
  }

  /** The letters of the alphabet a code may hold with their mark ("TƯ"); tone marks and a tilde it never holds. */
  private static final String LETTERS_WITH_MARKS = "ĐƯƠÂÊÔĂ";

  /**
   * A code's capital read with a tone mark or a tilde (no code holds one, round 27): a speck OCR put on the letter
   * ("37-QĐ/ĐỤ" is ĐU), and a letter read twice, once with it ("SKHCNÑ", "ÚỦBND"), is one.
   */
  private static String unmarked(String code) {
    StringBuilder out = new StringBuilder(code.length());
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      char b = bare(c);
      if (b == c) {
        out.append(c);
      } else if ((out.length() == 0 || out.charAt(out.length() - 1) != b)
          && (i + 1 == code.length() || bare(code.charAt(i + 1)) != b)) {
        out.append(b);
      }
    }
    return out.toString();
  }

  /** A capital's letter without its tone mark or tilde; any other character as it is. */
  private static char bare(char c) {
    if (!Character.isUpperCase(c) || c < 0x80 || LETTERS_WITH_MARKS.indexOf(c) >= 0) {
      return c;
    }
    String base = Normal.strip(String.valueOf(c));
    return base.length() == 1 && LETTERS_WITH_MARKS.indexOf(base.charAt(0)) < 0 ? base.charAt(0) : c;
  }
}
