package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.testing.TinyProject;

/**
 * The open-data catalogue as a reuser reads it: the national and provincial files (not the
 * communes' and reports'), each with its true size and SHA-256, how many files it leaves to the
 * report pages, the licence with its link, and the schema.org metadata that offers the national
 * files for download. Written for the mutants of {@code CatalogueKind} that the whole-site
 * tests let live (#27).
 */
class CataloguePageTest {
  // Built before each test, not once before all: PIT counts what a @BeforeAll runs as the class's,
  // not the test's, so no assertion of the test would see a mutant in the pages it builds.
  @TempDir
  Path dir;
  private BuiltSite site;

  private static final String SITE_WITH_URL = TinyProject.SITE
      .replace("  id: test\n", "  id: test\n  spdx: CC-BY-4.0\n  url: https://example.org/licence\n")
      + "data_version: 2025.12\n";

  private BuiltSite build(String name, String siteYaml) throws IOException {
    TinyProject p = TinyProject.withCommune(dir.resolve(name))
        .file("content/site.yaml", siteYaml)
        .file("data/hai-phong/hung-thang/2025-12.yaml", TinyProject.DECEMBER_SIGNED + "procedures: {total: 10, full_online: 4}\n");
    BuiltSite.copyTheme(p.root());
    return BuiltSite.build(p.root(), dir.resolve(name + "-out"));
  }

  @BeforeEach
  void build() throws IOException {
    site = build("p", SITE_WITH_URL);
  }

  private static int depthUnderData(String path) {
    return path.substring("data/".length()).split("/").length;
  }

  private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  private static JsonNode jsonLd(Document page) throws IOException {
    return new ObjectMapper().readTree(page.selectFirst("main script[type=application/ld+json]").data());
  }

  @Test
  void itListsTheNationalAndProvincialFilesWithTheirTrueSizesAndChecksums() throws Exception {
    Document vi = site.page("data/index.html");
    List<String> expected = site.files().stream()
        .filter(f -> f.startsWith("data/") && !f.equals("data/index.html") && depthUnderData(f) <= 2).toList();
    List<Element> rows = vi.select("table.catalogue tbody tr");
    assertEquals(expected, rows.stream().map(r -> r.selectFirst("td a").text()).toList());
    assertTrue(expected.contains("data/hai-phong/hai-phong.zip") && expected.contains("data/all/indicators.csv"), expected.toString());
    assertFalse(expected.stream().anyMatch(f -> f.startsWith("data/hai-phong/hung-thang/")), "the commune's own files are not listed");
    for (Element row : rows) {
      String file = row.selectFirst("td a").text();
      assertEquals("../" + file, row.selectFirst("td a").attr("href"));
      List<String> cells = row.select("td").eachText();
      assertEquals(String.valueOf(Files.size(site.root().resolve(file))), cells.get(1).replace(".", ""), file);
      assertEquals(sha256(site.root().resolve(file)), cells.get(2), file);
    }
    long others = site.files().stream().filter(f -> f.startsWith("data/hai-phong/hung-thang/")).count();
    assertTrue(others > 0);
    assertTrue(vi.selectFirst("p.catalogue-scope").text().startsWith("Danh mục này liệt kê " + rows.size() + " tệp:"),
        vi.selectFirst("p.catalogue-scope").text());
    assertTrue(vi.selectFirst("p.catalogue-scope").text().contains(". " + others + " tệp còn lại"),
        vi.selectFirst("p.catalogue-scope").text());
    Document en = site.page("en/data/index.html");
    assertTrue(en.selectFirst("p.catalogue-scope").text().startsWith("This catalogue lists " + rows.size() + " files:"));
    assertEquals("../../data/all/indicators.csv", en.select("table.catalogue tbody a").stream()
        .filter(a -> a.text().equals("data/all/indicators.csv")).findFirst().orElseThrow().attr("href"));
  }

  @Test
  void theMetadataOffersTheNationalFilesUnderTheLicencesAddress() throws IOException {
    JsonNode d = jsonLd(site.page("data/index.html"));
    assertEquals("Dataset", d.path("@type").asText());
    assertEquals("Xã Số", d.path("name").asText());
    assertEquals("Thử nghiệm", d.path("description").asText());
    assertEquals("https://example.org/xaso/data/", d.path("url").asText());
    assertEquals("https://example.org/licence", d.path("license").asText());
    assertEquals("Nhóm thử", d.path("creator").path("name").asText());
    assertEquals("2025.12", d.path("version").asText());
    assertTrue(d.path("isAccessibleForFree").asBoolean());
    List<String> urls = new ArrayList<>();
    List<String> formats = new ArrayList<>();
    d.path("distribution").forEach(x -> {
      urls.add(x.path("contentUrl").asText());
      formats.add(x.path("encodingFormat").asText());
    });
    List<String> national = site.files().stream().filter(f -> f.startsWith("data/all/") && (f.endsWith(".csv") && !f.endsWith(".excel.csv")
        || f.endsWith("data.json"))).map(f -> "https://example.org/xaso/" + f).toList();
    List<String> expected = new ArrayList<>(national);
    expected.add("https://example.org/xaso/data/datapackage.json");
    expected.add("https://example.org/xaso/data/xaso-open-data.zip");
    assertEquals(expected.stream().sorted().toList(), urls.stream().sorted().toList(), "the national files, no province's or commune's");
    for (int k = 0; k < urls.size(); k++) {
      String u = urls.get(k);
      assertEquals(u.endsWith(".csv") ? "text/csv" : u.endsWith(".zip") ? "application/zip" : "application/json", formats.get(k), u);
    }
    assertEquals("https://example.org/xaso/en/data/", jsonLd(site.page("en/data/index.html")).path("url").asText());
    assertEquals("Test team", jsonLd(site.page("en/data/index.html")).path("creator").path("name").asText());

    Document vi = site.page("data/index.html");
    assertEquals("https://example.org/licence", vi.selectFirst("main a[href=https://example.org/licence]").attr("href"));
    assertTrue(vi.selectFirst("main").text().contains("CC-BY-4.0"), "the standard identifier is shown");
    assertTrue(vi.selectFirst("main").text().contains("2025.12"), "and the data's version");
  }

  @Test
  void withoutALicenceAddressOrVersionTheMetadataNamesTheLicence() throws IOException {
    BuiltSite plain = build("plain", TinyProject.SITE);
    JsonNode d = jsonLd(plain.page("data/index.html"));
    assertEquals("Giấy phép thử", d.path("license").asText());
    assertTrue(d.path("version").isMissingNode(), d.toString());
    assertEquals("Test licence", jsonLd(plain.page("en/data/index.html")).path("license").asText());
    assertEquals("Giấy phép: Giấy phép thử. Ghi nguồn", plain.page("data/index.html").select("main > p").get(2).text());
  }
}
