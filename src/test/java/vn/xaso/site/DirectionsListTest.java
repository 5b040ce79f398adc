package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.testing.TinyProject;

/**
 * A report's {@code documents} hold the commune's own directions and its province's that the report says were
 * issued or carried out (docs/transcription.md §5): the page never says the commune issued a province's plan,
 * each entry names its issuer, and the open data keeps the documented value {@code issued} for both (#23).
 */
class DirectionsListTest {
  @TempDir
  Path dir;
  private BuiltSite site;

  @BeforeEach
  void build() throws IOException {
    TinyProject p = TinyProject.withCommune(dir.resolve("p"))
        .file("data/hai-phong/hung-thang/2025-12.yaml", TinyProject.DECEMBER_SIGNED + """
            documents:
              - number: 02-KH/ĐU
                kind: plan
                date: 2025-08-15
                issuer: {vi: Đảng ủy xã Hùng Thắng, en: Hùng Thắng commune Party Committee}
                title: {vi: Triển khai Kế hoạch 475-KH/TU, en: Implementing Plan 475-KH/TU}
              - number: 475-KH/TU
                kind: plan
                date: 2025-05-22
                issuer: {vi: Ban Thường vụ Thành ủy Hải Phòng, en: Hải Phòng City Party Standing Board}
                title: {vi: Thực hiện Nghị quyết 57-NQ/TW, en: Carrying out Resolution 57-NQ/TW}
            """);
    BuiltSite.copyTheme(p.root());
    site = BuiltSite.build(p.root(), dir.resolve("out"));
  }

  private Element section(String lang) throws IOException {
    Document page = site.page((lang.equals("vi") ? "" : "en/") + "hai-phong/hung-thang/2025-12/index.html");
    Element sec = page.selectFirst("section#documents");
    assertNotNull(sec, page.select("section[id]").eachAttr("id").toString());
    return sec;
  }

  /** Each row's cells by their column's label, as the stacked table shows them on a phone. */
  private static List<Map<String, String>> entries(Element sec) {
    return sec.select("tbody tr").stream()
        .map(tr -> tr.select("td").stream().collect(java.util.stream.Collectors.toMap(
            td -> td.attr("data-label"), Element::text, (a, b) -> a, java.util.LinkedHashMap::new)))
        .map(m -> (Map<String, String>) m).toList();
  }

  @Test
  void theHeadingSaysCommuneAndProvincialDirectionsNotWhatTheCommuneIssued() throws IOException {
    assertEquals("Văn bản chỉ đạo của xã, tỉnh đã ban hành hoặc thực hiện", section("vi").selectFirst("h3").text());
    assertEquals("Commune and provincial directions issued or carried out", section("en").selectFirst("h3").text());
    for (String lang : List.of("vi", "en")) {
      Document page = site.page((lang.equals("vi") ? "" : "en/") + "hai-phong/hung-thang/2025-12/index.html");
      assertFalse(page.text().contains("Văn bản xã đã ban hành") || page.text().contains("Documents the commune issued"),
          lang);
      List<String> toc = page.select("a[href=\"#documents\"]").eachText();
      assertFalse(toc.isEmpty(), lang);
      String heading = section(lang).selectFirst("h3").text();
      assertTrue(toc.stream().allMatch(heading::equals), toc.toString());
    }
  }

  @Test
  void eachEntryNamesItsIssuerInBothLanguages() throws IOException {
    List<Map<String, String>> vi = entries(section("vi"));
    assertEquals(List.of("02-KH/ĐU", "475-KH/TU"), vi.stream().map(e -> e.get("Số, ký hiệu")).toList());
    assertEquals(List.of("Đảng ủy xã Hùng Thắng", "Ban Thường vụ Thành ủy Hải Phòng"),
        vi.stream().map(e -> e.get("Cơ quan ban hành")).toList());
    List<Map<String, String>> en = entries(section("en"));
    assertEquals(List.of("Hùng Thắng commune Party Committee", "Hải Phòng City Party Standing Board"),
        en.stream().map(e -> e.get("Issued by")).toList());
  }

  @Test
  void theOpenDataRowsCarryTheDocumentedValue() throws IOException {
    List<Map<String, String>> rows;
    try (CSVParser csv = CSVParser.parse(new StringReader(site.text("data/all/documents.csv")),
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      rows = csv.getRecords().stream().map(CSVRecord::toMap).toList();
    }
    assertEquals(List.of("issued|02-KH/ĐU|Đảng ủy xã Hùng Thắng", "issued|475-KH/TU|Ban Thường vụ Thành ủy Hải Phòng"),
        rows.stream().map(r -> r.get("list") + "|" + r.get("number") + "|" + r.get("issuer_vi")).toList());

    // The value is documented as what it holds: the commune's or the province's, whose said by the issuer columns.
    JsonNode pkg = new ObjectMapper().readTree(site.text("data/datapackage.json"));
    String list = "";
    for (JsonNode r : pkg.path("resources")) {
      if (r.path("path").asText().equals("all/documents.csv")) {
        for (JsonNode f : r.path("schema").path("fields")) {
          if (f.path("name").asText().equals("list")) {
            list = f.path("description").asText();
          }
        }
      }
    }
    assertTrue(list.contains("issued: văn bản chỉ đạo của xã hoặc của tỉnh mà báo cáo nói đã ban hành hoặc thực hiện"),
        list);
    assertTrue(list.contains("issued: a direction of the commune or of its province that the report says was issued "
        + "or carried out (whose: issuer_en)"), list);
    assertFalse(list.contains("issued by the commune"), list);
  }
}
