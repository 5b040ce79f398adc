package vn.xaso.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.xaso.publish.Column;
import vn.xaso.publish.DictionaryMarkdown;
import vn.xaso.publish.Table;
import vn.xaso.publish.Tables;

/**
 * The data dictionary, the JSON Schema and the open-data descriptions say of each count whether
 * it is a stock or a flow, read from the model's {@code @Stock} and {@code @Flow}, as the pages
 * and comparisons do.
 */
class FigureKindTest {
  private final Schema schema = new Schema();
  private final Dictionary dictionary = new Dictionary(schema);

  private Map<String, Dictionary.Entry> reportEntries() {
    return dictionary.entries(schema.report()).stream()
        .collect(Collectors.toMap(Dictionary.Entry::path, e -> e, (a, b) -> a));
  }

  @Test
  void eachCountOfAPartIsAStockOrAFlowAsItsRecordDeclares() {
    Map<String, Dictionary.Entry> e = reportEntries();
    assertEquals(FigureKind.STOCK, e.get("procedures.total").figure());
    assertEquals(FigureKind.FLOW, e.get("procedures.with_dossiers.full_online").figure(), "its own declaration wins");
    assertEquals(FigureKind.FLOW, e.get("dossiers.received").figure());
    assertEquals(FigureKind.FLOW, e.get("dossiers.online_pct").figure(), "a share of a flow");
    assertEquals(FigureKind.STOCK, e.get("infrastructure.<party|government|council|front>.hardware.computers").figure(),
        "a block's hardware lies inside the infrastructure's stock");
    assertEquals(FigureKind.STOCK, e.get("human_resources.community_teams.teams").figure());
    assertEquals(null, e.get("finance.year").figure(), "a year names, it does not count");
    assertEquals(null, e.get("procedures.as_of").figure(), "the date a stock stands at is no figure");
    assertEquals(null, e.get("source.date").figure());
    assertEquals(Optional.empty(), FigureKind.ofRecord(vn.xaso.model.Commune.class));
    List<String> undeclared = e.values().stream()
        .filter(x -> x.path().matches("(procedures|dossiers|infrastructure|human_resources)\\..*"))
        .filter(x -> x.typeEn().startsWith("integer") || x.typeEn().startsWith("number"))
        .filter(x -> x.figure() == null).map(Dictionary.Entry::path).toList();
    assertEquals(List.of(), undeclared, "every count of a dated part says its kind");
  }

  @Test
  void theDictionaryTheSchemaAndTheDataPackageSayIt() throws Exception {
    String md = new DictionaryMarkdown(dictionary).render();
    String row = md.lines().filter(l -> l.startsWith("| `dossiers.received` |")).findFirst().orElseThrow();
    assertTrue(row.contains("| số liệu trong kỳ (cộng dồn trong một khoảng thời gian) / flow: a count over a span of time |"), row);
    String stock = md.lines().filter(l -> l.startsWith("| `procedures.total` |")).findFirst().orElseThrow();
    assertTrue(stock.contains("stock: a count that holds at a date"), stock);

    JsonNode json = new ObjectMapper().readTree(new JsonSchemaWriter().write(schema.report(), "report"));
    String received = json.at("/$defs/Dossiers/properties/received/description").asText();
    assertTrue(received.endsWith("— số liệu trong kỳ (cộng dồn trong một khoảng thời gian) / flow: a count over a span of time"),
        received);

    Table reports = new Tables(schema).all().stream().filter(t -> t.name().equals("reports")).findFirst().orElseThrow();
    Column column = reports.columns().stream().filter(c -> c.name().equals("human_resources_trained")).findFirst()
        .orElseThrow();
    assertEquals(FigureKind.STOCK, column.figure(), "the Data Package's description says it (DataPackageTest)");
    assertEquals("Staff trained in digital transformation", column.en(), "the column's title stays its meaning");
    Column year = reports.columns().stream().filter(c -> c.name().equals("finance_year")).findFirst().orElseThrow();
    assertEquals(null, year.figure());
  }
}
