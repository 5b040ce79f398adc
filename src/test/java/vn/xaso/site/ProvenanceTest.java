package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.publish.Output;
import vn.xaso.testing.TinyProject;

/**
 * A report links its original: a file kept in sources/ beside the data (published with its
 * hash) or a web address; pages and the data package say how to cite them.
 */
class ProvenanceTest {
  private static final String ORIGINAL = "BÁO CÁO\nSố: 12/BC-UBND\nTổng số TTHC: 300\n";
  @TempDir
  static Path dir;
  private static BuiltSite site;

  @BeforeAll
  static void build() throws IOException {
    TinyProject p = TinyProject.withCommune(dir.resolve("p"))
        .file("data/hai-phong/hung-thang/2025-12.yaml", TinyProject.DECEMBER.replace("title: {vi: Báo cáo tháng 12}",
            "title: {vi: Báo cáo tháng 12}\n  file: hung-thang_2025-12.txt") + "procedures: {total: 300}\n")
        .file("data/hai-phong/hung-thang/2025-11.yaml", TinyProject.DECEMBER
            .replace("2025-12-01, end: 2025-12-31", "2025-11-01, end: 2025-11-30")
            .replace("title: {vi: Báo cáo tháng 12}", "title: {vi: Báo cáo tháng 11}\n  url: https://example.gov.vn/bc-11.pdf\n"
                + "  file: not-kept.pdf"))
        .file("sources/hai-phong/hung-thang/hung-thang_2025-12.txt", ORIGINAL);
    BuiltSite.copyTheme(p.root());
    site = BuiltSite.build(p.root(), dir.resolve("out"));
  }

  @Test
  void aKeptOriginalIsPublishedWithItsHashAndLinked() throws IOException {
    String published = "data/hai-phong/hung-thang/sources/hung-thang_2025-12.txt";
    assertTrue(site.files().contains(published));
    byte[] bytes = ORIGINAL.getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(bytes, Files.readAllBytes(site.root().resolve(published)));
    Document vi = site.page("hai-phong/hung-thang/2025-12/index.html");
    Element original = vi.selectFirst("p.original");
    assertEquals(published, BuiltSite.resolve("hai-phong/hung-thang/2025-12/index.html", original.selectFirst("a").attr("href")));
    assertEquals(Output.sha256(bytes), original.selectFirst("code").text());
    JsonNode pkg = new ObjectMapper().readTree(site.root().resolve("data/datapackage.json").toFile());
    assertEquals("https://example.org/xaso/" + published, pkg.path("sources").get(1).path("path").asText());
  }

  @Test
  void aWebOriginalIsLinkedAndAnUnkeptFileIsSaidToBeUnpublished() throws IOException {
    Document vi = site.page("hai-phong/hung-thang/2025-11/index.html");
    Element original = vi.selectFirst("p.original");
    assertEquals("https://example.gov.vn/bc-11.pdf", original.selectFirst("a").attr("href"));
    assertFalse(site.files().stream().anyMatch(f -> f.endsWith("not-kept.pdf")));
    JsonNode pkg = new ObjectMapper().readTree(site.root().resolve("data/datapackage.json").toFile());
    assertEquals("https://example.gov.vn/bc-11.pdf", pkg.path("sources").get(0).path("path").asText());
  }

  @Test
  void reportCommuneAndDatasetSuggestACitationInBothLanguages() throws IOException {
    assertEquals("UBND xã Hùng Thắng, không số, không ghi ngày. Báo cáo tháng 12. Chép lại trong: "
            + "Nhóm thử (2025). Xã Hùng Thắng — tháng 12/2025. Xã Số. "
            + "https://example.org/xaso/hai-phong/hung-thang/2025-12/ (truy cập ngày [ngày/tháng/năm]).",
        site.page("hai-phong/hung-thang/2025-12/index.html").selectFirst("#cite cite").text());
    assertEquals("UBND xã Hùng Thắng, no number given, no date given. Báo cáo tháng 12. Transcribed in: "
            + "Test team (2025). Hùng Thắng commune — December 2025. Xã Số. "
            + "https://example.org/xaso/en/hai-phong/hung-thang/2025-12/ (accessed [date]).",
        site.page("en/hai-phong/hung-thang/2025-12/index.html").selectFirst("#cite cite").text());
    assertTrue(site.page("hai-phong/hung-thang/index.html").selectFirst("#cite cite").text()
        .contains("xã Hùng Thắng, Hải Phòng. Xã Số. https://example.org/xaso/hai-phong/hung-thang/"));
    assertTrue(site.page("en/data/index.html").selectFirst("#cite cite").text()
        .startsWith("Test team (2025). Xã Số [open data]. Xã Số. https://example.org/xaso/en/data/"));
    JsonNode pkg = new ObjectMapper().readTree(site.root().resolve("data/datapackage.json").toFile());
    assertTrue(pkg.path("citation").path("vi").asText().startsWith("Nhóm thử (2025). Xã Số [dữ liệu mở]."));
    assertTrue(pkg.path("citation").path("en").asText().contains("(accessed [date])"));
  }
}
