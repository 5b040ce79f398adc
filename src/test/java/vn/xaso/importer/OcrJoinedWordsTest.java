package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@link OcrJoinedWords} alone: one word as OCR read it, then as parted, with the Vietnamese data and with the English
 * data. Each line of a passage is "read → Vietnamese data | English data".
 */
class OcrJoinedWordsTest {
  private static void check(String passage) {
    for (String line : passage.strip().split("\n")) {
      String[] f = line.split(" → | \\| ");
      String word = f[0].strip();
      assertEquals(f[1], OcrJoinedWords.parted(word, true), word + " (vie)");
      assertEquals(f[2], OcrJoinedWords.parted(word, false), word + " (eng)");
    }
  }

  @Test
  void aPeriodsWordAndItsNumberAndTwoWordsOfTheVocabularyWithEitherData() {
    check("""
        Tháng02 → Tháng 02 | Tháng 02
        (QuýI → (Quý I | (Quý I
        Tuần48, → Tuần 48, | Tuần 48,
        chuyểnsang → chuyển sang | chuyển sang
        (Trựctiếp), → (Trực tiếp), | (Trực tiếp),
        """);
  }

  @Test
  void syllablesAndALabelRunIntoItsFigureOnlyWithTheVietnameseData() {
    check("""
        Đơnvị → Đơn vị | Đơnvị
        đoànthể10 → đoàn thể 10 | đoànthể10
        HĐNDxã → HĐND xã | HĐNDxã
        """);
  }

  @Test
  void wordsOneSyllableCodesAndMisreadDigitsAreLeftAsRead() {
    check("""
        phường → phường | phường
        phuwong → phuwong | phuwong
        quy6t → quy6t | quy6t
        xã4 → xã4 | xã4
        """);
  }
}
