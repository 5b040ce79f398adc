package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.xaso.importer.OcrPages.page;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 26: what scans read with the Vietnamese data still lost around rows read whole. Words OCR ran together
 * (OcrSyllables, OcrJoinedWords.parted), tables whose rows' figures stand at other places row by row (OcrLayout.counted),
 * and a ruled row's specks (OcrRuledLines.ruled). Pages are drawn by hand as in OcrTabStopsTest (12 pixels a letter, 10 a
 * space); every passage is written anew, not taken from a set, and each rule has passages it must leave alone.
 */
class OcrRoundTwentySixTest {
  @Test
  void syllablesOcrRanTogetherArePartedKeepingTheirCharacters() {
    assertEquals("Tổ công nghệ số", OcrSyllables.parted("Tổcôngnghệsố"));
    assertEquals("Ủy ban nhân dân", OcrSyllables.parted("Ủybannhândân"));
    assertEquals("Nhận xét", OcrSyllables.parted("Nhậnxét"));
    // A code in capitals between words, and a small letter run into it.
    assertEquals("HĐND phường", OcrSyllables.parted("HĐNDphường"));
    assertEquals("và UBND thị trấn", OcrSyllables.parted("vàUBNDthịtrấn"));
    // "¡" is an "i" whose space OCR lost.
    assertEquals("Máy in màu", OcrSyllables.parted("Máy¡nmàu"));
    // Of two cuts into three syllables, the one of the vocabulary's words: not "Đả ngủy xã".
    assertEquals("Đảng ủy xã", OcrSyllables.parted("Đảngủyxã"));
  }

  @Test
  void syllablesNamesCodesAndForeignWordsAreLeftAsRead() {
    // One syllable; capitals alone (a heading, a code); plain Latin letters; two tone marks in what would be one
    // syllable ("hồổ" of "hồổsơ", a vowel read twice); letters no Vietnamese word spells.
    for (String w : List.of("nhanh", "Nguyễn", "Khuê", "HĐND", "BÁOCÁO", "Misa", "Internet", "online", "hồổsơ", "phuwong",
        "VNeID")) {
      assertEquals(w, OcrSyllables.parted(w), w);
    }
  }

  @Test
  void aScanReadWithTheEnglishDataKeepsItsWordsAsRound25PartedThem() {
    assertEquals("Đảng ủy xã", OcrJoinedWords.parted("Đảngủyxã", true));
    assertEquals("Máy in(chiếc)", OcrJoinedWords.parted("Máyin(chiếc)", true));
    assertEquals("Đảngủyxã", OcrJoinedWords.parted("Đảngủyxã", false));
    assertEquals("Máyin(chiếc)", OcrJoinedWords.parted("Máyin(chiếc)", false));
    // Round 25's pairs are parted either way.
    assertEquals("giải quyết", OcrJoinedWords.parted("giảiquyết", false));
    assertEquals("Tháng 9", OcrJoinedWords.parted("Tháng9", true));
  }

  @Test
  void aPeriodsWordOrALabelRunIntoItsNumberIsParted() {
    // A period's word and its number or quarter's numeral, with either data.
    assertEquals("Tháng 02", OcrJoinedWords.parted("Tháng02", true));
    assertEquals("(Quý I", OcrJoinedWords.parted("(QuýI", false));
    assertEquals("quý IV/2026", OcrJoinedWords.parted("quýIV/2026", true));
    assertEquals("Tuần 48,", OcrJoinedWords.parted("Tuần48,", false));
    // With the Vietnamese data, words run into a figure of two digits or more: no Vietnamese word ends in one.
    assertEquals("đoàn thể 10", OcrJoinedWords.parted("đoànthể10", true));
    assertEquals("từ 01/12", OcrJoinedWords.parted("từ01/12", true));
  }

  @Test
  void lettersOcrReadAsDigitsAndOtherWordsWithDigitsAreLeftAsRead() {
    // A digit read for a letter inside or at the end of a word ("quy6t", "s6", "x4"), codes, letters that spell no
    // syllable, a document's number, the English data's readings.
    for (String w : List.of("quy6t", "s6", "x4", "HĐND2", "ABC12", "37-QĐ/ĐU")) {
      assertEquals(w, OcrJoinedWords.parted(w, true), w);
    }
    assertEquals("doanthe10", OcrJoinedWords.parted("doanthe10", false));
    // A vowel OCR read twice is one syllable misread, not two words: "Tuầ ản" would be no word.
    assertEquals("Tuầản", OcrSyllables.parted("Tuầản"));
  }

  /**
   * A table typed with spaces as a proportional font prints it: each row's figures a label's width to the right, parts
   * indented under their total, and a label the tab ran up to its figure ("Trực tiếp 37", a narrow gap).
   */
  private static final String[] WEEKS = {"1 100 Nội dung", "1 400 Tuần 47", "1 560 Tuần 48", "1 720 Cộng",
      "2 100 Hồ sơ tiếp nhận", "2 330 214", "2 480 198", "2 650 412",
      "3 140 Trực tuyến", "3 330 177", "3 470 160", "3 640 337",
      "4 140 Trực tiếp 37", "4 430 38", "4 600 75",
      "5 100 Đã giải quyết đúng hạn", "5 420 205", "5 560 190", "5 700 395",
      "7 100 Tỷ lệ trực tuyến đạt 81,8%."};

  @Test
  void rowsEndingInAsManyFiguresAsTheHeaderHasColumnsAreTabbed() {
    String text = OcrLayout.text(page(WEEKS));
    assertEquals("Nội dung\tTuần 47\tTuần 48\tCộng\nHồ sơ tiếp nhận\t214\t198\t412\n    Trực tuyến\t177\t160\t337\n"
        + "    Trực tiếp\t37\t38\t75\nĐã giải quyết đúng hạn\t205\t190\t395\n\nTỷ lệ trực tuyến đạt 81,8%.\n", text);
  }

  @Test
  void aFigureReadAsLettersStaysInItsCellAsRead() {
    // "3" of the council's adequate computers read "Kỹ": the row holds the table's cells all the same, nothing guessed.
    String text = OcrLayout.text(page("1 100 Khối", "1 300 Máy tính", "1 480 Đạt yêu cầu", "1 700 Máy in",
        "2 100 Đảng ủy", "2 250 14", "2 420 12", "2 650 5", "3 100 HĐND xã", "3 270 3", "3 400 Kỹ", "3 600 1",
        "4 100 Ủy ban MTTQ xã", "4 330 9", "4 470 7", "4 690 3"));
    assertEquals("Khối\tMáy tính\tĐạt yêu cầu\tMáy in\nĐảng ủy\t14\t12\t5\nHĐND xã\t3\tKỹ\t1\nỦy ban MTTQ xã\t9\t7\t3\n", text);
  }

  @Test
  void aLabelRunIntoItsFirstFigureIsPartedAtTheCell() {
    // "thể10": the label's last word and the row's first figure read as one word; the figure opens its cell.
    String text = OcrLayout.text(page("1 100 Đơn vị", "1 300 Máy tính", "1 480 Máy in", "1 700 Đường truyền",
        "2 100 Đảng ủy xã", "2 300 14", "2 470 5", "2 650 1", "3 100 Mặt trận và đoàn thể10", "3 470 4", "3 690 1",
        "4 100 HĐND xã", "4 260 3", "4 420 2", "4 600 1"));
    assertEquals("Đơn vị\tMáy tính\tMáy in\tĐường truyền\nĐảng ủy xã\t14\t5\t1\nMặt trận và đoàn thể\t10\t4\t1\n"
        + "HĐND xã\t3\t2\t1\n", text);
  }

  @Test
  void tablesOfOtherShapesAndScansReadWithTheEnglishDataStaySpaced() {
    // The same table read with the English data (no letter only Vietnamese has): as round 24 laid it out.
    List<String> english = new ArrayList<>();
    for (String row : WEEKS) {
      english.add(SeedScore.fold(row));
    }
    String plain = OcrLayout.text(page(english.toArray(String[]::new)));
    assertEquals(-1, plain.indexOf('\t'), plain);
    // A column of row numbers: the number opening each row is no figure of it (a label run up to its figure, "Quá
    // hạn 2", keeps round 24's stops from tabbing it).
    String numbered = OcrLayout.text(page("1 100 STT", "1 160 Nội dung", "1 400 Tuần 47", "1 560 Cộng",
        "2 100 1", "2 160 Hồ sơ tiếp nhận", "2 420 214", "2 600 412", "3 100 2", "3 160 Quá hạn 2", "3 500 2"));
    assertEquals(-1, numbered.indexOf('\t'), numbered);
    // A row one figure short, its label ending in a short word ("xã"): which figure is whose is not known.
    String shortRow = OcrLayout.text(page("1 100 Khối", "1 300 Máy tính", "1 480 Máy in", "1 700 Máy quét",
        "2 100 UBND xã", "2 260 38", "2 430 14", "3 100 Đảng ủy xã", "3 300 16", "3 470 6", "3 640 2",
        "4 100 Mặt trận", "4 270 7", "4 420 3", "4 610 1"));
    assertEquals(-1, shortRow.indexOf('\t'), shortRow);
    // A row of a word between figures that is no misread figure ("máy") leaves the table spaced.
    String words = OcrLayout.text(page("1 100 Khối", "1 300 Máy tính", "1 480 Máy in", "1 700 Máy quét",
        "2 100 Đảng ủy 16", "2 400 máy", "2 600 2", "3 100 Ủy ban MTTQ", "3 330 7", "3 470 3", "3 690 1"));
    assertEquals(-1, words.indexOf('\t'), words);
  }

  @Test
  void aRuledRowsSpecksAndLostLeftBorderAreRules() {
    // An underscore (a cell's lower rule) in a ruled line read with the Vietnamese data is a space, the length kept.
    assertEquals("| Cơ quan, đơn vị   | Máy tính |", OcrRuledLines.ruled("| Cơ quan, đơn vị _ | Máy tính |", true));
    assertEquals("|   12 |     7  |", OcrRuledLines.ruled("|_  12 |     7_ |", true));
    // Dust before a row's left rule is no cell.
    assertEquals("   |2   | Hồ sơ trả lại | 4 |", OcrRuledLines.ruled(".. |2   | Hồ sơ trả lại | 4 |", false));
    // A row's number run up to its rule, the left border lost: the border goes back in the margin.
    assertEquals("| 3|Hồ sơ bổ sung   |   27|   31|", OcrRuledLines.ruled("  3|Hồ sơ bổ sung   |   27|   31|", true));
    assertEquals("|4|Đã trả kết quả   |   118|", OcrRuledLines.ruled("4|Đã trả kết quả   |   118|", true));
  }

  @Test
  void linesThatAreNoRuledRowsAreLeftAsRead() {
    // Prose, a line with one pipe, the English data's underscores, a number not before a rule, a row not ending in one.
    for (String line : List.of("Thực hiện văn_bản số 12 của UBND tỉnh.", "Mục 2 | Ghi chú", "  2. Hồ sơ | 14 | 9",
        "  5 | Đang giải quyết   |   43|   61")) {
      assertEquals(line, OcrRuledLines.ruled(line, true), line);
    }
    assertEquals("| Cơ quan, don vi _ | May tinh |", OcrRuledLines.ruled("| Cơ quan, don vi _ | May tinh |", false));
    assertEquals("  3|Ho so bo sung   |   27|   31|", OcrRuledLines.ruled("  3|Ho so bo sung   |   27|   31|", false));
  }
}
