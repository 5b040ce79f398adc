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
  /** "từ (ngày) 13/10(/2025) đến (ngày) 17/10/2025", or "28/11-05/12". */
  private static final Pattern RANGE = Pattern.compile("\\btu (?:ngay )?(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?\\s*(?:den|-)\\s*"
      + "(?:ngay )?(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?\\b"
      + "|\\b(\\d{1,2})/(\\d{1,2})()\\s*-\\s*(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?\\b");
  /** "tháng 9/2025", "tháng 9 năm 2025", not the day of a date ("ngày 03 tháng 10 năm 2025"). */
  private static final Pattern MONTH = Pattern.compile("(?<!ngay[\\s\\d.…_]{0,12})\\bthang (\\d{1,2})(?:/| nam )(\\d{4})\\b");
  private static final Pattern MONTH_AS_OF = Pattern.compile("den (?:het )?thang (\\d{1,2})/(\\d{4})");
  private static final Pattern AS_OF = Pattern.compile("den (?:het )?ngay (\\d{1,2})/(\\d{1,2})/(\\d{4})");

  /** A span the text states, and where. */
  private record Span(LocalDate start, LocalDate end, String quote, Evidence evidence) {}

  private final Findings found;
  private final int year;
  private final List<Span> flows = new ArrayList<>();
  private final List<Span> title = new ArrayList<>();

  Periods(Findings found, int year) {
    this.found = found;
    this.year = year;
  }

  void read(Sentence s) {
    String f = s.folded();
    boolean flow = s.part() == Part.PROCEDURES || Vocabulary.has(f, "ky bao cao");
    boolean preamble = s.part() == Part.PREAMBLE;
    if (flow || preamble) {
      List<Span> into = flow ? flows : title;
      Matcher r = RANGE.matcher(f);
      while (r.find()) {
        int g = r.group(1) != null ? 1 : 7;
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
          if (f.substring(Math.max(0, m.start() - 8), m.start()).matches(".*\\bden (?:het )?$")) {
            continue;
          }
          month(m.group(1), m.group(2)).ifPresent(ym -> into.add(new Span(ym.atDay(1), ym.atEndOfMonth(),
              Extractor.trim(s.original(), m.start()), Evidence.of(s, m.start(), m.group(1)))));
        }
      }
    }
    Matcher month = MONTH_AS_OF.matcher(f);
    if (month.find()) {
      month(month.group(1), month.group(2)).ifPresent(ym -> found.add("period.as_of", ym.atEndOfMonth(),
          Extractor.trim(s.original(), month.start()), Evidence.of(s, month.start(), month.group(1))));
    }
    if (preamble) {
      Matcher m = AS_OF.matcher(f);
      if (m.find()) {
        Extractor.date(m.group(1), m.group(2), m.group(3)).ifPresent(d -> found.add("source.stated_as_of", d,
            Extractor.trim(s.original(), m.start()), Evidence.of(s, m.start(), m.group(1) + "/" + m.group(2))));
      }
    }
  }

  /** Decides the period once every sentence is read. */
  void finish() {
    List<Span> spans = new ArrayList<>(flows);
    if (!flows.isEmpty()) {
      // The title's span goes in too when it differs: the draft then shows both to pick from.
      title.stream().filter(t -> flows.stream().noneMatch(fl -> same(fl, t))).forEach(spans::add);
    } else {
      spans.addAll(title);
    }
    for (Span sp : spans) {
      found.add("period.start", sp.start(), sp.quote(), sp.evidence());
      found.add("period.end", sp.end(), sp.quote(), sp.evidence());
    }
    if (found.under("period")) {
      return;
    }
    for (String from : List.of("source.stated_as_of", "source.date", "source.signed_on")) {
      var f = found.value(from);
      if (f.isPresent()) {
        found.add("period.as_of", f.get().value(), f.get().quote(), f.get().evidence());
        if (from.equals("source.stated_as_of")) {
          // The stated date is then the period itself: declared once, not twice.
          found.remove(from);
        }
        return;
      }
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
