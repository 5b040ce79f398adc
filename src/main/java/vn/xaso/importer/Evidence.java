package vn.xaso.importer;

/**
 * Where a value stands in the kept text: the 1-based first and last line and the clause quoted in
 * the report's own characters, whitespace collapsed, at most {@link #MAX} characters.
 */
public record Evidence(int line, int lastLine, String quote) {
  public static final int MAX = 200;

  /** The clause of {@code s} around the figure written {@code digits} near folded offset {@code at}. */
  static Evidence of(Outline.Sentence s, int at, String written) {
    String digits = written == null ? "" : written;
    String o = s.original();
    int approx = s.folded().isEmpty() ? 0 : (int) ((long) at * o.length() / Math.max(1, s.folded().length()));
    int pos = nearest(o, digits, approx);
    int half = (MAX - Math.max(0, digits.length())) / 2;
    int start = Math.max(0, pos - half);
    int end = Math.min(o.length(), start + MAX);
    start = Math.max(0, Math.min(start, end - MAX));
    if (start > 0) {
      int space = o.indexOf(' ', start);
      start = space >= 0 && space < pos ? space + 1 : start;
    }
    if (end < o.length()) {
      int space = o.lastIndexOf(' ', end);
      end = space > pos + digits.length() ? space : end;
    }
    return new Evidence(s.lineAt(start), s.lineAt(Math.max(start, end - 1)), collapse(o.substring(start, end)));
  }

  /** One line of the text, whole or cut to {@link #MAX} characters around {@code column}. */
  static Evidence ofLine(String text, int offset) {
    int line = 1;
    int from = 0;
    for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
      line++;
      from = i + 1;
    }
    int to = text.indexOf('\n', offset);
    String l = text.substring(from, to < 0 ? text.length() : to);
    int col = offset - from;
    int start = Math.max(0, Math.min(col - MAX / 2, l.length() - MAX));
    return new Evidence(line, line, collapse(l.substring(start, Math.min(l.length(), start + MAX))));
  }

  private static int nearest(String o, String digits, int approx) {
    if (digits == null || digits.isEmpty()) {
      return Math.min(approx, o.length());
    }
    int best = -1;
    // Looked for near where the folded text had it (fold keeps lengths, mending moves them a little).
    int from = Math.max(0, approx - 300);
    for (int i = o.indexOf(digits, from); i >= 0 && i < approx + 300; i = o.indexOf(digits, i + 1)) {
      if (best < 0 || Math.abs(i - approx) < Math.abs(best - approx)) {
        best = i;
      }
      if (i > approx) {
        break;
      }
    }
    if (best < 0) {
      best = o.indexOf(digits);
    }
    return best < 0 ? Math.min(approx, o.length()) : best;
  }

  private static String collapse(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
