package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 25: two words of the report's vocabulary OCR ran together, parted in the scan's laid-out text (OcrJoinedWords.parted). */
class OcrRunTogetherTest {
  @Test
  void twoVocabularyWordsRunTogetherArePartedKeepingTheirCharacters() {
    assertEquals("chuyển sang", OcrJoinedWords.parted("chuyểnsang"));
    assertEquals("Trực tiếp", OcrJoinedWords.parted("Trựctiếp"));
    assertEquals("(Đúng hạn),", OcrJoinedWords.parted("(Đúnghạn),"));
    assertEquals("hồ sơ", OcrJoinedWords.parted("hồsơ"));
    assertEquals("HỒ SƠ", OcrJoinedWords.parted("HỒSƠ"));
  }

  @Test
  void onePairOneEditAwayIsPartedWhereItsHalvesAreClosest() {
    // "nhạm" is one edit from "nhận": the cut falls between the two words all the same.
    assertEquals("tiếp nhạm", OcrJoinedWords.parted("tiếpnhạm"));
    // Run together exactly, the pair it is wins over one a letter away ("tháng này").
    assertEquals("tháng năm", OcrJoinedWords.parted("thángnăm"));
  }

  @Test
  void realWordsNamesCodesAndNumbersAreLeftAsRead() {
    // One syllable that holds two words ("nhanh" is "nhan" and "h..."), names, letters no Vietnamese word has.
    for (String w : List.of("nhanh", "Nguyễn", "Thanh", "Hoàngsa", "phuwong", "online", "Internet")) {
      assertEquals(w, OcrJoinedWords.parted(w), w);
    }
    // A name in capitals one edit from a pair ("LAODONG"), capitals inside a word, codes, numbers, figures glued.
    for (String w : List.of("LADONG", "HĐNDxã", "UBND", "TTHC", "1.250", "12,5%", "37-QĐ/ĐU", "Tháng9", "s6")) {
      assertEquals(w, OcrJoinedWords.parted(w), w);
    }
    // Without a letter only Vietnamese has, the word is not read with Vietnamese data: "Máyin", "Dunghan" stay.
    for (String w : List.of("Máyin", "Dunghan", "Tiépnhan")) {
      assertEquals(w, OcrJoinedWords.parted(w), w);
    }
  }

  @Test
  void aLaidOutRowIsPartedAndItsColumnsStayWhereTheyStood() {
    // "|Đúnghạn" is read one word; parted, the figures after it stand where they stand when nothing is parted
    // ("|Dunghan", the English model's reading, is left as read).
    String parted = row("|Đúnghạn");
    String asRead = row("|Dunghan");
    assertEquals(true, parted.contains("|Đúng hạn "), parted);
    assertEquals(true, asRead.contains("|Dunghan "), asRead);
    assertEquals(asRead.indexOf("118|"), parted.indexOf("118|"), parted + "\n" + asRead);
    assertEquals(asRead.indexOf("21|"), parted.indexOf("21|"), parted + "\n" + asRead);
  }

  /** A prose line (the page's space), then a ruled row whose label is {@code label}: the row as laid out. */
  private static String row(String label) {
    List<OcrLayout.Word> words = List.of(
        word(0, 100, 60, 40, "Bảng"), word(0, 150, 60, 20, "1."), word(0, 180, 60, 40, "Tình"), word(0, 230, 60, 40, "hình"),
        word(0, 280, 60, 30, "giải"), word(0, 320, 60, 50, "quyết"), word(0, 380, 60, 20, "hồ"), word(0, 410, 60, 20, "sơ"),
        word(1, 100, 100, 80, label), word(1, 400, 100, 40, "118|"), word(1, 600, 100, 30, "21|"));
    return OcrLayout.text(words).lines().skip(1).findFirst().orElseThrow();
  }

  private static OcrLayout.Word word(int line, int left, int top, int width, String text) {
    return new OcrLayout.Word(new OcrLayout.Place(1, 1, 1, line), new OcrLayout.Box(left, top, width, 30), 90, text);
  }
}
