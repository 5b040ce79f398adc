package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.xaso.importer.Numbers.Token;
import vn.xaso.importer.Outline.Part;
import vn.xaso.importer.Outline.Sentence;
import vn.xaso.model.Block;

/** {@link InfrastructureFigures} alone: equipment by body and the commune's land, as Placement hands them over. */
class InfrastructureFiguresTest {
  private static List<Sentence> sentences(String text) {
    int[] item = {0};
    return text.strip().lines().map(line -> new Sentence(line, Normal.fold(line), Part.INFRASTRUCTURE, Block.GOVERNMENT,
        false, ++item[0])).toList();
  }

  private static Map<String, Object> place(String text) {
    Findings found = new Findings();
    PlacedFigures figures = new PlacedFigures(found);
    List<Sentence> sentences = sentences(text);
    InfrastructureFigures infrastructure = new InfrastructureFigures(found, figures, sentences);
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      figures.sentence();
      for (Token t : Numbers.tokens(s.folded())) {
        figures.figure(t, Evidence.of(s, t.start(), t.number()));
        String label = t.before().strip().endsWith(":") ? t.before() : "";
        if (t.kind().equals("num") && infrastructure.counts(i, s, t, label)) {
          infrastructure.hardware(i, s, t, t.amount().intValueExact(), s.original());
        }
      }
      figures.endFigures();
      infrastructure.areas(s);
    }
    infrastructure.finish();
    return found.values();
  }

  @Test
  void aBodysEquipmentAndAreasWithoutSignal() {
    assertEquals(Map.of("infrastructure.government.hardware.computers", 41, "infrastructure.government.hardware.printers", 14,
        "infrastructure.government.connectivity.areas_without_signal", 0), place("""
        Khối chính quyền có 41 máy tính, 14 máy in.
        Không còn vùng lõm sóng.
        """));
  }

  @Test
  void equipmentReceivedInThePeriodIsNoStock() {
    assertEquals(Map.of(), place("""
        Trong kỳ được trang bị thêm 08 máy tính.
        """));
  }

  @Test
  void coverageOfTheLandIsTheCommunesUnlessItsSentenceOpensWithABody() {
    Findings found = new Findings();
    List<Sentence> land = sentences("""
        Sóng 4G phủ 100% ấp.
        Khối Đảng: sóng 4G phủ 100% ấp.
        """);
    InfrastructureFigures infrastructure = new InfrastructureFigures(found, new PlacedFigures(found), land);
    Token share = Numbers.tokens(land.get(0).folded()).get(0);
    assertEquals("infrastructure.government.connectivity.coverage_pct",
        infrastructure.coveragePath(land.get(0), share, "infrastructure.party.connectivity.coverage_pct"));
    assertEquals("infrastructure.party.digitised_pct",
        infrastructure.coveragePath(land.get(0), share, "infrastructure.party.digitised_pct"), "no coverage: left alone");
    Token opened = Numbers.tokens(land.get(1).folded()).get(0);
    assertEquals("infrastructure.party.connectivity.coverage_pct",
        infrastructure.coveragePath(land.get(1), opened, "infrastructure.party.connectivity.coverage_pct"));
  }
}
