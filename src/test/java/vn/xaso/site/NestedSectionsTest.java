package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.xaso.model.Doc;
import vn.xaso.model.Lang;
import vn.xaso.schema.Schema;
import vn.xaso.site.Views.Fields;
import vn.xaso.site.Views.Lst;
import vn.xaso.site.Views.Missing;
import vn.xaso.site.Views.Part;
import vn.xaso.site.Views.Sec;
import vn.xaso.site.Views.Shown;
import vn.xaso.site.Views.Tbl;

/**
 * A part holding fields, a nested part, a table and a list, in the order the model declares them:
 * fields before a nested part stay before it, fields after it come after, each field once; a
 * table cell holding a nested record reads as its present fields; what is left out is named once.
 * The records are this test's own, so that the walk is checked apart from the report's shape.
 */
class NestedSectionsTest {
  record Place(@Doc(vi = "Thôn", en = "Hamlet") String pitHamlet,
      @Doc(vi = "Số hộ", en = "Households") Integer pitHouseholds) {}

  record Task(@Doc(vi = "Việc", en = "Task") String pitWhat,
      @Doc(vi = "Nơi làm", en = "Where") Place pitWhere,
      @Doc(vi = "Tỷ lệ xong", en = "Share done") Double pitDone) {}

  record Part1(@Doc(vi = "Tên tổ", en = "Team") String pitTeam,
      @Doc(vi = "Trụ sở", en = "Office") Place pitOffice,
      @Doc(vi = "Số máy", en = "Machines") Integer pitMachines,
      @Doc(vi = "Các việc", en = "Tasks") List<Task> pitTasks,
      @Doc(vi = "Thành viên", en = "Members") List<String> pitMembers) {}

  private final Schema schema = new Schema();
  private final Sections vi = new Sections(new Show(Lang.VI, new Formats(Lang.VI), Messages.of(Lang.VI)));

  private Sec section(Part1 value) {
    return vi.section("team", "Tổ", value, schema.object(Part1.class));
  }

  private static String describe(Part part) {
    if (part instanceof Fields f) {
      return "fields" + f.rows().stream().map(r -> r.label() + "=" + r.value().text()).toList();
    }
    if (part instanceof Sec s) {
      return "part " + s.id() + " " + s.title() + s.parts().stream().map(NestedSectionsTest::describe).toList();
    }
    if (part instanceof Tbl t) {
      return "table " + t.title() + t.headers();
    }
    if (part instanceof Lst l) {
      return "list " + l.title() + l.items().stream().map(Shown::text).toList();
    }
    return "missing" + ((Missing) part).labels();
  }

  private static final Place OFFICE = new Place("Thôn Đông", 120);
  private static final List<Task> TASKS = List.of(new Task("Lắp mạng", OFFICE, 48.5), new Task(null, null, null));

  @Test
  void fieldsAroundANestedPartStayWhereTheModelPutsThemEachOnce() {
    Sec sec = section(new Part1("Tổ công nghệ số", OFFICE, 3, TASKS, List.of("Chị Lan", "Anh Minh")));
    assertFalse(sec.absent());
    assertEquals(List.of(
        "fields[Tên tổ=Tổ công nghệ số]",
        "part team-pit-office Trụ sở[fields[Thôn=Thôn Đông, Số hộ=120]]",
        "fields[Số máy=3]",
        "table Các việc[Việc, Nơi làm, Tỷ lệ xong]",
        "list Thành viên[Chị Lan, Anh Minh]"),
        sec.parts().stream().map(NestedSectionsTest::describe).toList(),
        "nothing is left out, so no 'not reported' part follows");
  }

  @Test
  void aNestedRecordInATableCellReadsAsItsFieldsAndAnEmptyCellAsNotReported() {
    Tbl table = (Tbl) section(new Part1("Tổ", OFFICE, 3, TASKS, List.of("Chị Lan"))).parts().get(3);
    List<Shown> done = table.rows().get(0);
    assertEquals("Lắp mạng", done.get(0).text());
    assertEquals("Thôn Đông · 120", done.get(1).text());
    assertFalse(done.get(1).absent());
    assertEquals("48,5%", done.get(2).text(), "a share with no unit is a percentage");
    String notReported = Messages.of(Lang.VI).get("not_reported");
    for (Shown cell : table.rows().get(1)) {
      assertTrue(cell.absent(), cell.toString());
      assertEquals(notReported, cell.text());
    }
  }

  @Test
  void aNestedPartOrListTheReportLeavesOutIsNamedOnceAfterTheRest() {
    Sec sec = section(new Part1("Tổ", null, null, List.of(), null));
    assertEquals(List.of("fields[Tên tổ=Tổ]", "missing[Trụ sở, Số máy, Các việc, Thành viên]"),
        sec.parts().stream().map(NestedSectionsTest::describe).toList());
  }

  @Test
  void aFieldTheMessagesDoNotNameTakesItsDocumentedLabel() {
    var prop = schema.object(Part1.class).prop("pit_machines").orElseThrow();
    assertEquals("Số máy", vi.label(prop));
  }
}
