package vn.xaso.evidence;

import java.math.BigDecimal;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.xaso.load.KeptText;
import vn.xaso.model.Evidence;
import vn.xaso.model.FigureEvidence;
import vn.xaso.model.Quote;
import vn.xaso.model.Report;
import vn.xaso.schema.Schema;

/**
 * The numbers of a kept text and whether the report records each one: as a figure's value, in
 * a note or other text of the report, or inside a figure's quote. Not counted as numbers: dates
 * (28/11, 05/9/2025), document numbers (02-KH/ĐU, 20/KH-UBND), headings (2.1.), years, and digits
 * glued to letters (a footnote mark "tập huấn1").
 */
public final class TextNumbers {
  private static final Pattern HEADING = Pattern.compile("^\\s*\\d{1,2}(?:\\.\\d{1,2})*\\.?(?=\\s|$)");

  private TextNumbers() {}

  /** A number of the text: its line, where it stands on the line, and as written. */
  public record Found(int line, int start, int end, String written, boolean recorded) {}

  /** Every number of the text, in order, each told recorded or not. */
  public static List<Found> all(KeptText text, Report report, Evidence evidence, Schema schema) {
    Set<BigDecimal> values = new HashSet<>();
    // A figure with evidence is recorded where its quote stands; one without, wherever its value is written.
    Figures.numbers(report, schema).forEach((path, n) -> {
      if (!evidence.figures().containsKey(path)) {
        values.add(new BigDecimal(n.toString()).stripTrailingZeros());
      }
    });
    Set<BigDecimal> inTexts = new HashSet<>();
    strings(report, s -> numbers(s).forEach(w -> TextMatch.readings(w).forEach(r -> inTexts.add(r.stripTrailingZeros()))));
    List<TextMatch.Span> spans = new ArrayList<>();
    for (FigureEvidence f : evidence.figures().values()) {
      for (Quote q : f.quotes()) {
        TextMatch.find(text, q).ifPresent(spans::addAll);
      }
    }
    List<Found> out = new ArrayList<>();
    for (int n = 1; n <= text.size(); n++) {
      String line = text.line(n);
      Matcher h = HEADING.matcher(line);
      int skipTo = h.find() && (h.group().contains(".") || line.strip().length() == h.group().strip().length()) ? h.end() : 0;
      Matcher m = TextMatch.NUMBER.matcher(line);
      while (m.find()) {
        if (m.start() < skipTo || notAFigure(line, m)) {
          continue;
        }
        boolean recorded = inSpan(spans, n, m.start(), m.end())
            || TextMatch.readings(m.group()).stream().map(BigDecimal::stripTrailingZeros)
                .anyMatch(r -> values.contains(r) || inTexts.contains(r));
        out.add(new Found(n, m.start(), m.end(), m.group(), recorded));
      }
    }
    return List.copyOf(out);
  }

  /** The lines of the numbers recorded nowhere, one entry per number. */
  public static List<Integer> unrecordedLines(KeptText text, Report report, Evidence evidence, Schema schema) {
    return all(text, report, evidence, schema).stream().filter(f -> !f.recorded()).map(Found::line).toList();
  }

  /** A date, a document number, or a year: part of what identifies something, not a figure. */
  private static boolean notAFigure(String line, Matcher m) {
    String before = line.substring(Math.max(0, m.start() - 2), m.start());
    String after = line.substring(m.end(), Math.min(line.length(), m.end() + 3));
    if (after.matches("^\\s?[-/–].*") || after.isEmpty() && line.strip().endsWith("-")) {
      return true;
    }
    if (before.endsWith("/") || before.endsWith("-") || before.matches(".*\\p{L}[-/]$")) {
      return true;
    }
    // A time of day or a time zone, as in a digital signature's stamp "14:16:47+0700".
    if (before.matches(".*\\d:$") || before.endsWith("+") || after.matches("^:\\d.*")) {
      return true;
    }
    // An appendix's number: "Phụ lục 03".
    if (TextMatch.fold(line.substring(0, m.start())).matches(".*phu luc\\s*$")) {
      return true;
    }
    String w = m.group();
    return w.matches("(19|20)\\d\\d");
  }

  private static boolean inSpan(List<TextMatch.Span> spans, int line, int start, int end) {
    return spans.stream().anyMatch(s -> s.line() == line && s.start() <= start && end <= s.end());
  }

  private static List<String> numbers(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = TextMatch.NUMBER.matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** Every text of a value made of records and lists: notes, titles, names, document numbers. */
  private static void strings(Object value, java.util.function.Consumer<String> sink) {
    if (value instanceof String s) {
      sink.accept(s);
    } else if (value instanceof List<?> list) {
      list.forEach(v -> strings(v, sink));
    } else if (value instanceof Record r) {
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        try {
          strings(c.getAccessor().invoke(r), sink);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }
}
