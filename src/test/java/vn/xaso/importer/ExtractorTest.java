package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.xaso.model.BlankPart;
import vn.xaso.model.Block;
import vn.xaso.model.DocumentKind;
import vn.xaso.model.Staffing;
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
  void aNumberOrDayLeftBlankInTheSignedOriginalIsRecordedAsSuch() {
    String header = """
        UỶ BAN NHÂN DÂN XÃ AN PHÚ
        Số:        /BC-UBND
                                   An Phú, ngày …… tháng 11 năm 2025
        BÁO CÁO
        """;
    assertEquals(List.of(BlankPart.NUMBER, BlankPart.DATE), values(header).get("source.left_blank"));
    assertEquals(List.of(BlankPart.NUMBER, BlankPart.DATE), values(Normal.fold(header)).get("source.left_blank"),
        "without diacritics too");
    Map<String, Object> numbered = values("""
        Số: 15/BC-UBND
                                   An Phú, ngày      tháng 11 năm 2025
        """);
    assertEquals("15/BC-UBND", numbered.get("source.number"));
    assertEquals(List.of(BlankPart.DATE), numbered.get("source.left_blank"), "only what is blank");
    Map<String, Object> whole = values("""
        Số: 15/BC-UBND
                                   An Phú, ngày 03 tháng 11 năm 2025
        """);
    assertFalse(whole.containsKey("source.left_blank"), "a header with both parts leaves nothing blank");
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
    // docs/transcription.md §5 (round 14): the city's (a province's) plan carried out is a document, not a cite.
    assertEquals("300-KH/TU", v.get("documents[2].number"), "the city's plan");
    assertFalse(v.containsKey("cites[0].number"));
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
  void documentsOfOtherBodiesWithTheirDateAreCitedTheCommunesOwnAreNot() {
    Findings found = Extractor.extract("""
        Thực hiện Công văn số 88/SNV-CCVC ngày 03/11/2025 của Sở Nội vụ về việc báo cáo.
        1. Về pháp lý
        Căn cứ Thông tư số 01/2025/TT-BNV ngày 15/3/2025 của Bộ Nội vụ; Nghị quyết số 66-NQ/TW, ngày
        30/4/2025 của Bộ Chính trị; Kế hoạch số 05-KH/BCĐTU ngày 20/5/2025 của Ban Chỉ đạo Tỉnh ủy, xã đã ban hành:
        - Kế hoạch số 31/KH-UBND ngày 02/6/2025 của UBND xã triển khai Nghị quyết 66-NQ/TW.
        3. Nguồn nhân lực
        Tiếp tục thực hiện Kế hoạch 05-KH/BCĐ, ngày 20/5/2025 và Chỉ thị 45-CT/TU của Tỉnh ủy.
        """ + SIGNED, null);
    Map<String, Object> v = found.values();
    assertEquals("01/2025/TT-BNV", v.get("cites[0].number"));
    assertEquals(DocumentKind.OTHER, v.get("cites[0].kind"));
    assertEquals(LocalDate.of(2025, 3, 15), v.get("cites[0].date"));
    assertEquals("66-NQ/TW", v.get("cites[1].number"));
    assertEquals(DocumentKind.RESOLUTION, v.get("cites[1].kind"));
    assertEquals(LocalDate.of(2025, 4, 30), v.get("cites[1].date"), "a date wrapped onto the next line");
    assertFalse(found.under("cites[2]"), "national texts only: " + v);
    // docs/transcription.md §5 (round 14): the province's Steering Committee's plan and its Party Committee's directive,
    // carried out, are documents; named again shortened ("05-KH/BCĐ", same date) it is the same plan.
    assertEquals("05-KH/BCĐTU", v.get("documents[0].number"));
    assertEquals(DocumentKind.PLAN, v.get("documents[0].kind"));
    assertEquals("88/SNV-CCVC", v.get("source.responds_to[0].number"), "the letter answered is not a cite");
    assertEquals("31/KH-UBND", v.get("documents[1].number"), "the commune's own plan is a document, not a cite");
    assertEquals("45-CT/TU", v.get("documents[2].number"));
    assertFalse(found.under("documents[3]"), "05-KH/BCĐ is 05-KH/BCĐTU again: " + v);
    assertTrue(found.value("cites[1].number").orElseThrow().quote().contains("66-NQ/TW"));
  }

  @Test
  void theConclusionFollowedUpIsNotAlsoACite() {
    Map<String, Object> v = values("""
        5. Việc triển khai Kết luận số 201-KL/TW, ngày 02/10/2025
        Xã quán triệt Kết luận số 201-KL/TW ngày 02/10/2025 và Nghi quyet 57-NQ/TW ngay 22/12/2024.
        """);
    assertEquals("201-KL/TW", v.get("follow_ups[0].conclusion.number"));
    assertEquals("57-NQ/TW", v.get("cites[0].number"));
    assertEquals(LocalDate.of(2024, 12, 22), v.get("cites[0].date"), "no diacritics: the same rule");
    assertFalse(v.containsKey("cites[1].number"), v.toString());
  }

  @Test
  void aCiteNamedWithTwoDifferentDatesShowsBothToPickFrom() {
    Findings found = Extractor.extract("""
        1. Về pháp lý
        Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.
        3. Nguồn nhân lực
        Thực hiện Nghị quyết số 57-NQ/TW ngày 12/12/2024, xã cử cán bộ đi học.
        """ + SIGNED, null);
    assertEquals("57-NQ/TW", found.values().get("cites[0].number"));
    assertEquals(List.of(LocalDate.of(2024, 12, 22), LocalDate.of(2024, 12, 12)),
        found.conflict("cites[0].date").stream().map(Finding::value).toList());
  }

  @Test
  void connectivityGoesToItsBlockAndAreasWithoutSignalOrPowerToTheCommunesUnlessItsSentenceNamesOne() {
    Map<String, Object> v = values("""
        2. Về hạ tầng số
        2.2. Khối Chính quyền
        Mạng nội bộ kết nối liên thông đạt 98,5% các cơ quan; sóng di động phủ sóng 95% địa bàn xã.
        Trên địa bàn không còn thôn lõm điện, còn 02 thôn lõm sóng.
        2.4. Mặt trận Tổ quốc
        Duong truyen lien th0ng 100% voi cap tinh.
        Khối Mặt trận: khong con vung lom song, lom dien.
        Văn bản điện tử gửi nhận liên thông đạt 90%.
        4. Kết quả thực hiện thủ tục hành chính
        - Tỷ lệ hồ sơ liên thông đạt 100%.
        """);
    assertEquals(98.5, v.get("infrastructure.government.connectivity.linked_pct"));
    assertEquals(95.0, v.get("infrastructure.government.connectivity.coverage_pct"));
    assertEquals(0, v.get("infrastructure.government.connectivity.areas_without_power"));
    assertEquals(2, v.get("infrastructure.government.connectivity.areas_without_signal"));
    assertEquals(100.0, v.get("infrastructure.front.connectivity.linked_pct"));
    assertEquals(0, v.get("infrastructure.front.connectivity.areas_without_signal"));
    assertEquals(0, v.get("infrastructure.front.connectivity.areas_without_power"));
    assertEquals(2, v.keySet().stream().filter(k -> k.endsWith("linked_pct")).count(),
        "dossiers or documents sent between agencies are not network links: " + v);
  }

  @Test
  void theTrainedShareOfTheStaffWhoTakeInDossiersIsItsOwnField() {
    Map<String, Object> v = values("""
        3. Nguồn nhân lực
        - Cán bộ, công chức làm việc tại bộ phận một cửa được tập huấn đạt 100%.
        - Tỷ lệ cán bộ được bồi dưỡng kỹ năng số: 85%.
        """);
    assertEquals(100.0, v.get("human_resources.public_service_staff_trained_pct"));
    assertEquals(85.0, v.get("human_resources.trained_pct"));
    v = values("3. Nguon nhan luc\n- 95% cong chuc tiep nhan ho so da duoc dao tao su dung phan mem.\n");
    assertEquals(95.0, v.get("human_resources.public_service_staff_trained_pct"));
    assertFalse(v.containsKey("human_resources.trained_pct"));
  }

  @Test
  void itStaffingIsPartTimeOrDedicatedOnlyWhereTheReportSaysWhichItIs() {
    Map<String, Object> v = values("3. Nhân sự\nXã bố trí 01 công chức chuyên trách về công nghệ thông tin.\n");
    assertEquals(Staffing.DEDICATED, v.get("human_resources.it_staffing"));
    assertEquals(1, v.get("human_resources.it_staff"));
    v = values("3. Nhân sự\nCông chức phụ trách chuyển đổi số làm việc kiêm nhiệm, chưa qua đào tạo.\n");
    assertEquals(Staffing.PART_TIME, v.get("human_resources.it_staffing"));
    v = values("3. Nhan su\nCan bo chuyen trach CNTT kiem nhiem them van thu.\n");
    assertEquals(Staffing.PART_TIME, v.get("human_resources.it_staffing"));
    for (String unsaid : List.of("3. Nhân sự\nCòn thiếu cán bộ chuyên trách CNTT.\n",
        "5. Kiến nghị\n- Đề nghị bố trí công chức chuyên trách công nghệ thông tin cho cấp xã.\n",
        "3. Nhân sự\nChủ tịch HĐND hoạt động kiêm nhiệm.\n")) {
      assertFalse(values(unsaid).containsKey("human_resources.it_staffing"), unsaid);
    }
  }

  @Test
  void serviceCentreStaffAndTheNewDossierCounts() {
    Map<String, Object> v = values("""
        3. Nguồn nhân lực
        Bộ phận một cửa có 05 công chức tiếp nhận và trả kết quả.
        4. Kết quả thực hiện TTHC
        - Tổng số hồ sơ phải giải quyết: 320 hồ sơ (tiếp nhận mới và kỳ trước chuyển sang).
        - Số hồ sơ nộp trực tiếp tại bộ phận một cửa: 180 hồ sơ; nộp trực tuyến: 120 hồ sơ.
        - Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 76,4%.
        """);
    assertEquals(5, v.get("human_resources.service_centre_staff"));
    assertEquals(320, v.get("dossiers.to_handle"));
    assertEquals(180, v.get("dossiers.received_in_person"));
    assertEquals(120, v.get("dossiers.received_online"));
    assertEquals(76.4, v.get("dossiers.digitised_pct"));
    assertFalse(v.containsKey("dossiers.carried_over"), v.toString());
    v = values("4. Ket qua\n- Trung tam phuc vu hanh chinh cong xa bo tri 07 can bo; ho so duoc so hoa dat 100%.\n");
    assertEquals(7, v.get("human_resources.service_centre_staff"));
    assertEquals(100.0, v.get("dossiers.digitised_pct"));
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
