package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.xaso.importer.Numbers.Token;

/** {@link PlacedFigures} alone: a part in brackets never takes its total's field. */
class PlacedFiguresTest {
  private static final String COMPUTERS = Normal.fold("""
      Máy tính: 37 máy (31 máy để bàn, 06 máy xách tay)
      """.strip());

  @Test
  void aPartInBracketsIsLeftOutOfItsTotalsFieldAndTakesItsOwn() {
    List<Token> tokens = Numbers.tokens(COMPUTERS);
    Token total = tokens.get(0);
    Token desktops = tokens.get(1);
    assertTrue(desktops.isPart() && desktops.parent() == total.start(), tokens.toString());
    Findings found = new Findings();
    PlacedFigures figures = new PlacedFigures(found);
    figures.sentence();
    figures.figure(total, null);
    figures.put("infrastructure.government.hardware.computers", 37, "37 máy");
    assertTrue(figures.placed());
    figures.figure(desktops, null);
    figures.put("infrastructure.government.hardware.computers", 31, "31 máy để bàn");
    assertFalse(figures.placed(), "the part is not the total");
    assertEquals("infrastructure.government.hardware.computers", figures.parentField(desktops));
    figures.put("infrastructure.government.hardware.desktops", 31, "31 máy để bàn");
    assertEquals(Map.of("infrastructure.government.hardware.computers", 37,
        "infrastructure.government.hardware.desktops", 31), found.values());
    assertEquals("infrastructure.government.hardware.desktops", figures.lastPlaced(tokens.get(2)));
    figures.sentence();
    assertNull(figures.at(total.start()), "a new sentence places nothing yet");
    assertNull(figures.parentField(total), "a total is no part");
  }
}
