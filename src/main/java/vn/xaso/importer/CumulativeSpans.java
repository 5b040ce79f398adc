package vn.xaso.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether counts said with words of another span ("lũy kế", "cộng dồn", "từ đầu năm") are still the period's: a sum
 * from the period's own start to the day the report stands at is the period's, any other is not. Placement asks it of
 * each count's words; it reads the spans {@link Periods} has gathered so far and the stated "as of", and decides
 * nothing about the period itself, so it stands apart from the choice of span.
 */
final class CumulativeSpans {
  /** "Lũy kế từ ngày 01/7/2025 đến nay": a cumulative count since a day, to the report's "as of". */
  private static final Pattern CUMULATIVE_TO_NOW = Pattern.compile("\\b(?:luy ke|cong don) tu (?:ngay )?(\\d{1,2})/(\\d{1,2})/(\\d{4})"
      + " den nay\\b");
  /** A cumulative range ("lũy kế từ ngày 01/7/2025 đến ngày 10/12/2025"), its end date last. */
  private static final Pattern CUMULATIVE = Pattern.compile("\\b(?:luy ke|cong don)(?: tu)? (?:ngay )?\\d{1,2}/\\d{1,2}(?:/\\d{4})?\\s*"
      + "(?:den|-)\\s*(?:het )?(?:ngay )?(\\d{1,2})/(\\d{1,2})/(\\d{4})");

  private final Findings found;
  /** Starts of spans said to run "đến nay", as {@link Periods} read them. */
  private final List<Span> sinceNow;
  /** Spans stated with the figures, as {@link Periods} read them. */
  private final List<Span> flows;
  /** Spans the title states, as {@link Periods} read them. */
  private final List<Span> title;

  /** Reads the spans through these lists, which {@link Periods} fills as it reads. */
  CumulativeSpans(Findings found, List<Span> sinceNow, List<Span> flows, List<Span> title) {
    this.found = found;
    this.sinceNow = sinceNow;
    this.flows = flows;
    this.title = title;
  }

  /**
   * Counts of another span ("lũy kế từ đầu năm", "riêng tháng 9"), said in their clause or their
   * headings, go only to the cumulative fields.
   */
  boolean spanAllows(String words, String field) {
    return DossierWords.cumulative(field) ? !cumulativeIsPeriod(words)
        : !DossierWords.otherSpan(words) || cumulativeIsPeriod(words);
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
}
