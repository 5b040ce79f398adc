package vn.xaso.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.xaso.model.DocumentRef;
import vn.xaso.model.Period;
import vn.xaso.model.Report;
import vn.xaso.model.Text;

/** Where the records of a report stand: a rule about a record type reaches it at these paths. */
class ScopesTest {
  @Test
  void everyRecordIsFoundWithItsPathIncludingThoseInLists() {
    Text title = new Text("Kế hoạch", null);
    Report r = new Report("x", new Period(null, null, LocalDate.of(2025, 1, 1)), null,
        List.of(new DocumentRef(null, null, null, null, title), new DocumentRef(null, null, null, null, null)),
        null, null, null, null, null, null, null, null, null, null, null, null);
    assertEquals(List.of("", "period", "documents[0]", "documents[0].title", "documents[1]"),
        Scopes.of(r).stream().map(Scopes.Scope::prefix).toList());
    assertEquals("documents[0].date", Scopes.of(r).get(2).at("date"));
    assertEquals("commune", Scopes.of(r).get(0).at("commune"));
  }
}
