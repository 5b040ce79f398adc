package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The layout reader alone, on table blocks written for this test in many drawings (none copied from a held-out
 * set): each asserts the exact canonical rows, "KIND [cells]", one per row, rules gone.
 */
class LayoutTest {

  /** The canonical rows of every table found in the text, in order, each with the 1-based lines it stands on. */
  private static List<String> rows(String text) {
    Map<Integer, Layout.Block> blocks = Layout.blocks(text.split("\n", -1));
    List<String> out = new ArrayList<>();
    for (Layout.Block b : blocks.values()) {
      for (TableLines.Line l : b.rows()) {
        out.add(l.kind() + " " + l.cells());
      }
    }
    return out;
  }

  // ---- the parts ---------------------------------------------------------------------------

  @Test
  void rulesAreSeparatorsWhateverTheirDrawing() {
    for (String r : List.of("-----------+--------+------", "+------+-----+", "==========", "├──────┼────┤", " ___ ___ ___",
        "|------|:---:|", "…………………", "— — — — —")) {
      assertTrue(LayoutLines.rule(r), r);
    }
    for (String r : List.of("- Trực tuyến", "12 - 15", "", "+ Đúng hạn", "---a---")) {
      assertFalse(LayoutLines.rule(r), r);
    }
  }

  @Test
  void dotLeadersGiveALabelAndItsFigure() {
    assertEquals(List.of("Số hồ sơ đã trả kết quả", "2.318"), LayoutLines.leader("Số hồ sơ đã trả kết quả .............. 2.318"));
    assertEquals(List.of("Máy tính đang dùng", "41 máy"), LayoutLines.leader("  Máy tính đang dùng: …………… 41 máy"));
    assertEquals(List.of("Tỷ lệ trực tuyến", "77,4%"), LayoutLines.leader("Tỷ lệ trực tuyến ....... 77,4%."));
    assertEquals(List.of("- Qua dịch vụ bưu chính", "37", "12,5%"), LayoutLines.leader("   - Qua dịch vụ bưu chính ......... 37 (12,5%)"));
    assertEquals(List.of("Hồ sơ trả chậm", "0"), LayoutLines.leader("Hồ sơ trả chậm ................ không có"));
    assertEquals(List.of("Số thôn có tổ", "11/11"), LayoutLines.leader("Số thôn có tổ ....... 11/11"));
    assertNull(LayoutLines.leader("Xem tiếp ... trang sau"), "no figure after the dots");
    assertNull(LayoutLines.leader("Đã giải quyết 120 hồ sơ..."), "dots at the end of a sentence are no leader");
  }

  @Test
  void guttersAreColumnsBlankInEveryRowOfFigures() {
    List<String> rows = List.of(
        "Hồ sơ nộp qua bưu điện            14     9",
        "Hồ sơ nộp trực tuyến toàn trình 302   288",
        "Khác                               3     -");
    List<int[]> cols = LayoutColumns.columns(rows);
    assertEquals(3, cols.size(), "a label one space from its figure is still parted, being a figure's neighbour");
    assertEquals(List.of("Hồ sơ nộp trực tuyến toàn trình", "302", "288"),
        LayoutColumns.cellsIn(cols, LayoutLines.pieces(rows.get(1)).isEmpty() ? List.of() : List.of(new LayoutLines.Cell(0, rows.get(1).length(),
            rows.get(1))), false), "a piece over several columns parts at its words");
    List<int[]> words = LayoutColumns.columns(List.of("Xã Tân Mỹ     12", "Ấp Bàu Sen    4", "Tổ dân phố 3   5"));
    assertEquals(2, words.size(), "single spaces between a label's words part nothing");
  }

  @Test
  void aHeaderBrokenOverLinesIsJoinedColumnByColumn() {
    assertEquals(List.of("Khối", "Máy tính", "Trong đó: nối mạng WAN của Đảng"),
        LayoutColumns.joinHeader(List.of(List.of("Khối", "Máy tính", "Trong đó: nối mạng"), List.of("", "", "WAN của Đảng"))));
  }

  @Test
  void theRowNumberColumnIsFoundByItsHeaderOrItsCells() {
    assertEquals(0, LayoutColumns.ordinalColumn(List.of("STT", "Nội dung", "Số lượng"), List.of()));
    assertEquals(0, LayoutColumns.ordinalColumn(List.of("", "Nội dung", "Số lượng"),
        List.of(List.of("1", "Tiếp nhận", "40"), List.of("2.1", "Trả kết quả", "38"), List.of("", "Rút", "1"))));
    assertEquals(-1, LayoutColumns.ordinalColumn(List.of("Thôn", "Hộ", "Người"),
        List.of(List.of("Bàu Sen", "120", "455"), List.of("Gò Đá", "98", "371"))));
  }

  // ---- whole tables, one drawing each -------------------------------------------------------

  @Test
  void aTableTypedWithSpacesUnderAHeaderBrokenOverTwoLines() {
    String text = """
        Hạ tầng của các khối như sau:

        Đơn vị           Máy tính   Trong đó: nối mạng   Máy in   Máy quét
                                    WAN của Đảng
        Đảng ủy xã          14             9                4         1
        Ủy ban nhân dân     38             -               11         5
        Mặt trận Tổ quốc     6             -                2         -

        Các máy đều có phần mềm diệt virus.""";
    assertEquals(List.of(
        "HEADER [Đơn vị, Máy tính, Trong đó: nối mạng WAN của Đảng, Máy in, Máy quét]",
        "ROW [Đảng ủy xã, 14, 9, 4, 1]",
        "ROW [Ủy ban nhân dân, 38, , 11, 5]",
        "ROW [Mặt trận Tổ quốc, 6, , 2, ]"), rows(text));
  }

  @Test
  void aBoxedTableWithATwoRowHeaderAndARowNumberColumn() {
    String text = """
        +-----+--------------------------+-----------------------+-----------------------+
        | STT |        Nội dung          |      Quý IV/2025      |      Quý III/2025     |
        |     |                          +-----------+-----------+-----------+-----------+
        |     |                          |  Số hồ sơ | Tỷ lệ (%) |  Số hồ sơ | Tỷ lệ (%) |
        +-----+--------------------------+-----------+-----------+-----------+-----------+
        |  1  | Tiếp nhận                |    2.406  |   100     |    2.113  |   100     |
        |  2  | Giải quyết đúng hạn      |    2.377  |    98,8   |    2.050  |    97,0   |
        +-----+--------------------------+-----------+-----------+-----------+-----------+""";
    assertEquals(List.of(
        "HEADER [Nội dung, Quý IV/2025 Số hồ sơ, Quý IV/2025 Tỷ lệ (%), Quý III/2025 Số hồ sơ, Quý III/2025 Tỷ lệ (%)]",
        "ROW [Tiếp nhận, 2.406, 100, 2.113, 100]",
        "ROW [Giải quyết đúng hạn, 2.377, 98,8, 2.050, 97,0]"), rows(text));
  }

  @Test
  void aTableDrawnWithBoxCharacters() {
    String text = """
        ┌──────────────────┬──────────┬──────────┐
        │ Loại thiết bị    │ Hiện có  │ Hỏng     │
        ├──────────────────┼──────────┼──────────┤
        │ Máy tính để bàn  │    27    │    2     │
        │ Máy chiếu        │     3    │ không có │
        └──────────────────┴──────────┴──────────┘""";
    assertEquals(List.of(
        "HEADER [Loại thiết bị, Hiện có, Hỏng]",
        "ROW [Máy tính để bàn, 27, 2]",
        "ROW [Máy chiếu, 3, 0]"), rows(text));
  }

  @Test
  void aLabelWrappedOntoTheNextLineIsJoinedToItsRow() {
    String text = """
        ----------------------------------------------------------
        Chỉ tiêu                           Tuần 50      Tuần 51
        ----------------------------------------------------------
        Hồ sơ tiếp nhận qua dịch vụ           61           70
          bưu chính công ích
        Hồ sơ trả kết quả                    203          190
        ----------------------------------------------------------""";
    assertEquals(List.of(
        "HEADER [Chỉ tiêu, Tuần 50, Tuần 51]",
        "ROW [Hồ sơ tiếp nhận qua dịch vụ bưu chính công ích, 61, 70]",
        "ROW [Hồ sơ trả kết quả, 203, 190]"), rows(text));
  }

  @Test
  void aLabelWrappedAboveItsFiguresIsOneRowAndAGroupRowStaysAGroup() {
    String text = """
        TT   Nội dung                                Số lượng
        I    Khối chính quyền
        1    Máy tính có cấu hình
             đáp ứng yêu cầu                          22
        2    Máy in                                    7
        """;
    assertEquals(List.of(
        "HEADER [Nội dung, Số lượng]",
        "GROUP [Khối chính quyền]",
        "ROW [Máy tính có cấu hình đáp ứng yêu cầu, 22]",
        "ROW [Máy in, 7]"), rows(text));
  }

  @Test
  void anIndentedRowIsAPartOfTheRowAbove() {
    String text = """
        Nội dung                 Kỳ này    Kỳ trước
        Hồ sơ tiếp nhận             140         121
            Qua mạng                118          97
        Hồ sơ quá hạn                 0           2""";
    assertEquals(List.of(
        "HEADER [Nội dung, Kỳ này, Kỳ trước]",
        "ROW [Hồ sơ tiếp nhận, 140, 121]",
        "ROW [- Qua mạng, 118, 97]",
        "ROW [Hồ sơ quá hạn, 0, 2]"), rows(text));
  }

  @Test
  void linesOfDotLeadersAreLabelAndFigure() {
    String text = """
        PHẦN 2. SỐ LIỆU
        Tổng số hồ sơ đã nhận ........................ 915
        Trong đó nhận trực tuyến …………………… 802 hồ sơ
        Ghi chú: số liệu lấy từ hệ thống.""";
    assertEquals(List.of("PAIR [Tổng số hồ sơ đã nhận, 915]", "PAIR [Trong đó nhận trực tuyến, 802 hồ sơ]"), rows(text));
  }

  @Test
  void proseLetterheadsAndTablesWithoutFiguresAreNoTables() {
    String text = """
        ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        XÃ HÒA BÌNH                        Độc lập - Tự do - Hạnh phúc
        Số:  45/BC-UBND                Hòa Bình, ngày 12 tháng 12 năm 2025

        Số hiệu        Ngày          Trích yếu
        12/KH-UBND     03/02/2025    Kế hoạch chuyển đổi số
        30/QĐ-UBND     11/4/2025     Kiện toàn tổ công nghệ số

        Xã có  12.604 nhân khẩu,  3.100 hộ.""";
    assertEquals(List.of(), rows(text));
  }

  @Test
  void theCanonicalRowsReadAsSentencesAndComparisonsStayUnread() {
    String text = """
        Chỉ tiêu            Năm 2025     Cùng kỳ 2024    Kế hoạch 2025
        Hồ sơ tiếp nhận        4.210            3.870           4.500
        Hồ sơ đúng hạn         4.180            3.801           4.500""";
    List<TableLines.Line> lines = new ArrayList<>(Layout.blocks(text.split("\n")).get(0).rows());
    List<String> header = lines.get(0).cells();
    assertEquals("Hồ sơ tiếp nhận: 4.210.", Tables.reading(header, lines.get(1).cells()));
    String blocks = """
        Khối          Máy tính   Máy in
        Đảng               9        3
        Chính quyền       31       10
        Tổng cộng         40       13""";
    List<TableLines.Line> b = Layout.blocks(blocks.split("\n")).get(0).rows();
    assertEquals("Khối Đảng: 9 Máy tính, 3 Máy in.", Tables.reading(b.get(0).cells(), b.get(1).cells()));
    assertNull(Tables.reading(b.get(0).cells(), b.get(3).cells()), "a row summing the blocks is no block's");
  }

  @Test
  void aTableInsideTheTextIsReadByTheImporter() {
    String text = """
        BÁO CÁO
        Kết quả chuyển đổi số tháng 11 năm 2025

        II. KẾT QUẢ
        1. Hạ tầng
        +------------------+-----------+-----------+
        | Khối             | Máy tính  | Máy in    |
        +------------------+-----------+-----------+
        | Chính quyền      |    33     |     8     |
        | Mặt trận         |     5     |     2     |
        +------------------+-----------+-----------+
        2. Thủ tục hành chính
        Tổng số hồ sơ tiếp nhận ........ 1.204
        """;
    Map<String, Object> v = Extractor.extract(text + "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n", null).values();
    assertEquals(33, ((Number) v.get("infrastructure.government.hardware.computers")).intValue());
    assertEquals(2, ((Number) v.get("infrastructure.front.hardware.printers")).intValue());
    assertEquals(1204, ((Number) v.get("dossiers.received")).intValue());
  }
}
