package vn.xaso.importer;

import java.text.Normalizer;

/**
 * A word OCR read as one where a scan read with the Vietnamese data has several words run together, parted into the
 * syllables it is made of (round 26): "Đơnvị", "Đảngủyxã", "Kỳtrướcchuyểnsang", "ỦybanMTTQxã", "Máy¡n" ("¡" is an "i"
 * whose space was lost). Vietnamese writes every syllable as a word of its own, so a run of letters that is no
 * syllable but can be cut into syllables the spelling allows ({@link OcrVowels#syllable}, two letters or more, one
 * tone mark at most) and codes in capitals between small letters ("MTTQ", three capitals or more) is such a run. Of
 * the cuts into fewest pieces, the one with most words of the vocabulary ({@link Vocabulary#known}) is kept: "Đảng ủy
 * xã", not "Đả ngủy xã". A word of plain Latin letters ("Misa", "Internet", "online") may be no Vietnamese at all and
 * is left as read, unless a small letter runs into a capital ("vaUBND"). A pure function of the word.
 */
final class OcrSyllables {
  private OcrSyllables() {}

  /** A small letter run into a capital: two words whatever the letters. */
  private static final java.util.regex.Pattern GLUED = java.util.regex.Pattern.compile("\\p{Ll}\\p{Lu}");

  /** The vowels, folded. */
  private static final String VOWELS = "aeiouy";

  /** The marks that give a syllable its tone: grave, acute, tilde, hook above, dot below. */
  private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

  /**
   * {@code word} (letters only, as read) with a space between each of the syllables OCR ran together; the word as it
   * is when it is one syllable or a code, is plain Latin letters, or cannot be cut into syllables.
   */
  static String parted(String word) {
    String letters = word.replace('¡', 'i');
    // Plain Latin letters may be no Vietnamese at all ("Misa", "Internet", "online"): only a word with a marked letter,
    // an "¡", or a small letter run into a capital ("vàUBND") is read as syllables.
    if (letters.equals(word) && letters.chars().allMatch(c -> c < 0x80) && !GLUED.matcher(letters).find()) {
      return word;
    }
    if (letters.chars().anyMatch(c -> !Character.isLetter(c))) {
      return word;
    }
    String folded = Normal.fold(letters);
    if (folded.length() != letters.length()) {
      return word;
    }
    int n = letters.length();
    // Fewest pieces; of cuts as few, the one with most words of the vocabulary ("Đảng ủy xã", not "Đả ngủy xã").
    int[] pieces = new int[n + 1];
    int[] known = new int[n + 1];
    int[] from = new int[n + 1];
    java.util.Arrays.fill(pieces, Integer.MAX_VALUE);
    pieces[0] = 0;
    for (int i = 2; i <= n; i++) {
      for (int j = 0; j <= i - 2; j++) {
        if (pieces[j] == Integer.MAX_VALUE || !piece(letters, folded, j, i)) {
          continue;
        }
        int k = known[j] + (Vocabulary.known(folded.substring(j, i)) ? 1 : 0);
        if (pieces[j] + 1 < pieces[i] || pieces[j] + 1 == pieces[i] && k > known[i]) {
          pieces[i] = pieces[j] + 1;
          known[i] = k;
          from[i] = j;
        }
      }
    }
    if (pieces[n] == Integer.MAX_VALUE || pieces[n] < 2) {
      return word;
    }
    StringBuilder out = new StringBuilder(letters);
    for (int i = n; i > 0; i = from[i]) {
      if (from[i] > 0) {
        out.insert(from[i], ' ');
      }
    }
    return out.toString();
  }

  /** Whether letters {@code j} to {@code i} can be one word: a syllable, or a code in capitals standing between words. */
  private static boolean piece(String letters, String folded, int j, int i) {
    String p = letters.substring(j, i);
    if (i - j >= 3 && p.chars().allMatch(Character::isUpperCase)) {
      // A code ("MTTQ", "UBND") only as a whole run of capitals: not a capital cut off the next word.
      return (j == 0 || Character.isLowerCase(letters.charAt(j - 1)))
          && (i == letters.length() || Character.isLowerCase(letters.charAt(i)));
    }
    // No cut between a vowel and itself: "Tuầản", "hồổ" are one syllable whose vowel OCR read twice, not "Tuầ ản".
    if (j > 0 && VOWELS.indexOf(folded.charAt(j)) >= 0 && folded.charAt(j - 1) == folded.charAt(j)) {
      return false;
    }
    // A capital opens a word; none stands inside one.
    for (int k = j + 1; k < i; k++) {
      if (Character.isUpperCase(letters.charAt(k))) {
        return false;
      }
    }
    if (!OcrVowels.syllable(folded.substring(j, i).toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    String marks = Normalizer.normalize(p, Normalizer.Form.NFD);
    return marks.chars().filter(c -> TONES.indexOf(c) >= 0).count() <= 1;
  }
}
