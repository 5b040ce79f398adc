package vn.xaso.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Build;
import vn.xaso.testing.TinyProject;

/** The preview's status is written by the same writer as {@code xaso validate --format json}. */
class DevServerStatusTest {
  private static final String FILE = "data/hai-phong/hung-thang/2025-12.yaml";

  @TempDir Path dir;

  @Test
  void aFailedBuildsStatusCarriesTheValidateReportOfItsErrors() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file(FILE, TinyProject.DECEMBER + "procedures: {total: ten}\n");
    ObjectMapper json = new ObjectMapper();
    JsonNode validate = json.readTree(p.run("validate", "--format", "json", "--github-annotations=false").out());
    try (DevServer server = new DevServer(new Build(), dir, dir.resolve("target/preview"),
        new PrintWriter(new StringWriter(), true))) {
      server.start(0);
      JsonNode status = json.readTree(server.statusJson());

      assertEquals(1, status.get("build").asInt());
      assertFalse(status.get("ok").asBoolean());
      assertTrue(status.get("problems").get(0).asText().startsWith(FILE + ":7:21: error[not-integer] procedures.total: ten"
          + " không phải số nguyên không âm."), status.toString());
      JsonNode report = status.get("report");
      assertFalse(report.get("valid").asBoolean());
      assertEquals("{\"files\":null,\"reports\":null,\"communes\":null,\"errors\":1,\"warnings\":2}",
          report.get("stats").toString());
      assertEquals(1, report.get("problems").size(), "errors listed, warnings only counted");
      JsonNode error = report.get("problems").get(0);
      assertEquals("ten is not a non-negative whole number.", error.get("message").get("en").asText());
      assertEquals(validate.get("problems").get(2), error, "the very object validate prints");
    }
  }

  @Test
  void beforeTheFirstBuildThereIsNoReport() throws Exception {
    TinyProject.withCommune(dir).file(FILE, TinyProject.DECEMBER_SIGNED);
    DevServer server = new DevServer(new Build(), dir, dir.resolve("target/preview"), new PrintWriter(new StringWriter(), true));
    assertEquals("{\"build\":0,\"ok\":false,\"problems\":[],\"report\":null}", server.statusJson());
  }
}
