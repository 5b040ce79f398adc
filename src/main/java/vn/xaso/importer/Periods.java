package vn.xaso.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.xaso.importer.Outline.Part;
import vn.xaso.importer.Outline.Sentence;

/**
 * The period, read from the spans and dates the text states and where it states them. The
 * figures that cover a span (dossiers, procedures handled) stand under the procedures section or
 * beside "kỳ báo cáo"; the title states the report's span; a stock's "đến ngày …" under another
 * section (equipment, staff) dates that stock only, never the period. A span stated for the
 * dossiers wins over the title's when they agree; when they differ both go to the draft to pick
 * from. Without any span, the period is "as of" the date the preamble's "đến ngày" or a "đến hết
 * tháng" gives, else the report's date.
 */
final class Periods {
  /**
   * "Số liệu" as typed or as Tesseract without Vietnamese data reads it ("sé liéu": its "é" stands for ô as well as ê,
   * and "sẽ liệu" is no phrase). Only the words dating the period's figures take it; a part's bracket needs "số liệu".
   */
  private static final String FIGURES_WORD = "s[oe] lieu";
  /** "(số liệu …": a bracket dating the figures, a clause of its own. */
  private static final Pattern FIGURES_BRACKET = Pattern.compile("\\(" + FIGURES_WORD);

  /** "từ (ngày) 13/10(/2025) đến (ngày) 17/10/2025", or "28/11-05/12". */
  private static final Pattern RANGE = Pattern.compile("\\btu (?:ngay )?(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?\\s*(?:den(?: het)?|-)\\s*"
      + "(?:ngay )?(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?\\b"
      // "01/11 - 15/11/2026", and an export's "01/01/2026 - 15/11/2026" with both years.
      + "|\\b(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?\\s*-\\s*(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?\\b"
      // "ngày 08/11/2025 đến ngày 14/11/2025", "01/7 đến 30/11/2025" are ranges though their "từ" is lost (OCR's "tir").
      // "từ khi vận hành chính quyền hai cấp (01/7/2025) đến ngày 30/11/2025": an event dated in brackets opens it.
      + "|(?<![\\d/])(?:\\bngay )?(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?(?:\\)(?<=\\btu khi [^()]{0,80}\\(\\d{1,2}/\\d{1,2}/\\d{4}\\)))?"
      + "\\s*den (?:het )?(?:ngay )?(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
  /** "tháng 9/2025", "tháng 9 năm 2025", not the day of a date ("ngày 03 tháng 10 năm 2025"). */
  private static final Pattern MONTH = Pattern.compile("(?<!ngay[\\s\\d.…_]{0,12})\\bthang (\\d{1,2})(?:/| nam )(\\d{4})\\b");
  private static final Pattern MONTH_AS_OF = Pattern.compile("den (?:het )?thang (\\d{1,2})/(\\d{4})");
  /** "quý III năm 2025", "quý 3/2025", "6 tháng đầu năm 2025", "9 tháng năm 2025": the year from the report when not written. */
  private static final Pattern QUARTER = Pattern.compile("\\bquy (iv|i{1,3}|[1-4])(?:(?: nam |/)(\\d{4}))?\\b"
      + "|\\b(6|9) thang ([a-z0-9]{2,5} )?nam(?: (\\d{4}))?\\b");
  /** Words before a month or quarter that make it a part of the period or a comparison, not the period. */
  private static final Pattern NOT_THE_PERIOD = Pattern.compile("(?:rieng|so voi|cung ky|hon|voi)(?: (?:trong|trong|cua))?\\s*$");
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
  /**
   * A year named as what the report sums up ("tổng kết năm 2025", "kết quả thực hiện năm 2025", "báo cáo năm
   * 2025"), not a plan's year ("nhiệm vụ năm 2026") nor the year of a date, month or quarter.
   */
  private static final Pattern YEAR = Pattern.compile("\\b(?:tong ket|ket qua(?: thuc hien)?|bao cao|so lieu)(?: cong tac)? nam (20\\d\\d)\\b");
  /** A cumulative range ("lũy kế từ ngày 01/7/2025 đến ngày 10/12/2025"), its end date last. */
  /** "Lũy kế từ ngày 01/7/2025 đến nay": a cumulative count since a day, to the report's "as of". */
  private static final Pattern CUMULATIVE_TO_NOW = Pattern.compile("\\b(?:luy ke|cong don) tu (?:ngay )?(\\d{1,2})/(\\d{1,2})/(\\d{4})"
      + " den nay\\b");
  private static final Pattern CUMULATIVE = Pattern.compile("\\b(?:luy ke|cong don)(?: tu)? (?:ngay )?\\d{1,2}/\\d{1,2}(?:/\\d{4})?\\s*"
      + "(?:den|-)\\s*(?:het )?(?:ngay )?(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  /**
   * "Từ ngày 01/7/2025 đến nay", "từ tháng 7/2025 đến nay": a span that runs to the report's "as of", so its
   * start is the period's {@code since}.
   */
  /** "Đến nay (số liệu tính đến ngày 20/11/2025)": the figures of the span dated in its own sentence. */
  private static final Pattern STATED_AS_OF = Pattern.compile("\\bden nay\\s*\\(?\\s*(?:" + FIGURES_WORD
      + "\\s+)?tinh den ngay \\d{1,2}/\\d{1,2}/\\d{4}");
  // "Từ ngày 01/7/2025 (ngày xã mới đi vào hoạt động) đến nay": a short note on the start may stand between.
  private static final Pattern SINCE_NOW = Pattern.compile("\\btu (?:ngay (\\d{1,2})/|thang )(\\d{1,2})/(\\d{4})\\s*"
      + "(?:\\([^()\\d]{0,60}\\)\\s*)?,?\\s*den nay\\b");
  /**
   * Words before a span in its clause that make it what the report plans, not what it reports: "phương hướng,
   * nhiệm vụ quý IV năm 2025", "dự kiến tháng 12", "kế hoạch quý I năm 2026".
   */
  private static final Pattern PLANNED = Pattern.compile("\\b(?:phuong huong|du kien|ke hoach (?:cong tac )?(?:thang|quy|nam)|uoc)\\b");
  /** How long after the report's date a span may end and still be the span it reports (a report signed a little early). */
  private static final int PLANNED_AFTER_DAYS = 31;
  /** A figure after a date in its clause ("… tính đến ngày 30/9/2025 là 109 người"): the date is that figure's. */
  private static final Pattern FIGURE = Pattern.compile("\\b\\d+(?:[.,]\\d+)?(?![/\\d])");

  /** A span the text states, and where. */
  private record Span(LocalDate start, LocalDate end, String quote, Evidence evidence, boolean named) {
    Span(LocalDate start, LocalDate end, String quote, Evidence evidence) {
      this(start, end, quote, evidence, false);
    }

    /** Overlaps {@code o} and covers at least four fifths of its days. */
    boolean sameCycle(Span o) {
      return !start.isAfter(o.end) && !o.start.isAfter(end) && 5 * days() >= 4 * o.days();
    }

    long days() {
      return java.time.temporal.ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** A quarter or longer that holds {@code o}, a shorter span: the longer is the report's cycle, {@code o} its figures'. */
    boolean holdsShorter(Span o) {
      return days() >= LONG_SPAN_DAYS && !o.start.isBefore(start) && !o.end.isAfter(end) && o.days() < days();
    }
  }

  /** "số liệu (tính) đến ngày …": the words before a date that say the figures are counted up to it. */
  private static final Pattern FIGURES_TO = Pattern.compile("\\b" + FIGURES_WORD + " (?:tinh )?$");

  /** Dates the preamble says the figures are counted to ("số liệu đến ngày 15/12/2025"), each as a one-day span. */
  private final List<Span> figuresTo = new ArrayList<>();

  /** A title's span this long or longer (a quarter) gives way to the figures' own span inside it. */
  private static final long LONG_SPAN_DAYS = 89;

  private final Findings found;
  private final int year;
  private final List<Span> flows = new ArrayList<>();
  private final List<Span> title = new ArrayList<>();
  /** Years the preamble names as what the report sums up: the period when no finer span is stated. */
  private final List<Span> years = new ArrayList<>();
  /** Cumulative ranges of the figures' sections that end on the report's stated "as of": its {@code since}. */
  private final List<Span> since = new ArrayList<>();
  /** Ends of months the figures are said to run to ("đến hết tháng 11/2025"): an "as of" when no span is stated. */
  private final List<Span> monthAsOf = new ArrayList<>();
  /** Starts of spans said to run "đến nay" (to now): the period's {@code since} when it is an "as of". */
  private final List<Span> sinceNow = new ArrayList<>();

  Periods(Findings found, int year) {
    this.found = found;
    this.year = year;
  }

  /** The latest year the report's dates name (0 when none): later years are not the report's. */
  int year() {
    return year;
  }

  void read(Sentence s) {
    String f = s.folded();
    ranges.clear();
    for (Matcher r = RANGE.matcher(f); r.find();) {
      ranges.add(new int[] {r.start(), r.end()});
      boolean flowHere = flow(s);
      if (s.part() != Part.PREAMBLE && (DossierWords.otherSpan(clauseBefore(f, r.start())) || !flowHere && dossiers(s))) {
        // A cumulative range, or a range stated with figures outside the procedures section ("2. Tình hình
        // tiếp nhận hồ sơ (từ ngày 01/7/2025 đến ngày 05/12/2025)"), ending on the "as of" the report states
        // says since when the period's counts are summed.
        cumulativeToAsOf(s, r);
      }
    }
    sinceNow(s);
    boolean flow = flow(s);
    boolean preamble = s.part() == Part.PREAMBLE;
    if (flow || preamble) {
      List<Span> into = flow ? flows : title;
      Matcher r = RANGE.matcher(f);
      while (r.find()) {
        if (aside(f, r.start())) {
          // "Lũy kế từ ngày 01/7 đến ngày 05/12": a cumulative span beside the period, never the period; nor "riêng
          // từ ngày 01/9 đến 15/9", a part of it, nor "so với 2 tuần trước (từ 10/11 đến 23/11/2025)", another.
          continue;
        }
        int g = r.group(1) != null ? 1 : r.group(7) != null ? 7 : 13;
        String endYear = r.group(g + 5);
        int y = endYear != null ? Integer.parseInt(endYear) : year;
        LocalDate end = Extractor.date(r.group(g + 3), r.group(g + 4), String.valueOf(y)).orElse(null);
        String startYear = r.group(g + 2);
        LocalDate start = Extractor.date(r.group(g), r.group(g + 1), startYear == null || startYear.isEmpty()
            ? String.valueOf(y) : startYear).orElse(null);
        if (start != null && end != null && y > 0) {
          into.add(new Span(end.isBefore(start) ? start.minusYears(1) : start, end, Extractor.trim(s.original(), r.start()),
              Evidence.of(s, r.start(), r.group(g) + "/" + r.group(g + 1))));
        }
      }
      if (preamble || s.heading() || Vocabulary.has(f, "trong thang")) {
        Matcher m = MONTH.matcher(f);
        while (m.find()) {
          if (f.substring(Math.max(0, m.start() - 8), m.start()).matches(".*\\bden (?:het )?$") || aside(f, m.start())) {
            continue;
          }
          month(m.group(1), m.group(2)).ifPresent(ym -> into.add(new Span(ym.atDay(1), ym.atEndOfMonth(),
              Extractor.trim(s.original(), m.start()), Evidence.of(s, m.start(), m.group(1)), true)));
        }
        quarters(s, into);
      }
      if (preamble) {
        years(s);
      }
    }
    partAsOf(s);
    Matcher month = MONTH_AS_OF.matcher(f);
    if (month.find()) {
      month(month.group(1), month.group(2)).ifPresent(ym -> monthAsOf.add(new Span(ym.atEndOfMonth(), ym.atEndOfMonth(),
          Extractor.trim(s.original(), month.start()), Evidence.of(s, month.start(), month.group(1)))));
    }
    if (preamble) {
      Matcher m = AS_OF.matcher(f);
      // The "đến ngày" that ends a range ("từ ngày 01/7 đến ngày 30/9/2025") is the range's end, not an "as of".
      while (asOf(m, f)) {
        if (FORMER.matcher(clauseBefore(f, m.start())).find()) {
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
  }

  /** "Từ ngày 01/7/2025 đến nay": a span running to the report's "as of", its start kept for {@code since}. */
  private void sinceNow(Sentence s) {
    if (!dossiers(s) && !STATED_AS_OF.matcher(s.folded()).find()) {
      // "Từ tháng 7/2025 đến nay đã cử 82 lượt cán bộ …": the span of training, not of the period's dossiers. A span
      // whose own sentence dates its figures ("từ ngày 01/7/2025 đến nay (số liệu tính đến ngày 20/11/2025)") is the
      // report's (docs/transcription.md §2: since and as_of).
      return;
    }
    Matcher m = SINCE_NOW.matcher(s.folded());
    while (m.find()) {
      LocalDate start = Extractor.date(m.group(1) == null ? "1" : m.group(1), m.group(2), m.group(3)).orElse(null);
      if (start != null) {
        sinceNow.add(new Span(start, start, Extractor.trim(s.original(), m.start()), Evidence.of(s, m.start(),
            m.group(1) == null ? m.group(2) + "/" + m.group(3) : m.group(1) + "/" + m.group(2))));
      }
    }
  }

  /**
   * "kỳ: 01/01/2026 - 15/11/2026" in an export's header: the software's label for the span its counts are over, the
   * report's period (start and end) even where the title says "từ đầu năm đến ngày …".
   */
  private static final Pattern PERIOD_LABEL = Pattern.compile("\\bky\\s*:\\s*(?:tu )?(?:ngay )?\\d{1,2}/\\d{1,2}/\\d{4}");

  /** A heading naming the dossiers received or resolved, wherever the outline puts it ("c) Kết quả tiếp nhận, giải quyết hồ sơ"). */
  private static final Pattern DOSSIERS_HEADING = Pattern.compile("\\b(?:tiep nhan|giai quyet)(?:,? (?:va )?giai quyet)? ho so\\b");

  /** "Số liệu (hồ sơ trong báo cáo này) tính từ ngày …": the words saying a range is the one the figures are counted over. */
  private static final Pattern FIGURES_SPAN = Pattern.compile("\\b" + FIGURES_WORD + "(?: \\p{L}+){0,7} (?:tinh |thong ke |lay )?tu ngay \\d");

  /**
   * Whether a sentence states the span its dossiers are counted over: it stands under the procedures, says "kỳ báo
   * cáo", or is the heading of the dossiers' results or a bracket right under it, under whatever part an outline of
   * letters ("a)", "b)", "c)") leaves it ("c) Kết quả tiếp nhận, giải quyết hồ sơ / (từ ngày 01/10/2025 đến ngày
   * 10/12/2025)"). Such a heading counts only under a title that states a span of its own: without one, a range there
   * running to the stated "as of" says since when the counts run (docs/transcription.md §2: since and as_of).
   */
  private boolean flow(Sentence s) {
    String f = s.folded();
    if (s.part() == Part.PROCEDURES || Vocabulary.has(f, "ky bao cao") || PERIOD_LABEL.matcher(f).find()) {
      return true;
    }
    if (s.part() != Part.PREAMBLE && FIGURES_SPAN.matcher(f).find()) {
      // "Số liệu hồ sơ trong báo cáo này tính từ ngày 15/9/2025 đến ngày 14/10/2025" under a general heading: the
      // report says over which span its figures are counted, wherever its outline puts the sentence.
      return true;
    }
    boolean headingLine = s.heading() || f.strip().matches("^\\(.*\\)\\.?$");
    // A year the title sums up ("tổng kết … năm 2025") is a titled span as a month or quarter is (round 21).
    boolean titled = !title.isEmpty() || !years.isEmpty();
    return s.part() != Part.PREAMBLE && titled && headingLine && DOSSIERS_HEADING.matcher(f + " / " + s.context()).find();
  }

  /** Whether a sentence or its headings speak of dossiers: the counts a period's span is stated for. */
  private static boolean dossiers(Sentence s) {
    return Vocabulary.has(s.folded() + " / " + s.context(), "ho so|hs");
  }

  /** Whether the words of the clause before a span say it is planned ("phương hướng, nhiệm vụ quý IV"), not reported. */
  static boolean planned(String f, int at) {
    int from = Math.max(Math.max(f.lastIndexOf(';', at - 1), f.lastIndexOf(". ", at - 1)), f.lastIndexOf(':', at - 1));
    // "(số liệu … từ ngày 15/12/2024 đến ngày 14/12/2025)": a bracket dating the figures is a clause of its own,
    // whatever the title before it plans ("… và phương hướng, nhiệm vụ năm 2026" joined to the preamble).
    // Tesseract without Vietnamese data writes it "(sé liéu".
    Matcher bracket = FIGURES_BRACKET.matcher(f).region(0, Math.max(0, at));
    while (bracket.find()) {
      from = Math.max(from, bracket.start());
    }
    return PLANNED.matcher(f.substring(from + 1, at)).find();
  }

  /** "Tổng kết năm 2025" in the preamble: the year, unless it is not over by the report's date. */
  private void years(Sentence s) {
    String f = s.folded();
    Matcher y = YEAR.matcher(f);
    while (y.find()) {
      int yy = Integer.parseInt(y.group(1));
      int signed = found.value("source.date").map(d -> ((LocalDate) d.value()).getYear()).orElse(year);
      if (signed <= 0 || yy > signed || partOnly(f, y.start())) {
        continue;
      }
      years.add(new Span(LocalDate.of(yy, 1, 1), LocalDate.of(yy, 12, 31), Extractor.trim(s.original(), y.start()),
          Evidence.of(s, y.start(), y.group(1)), true));
    }
  }

  /** Notes a cumulative range ending on the stated "as of", when the report states no span of its own. */
  private void cumulativeToAsOf(Sentence s, Matcher r) {
    var asOf = found.value("source.stated_as_of");
    int g = r.group(1) != null ? 1 : r.group(7) != null ? 7 : 13;
    if (asOf.isEmpty() || r.group(g + 5) == null) {
      return;
    }
    LocalDate end = Extractor.date(r.group(g + 3), r.group(g + 4), r.group(g + 5)).orElse(null);
    String startYear = r.group(g + 2);
    LocalDate start = Extractor.date(r.group(g), r.group(g + 1), startYear == null || startYear.isEmpty()
        ? r.group(g + 5) : startYear).orElse(null);
    if (start != null && end != null && !start.isAfter(end) && end.equals(asOf.get().value())) {
      since.add(new Span(start, end, Extractor.trim(s.original(), r.start()), Evidence.of(s, r.start(),
          r.group(g) + "/" + r.group(g + 1))));
    }
  }

  /**
   * Whether counts said with these words (their clause and headings) are the period's although they say
   * "lũy kế": the report states an "as of" and no span of its own, and each cumulative range they name ends
   * on that "as of" ("số liệu tính đến ngày 10/12/2025" … "lũy kế từ ngày 01/7/2025 đến ngày 10/12/2025"), and
   * nothing else in them names another span ("riêng tháng 11").
   */
  boolean cumulativeIsPeriod(String words) {
    Matcher now = CUMULATIVE_TO_NOW.matcher(words);
    if (now.find()) {
      // "(lũy kế từ ngày 01/7/2025 đến nay)" under a report "từ ngày 01/7/2025 đến nay": the period's own sum.
      LocalDate start = Extractor.date(now.group(1), now.group(2), now.group(3)).orElse(null);
      String rest = words.substring(0, now.start()) + " " + words.substring(now.end());
      return sinceNow.stream().anyMatch(c -> c.start().equals(start)) && !DossierWords.otherSpan(rest);
    }
    var asOf = found.value("source.stated_as_of");
    Matcher fromYearStart = FROM_YEAR_START.matcher(words);
    if (fromYearStart.find()) {
      return fromYearStartIsPeriod(words, fromYearStart, asOf.map(d -> (LocalDate) d.value()).orElse(null));
    }
    if (asOf.isEmpty() || !flows.isEmpty() || !title.isEmpty()) {
      return false;
    }
    Matcher c = CUMULATIVE.matcher(words);
    StringBuilder rest = new StringBuilder();
    int last = 0;
    boolean any = false;
    while (c.find()) {
      LocalDate end = Extractor.date(c.group(1), c.group(2), c.group(3)).orElse(null);
      if (!asOf.get().value().equals(end)) {
        return false;
      }
      any = true;
      rest.append(words, last, c.start()).append(' ');
      last = c.end();
    }
    rest.append(words.substring(last));
    return any && !DossierWords.otherSpan(rest.toString());
  }

  /** "(Lũy kế) từ đầu năm (2026) đến (hết) ngày 20/9/2026": a count from the year's first day to a stated day. */
  private static final Pattern FROM_YEAR_START = Pattern.compile("\\b(?:(?:luy ke|cong don) )?tu dau nam(?: \\d{4})?,?"
      + " den (?:het )?(?:ngay )?(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");

  /**
   * Whether counts "từ đầu năm đến ngày 20/9/2026" are the period's own: every span stated so far (the title's "9 tháng
   * đầu năm 2026", a span beside the figures) starts on that year's first day, and each such range ends on the day the
   * report says its figures run to, or on the end of every span stated. A part named after it in the same words
   * ("riêng quý III (từ 01/7 đến 20/9) tiếp nhận 3.410 hồ sơ", under a heading that counts from the year's start) is
   * still another span: its counts go to no field of the period.
   */
  private boolean fromYearStartIsPeriod(String words, Matcher m, LocalDate asOf) {
    List<Span> stated = new ArrayList<>(title);
    stated.addAll(flows);
    if (stated.isEmpty()) {
      return false;
    }
    StringBuilder rest = new StringBuilder();
    int last = 0;
    do {
      LocalDate end = Extractor.date(m.group(1), m.group(2), m.group(3)).orElse(null);
      if (end == null) {
        return false;
      }
      LocalDate first = LocalDate.of(end.getYear(), 1, 1);
      boolean fromFirst = stated.stream().allMatch(sp -> sp.start().equals(first));
      boolean toEnd = end.equals(asOf) || stated.stream().allMatch(sp -> sp.end().equals(end));
      if (!fromFirst || !toEnd) {
        return false;
      }
      rest.append(words, last, m.start()).append(' ');
      last = m.end();
    } while (m.find());
    rest.append(words.substring(last));
    return !DossierWords.otherSpan(rest.toString());
  }

  /** Decides the period once every sentence is read. */
  void finish() {
    figuresEndTitle();
    // A month or quarter named among the figures that ends before every span the title states is an earlier one
    // given beside them ("Quý III/2025 tiếp nhận 2.958 hồ sơ" in a report of quý IV), never the period.
    flows.removeIf(fl -> fl.named() && !title.isEmpty() && title.stream().allMatch(t -> fl.end().isBefore(t.start())));
    // So is a range given for an earlier quarter ("Quý III/2025 (từ 01/7 đến 14/9/2025) xã tiếp nhận 3.105 hồ sơ")
    // when another range among the figures reaches into the title's span: that one is the period's.
    java.util.function.Predicate<Span> beforeTitle = fl -> !title.isEmpty()
        && title.stream().allMatch(t -> fl.end().isBefore(t.start()));
    if (flows.stream().anyMatch(beforeTitle.negate())) {
      flows.removeIf(beforeTitle);
    }
    // Nor one that ends before a range the text states begins ("năm 2025 (gồm 6 tháng đầu năm của 3 xã cũ)" beside
    // "từ ngày 01/7/2025 đến ngày 10/12/2025"; OCR's "quý II" for the "quý III" of a range from 01/7 to 30/9).
    List<Span> ranges = java.util.stream.Stream.concat(flows.stream(), title.stream()).filter(x -> !x.named()).toList();
    java.util.function.Predicate<Span> earlier = t -> t.named() && ranges.stream().anyMatch(x -> t.end().isBefore(x.start()));
    flows.removeIf(earlier);
    title.removeIf(earlier);
    // A range stated after another, ending the same day and starting before it, sums more than the period: a running
    // total ("Lũy kế từ ngày 01/7/2025 đến ngày 07/12/2025" after the title's two weeks), however OCR wrote its "lũy kế".
    java.util.function.Predicate<Span> runningTotal = t -> !t.named() && ranges.stream().anyMatch(x -> x.end().equals(t.end())
        && x.start().isAfter(t.start()) && x.evidence().line() < t.evidence().line());
    flows.removeIf(runningTotal);
    title.removeIf(runningTotal);
    List<Span> spans = new ArrayList<>(flows);
    if (!flows.isEmpty()) {
      // The title's span goes in too when it differs: the draft then shows both to pick from.
      // Not a title's quarter, nine months or year that holds the figures' own span ("9 tháng năm 2025" over
      // "Hồ sơ từ ngày 01/7/2025 đến ngày 15/9/2025"): the period is the figures' span (docs/transcription.md §2, §7).
      title.stream().filter(t -> flows.stream().noneMatch(fl -> same(fl, t) || t.holdsShorter(fl))).forEach(spans::add);
    } else {
      // Nor a title's quarter holding a range the preamble states ("quý IV năm 2025 (số liệu từ ngày 01/10/2025 đến
      // ngày 05/12/2025)"): the range is the span the figures are counted over.
      title.stream().filter(t -> !t.named() || title.stream().noneMatch(x -> !x.named() && t.holdsShorter(x))).forEach(spans::add);
    }
    // A month or quarter the title names is the report's cycle; a span stated with the figures that is as
    // long and overlaps it ("tháng 10" and "từ 15/9 đến 14/10") is that cycle as the figures count it. A
    // shorter one (a week in the month) is another period: both are shown.
    List<Span> stated = new ArrayList<>(flows);
    stated.addAll(title);
    spans.removeIf(t -> t.named() && stated.stream().anyMatch(x -> !x.named() && !same(x, t) && x.sameCycle(t)));
    // A span ending well after the report was signed is what it plans ("nhiệm vụ quý IV" in a report of 6 October).
    found.value("source.date").map(d -> (LocalDate) d.value()).ifPresent(signed ->
        spans.removeIf(sp -> sp.end().isAfter(signed.plusDays(PLANNED_AFTER_DAYS))));
    found.value("source.stated_as_of").map(d -> (LocalDate) d.value()).ifPresent(asOf ->
        // "Từ ngày 01/7/2025 đến nay (số liệu tính đến ngày 05/12/2025)" and a column "Từ 01/7/2025 đến
        // 05/12/2025": the same span restated, running to the "as of", so since and as_of, not a closed range. A
        // column of a part of it ("Quý III/2025 | 01/10-20/11/2025 | Cộng" under "từ ngày 01/7/2025 đến nay (số liệu
        // tính đến ngày 20/11/2025)") is no period either: the span "đến nay" holds it (docs/transcription.md §2, §7).
        spans.removeIf(sp -> !sp.named() && !sp.end().isAfter(asOf)
            && sinceNow.stream().anyMatch(c -> !sp.start().isBefore(c.start()))));
    if (spans.isEmpty() && !found.has("source.stated_as_of")) {
      // "Tổng kết năm 2025": a year the report sums up, when it states no finer span and no "as of".
      spans.addAll(years.stream().limit(1).toList());
    }
    if (spans.isEmpty()) {
      // "Đến hết tháng 11/2025" is an "as of" only when no span is stated: with one, it is the span's end or a
      // cumulative count's ("lũy kế từ ngày 01/7/2025 đến hết tháng 11/2025"), and as_of never goes with start and end.
      monthAsOf.stream().limit(1).forEach(m -> found.add("period.as_of", m.end(), m.quote(), m.evidence()));
    }
    for (Span sp : spans) {
      found.add("period.start", sp.start(), sp.quote(), sp.evidence());
      found.add("period.end", sp.end(), sp.quote(), sp.evidence());
    }
    if (found.under("period")) {
      openingOnPeriodEnd();
      stockParts();
      return;
    }
    for (String from : List.of("source.stated_as_of", "source.date", "source.signed_on")) {
      var f = found.value(from);
      if (f.isPresent()) {
        found.add("period.as_of", f.get().value(), f.get().quote(), f.get().evidence());
        LocalDate asOf = (LocalDate) f.get().value();
        sinceNow.stream().filter(c -> c.start().isBefore(asOf)).findFirst().ifPresent(c ->
            found.add("period.since", c.start(), c.quote(), c.evidence()));
        if (from.equals("source.stated_as_of")) {
          since.stream().filter(c -> c.end().equals(f.get().value()) && !found.has("period.since")).findFirst().ifPresent(c ->
              found.add("period.since", c.start(), c.quote(), c.evidence()));
          // The stated date is then the period itself: declared once, not twice.
          found.remove(from);
        }
        openingOnPeriodEnd();
        return;
      }
    }
  }

  /**
   * A month's or quarter's title whose figures are counted to a day inside it ("tháng 12 năm 2025 (số liệu đến ngày
   * 15/12/2025)"): the dossiers are counted over the month up to that day, so the period ends there (docs/transcription.md
   * §2, §7) and the date is that end, declared once: no stated "as of" beside it, none given to the stock parts. A day
   * after the title's span (a November report "số liệu đến ngày 05/12/2025") is the "as of" it was.
   */
  private void figuresEndTitle() {
    for (Span to : figuresTo) {
      List<Span> holding = title.stream().filter(t -> t.named() && !to.end().isBefore(t.start()) && to.end().isBefore(t.end()))
          .toList();
      if (holding.isEmpty() || holding.size() < title.size()) {
        continue;
      }
      title.clear();
      holding.forEach(t -> title.add(new Span(t.start(), to.end(), to.quote(), to.evidence())));
      // The same month or quarter named again among the figures ("Tỷ lệ hồ sơ trực tuyến quý IV đạt …") is that span
      // as the title counts it, to the same day: not a second end to pick from.
      flows.replaceAll(fl -> fl.named() && holding.stream().anyMatch(t -> same(t, fl))
          ? new Span(fl.start(), to.end(), to.quote(), to.evidence()) : fl);
      found.remove("source.stated_as_of");
      return;
    }
  }

  /**
   * A period of a span with an "as of" the report states for its whole ("báo cáo kết quả … đến ngày
   * 07/11/2025"): the stocks drafted (procedures in force, equipment, staff) stand at that date, the
   * flows (dossiers) cover the span. Each such part gets it as its own {@code as_of}, unless it states its own.
   */
  private void stockParts() {
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
      String field = part.equals("human_resources") && !dated && m.group().matches("(?:tinh )?den.*")
          ? "human_resources.staff_as_of" : part + ".as_of";
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

  /** Words naming the former communes or the time before the merger: their dates are not the report's "as of". */
  private static final Pattern FORMER = Pattern.compile("\\b(?:xa cu|don vi cu|truoc (?:khi )?sap xep)\\b");

  /**
   * Fields dated by {@link #opening}: dropped when the date is the "as of" the report stands at (declared once), kept on a
   * period's last day (docs/transcription.md §8: a part's own date is copied even then).
   */
  private final List<String> openingDates = new ArrayList<>();

  /** Drops a part's date said in its figures' words when it is the day the report stands at. */
  private void openingOnPeriodEnd() {
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

  /** The words of the clause before {@code at}: since the last semicolon, full stop or comma. */
  private static String clauseBefore(String f, int at) {
    int from = Math.max(Math.max(f.lastIndexOf(';', at - 1), f.lastIndexOf(". ", at - 1)), f.lastIndexOf(',', at - 1));
    return f.substring(from + 1, at);
  }

  private final List<int[]> ranges = new ArrayList<>();

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
      String before = m.group().startsWith("den") ? f.substring(Math.max(0, m.start() - 24), m.start()) : "";
      if (!insideRange(m.start()) && !ESTIMATE.matcher(before).find()) {
        return true;
      }
    }
    return false;
  }

  /** Words before a span that leave it out of the figures ("không bao gồm số liệu 6 tháng đầu năm …"). */
  private static final Pattern LEFT_OUT = Pattern.compile("\\bkhong (?:bao )?gom\\b");

  /**
   * A span the text leaves out of its figures: "không bao gồm số liệu 6 tháng đầu năm", or the former communes'
   * ("6 tháng đầu năm của các xã cũ"), neither the report's period.
   */
  private static boolean excluded(String f, int start, int end) {
    return LEFT_OUT.matcher(clauseBefore(f, start)).find()
        || FORMER.matcher(f.substring(end, Math.min(f.length(), end + 24))).find();
  }

  /** Words in the clause before a span that make it another span it is compared with ("so với 2 tuần trước (từ …"). */
  private static final Pattern COMPARED = Pattern.compile("\\b(?:so voi|cung ky|ky truoc|(?:tuan|thang|quy|nam) truoc)\\b");

  /**
   * Whether the span at {@code at} stands beside the period, not for it: cumulative ("lũy kế … (tiếp nhận từ quý
   * III)"), a part ("riêng từ ngày 01/11"), a comparison ("so với 2 tuần trước (từ 10/11 …)", "so với số liệu đã báo
   * cáo định kỳ tháng 11/2025"), or planned or estimated ("ước cả quý IV").
   */
  private static boolean aside(String f, int at) {
    String clause = clauseBefore(f, at);
    return DossierWords.otherSpan(clause) || COMPARED.matcher(clause).find() || partOnly(f, at) || planned(f, at);
  }

  /** A month or quarter named as a part of the period ("riêng tháng 9") or a comparison ("so với tháng 8"). */
  private static boolean partOnly(String f, int at) {
    return NOT_THE_PERIOD.matcher(f.substring(Math.max(0, at - 16), at)).find();
  }

  /** "Quý III năm 2025" is July to September; "6 tháng đầu năm" January to June; "9 tháng" January to September. */
  private void quarters(Sentence s, List<Span> into) {
    String f = s.folded();
    Matcher q = QUARTER.matcher(f);
    while (q.find()) {
      if (aside(f, q.start()) || excluded(f, q.start(), q.end())) {
        continue;
      }
      String y = q.group(2) != null ? q.group(2) : q.group(5);
      int yy = y != null ? Integer.parseInt(y) : year;
      if (yy <= 0) {
        continue;
      }
      int first;
      int last;
      if (q.group(1) != null) {
        int n = switch (q.group(1)) {
          case "i", "1" -> 1;
          case "ii", "2" -> 2;
          case "iii", "3" -> 3;
          default -> 4;
        };
        first = 3 * n - 2;
        last = 3 * n;
      } else {
        String half = q.group(4) == null ? null : q.group(4).strip();
        if (half != null && Vocabulary.distance(half, "dau", 1) > 1 && Vocabulary.distance(half, "cuoi", 1) > 1) {
          continue;
        }
        // "cuối" or what OCR makes of it within one letter ("cudi"); "đầu" likewise.
        boolean late = half != null && Vocabulary.distance(half, "cuoi", 1) <= 1;
        int months = Integer.parseInt(q.group(3));
        first = late ? 13 - months : 1;
        last = late ? 12 : months;
      }
      into.add(new Span(YearMonth.of(yy, first).atDay(1), YearMonth.of(yy, last).atEndOfMonth(),
          Extractor.trim(s.original(), q.start()), Evidence.of(s, q.start(), ""), true));
    }
  }

  private static boolean same(Span a, Span b) {
    return a.start().equals(b.start()) && a.end().equals(b.end());
  }

  private static java.util.Optional<YearMonth> month(String m, String y) {
    try {
      return java.util.Optional.of(YearMonth.of(Integer.parseInt(y), Integer.parseInt(m)));
    } catch (DateTimeException | NumberFormatException e) {
      return java.util.Optional.empty();
    }
  }
}
