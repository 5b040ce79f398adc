package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.testing.TinyProject;

/**
 * Charts that cannot mislead: a missing figure is a labelled gap (drawn, written and told to
 * screen readers), and a chart's CSV is that chart's figures with their period and source,
 * named per language and neutralised against spreadsheet formulas like every other CSV.
 */
class ChartHonestyTest {
  private static final String HOSTILE = "=HYPERLINK(\"http://evil.example\",\"x\")";
  @TempDir
  static Path dir;
  private static BuiltSite site;

  @BeforeAll
  static void build() throws IOException {
    TinyProject p = TinyProject.withCommune(dir.resolve("p"))
        .file("data/hai-phong/bad/commune.yaml", """
            slug: bad
            name: '%s'
            unit_type: xa
            province: hai-phong
            """.formatted(HOSTILE))
        .file("data/hai-phong/hung-thang/2025-12.yaml", TinyProject.DECEMBER + """
            procedures: {total: 300, full_online: 150, partial_online: 100, not_online: 50}
            dossiers: {received: 200, resolved: 180}
            """)
        .file("data/hai-phong/bad/2025-11-07.yaml", """
            commune: bad
            period: {as_of: 2025-11-07}
            source:
              issuer: {vi: '-UBND'}
              issuer_block: government
              title: {vi: Báo cáo}
            procedures: {total: 100, full_online: 40}
            dossiers: {received: 50, resolved: 40, on_time: 38}
            """);
    BuiltSite.copyTheme(p.root());
    site = BuiltSite.build(p.root(), dir.resolve("out"));
  }

  @Test
  void aMissingFigureIsALabelledGapInTheChartItself() throws IOException {
    Document vi = site.page("hai-phong/hung-thang/2025-12/index.html");
    Element fig = vi.selectFirst("figure#chart-indicators");
    JsonNode spec = new ObjectMapper().readTree(fig.selectFirst("canvas").attr("data-chart"));
    // The script draws this text in each null slot; the data stay null, never 0.
    assertEquals("không báo cáo", spec.path("missing").asText());
    int onTime = vn.xaso.derive.Indicator.shares().indexOf(vn.xaso.derive.Indicator.ON_TIME_RATE);
    assertTrue(spec.path("datasets").get(0).path("data").get(onTime).isNull());
    String said = fig.selectFirst(".chart-missing").text();
    assertTrue(said.startsWith("Không báo cáo (không phải 0): "), said);
    assertTrue(said.contains("Tỷ lệ hồ sơ giải quyết đúng hạn"), said);
    assertTrue(fig.selectFirst("canvas").attr("aria-label").contains(said), "screen readers hear what is missing");

    Document en = site.page("en/hai-phong/hung-thang/2025-12/index.html");
    Element enFig = en.selectFirst("figure#chart-indicators");
    assertEquals("not reported", new ObjectMapper().readTree(enFig.selectFirst("canvas").attr("data-chart"))
        .path("missing").asText());
    assertTrue(enFig.selectFirst(".chart-missing").text().startsWith("Not reported (not 0): "));
    assertTrue(enFig.selectFirst("canvas").attr("aria-label").contains("On-time rate of resolved dossiers"));
    // A chart with every figure has nothing to say.
    assertEquals(null, vi.selectFirst("figure#chart-procedures .chart-missing"));
  }

  @Test
  void theScriptDrawsTheGapLabel() throws IOException {
    String js = Files.readString(Path.of("themes/xaso/assets/js/site.js"));
    assertTrue(js.contains("notReported: { text: spec.missing }"), "the plugin receives the words");
    assertTrue(js.contains("plugins: [notReported]"));
  }

  @Test
  void reportChartCsvIsThatChartsFiguresWithPeriodAndSource() throws IOException {
    Document vi = site.page("hai-phong/hung-thang/2025-12/index.html");
    Element link = vi.selectFirst("figure#chart-procedures a[download]");
    assertEquals("chart-procedures-vi.csv", link.attr("href"));
    List<CSVRecord> rows = parse(site.text("hai-phong/hung-thang/2025-12/chart-procedures-vi.csv"));
    assertEquals(List.of("Nhóm", "TTHC", "Kỳ báo cáo", "Nguồn"), rows.get(0).toList());
    assertEquals(4, rows.size(), "a header and the chart's three bars, not the commune's table");
    assertEquals("150", rows.get(1).get(1));
    assertEquals("tháng 12/2025", rows.get(1).get(2));
    assertTrue(rows.get(1).get(3).startsWith("UBND xã Hùng Thắng"), rows.get(1).get(3));
    List<CSVRecord> en = parse(site.text("en/hai-phong/hung-thang/2025-12/chart-procedures-en.csv"));
    assertEquals(List.of("Category", "procedures", "Period", "Source"), en.get(0).toList());
    assertEquals("December 2025", en.get(1).get(2));
  }

  @Test
  void chartCsvsHaveLanguageNamesAndExcelCopies() throws IOException {
    assertTrue(site.files().contains("chart-compare-full-online-share-vi.csv"));
    assertTrue(site.files().contains("en/chart-compare-full-online-share-en.csv"));
    byte[] csv = Files.readAllBytes(site.root().resolve("chart-compare-full-online-share-vi.csv"));
    byte[] excel = Files.readAllBytes(site.root().resolve("chart-compare-full-online-share-vi.excel.csv"));
    assertEquals(csv.length + 3, excel.length);
    assertEquals((byte) 0xEF, excel[0]);
    assertNotEquals((byte) 0xEF, csv[0]);
    assertTrue(site.files().stream().noneMatch(f -> f.matches("(.*/)?chart-[^/]*(?<!-vi|-en)\\.csv")
        && !f.endsWith(".excel.csv")), "every chart CSV names its language");
  }

  @Test
  void noChartCsvCellCanRunAsAFormula() throws IOException {
    List<String> charts = site.files().stream().filter(f -> f.matches("(.*/)?chart-.*\\.csv")).toList();
    assertFalse(charts.isEmpty());
    boolean sawName = false;
    for (String f : charts) {
      String text = site.text(f).replace("\uFEFF", "");
      for (CSVRecord r : parse(text)) {
        for (String cell : r) {
          assertFalse(cell.matches("^[=+\\-@\t\r].*"), f + ": " + cell);
          sawName |= cell.contains("HYPERLINK");
        }
      }
    }
    assertTrue(sawName, "the hostile commune's name is in some chart CSV, neutralised");
    assertTrue(site.text("en/chart-compare-full-online-share-en.csv").contains("'" + HOSTILE.replace("\"", "\"\"")));
  }

  private static List<CSVRecord> parse(String text) throws IOException {
    return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
  }
}
