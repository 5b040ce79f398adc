package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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

  @Test
  void nextYearsNeedIsNotThisPeriodsNeed() {
    Map<String, Object> v = found("""
        Thuc hien Ke hoach so 12/KH-UBND ngay 10/02/2025 cua UBND xa, UBND xa bao cao nhu sau:
        V. KINH PHI
        Nhu cau kinh phi cho nam 2026 du kien khoang 2,8 ty dong.
        Nhu cau kinh phi giai doan 2026 - 2030 khoang 9 ty dong.
        Nam 2025, ngan sach xa bo tri 520 trieu dong cho chuyen doi so.
        """).values();
    assertEquals(520_000_000L, ((Number) v.get("finance.allocated_vnd")).longValue(), v.toString());
    assertEquals(2025, ((Number) v.get("finance.year")).intValue());
    assertNull(v.get("finance.estimated_need_vnd"), "next year's and the five years' needs are no need of 2025");
  }
}
