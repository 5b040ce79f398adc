package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Tables whose column breaks OCR lost, on passages written for the test the way Tesseract returns them. */
class OcrColumnsTest {
  @Test
  void aFlattenedTableGetsItsBreaksBackAsTabs() {
    String read = """
        Bảng 2. Hồ sơ thủ tục hành chính
        Chỉ tiêu Tháng này Tháng trước Tăng, giảm
        1. Hồ sơ nhận mới 2.310 1.975 +335

        - Nộp trực tuyến 1.804 1.390 +414
        - Nộp trực tiếp 506 585 -79
        2. Hồ sơ đã trả kết quả 2.288 1.960 +328
        Trong tháng, không có hồ sơ quá hạn.
        """;
    String mended = OcrColumns.mend(read);
    assertEquals(read.length(), mended.length());
    assertEquals("Chỉ tiêu\tTháng này\tTháng trước\tTăng, giảm", mended.lines().toList().get(1));
    assertEquals("1. Hồ sơ nhận mới\t2.310\t1.975\t+335", mended.lines().toList().get(2));
    assertEquals("- Nộp trực tiếp\t506\t585\t-79", mended.lines().toList().get(5));
    // The prose after the block and the caption before it stay as read.
    assertEquals("Trong tháng, không có hồ sơ quá hạn.", mended.lines().toList().get(7));
    assertEquals(read.lines().toList().get(0), mended.lines().toList().get(0));
  }

  @Test
  void emptyCellsAndAbbreviatedColumnsCount() {
    String read = """
        Khối Tổng số máy Máy in Máy quét HĐND
        Đảng ủy 12 4 2 -
        Mặt trận và đoàn thể 7 2 - x
        """;
    // Read with "HĐND" as its own column: four figures under five cells.
    String mended = OcrColumns.mend(read);
    assertEquals("Khối\tTổng số máy\tMáy in\tMáy quét\tHĐND", mended.lines().toList().get(0));
    assertEquals("Mặt trận và đoàn thể\t7\t2\t-\tx", mended.lines().toList().get(2));
  }

  @Test
  void anAbbreviationInsideACellStaysInIt() {
    String read = """
        Mức độ dịch vụ công Số TTHC
        Toàn trình 121
        Một phần 64
        """;
    String mended = OcrColumns.mend(read);
    assertEquals("Mức độ dịch vụ công\tSố TTHC", mended.lines().toList().get(0));
    assertEquals("Một phần\t64", mended.lines().toList().get(2));
  }

  @Test
  void proseHeadingsTypedTablesAndSingleRowsAreLeftAlone() {
    // A numbered heading is no header; one row is no table; a typed table keeps its own breaks.
    String heading = """
        2. Kết quả Giải quyết
        Tiếp nhận 120 95
        Giải quyết 118 90
        """;
    String single = """
        Nội dung Kỳ này Kỳ trước
        Hồ sơ tiếp nhận 120 95
        Ghi chú: số liệu của bộ phận một cửa.
        """;
    String typed = """
        Nội dung      Kỳ này   Kỳ trước
        Hồ sơ tiếp nhận   120   95
        Hồ sơ giải quyết  118   90
        """;
    String sentence = """
        Tổng Số hồ sơ trong tháng:
        Tiếp nhận 120 95
        Giải quyết 118 90
        """;
    for (String text : new String[] {heading, single, typed, sentence}) {
      assertEquals(text, OcrColumns.mend(text));
    }
  }

  @Test
  void wordsOcrGluedLeaveTheBlockToTheUnalignedReader() {
    // "Máyin" in the header, "UBNDxã" in a label: the table reader would not know them; the unaligned reader parts them.
    String header = """
        Cơ quan Máy tính Máyin Máy scan
        Đảng ủy 9 3 1
        Chính quyền 31 12 4
        """;
    String label = """
        Cơ quan Máy tính Máy in Máy scan
        UBNDxã 31 12 4
        Đảng ủy 9 3 1
        """;
    assertEquals(header, OcrColumns.mend(header));
    assertEquals(label, OcrColumns.mend(label));
  }

  @Test
  void aTitleInCapitalsAndDatesAreNoTable() {
    String title = """
        BÁO CÁO
        Kết quả chuyển đổi số 6 tháng cuối năm 2025
        và nhiệm vụ năm 2026
        """;
    assertEquals(title, OcrColumns.mend(title));
  }

  @Test
  void aLabelEndingInANumberKeepsIt() {
    String read = """
        Thiết bị Số lượng Hỏng
        Máy tính mua năm 2016 5 2
        Máy in 3 0
        """;
    assertEquals("Máy tính mua năm 2016\t5\t2", OcrColumns.mend(read).lines().toList().get(1));
  }
}
