package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.derive.Indicator;
import vn.xaso.testing.TinyProject;

/**
 * A report page as a reader meets it: the procedures and equipment charts drawn exactly when the
 * report gives their figures, a missing figure never drawn as zero, each warning and note said
 * in the part it is about (and nowhere else), the parts in the order a citizen asks about them,
 * and the way to the original document. Written for the mutants of {@code ReportKind} that the
 * whole-site tests let live (#27).
 */
class ReportPageTest {
  // Built before each test, not once before all: PIT counts what a @BeforeAll runs as the class's,
  // not the test's, so no assertion of the test would see a mutant in the pages it builds.
  @TempDir
  Path dir;
  private BuiltSite site;

  private static String month(String month, String last) {
    return """
        commune: hung-thang
        period: {start: 2025-%1$s-01, end: 2025-%1$s-%2$s}
        source:
          issuer: {vi: UBND xã Hùng Thắng}
          issuer_block: government
          number: %1$s/BC-UBND
          date: 2025-%1$s-%2$s
          title: {vi: Báo cáo tháng %1$s}
        """.formatted(month, last);
  }

  @BeforeEach
  void build() throws IOException {
    TinyProject p = TinyProject.withCommune(dir.resolve("p"))
        // Every figure of the procedures chart, blocks with and without computers, a warning and a note on dossiers.
        .file("data/hai-phong/hung-thang/2025-12.yaml", month("12", "31") + """
              url: https://example.org/bc-12.pdf
            procedures: {total: 300, full_online: 150, partial_online: 100, not_online: 50}
            dossiers: {received: 100, received_online: 50, online_pct: 90}
            infrastructure:
              government:
                hardware: {computers: 20, adequate: 18}
              party:
                hardware: {computers: 5}
              council:
                connectivity: {areas_without_signal: 0}
            quality_notes:
              - vi: Số hồ sơ trực tuyến lấy từ phụ lục.
                en: The online count is from the annex.
                part: dossiers
            """)
        // Only one part of the breakdown each month: the chart is drawn from that part alone.
        .file("data/hai-phong/hung-thang/2025-11.yaml", month("11", "30") + """
              file: bc-11.pdf
            procedures: {total: 200, partial_online: 80}
            infrastructure:
              government:
                connectivity: {areas_without_signal: 1}
            quality_notes:
              - vi: Bản ký không có phụ lục.
                en: The signed copy has no annex.
            """)
        .file("data/hai-phong/hung-thang/2025-10.yaml", month("10", "31") + """
            procedures: {total: 200, not_online: 30}
            """)
        .file("data/hai-phong/hung-thang/2025-09.yaml", month("09", "30") + """
            procedures: {total: 200, partial_or_not_online: 60}
            """)
        .file("data/hai-phong/hung-thang/2025-08.yaml", month("08", "31") + """
            procedures: {total: 200, full_online: 90}
            """)
        .file("data/hai-phong/hung-thang/2025-07.yaml", month("07", "31") + """
            procedures: {total: 200}
            """);
    BuiltSite.copyTheme(p.root());
    site = BuiltSite.build(p.root(), dir.resolve("out"));
  }

  private Document page(String month) throws IOException {
    return site.page("hai-phong/hung-thang/2025-" + month + "/index.html");
  }

  private static JsonNode spec(Element figure) {
    return DrawnChart.of(figure);
  }

  private static List<String> rowLabels(Element figure) {
    return figure.select("table.chart-table tbody th").eachText();
  }

  private static List<String> values(JsonNode spec, int series) {
    List<String> out = new ArrayList<>();
    spec.path("datasets").get(series).path("data").forEach(v -> out.add(v.isNull() ? "null" : v.asText()));
    return out;
  }

  @Test
  void theProceduresChartHasEachGivenPartAndAGapForEachOneLeftOut() throws IOException {
    Element fig = page("12").selectFirst("figure#chart-procedures");
    assertNotNull(fig, "every part given: a chart");
    assertEquals(List.of("TTHC cung cấp DVCTT toàn trình", "TTHC cung cấp DVCTT một phần",
        "TTHC chưa cung cấp DVCTT (chỉ trực tiếp)"),
        rowLabels(fig));
    assertEquals(List.of("150.0", "100.0", "50.0"), values(spec(fig), 0));

    Element partial = page("11").selectFirst("figure#chart-procedures");
    assertNotNull(partial, "only partly online given: still a chart");
    assertEquals(List.of("null", "80.0", "null"), values(spec(partial), 0));
    assertEquals(List.of("null", "null", "30.0"), values(spec(page("10").selectFirst("figure#chart-procedures")), 0));
    assertEquals(List.of("90.0", "null", "null"), values(spec(page("08").selectFirst("figure#chart-procedures")), 0));

    // "Partly online or in person" is a bar only where the report gives it.
    Element joined = page("09").selectFirst("figure#chart-procedures");
    assertNotNull(joined);
    assertEquals(4, rowLabels(joined).size(), rowLabels(joined).toString());
    assertEquals(List.of("null", "null", "null", "60.0"), values(spec(joined), 0));
  }

  /**
   * A report's figures are on its page once: the canvas names its type (and a percent axis) and
   * nothing else; the script draws from the table (#26: the JSON copy was ~2.3 KB of a 29 KB page).
   */
  @Test
  void aChartsFiguresAreWrittenOnceInItsTableAndTheCanvasOnlyNamesItsType() throws IOException {
    for (String lang : List.of("", "en/")) {
      Document doc = site.page(lang + "hai-phong/hung-thang/2025-12/index.html");
      List<Element> canvases = doc.select("figure.chart canvas");
      assertEquals(3, canvases.size(), lang);
      for (Element canvas : canvases) {
        String id = canvas.closest("figure").id();
        List<String> attrs = canvas.attributes().asList().stream().map(a -> a.getKey()).toList();
        boolean percent = id.equals("chart-indicators");
        assertEquals(percent ? List.of("role", "aria-label", "data-chart", "data-percent")
            : List.of("role", "aria-label", "data-chart"), attrs, lang + id);
        assertEquals("bar", canvas.attr("data-chart"), lang + id);
      }
      // The procedures' 150 appears once in the page's HTML: in its table cell, not again in a data copy.
      String html = site.text(lang + "hai-phong/hung-thang/2025-12/index.html");
      assertEquals(1, html.split("data-value=\"150\"", -1).length - 1, lang);
      assertFalse(html.contains("&quot;datasets"), lang);
    }
  }

  @Test
  void noProceduresChartWithoutItsBreakdown() throws IOException {
    assertNull(page("07").selectFirst("figure#chart-procedures"), "a total alone draws no chart");
    assertNotNull(page("07").selectFirst("figure#chart-indicators"), "the indicators chart is always drawn");
  }

  @Test
  void theEquipmentChartHasABarPerBlockWithComputersAndNoneWithout() throws IOException {
    Element fig = page("12").selectFirst("figure#chart-hardware");
    assertNotNull(fig);
    // The blocks in the schema's order (Party first), not the council with no computers.
    assertEquals(2, rowLabels(fig).size(), rowLabels(fig).toString());
    JsonNode spec = spec(fig);
    assertEquals(List.of("5.0", "20.0"), values(spec, 0));
    assertEquals(List.of("null", "18.0"), values(spec, 1), "the Party's adequate computers are not given: a gap");
    assertEquals(List.of("null", "null"), values(spec, 2), "anti-malware is given by neither block");
    assertNull(page("11").selectFirst("figure#chart-hardware"), "infrastructure without computers: no chart");
    assertNull(page("10").selectFirst("figure#chart-hardware"), "no infrastructure: no chart");
  }

  @Test
  void theIndicatorsChartNamesEachShareAndLinksItsRanking() throws IOException {
    Element fig = page("12").selectFirst("figure#chart-indicators");
    List<Indicator> shares = Indicator.shares();
    assertEquals(shares.stream().map(i -> i.label(vn.xaso.model.Lang.VI)).toList(), rowLabels(fig));
    List<String> links = fig.select("table.chart-table tbody th a").eachAttr("href");
    assertEquals(shares.size(), links.size());
    for (int k = 0; k < shares.size(); k++) {
      assertEquals(SiteLayout.ranking(shares.get(k)) + "index.html",
          BuiltSite.resolve("hai-phong/hung-thang/2025-12/index.html", links.get(k)));
    }
  }

  @Test
  void aWarningAndANoteAreSaidInTheirPartOnly() throws IOException {
    Document doc = page("12");
    Element dossiers = doc.selectFirst("section.part#dossiers");
    Element here = dossiers.selectFirst("aside.quality-here");
    assertNotNull(here, "the dossiers part says its doubts");
    assertEquals(2, here.select("li").size(), here.text());
    assertTrue(here.text().contains("Số hồ sơ trực tuyến lấy từ phụ lục."), here.text());
    assertTrue(here.text().contains("90"), "the rate warning: " + here.text());
    assertNull(doc.selectFirst("section.part#procedures aside.quality-here"), "no doubt about procedures");
    assertNull(doc.selectFirst("aside#quality"), "nothing left for the whole report");
    assertEquals(List.of(), doc.select("nav a[href=#quality]").eachText());
    assertEquals("Báo cáo này có 2 lưu ý về chất lượng số liệu: mỗi cảnh báo và mỗi ghi chú của người nhập liệu"
        + " nằm ngay sau số liệu nó nói đến.", doc.selectFirst("p.quality-pointer").text());
  }

  @Test
  void aNoteOnTheWholeReportIsInItsOwnPlaceAndTheContentsLinkIt() throws IOException {
    Document doc = page("11");
    Element quality = doc.selectFirst("aside#quality");
    assertNotNull(quality);
    assertEquals(List.of("Bản ký không có phụ lục."), quality.select("li").eachText());
    assertEquals(1, doc.select("a[href=#quality]").size(), "the contents lead to it");
    assertTrue(doc.selectFirst("p.quality-pointer").text().startsWith("Báo cáo này có 1 lưu ý"),
        doc.selectFirst("p.quality-pointer").text());
    assertTrue(doc.selectFirst("p.quality-pointer").text().contains("Lưu ý về chất lượng số liệu"));
    assertNull(page("10").selectFirst("p.quality-pointer"), "no warning, no note: no pointer");
  }

  @Test
  void thePartsComeInTheOrderACitizenAsksAboutThem() throws IOException {
    List<String> ids = page("12").select("#as-reported > section.part").eachAttr("id");
    List<String> order = ReportKind.CITIZEN_ORDER.stream().map(s -> s.replace('_', '-')).toList();
    List<Integer> at = ids.stream().map(id -> order.contains(id) ? order.indexOf(id) : order.size()).toList();
    List<Integer> sorted = new ArrayList<>(at);
    sorted.sort(Integer::compare);
    assertEquals(sorted, at, ids.toString());
    assertEquals("procedures", ids.get(0));
    assertEquals("dossiers", ids.get(1));
  }

  @Test
  void theOriginalIsLinkedWhereItIsPublishedOrNamedWhereItIsNot() throws IOException {
    Element web = page("12").selectFirst("p.original");
    assertNotNull(web);
    assertEquals("https://example.org/bc-12.pdf", web.selectFirst("a").attr("href"));
    Element kept = page("11").selectFirst("p.original");
    assertNotNull(kept);
    assertTrue(kept.text().contains("bc-11.pdf, chưa được công bố cùng dữ liệu."), kept.text());
    assertNull(page("10").selectFirst("p.original"), "no file, no address: nothing to point to");
  }
}
