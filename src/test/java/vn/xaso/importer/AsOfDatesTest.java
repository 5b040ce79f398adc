package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.xaso.importer.Outline.Part;
import vn.xaso.importer.Outline.Sentence;
import vn.xaso.model.Block;

/** {@link AsOfDates} alone: the dates figures stand at, read sentence by sentence. */
class AsOfDatesTest {
  private static Sentence sentence(String text, Part part, boolean heading) {
    return new Sentence(text.strip(), Normal.fold(text.strip()), part, Block.GOVERNMENT, heading, 1);
  }

  @Test
  void thePreamblesDateIsTheReportsAsOfTheEndOfARangeIsNot() {
    Findings found = new Findings();
    AsOfDates dates = new AsOfDates(found);
    dates.read(sentence("""
        Báo cáo kết quả thực hiện từ ngày 01/7 đến ngày 30/9/2025
        """, Part.PREAMBLE, false));
    assertFalse(found.has("source.stated_as_of"), found.values().toString());
    dates.read(sentence("""
        Báo cáo kết quả chuyển đổi số tháng 12 năm 2025 (số liệu đến ngày 15/12/2025)
        """, Part.PREAMBLE, false));
    assertEquals(Map.of("source.stated_as_of", LocalDate.of(2025, 12, 15)), found.values());
    assertEquals(LocalDate.of(2025, 12, 15), dates.figuresTo().get(0).end());
  }

  @Test
  void aStockPartsHeadingDatesThePartAStaffCountsBracketDatesTheStaff() {
    Findings found = new Findings();
    AsOfDates dates = new AsOfDates(found);
    dates.read(sentence("""
        Trang thiết bị công nghệ thông tin (tính đến ngày 15/9/2025):
        """, Part.INFRASTRUCTURE, true));
    dates.read(sentence("""
        Cán bộ, công chức có mặt 81/88 biên chế (tính đến ngày 30/11/2025).
        """, Part.HUMAN_RESOURCES, false));
    dates.read(sentence("""
        Máy tính được trang bị ngày 20/10/2025.
        """, Part.INFRASTRUCTURE, false));
    assertEquals(Map.of("infrastructure.as_of", LocalDate.of(2025, 9, 15),
        "human_resources.staff_as_of", LocalDate.of(2025, 11, 30)), found.values());
  }

  @Test
  void theReportsDateGoesToEachStockPartDraftedWithoutItsOwn() {
    Findings found = new Findings();
    found.add("source.stated_as_of", LocalDate.of(2025, 11, 7), "đến ngày 07/11/2025");
    found.add("period.start", LocalDate.of(2025, 10, 1), "tháng 10");
    found.add("period.end", LocalDate.of(2025, 10, 31), "tháng 10");
    found.add("procedures.total", 318, "318 TTHC");
    found.add("human_resources.staff_present", 40, "40 người");
    found.add("human_resources.staff_as_of", LocalDate.of(2025, 11, 1), "ngày 01/11/2025");
    new AsOfDates(found).stockParts();
    assertEquals(LocalDate.of(2025, 11, 7), found.values().get("procedures.as_of"));
    assertTrue(!found.has("human_resources.as_of") && !found.has("infrastructure.as_of"), found.values().toString());
  }
}
