package vn.xaso.site;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The abbreviations and terms the reports use, spelled out once here: the glossary page lists
 * them, and {@link #mark} wraps each abbreviation's first use in a page's main content in an
 * {@code <abbr title>}. Their words are in the messages files ({@code abbr.<key>},
 * {@code glossary.term.<key>}, {@code glossary.def.<key>}).
 */
final class Glossary {
  /** An abbreviation as reports write it, and the key of its words. */
  record Abbr(String text, String key) {}

  /** Longer first where one contains another (UBMTTQ before MTTQ), so each is matched whole. */
  static final List<Abbr> ABBREVIATIONS = List.of(new Abbr("TTHC", "tthc"), new Abbr("DVCTT", "dvctt"),
      new Abbr("DVC", "dvc"), new Abbr("CNTT", "cntt"), new Abbr("UBND", "ubnd"), new Abbr("HĐND", "hdnd"),
      new Abbr("UBMTTQ", "ubmttq"), new Abbr("MTTQ", "mttq"), new Abbr("BCĐ", "bcd"), new Abbr("CSDL", "csdl"));

  /** The terms explained after the abbreviations, in the order a reader meets them. */
  static final List<String> TERMS = List.of("full_online", "partial_online", "dossier", "digitised", "community_team",
      "stock", "flow", "computed", "stated", "comparable");

  /** Tags whose text is never marked: code, scripts, an abbreviation already, the document's title. */
  private static final Set<String> SKIP = Set.of("script", "style", "code", "abbr", "textarea", "title", "pre");

  private static final Pattern WORDS;

  static {
    List<String> alternatives = new ArrayList<>();
    ABBREVIATIONS.forEach(a -> alternatives.add(Pattern.quote(a.text())));
    // Whole words only: TTHC in "TTHC" and "(TTHC)", never inside another word.
    WORDS = Pattern.compile("(?<![\\p{L}\\p{N}])(" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])");
  }

  private Glossary() {}

  /**
   * The page with each abbreviation's first use inside {@code <main>} spelled out, outside tags
   * and outside the elements of {@link #SKIP}. Text from the data is already escaped, so a
   * {@code <} in the page always opens a tag.
   */
  static String mark(String html, Map<String, String> t) {
    int start = html.indexOf("<main");
    int end = html.lastIndexOf("</main>");
    if (start < 0 || end < start) {
      return html;
    }
    StringBuilder out = new StringBuilder(html.length() + 512);
    out.append(html, 0, start);
    Set<String> seen = new HashSet<>();
    int skipDepth = 0;
    int i = start;
    while (i < end) {
      int lt = html.indexOf('<', i);
      int textEnd = lt < 0 || lt > end ? end : lt;
      String text = html.substring(i, textEnd);
      out.append(skipDepth > 0 || seen.size() == ABBREVIATIONS.size() ? text : text(text, seen, t));
      if (textEnd == end) {
        break;
      }
      int gt = html.indexOf('>', lt);
      String tag = html.substring(lt, gt + 1);
      out.append(tag);
      String name = tagName(tag);
      if (SKIP.contains(name)) {
        skipDepth += tag.startsWith("</") ? -1 : tag.endsWith("/>") ? 0 : 1;
        skipDepth = Math.max(0, skipDepth);
      }
      i = gt + 1;
    }
    out.append(html, end, html.length());
    return out.toString();
  }

  /** Whether {@code text} holds an abbreviation not in {@code seen}: only such text can change. */
  private static boolean mayMark(String text, Set<String> seen) {
    for (Abbr a : ABBREVIATIONS) {
      if (!seen.contains(a.text()) && text.contains(a.text())) {
        return true;
      }
    }
    return false;
  }

  private static String tagName(String tag) {
    int from = tag.startsWith("</") ? 2 : 1;
    int to = from;
    while (to < tag.length() && Character.isLetterOrDigit(tag.charAt(to))) {
      to++;
    }
    return tag.substring(from, to).toLowerCase(Locale.ROOT);
  }

  private static String text(String text, Set<String> seen, Map<String, String> t) {
    // Most of a page's text (names, figures) holds no abbreviation, and the pattern's look-behind
    // is tried at every character: a ranking's thousands of cells cost a tenth of a rebuild (#26).
    // Text without any abbreviation not yet seen comes out of the pattern as it went in.
    if (!mayMark(text, seen)) {
      return text;
    }
    Matcher m = WORDS.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String word = m.group(1);
      if (seen.add(word)) {
        String key = ABBREVIATIONS.stream().filter(a -> a.text().equals(word)).findFirst().orElseThrow().key();
        m.appendReplacement(out, Matcher.quoteReplacement("<abbr title=\"" + t.get("abbr." + key) + "\">" + word + "</abbr>"));
      } else {
        m.appendReplacement(out, Matcher.quoteReplacement(word));
      }
    }
    m.appendTail(out);
    return out.toString();
  }
}
