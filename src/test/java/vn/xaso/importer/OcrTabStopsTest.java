package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.xaso.importer.OcrPages.page;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 24: a scanned tab table's stops (OcrLayout.tabbed). Each page drawn by hand as in OcrLayoutTest: 12 pixels a
 * letter, 10 a space, 40 a line; the passages are written anew, not taken from a set.
 */
class OcrTabStopsTest {
  @Test
  void aSumRowWhoseFiguresOcrRanTogetherEndsTheTableAboveIt() {
    // "55" and "21" of the sum read as one word "5521": the sum holds one cell less, the rows above are still a table.
    String text = OcrLayout.text(page("1 100 Đơn vị", "1 300 Máy tính", "1 500 Máy in", "1 700 Máy quét",
        "2 100 Đảng ủy", "2 300 14", "2 500 6", "2 700 2", "3 100 UBND phường", "3 300 41", "3 500 15", "3 700 7",
        "4 100 Cộng", "4 300 5521", "4 700 9"));
    String[] lines = text.split("\n");
    assertEquals("Đơn vị\tMáy tính\tMáy in\tMáy quét", lines[0]);
    assertEquals("Đảng ủy\t14\t6\t2", lines[1]);
    assertEquals("UBND phường\t41\t15\t7", lines[2]);
    assertEquals(-1, lines[3].indexOf('\t'), lines[3]);
  }

  @Test
  void aFigureOnAStopOpensItsCellAfterANarrowGap() {
    // The label "Mặt trận và đoàn thể" runs up to its first figure, which stands where the rows' first cells start.
    // Its "8" starts at 342, ten pixels after "thể", as "12" and "38" do under "Máy tính".
    String text = OcrLayout.text(page("1 100 Khối", "1 342 Máy tính", "1 600 Máy in", "2 100 Đảng ủy xã", "2 342 12",
        "2 600 4", "3 100 UBND xã", "3 342 38", "3 600 13", "4 100 Mặt trận và đoàn thể 8", "4 600 3"));
    assertEquals("Khối\tMáy tính\tMáy in\nĐảng ủy xã\t12\t4\nUBND xã\t38\t13\nMặt trận và đoàn thể\t8\t3\n", text);
  }

  @Test
  void aRowWithoutTheTablesCellsAboveOtherRowsLeavesTheTableSpaced() {
    // The run-together row stands between rows: which cells the rows below hold is not known, so no line is tabbed.
    String text = OcrLayout.text(page("1 100 Đơn vị", "1 300 Máy tính", "1 500 Máy in", "1 700 Máy quét",
        "2 100 Đảng ủy", "2 300 14", "2 500 6", "2 700 2", "3 100 HĐND", "3 300 3311", "3 700 1",
        "4 100 UBND phường", "4 300 41", "4 500 15", "4 700 7", "5 100 Cộng", "5 300 58", "5 500 22", "5 700 10"));
    assertEquals(-1, text.indexOf('\t'), text);
  }

  @Test
  void aLabelsWordOnAStopStaysInTheLabel() {
    // "An" of "UBND Tân An" stands where the rows' first figures start, after a narrow gap: a word, not a figure.
    String text = OcrLayout.text(page("1 100 Khối", "1 300 Máy tính", "1 500 Máy in", "2 100 Đảng", "2 300 14",
        "2 500 6", "3 100 UBND", "3 300 41", "3 500 15", "4 100 Tân An xã ĐT", "4 500 2"));
    assertEquals(-1, text.indexOf("An\t"), text);
  }

  @Test
  void aTableThePageBreakCutsGoesOnAsOneTable() {
    // Page 1 ends after the header and the Party's row; page 2 holds the other rows, then a paragraph.
    List<OcrLayout.Word> first = page("1 100 Đơn vị", "1 300 Máy tính", "1 500 Máy in", "1 700 Máy quét",
        "2 100 Đảng ủy", "2 300 14", "2 500 6", "2 700 2");
    List<OcrLayout.Word> second = page("1 100 HĐND xã", "1 300 3", "1 500 1", "1 700 1", "2 100 UBND xã", "2 300 41",
        "2 500 15", "2 700 7", "3 100 Khối Đảng có 05 máy kết nối mạng diện rộng.");
    assertEquals("Đơn vị\tMáy tính\tMáy in\tMáy quét\nĐảng ủy\t14\t6\t2\nHĐND xã\t3\t1\t1\nUBND xã\t41\t15\t7\n"
        + "Khối Đảng có 05 máy kết nối mạng diện rộng.\n", OcrLayout.pages(List.of(first, second)));
  }

  @Test
  void aPageStartingWithAParagraphGoesOnAsTextWithoutABlankLine() {
    // What follows a table on the next page is not a row of it; a page break is no paragraph's end either.
    List<OcrLayout.Word> first = page("1 100 Đơn vị", "1 300 Máy tính", "1 500 Máy in", "2 100 Đảng ủy", "2 300 14",
        "2 500 6", "3 100 UBND xã", "3 300 41", "3 500 15");
    List<OcrLayout.Word> second = page("1 100 Sóng di động phủ 100% diện tích xã.");
    assertEquals("Đơn vị\tMáy tính\tMáy in\nĐảng ủy\t14\t6\nUBND xã\t41\t15\nSóng di động phủ 100% diện tích xã.\n",
        OcrLayout.pages(List.of(first, second)));
  }
}
