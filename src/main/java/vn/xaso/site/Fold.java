package vn.xaso.site;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds Vietnamese text for search without diacritics: lower case, tone and vowel marks removed,
 * đ read as d. "Hùng Thắng", "Hung Thang" and "hung thang" all fold to "hung thang". The site's
 * search script applies the same steps to what the reader types.
 */
public final class Fold {
  private Fold() {}

  public static String fold(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replace('đ', 'd');
    String stripped = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return stripped.replaceAll("[^a-z0-9]+", " ").trim();
  }
}
