package vn.xaso.load;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean": the closest allowed name within a small edit distance. */
public final class Suggest {
  private Suggest() {}

  /** Names are short: a longer word has no near one, and measuring it would cost its length each time. */
  private static final int LONGEST = 64;

  public static Optional<String> closest(String word, Collection<String> candidates) {
    if (word.length() > LONGEST) {
      return Optional.empty();
    }
    // ROOT: in a Turkish locale "UNIT_TYPE" would lower to "unıt_type" and miss unit_type.
    String lower = word.toLowerCase(Locale.ROOT);
    int limit = Math.max(2, word.length() / 3);
    return candidates.stream()
        .filter(c -> distance(lower, c) <= limit)
        .min(Comparator.comparingInt((String c) -> distance(lower, c)).thenComparing(c -> c));
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
