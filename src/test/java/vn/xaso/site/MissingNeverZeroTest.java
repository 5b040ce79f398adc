package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.testing.TinyProject;

/**
 * Issue #27, item 4: on every kind of page that draws charts (home, province, indicator, commune,
 * report) and in both languages, a figure a report does not give is a gap told in words, never a
 * bar of 0. The data hold no real 0, so any 0 in a chart would be a missing figure drawn as zero.
 * The same site's dictionary page shows the rules declared for each field.
 */
class MissingNeverZeroTest {
  // Built before each test, not once before all: PIT counts what a @BeforeAll runs as the class's,
  // not the test's, so no assertion here would see a mutant in the charts it builds (#27).
  @TempDir
  Path dir;
  private BuiltSite site;

  @BeforeEach
  void build() throws IOException {
    TinyProject p = TinyProject.withCommune(dir.resolve("p"))
        .file("data/hai-phong/chi-minh/commune.yaml", TinyProject.COMMUNE.replace("hung-thang", "chi-minh")
            .replace("Hùng Thắng", "Chí Minh"))
        .file("data/hai-phong/hung-thang/2025-12.yaml", TinyProject.DECEMBER_SIGNED + """
            procedures: {total: 300, full_online: 150, partial_online: 100, not_online: 50}
            dossiers: {received: 200, resolved: 180, on_time: 170, overdue: 10, received_online: 120}
            infrastructure: {government: {hardware: {computers: 40, adequate: 30, inadequate: 10, anti_malware: 20}}}
            """)
        .file("data/hai-phong/chi-minh/2025-11.yaml", report("2025-11-01", "2025-11-30", "3/BC-UBND")
            + "procedures: {total: 100, full_online: 30}\ndossiers: {received: 50}\n")
        .file("data/hai-phong/chi-minh/2025-12.yaml", report("2025-12-01", "2025-12-31", "4/BC-UBND")
            + "procedures: {total: 100, partial_online: 40}\ndossiers: {received: 50}\n");
    BuiltSite.copyTheme(p.root());
    site = BuiltSite.build(p.root(), dir.resolve("out"));
  }

  private static String report(String start, String end, String number) {
    return TinyProject.DECEMBER_SIGNED.replace("hung-thang", "chi-minh").replace("Hùng Thắng", "Chí Minh")
        .replace("2025-12-01", start).replace("end: 2025-12-31", "end: " + end).replace("1/BC-UBND", number)
        .replace("date: 2025-12-31", "date: 2026-01-05");
  }

  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource({
      "home, index.html, không báo cáo, Không báo cáo (không phải 0)",
      "home, en/index.html, not reported, Not reported (not 0)",
      "province, hai-phong/index.html, không báo cáo, Không báo cáo (không phải 0)",
      "province, en/hai-phong/index.html, not reported, Not reported (not 0)",
      "indicator, indicators/on_time_rate/index.html, không báo cáo, Không báo cáo (không phải 0)",
      "indicator, en/indicators/full_online_share/index.html, not reported, Not reported (not 0)",
      "commune, hai-phong/chi-minh/index.html, không báo cáo, Không báo cáo (không phải 0)",
      "commune, en/hai-phong/chi-minh/index.html, not reported, Not reported (not 0)",
      "report, hai-phong/chi-minh/2025-12/index.html, không báo cáo, Không báo cáo (không phải 0)",
      "report, en/hai-phong/chi-minh/2025-12/index.html, not reported, Not reported (not 0)",
  })
  void aMissingFigureIsAToldGapNeverAZero(String kind, String page, String gapWord, String toldAs) throws IOException {
    Document doc = site.page(page);
    List<Element> charts = doc.select("figure.chart");
    assertFalse(charts.isEmpty(), page + " draws charts");
    int gaps = 0;
    int comparisonGaps = 0;
    for (Element fig : charts) {
      JsonNode spec = DrawnChart.of(fig);
      int nulls = 0;
      for (JsonNode dataset : spec.path("datasets")) {
        for (JsonNode v : dataset.path("data")) {
          assertFalse(v.isNumber() && v.asDouble() == 0, page + " " + fig.id() + " draws a 0: " + dataset);
          nulls += v.isNull() ? 1 : 0;
        }
      }
      if (nulls > 0) {
        assertEquals(gapWord, spec.path("missing").asText(), "the script writes this word in each gap");
        Element told = fig.selectFirst(".chart-missing");
        assertNotNull(told, page + " " + fig.id() + " says which figures are missing");
        assertTrue(told.text().startsWith(toldAs), told.text());
      }
      gaps += nulls;
      comparisonGaps += spec.path("type").asText().equals("line") ? 0 : nulls;
    }
    // A comparison chart draws only comparable figures (derive.Comparisons): a commune without
    // the figure is named under the chart with why, never drawn, not even as a gap. A trend's
    // line may have a told gap: a month where no commune gives that share's kind of figure.
    if (List.of("home", "province", "indicator").contains(kind)) {
      assertEquals(0, comparisonGaps, kind + ": a sorted comparison holds no gap");
    } else {
      assertTrue(gaps > 0, kind + ": the page has a missing figure to show, so the test can fail");
    }
  }

  @org.junit.jupiter.api.Test
  void theDictionaryPageListsTheDeclaredRulesOfEachField() throws IOException {
    for (String[] c : List.of(new String[] {"data-dictionary/index.html", "Quy tắc kiểm tra", "phần của tổng"},
        new String[] {"en/data-dictionary/index.html", "Rules checked", "part of a whole"})) {
      Document doc = site.page(c[0]);
      Element early = doc.select("tr").stream().filter(tr -> tr.text().startsWith("dossiers.early ")).findFirst()
          .orElseThrow();
      Element rules = early.selectFirst("td[data-label=\"" + c[1] + "\"]");
      assertNotNull(rules, c[0]);
      assertTrue(rules.text().startsWith("early ≤ on_time (" + c[2]), rules.text());
    }
  }
}
