package vn.xaso.evidence;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.xaso.load.KeptText;
import vn.xaso.model.Quote;

/**
 * How a quote is found in a kept text and a figure in a quote. A quote matches whitespace-
 * normalised (a run of spaces and line breaks is one space) and regardless of case, the text
 * taken as it is (OCR errors are not corrected). A figure matches a number of the quote with the
 * same value: 239 in "239 hồ sơ", 8 in "08 thủ tục", 3.65 in "3,65%".
 */
public final class TextMatch {
  /** A number standing alone: not glued to a letter ("tập huấn1") or to other digits. */
  static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}.,])\\d+(?:[.,]\\d+)*(?![\\p{L}\\p{N}])");
  /** The longest quote kept: a clause, not a paragraph. */
  public static final int MAX_QUOTE = 200;

  private TextMatch() {}

  /** Where a quote stands: line {@code line}, characters {@code start} to {@code end} of it. */
  public record Span(int line, int start, int end) {}

  /**
   * The spans of {@code quote} on the lines it names, one per line it runs over; empty when it
   * is not there (or names a line the text does not have).
   */
  public static Optional<List<Span>> find(KeptText text, Quote quote) {
    List<Integer> at = quote.at();
    if (at.isEmpty() || quote.quote() == null || at.stream().anyMatch(n -> !text.has(n))) {
      return Optional.empty();
    }
    StringBuilder joined = new StringBuilder();
    List<Integer> starts = new ArrayList<>();
    for (int n : at) {
      if (joined.length() > 0) {
        joined.append('\n');
      }
      starts.add(joined.length());
      joined.append(text.line(n));
    }
    Matcher m = pattern(quote.quote()).matcher(joined);
    if (!m.find()) {
      return Optional.empty();
    }
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < at.size(); i++) {
      int lineStart = starts.get(i);
      int lineEnd = lineStart + text.line(at.get(i)).length();
      int s = Math.max(m.start(), lineStart);
      int e = Math.min(m.end(), lineEnd);
      if (s < e) {
        spans.add(new Span(at.get(i), s - lineStart, e - lineStart));
      }
    }
    return Optional.of(List.copyOf(spans));
  }

  /** The quote as a pattern: its words in order, any whitespace between them, any case. */
  static Pattern pattern(String quote) {
    String nfc = Normalizer.normalize(quote.strip(), Normalizer.Form.NFC);
    List<String> words = new ArrayList<>();
    for (String w : nfc.split("\\s+")) {
      words.add(Pattern.quote(w));
    }
    return Pattern.compile(String.join("\\s+", words), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** Whether {@code value} (a number of the report) is one of the numbers written in {@code quote}. */
  public static boolean holds(String quote, Number value) {
    BigDecimal wanted = new BigDecimal(value.toString());
    Matcher m = NUMBER.matcher(quote);
    while (m.find()) {
      for (BigDecimal read : readings(m.group())) {
        if (read.compareTo(wanted) == 0) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * What a written number may mean: "3,65" is 3.65 (Vietnamese decimal comma) and "1.234" is
   * 1234 (thousands dot), but each is also read the other way, so a quote written in English style
   * still matches.
   */
  static List<BigDecimal> readings(String written) {
    List<BigDecimal> out = new ArrayList<>();
    String plain = written.replace(".", "").replace(",", "");
    out.add(new BigDecimal(plain));
    if (written.chars().filter(c -> c == '.' || c == ',').count() == 1) {
      out.add(new BigDecimal(written.replace(',', '.')));
    }
    return out;
  }

  /**
   * Lower case, marks stripped, đ read as d: how words are searched for, so a text whose marks OCR
   * lost is searched as well. Every character of NFC text stays one character, so an offset in
   * the folded text is the same offset in the text.
   */
  public static String fold(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = Character.toLowerCase(text.charAt(i));
      if (c == 'đ') {
        out.append('d');
        continue;
      }
      String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      out.append(Character.isSurrogate(c) ? c : base.charAt(0));
    }
    return out.toString();
  }
}
