package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.xaso.importer.Numbers.Token;
import vn.xaso.importer.Outline.Part;
import vn.xaso.importer.Outline.Sentence;
import vn.xaso.model.Block;

/** {@link DossierFigures} alone: counts of dossiers read sentence by sentence, as Placement hands them over. */
class DossierFiguresTest {
  private static Map<String, Object> place(String text) {
    Findings found = new Findings();
    PlacedFigures figures = new PlacedFigures(found);
    DossierFigures dossiers = new DossierFigures(found, figures, new CumulativeSpans(found, List.of(), List.of(), List.of()));
    int item = 0;
    for (String line : text.strip().split("\n")) {
      Sentence s = new Sentence(line, Normal.fold(line), Part.PROCEDURES, Block.GOVERNMENT, false, ++item);
      figures.sentence();
      dossiers.sentence(s);
      List<Token> tokens = Numbers.tokens(s.folded());
      for (Token t : tokens) {
        figures.figure(t, Evidence.of(s, t.start(), t.number()));
        String label = t.before().strip().endsWith(":") ? t.before() : "";
        if (t.kind().equals("num") && dossiers.counts(s, t, label, tokens)) {
          dossiers.place(s, t, t.amount().intValueExact(), line, false);
        }
      }
      figures.endFigures();
      dossiers.none(s);
    }
    dossiers.finish();
    return found.values();
  }

  @Test
  void aTotalItsPartsInBracketsAndAZeroWrittenInWords() {
    assertEquals(Map.of("dossiers.received", 120, "dossiers.received_online", 95, "dossiers.received_in_person", 25,
        "dossiers.resolved", 110, "dossiers.overdue", 0), place("""
        Tiếp nhận 120 hồ sơ (trực tuyến 95 hồ sơ, trực tiếp 25 hồ sơ); đã giải quyết 110 hồ sơ, không có hồ sơ quá hạn.
        """));
  }

  @Test
  void onTimeSaidWithoutTheEarlyOnesIsSummedWithThemOnceTheTextIsRead() {
    Map<String, Object> v = place("""
        Trước hạn: 52 hồ sơ.
        Đúng hạn: 344 hồ sơ.
        """);
    assertEquals(52, v.get("dossiers.early"), v.toString());
    assertEquals(396, v.get("dossiers.on_time"), v.toString());
  }

  @Test
  void aPartByDomainIsNoCountOfDossiers() {
    assertEquals(Map.of(), place("""
        Hồ sơ quá hạn chủ yếu thuộc lĩnh vực đất đai (21 bộ hồ sơ).
        """));
  }
}
