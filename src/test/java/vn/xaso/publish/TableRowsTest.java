package vn.xaso.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Check;
import vn.xaso.derive.Deriver;
import vn.xaso.derive.ReportFacts;
import vn.xaso.model.Period;
import vn.xaso.schema.Schema;
import vn.xaso.testing.TinyProject;

/**
 * What each row of the tables says about a report's dates, bases and notes, read cell by cell
 * from a report that gives each part its own date and notes in some parts: a journalist filters
 * on these columns, so each must say what the report says and nothing else.
 */
class TableRowsTest {
  private static final String FIGURES = """
      procedures: {as_of: 2025-12-20, total: 10, full_online: 4, notes: {vi: Niêm yết công khai, en: Posted publicly}}
      dossiers: {received: 7, resolved: 4, on_time: 3}
      infrastructure:
        as_of: 2025-12-15
        party: {hardware: {computers: 4, note: {vi: Máy cũ, en: Old computers}}}
        government:
          hardware: {computers: 6}
          connectivity: {linked_scope: {vi: Toàn tỉnh, en: The whole province}, notes: {vi: Cáp quang, en: Fibre}}
        front:
          notes: {vi: Dùng chung máy, en: Shared computers}
          connectivity: {linked_scope: {vi: Trong xã, en: Within the commune}}
      human_resources: {trained: 3, notes: {vi: Tập huấn tháng 12, en: Trained in December}}
      quality_notes:
        - {vi: Số máy tính khối Đảng chép từ phụ lục, en: The Party's computers are copied from the appendix, part: infrastructure}
      """;
  @TempDir Path dir;

  private ReportFacts facts(String report) throws Exception {
    TinyProject.withCommune(dir).file("data/hai-phong/hung-thang/2025-12.yaml", report);
    Check.Result checked = new Check().run(dir);
    assertFalse(checked.problems().hasErrors(), () -> checked.problems().all().toString());
    return new Deriver().derive(checked.data(), checked.problems()).reports().get(0);
  }

  /** The rows {@code table} gives for {@code f}, each as its cells by column name. */
  private static List<Map<String, Object>> rows(String table, ReportFacts f) {
    Table t = new Tables(new Schema()).all().stream().filter(x -> x.name().equals(table)).findFirst().orElseThrow();
    List<Map<String, Object>> out = new ArrayList<>();
    for (List<Object> row : t.rows().apply(f)) {
      assertEquals(t.columns().size(), row.size(), table + ": a cell for each column");
      Map<String, Object> cells = new LinkedHashMap<>();
      for (int k = 0; k < row.size(); k++) {
        cells.put(t.columns().get(k).name(), row.get(k) == null ? null : String.valueOf(row.get(k)));
      }
      out.add(cells);
    }
    return out;
  }

  private static Map<String, Object> indicator(List<Map<String, Object>> rows, String code) {
    return rows.stream().filter(r -> r.get("indicator").equals(code)).findFirst().orElseThrow();
  }

  private static List<Object> cells(Map<String, Object> row, String... columns) {
    List<Object> out = new ArrayList<>();
    for (String c : columns) {
      out.add(row.get(c));
    }
    return out;
  }

  @Test
  void eachIndicatorSaysWhenItHoldsHowItWasObtainedAndWhetherItsPartHasNotes() throws Exception {
    List<Map<String, Object>> rows = rows("indicators", facts(TinyProject.DECEMBER_SIGNED + FIGURES));
    String[] columns = {"value", "basis", "figure_kind", "period_kind", "figure_start", "figure_end", "basis_detail_vi",
        "basis_detail_en", "part_has_notes"};
    assertEquals(java.util.Arrays.asList("40.0", "computed", "stock", "as_of", null, "2025-12-20",
        "toàn trình 4 ÷ tổng số TTHC 10 (báo cáo ghi)", "fully online 4 ÷ procedures in force 10 (as stated)", "true"),
        cells(indicator(rows, "full_online_share"), columns));
    assertEquals(java.util.Arrays.asList("7.0", "count", "flow", "month", "2025-12-01", "2025-12-31", null, null, "false"),
        cells(indicator(rows, "dossiers_received"), columns), "the dossiers carry no note");
    assertEquals(java.util.Arrays.asList("10.0", "computed", "stock", "as_of", null, "2025-12-15",
        "cộng các khối: Khối Đảng 4 + Chính quyền (UBND) 6", "sum of blocks: Party 4 + Government (People's Committee) 6",
        "true"), cells(indicator(rows, "computers"), columns), "notes on a block's hardware are notes of the infrastructure");
    assertEquals(java.util.Arrays.asList("3.0", "count", "stock", "as_of", null, "2025-12-31", null, null, "true"),
        cells(indicator(rows, "staff_trained"), columns));
    Map<String, Object> any = rows.get(0);
    assertEquals(List.of("UBND xã Hùng Thắng; 1/BC-UBND; 2025-12-31", "1"), cells(any, "source", "quality_notes_count"));
  }

  @Test
  void theWideRowGivesEachPartsDatesBasesScopesAndWhereTheNotesAre() throws Exception {
    Map<String, Object> row = rows("reports", facts(TinyProject.DECEMBER_SIGNED + FIGURES)).get(0);
    assertEquals(List.of("month", "2025-12-20", "2025-12-01", "2025-12-31", "2025-12-15", "2025-12-31"),
        cells(row, "period_kind", "procedures_as_of", "dossiers_start", "dossiers_end", "infrastructure_as_of",
            "human_resources_as_of"));
    assertEquals(java.util.Arrays.asList("count", "computed: toàn trình 4 ÷ tổng số TTHC 10 (báo cáo ghi)", "computed: đúng hạn 3 ÷ đã giải quyết 4", null),
        cells(row, "basis_procedures_total", "basis_full_online_share", "basis_on_time_rate", "basis_villages_covered_share"));
    assertEquals("government: Toàn tỉnh; front: Trong xã", row.get("linked_scope_vi"));
    assertEquals("procedures; infrastructure.party.hardware; infrastructure.government.connectivity; infrastructure.front;"
        + " human_resources", row.get("notes_in"));
    assertEquals("1", row.get("quality_notes_count"));

    Map<String, Object> bare = rows("reports", facts(TinyProject.DECEMBER + "dossiers: {received: 7, notes: {vi: Tạm tính,"
        + " en: Provisional}}\ninfrastructure: {notes: {vi: Chưa kiểm kê, en: Not yet counted}, government: {hardware:"
        + " {computers: 6}}}\n")).get(0);
    assertEquals(java.util.Arrays.asList("dossiers; infrastructure", null, "2025-12-31", "0"),
        cells(bare, "notes_in", "linked_scope_vi", "procedures_as_of", "quality_notes_count"));
    List<Map<String, Object>> indicators = rows("indicators", facts(TinyProject.DECEMBER));
    assertEquals(java.util.Arrays.asList(null, "absent", "false"),
        cells(indicator(indicators, "computers"), "value", "basis", "part_has_notes"), "a report without notes");
    assertEquals("UBND xã Hùng Thắng", indicators.get(0).get("source"), "an unnumbered, undated source is cited by its issuer");
  }

  @Test
  void aPeriodIsOfTheKindOfItsSpan() {
    java.time.LocalDate d = java.time.LocalDate.of(2025, 12, 31);
    assertEquals("as_of", Tables.kind(new Period(null, null, d)));
    assertEquals("week", Tables.kind(new Period(d.minusDays(6), d, null)));
    assertEquals("quarter", Tables.kind(new Period(java.time.LocalDate.of(2025, 10, 1), d, null)));
    assertEquals("year", Tables.kind(new Period(java.time.LocalDate.of(2025, 1, 1), d, null)));
    assertEquals("other", Tables.kind(new Period(d.minusDays(14), d, null)));
  }

  @Test
  void aSourceSignedButUndatedIsCitedByItsSigningDay() throws Exception {
    ReportFacts f = facts(TinyProject.DECEMBER.replace("  issuer_block: government\n",
        "  issuer_block: government\n  number: 7/BC-UBND\n  signed_on: 2026-01-05\n") + "dossiers: {received: 1}\n");
    assertEquals("UBND xã Hùng Thắng; 7/BC-UBND; 2026-01-05", Tables.citation(f.report()));
  }
}
