package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.testing.TinyProject;

/**
 * Charts that cannot mislead: a missing figure is a labelled gap (drawn, written and told to
 * screen readers), and a chart's CSV holds its figures with their period and source, named per
 * language and neutralised against spreadsheet formulas like every other CSV: one file per chart
 * on the few national, province and indicator pages; one file for all charts of a report or
 * commune page, as those are tens of thousands.
 */
class ChartHonestyTest {
  // Built before each test, not once before all: PIT counts what a @BeforeAll runs as the class's,
  // not the test's, so no assertion here would see a mutant in the charts it builds (#27).
  private static final String HOSTILE = "=HYPERLINK(\"http://evil.example\",\"x\")";
  @TempDir
  Path dir;
  private BuiltSite site;

  @BeforeEach
  void build() throws IOException {
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
        .file("data/hai-phong/bad/2025-12-20.yaml", """
            commune: bad
            period: {as_of: 2025-12-20}
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
    JsonNode spec = DrawnChart.of(fig);
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
    assertEquals("not reported", DrawnChart.of(enFig)
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
  void reportChartsShareOneFileWithEachChartsFiguresPeriodAndSource() throws IOException {
    Document vi = site.page("hai-phong/hung-thang/2025-12/index.html");
    Element link = vi.selectFirst("figure#chart-procedures a[download]");
    assertEquals("charts-vi.csv", link.attr("href"));
    assertEquals("Tải CSV (số liệu của mọi biểu đồ trên trang)", link.text());
    assertEquals(List.of("charts-vi.csv"), vi.select("figure.chart a[download]").eachAttr("href").stream().distinct().toList());
    byte[] bytes = Files.readAllBytes(site.root().resolve("hai-phong/hung-thang/2025-12/charts-vi.csv"));
    assertEquals((byte) 0xEF, bytes[0], "a byte-order mark, so Excel reads the Vietnamese");
    List<CSVRecord> rows = parse(site.text("hai-phong/hung-thang/2025-12/charts-vi.csv").replace("\uFEFF", ""));
    assertEquals(List.of("Biểu đồ", "Mục", "Số liệu", "Giá trị", "Đơn vị", "Ghi chú", "Kỳ báo cáo", "Nguồn",
        "Ngày đầu kỳ", "Ngày cuối kỳ hoặc ngày tính số liệu", "Loại kỳ", "Cách tính"), rows.get(0).toList());
    List<CSVRecord> procedures = rows.stream().filter(r -> r.get(0).equals("TTHC theo mức độ trực tuyến")).toList();
    assertEquals(3, procedures.size(), "the chart's three bars, not the commune's table");
    assertEquals("150", procedures.get(0).get(3));
    assertEquals("", procedures.get(0).get(5));
    assertEquals("tính đến 31/12/2025", procedures.get(0).get(6), "the procedures' own date, a stock at the period's end");
    assertTrue(procedures.get(0).get(7).startsWith("UBND xã Hùng Thắng"), procedures.get(0).get(7));
    List<CSVRecord> en = parse(site.text("en/hai-phong/hung-thang/2025-12/charts-en.csv").replace("\uFEFF", ""));
    assertEquals(List.of("Chart", "Item", "Measure", "Value", "Unit", "Note", "Period", "Source",
        "First day of the period", "Last day of the period, or the as-of date", "Kind of period", "How obtained"), en.get(0).toList());
    assertEquals("Procedures by level of online service", en.get(1).get(0));
    assertEquals("as of 31 Dec 2025", en.get(1).get(6));
    assertEquals(List.of("", "2025-12-31", "as_of", "count as reported"), en.get(1).toList().subList(8, 12));
    assertFalse(site.files().contains("hai-phong/hung-thang/2025-12/chart-procedures-vi.csv"));
    assertTrue(site.files().stream().noneMatch(f -> f.startsWith("hai-phong/hung-thang/") && f.endsWith(".excel.csv")
        && f.contains("chart")), "no separate Excel copy on report and commune pages");
  }

  @Test
  void aMissingFigureInThePageFileSaysNotReportedNeverZero() throws IOException {
    for (String[] c : List.of(new String[] {"hai-phong/hung-thang/2025-12/charts-vi.csv", "Tỷ lệ hồ sơ giải quyết đúng hạn",
        "không báo cáo"}, new String[] {"en/hai-phong/hung-thang/2025-12/charts-en.csv",
        "On-time rate of resolved dossiers", "not reported"})) {
      CSVRecord onTime = parse(site.text(c[0]).replace("\uFEFF", "")).stream()
          .filter(r -> r.get(1).equals(c[1])).findFirst().orElseThrow();
      assertEquals("", onTime.get(3), c[0]);
      assertEquals(c[2], onTime.get(5), c[0]);
    }
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
    assertTrue(site.files().stream().noneMatch(f -> f.matches("(.*/)?charts?-[^/]*(?<!-vi|-en)\\.csv")
        && !f.endsWith(".excel.csv")), "every chart CSV names its language");
  }

  @Test
  void noChartCsvCellCanRunAsAFormula() throws IOException {
    List<String> charts = site.files().stream().filter(f -> f.matches("(.*/)?charts?-.*\\.csv")).toList();
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
    assertTrue(charts.contains("hai-phong/bad/2025-12-20/charts-vi.csv"), "a report's page file is checked too");
    assertTrue(site.text("hai-phong/bad/2025-12-20/charts-vi.csv").contains("'-UBND"), "its issuer '-UBND' is neutralised");
  }

  private static List<CSVRecord> parse(String text) throws IOException {
    return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
  }
}
