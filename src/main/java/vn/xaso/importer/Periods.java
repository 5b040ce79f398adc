package vn.xaso.importer;

import java.time.LocalDate;
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
 *
 * <p>This class gathers the spans per section and chooses among them. Its parts: {@link StatedSpans} reads one span
 * from words, {@link SpanWords} says whether the words beside it set it aside, {@link AsOfDates} reads the dates
 * figures stand at (the report's and a stock's), and {@link CumulativeSpans} answers Placement whether counts of
 * another span are the period's.
 */
final class Periods {
  /** "Đến nay (số liệu tính đến ngày 20/11/2025)": the figures of the span dated in its own sentence. */
  private static final Pattern STATED_AS_OF = Pattern.compile("\\bden nay\\s*\\(?\\s*(?:" + SpanWords.FIGURES_WORD
      + "\\s+)?tinh den ngay \\d{1,2}/\\d{1,2}/\\d{4}");
  /** How long after the report's date a span may end and still be the span it reports (a report signed a little early). */
  private static final int PLANNED_AFTER_DAYS = 31;

  private final Findings found;
  private final int year;
  /** The dates figures stand at: the report's stated "as of", a stock part's own. */
  private final AsOfDates dates;
  private final CumulativeSpans cumulative;
  /** Spans stated with the figures (under the procedures, beside "kỳ báo cáo"). */
  private final List<Span> flows = new ArrayList<>();
  /** Spans the preamble states: the title's. */
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
    this.dates = new AsOfDates(found);
    this.cumulative = new CumulativeSpans(found, java.util.Collections.unmodifiableList(sinceNow),
        java.util.Collections.unmodifiableList(flows), java.util.Collections.unmodifiableList(title));
  }

  /** Whether counts of another span are the period's, asked of the spans read so far. */
  CumulativeSpans cumulative() {
    return cumulative;
  }

  /** The latest year the report's dates name (0 when none): later years are not the report's. */
  int year() {
    return year;
  }

  void read(Sentence s) {
    String f = s.folded();
    for (Matcher r = StatedSpans.RANGE.matcher(f); r.find();) {
      boolean flowHere = flow(s);
      if (s.part() != Part.PREAMBLE && (DossierWords.otherSpan(SpanWords.clauseBefore(f, r.start())) || !flowHere && dossiers(s))) {
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
      stated(s, flow ? flows : title, preamble);
    }
    Span month = StatedSpans.monthAsOf(s);
    if (month != null) {
      monthAsOf.add(month);
    }
    dates.read(s);
  }

  /** The ranges, months, quarters and years sentence {@code s} states, into the figures' or the title's spans. */
  private void stated(Sentence s, List<Span> into, boolean preamble) {
    String f = s.folded();
    Matcher r = StatedSpans.RANGE.matcher(f);
    while (r.find()) {
      if (SpanWords.aside(f, r.start())) {
        // "Lũy kế từ ngày 01/7 đến ngày 05/12": a cumulative span beside the period, never the period; nor "riêng
        // từ ngày 01/9 đến 15/9", a part of it, nor "so với 2 tuần trước (từ 10/11 đến 23/11/2025)", another.
        continue;
      }
      Span range = StatedSpans.range(s, r, year);
      if (range != null) {
        into.add(range);
      }
    }
    if (preamble || s.heading() || Vocabulary.has(f, "trong thang")) {
      StatedSpans.months(s, into);
      StatedSpans.quarters(s, year, into);
    }
    if (preamble) {
      int signed = found.value("source.date").map(d -> ((LocalDate) d.value()).getYear()).orElse(year);
      StatedSpans.years(s, signed, years);
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
    StatedSpans.sinceNow(s, sinceNow);
  }

  /**
   * "kỳ: 01/01/2026 - 15/11/2026" in an export's header: the software's label for the span its counts are over, the
   * report's period (start and end) even where the title says "từ đầu năm đến ngày …".
   */
  private static final Pattern PERIOD_LABEL = Pattern.compile("\\bky\\s*:\\s*(?:tu )?(?:ngay )?\\d{1,2}/\\d{1,2}/\\d{4}");

  /** A heading naming the dossiers received or resolved, wherever the outline puts it ("c) Kết quả tiếp nhận, giải quyết hồ sơ"). */
  private static final Pattern DOSSIERS_HEADING = Pattern.compile("\\b(?:tiep nhan|giai quyet)(?:,? (?:va )?giai quyet)? ho so\\b");

  /** "Số liệu (hồ sơ trong báo cáo này) tính từ ngày …": the words saying a range is the one the figures are counted over. */
  private static final Pattern FIGURES_SPAN = Pattern.compile("\\b" + SpanWords.FIGURES_WORD + "(?: \\p{L}+){0,7} (?:tinh |thong ke |lay )?tu ngay \\d");

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

  /** Notes a cumulative range ending on the stated "as of", when the report states no span of its own. */
  private void cumulativeToAsOf(Sentence s, Matcher r) {
    var asOf = found.value("source.stated_as_of");
    int g = StatedSpans.group(r);
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

  /** Decides the period once every sentence is read. */
  void finish() {
    figuresEndTitle();
    dropBeside();
    List<Span> spans = chosen();
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
      dates.openingOnPeriodEnd();
      dates.stockParts();
      return;
    }
    asOf();
  }

  /** Drops the spans stated beside the period: earlier ones, and running totals. */
  private void dropBeside() {
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
  }

  /** The spans left to be the period: the figures' and the title's where it differs, none planned or restated. */
  private List<Span> chosen() {
    List<Span> spans = new ArrayList<>(flows);
    if (!flows.isEmpty()) {
      // The title's span goes in too when it differs: the draft then shows both to pick from.
      // Not a title's quarter, nine months or year that holds the figures' own span ("9 tháng năm 2025" over
      // "Hồ sơ từ ngày 01/7/2025 đến ngày 15/9/2025"): the period is the figures' span (docs/transcription.md §2, §7).
      title.stream().filter(t -> flows.stream().noneMatch(fl -> Span.same(fl, t) || t.holdsShorter(fl))).forEach(spans::add);
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
    spans.removeIf(t -> t.named() && stated.stream().anyMatch(x -> !x.named() && !Span.same(x, t) && x.sameCycle(t)));
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
    return spans;
  }

  /**
   * Without any span, the period is "as of" the preamble's stated date, else the report's date; a span "đến nay" or
   * a cumulative range ending on the stated date gives its {@code since}.
   */
  private void asOf() {
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
        dates.openingOnPeriodEnd();
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
    for (Span to : dates.figuresTo()) {
      List<Span> holding = title.stream().filter(t -> t.named() && !to.end().isBefore(t.start()) && to.end().isBefore(t.end()))
          .toList();
      if (holding.isEmpty() || holding.size() < title.size()) {
        continue;
      }
      title.clear();
      holding.forEach(t -> title.add(new Span(t.start(), to.end(), to.quote(), to.evidence())));
      // The same month or quarter named again among the figures ("Tỷ lệ hồ sơ trực tuyến quý IV đạt …") is that span
      // as the title counts it, to the same day: not a second end to pick from.
      flows.replaceAll(fl -> fl.named() && holding.stream().anyMatch(t -> Span.same(t, fl))
          ? new Span(fl.start(), to.end(), to.quote(), to.evidence()) : fl);
      found.remove("source.stated_as_of");
      return;
    }
  }

}
