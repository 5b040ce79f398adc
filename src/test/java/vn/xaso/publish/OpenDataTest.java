package vn.xaso.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Build;
import vn.xaso.testing.TinyProject;
import vn.xaso.testing.Zips;

/** The open data built from the repository's sample reports, read back and compared with the YAML. */
class OpenDataTest {
  private static Path site;
  private static List<Output.Written> written;

  @BeforeAll
  static void build(@TempDir Path dir) throws Exception {
    site = dir.resolve("site");
    Build.Result result = new Build().run(Path.of(""), site, Build.Scope.DATA);
    assertTrue(result.ok());
    written = result.written();
  }

  private static List<CSVRecord> csv(String path) throws Exception {
    try (CSVParser p = CSVParser.parse(Files.readString(site.resolve(path)),
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      return p.getRecords();
    }
  }

  /** The YAML flattened the way the wide table names its columns: {@code infrastructure_party_hardware_computers}. */
  private static Map<String, String> flatten(JsonNode node, String prefix, Map<String, String> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        flatten(e.getValue(), prefix.isEmpty() ? e.getKey() : prefix + "_" + e.getKey(), out);
      }
    } else if (node.isArray() && node.size() > 0 && node.get(0).isValueNode()) {
      for (int i = 0; i < node.size(); i++) {
        out.put(prefix + "_" + i, node.get(i).asText());
      }
    } else if (node.isValueNode()) {
      out.put(prefix, node.asText());
    }
    return out;
  }

  @Test
  void everyFigureOfTheWideTableIsTheYamlsAndAbsentFiguresAreEmpty() throws Exception {
    List<CSVRecord> rows = csv("data/all/reports.csv");
    assertEquals(3, rows.size());
    for (CSVRecord row : rows) {
      Path yaml = Path.of("data", row.get("province"), row.get("commune"), row.get("period") + ".yaml");
      Map<String, String> given = flatten(new YAMLMapper().readTree(yaml.toFile()), "", new TreeMap<>());
      int compared = 0;
      for (String column : row.getParser().getHeaderNames()) {
        String cell = row.get(column);
        if (given.containsKey(column)) {
          assertEquals(new BigDecimalOrText(given.get(column)), new BigDecimalOrText(cell), yaml + " " + column);
          compared++;
        } else if (given.containsKey(column + "_0")) {
          // A list of codes: one cell, joined by "; ".
          List<String> items = new ArrayList<>();
          for (int i = 0; given.containsKey(column + "_" + i); i++) {
            items.add(given.get(column + "_" + i));
          }
          assertEquals(String.join("; ", items), cell, yaml + " " + column);
        } else if (given.containsKey(column + "_vi")) {
          assertEquals(given.get(column + "_vi"), cell, yaml + " " + column);
        } else if (!isDerivedOrKey(column)) {
          assertEquals("", cell, yaml + " " + column + " is not in the YAML, so it must be empty, not 0");
        }
      }
      assertTrue(compared > 10, yaml + ": only " + compared + " figures compared");
    }
  }

  private static boolean isDerivedOrKey(String column) {
    // The figures' own dates (a part's as_of filled in with the period's end), how each indicator
    // was obtained and the context columns are derived, appended after the first published columns.
    return column.startsWith("indicator_") || column.startsWith("basis_") || column.endsWith("_count")
        || Set.of("province", "province_name", "commune", "commune_name", "commune_code", "unit_type", "period",
        "period_start", "period_end", "period_kind", "procedures_as_of", "dossiers_start", "dossiers_end",
        "infrastructure_as_of", "human_resources_as_of", "linked_scope_vi", "notes_in").contains(column);
  }

  /** 100 and 100.0, or 2025-07-31 and 2025-07-31, are the same value. */
  private record BigDecimalOrText(String text) {
    @Override
    public boolean equals(Object o) {
      if (!(o instanceof BigDecimalOrText other)) {
        return false;
      }
      try {
        return new BigDecimal(text).compareTo(new BigDecimal(other.text)) == 0;
      } catch (NumberFormatException e) {
        return text.equals(other.text);
      }
    }

    @Override
    public int hashCode() {
      return 0;
    }
  }

  @Test
  void theLongTableHasEveryIndicatorOfEveryReportAndNoZeroForWhatIsMissing() throws Exception {
    List<CSVRecord> rows = csv("data/all/indicators.csv");
    assertEquals(3 * vn.xaso.derive.Indicator.values().length, rows.size());
    CSVRecord chiMinhOnline = rows.stream().filter(r -> r.get("commune").equals("chi-minh")
        && r.get("indicator").equals("full_online_share")).findFirst().orElseThrow();
    assertEquals("", chiMinhOnline.get("value"), "Chí Minh gives no split of procedures");
    assertEquals("absent", chiMinhOnline.get("basis"));
    assertFalse(chiMinhOnline.get("reason_en").isEmpty());
    CSVRecord hungThangOnTime = rows.stream().filter(r -> r.get("commune").equals("hung-thang")
        && r.get("indicator").equals("on_time_rate")).findFirst().orElseThrow();
    assertEquals("100", hungThangOnTime.get("value"), "223 on time of 223 resolved");
    CSVRecord minhLongOnline = rows.stream().filter(r -> r.get("commune").equals("minh-long")
        && r.get("indicator").equals("online_dossier_share")).findFirst().orElseThrow();
    assertEquals("80.05", minhLongOnline.get("value"));
    assertEquals("stated", minhLongOnline.get("basis"));
  }

  @Test
  void theJsonMirrorsTheYaml() throws Exception {
    JsonNode all = new ObjectMapper().readTree(site.resolve("data/all/data.json").toFile());
    assertEquals(3, all.path("reports").size());
    for (JsonNode report : all.path("reports")) {
      Path yaml = Path.of("data", report.path("province").asText(), report.path("commune").asText(),
          report.path("period_key").asText() + ".yaml");
      JsonNode given = new YAMLMapper().readTree(yaml.toFile());
      Iterator<String> names = given.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        assertEquals(flatten(given.get(name), name, new TreeMap<>()).keySet(),
            flatten(report.get(name), name, new TreeMap<>()).keySet(), yaml + " " + name);
      }
      assertEquals(given.path("procedures").path("total").asText(""), report.path("procedures").path("total").asText(""));
    }
  }

  /** A province's or commune's file, read from its province's zip: {@code hai-phong/hung-thang/documents.csv}. */
  private static List<CSVRecord> zipped(String entry) throws Exception {
    String province = entry.substring(0, entry.indexOf('/'));
    try (CSVParser p = CSVParser.parse(Zips.text(site.resolve("data/" + province + "/" + province + ".zip"), entry),
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      return p.getRecords();
    }
  }

  @Test
  void everyLevelIsWrittenAndEachIsTheSliceOfTheNationalTable() throws Exception {
    List<String> tables = List.of("indicators", "reports", "documents", "difficulties", "infrastructure", "warnings", "evidence");
    for (String t : tables) {
      assertTrue(Files.exists(site.resolve("data/all/" + t + ".csv")), t);
      assertTrue(Files.exists(site.resolve("data/all/" + t + ".excel.csv")), t);
    }
    assertTrue(Files.exists(site.resolve("data/all/data.json")));
    // A province's and its communes' files are in the province's zip, in the folders they had, never loose.
    for (String unit : List.of("hai-phong", "quang-ngai", "hai-phong/hung-thang", "hai-phong/chi-minh", "quang-ngai/minh-long")) {
      String province = unit.substring(0, (unit + "/").indexOf('/'));
      Map<String, byte[]> zip = Zips.read(site.resolve("data/" + province + "/" + province + ".zip"));
      for (String t : tables) {
        byte[] canonical = zip.get(unit + "/" + t + ".csv");
        byte[] excel = zip.get(unit + "/" + t + ".excel.csv");
        assertTrue(canonical != null && excel != null, unit + " " + t + ": " + zip.keySet());
        assertArrayEquals(CsvBytes.excel(canonical), excel, "the Excel copy is the same bytes after a BOM: " + unit + " " + t);
        assertFalse(Files.exists(site.resolve("data/" + unit + "/" + t + ".csv")), "no loose copy: " + unit + " " + t);
        assertFalse(Files.exists(site.resolve("data/" + unit + "/" + t + ".excel.csv")), unit + " " + t);
      }
      assertTrue(zip.containsKey(unit + "/data.json"), unit);
      assertFalse(Files.exists(site.resolve("data/" + unit + "/data.json")), unit);
      for (String t : tables) {
        String column = unit.contains("/") ? "commune" : "province";
        String value = unit.substring(unit.lastIndexOf('/') + 1);
        assertEquals(csv("data/all/" + t + ".csv").stream().filter(r -> r.get(column).equals(value)).map(CSVRecord::toList).toList(),
            zipped(unit + "/" + t + ".csv").stream().map(CSVRecord::toList).toList(), "a slice of the national table: " + unit + " " + t);
      }
    }
    Map<String, byte[]> haiPhong = Zips.read(site.resolve("data/hai-phong/hai-phong.zip"));
    assertEquals(new ArrayList<>(new TreeSet<>(haiPhong.keySet())), new ArrayList<>(haiPhong.keySet()), "entries in name order");
    assertEquals(3 * (2 * tables.size() + 1), haiPhong.size(), "the province and its two communes, nothing else");
    try (ZipFile zip = new ZipFile(site.resolve("data/hai-phong/hai-phong.zip").toFile())) {
      zip.stream().forEach(e -> assertEquals(java.time.LocalDateTime.of(2025, 12, 5, 0, 0), e.getTimeLocal(),
          "every entry stamped with the province's latest date, never the clock: " + e.getName()));
    }
    // A report has its JSON only; its rows are in its commune's tables.
    try (Stream<Path> files = Files.list(site.resolve("data/hai-phong/hung-thang/2025-11-28_2025-12-05"))) {
      assertEquals(List.of("data.json"), files.map(f -> f.getFileName().toString()).toList());
    }
    List<CSVRecord> all = csv("data/all/documents.csv");
    List<CSVRecord> one = zipped("hai-phong/hung-thang/documents.csv");
    assertEquals(all.stream().filter(r -> r.get("commune").equals("hung-thang")).map(CSVRecord::toList).toList(),
        one.stream().map(CSVRecord::toList).toList());
    // The city Party Committee's plan 475-KH/TU the commune carries out is among its documents (docs/transcription.md §5).
    assertEquals(List.of("issued", "issued", "issued", "issued", "issued", "issued", "issued", "responds_to", "cites", "cites",
        "cites", "cites", "cites", "cites", "follow_up"), one.stream().map(r -> r.get("list")).toList(),
        "seven documents, the one letter the report answers, the six national texts it cites and the conclusion followed up");
    CSVRecord decision = one.stream().filter(r -> r.get("number").equals("20/2020/QĐ-TTg")).findFirst().orElseThrow();
    assertEquals("2020-07-22", decision.get("date"), "a cited legal basis keeps its date");
    JsonNode national = new ObjectMapper().readTree(site.resolve("data/all/data.json").toFile());
    JsonNode report = new ObjectMapper().readTree(
        site.resolve("data/hai-phong/hung-thang/2025-11-28_2025-12-05/data.json").toFile());
    assertEquals(1, report.path("reports").size());
    assertTrue(national.path("reports").toString().contains(report.path("reports").get(0).toString()));
  }

  @Test
  void followUpsAndEveryWarningAndNoteReachTheCsv() throws Exception {
    CSVRecord followUp = csv("data/all/documents.csv").stream().filter(r -> r.get("list").equals("follow_up"))
        .findFirst().orElseThrow();
    assertEquals("hung-thang", followUp.get("commune"));
    assertEquals("195-KL/TW", followUp.get("number"));
    assertEquals("2025-09-26", followUp.get("date"));
    assertFalse(followUp.get("follow_up_vi").isEmpty());
    List<CSVRecord> warnings = csv("data/all/warnings.csv");
    for (CSVRecord report : csv("data/all/reports.csv")) {
      String key = report.get("province") + "/" + report.get("commune") + "/" + report.get("period");
      List<CSVRecord> mine = warnings.stream().filter(w -> w.get("report").equals(key)).toList();
      assertEquals(Long.parseLong(report.get("warnings_count")),
          mine.stream().filter(w -> w.get("kind").equals("validation_warning")).count(), key);
      mine.forEach(w -> assertFalse(w.get("message_vi").isEmpty() || w.get("message_en").isEmpty(), key));
    }
    CSVRecord note = warnings.stream().filter(w -> w.get("kind").equals("quality_note")
        && w.get("commune").equals("hung-thang")).findFirst().orElseThrow();
    assertTrue(note.get("message_en").contains("7 Nov 2025"), note.get("message_en"));
    CSVRecord undated = warnings.stream().filter(w -> w.get("code").equals("source-undated")
        && w.get("commune").equals("hung-thang")).findFirst().orElseThrow();
    assertEquals("source", undated.get("field"));
    assertEquals("The source report has no date.", undated.get("message_en"));
  }

  @Test
  void theJsonSchemasArePublishedAsCommitted() throws Exception {
    for (String kind : List.of("report", "commune", "province", "site")) {
      assertEquals(Files.readString(Path.of("docs/schema/" + kind + ".schema.json")),
          Files.readString(site.resolve("schema/" + kind + ".schema.json")), kind);
    }
  }

  @Test
  void theExcelCopyStartsWithABomAndTheCanonicalFileDoesNot() throws Exception {
    byte[] canonical = Files.readAllBytes(site.resolve("data/all/reports.csv"));
    byte[] excel = Files.readAllBytes(site.resolve("data/all/reports.excel.csv"));
    assertNotEquals((byte) 0xEF, canonical[0]);
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(excel, 3));
    assertArrayEquals(canonical, java.util.Arrays.copyOfRange(excel, 3, excel.length));
    assertTrue(new String(canonical, StandardCharsets.UTF_8).contains("Hùng Thắng"));
  }

  @Test
  void theDataPackageListsExactlyTheNationalAndProvincialTablesWithTheirBytesAndHashes() throws Exception {
    JsonNode pkg = new ObjectMapper().readTree(site.resolve("data/datapackage.json").toFile());
    Set<String> listed = new TreeSet<>();
    for (JsonNode r : pkg.path("resources")) {
      String path = r.path("path").asText();
      listed.add(path);
      byte[] bytes = Files.readAllBytes(site.resolve("data").resolve(path));
      assertEquals(bytes.length, r.path("bytes").asLong(), path);
      assertEquals("sha256:" + Output.sha256(bytes), r.path("hash").asText(), path);
      if (path.endsWith(".json")) {
        assertEquals("json", r.path("format").asText());
        assertFalse(r.path("description").asText().isBlank(), path);
        continue;
      }
      if (path.endsWith(".zip")) {
        assertEquals("application/zip", r.path("mediatype").asText(), path);
        assertTrue(r.path("description").asText().contains("<xã>"), path);
        continue;
      }
      List<String> header = new ArrayList<>();
      r.path("schema").path("fields").forEach(f -> header.add(f.path("name").asText()));
      assertEquals(header, csv("data/" + path).isEmpty() ? header
          : csv("data/" + path).get(0).getParser().getHeaderNames(), path);
    }
    Set<String> expected = new TreeSet<>();
    for (Output.Written w : written) {
      String p = w.path();
      if (p.matches("data/all/([a-z]+\\.csv|data\\.json)|data/(hai-phong|quang-ngai)/\\2\\.zip")) {
        expected.add(p.substring("data/".length()));
      }
    }
    assertEquals(expected, listed);
    assertEquals(8 + 2, listed.size(), "seven national tables and data.json, and each province's zip");
    assertEquals(3, pkg.path("sources").size(), "every report cited");
    assertEquals("2025-12-05T00:00:00Z", pkg.path("created").asText(), "the data's own latest date, not the clock");
    // A standard identifier tools recognise, with the Decree 47/2020 name and terms kept.
    JsonNode licence = pkg.path("licenses").get(0);
    assertEquals("CC-BY-4.0", licence.path("name").asText());
    assertEquals("https://spdx.org/licenses/CC-BY-4.0.html", licence.path("path").asText());
    assertTrue(licence.path("title").asText().startsWith("Dữ liệu mở theo Nghị định 47/2020/NĐ-CP"));
    assertTrue(pkg.path("licenseTerms").asText().startsWith("Được tự do sao chép"));
  }

  @Test
  void theFieldsRealReportsCarryHaveTheirColumns() throws Exception {
    CSVRecord front = csv("data/all/infrastructure.csv").stream()
        .filter(r -> r.get("commune").equals("hung-thang") && r.get("block").equals("front")).findFirst().orElseThrow();
    assertEquals("100", front.get("linked_pct"));
    assertEquals("100", front.get("coverage_pct"));
    assertEquals("", front.get("areas_without_signal"), "not stated is empty, never 0");
    Map<String, CSVRecord> wide = csv("data/all/reports.csv").stream()
        .collect(java.util.stream.Collectors.toMap(r -> r.get("commune"), r -> r));
    assertEquals("100", wide.get("hung-thang").get("human_resources_public_service_staff_trained_pct"));
    assertEquals("part_time", wide.get("chi-minh").get("human_resources_it_staffing"));
    assertEquals("dedicated", wide.get("minh-long").get("human_resources_it_staffing"));
    assertEquals("100", wide.get("minh-long").get("infrastructure_government_connectivity_linked_pct"));
    assertEquals("", wide.get("minh-long").get("dossiers_to_handle"));
  }

  /**
   * The evidence table (#21): one row per quoted clause of the sample reports' evidence files,
   * the clause found on its lines of the kept text, and listed in the data package at each level.
   */
  @Test
  void theEvidenceTableHoldsEveryQuoteOfTheSamplesWithItsLines() throws Exception {
    List<CSVRecord> rows = csv("data/all/evidence.csv");
    long quotes = 0;
    try (Stream<Path> files = Files.walk(Path.of("data"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".evidence.yaml")).toList()) {
        quotes += Files.readAllLines(f).stream().filter(l -> l.strip().startsWith("quote:")).count();
      }
    }
    assertEquals(quotes, rows.size());
    CSVRecord received = rows.stream().filter(r -> r.get("commune").equals("hung-thang")
        && r.get("field").equals("dossiers.received")).findFirst().orElseThrow();
    assertEquals("239", received.get("value"));
    assertEquals("hai-phong/hung-thang/2025-11-28_2025-12-05", received.get("report"));
    List<String> text = Files.readAllLines(Path.of("sources/hai-phong/hung-thang/hung-thang_2025-12-05_dang-uy.txt"));
    String lines = String.join(" ", text.subList(Integer.parseInt(received.get("line")) - 1,
        Integer.parseInt(received.get("last_line")))).replaceAll("\\s+", " ");
    assertTrue(lines.toLowerCase(java.util.Locale.ROOT).contains(received.get("quote").toLowerCase(java.util.Locale.ROOT)),
        lines + " / " + received.get("quote"));
    assertTrue(rows.stream().anyMatch(r -> !r.get("computed").isEmpty()), "a computed figure's parts are rows too");
    JsonNode pkg = new ObjectMapper().readTree(site.resolve("data/datapackage.json").toFile());
    List<String> paths = new ArrayList<>();
    pkg.path("resources").forEach(r -> paths.add(r.path("path").asText()));
    assertTrue(paths.containsAll(List.of("all/evidence.csv", "hai-phong/hai-phong.zip", "quang-ngai/quang-ngai.zip")), paths.toString());
    assertFalse(zipped("hai-phong/evidence.csv").isEmpty(), "a province's evidence rows are in its zip");
  }

  @Test
  void theDataPackageIsValidAgainstTheOfficialV2Profile() throws Exception {
    String profile;
    try (InputStream in = OpenDataTest.class.getResourceAsStream("/frictionless/datapackage-2.0.json")) {
      profile = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // The profile's own keywords (for Frictionless' form builders) are annotations, not unknowns to warn about.
    Dialect draft7 = Dialect.builder(Dialects.getDraft7())
        .keyword(new AnnotationKeyword("propertyOrder"))
        .keyword(new AnnotationKeyword("context"))
        .keyword(new AnnotationKeyword("options"))
        .keyword(new AnnotationKeyword("notes"))
        .keyword(new AnnotationKeyword("item"))
        .build();
    var schema = SchemaRegistry.withDefaultDialect(draft7).getSchema(profile);
    JsonNode pkg = new ObjectMapper().readTree(site.resolve("data/datapackage.json").toFile());
    assertEquals(List.of(), schema.validate(pkg));
  }

  @Test
  void rowsFollowTheirTableSchema() throws Exception {
    JsonNode pkg = new ObjectMapper().readTree(site.resolve("data/datapackage.json").toFile());
    Map<String, Integer> checked = new TreeMap<>();
    for (JsonNode r : pkg.path("resources")) {
      if (!r.path("format").asText().equals("csv")) {
        continue;
      }
      Map<String, String> types = new HashMap<>();
      r.path("schema").path("fields").forEach(f -> types.put(f.path("name").asText(), f.path("type").asText()));
      for (CSVRecord row : csv("data/" + r.path("path").asText())) {
        assertTrue(row.isConsistent(), r.path("path").asText() + " row " + row.getRecordNumber() + " has "
            + row.size() + " cells for " + types.size() + " fields");
        for (Map.Entry<String, String> field : types.entrySet()) {
          String cell = row.get(field.getKey());
          String where = r.path("path").asText() + " " + field.getKey() + "=" + cell;
          if (cell.isEmpty()) {
            continue;
          }
          checked.merge(field.getValue(), 1, Integer::sum);
          switch (field.getValue()) {
            case "integer" -> assertTrue(cell.matches("0|[1-9][0-9]*"), where);
            case "number" -> assertTrue(cell.matches("(0|[1-9][0-9]*)(\\.[0-9]+)?"), where);
            case "date" -> assertTrue(cell.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}"), where);
            case "boolean" -> assertTrue(cell.matches("true|false"), where);
            case "string" -> assertText(cell, where);
            default -> throw new AssertionError("a type Table Schema readers may not know: " + where);
          }
        }
      }
    }
    assertEquals(Set.of("boolean", "date", "integer", "number", "string"), checked.keySet(), "every type met in the sample");
  }

  /**
   * A string cell as Table Schema's default format reads it and a spreadsheet shows it: NFC
   * Unicode, no control characters but line breaks, no spaces around it, no formula.
   */
  private static void assertText(String cell, String where) {
    assertTrue(java.text.Normalizer.isNormalized(cell, java.text.Normalizer.Form.NFC), where + " is not NFC");
    assertFalse(cell.matches("(?s).*[\\p{Cc}&&[^\\n]].*"), where + " holds a control character");
    assertEquals(cell.strip(), cell, where + " has spaces around it");
    assertFalse(cell.matches("(?s)[=+\\-@].*"), where + " would run as a formula");
  }

  @Test
  void theZipHoldsTheNationalTablesTheirPackageTheDictionaryAndTheCorrectionsLog() throws Exception {
    Set<String> names = new TreeSet<>();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(site.resolve("data/xaso-open-data.zip")))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        names.add(e.getName());
        byte[] bytes = zip.readAllBytes();
        if (e.getName().equals("datapackage.json")) {
          JsonNode pack = new ObjectMapper().readTree(bytes);
          List<String> paths = new ArrayList<>();
          pack.path("resources").forEach(r -> paths.add(r.path("path").asText()));
          assertEquals(List.of("all/indicators.csv", "all/reports.csv", "all/documents.csv", "all/difficulties.csv",
              "all/infrastructure.csv", "all/warnings.csv", "all/evidence.csv", "all/data.json"), paths,
              "the zip's own package lists what the zip holds");
        } else if (e.getName().startsWith("all/")) {
          assertArrayEquals(Files.readAllBytes(site.resolve("data/" + e.getName())), bytes, e.getName());
        }
      }
    }
    // The central directory agrees with the entries: what unzip and spreadsheet tools read.
    try (ZipFile zip = new ZipFile(site.resolve("data/xaso-open-data.zip").toFile())) {
      assertEquals(names, zip.stream().map(ZipEntry::getName).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
      assertArrayEquals(Files.readAllBytes(site.resolve("data/all/indicators.csv")),
          zip.getInputStream(zip.getEntry("all/indicators.csv")).readAllBytes());
    }
    assertEquals(Files.readString(Path.of("content/data-changelog.md")), Files.readString(site.resolve("data/CHANGELOG.md")));
    assertEquals(Set.of("datapackage.json", "data-dictionary.md", "CHANGELOG.md", "all/indicators.csv", "all/reports.csv",
        "all/documents.csv", "all/difficulties.csv", "all/infrastructure.csv", "all/warnings.csv", "all/evidence.csv",
        "all/data.json"), names);
  }

  @Test
  void aFormulaInYamlComesOutNeutralisedAndNumbersStayNumbers(@TempDir Path dir) throws Exception {
    TinyProject.withCommune(dir).file("data/hai-phong/hung-thang/2025-12.yaml", """
        commune: hung-thang
        period: {start: 2025-12-01, end: 2025-12-31}
        source:
          issuer: {vi: UBND xã Hùng Thắng}
          issuer_block: government
          title: {vi: Báo cáo tháng 12}
        procedures: {total: 10}
        difficulties:
          - area: other
            difficulty: {vi: '=HYPERLINK("http://example.org","bấm")', en: "@SUM(A1:A2)"}
            proposal: {vi: "+1 máy tính", en: "-1 computer"}
        """);
    Path out = dir.resolve("out");
    assertTrue(new Build().run(dir, out, Build.Scope.DATA).ok());
    CSVRecord row;
    try (CSVParser p = CSVParser.parse(new StringReader(Files.readString(out.resolve("data/all/difficulties.csv"))),
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      row = p.getRecords().get(0);
    }
    assertEquals("'=HYPERLINK(\"http://example.org\",\"bấm\")", row.get("difficulty_vi"));
    assertEquals("'@SUM(A1:A2)", row.get("difficulty_en"));
    assertEquals("'+1 máy tính", row.get("proposal_vi"));
    assertEquals("'-1 computer", row.get("proposal_en"));
    try (CSVParser p = CSVParser.parse(new StringReader(Files.readString(out.resolve("data/all/reports.csv"))),
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      assertEquals("10", p.getRecords().get(0).get("procedures_total"), "numbers are not touched");
    }
  }

  @Test
  void twoBuildsGiveByteIdenticalData(@TempDir Path dir) throws Exception {
    Build.Result again = new Build().run(Path.of(""), dir.resolve("again"), Build.Scope.DATA);
    assertEquals(written, again.written());
    try (Stream<Path> files = Files.walk(site)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(dir.resolve("again").resolve(site.relativize(f))),
            f.toString());
      }
    }
  }

}
