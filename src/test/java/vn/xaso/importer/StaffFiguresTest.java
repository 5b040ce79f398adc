package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.xaso.importer.Numbers.Token;
import vn.xaso.importer.Outline.Part;
import vn.xaso.importer.Outline.Sentence;
import vn.xaso.model.Block;
import vn.xaso.model.Staffing;

/** {@link StaffFigures} alone: counts of people read sentence by sentence, as Placement hands them over. */
class StaffFiguresTest {
  private static Map<String, Object> place(String text) {
    Findings found = new Findings();
    PlacedFigures figures = new PlacedFigures(found);
    StaffFigures staff = new StaffFigures(found, figures);
    Sentence before = null;
    int item = 0;
    for (String line : text.strip().split("\n")) {
      Sentence s = new Sentence(line, Normal.fold(line), Part.HUMAN_RESOURCES, Block.GOVERNMENT, false, ++item);
      figures.sentence();
      staff.sentence(s, before);
      List<Token> tokens = Numbers.tokens(s.folded());
      for (Token t : tokens) {
        figures.figure(t, Evidence.of(s, t.start(), t.number()));
        if (t.kind().equals("num")) {
          staff.count(s, t, tokens, t.amount().intValueExact(), line, false);
        } else if (t.kind().equals("frac")) {
          String[] pw = t.number().split("/");
          staff.fraction(s, t, Integer.parseInt(pw[0]), Integer.parseInt(pw[1]), line);
        }
      }
      figures.endFigures();
      staff.staffing(s);
      before = s;
    }
    return found.values();
  }

  @Test
  void presentOfTheQuotaContractsAndQualificationsListed() {
    assertEquals(Map.of("human_resources.staff_present", 71, "human_resources.staff_quota", 75,
        "human_resources.labour_contracts", 4, "human_resources.qualifications.masters", 2,
        "human_resources.qualifications.university", 16), place("""
        Cán bộ, công chức có mặt 71/75 biên chế.
        Ngoài ra có 04 hợp đồng lao động.
        Trình độ: thạc sĩ 2, đại học 16.
        """));
  }

  @Test
  void itWorkDoneAlongsideOtherDutiesIsPartTime() {
    assertEquals(Map.of("human_resources.it_staffing", Staffing.PART_TIME), place("""
        Công chức phụ trách chuyển đổi số làm kiêm nhiệm.
        """));
  }

  @Test
  void aQuotaAfterTreIsStatedAndVillagesWithoutTeamsAreLeftAlone() {
    Token quota = Numbers.tokens(Normal.fold("""
        49 cán bộ trên 52 biên chế
        """.strip())).get(1);
    assertTrue(StaffFigures.outOfQuota(quota));
    Findings found = new Findings();
    Sentence s = new Sentence("Có 20/20 thôn được phủ sóng.", Normal.fold("Có 20/20 thôn được phủ sóng."), Part.HUMAN_RESOURCES,
        Block.GOVERNMENT, false, 1);
    Token villages = Numbers.tokens(s.folded()).get(0);
    assertFalse(new StaffFigures(found, new PlacedFigures(found)).fraction(s, villages, 20, 20, s.original()));
    assertEquals(Map.of(), found.values());
  }
}
