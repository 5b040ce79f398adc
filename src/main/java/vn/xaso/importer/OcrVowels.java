package vn.xaso.importer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * How Tesseract without Vietnamese data returns a marked vowel, once the text is folded: the mark
 * makes the letter another glyph ("ô", "ơ", "ó" come back as "é", "6", "d", "g"; "ư", "ú", "ủ" as
 * "i", "t", "y", "it", "tr"; "á", "ă" as "d", "e"). Each word of the vocabulary is indexed under
 * every form those confusions give it ("chuc" under "chitc", "duoc" under "dugc"), so a word read
 * by OCR is looked up in one step, whatever the text's length. Nothing here lists one copy's
 * errors: the table says what a glyph may become, for every word alike.
 */
final class OcrVowels {
  /** What each vowel of a folded word may come back as. */
  private static final Map<Character, List<String>> READS = Map.of(
      'o', List.of("o", "e", "d", "g", "a"),
      'u', List.of("u", "i", "t", "y", "l", "w", "it", "tt", "tr", "ir", "ti"),
      'a', List.of("a", "d", "e", "o"),
      'i', List.of("i", "l"));
  /** A word with more forms than this is not indexed under its forms: its letters say too little. */
  private static final int MAX_FORMS = 4000;

  /**
   * A syllable Vietnamese spelling allows, folded: an onset, a vowel group, a final. "chitc", "dugc"
   * and "ceng" (c before e is spelt k) are none: no Vietnamese word is written so.
   */
  private static final Pattern SYLLABLE = Pattern.compile(
      "(?:ngh(?=[eiy])|gh(?=[eiy])|k(?=[eiy])|ng(?![eiy])|g(?![eiy])|c(?![eiy])|qu|gi|nh|ch|kh|ph|th|tr|[bdhlmnprstvx])?"
          + "(?:uye|uya|oai|oay|oeo|uay|uoi|ieu|yeu|uou|oa|oe|uy|ua|uo|ue|ui|ie|ia|ya|ye|ai|ao|au|ay|eo|eu|iu|oi|ou|a|e|i|o|u|y)"
          + "(?:ng|nh|ch|[cmnptiyou])?");

  /**
   * Rimes {@link #SYLLABLE} lets through that the spelling never writes: i or y before ng or c ("ding", "phic", "thyc":
   * ư, ú, ụ read as i or y; Vietnamese writes "inh", "ich") and e before i ("mei", "khei": ô read as é; no rime is
   * "ei").
   */
  private static final Pattern UNWRITTEN = Pattern.compile("(?:[iy](?:ng|c)|ei)$");
  /** A letter only Vietnamese has: above Latin-1 (ơ, ư, đ, ạ, ể …). */
  private static final Pattern VIETNAMESE_LETTER = Pattern.compile("[\\x{100}-\\x{1EFF}]");
  private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

  private final Map<String, Set<String>> index = new HashMap<>();

  /** The index of {@code words} under the forms OCR gives them. */
  OcrVowels(Collection<String> words) {
    for (String w : words) {
      List<String> forms = forms(w);
      if (forms.size() <= MAX_FORMS) {
        for (String f : forms) {
          if (!f.equals(w)) {
            index.computeIfAbsent(f, k -> new TreeSet<>()).add(w);
          }
        }
      }
    }
  }

  /** The indexed words OCR may have read as {@code read}; empty when none. */
  Set<String> words(String read) {
    return index.getOrDefault(read, Set.of());
  }

  /** Whether {@code word} (folded) is spelt as a Vietnamese syllable may be. */
  static boolean syllable(String word) {
    return SYLLABLE.matcher(word).matches();
  }

  /**
   * Whether {@code word} (folded) ends in a rime no Vietnamese word is written with, though {@link #syllable} allows it
   * ("ding", "phic", "khei"): read by OCR without the Vietnamese data, a vowel stood for another.
   */
  static boolean unwritten(String word) {
    return syllable(word) && UNWRITTEN.matcher(word).find();
  }

  /**
   * What no syllable of a Vietnamese name is spelt with, but the English data writes for its vowels: no vowel at all
   * ("Nhtt" for Nhựt; a letter alone, as H' of "H'Nhi", is an initial), "tc", "rc", "tt" or "ii" ("Ditc", "Dirc", "Vii"
   * for Đức, Vũ), a j ("Mj" for My), or a rime never written ("Ting", "Phic", "Quéc", "Héng", "Leoc"; not "Piêng",
   * whose "eng" follows i).
   */
  private static final Pattern MISREAD_NAME = Pattern.compile("^[^aeiouy]{2,}$|tc|rc|tt|ii|j|[iy](?:ng|c)$|ei$|ec$|eoc$"
      + "|(?<!i)eng$");

  /**
   * Whether a name read without the Vietnamese data holds a syllable spelt as no Vietnamese name is ({@link
   * #MISREAD_NAME}): its vowels were misread, and which they stood for no rule can say ("Neng" is Nông, "Via" Vũ).
   * Names of other peoples ("Ksor", "Rơ Mah", "H'Nhi") hold vowels and none of these.
   */
  static boolean misreadName(String name) {
    for (String w : Normal.strip(name).toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
      if (!w.isEmpty() && MISREAD_NAME.matcher(w).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code text} holds next to no letter only Vietnamese has: fewer than a tenth of its words hold one, as
   * Tesseract without its Vietnamese data writes a report ("khéng", "hé so"), and as no typed report is written (about
   * half of a typed report's words hold one).
   */
  static boolean latin(String text) {
    java.util.regex.Matcher m = LETTERS.matcher(text);
    int words = 0;
    int marked = 0;
    while (m.find()) {
      words++;
      marked += VIETNAMESE_LETTER.matcher(m.group()).find() ? 1 : 0;
    }
    return words > 0 && marked * 10 < words;
  }

  /** Every form {@code word} takes when each of its vowels is read as any of its glyphs. */
  static List<String> forms(String word) {
    List<String> out = new ArrayList<>();
    out.add("");
    for (char c : word.toCharArray()) {
      List<String> reads = READS.getOrDefault(c, List.of(String.valueOf(c)));
      List<String> next = new ArrayList<>(out.size() * reads.size());
      for (String prefix : out) {
        for (String r : reads) {
          next.add(prefix + r);
        }
      }
      out = next;
      if (out.size() > MAX_FORMS) {
        return out;
      }
    }
    return out;
  }
}
