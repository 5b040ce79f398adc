package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.xaso.model.Block;
import vn.xaso.schema.Schema;

/** The rules on short passages written the way reports write them, with and without diacritics. */
class ExtractorTest {
  private static final String SIGNED = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n";

  private static Map<String, Object> values(String text) {
    return Extractor.extract(text + SIGNED, null).values();
  }

  @Test
  void countsAreTakenByTheirUnitAndTheWordsOfTheirClause() {
    Map<String, Object> v = values("""
        4. Kết quả thực hiện thủ tục hành chính
        - Tổng số hồ sơ tiếp nhận trong kỳ: 1.204 hồ sơ, trong đó đã giải quyết 1.150 hồ sơ, 12 hồ sơ quá hạn,
        03 hồ sơ xin rút.
        - Số hồ sơ kỳ trước chuyển sang: 40 hồ sơ.
        """);
    assertEquals(1204, v.get("dossiers.received"));
    assertEquals(1150, v.get("dossiers.resolved"));
    assertEquals(12, v.get("dossiers.overdue"));
    assertEquals(3, v.get("dossiers.withdrawn"));
    assertEquals(40, v.get("dossiers.carried_over"));
  }

  @Test
  void zeroOnlyWhenTheReportSaysSo() {
    Map<String, Object> v = values("""
        4. Kết quả thực hiện TTHC
        - Tổng số hồ sơ tiếp nhận: 57 hồ sơ; không có hồ sơ quá hạn.
        """);
    assertEquals(0, v.get("dossiers.overdue"));
    assertFalse(v.containsKey("dossiers.withdrawn"), "not mentioned stays absent, not 0");
    String draft = new DraftWriter(new Schema().report()).render(Extractor.extract("4. Kết quả\n- Tổng số hồ sơ tiếp nhận: 57 hồ sơ."
        + SIGNED, null), "x.txt", null, false);
    assertTrue(draft.contains("\n  withdrawn:\n"), draft);
  }

  @Test
  void ocrTextWithoutMarksAndWithMisreadLettersGivesTheSameFigures() {
    Map<String, Object> v = values("""
        2. Ve ha tang c0ng nghe
        Hien nay, s6 may tinh duoc trang bj: 57 cai; may scan: 04 cai.
        4. Ket qua thuc hien thu tuc hanh chinh
        - Ty 1e ho so truc tuyen 62,5%, truc tiep 37,5%.
        - Tong s6 h0 so tiep nhan: 310 h0 so.
        """);
    assertEquals(57, v.get("infrastructure.government.hardware.computers"));
    assertEquals(4, v.get("infrastructure.government.hardware.scanners"));
    assertEquals(62.5, v.get("dossiers.online_pct"));
    assertEquals(37.5, v.get("dossiers.in_person_pct"));
    assertEquals(310, v.get("dossiers.received"));
  }

  @Test
  void aFieldFoundWithTwoValuesIsLeftEmptyWithBothQuotes() {
    String text = """
        4. Kết quả thực hiện TTHC
        - Tổng số hồ sơ tiếp nhận: 239 hồ sơ.
        - Trong kỳ đã tiếp nhận 293 hồ sơ.
        """ + SIGNED;
    Findings found = Extractor.extract(text, null);
    assertEquals(List.of(239, 293), found.conflict("dossiers.received").stream().map(Finding::value).toList());
    String draft = new DraftWriter(new Schema().report()).render(found, "x.txt", null, false);
    assertTrue(draft.contains("""
          #   239  «Tổng số hồ sơ tiếp nhận: 239 hồ sơ.»
          #   293  «Trong kỳ đã tiếp nhận 293 hồ sơ.»
          received:
        """), draft);
  }

  @Test
  void hardwareGoesToTheBlockItsHeadingNames() {
    Map<String, Object> v = values("""
        2. Về hạ tầng công nghệ
        2.1. Khối Đảng
        Máy tính: 12 cái (trong đó có 02 máy tính dùng mạng diện rộng của đảng); Máy in: 05 cái.
        2.3. Hội đồng nhân dân
        - Hạ tầng phần cứng: HĐND xã được trang bị 03 máy tính.
        3. Nguồn nhân lực
        Tổng số biên chế được giao là 84 biên chế; có mặt 80 người.
        """);
    assertEquals(12, v.get("infrastructure.party.hardware.computers"));
    assertEquals(2, v.get("infrastructure.party.hardware.party_wan_computers"));
    assertEquals(5, v.get("infrastructure.party.hardware.printers"));
    assertEquals(3, v.get("infrastructure.council.hardware.computers"));
    assertEquals(84, v.get("human_resources.staff_quota"));
    assertEquals(80, v.get("human_resources.staff_present"));
  }

  @Test
  void documentsDatesAndTheSignatureBlock() {
    Map<String, Object> v = Extractor.extract("""
        Thực hiện Công văn số 45/SKHCN-CNTT ngày 02/3/2026 của Sở Khoa học và Công nghệ.
        1. Về pháp lý
        - Kế hoạch số 15/KH-UBND ngày 10/01/2026 của UBND xã.
        - Quyết định số 7/QĐ-UBND, ngày 12/01/2026 của Chủ tịch UBND xã.
        - Kế hoạch 300-KH/TU ngày 01/01/2026 của Thành ủy.
        4. Kết quả
        Báo cáo số liệu (kỳ báo cáo từ ngày 15/12-14/01).
        T/M BAN THƯỜNG VỤ
        BÍ THƯ

        Trần Thị Bình
        """, "bao-cao.txt").values();
    assertEquals("45/SKHCN-CNTT", v.get("source.responds_to[0].number"));
    assertEquals(LocalDate.of(2026, 3, 2), v.get("source.responds_to[0].date"));
    assertEquals("15/KH-UBND", v.get("documents[0].number"));
    assertEquals("7/QĐ-UBND", v.get("documents[1].number"));
    assertEquals(LocalDate.of(2026, 1, 12), v.get("documents[1].date"));
    assertFalse(v.containsKey("documents[2].number"), "the city's plan is not one the commune issued");
    assertEquals(LocalDate.of(2025, 12, 15), v.get("period.start"));
    assertEquals(LocalDate.of(2026, 1, 14), v.get("period.end"));
    assertEquals(Block.PARTY, v.get("source.issuer_block"));
    assertEquals("Trần Thị Bình", v.get("source.signer_name"));
    assertEquals("bao-cao.txt", v.get("source.file"));
  }

  @Test
  void documentNumbersGetTheirĐBackWhenOcrLostIt() {
    Map<String, Object> v = values("1. Ve phap ly\n- Ke hoach so 02-KH/DU ngay 15/8/2025 cua Dang uy xa.\n");
    assertEquals("02-KH/ĐU", v.get("documents[0].number"));
  }

  @Test
  void moneyAndItsBudgetYear() {
    Map<String, Object> v = values("""
        4. Về nguồn lực tài chính, nhân sự
        Tài chính: xã đề xuất ngân sách cho năm 2026. Tổng nhu cầu kinh phí khoảng 1,5 tỷ đồng.
        """);
    assertEquals(1_500_000_000L, v.get("finance.estimated_need_vnd"));
    v = values("4. Về tài chính\nTài chính: ngân sách năm 2026. Tổng nhu cầu kinh phí khoảng 800 triệu đồng.\n");
    assertEquals(800_000_000L, v.get("finance.estimated_need_vnd"));
    assertEquals(2026, v.get("finance.year"));
  }

  @Test
  void hostileTextNeitherThrowsNorInventsFigures() {
    String[] parts = {"hồ sơ", "TTHC", "máy tính", "3000000000 hồ sơ", "99/99/9999", "kỳ báo cáo từ ngày 31/02-40/13",
        "한국어 ", "İİ", "ǅ", "😀", "12/", "/KH-", "Số: /BC-", "\n", "\n- ", "(", ")", ";", ":", "1,", ",5%", "0", "đ",
        "Kế hoạch số 1/KH-UBND ngày", "T/M", "Tính đến hết tháng 13/2025", "\n2.1. Khối Đảng\n", "xã "};
    java.util.Random random = new java.util.Random(14);
    for (int i = 0; i < 400; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(40); k > 0; k--) {
        text.append(parts[random.nextInt(parts.length)]).append(random.nextBoolean() ? " " : "");
      }
      // Any exception here fails the test: an import must turn any text into a draft.
      new DraftWriter(new Schema().report()).render(Extractor.extract(text.toString(), null), "x", null, false);
    }
    assertFalse(values("4. Kết quả\n- Tổng số hồ sơ tiếp nhận: 3000000000 hồ sơ.").containsKey("dossiers.received"),
        "a count beyond any integer is left to a person");
  }
}
