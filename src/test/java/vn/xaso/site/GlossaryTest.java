package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each abbreviation spelled out at its first use in a page's main content, as a whole word only,
 * never in code, a script, the title, or an abbreviation already (which is no first use); and nothing outside
 * {@code <main>} touched. Exact pages in, exact pages out.
 */
class GlossaryTest {
  private static final Map<String, String> T = new HashMap<>();

  static {
    Glossary.ABBREVIATIONS.forEach(a -> T.put("abbr." + a.key(), "[" + a.key() + "]"));
  }

  private static String mark(String html) {
    return Glossary.mark(html, T);
  }

  @Test
  void onlyTheFirstUseInsideMainIsSpelledOut() {
    assertEquals("<p>TTHC</p><main><p><abbr title=\"[tthc]\">TTHC</abbr> và TTHC, "
            + "<abbr title=\"[ubnd]\">UBND</abbr></p><p>UBND</p></main><footer>TTHC</footer>",
        mark("<p>TTHC</p><main><p>TTHC và TTHC, UBND</p><p>UBND</p></main><footer>TTHC</footer>"));
  }

  @Test
  void wholeWordsOnlyTheLongerFirst() {
    assertEquals("<main>XTTHC TTHCs 5TTHC (<abbr title=\"[tthc]\">TTHC</abbr>) "
            + "<abbr title=\"[ubmttq]\">UBMTTQ</abbr> <abbr title=\"[mttq]\">MTTQ</abbr> "
            + "<abbr title=\"[hdnd]\">HĐND</abbr></main>",
        mark("<main>XTTHC TTHCs 5TTHC (TTHC) UBMTTQ MTTQ HĐND</main>"));
  }

  /**
   * Text is passed over when it holds no abbreviation not yet spelled out: one already spelled
   * out inside a longer one not yet met (MTTQ in UBMTTQ) must not make the longer one be passed
   * over, nor the reverse; a later node whose only abbreviation is already spelled out is copied.
   */
  @Test
  void aLongerOrShorterAbbreviationInALaterTextIsStillSpelledOut() {
    assertEquals("<main><p><abbr title=\"[mttq]\">MTTQ</abbr></p><p><abbr title=\"[ubmttq]\">UBMTTQ</abbr></p>"
            + "<p>MTTQ, UBMTTQ</p></main>",
        mark("<main><p>MTTQ</p><p>UBMTTQ</p><p>MTTQ, UBMTTQ</p></main>"));
    assertEquals("<main><p><abbr title=\"[ubmttq]\">UBMTTQ</abbr></p><p>XMTTQ <abbr title=\"[mttq]\">MTTQ</abbr></p></main>",
        mark("<main><p>UBMTTQ</p><p>XMTTQ MTTQ</p></main>"));
  }

  @Test
  void codeScriptsAndAbbreviationsAlreadyAreLeftAloneAndCountNoFirstUse() {
    assertEquals("<main><code>TTHC</code><pre><b>CNTT</b></pre><abbr title=\"x\">DVC</abbr>"
            + "<br/><script>UBND</script><p><abbr title=\"[tthc]\">TTHC</abbr> <abbr title=\"[cntt]\">CNTT</abbr> "
            + "<abbr title=\"[ubnd]\">UBND</abbr> <abbr title=\"[dvc]\">DVC</abbr></p></main>",
        mark("<main><code>TTHC</code><pre><b>CNTT</b></pre><abbr title=\"x\">DVC</abbr>"
            + "<br/><script>UBND</script><p>TTHC CNTT UBND DVC</p></main>"));
    // A self-closing tag of a skipped kind opens nothing; a stray closing tag never makes the depth negative.
    assertEquals("<main><code/></code></code><p><abbr title=\"[csdl]\">CSDL</abbr></p></main>",
        mark("<main><code/></code></code><p>CSDL</p></main>"));
    // Tag names are read whole and in any case: <CODE> is code, <codex> is not.
    assertEquals("<main><CODE>BCĐ</CODE><codex><abbr title=\"[bcd]\">BCĐ</abbr></codex></main>",
        mark("<main><CODE>BCĐ</CODE><codex>BCĐ</codex></main>"));
  }

  @Test
  void aPageWithoutMainOrWithItsEndFirstIsUnchanged() {
    assertEquals("<p>TTHC</p>", mark("<p>TTHC</p>"));
    assertEquals("</main><main>TTHC", mark("</main><main>TTHC"));
    assertEquals("<main></main>", mark("<main></main>"));
  }

  @Test
  void onceEveryAbbreviationIsSpelledOutTheRestIsCopied() {
    StringBuilder all = new StringBuilder("<main>");
    Glossary.ABBREVIATIONS.forEach(a -> all.append(a.text()).append(' '));
    String once = mark(all + "<p>TTHC $1 \\</p></main>");
    assertEquals(Glossary.ABBREVIATIONS.size(), once.split("<abbr ", -1).length - 1);
    assertEquals(true, once.endsWith("<p>TTHC $1 \\</p></main>"), once);
  }
}
