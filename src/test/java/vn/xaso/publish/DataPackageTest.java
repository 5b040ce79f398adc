package vn.xaso.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Build;
import vn.xaso.testing.TinyProject;

/** datapackage.json says what the site's configuration says, and describes the CSV bytes as they are. */
class DataPackageTest {
  @TempDir Path dir;

  private JsonNode build(String site) throws Exception {
    TinyProject.withCommune(dir).file("content/site.yaml", site)
        .file("data/hai-phong/hung-thang/2025-12.yaml", TinyProject.DECEMBER.replace("issuer_block: government",
            "issuer_block: government\n  number: 7/BC-UBND\n  date: 2026-01-05"));
    assertTrue(new Build().run(dir, dir.resolve("out"), Build.Scope.DATA).ok());
    return new ObjectMapper().readTree(dir.resolve("out/data/datapackage.json").toFile());
  }

  @Test
  void thePackageCarriesTheSitesTitlesLicenceVersionAndSources() throws Exception {
    JsonNode p = build(TinyProject.SITE.replace("  id: test\n", "  id: test\n  url: https://example.org/licence\n")
        + "data_version: 2025.12\n");

    assertEquals("Xã Số / Xã Số", p.path("title").asText());
    assertEquals("Thử nghiệm\n\nTest", p.path("description").asText());
    assertEquals("https://example.org/xaso/", p.path("homepage").asText());
    assertEquals("2025.12", p.path("version").asText());
    assertEquals("2026-01-05T00:00:00Z", p.path("created").asText(), "the latest source's date");
    JsonNode licence = p.path("licenses").get(0);
    assertEquals("test", licence.path("name").asText());
    assertEquals("https://example.org/licence", licence.path("path").asText());
    assertEquals("Giấy phép thử / Test licence", licence.path("title").asText());
    assertEquals("Ghi nguồn / Credit the source https://example.org/licence", p.path("licenseTerms").asText(),
        "the terms end with where the licence is");
    assertEquals("Nhóm thử / Test team", p.path("contributors").get(0).path("title").asText());
    assertEquals("publisher", p.path("contributors").get(0).path("roles").get(0).asText());
    assertEquals("xã Hùng Thắng, 2025-12: UBND xã Hùng Thắng; 7/BC-UBND; 2026-01-05",
        p.path("sources").get(0).path("title").asText());
  }

  @Test
  void withoutADataVersionOrLicenceAddressTheyAreLeftAtTheirDefaults() throws Exception {
    JsonNode p = build(TinyProject.SITE);
    assertEquals("0.0.0", p.path("version").asText());
    assertTrue(p.path("licenses").get(0).path("path").isMissingNode());
  }

  @Test
  void eachResourceDescribesItsCsvAsWritten() throws Exception {
    JsonNode p = build(TinyProject.SITE);
    JsonNode reports = null;
    for (JsonNode r : p.path("resources")) {
      if (r.path("path").asText().equals("all/reports.csv")) {
        reports = r;
      }
    }
    assertEquals("all-reports", reports.path("name").asText());
    assertEquals("table", reports.path("type").asText());
    assertTrue(reports.path("title").asText().contains(" — all / "), reports.path("title").asText());
    assertEquals("csv|text/csv|utf-8", reports.path("format").asText() + "|" + reports.path("mediatype").asText() + "|"
        + reports.path("encoding").asText());
    JsonNode dialect = reports.path("dialect");
    String csv = Files.readString(dir.resolve("out/data/all/reports.csv"), StandardCharsets.UTF_8);
    assertTrue(dialect.path("header").asBoolean());
    assertEquals(",", dialect.path("delimiter").asText());
    assertEquals("\"", dialect.path("quoteChar").asText());
    assertEquals("\r\n", dialect.path("lineTerminator").asText());
    assertEquals(csv.split("\r\n", -1).length - 1, csv.chars().filter(c -> c == '\n').count(), "every line ends in CR LF");
    List<String> fields = new ArrayList<>();
    reports.path("schema").path("fields").forEach(f -> fields.add(f.path("name").asText()));
    assertEquals(csv.substring(0, csv.indexOf("\r\n")), String.join(",", fields));
    JsonNode received = null;
    for (JsonNode f : reports.path("schema").path("fields")) {
      if (f.path("name").asText().equals("dossiers_received")) {
        received = f;
      }
    }
    assertEquals("integer", received.path("type").asText());
    assertEquals("Received in the period", received.path("title").asText());
    assertEquals("Hồ sơ tiếp nhận trong kỳ / Received in the period (hồ sơ / dossiers) — số liệu trong kỳ (cộng dồn trong "
        + "một khoảng thời gian) / flow: a count over a span of time", received.path("description").asText(),
        "a count says it is a flow, as the data dictionary does");
    assertEquals("hồ sơ / dossiers", received.path("unit").asText());
    assertEquals("", reports.path("schema").path("missingValues").get(0).asText(), "an empty cell is a missing figure");
  }

  @Test
  void aStandardLicenceIsNamedByItsSpdxCodeAndEachLevelsJsonIsDescribedAsJson() throws Exception {
    JsonNode p = build(TinyProject.SITE.replace("  id: test\n", "  id: test\n  spdx: CC-BY-4.0\n"));
    JsonNode licence = p.path("licenses").get(0);
    assertEquals("https://spdx.org/licenses/CC-BY-4.0.html", licence.path("path").asText());
    assertEquals("Giấy phép thử / Test licence (CC-BY-4.0)", licence.path("title").asText());
    JsonNode json = null;
    for (JsonNode r : p.path("resources")) {
      if (r.path("path").asText().equals("all/data.json")) {
        json = r;
      }
    }
    assertEquals("all-data-json|json|application/json|utf-8", json.path("name").asText() + "|" + json.path("format").asText()
        + "|" + json.path("mediatype").asText() + "|" + json.path("encoding").asText());
    byte[] bytes = Files.readAllBytes(dir.resolve("out/data/all/data.json"));
    assertEquals(bytes.length, json.path("bytes").asLong());
    assertEquals("sha256:" + Output.sha256(bytes), json.path("hash").asText());
  }

  @Test
  void aSourceLinksItsOriginalWhereItCanBeRead() throws Exception {
    TinyProject.withCommune(dir).file("data/hai-phong/hung-thang/2025-12.yaml", TinyProject.DECEMBER.replace(
        "issuer_block: government", "issuer_block: government\n  url: https://xa.example.gov.vn/bao-cao-12.pdf"));
    assertTrue(new Build().run(dir, dir.resolve("out"), Build.Scope.DATA).ok());
    JsonNode p = new ObjectMapper().readTree(dir.resolve("out/data/datapackage.json").toFile());
    assertEquals("https://xa.example.gov.vn/bao-cao-12.pdf", p.path("sources").get(0).path("path").asText(),
        "an original published elsewhere on the web");
    JsonNode none = DataPackageWriter.sources(List.of(), java.util.Map.of(), "https://example.org/xaso/");
    assertEquals(0, none.size());
  }
}
