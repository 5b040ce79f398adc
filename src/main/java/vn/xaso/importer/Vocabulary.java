package vn.xaso.importer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report's field vocabulary, matched on folded text (lower case, no marks, đ as d). OCR text
 * is mended towards it first: a word that is not a word of the vocabulary, within one edit (two
 * for words of seven letters or more) of exactly one that is, and forming with its neighbour a
 * pair of words the vocabulary uses, is read as that word ("tiép nhan" → "tiep nhan", "hé so" →
 * "ho so"). Nothing here lists the errors of one copy: the known phrases are the outline's words.
 */
final class Vocabulary {
  /** The outline's phrases, as reports write them (folded). */
  private static final List<String> PHRASES = List.of(
      "ho so tiep nhan", "tiep nhan ho so", "da giai quyet", "giai quyet xong", "dang giai quyet", "dang xu ly",
      "dung han", "truoc han", "qua han", "chua den han", "cham tiep nhan", "xin rut", "rut ho so", "tu choi", "ky truoc chuyen sang", "tuan truoc", "thang truoc", "quy truoc", "tuan nay", "thang nay", "cung ky", "so voi",
      "phai giai quyet", "can giai quyet", "so hoa ho so", "truc tuyen toan trinh", "truc tuyen mot phan",
      "dich vu cong truc tuyen", "nop truc tiep", "tiep nhan truc tuyen", "tiep nhan truc tiep", "thu tuc hanh chinh",
      "phat sinh ho so", "linh vuc", "cong don", "niem yet cong khai", "ty le", "tong so", "tong cong", "trong do", "ky bao cao",
      "tu ngay", "den ngay", "den het thang", "luy ke", "trong ky", "trong tuan", "trong thang", "tinh den",
      // "9 tháng năm 2025": without the pair, "năm" after "tháng" was read "này" ("tháng này"), and the span was lost.
      "thang nam",
      "may tinh", "may vi tinh", "may in", "may scan", "may quet", "duong truyen", "dap ung yeu cau", "dat yeu cau", "chua dap ung",
      "ma doc", "phan mem phong chong ma doc", "mang dien rong cua dang", "may tinh mat", "ket noi mang",
      "toc do cao", "lien thong", "phu song", "lom song", "lom dien", "khu vuc lom song", "vung lom song", "khu pho", "van ban", "tai lieu", "so hoa van ban",
      "khoi dang", "chinh quyen", "hoi dong nhan dan", "mat tran to quoc", "uy ban nhan dan", "dang uy",
      "can bo cong chuc vien chuc", "bien che", "co mat", "trinh do chuyen mon", "hop dong lao dong", "thac si", "dai hoc", "cao dang",
      "trung cap", "cao cap", "ly luan chinh tri", "tap huan", "dao tao", "boi duong", "ky nang so",
      "khoa hoc", "lop hoc", "hoc tap", "binh dan hoc vu so", "khong dap ung", "cau hinh thap", "hien co",
      "to cong nghe so cong dong", "thon", "to dan pho", "trung tam phuc vu hanh chinh cong", "bo phan mot cua",
      "phu trach cong nghe thong tin", "chuyen doi so", "chuyen trach", "kiem nhiem", "an toan thong tin",
      "trieu dong", "ty dong", "nhu cau kinh phi", "bo tri kinh phi", "giai ngan", "phan bo",
      "ve phap ly", "ha tang cong nghe", "nguon nhan luc", "ket qua thuc hien", "nhan xet danh gia", "kien nghi",
      "de xuat", "ke hoach", "quyet dinh", "nghi quyet", "ket luan", "cong van", "so", "nguoi", "dong chi",
      "cai", "chiec", "cuoc", "lop", "nam", "thang", "tuan", "ngay", "xa",
      // "tỉnh hỗ trợ thêm 08 máy tính": without the pair, "ho" before "tro" was read "bo" ("bố trí"), and equipment
      // received was taken for a stock.
      "ho tro",
      // "PHẦN IV - NHIỆM VỤ THỜI GIAN TỚI", "hồ sơ hộ tịch", "Trang thiết bị": typed words the mending read as others
      // ("nhiệm tu", "hồ sơ hóa tịch", "thiết vi") for want of the pair; the tasks ahead, the domains dossiers are
      // counted by and the equipment are the outline's words.
      "nhiem vu", "phuong huong", "ho tich", "chung thuc", "dat dai", "trang thiet bi");
  /**
   * Pairs whose "é", read without the Vietnamese data, is ê and not the ô {@link #acuteReading} reads back: "hệ thống",
   * "liên hệ", "tiếp nhận trễ", "trễ hạn" ("hé théng" is no "hồ thống"). Not mending targets: only kept as written.
   */
  private static final Set<String> WRITTEN_E = Set.of("he thong", "lien he", "nhan tre", "tre han");
  private static final Set<String> WORDS = new HashSet<>();
  private static final Set<String> PAIRS = new HashSet<>();
  /** Each pair's words run together, to the pair ("hoso" to "ho so"); a run two pairs share is left out. */
  private static final Map<String, String> JOINED = new HashMap<>();
  /** Each vocabulary word under every form it takes with up to two letters deleted. */
  private static final Map<String, Set<String>> DELETES = new HashMap<>();
  private static final Pattern WORD = Pattern.compile("[a-z]+");
  /** Common words OCR may leave near a vocabulary word; they are read as written, never mended. */
  private static final Set<String> COMMON = Set.of("cac", "cua", "va", "voi", "cho", "cung", "nhung", "mot", "hai", "ba",
      "duoc", "trong", "tren", "duoi", "nay", "do", "la", "co", "khong", "da", "se", "dang", "theo", "tai", "ve", "de",
      "den", "tu", "chua", "con", "moi", "cu", "thong", "dan", "can", "ban", "tinh", "hanh", "chinh",
      // Words of approximation: "tiếp nhận hơn 3.000 hồ sơ" must keep its "hơn", not read "hồ".
      "hon", "khoang", "gan", "ngot", "chung");
  private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();
  /** Words of the units a count is written with; after a number, a misread one is read as its unit. */
  private static final Set<String> UNITS = Set.of("nguoi", "cai", "chiec", "may", "thon", "cuoc", "lop", "dong", "chi",
      "ho", "thu", "tuc", "can", "bo", "cong", "chuc", "vien", "trieu", "luot", "buoi", "ap", "ban", "buon", "xom", "khom");

  static {
    for (String phrase : PHRASES) {
      String[] w = phrase.split(" ");
      for (int i = 0; i < w.length; i++) {
        WORDS.add(w[i]);
        if (i > 0) {
          PAIRS.add(w[i - 1] + " " + w[i]);
        }
      }
    }
    Set<String> shared = new HashSet<>();
    for (String pair : PAIRS) {
      if (JOINED.put(pair.replace(" ", ""), pair) != null) {
        shared.add(pair.replace(" ", ""));
      }
    }
    JOINED.keySet().removeAll(shared);
    WORDS.addAll(UNITS);
    WORDS.addAll(List.of("hs", "tthc", "cntt", "dvctt", "ubnd", "hdnd", "mttq"));
    for (String w : WORDS) {
      for (String d : deletes(w, w.length() >= 7 ? 2 : 1)) {
        DELETES.computeIfAbsent(d, k -> new HashSet<>()).add(w);
      }
    }
    Set<String> known = new HashSet<>(WORDS);
    known.addAll(COMMON);
    VOWELS = new OcrVowels(known);
  }

  /** The vocabulary's and the common words under the forms OCR without Vietnamese data gives their vowels. */
  private static final OcrVowels VOWELS;

  private Vocabulary() {}

  /**
   * A word OCR glued from two of the vocabulary's ("mayin", "dapung": the space between lost), parted back into the
   * pair it is ("may in", "dap ung"), within one edit for six letters or more; the word as it is when it is a word of
   * the vocabulary, or no single pair is that close.
   */
  static String unglued(String word) {
    if (WORDS.contains(word) || word.length() < 4) {
      return word;
    }
    String found = null;
    for (String pair : PAIRS) {
      String joined = pair.replace(" ", "");
      if (distance(word, joined, 1) <= (joined.length() >= 6 ? 1 : 0)) {
        if (found != null && !found.equals(pair)) {
          return word;
        }
        found = pair;
      }
    }
    return found == null ? word : found;
  }

  /**
   * Where a word OCR glued from a pair of the vocabulary's ({@link #unglued}) parts: the index in {@code word} (folded)
   * the second word starts at, chosen as the cut whose halves are fewest edits from the pair's words ("chuyensang" at
   * 6, "tructiep" at 4); -1 when the word is no such pair.
   */
  static int partAt(String word) {
    // A word that is a pair run together exactly is that pair, though another pair lies one edit away ("thangnay").
    String exact = JOINED.get(word);
    String pair = exact != null && !WORDS.contains(word) ? exact : unglued(word);
    int space = pair.indexOf(' ');
    if (space < 0) {
      return -1;
    }
    String first = pair.substring(0, space);
    String second = pair.substring(space + 1);
    int at = -1;
    int least = 2;
    for (int k = 1; k < word.length(); k++) {
      int d = distance(word.substring(0, k), first, 1) + distance(word.substring(k), second, 1);
      if (d < least) {
        least = d;
        at = k;
      }
    }
    return at;
  }

  /** Whether {@code word} (folded) is a word of the vocabulary or a common word ("dang", "uy", "cua"). */
  static boolean known(String word) {
    return WORDS.contains(word) || COMMON.contains(word);
  }

  /** Whether {@code word} (folded) is one pair of the vocabulary run together exactly ("hoso"). */
  static boolean runTogether(String word) {
    return JOINED.containsKey(word) && !WORDS.contains(word);
  }

  /** Whether {@code regex} matches whole words of the folded {@code text}. Patterns are compiled once. */
  static boolean has(String text, String regex) {
    return CACHE.computeIfAbsent(regex, r -> Pattern.compile("\\b(?:" + r + ")\\b")).matcher(text).find();
  }

  /**
   * The folded text with words OCR misread put back to the vocabulary's, where the neighbour
   * confirms it. Words of the vocabulary, numbers and words with no single close match stay as they are.
   */
  static String mend(String folded) {
    return mend(folded, null);
  }

  /**
   * As {@link #mend(String)}, reading {@code original} (the same text before folding, of the same
   * length) for the vowels Tesseract without Vietnamese data writes the same way: its "é" stands for
   * ê but also for ó, ô and ơ ("trong dé" is "trong đó", "sé" is "số"), and its "ir" for ư ("tir
   * ngày" is "từ ngày"). Such a word is read the other way when that reading, and not the written
   * one, forms a vocabulary pair with a neighbour; the quote keeps the characters as written.
   */
  /** Number words written with their tones, as OCR without Vietnamese data never writes them. */
  private static final Set<String> NUMBER_WORDS = Set.of("bốn", "sáu", "bảy", "tám", "chín", "mười", "mươi", "trăm");

  static String mend(String folded, String original) {
    return mend(folded, original, false);
  }

  /**
   * As {@link #mend(String, String)}, in a text {@code latin} ({@link OcrVowels#latin}: read by Tesseract without its
   * Vietnamese data) reading two of that data's confusions as a class, without a neighbour's pair: a word written with
   * "é" that is no word of the vocabulary, read with its "é" as o, is one ("khéng" is "không", "Téng" "Tổng", "thén"
   * "thôn": the English model writes ô, ơ and ó as é); and a word whose rime no Vietnamese word is written with
   * ("ding", "phic", "khei") is the one word of the vocabulary its vowels may stand for.
   */
  static String mend(String folded, String original, boolean latin) {
    Matcher m = WORD.matcher(folded);
    List<int[]> spans = new java.util.ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    String[] words = new String[spans.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = folded.substring(spans.get(i)[0], spans.get(i)[1]);
    }
    String[] mended = words.clone();
    for (int i = 0; i < words.length; i++) {
      boolean afterNumber = afterNumber(folded, spans.get(i)[0]);
      String prev = i > 0 ? words[i - 1] : null;
      String next = i + 1 < words.length ? words[i + 1] : null;
      String written = original == null || original.length() != folded.length() ? null
          : original.substring(spans.get(i)[0], spans.get(i)[1]);
      String acute = latin && written != null && !pairs(words, i) && !writtenE(words[i], prev, next)
          ? acuteReading(words[i], written) : null;
      if (acute != null) {
        mended[i] = acute;
        continue;
      }
      String confused = written == null ? null : confusedReading(words[i], written, prev, next);
      if (confused != null && !pairs(words, i)) {
        mended[i] = confused;
        continue;
      }
      if (original != null && original.length() == folded.length() && NUMBER_WORDS.contains(
          original.substring(spans.get(i)[0], spans.get(i)[1]).toLowerCase(java.util.Locale.ROOT))) {
        // "chín công chức": a number word spelt with its own tone is what was written, no misread "chính".
        continue;
      }
      boolean common = COMMON.contains(words[i]);
      if (WORDS.contains(words[i]) && (pairs(words, i) || words[i].length() > 3 || afterNumber)
          || words[i].length() < 2) {
        continue;
      }
      boolean close = false;
      for (String c : candidates(words[i])) {
        // A common word ("sẽ") is read as written unless both neighbours confirm the vocabulary's
        // word ("công nghệ sé cộng đồng" is "số"); any other word needs one.
        if (common ? pairedBefore(c, prev) && pairedAfter(c, next)
            : afterNumber && UNITS.contains(c) || pairedBefore(c, prev) || pairedAfter(c, next)) {
          mended[i] = c;
          close = true;
          break;
        }
      }
      // Failing a close word, the word OCR's vowels stood for: "chitc" is two edits from "chuc", but one glyph misread.
      String vowels = close || common || WORDS.contains(words[i]) ? null
          : vowelReading(words[i], capitals(original, folded, spans.get(i)), prev, next,
              latin && written != null && acute(written).isEmpty());
      mended[i] = vowels != null ? vowels : mended[i];
    }
    StringBuilder out = new StringBuilder(folded.length());
    int at = 0;
    for (int i = 0; i < words.length; i++) {
      out.append(folded, at, spans.get(i)[0]).append(mended[i]);
      at = spans.get(i)[1];
    }
    return out.append(folded, at, folded.length()).toString();
  }

  /**
   * The word OCR's vowels stood for ("chitc" is "chuc", "ngudi" is "nguoi"): the one whose reading pairs with a
   * neighbour, or, for a word not in capitals that no Vietnamese syllable is spelt like, the only one it can be;
   * null otherwise.
   */
  private static String vowelReading(String word, boolean capitals, String prev, String next, boolean unwritten) {
    Set<String> read = VOWELS.words(word);
    for (String r : read) {
      if (pairedBefore(r, prev) || pairedAfter(r, next)) {
        return r;
      }
    }
    // A word written in capitals unlike a syllable is an abbreviation ("VT", "TT"), not a misread word.
    return read.size() == 1 && !capitals && (!OcrVowels.syllable(word) || unwritten && OcrVowels.unwritten(word))
        ? read.iterator().next() : null;
  }

  /** Whether the word at {@code span} is written in capitals; when the original is not at hand, whether it is short. */
  private static boolean capitals(String original, String folded, int[] span) {
    if (original == null || original.length() != folded.length()) {
      return span[1] - span[0] < 3;
    }
    String w = original.substring(span[0], span[1]);
    return w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT));
  }

  /**
   * The one word of the vocabulary or the common words {@code word} is with some of its "é" read as o, when {@code word}
   * itself is none; null otherwise ("teng" of "Téng" is "tong"; "hé" is "ho" or "he", both words: left to the pairs).
   */
  private static String acuteReading(String word, String written) {
    if (WORDS.contains(word) || COMMON.contains(word)) {
      return null;
    }
    List<Integer> acute = acute(written);
    if (acute.isEmpty() || acute.size() > 3) {
      return null;
    }
    String found = null;
    for (int mask = 1; mask < 1 << acute.size(); mask++) {
      char[] w = word.toCharArray();
      for (int b = 0; b < acute.size(); b++) {
        if ((mask & 1 << b) != 0) {
          w[acute.get(b)] = 'o';
        }
      }
      String r = new String(w);
      if (WORDS.contains(r) || COMMON.contains(r)) {
        if (found != null) {
          return null;
        }
        found = r;
      }
    }
    return found;
  }

  /** Whether {@code word} forms with a neighbour, as read or read back, a pair of {@link #WRITTEN_E}. */
  private static boolean writtenE(String word, String prev, String next) {
    if (prev != null) {
      Set<String> p = new java.util.HashSet<>(near(prev));
      p.add(prev);
      for (String w : p) {
        if (WRITTEN_E.contains(w + " " + word)) {
          return true;
        }
      }
    }
    if (next != null) {
      Set<String> n = new java.util.HashSet<>(near(next));
      n.add(next);
      for (String w : n) {
        if (WRITTEN_E.contains(word + " " + w)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Where {@code written} holds an "é" or "è", the English model's ô, ơ and ó (and ê). */
  private static List<Integer> acute(String written) {
    List<Integer> at = new java.util.ArrayList<>();
    for (int k = 0; k < written.length(); k++) {
      char c = Character.toLowerCase(written.charAt(k));
      if (c == 'é' || c == 'è') {
        at.add(k);
      }
    }
    return at;
  }

  /** Tesseract's "ir" where Vietnamese has ư. */
  private static final Pattern IR = Pattern.compile("ir");

  /**
   * The reading of {@code word} with its systematic OCR confusions undone ("é" as o, any of up to
   * three in the word; "ir" as u) that is a word of the vocabulary and pairs with a neighbour, or
   * null when none does.
   */
  private static String confusedReading(String word, String written, String prev, String next) {
    List<Integer> acute = new java.util.ArrayList<>();
    for (int k = 0; k < written.length(); k++) {
      char c = Character.toLowerCase(written.charAt(k));
      if (c == 'é' || c == 'è') {
        acute.add(k);
      }
    }
    Set<String> readings = new java.util.TreeSet<>();
    if (!acute.isEmpty() && acute.size() <= 3) {
      for (int mask = 1; mask < 1 << acute.size(); mask++) {
        char[] w = word.toCharArray();
        for (int b = 0; b < acute.size(); b++) {
          if ((mask & 1 << b) != 0) {
            w[acute.get(b)] = 'o';
          }
        }
        readings.add(new String(w));
      }
    }
    if (word.contains("ir")) {
      readings.add(IR.matcher(word).replaceAll("u"));
    }
    for (String r : readings) {
      if ((WORDS.contains(r) || COMMON.contains(r)) && (pairedBefore(r, prev) || pairedAfter(r, next))) {
        return r;
      }
    }
    return null;
  }

  /** Whether a number stands just before {@code at}: the word there is then its unit. */
  private static boolean afterNumber(String text, int at) {
    int k = at - 1;
    while (k >= 0 && text.charAt(k) == ' ') {
      k--;
    }
    return k >= 0 && k < at - 1 && Character.isDigit(text.charAt(k));
  }

  /** Whether word {@code i} already forms a vocabulary pair with a neighbour, as written or as read back. */
  private static boolean pairs(String[] words, int i) {
    return pairedBefore(words[i], i > 0 ? words[i - 1] : null)
        || pairedAfter(words[i], i + 1 < words.length ? words[i + 1] : null);
  }

  private static boolean pairedBefore(String c, String prev) {
    return prev != null && (PAIRS.contains(prev + " " + c) || near(prev).stream().anyMatch(p -> PAIRS.contains(p + " " + c)));
  }

  private static boolean pairedAfter(String c, String next) {
    return next != null && (PAIRS.contains(c + " " + next) || near(next).stream().anyMatch(n -> PAIRS.contains(c + " " + n)));
  }

  /**
   * The vocabulary word itself, or the words within the allowed edits of it (at most six: a word
   * close to many says nothing). The pair the neighbour forms then picks among them.
   */
  private static Set<String> near(String w) {
    if (WORDS.contains(w) || COMMON.contains(w)) {
      return Set.of(w);
    }
    Set<String> c = new java.util.TreeSet<>(candidates(w));
    c.addAll(VOWELS.words(w));
    return c.size() <= 6 ? c : Set.of();
  }

  /** Vocabulary words within one edit of {@code w} (two for seven letters or more). */
  static Set<String> candidates(String w) {
    if (w.length() < 2 || w.length() > 20) {
      return Set.of();
    }
    int max = w.length() >= 7 ? 2 : 1;
    Set<String> out = new java.util.TreeSet<>();
    for (String d : deletes(w, max)) {
      for (String c : DELETES.getOrDefault(d, Set.of())) {
        if (!c.equals(w) && distance(w, c, max) <= max) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private static Set<String> deletes(String w, int depth) {
    Set<String> out = new HashSet<>();
    out.add(w);
    Set<String> level = Set.of(w);
    for (int d = 0; d < depth; d++) {
      Set<String> next = new HashSet<>();
      for (String s : level) {
        for (int i = 0; i < s.length() && s.length() > 1; i++) {
          next.add(s.substring(0, i) + s.substring(i + 1));
        }
      }
      out.addAll(next);
      level = next;
    }
    return out;
  }

  /** Levenshtein distance, giving up (max + 1) once it exceeds {@code max}. */
  static int distance(String a, String b, int max) {
    if (Math.abs(a.length() - b.length()) > max) {
      return max + 1;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int best = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        best = Math.min(best, cur[j]);
      }
      if (best > max) {
        return max + 1;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
