package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.xaso.model.Block;

/**
 * Round 19a of #23: a line or sentence naming a body and listing its equipment is that body's record, whatever the
 * bullet, the separators, the order of count and thing, or the heading above it. Passages written here in other words
 * than the sets' (bodies, bullets, units and order varied), each rule with passages it must leave alone.
 */
class RoundNineteenATest {
  private static final String LETTERHEAD = "ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ TRUNG\nSố: 214/BC-UBND                 Tân Phú Trung, ngày 08 tháng 12 năm 2025\n"
      + "BÁO CÁO\nKết quả chuyển đổi số tháng 11 năm 2025\n";
  private static final String SIGNED = Passages.signOff("Đỗ Minh Khang");

  private static Map<String, Object> values(String text) {
    return Extractor.extract(LETTERHEAD + text + SIGNED, null).values();
  }

  @Test
  void eachBulletNamingABodyIsThatBodysRecordUnderAHeadingOfNoKnownSection() {
    // "Máy móc, thiết bị" is no heading the outline knows as the infrastructure's: the bodies say whose equipment it is.
    Map<String, Object> v = values("""
        I. KẾT QUẢ THỰC HIỆN
        1. Tiếp nhận 1.204 hồ sơ, đã giải quyết 1.180 hồ sơ.
        2. Máy móc, thiết bị
        + Khối Đảng: 9 máy vi tính; 3 máy in; 1 đường truyền.
        + Văn phòng HĐND và UBND xã: 31 máy tính, 12 máy in và 5 máy quét.
        + Ủy ban MTTQ xã và các đoàn thể: 6 máy tính; 2 máy in.
        """);
    assertEquals(9, v.get("infrastructure.party.hardware.computers"), v.toString());
    assertEquals(3, v.get("infrastructure.party.hardware.printers"), v.toString());
    assertEquals(1, v.get("infrastructure.party.hardware.internet_lines"), v.toString());
    // The office the council shares with the committee is the government's (docs/transcription.md §3).
    assertEquals(31, v.get("infrastructure.government.hardware.computers"), v.toString());
    assertEquals(12, v.get("infrastructure.government.hardware.printers"), v.toString());
    assertEquals(5, v.get("infrastructure.government.hardware.scanners"), v.toString());
    assertNull(v.get("infrastructure.council.hardware.computers"), v.toString());
    assertEquals(6, v.get("infrastructure.front.hardware.computers"), v.toString());
    assertEquals(2, v.get("infrastructure.front.hardware.printers"), v.toString());
  }

  @Test
  void sentencesOfANumberedParagraphEachGiveTheirBodysEquipment() {
    // A report without section headings: numbered paragraphs, a body named at each sentence's start.
    Map<String, Object> v = values("""
        1. Trong tháng, xã tiếp nhận 640 hồ sơ, đã giải quyết 618 hồ sơ.
        2. Tính đến ngày 30/11/2025, Trung tâm Phục vụ hành chính công có 14 máy tính (12 máy đáp ứng yêu cầu, 02 máy
        cấu hình thấp); 04 máy scan, 02 đường truyền cáp quang. Hội đồng nhân dân xã làm việc tại trụ sở chung, có 02
        máy tính và 01 máy in. Đảng ủy xã có 08 bộ máy vi tính, 03 máy in.
        """);
    assertEquals(14, v.get("infrastructure.government.hardware.computers"), v.toString());
    assertEquals(12, v.get("infrastructure.government.hardware.adequate"), v.toString());
    assertEquals(2, v.get("infrastructure.government.hardware.inadequate"), v.toString());
    assertEquals(4, v.get("infrastructure.government.hardware.scanners"), v.toString());
    assertEquals(2, v.get("infrastructure.government.hardware.internet_lines"), v.toString());
    assertEquals(2, v.get("infrastructure.council.hardware.computers"), v.toString());
    assertEquals(1, v.get("infrastructure.council.hardware.printers"), v.toString());
    assertEquals(8, v.get("infrastructure.party.hardware.computers"), v.toString());
    assertEquals(3, v.get("infrastructure.party.hardware.printers"), v.toString());
  }

  @Test
  void theCountWrittenAfterTheThingAndTheBareParts() {
    Map<String, Object> v = values("""
        I. THỦ TỤC HÀNH CHÍNH
        1. Tiếp nhận 1.204 hồ sơ, đã giải quyết 1.180 hồ sơ.
        II. HẠ TẦNG CÔNG NGHỆ
        - Khối chính quyền: máy tính 38 chiếc (30 đáp ứng, 8 chưa đáp ứng); máy in 11; đường truyền cáp quang 02.
        - Khối Mặt trận: máy tính 05 chiếc; máy quét 01.
        """);
    assertEquals(38, v.get("infrastructure.government.hardware.computers"), v.toString());
    assertEquals(30, v.get("infrastructure.government.hardware.adequate"), v.toString());
    assertEquals(8, v.get("infrastructure.government.hardware.inadequate"), v.toString());
    assertEquals(11, v.get("infrastructure.government.hardware.printers"), v.toString());
    assertEquals(2, v.get("infrastructure.government.hardware.internet_lines"), v.toString());
    assertEquals(5, v.get("infrastructure.front.hardware.computers"), v.toString());
    assertEquals(1, v.get("infrastructure.front.hardware.scanners"), v.toString());
  }

  @Test
  void whatIsLackingPlannedOrReceivedIsNoBodysStock() {
    Map<String, Object> v = values("""
        1. Trong tháng, xã tiếp nhận 640 hồ sơ, đã giải quyết 618 hồ sơ.
        2. Ủy ban nhân dân xã có 26 máy tính (trong kỳ trang bị thêm 04 máy); tốc độ đường truyền cáp quang 300 Mbps.
        Trong tháng, tỉnh hỗ trợ thêm 05 máy tính cho Bộ phận Một cửa.
        3. Hạn chế: 10 máy tính chưa đáp ứng yêu cầu; một số thôn sóng yếu.
        4. Nhiệm vụ tháng tới: thay thế 06 máy tính của khối chính quyền.
        """);
    // The stock, not what was added within it, received, lacking or to be replaced.
    assertEquals(26, v.get("infrastructure.government.hardware.computers"), v.toString());
    assertNull(v.get("infrastructure.government.hardware.inadequate"), v.toString());
    assertNull(v.get("infrastructure.government.hardware.internet_lines"), v.toString());
  }

  @Test
  void outsideTheInfrastructurePartEquipmentWithNoBodyIsLeft() {
    Map<String, Object> v = values("""
        1. Trong tháng, xã tiếp nhận 640 hồ sơ, đã giải quyết 618 hồ sơ.
        2. Một số máy tính (09 máy) đã dùng trên 8 năm; 09 máy tính thường xuyên hỏng.
        """);
    assertNull(v.get("infrastructure.government.hardware.computers"), v.toString());
    assertNull(v.get("infrastructure.government.hardware.inadequate"), v.toString());
  }

  @Test
  void theCentreNamedShortAsTheSubjectAndABracketOfWhatWasAdded() {
    // Under a heading of no known section: the centre opens the sentence; the bracket of what was added in the month
    // is no word of the counts after it.
    Map<String, Object> v = values("""
        1. Trong tháng, Trung tâm tiếp nhận 640 hồ sơ, đã giải quyết 618 hồ sơ.
        2. Cơ sở vật chất
        Trung tâm hiện có 17 máy tính (trong đó 03 máy được cấp mới trong tháng), 05 máy in, 03 máy quét và 02 đường
        truyền Internet.
        """);
    assertEquals(17, v.get("infrastructure.government.hardware.computers"), v.toString());
    assertEquals(5, v.get("infrastructure.government.hardware.printers"), v.toString());
    assertEquals(3, v.get("infrastructure.government.hardware.scanners"), v.toString());
    assertEquals(2, v.get("infrastructure.government.hardware.internet_lines"), v.toString());
    // Where the equipment stands is no body: the centre's part of the government's equipment is not its total.
    v = values("""
        1. Trong tháng, Trung tâm tiếp nhận 640 hồ sơ, đã giải quyết 618 hồ sơ.
        2. Cơ sở vật chất
        - Thiết bị đặt tại Trung tâm: 09 máy tính, 03 máy in.
        - Trung tâm Y tế xã có 12 máy tính.
        """);
    assertNull(v.get("infrastructure.government.hardware.computers"), v.toString());
    assertNull(v.get("infrastructure.government.hardware.printers"), v.toString());
  }

  @Test
  void bodiesTheSheetPutsInABlock() {
    assertEquals(List.of(Block.GOVERNMENT), BodyWords.named("trung tam phuc vu hanh chinh cong xa"));
    assertEquals(List.of(Block.GOVERNMENT), BodyWords.named("bo phan mot cua"));
    assertEquals(List.of(Block.GOVERNMENT), BodyWords.named("van phong hdnd - ubnd xa"));
    assertEquals(List.of(Block.GOVERNMENT), BodyWords.named("ubnd phuong va trung tam phuc vu hanh chinh cong"));
    assertEquals(List.of(Block.FRONT), BodyWords.named("uy ban mttq viet nam phuong va cac doan the"));
    assertEquals(List.of(Block.COUNCIL), BodyWords.named("hdnd phuong"));
    // Two blocks named: no one body's record.
    assertNull(BodyWords.one("khoi dang, doan the"));
    assertNull(BodyWords.one("trung tam y te xa"));
    assertEquals(Block.GOVERNMENT, BodyWords.one("trung tam hien co"));
    assertNull(BodyWords.one("trang thiet bi tai trung tam"));
  }

  @Test
  void aBodyNamedAfterTheThingsCountedOrInAnotherClauseOpensNoRecord() {
    String flattened = "don vi may tinh may in may scan dang uy xa 14 5 2";
    assertNull(BodyWords.opening(flattened, flattened.indexOf("14")));
    String clauses = "su dung chung phan mem voi ubnd xa; duoc bo tri 03 may tinh";
    assertNull(BodyWords.opening(clauses, clauses.indexOf("03")));
    String opens = "tinh den ngay 30/11/2025, khoi chinh quyen co 41 may tinh";
    assertEquals(Block.GOVERNMENT, BodyWords.opening(opens, opens.indexOf("41")));
  }

  @Test
  void earlyAndOnTimeListedAfterAColonWhoseLeadNamesTheDossiers() {
    Map<String, Object> v = values("""
        I. THỦ TỤC HÀNH CHÍNH
        1. Trong tháng, xã tiếp nhận 820 hồ sơ, đã giải quyết 790 hồ sơ.
        * Kết quả xử lý hồ sơ đã giải quyết: đúng hạn 214, trước hạn 561, quá hạn 15.
        """);
    assertEquals(561, v.get("dossiers.early"), v.toString());
    // On time includes the early ones (the data dictionary): the two stated apart are summed.
    assertEquals(775, v.get("dossiers.on_time"), v.toString());
    assertEquals(15, v.get("dossiers.overdue"), v.toString());
  }

  @Test
  void aListWhoseLeadNamesNoDossiersOrARowOfFiguresIsNoList() {
    Map<String, Object> v = values("""
        I. THỦ TỤC HÀNH CHÍNH
        1. Trong tháng, xã tiếp nhận 820 hồ sơ, đã giải quyết 790 hồ sơ.
        2. Kết quả bình chọn cán bộ tiếp dân: đúng hạn 40, trước hạn 12.
        3. Ghi chú hồ sơ: quá hạn 2024 2025.
        """);
    assertNull(v.get("dossiers.early"), v.toString());
    assertNull(v.get("dossiers.overdue"), v.toString());
  }

  @Test
  void aNoteEndingItsOwnSentenceInBracketsLendsNoSpanToTheCountAfterIt() {
    Map<String, Object> v = values("""
        I. THỦ TỤC HÀNH CHÍNH
        Trong tháng, xã tiếp nhận 820 hồ sơ, đã giải quyết 790 hồ sơ.
        (Cột cuối của bảng là số lũy kế từ đầu năm.) Trong tháng, số hồ sơ giải quyết trước hạn là 402 hồ sơ.
        """);
    assertEquals(402, v.get("dossiers.early"), v.toString());
    v = values("""
        I. THỦ TỤC HÀNH CHÍNH
        Trong tháng, xã tiếp nhận 820 hồ sơ, đã giải quyết 790 hồ sơ.
        Lũy kế từ đầu năm, số hồ sơ giải quyết trước hạn là 2.402 hồ sơ.
        """);
    assertNull(v.get("dossiers.early"), v.toString());
  }

  @Test
  void moneyAskedForAndAShortfallAreNoAllocation() {
    Map<String, Object> v = values("""
        1. Trong tháng, xã tiếp nhận 640 hồ sơ, đã giải quyết 618 hồ sơ.
        2. Kinh phí: năm 2025 xã được giao 1,2 tỷ đồng cho chuyển đổi số, so với nhu cầu theo kế hoạch là 1,5 tỷ đồng,
        còn thiếu 300 triệu đồng.
        3. Đề xuất huyện phân bổ 450 triệu đồng để mua máy quét.
        """);
    assertEquals(1_200_000_000L, v.get("finance.allocated_vnd"), v.toString());
    assertEquals(1_500_000_000L, v.get("finance.estimated_need_vnd"), v.toString());
    v = values("""
        1. Trong tháng, xã tiếp nhận 640 hồ sơ, đã giải quyết 618 hồ sơ.
        2. Kinh phí: đề nghị tỉnh bố trí 650 triệu đồng cho chuyển đổi số.
        """);
    assertNull(v.get("finance.allocated_vnd"), v.toString());
  }

  @Test
  void aShareSoonAfterACountOfStaffTrainedIsTheShareTrained() {
    for (String line : List.of("1. Đã bồi dưỡng kỹ năng số cho 52 cán bộ, công chức, viên chức (đạt 91,23%).",
        "1. Có 52 đồng chí được đào tạo, tập huấn về chuyển đổi số, đạt 91,23%.",
        "1. Tổ chức tập huấn cho 52/57 người, đạt 91,23%.")) {
      Map<String, Object> v = values("""
          I. THỦ TỤC HÀNH CHÍNH
          1. Trong tháng, xã tiếp nhận 820 hồ sơ, đã giải quyết 790 hồ sơ.
          II. NGUỒN NHÂN LỰC
          """ + line + "\n");
      assertEquals(91.23, v.get("human_resources.trained_pct"), line + " " + v);
    }
    // Another thing between the count and the share: no share of the staff.
    Map<String, Object> v = values("""
        I. THỦ TỤC HÀNH CHÍNH
        1. Trong tháng, xã tiếp nhận 820 hồ sơ, đã giải quyết 790 hồ sơ.
        II. NGUỒN NHÂN LỰC
        1. Tập huấn cho 52 cán bộ, công chức và hướng dẫn người dân nộp hồ sơ trực tuyến, đạt 64,5%.
        """);
    assertNull(v.get("human_resources.trained_pct"), v.toString());
  }

  @Test
  void presentOutOfTheQuotaInWordsAndTheQuotaInBrackets() {
    String head = """
        I. THỦ TỤC HÀNH CHÍNH
        1. Trong tháng, xã tiếp nhận 820 hồ sơ, đã giải quyết 790 hồ sơ.
        II. NGUỒN NHÂN LỰC
        """;
    Map<String, Object> v = values(head + "1. Xã hiện có 53 công chức, viên chức trên tổng số 57 chỉ tiêu biên chế được giao.\n");
    assertEquals(53, v.get("human_resources.staff_present"), v.toString());
    assertEquals(57, v.get("human_resources.staff_quota"), v.toString());
    v = values(head + "1. Tổng số cán bộ, công chức là 71 đồng chí trên 75 biên chế.\n");
    assertEquals(71, v.get("human_resources.staff_present"), v.toString());
    assertEquals(75, v.get("human_resources.staff_quota"), v.toString());
    v = values(head + "1. Cán bộ, công chức hiện có 60 người (biên chế được giao 66); có 03 hợp đồng lao động.\n");
    assertEquals(60, v.get("human_resources.staff_present"), v.toString());
    assertEquals(66, v.get("human_resources.staff_quota"), v.toString());
    v = values(head + "1. Phường hiện có 60 cán bộ, công chức (định biên 66).\n");
    assertEquals(66, v.get("human_resources.staff_quota"), v.toString());
    // Posts unfilled, and "trên" of more than: no quota.
    v = values(head + "1. Hiện có 60 cán bộ, công chức; bộ phận địa chính còn thiếu 02 biên chế.\n"
        + "2. Tập huấn cho trên 40 cán bộ.\n");
    assertNull(v.get("human_resources.staff_quota"), v.toString());
  }

  @Test
  void areasWithoutSignalCountedInWords() {
    Map<String, Object> v = values("""
        1. Trong tháng, xã tiếp nhận 640 hồ sơ, đã giải quyết 618 hồ sơ.
        2. Sóng 4G phủ 95,2% diện tích; còn ba bản (Pá Khoang, Huổi Lự, Nà Tấu) lõm sóng, không còn bản nào chưa có điện.
        """);
    assertEquals(3, v.get("infrastructure.government.connectivity.areas_without_signal"), v.toString());
    v = values("""
        1. Trong tháng, xã tiếp nhận 640 hồ sơ, đã giải quyết 618 hồ sơ.
        2. Toàn xã còn bốn xóm có điểm lõm sóng ở vùng giáp ranh.
        """);
    assertEquals(4, v.get("infrastructure.government.connectivity.areas_without_signal"), v.toString());
    assertEquals(List.of(), AreaWords.find("ba ban ngành phối hợp khắc phục sóng yếu"));
  }

  @Test
  void helpGivenIsNotMendedIntoAnAllocation() {
    // "hỗ trợ" was read "bổ trợ" (near "bố trí"), so equipment received looked like a stock.
    assertEquals("tinh ho tro them 05 may tinh", Vocabulary.mend("tinh ho tro them 05 may tinh", "tỉnh hỗ trợ thêm 05 máy tính"));
  }
}
