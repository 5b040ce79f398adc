package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.xaso.importer.Numbers.Token;
import vn.xaso.importer.Outline.Part;
import vn.xaso.importer.Outline.Sentence;
import vn.xaso.model.Block;

/** {@link MoneyFigures} alone: sums of money and the one budget year they are of. */
class MoneyFiguresTest {
  @Test
  void aSumAndItsYearThenAnotherYearsSumIsLeftToAPerson() {
    int[] item = {0};
    List<Sentence> sentences = """
        Năm 2025, ngân sách xã đã bố trí 680 triệu đồng cho chuyển đổi số.
        Nhu cầu kinh phí năm 2026 là 1,2 tỷ đồng.
        """.strip().lines().map(line -> new Sentence(line, Normal.fold(line), Part.OTHER, Block.GOVERNMENT, false,
        ++item[0])).toList();
    Findings found = new Findings();
    PlacedFigures figures = new PlacedFigures(found);
    MoneyFigures money = new MoneyFigures(found, figures, sentences, 2025);
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      figures.sentence();
      for (Token t : Numbers.tokens(s.folded())) {
        if (t.unit().matches("trieu dong|ty dong")) {
          figures.figure(t, Evidence.of(s, t.start(), t.number()));
          money.place(i, s, t, t.amount(), s.original());
        }
      }
    }
    assertEquals(Map.of("finance.allocated_vnd", 680_000_000L, "finance.year", 2025), found.values());
  }
}
