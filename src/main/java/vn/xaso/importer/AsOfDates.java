package vn.xaso.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.xaso.importer.Outline.Part;
import vn.xaso.importer.Outline.Sentence;

/**
 * The dates figures stand at, as against the spans they cover: the "đến ngày …" the preamble states for the whole
 * report ({@code source.stated_as_of}) and the days its figures are counted to, a stock part's own "tính đến ngày …"
 * in its heading, a line introducing it or the opening of a sentence ({@code as_of}), and the date of a count of staff
 * ({@code staff_as_of}); once the period is chosen, the report's date given to the stock parts drafted. Apart from
 * {@link Periods} because a stock's date is never the period, and the rules that keep them apart ("đến ngày" ending a
 * range, an estimate's day, the former communes' day) are many.
 */
final class AsOfDates {
  /** A part's own "as of", stated in a heading or a line introducing what follows ("… tính đến ngày 15/9/2025:"). */
  private static final java.util.Map<Part, String> STOCK_PARTS = java.util.Map.of(Part.INFRASTRUCTURE, "infrastructure",
      Part.HUMAN_RESOURCES, "human_resources", Part.PROCEDURES, "procedures");
  private static final Pattern AS_OF = Pattern.compile("den (?:het )?ngay (\\d{1,2})/(\\d{1,2})/(\\d{4})");
  /**
   * How a part's heading dates its figures: "tính đến ngày 15/9/2025", "(số liệu kiểm kê ngày 20/11/2025)",
   * "(số liệu đến 31/12/2025)".
   */
  private static final Pattern PART_AS_OF = Pattern.compile("(?:den (?:het )?ngay|tinh den(?: het)?"
      + "|(?:so lieu|kiem ke)(?: kiem ke| tinh)?(?: den)?(?: ngay)?) (\\d{1,2})/(\\d{1,2})/(\\d{4})");
  /**
   * A line of words only, ending with the date its figures stand at: "Trang thiết bị công nghệ thông tin (tính đến ngày
   * 25/11/2025)" over a table, "Thiết bị hiện có (tính đến ngày 30/11/2025)", as a heading dates its part.
   */
  private static final Pattern TITLE_DATED = Pattern.compile("^[^\\d()]*\\(\\s*tinh den (?:het )?(?:ngay )?"
      + "\\d{1,2}/\\d{1,2}/\\d{4}\\s*\\)\\s*[.:]?\\s*$");
  /** "(số liệu đến 31/12/2025)": a bracket dating the figures of its sentence. */
  private static final Pattern FIGURES_AS_OF = Pattern.compile("\\(\\s*so lieu[^()]*\\)");
  /** A figure after a date in its clause ("… tính đến ngày 30/9/2025 là 109 người"): the date is that figure's. */
  private static final Pattern FIGURE = Pattern.compile("\\b\\d+(?:[.,]\\d+)?(?![/\\d])");
  /** "số liệu (tính) đến ngày …": the words before a date that say the figures are counted up to it. */
  private static final Pattern FIGURES_TO = Pattern.compile("\\b" + SpanWords.FIGURES_WORD + " (?:tinh )?$");

  /** Dates the preamble says the figures are counted to ("số liệu đến ngày 15/12/2025"), each as a one-day span. */
  private final List<Span> figuresTo = new ArrayList<>();

  private final Findings found;
  /** The ranges of the sentence being read: their "đến ngày" ends a range and is no "as of". */
  private final List<int[]> ranges = new ArrayList<>();

  AsOfDates(Findings found) {
    this.found = found;
  }

  /** Reads the dates of one sentence: a stock part's own, and in the preamble the report's stated "as of". */
  void read(Sentence s) {
    String f = s.folded();
    ranges.clear();
    for (Matcher r = StatedSpans.RANGE.matcher(f); r.find();) {
      ranges.add(new int[] {r.start(), r.end()});
    }
    partAsOf(s);
    if (s.part() == Part.PREAMBLE) {
      statedAsOf(s, f);
    }
  }

  /** Dates the preamble says the figures are counted to, each as a one-day span. */
  List<Span> figuresTo() {
    return java.util.Collections.unmodifiableList(figuresTo);
  }

  /** The preamble's "đến ngày …": the report's stated "as of", and the day its figures are counted to. */
  private void statedAsOf(Sentence s, String f) {
    Matcher m = AS_OF.matcher(f);
    // The "đến ngày" that ends a range ("từ ngày 01/7 đến ngày 30/9/2025") is the range's end, not an "as of".
    while (asOf(m, f)) {
      if (SpanWords.FORMER.matcher(SpanWords.clauseBefore(f, m.start())).find()) {
        // "… gồm số liệu của 03 xã cũ đến ngày 30/6/2025": figures of the former communes up to the merger,
        // a part of the period, not the date the report's figures stand at.
        continue;
      }
      Extractor.date(m.group(1), m.group(2), m.group(3)).ifPresent(d -> found.add("source.stated_as_of", d,
          Extractor.trim(s.original(), m.start()), Evidence.of(s, m.start(), m.group(1) + "/" + m.group(2))));
      if (FIGURES_TO.matcher(f.substring(Math.max(0, m.start() - 16), m.start())).find()) {
        Extractor.date(m.group(1), m.group(2), m.group(3)).ifPresent(d -> figuresTo.add(new Span(d, d,
            Extractor.trim(s.original(), m.start()), Evidence.of(s, m.start(), m.group(1) + "/" + m.group(2)))));
      }
      break;
    }
  }

  /**
   * A period of a span with an "as of" the report states for its whole ("báo cáo kết quả … đến ngày
   * 07/11/2025"): the stocks drafted (procedures in force, equipment, staff) stand at that date, the
   * flows (dossiers) cover the span. Each such part gets it as its own {@code as_of}, unless it states its own.
   */
  void stockParts() {
    var stated = found.value("source.stated_as_of");
    if (stated.isEmpty() || !found.has("period.start")) {
      return;
    }
    if (found.value("period.end").map(e -> e.value().equals(stated.get().value())).orElse(false)) {
      // "… từ đầu năm đến ngày 15/11/2026" over an export's "kỳ: 01/01/2026 - 15/11/2026": the title's date is the
      // period's end, declared once; a part's own "as of" stays its own (docs/transcription.md §8).
      found.remove("source.stated_as_of");
      return;
    }
    for (String part : STOCK_PARTS.values()) {
      // Staff counted "tính đến ngày …" of their own: the part states its date, the report's is not it.
      boolean ownDate = part.equals("human_resources") && found.has("human_resources.staff_as_of");
      if (found.under(part) && !found.has(part + ".as_of") && !ownDate) {
        found.add(part + ".as_of", stated.get().value(), stated.get().quote(), stated.get().evidence());
      }
    }
  }

  /** "Trang thiết bị … tính đến ngày 15/9/2025:" under a stock part, as its heading or the line introducing it. */
  private void partAsOf(Sentence s) {
    String part = STOCK_PARTS.get(s.part());
    String f = s.folded();
    if (part == null && s.part() == Part.LEGAL && Vocabulary.has(f, "tthc|thu tuc")) {
      // The legal part counts the procedures in force (the outline's first section): "Tính đến ngày 20/8/2026, xã đang
      // thực hiện 326 TTHC" there dates them as under their own heading, unless it is the period's last day (the keys
      // of sets 7 and 33 disagree on that day; left to a person).
      if (opening(s, "procedures", f)) {
        legalDates.add("procedures.as_of");
      }
      return;
    }
    if (part == null) {
      return;
    }
    Matcher bracket = FIGURES_AS_OF.matcher(f);
    boolean dated = bracket.find();
    // Staff "84/91 biên chế (số liệu đến ngày 15/11/2025)": the bracket dates the count of staff, not the whole part.
    if ((!dated || part.equals("human_resources")) && opening(s, part, f)) {
      return;
    }
    boolean caption = !s.heading() && TITLE_DATED.matcher(f).find();
    if (!dated && !(s.heading() || f.strip().endsWith(":") || f.strip().matches("^\\(.*\\)\\.?$") || caption)) {
      return;
    }
    if (caption && found.has(part + ".as_of")) {
      // A title line dates its table when the part's heading did not; after a date of the part's own it is another
      // part's heading the scan did not read as one ("Ộ V.NGUỒN NHÂN LỤC (tính đến ngày 15/3/2026)").
      return;
    }
    Matcher m = PART_AS_OF.matcher(f);
    if (dated) {
      m.region(bracket.start(), bracket.end());
    }
    if (asOf(m, f) && (dated || !figureAfter(f, m.end()))) {
      // Staff "(tính đến ngày 01/12/2025)" under their heading: the date of the count of staff (the dictionary's
      // staff_as_of), as a figure's own "tính đến ngày … là 97 người"; "số liệu đến ngày …" dates the whole part.
      // "(số liệu tính đến ngày 15/11/2025)" over a table of staff counts them to that day as "(tính đến ngày …)" does.
      String field = part.equals("human_resources") && (!dated && m.group().matches("(?:tinh )?den.*")
          || m.group().startsWith("so lieu tinh den")) ? "human_resources.staff_as_of" : part + ".as_of";
      Extractor.date(m.group(1), m.group(2), m.group(3)).ifPresent(d -> found.add(field, d,
          Extractor.trim(s.original(), m.start()), Evidence.of(s, m.start(), m.group(1) + "/" + m.group(2))));
    }
  }

  /**
   * A part's own date said in the words of its figures: a sentence opening "Tính đến ngày 30/11/2025, xã đang
   * thực hiện 318 TTHC" dates the procedures (or equipment) it counts; staff "có mặt 81/88 biên chế (tính đến
   * ngày 30/11/2025)" are counted at that date (staff_as_of). Either is the part's, never the report's "as of".
   * Returns whether it placed one.
   */
  private boolean opening(Sentence s, String part, String f) {
    Matcher m = (part.equals("human_resources") ? STAFF_AS_OF : OPENING_AS_OF).matcher(f);
    if (!m.find() || found.has(part.equals("human_resources") ? "human_resources.staff_as_of" : part + ".as_of")) {
      return false;
    }
    String field = part.equals("human_resources") ? "human_resources.staff_as_of" : part + ".as_of";
    openingDates.add(field);
    Extractor.date(m.group(1), m.group(2), m.group(3)).ifPresent(d -> found.add(field, d,
        Extractor.trim(s.original(), m.start()), Evidence.of(s, m.start(), m.group(1) + "/" + m.group(2))));
    return true;
  }

  /**
   * Fields dated by {@link #opening}: dropped when the date is the "as of" the report stands at (declared once), kept on a
   * period's last day (docs/transcription.md §8: a part's own date is copied even then).
   */
  private final List<String> openingDates = new ArrayList<>();

  /** Fields dated by {@link #opening} in the legal part: dropped on the period's last day too. */
  private final List<String> legalDates = new ArrayList<>();

  /** Drops a part's date said in its figures' words when it is the day the report stands at. */
  void openingOnPeriodEnd() {
    for (String field : legalDates) {
      var own = found.value(field);
      if (own.isPresent() && found.value("period.end").map(e -> e.value().equals(own.get().value())).orElse(false)) {
        found.remove(field);
      }
    }
    for (String field : openingDates) {
      var own = found.value(field);
      if (own.isPresent() && List.of("period.as_of").stream().map(found::value)
          .anyMatch(p -> p.isPresent() && p.get().value().equals(own.get().value()))) {
        found.remove(field);
      }
    }
  }

  /** "Tính đến ngày 30/11/2025, …" opening a sentence of a stock part. */
  private static final Pattern OPENING_AS_OF = Pattern.compile("^\\W*tinh den (?:het )?ngay (\\d{1,2})/(\\d{1,2})/(\\d{4})\\s*,");
  /** "… 81/88 biên chế (tính đến ngày 30/11/2025)": the date of the staff count right after it. */
  private static final Pattern STAFF_AS_OF = Pattern.compile("\\bbien che\\s*\\(\\s*(?:tinh|so lieu(?: tinh)?) den (?:het )?ngay (\\d{1,2})/(\\d{1,2})/(\\d{4})\\s*\\)");

  /**
   * Whether a figure follows the date in its clause: "số cán bộ có mặt tính đến ngày 30/9/2025 là 109
   * người" dates the staff count (its {@code staff_as_of}), not the part.
   */
  private static boolean figureAfter(String f, int at) {
    int semi = f.indexOf(';', at);
    return FIGURE.matcher(f.substring(at, semi < 0 ? f.length() : semi)).find();
  }

  private boolean insideRange(int at) {
    return ranges.stream().anyMatch(r -> at >= r[0] && at < r[1]);
  }

  /** An estimate's words before a date ("số liệu ước thực hiện đến hết ngày 31/12/2025"): a forecast, no "as of". */
  private static final Pattern ESTIMATE = Pattern.compile("\\buoc(?: thuc hien| tinh| dat)?(?: so lieu)? $");

  /**
   * Finds the next "đến ngày …" that is not the end of a range ("từ ngày 01/7 đến ngày 30/9/2025") nor the day
   * an estimate runs to ("ước thực hiện đến hết ngày 31/12/2025": figures not yet done).
   */
  private boolean asOf(Matcher m, String f) {
    while (m.find()) {
      // "cột ước thực hiện tính đến 31/12/2025": the estimate's words stand before "tính" as before "đến".
      String before = m.group().startsWith("den") ? f.substring(Math.max(0, m.start() - 24), m.start())
          : m.group().startsWith("tinh") ? f.substring(Math.max(0, m.start() - 24), m.start()) : "";
      if (!insideRange(m.start()) && !ESTIMATE.matcher(before).find()) {
        return true;
      }
    }
    return false;
  }
}
