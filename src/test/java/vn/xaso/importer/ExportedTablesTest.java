package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Round 20 of #23: a table exported from the one-stop software, its column heads abbreviated ("T.nhận", "T.tuyến",
 * "Đ.hạn", "Đang GQ"); on passages written here.
 */
class ExportedTablesTest {
  private static final String SIGNED = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nHà Văn Tư\n";

  @Test
  void abbreviatedHeadsAreWrittenOut() {
    assertEquals("tiếp nhận | trực tuyến | đúng hạn | quá hạn | Đang giải quyết",
        String.join(" | ", java.util.stream.Stream.of("T.nhận", "T. tuyến", "Đ.hạn", "Q.hạn", "Đang GQ")
            .map(Tables::unabbreviated).toList()));
    assertEquals("Tổng", Tables.unabbreviated("Tổng"), "no abbreviation: unchanged");
  }

  @Test
  void theTotalRowOfAnExportedTableIsTheDossiers() {
    Map<String, Object> v = Extractor.extract("ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 90/BC-UBND          An Phú, ngày 20 tháng 12 năm 2025\n"
        + "BÁO CÁO\nKết quả cải cách TTHC quý IV năm 2025\n" + """
        3. Cải cách thủ tục hành chính
        b) Kết quả giải quyết hồ sơ (xuất từ phần mềm một cửa):

        Lĩnh vực\tT.nhận\tT.tuyến\tT.tiếp\tĐã GQ\tĐ.hạn\tQ.hạn\tĐang GQ
        Hộ tịch\t640\t600\t40\t630\t628\t2\t10
        Đất đai\t120\t80\t40\t100\t97\t3\t20
        Tổng\t760\t680\t80\t730\t725\t5\t30
        """ + SIGNED, null).values();
    assertEquals(760, v.get("dossiers.received"), v.toString());
    assertEquals(680, v.get("dossiers.received_online"));
    assertEquals(730, v.get("dossiers.resolved"));
    assertEquals(5, v.get("dossiers.overdue"));
  }
}
