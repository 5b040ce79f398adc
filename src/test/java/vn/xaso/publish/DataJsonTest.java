package vn.xaso.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Build;
import vn.xaso.testing.TinyProject;

/**
 * A report's data.json holds each figure of its YAML with the same name, value and JSON type
 * (counts and shares as numbers, dates and codes as text), its indicators and its warnings.
 */
class DataJsonTest {
  private static final String REPORT = TinyProject.DECEMBER + """
      documents:
        - kind: plan
          number: 12/KH-UBND
          date: 2025-12-02
          title: {vi: Kế hoạch chuyển đổi số, en: Digital transformation plan}
      procedures: {total: 8, full_online: 2, partial_online: 4, not_online: 2}
      dossiers: {received: 300, received_online: 200, online_pct: 66.65}
      finance: {estimated_need_vnd: 5000000000, year: 2025}
      human_resources: {community_teams: {villages_covered: 5}}
      """;

  @TempDir Path dir;

  @Test
  void everyFigureKeepsItsValueAndItsTypeAndIndicatorsAndWarningsFollow() throws Exception {
    TinyProject.withCommune(dir).file("data/hai-phong/hung-thang/commune.yaml", TinyProject.COMMUNE + "villages: 20\ncode: '10001'\n")
        .file("data/hai-phong/hung-thang/2025-12.yaml", REPORT);
    assertTrue(new Build().run(dir, dir.resolve("out"), Build.Scope.DATA).ok());

    JsonNode report = new ObjectMapper().readTree(dir.resolve("out/data/hai-phong/hung-thang/2025-12/data.json").toFile())
        .path("reports").get(0);
    Map<String, JsonNode> yaml = leaves(new YAMLMapper().readTree(REPORT), "", new TreeMap<>());
    Map<String, JsonNode> json = leaves(report, "", new TreeMap<>());
    for (Map.Entry<String, JsonNode> e : yaml.entrySet()) {
      JsonNode j = json.get(e.getKey());
      JsonNode y = e.getValue();
      assertEquals(y.isNumber(), j != null && j.isNumber(), e.getKey() + " = " + j);
      assertEquals(y.isNumber() ? y.decimalValue().stripTrailingZeros() : y.asText(),
          y.isNumber() ? j.decimalValue().stripTrailingZeros() : j.asText(), e.getKey());
    }
    assertEquals("hai-phong", report.path("province").asText());
    assertEquals("Hải Phòng", report.path("province_name").asText());
    assertEquals("Hùng Thắng", report.path("commune_name").asText());
    assertEquals("10001", report.path("commune_code").asText());
    assertEquals("xa", report.path("unit_type").asText());
    assertEquals("2025-12", report.path("period_key").asText());

    JsonNode indicators = report.path("indicators");
    assertEquals("{\"value\":25,\"unit\":\"%\",\"basis\":\"computed\"}", indicators.path("full_online_share").toString());
    assertEquals("{\"value\":66.67,\"unit\":\"%\",\"basis\":\"computed\"}", indicators.path("online_dossier_share").toString());
    assertEquals("{\"value\":25,\"unit\":\"%\",\"basis\":\"computed\"}", indicators.path("villages_covered_share").toString(),
        "5 of the profile's 20 villages");
    assertEquals("{\"value\":8,\"unit\":\"TTHC / procedures\",\"basis\":\"count\"}", indicators.path("procedures_total").toString());
    JsonNode absent = indicators.path("staff_trained");
    assertTrue(absent.path("value").isNull());
    assertEquals("absent", absent.path("basis").asText());
    assertEquals("The report gives no count of staff trained", absent.path("reason_en").asText());
    assertEquals("Báo cáo không nêu số người được tập huấn", absent.path("reason_vi").asText());

    List<String> warnings = new java.util.ArrayList<>();
    report.path("warnings").forEach(w -> warnings.add(w.path("code").asText() + " " + w.path("field").asText() + " "
        + w.path("line").asInt() + " " + w.path("message_en").asText()));
    assertEquals(List.of("source-undated source 3 The source report has no date.",
        "source-unnumbered source 3 The source report has no number.",
        "rate-mismatch dossiers.online_pct 13 The report states 66.65%, but 200/300 = 66.67%."), warnings);
    assertTrue(report.path("warnings").get(2).path("message_vi").asText().startsWith("Báo cáo ghi 66,65%"));
  }

  private static Map<String, JsonNode> leaves(JsonNode node, String prefix, Map<String, JsonNode> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        leaves(e.getValue(), prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        leaves(node.get(i), prefix + "[" + i + "]", out);
      }
    } else {
      out.put(prefix, node);
    }
    return out;
  }
}
