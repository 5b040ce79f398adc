package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Word boxes laid out into lines (round 22), each case a page drawn by hand: 10 pixels a space, 40 a line. */
class OcrLayoutTest {
  /** A page's words from rows of "line left text", each word 12 pixels a letter, 30 high, all in block 1 unless given. */
  private static List<OcrLayout.Word> page(String... rows) {
    List<OcrLayout.Word> out = new ArrayList<>();
    for (String row : rows) {
      String[] f = row.split(" ", 4);
      int block = Integer.parseInt(f[0]);
      int line = Integer.parseInt(f[1]);
      int left = Integer.parseInt(f[2]);
      for (String w : f[3].split(" ")) {
        out.add(word(1, block, 1, line, left, 100 + 40 * line, 12 * w.length(), 30, 95, w));
        left += 12 * w.length() + 10;
      }
    }
    return out;
  }

  /** A word at page, block, paragraph and line, boxed at left, top, width and height. */
  private static OcrLayout.Word word(int page, int block, int par, int line, int left, int top, int width, int height,
      int conf, String text) {
    return new OcrLayout.Word(new OcrLayout.Place(page, block, par, line), new OcrLayout.Box(left, top, width, height),
        conf, text);
  }

  @Test
  void wordsOfALineAreOneSpaceApartAndLinesFollowInOrder() {
    assertEquals("Tổng số hồ sơ tiếp nhận: 50 hồ sơ\nđã giải quyết 48 hồ sơ.\n",
        OcrLayout.text(page("1 1 100 Tổng số hồ sơ tiếp nhận: 50 hồ sơ", "1 2 100 đã giải quyết 48 hồ sơ.")));
  }

  @Test
  void aWideGapIsARunOfSpacesAsManyAsWouldFillIt() {
    // "Khối" ends at 148; a gap of 100 pixels is ten spaces. The rows hold unequal cells (a table typed with spaces,
    // "HĐND" without its scanners), so no tab parts them.
    String text = OcrLayout.text(page("1 1 100 Khối", "1 1 248 Máy", "1 1 400 Scan",
        "1 2 100 Đảng", "1 2 248 15", "1 2 400 3", "1 3 100 HĐND", "1 3 248 2", "1 4 100 Cộng số máy của các khối"));
    assertEquals("Khối" + " ".repeat(10) + "Máy" + " ".repeat(12) + "Scan\n" + "Đảng" + " ".repeat(10) + "15"
        + " ".repeat(13) + "3\nHĐND" + " ".repeat(10) + "2\nCộng số máy của các khối\n", text);
  }

  @Test
  void aTableWhoseRowsHoldEqualCellsUnderAHeaderIsPartedByTabs() {
    // A tab table printed: each cell at its column's stop, however long the text before it.
    String text = OcrLayout.text(page("1 1 100 Khối", "1 1 300 Máy tính", "1 1 500 Máy in",
        "1 2 100 Đảng ủy", "1 2 300 14", "1 2 500 6", "1 3 100 UBND xã", "1 3 300 41", "1 3 500 15",
        "1 4 100 Khối Đảng có 05 máy kết nối mạng diện rộng."));
    assertEquals("Khối\tMáy tính\tMáy in\nĐảng ủy\t14\t6\nUBND xã\t41\t15\nKhối Đảng có 05 máy kết nối mạng diện rộng.\n",
        text);
  }

  @Test
  void aHeaderBrokenOverTwoLinesKeepsItsSpaces() {
    // "WAN Đảng" under its column continues the header: a table typed with spaces, whose columns Layout finds whole.
    String text = OcrLayout.text(page("1 1 100 Khối", "1 1 300 Kết nối", "1 1 500 Máy in", "1 2 300 WAN Đảng",
        "1 3 100 Đảng ủy", "1 3 300 12", "1 3 500 5", "1 4 100 HĐND xã", "1 4 300 0", "1 4 500 2"));
    assertEquals(-1, text.indexOf('\t'), text);
  }

  @Test
  void rowsWithoutTheirHeaderKeepTheirSpaces() {
    // The table's header ended the page before: its rows alone name no columns to part by tabs.
    String text = OcrLayout.text(page("1 1 100 Đảng ủy", "1 1 300 11", "1 1 500 4", "1 2 100 HĐND xã", "1 2 300 3",
        "1 2 500 1", "1 3 100 Cộng các khối của xã"));
    assertEquals(-1, text.indexOf('\t'), text);
  }

  @Test
  void aTableWithPipesKeepsThem() {
    String text = OcrLayout.text(page("1 1 100 | Khối", "1 1 300 | Máy tính", "1 1 500 | Máy in",
        "1 2 100 | Đảng ủy", "1 2 300 | 14", "1 2 500 | 6", "1 3 100 | UBND xã", "1 3 300 | 41", "1 3 500 | 15"));
    assertEquals(-1, text.indexOf('\t'), text);
  }

  @Test
  void theLetterheadsTwoColumnsStayApartAndReadAsTwo() {
    String text = OcrLayout.text(page("1 1 100 ỦY BAN NHÂN DÂN", "1 1 700 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "1 2 100 XÃ AN PHÚ", "1 2 760 Độc lập - Tự do - Hạnh phúc"));
    String[] lines = text.split("\n");
    assertEquals(List.of("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        List.of(lines[0].split(" {2,}")));
    assertEquals(List.of("XÃ AN PHÚ", "Độc lập - Tự do - Hạnh phúc"), List.of(lines[1].split(" {2,}")));
  }

  @Test
  void columnsTesseractReadAsBlocksJoinWhereTheyShareAHeight() {
    // Block 2 is the right-hand column, read after the whole left one: its lines join the left's at their height.
    String text = OcrLayout.text(page("1 1 100 Tiếp nhận", "1 2 100 Đã giải quyết", "2 1 500 212", "2 2 500 198"));
    assertEquals(List.of("Tiếp nhận", "212"), List.of(text.split("\n")[0].split(" {2,}")));
    assertEquals(List.of("Đã giải quyết", "198"), List.of(text.split("\n")[1].split(" {2,}")));
  }

  @Test
  void aLineTallerStepThanUsualLeavesABlankLine() {
    assertEquals("I. Thủ tục\nHiện có 10 TTHC.\nToàn trình 6.\n\nII. Hồ sơ\n",
        OcrLayout.text(page("1 1 100 I. Thủ tục", "1 2 100 Hiện có 10 TTHC.", "1 3 100 Toàn trình 6.",
            "1 5 100 II. Hồ sơ")));
  }

  @Test
  void specksOfDustAreNotWords() {
    List<OcrLayout.Word> words = new ArrayList<>(page("1 1 100 Số hóa 96 hồ sơ"));
    // A 3-pixel speck read as "l" far to the right, and one read as "._" in between: neither opens a column.
    words.add(word(1, 1, 1, 1, 900, 145, 3, 3, 0, "l"));
    words.add(word(1, 1, 1, 1, 700, 160, 4, 2, 82, "._"));
    assertEquals("Số hóa 96 hồ sơ\n", OcrLayout.text(words));
  }

  @Test
  void aDashIsKeptThoughFlatAndUnsure() {
    List<OcrLayout.Word> words = new ArrayList<>(page("1 1 122 Lưu VT."));
    words.add(word(1, 1, 1, 1, 100, 150, 12, 4, 31, "-"));
    assertEquals("- Lưu VT.\n", OcrLayout.text(words));
  }

  @Test
  void tesseractsTsvIsReadWordByWord() {
    String tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
        + "1\t1\t0\t0\t0\t0\t0\t0\t1504\t1973\t-1\t\n"
        + "4\t1\t1\t1\t1\t0\t130\t111\t1143\t50\t-1\t\n"
        + "5\t1\t1\t1\t1\t1\t130\t111\t43\t31\t96.865715\tỦY\n"
        + "5\t1\t1\t1\t1\t2\t184\t121\t65\t22\t89.5\tBAN\n"
        + "5\t1\t1\t1\t1\t3\t260\t121\t65\t22\t10\t \n";
    assertEquals(List.of(word(3, 1, 1, 1, 130, 111, 43, 31, 97, "ỦY"),
        word(3, 1, 1, 1, 184, 121, 65, 22, 90, "BAN")), OcrLayout.tsv(tsv, 3));
  }
}
