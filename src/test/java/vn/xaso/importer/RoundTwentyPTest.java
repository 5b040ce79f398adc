package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Round 20p: periods and document numbers, on passages written for these tests. */
class RoundTwentyPTest {
  private static final String LETTERHEAD = "ỦY BAN NHÂN DÂN\nXÃ PHÚ MỸ BẮC\nSố: 58/BC-UBND                 Phú Mỹ Bắc, ngày 09 tháng 3 năm 2026\n"
      + "BÁO CÁO\nKết quả chuyển đổi số tháng 02 năm 2026\n";
  private static final String SIGNED = "\nNơi nhận:                     TM. ỦY BAN NHÂN DÂN\n- Lưu: VT.                    CHỦ TỊCH\n\n"
      + "                              Đỗ Minh Quang\n\n";

  private static Map<String, Object> values(String text) {
    return Extractor.extract(LETTERHEAD + text + SIGNED, null).values();
  }

  @Test
  void aDocumentNumberWithDottedCodesIsKeptWhole() {
    Map<String, Object> v = values("""
        Căn cứ Công văn số 745/SKHCN.VP-CĐS ngày 20/02/2026 của Sở Khoa học và Công nghệ về báo cáo tháng,
        UBND xã báo cáo như sau:
        I. THỦ TỤC HÀNH CHÍNH
        1. Tiếp nhận 604 hồ sơ, đã giải quyết 590 hồ sơ.
        """);
    assertEquals("745/SKHCN.VP-CĐS", v.get("source.responds_to[0].number"), v.toString());
    assertEquals(LocalDate.of(2026, 2, 20), v.get("source.responds_to[0].date"), v.toString());
  }

  @Test
  void aDotThenASpaceStillEndsTheNumber() {
    Map<String, Object> v = values("""
        Thực hiện Công văn số 88/UBND-VP. Ngày 02/3/2026 UBND xã tổng hợp, báo cáo như sau:
        I. THỦ TỤC HÀNH CHÍNH
        1. Tiếp nhận 604 hồ sơ, đã giải quyết 590 hồ sơ.
        """);
    assertEquals("88/UBND-VP", v.get("source.responds_to[0].number"), v.toString());
  }

  @Test
  void aPairAfterPhatSinhIsTheProceduresWithDossiersAndItsWholeTheOffersCount() {
    Map<String, Object> v = values("""
        I. THỦ TỤC HÀNH CHÍNH
        1. Xã đang thực hiện 298 thủ tục hành chính, trong đó:
        - dịch vụ công trực tuyến toàn trình 176 thủ tục, có phát sinh hồ sơ 52/176;
        - dịch vụ công trực tuyến một phần 95 thủ tục, có phát sinh hồ sơ 30/95.
        2. Tiếp nhận 604 hồ sơ, đã giải quyết 590 hồ sơ.
        """);
    assertEquals(176, v.get("procedures.full_online"), v.toString());
    assertEquals(95, v.get("procedures.partial_online"), v.toString());
    assertEquals(52, v.get("procedures.with_dossiers.full_online"), v.toString());
    assertEquals(30, v.get("procedures.with_dossiers.partial_online"), v.toString());
  }

  @Test
  void aCountAfterPhatSinhWithoutAFigureOfItsOwnStaysWithDossiers() {
    Map<String, Object> v = values("""
        I. THỦ TỤC HÀNH CHÍNH
        1. Số thủ tục toàn trình có phát sinh hồ sơ: 41 thủ tục.
        2. Tiếp nhận 604 hồ sơ, đã giải quyết 590 hồ sơ.
        """);
    assertEquals(41, v.get("procedures.with_dossiers.full_online"), v.toString());
    assertNull(v.get("procedures.full_online"), v.toString());
  }
}
