package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The periods a table's columns and rows name ({@link PeriodColumns}), tested alone. */
class PeriodColumnsTest {
  @Test
  void aTablesColumnsNamingPeriodsAndTheEarlierOnes() {
    List<String> header = Cells.cells("| Nội dung | Quý III/2025 | Quý II/2025 |");
    assertTrue(Headers.header(header), "digits in a period's name still make a header");
    assertFalse(Headers.header(Cells.cells("| Tiếp nhận | 312 | 280 |")));
    assertTrue(PeriodColumns.earlierColumn(header, "Quý II/2025"));
    assertFalse(PeriodColumns.earlierColumn(header, "Quý III/2025"));
    assertFalse(PeriodColumns.earlierColumn(Cells.cells("| Chỉ tiêu | Tháng 8/2025 |"), "Tháng 8/2025"), "one period: the period");
    assertTrue(PeriodColumns.periodRank("tháng 12 năm 2025") > PeriodColumns.periodRank("Năm 2024"));
    assertEquals(-1, PeriodColumns.periodRank("Số hồ sơ"));
  }

  @Test
  void monthColumnsBesideTheirQuarterAreItsParts() {
    List<String> header = List.of("Chỉ tiêu", "Tháng 7", "Tháng 8", "Tháng 9", "Quý III");
    assertTrue(PeriodColumns.partColumn(header, "Tháng 9"));
    assertFalse(PeriodColumns.partColumn(header, "Quý III"));
    assertEquals(2, PeriodColumns.periodSpan("Tháng 9"));
    assertEquals(3, PeriodColumns.periodSpan("Quý III"));
    assertEquals(0, PeriodColumns.periodSpan("Số hồ sơ"));
  }

  @Test
  void aYearlessQuarterIsInTheYearOfItsNeighbours() {
    java.util.List<String> header = java.util.List.of("Nội dung", "Cộng quý III", "Quý II/2025");
    assertFalse(PeriodColumns.earlierColumn(header, "Cộng quý III"));
    assertTrue(PeriodColumns.earlierColumn(header, "Quý II/2025"));
  }

  @Test
  void aTableWithARowPerPeriodMarksTheEarlierRows() {
    TableLines.Line head = new TableLines.Line("Kỳ\tTiếp nhận", new int[] {0}, new int[] {1},
        List.of("Kỳ", "Tiếp nhận"), TableLines.Line.Kind.HEADER);
    TableLines.Line june = new TableLines.Line("Tháng 6/2025\t310", new int[] {0}, new int[] {2},
        List.of("Tháng 6/2025", "310"), TableLines.Line.Kind.ROW);
    TableLines.Line july = new TableLines.Line("Tháng 7/2025\t296", new int[] {0}, new int[] {3},
        List.of("Tháng 7/2025", "296"), TableLines.Line.Kind.ROW);
    var rows = PeriodColumns.periodRows(List.of(head, june, july));
    assertEquals(Boolean.TRUE, rows.get(june), "the earlier month is a comparison");
    assertEquals(Boolean.FALSE, rows.get(july), "the latest month is the period's");
    assertEquals(List.of("Trong kỳ", "296"), PeriodColumns.asThePeriods(july.cells()));
    TableLines.Line sum = new TableLines.Line("Cộng\t606", new int[] {0}, new int[] {4},
        List.of("Cộng", "606"), TableLines.Line.Kind.ROW);
    assertTrue(PeriodColumns.periodRows(List.of(head, june, july, sum)).isEmpty(), "a sum row is the period's, not the months");
    assertFalse(Cells.FIGURE.matcher(PeriodColumns.undated("Lũy kế từ 01/7/2025")).find(), "a date in a header is no figure");
    assertTrue(Cells.FIGURE.matcher(PeriodColumns.undated("Số hồ sơ 24/24")).find(), "a fraction is one");
  }
}
