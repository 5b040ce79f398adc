package vn.xaso.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Check;
import vn.xaso.derive.Deriver;
import vn.xaso.derive.ReportFacts;
import vn.xaso.problem.Problems;
import vn.xaso.schema.Schema;
import vn.xaso.testing.TinyProject;

/**
 * The wide reports table as a journalist reads its data dictionary: each column named after the
 * field, described in both languages with its unit; a list of codes in one cell joined by "; ",
 * an empty list an empty cell, never "[]".
 */
class ReportsTableColumnsTest {
  @TempDir Path dir;

  private static Table reports() {
    return new Tables(new Schema()).all().stream().filter(t -> t.name().equals("reports")).findFirst().orElseThrow();
  }

  private static Column column(String name) {
    return reports().columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void eachColumnIsDescribedInBothLanguagesWithItsUnit() {
    Column issuer = column("source_issuer");
    assertEquals("Cơ quan ban hành báo cáo", issuer.vi());
    assertEquals("Body that issued the report", issuer.en());
    Column leftBlank = column("source_left_blank");
    assertEquals("Phần bản ký để trống", leftBlank.vi());
    assertEquals("Parts the signed original leaves blank", leftBlank.en());
    Column staff = reports().columns().stream().filter(c -> "người / people".equals(c.unit())).findFirst().orElseThrow();
    assertFalse(staff.vi().isEmpty(), staff.name());
    assertFalse(reports().columns().stream().anyMatch(c -> c.name().equals("commune_slug") || c.name().startsWith("period_")
        && !List.of("period_start", "period_end", "period_kind").contains(c.name())), "commune and period are the key, not repeated");
    assertFalse(reports().columns().stream().anyMatch(c -> c.name().equals("source_signer_role")),
        "free text other than issuer and title is summarised, not published as a column");
  }

  private List<Object> row(String extra) throws Exception {
    TinyProject p = TinyProject.withCommune(dir)
        .file("data/hai-phong/hung-thang/2025-12.yaml", TinyProject.DECEMBER + extra);
    ReportFacts f = new Deriver().derive(new Check().run(p.root()).data(), new Problems()).reports().get(0);
    return reports().rows().apply(f).get(0);
  }

  @Test
  void aListOfCodesIsOneCellJoinedAndAnEmptyListAnEmptyCell() throws Exception {
    int at = reports().columns().indexOf(column("source_left_blank"));
    assertEquals("number; date", row("  left_blank: [number, date]\n").get(at));
    assertNull(row("").get(at));
  }
}
