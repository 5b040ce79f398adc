package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.xaso.model.Dossiers;
import vn.xaso.model.DocumentKind;
import vn.xaso.schema.Schema;
import vn.xaso.schema.Shape;

/** The draft follows the model, read through the schema: every field in the record's order. */
class DraftWriterTest {

  @Test
  void aPartWithAnythingFoundListsEveryFigureOfItsRecordInOrder() {
    Findings found = new Findings();
    found.add("commune", "hung-thang", "q");
    found.add("dossiers.rejected", 2, "02 hồ sơ từ chối");
    String draft = new DraftWriter(new Schema().report()).render(found, "r.txt", null, false);

    List<String> keys = new ArrayList<>();
    boolean in = false;
    for (String line : draft.split("\n")) {
      if (line.equals("dossiers:")) {
        in = true;
      } else if (in && line.startsWith("  ") && !line.startsWith("    ") && !line.trim().startsWith("#")) {
        keys.add(line.trim().replaceFirst(":.*", ""));
      } else if (in && !line.startsWith(" ")) {
        break;
      }
    }
    List<String> model = new Schema().object(Dossiers.class).props().stream()
        .filter(p -> p.shape() instanceof Shape.Scalar).map(Shape.Prop::name).toList();
    assertEquals(model, keys);
    assertTrue(draft.contains("\n  rejected: 2  # «02 hồ sơ từ chối»\n"), draft);
  }

  @Test
  void listItemsAreWrittenAsYamlItemsAndRequiredSummariesLeftToWrite() {
    Findings found = new Findings();
    found.add("documents[0].number", "20/KH-UBND", "Kế hoạch số 20/KH-UBND");
    found.add("documents[0].kind", DocumentKind.PLAN, "Kế hoạch số 20/KH-UBND");
    found.add("documents[1].number", "7/QĐ-UBND", "Quyết định số 7/QĐ-UBND: xem");
    String draft = new DraftWriter(new Schema().report()).render(found, "r.txt", null, false);
    assertTrue(draft.contains("""
        documents:
          - number: 20/KH-UBND  # «Kế hoạch số 20/KH-UBND»
            kind: plan  # «Kế hoạch số 20/KH-UBND»
            date:
            title:  # tóm tắt / summarise
              vi:
          - number: 7/QĐ-UBND  # «Quyết định số 7/QĐ-UBND: xem»
        """), draft);
    String checked = new DraftWriter(new Schema().report()).render(found, "r.txt", null, true);
    assertTrue(checked.contains("      vi: \"…\"\n"), "the validator's copy holds a stand-in summary");
  }

  @Test
  void textThatYamlWouldMisreadIsQuoted() {
    assertEquals("\"12: ngày\"", DraftWriter.format("12: ngày"));
    assertEquals("\"2025\"", DraftWriter.format("2025"));
    assertEquals("02-KH/ĐU", DraftWriter.format("02-KH/ĐU"));
    assertEquals("3.65", DraftWriter.format(3.65));
    assertEquals("100", DraftWriter.format(100.0));
  }
}
