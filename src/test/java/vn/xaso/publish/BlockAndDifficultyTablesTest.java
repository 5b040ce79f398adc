package vn.xaso.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Build;
import vn.xaso.testing.TinyProject;

/** The long tables built from a report's lists: one row per block, one per difficulty and per general proposal. */
class BlockAndDifficultyTablesTest {
  private static final String REPORT = TinyProject.DECEMBER + """
      infrastructure:
        party:
          hardware: {computers: 21, party_wan_computers: 3, classified_computers: 1, networked_pct: 90.5, scanners: 3,
            printers: 19, internet_lines: 2}
          digitised_pct: 100
          software:
            - name: {vi: Phần mềm Quản lý đảng viên}
              state: stable
            - name: {vi: Sổ tay đảng viên}
        government:
          hardware: {computers: 43, adequate: 20, inadequate: 13, anti_malware: 40}
          databases:
            - {vi: Dữ liệu hộ tịch}
            - {vi: Dữ liệu đất đai}
        front:
          digitised_pct: 50
      difficulties:
        - area: infrastructure
          difficulty: {vi: Máy tính cũ, en: Old computers}
          proposal: {vi: Cấp máy mới, en: New computers}
          authority: {vi: UBND tỉnh, en: Provincial People's Committee}
        - area: human_resources
          difficulty: {vi: Thiếu người}
      proposals:
        - {vi: Tập huấn thêm, en: More training}
      """;

  @TempDir Path dir;

  private List<Map<String, String>> rows(String table) throws Exception {
    try (CSVParser p = CSVParser.parse(new StringReader(Files.readString(dir.resolve("out/data/all/" + table + ".csv"))),
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      return p.getRecords().stream().map(CSVRecord::toMap).toList();
    }
  }

  private static String pick(Map<String, String> row, String... columns) {
    StringBuilder b = new StringBuilder();
    for (String c : columns) {
      b.append(b.length() == 0 ? "" : "|").append(row.get(c));
    }
    return b.toString();
  }

  @Test
  void eachBlockIsARowWithItsFiguresSoftwareAndDatabases() throws Exception {
    TinyProject.withCommune(dir).file("data/hai-phong/hung-thang/2025-12.yaml", REPORT);
    assertTrue(new Build().run(dir, dir.resolve("out"), Build.Scope.DATA).ok());

    List<Map<String, String>> rows = rows("infrastructure");
    String[] columns = {"block", "computers", "adequate", "inadequate", "party_wan_computers", "classified_computers",
        "anti_malware", "networked_pct", "scanners", "printers", "internet_lines", "digitised_pct", "software_count",
        "software_vi", "databases_vi"};
    assertEquals(List.of(
        "party|21|||3|1||90.5|3|19|2|100|2|Phần mềm Quản lý đảng viên (stable); Sổ tay đảng viên|",
        "government|43|20|13|||40||||||||Dữ liệu hộ tịch; Dữ liệu đất đai",
        "front|||||||||||50|||"), rows.stream().map(r -> pick(r, columns)).toList());
    assertEquals("hai-phong|hung-thang|2025-12|2025-12-01|2025-12-31",
        pick(rows.get(0), "province", "commune", "period", "period_start", "period_end"));

    List<Map<String, String>> difficulties = rows("difficulties");
    assertEquals(List.of(
        "difficulty|infrastructure|Máy tính cũ|Old computers|Cấp máy mới|New computers|UBND tỉnh|Provincial People's Committee",
        "difficulty|human_resources|Thiếu người|||||",
        "proposal||||Tập huấn thêm|More training||"),
        difficulties.stream().map(r -> pick(r, "kind", "area", "difficulty_vi", "difficulty_en", "proposal_vi", "proposal_en",
            "authority_vi", "authority_en")).toList());
    Map<String, String> wide = rows("reports").get(0);
    assertEquals("2", wide.get("difficulties_count"));
  }

  @Test
  void documentsIssuedAndTheOneTheReportAnswersAreRowsAndTheDictionaryIsTheCommittedOne() throws Exception {
    TinyProject.withCommune(dir).file("data/hai-phong/hung-thang/2025-12.yaml", TinyProject.DECEMBER.replace(
        "issuer_block: government", """
        issuer_block: government
          responds_to:
            - number: 2146/SKHCN-CNTT
              kind: letter
              date: 2025-11-23
              issuer: {vi: Sở Khoa học và Công nghệ, en: Department of Science and Technology}
              title: {vi: Đề nghị báo cáo, en: Request for a report}""") + """
        documents:
          - kind: plan
            number: 12/KH-UBND
            date: 2025-12-02
            title: {vi: Kế hoạch chuyển đổi số, en: Digital transformation plan}
        """);
    assertTrue(new Build().run(dir, dir.resolve("out"), Build.Scope.DATA).ok());

    assertEquals(List.of("issued|12/KH-UBND|plan|2025-12-02|||Kế hoạch chuyển đổi số|Digital transformation plan",
        "responds_to|2146/SKHCN-CNTT|letter|2025-11-23|Sở Khoa học và Công nghệ|Department of Science and Technology"
            + "|Đề nghị báo cáo|Request for a report"),
        rows("documents").stream().map(r -> pick(r, "list", "number", "kind", "date", "issuer_vi", "issuer_en", "title_vi",
            "title_en")).toList());
    assertEquals(Files.readString(Path.of("docs/data-dictionary.md")), Files.readString(dir.resolve("out/data/data-dictionary.md")));
  }

  @Test
  void aReportWithoutInfrastructureOrDifficultiesHasNoRows() throws Exception {
    TinyProject.withCommune(dir).file("data/hai-phong/hung-thang/2025-12.yaml", TinyProject.DECEMBER);
    assertTrue(new Build().run(dir, dir.resolve("out"), Build.Scope.DATA).ok());
    assertEquals(List.of(), rows("infrastructure"));
    assertEquals(List.of(), rows("difficulties"));
    assertEquals("0", rows("reports").get(0).get("difficulties_count"));
  }
}
