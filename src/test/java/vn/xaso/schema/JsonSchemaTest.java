package vn.xaso.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.xaso.build.Check;
import vn.xaso.cli.SchemaCommand;
import vn.xaso.load.Binder;
import vn.xaso.load.Limits;
import vn.xaso.load.YNode;
import vn.xaso.load.YamlReader;
import vn.xaso.model.Report;
import vn.xaso.problem.Problems;
import vn.xaso.testing.TinyProject;

/** The generated JSON Schemas agree with the validator: the sample data passes both, mistakes fail both. */
class JsonSchemaTest {
  /** Draft 2020-12 plus the VS Code keywords the schemas carry for editors, known as annotations, not warned about. */
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      Dialect.builder(Dialects.getDraft202012())
          .keyword(new AnnotationKeyword("markdownDescription"))
          .keyword(new AnnotationKeyword("enumDescriptions"))
          .build());
  private static final Map<String, String> GENERATED = SchemaCommand.generate(new Schema());
  private static final String VALID_REPORT = TinyProject.DECEMBER + """
      dossiers:
        received: 10
        online_pct: 80.05
      """;

  @Test
  void committedSchemasAndDictionaryAreExactlyWhatTheModelGenerates() throws Exception {
    for (Map.Entry<String, String> f : GENERATED.entrySet()) {
      Path committed = Path.of("docs").resolve(f.getKey());
      assertTrue(Files.exists(committed), committed + " is missing: run java -jar target/xaso.jar schema");
      assertEquals(f.getValue(), Files.readString(committed, StandardCharsets.UTF_8),
          committed + " differs from the model: run java -jar target/xaso.jar schema and commit the result");
    }
  }

  @Test
  void everyGeneratedSchemaIsAValidDraft202012Schema() throws Exception {
    com.networknt.schema.Schema meta = REGISTRY.getSchema(com.networknt.schema.SchemaLocation.of(
        "https://json-schema.org/draft/2020-12/schema"));
    ObjectMapper json = new ObjectMapper();
    for (Map.Entry<String, String> f : GENERATED.entrySet()) {
      if (f.getKey().endsWith(".json")) {
        assertEquals(List.of(), meta.validate(json.readTree(f.getValue())), f.getKey());
      }
    }
  }

  @Test
  void everySampleFileValidatesAgainstItsSchema() throws Exception {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of("data"))) {
      files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertEquals(11, files.size());
    for (Path file : files) {
      String name = file.getFileName().toString();
      String kind = name.equals("province.yaml") ? "province" : name.equals("commune.yaml") ? "commune"
          : name.endsWith(".evidence.yaml") ? "evidence" : "report";
      assertEquals(List.of(), errors(kind, Files.readString(file)), file.toString());
    }
    assertEquals(List.of(), errors("site", Files.readString(Path.of("content/site.yaml"))));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "dossiers:\n  recieved: 10",
      "dossiers:\n  received: -1",
      "dossiers:\n  online_pct: 101",
      "dossiers:\n  received: ten",
      "source_block: goverment",
      "period: {start: 05/12/2025, end: 2025-12-31}",
  })
  void aMistakeFailsBothTheSchemaAndTheValidator(String mistake) throws Exception {
    String yaml = mistake.startsWith("period:")
        ? VALID_REPORT.replace("period: {start: 2025-12-01, end: 2025-12-31}", mistake)
        : mistake.startsWith("source_block") ? VALID_REPORT.replace("issuer_block: government", "issuer_block: goverment")
        : VALID_REPORT.replace("dossiers:\n  received: 10\n  online_pct: 80.05", mistake);
    assertFalse(errors("report", yaml).isEmpty(), "schema accepts: " + yaml);
    Problems problems = new Problems();
    YNode root = new YamlReader(Limits.DEFAULT).parse(yaml.getBytes(StandardCharsets.UTF_8), "r.yaml", problems)
        .orElseThrow();
    new Binder(Limits.DEFAULT).bind(root, new Schema().report(), Report.class, "r.yaml", problems);
    assertTrue(problems.hasErrors(), "validator accepts: " + yaml);
  }

  @Test
  void theValidReportPassesBoth(@TempDir Path dir) throws Exception {
    assertEquals(List.of(), errors("report", VALID_REPORT));
    TinyProject.withCommune(dir).file("data/hai-phong/hung-thang/2025-12.yaml", VALID_REPORT);
    // Its only remarks: the report gives no number or date, which a signed report always has.
    assertEquals(List.of("source-undated", "source-unnumbered"),
        new Check().run(dir).problems().all().stream().map(p -> p.code().id()).toList());
  }

  private static List<Error> errors(String kind, String yaml) throws Exception {
    JsonNode doc = new YAMLMapper().readTree(yaml);
    com.networknt.schema.Schema schema = REGISTRY.getSchema(GENERATED.get("schema/" + kind + ".schema.json"));
    return schema.validate(doc);
  }
}
