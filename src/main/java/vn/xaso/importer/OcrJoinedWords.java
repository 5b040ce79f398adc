package vn.xaso.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word OCR ran together, parted (split from {@link OcrLayout}; rounds 25 and 26): two of the report's vocabulary
 * ("hồsơ"), a period's word and its number ("Tháng02"), syllables ("Đơnvị") and a label run into its figure
 * ("đoànthể10"). It decides on one word alone, whatever line or table it stands in, so it is apart from the parts
 * that place words on lines and in cells.
 *
 * <p>A pure function of the word, tested alone in {@code OcrJoinedWordsTest} (and in the rounds' tests).
 */
final class OcrJoinedWords {
  private OcrJoinedWords() {}

  /** A word of letters, punctuation either side ("(Trựctiếp),"). */
  private static final Pattern LETTERS = Pattern.compile("(\\P{L}*)(\\p{L}{4,})(\\P{L}*)");
  /** Folded letters only, none of f, j, w, z (they spell no Vietnamese word: "phuwong" is "phường" misread). */
  private static final Pattern VIETNAMESE_LETTERS = Pattern.compile("[a-eghik-vxy]+");

  /**
   * A word OCR read as one where the scan has two of the report's vocabulary run together ("chuyểnsang",
   * "Trựctiếp", "hồsơ": the space between lost) written as the two words, its characters as read ("chuyển sang")
   * (round 25). Matched on the folded word ({@link Vocabulary#partAt}, within one edit for six letters or more); a
   * word that is one Vietnamese syllable, one of the vocabulary, a word with digits, or capitals inside a word
   * ("HĐNDxã", a code) is left as read. Only text OCR read is laid out here: typed text never comes this way.
   */
  static String parted(String word) {
    return pair(word);
  }

  /**
   * A word OCR ran together, parted: a period's word and its number ("Tháng02", "QuýI", round 26) and two of the
   * vocabulary ({@link #parted(String)}) with either data; in a scan read with the Vietnamese data also any syllables
   * ({@link OcrSyllables}: "Đơnvị", "Đảngủyxã", "ỦybanMTTQxã") and syllables run into a figure of two digits or more
   * ("đoànthể10", "từ01/12"). A digit OCR read for a letter ("quy6t", "s6") is left to {@link Normal}.
   */
  static String parted(String word, boolean vietnamese) {
    Matcher period = PERIOD.matcher(word);
    if (period.matches() && PERIOD_WORDS.contains(Normal.fold(period.group(2)))) {
      // A period's word run into its number ("Tháng02", "QuýI", "Tuần48"): its column names a period again.
      return period.group(1) + period.group(2) + " " + period.group(3);
    }
    String pair = pair(word);
    if (!pair.equals(word) || !vietnamese) {
      return pair;
    }
    Matcher figure = FIGURE_AFTER.matcher(word);
    if (figure.matches()) {
      // A label run into its figure ("đoànthể10"): no Vietnamese word ends in two digits or more.
      String letters = OcrSyllables.parted(figure.group(2));
      if (!letters.equals(figure.group(2)) || OcrVowels.syllable(Normal.fold(figure.group(2)))) {
        return figure.group(1) + letters + " " + figure.group(3);
      }
    }
    if (word.chars().anyMatch(Character::isDigit)) {
      return word;
    }
    // Each run of letters apart: "Máyin(chiếc)", "(Đảngủyxã)".
    Matcher m = RUN.matcher(word);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(OcrSyllables.parted(m.group())));
    }
    return m.appendTail(out).toString();
  }

  /** A word of letters run into a number or a quarter's numeral: "Tháng02", "(QuýI", "Tuần48,". */
  private static final Pattern PERIOD = Pattern.compile("(\\P{L}*)(\\p{L}\\p{Ll}{2,4})((?:\\d{1,2}|[IVX]{1,4})(?:/\\d{4})?\\P{L}*)");
  /** The words that name a period by its number, folded. */
  private static final java.util.Set<String> PERIOD_WORDS = java.util.Set.of("thang", "quy", "tuan");

  /** Letters, then a figure of two digits or more: "đoànthể10", "xã41". */
  static final Pattern FIGURE_AFTER = Pattern.compile("(\\P{L}*)(\\p{L}{2,})(\\d{2,}(?:[.,]\\d+)*%?\\P{L}*)");

  /** A run of letters (or "¡", an "i" read with the space before it), four at least. */
  private static final Pattern RUN = Pattern.compile("[\\p{L}¡]{4,}");

  /** A word run together from a pair of the vocabulary, parted (round 25); otherwise the word as read. */
  private static String pair(String word) {
    Matcher m = LETTERS.matcher(word);
    if (!m.matches()) {
      return word;
    }
    String core = m.group(2);
    String tail = core.substring(1);
    boolean capitals = core.equals(core.toUpperCase(java.util.Locale.ROOT));
    if (!tail.equals(tail.toLowerCase(java.util.Locale.ROOT)) && !capitals) {
      return word;
    }
    // Only a word read with letters Vietnamese alone has (ơ, ư, đ, ạ, ể, ...: Tesseract with its Vietnamese data): the
    // English model's "é" for ê, ó or ô and "ir" for ư leave its halves no word's, and "Máyin" in the header of a table
    // laid out with spaces is the unaligned tables' reader's (OcrColumns.glued), which parts it itself.
    if (core.chars().noneMatch(c -> c > 0xFF)) {
      return word;
    }
    String folded = Normal.fold(core);
    // "phuwong" is one word misread ("phường"), not "phu" and a "song".
    if (folded.length() != core.length() || !VIETNAMESE_LETTERS.matcher(folded).matches() || OcrVowels.syllable(folded)) {
      return word;
    }
    int at = Vocabulary.partAt(folded);
    // A word in capitals is a heading or a name ("BÌNH LA ĐÔNG"): parted only where it is the pair exactly ("HỒSƠ").
    if (at < 0 || capitals && !Vocabulary.runTogether(folded)) {
      return word;
    }
    return m.group(1) + core.substring(0, at) + " " + core.substring(at) + m.group(3);
  }
}
