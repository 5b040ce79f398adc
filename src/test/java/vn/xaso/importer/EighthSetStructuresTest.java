package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Round 9 of #23: what the eighth held-out set showed, on passages written here in other words. Its copies
 * read by Tesseract without Vietnamese data write ó, ô and ơ as "é" and ư as "ir"; the vocabulary's phrases
 * are matched through those confusions, and the quotes keep the characters as Tesseract wrote them.
 */
class EighthSetStructuresTest {
  private static final String SIGNED = "\nNoi nhan:                     TM. UY BAN NHAN DAN\n- Luu: VT.                    CHU TICH\n\n"
      + "                              Ha Thi Lan\n\n";

  private static Findings found(String body) {
    return Extractor.extract("UY BAN NHAN DAN\nXA PHUC SON\nSé: 41/BC-UBND          Phuc Son, ngay 05 thang 11 nam 2025\n"
        + "BAO CAO\nKét qua chuyén déi sé thang 10 nam 2025\n" + body + SIGNED, null);
  }

  private static final String STAFF = """
      IV. NGUON NHAN LUC
      Téng sé can bé, céng chuc cia xa: 47 nguoi.
      - Trinh dé: thac si 03, dai hoc 38, cao dang 04, trung cap 02.
      """;

  @Test
  void qualificationsAfterTrinhDeWrittenByTesseractAreCounted() {
    Map<String, Object> v = found(STAFF).values();
    assertEquals(3, ((Number) v.get("human_resources.qualifications.masters")).intValue(), v.toString());
    assertEquals(38, ((Number) v.get("human_resources.qualifications.university")).intValue());
    assertEquals(4, ((Number) v.get("human_resources.qualifications.college")).intValue());
  }

  @Test
  void theQuoteKeepsWhatTesseractWrote() {
    String quote = found(STAFF).value("human_resources.qualifications.university").orElseThrow().quote();
    assertTrue(quote.contains("Trinh dé: thac si 03, dai hoc 38"), quote);
  }
}
