package vn.xaso.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.xaso.load.KeptText;

/**
 * A kept text searched for the words of the {@link Vocabulary}: whole, folded, so a phrase broken
 * over two lines is found, and each find told as its line and the clause around it.
 */
public final class TextSearch {
  /** A clause shown as a quote is cut to about this many characters around the words found. */
  private static final int AROUND = 70;

  private final KeptText text;
  private final String joined;
  private final String folded;
  private final List<Integer> starts = new ArrayList<>();

  public TextSearch(KeptText text) {
    this.text = text;
    StringBuilder b = new StringBuilder();
    for (String line : text.lines()) {
      starts.add(b.length());
      b.append(line).append('\n');
    }
    this.joined = b.toString();
    this.folded = TextMatch.fold(joined);
  }

  /**
   * What may be said of {@code path}, which the report file leaves out. A field of one block's
   * infrastructure is searched for under that block's heading ("2.3. Hội đồng nhân dân") when the
   * text has one, so the Party's scanners are not taken for the Council's.
   */
  public Absence absence(String path) {
    List<Pattern> words = Vocabulary.of(path);
    if (words.isEmpty()) {
      return Absence.NOT_RECORDED;
    }
    int[] region = region(path);
    return first(words, region[0], region[1]).map(m -> new Absence(Absence.Kind.MENTIONED, m.line(), m.quote()))
        .orElse(Absence.NOT_STATED);
  }

  /** The lines to search for {@code path}: its block's section, or the whole text. */
  private int[] region(String path) {
    String[] parts = path.split("\\.");
    if (parts.length < 3 || !parts[0].equals("infrastructure")) {
      return new int[] {1, text.size()};
    }
    Pattern block = Vocabulary.heading(parts[1]);
    if (block == null) {
      return new int[] {1, text.size()};
    }
    for (int n = 1; n <= text.size(); n++) {
      if (block.matcher(TextMatch.fold(text.line(n))).find()) {
        int end = n + 1;
        while (end <= text.size() && !HEADING.matcher(text.line(end)).find()) {
          end++;
        }
        return new int[] {n, end - 1};
      }
    }
    return new int[] {1, text.size()};
  }

  /** A numbered heading: "2.3. Hội đồng nhân dân", "3. Nguồn nhân lực". */
  private static final Pattern HEADING = Pattern.compile("^\\s*\\d{1,2}\\.(?:\\d{1,2}\\.?)?\\s+\\p{Lu}");

  /** The words found first in the whole text (the earliest of any pattern), with its line and clause. */
  public Optional<Mention> first(List<Pattern> words) {
    return first(words, 1, text.size());
  }

  /** The words found first in lines {@code from} to {@code to}. */
  public Optional<Mention> first(List<Pattern> words, int from, int to) {
    int best = -1;
    int bestEnd = -1;
    int lo = starts.get(from - 1);
    int hi = to < starts.size() ? starts.get(to) : folded.length();
    for (Pattern p : words) {
      Matcher m = p.matcher(folded).region(lo, hi);
      if (m.find() && (best < 0 || m.start() < best)) {
        best = m.start();
        bestEnd = m.end();
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(mention(best, bestEnd));
  }

  /** A find at offsets of the joined text: its first line, and the text around it on one line, cut. */
  private Mention mention(int start, int end) {
    int line = lineOf(start);
    int from = Math.max(starts.get(line - 1), start - AROUND);
    int lastLine = lineOf(Math.max(start, end - 1));
    int lineEnd = starts.get(lastLine - 1) + text.line(lastLine).length();
    int to = Math.min(lineEnd, end + AROUND);
    String clause = joined.substring(from, to).replaceAll("\\s+", " ").strip();
    String quote = (from > starts.get(line - 1) ? "…" : "") + clause + (to < lineEnd ? "…" : "");
    return new Mention(line, quote);
  }

  private int lineOf(int offset) {
    int lo = 0;
    int hi = starts.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts.get(mid) <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo + 1;
  }

  /** Words found on {@code line} (counted from 1), with the clause around them. */
  public record Mention(int line, String quote) {}
}
