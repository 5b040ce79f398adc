package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Round 24 (#23): typed losses of sets 33–34, each as a kind, on passages written for these tests (none is a line of a
 * report of the sets), with a passage each rule must leave alone where one applies.
 */
class RoundTwentyFourTest {
  private static final String SIGNED = Passages.signOff("Lò Văn Thắm");

  private static final String HEAD = """
      ỦY BAN NHÂN DÂN
      XÃ NẬM CHÀ TÂY
      Số: 77/BC-UBND                 Nậm Chà Tây, ngày 22 tháng 10 năm 2026
      BÁO CÁO
      kết quả chuyển đổi số và giải quyết thủ tục hành chính tuần 42
      (Từ ngày 12/10/2026 đến ngày 18/10/2026)
      UBND xã báo cáo như sau:
      """;

  private static Map<String, Object> values(String text) {
    return Extractor.extract(text + SIGNED, null).values();
  }

  @Test
  void aRomanMarkTypedWithoutItsSpaceOpensASection() {
    // "II.TÌNH HÌNH …" (no space after the mark): a heading, so the table under it stands in the procedures' part.
    Map<String, Object> v = values(HEAD + """
        I.HẠ TẦNG SỐ
        UBND xã hiện có 28 máy tính, 7 máy in.
        II.TÌNH HÌNH GIẢI QUYẾT HỒ SƠ
        Nội dung              Kỳ này    Kỳ trước
        Hồ sơ tiếp nhận          140       152
        Đã giải quyết            133       149
        Đang giải quyết           12        10
        III.NHÂN LỰC
        Có 03 công chức tham gia tập huấn.
        """);
    assertEquals(140, v.get("dossiers.received"), v.toString());
    assertEquals(133, v.get("dossiers.resolved"), v.toString());
    assertEquals(12, v.get("dossiers.in_progress"), v.toString());
    assertEquals(28, v.get("infrastructure.government.hardware.computers"), v.toString());
  }

  @Test
  void aRomanMarkRunIntoWordsInSmallLettersIsNoHeading() {
    // "I.Kết quả …" in small letters is a line of text, not a heading: what stands above and below it keeps its part.
    Map<String, Object> v = values(HEAD + """
        1. Hạ tầng số
        UBND xã hiện có 28 máy tính, 7 máy in. I.Kết quả được tổng hợp ở phụ lục.
        UBND xã có 5 máy scan.
        """);
    assertEquals(28, v.get("infrastructure.government.hardware.computers"), v.toString());
    assertEquals(5, v.get("infrastructure.government.hardware.scanners"), v.toString());
  }

  private static final String RESOLVED_ROWS = """
      2. Kết quả giải quyết thủ tục hành chính
      Nội dung              Kỳ này    Kỳ trước
      Hồ sơ tiếp nhận          318       296
      Đã giải quyết            305       290
        + %s            %s        70
        + Đúng hạn             239       216
        + Quá hạn                2         4
      Đang giải quyết           21        18
      """;

  @Test
  void onTimeAloneIsNotDraftedWhenAPartOfTheResolvedWasReadAsTheWhole() {
    // "+ Sớm hạn 64" names no count of its own, so it reads as the resolved: 305 and 64 are two values of it, and
    // neither is 239 on time and 2 overdue together. The early ones (64) were not read: "Đúng hạn 239" alone is a part
    // of on_time, not on_time (on_time is 303); shown, not drafted.
    Map<String, Object> v = values(HEAD + RESOLVED_ROWS.formatted("Sớm hạn ", "64"));
    assertNull(v.get("dossiers.on_time"), v.toString());
    assertEquals(2, v.get("dossiers.overdue"), v.toString());
  }

  @Test
  void onTimeAloneStaysWhenTheResolvedAreOnTimeAndOverdue() {
    // The same two values of the resolved, but one of them is on time and overdue together: no part is missing.
    Map<String, Object> v = values(HEAD + RESOLVED_ROWS.formatted("Sớm hạn ", "64").replace("305", "241"));
    assertEquals(239, v.get("dossiers.on_time"), v.toString());
  }

  @Test
  void earlyAndOnTimeRowsAreStillSummed() {
    Map<String, Object> v = values(HEAD + RESOLVED_ROWS.formatted("Trước hạn", "64"));
    assertEquals(303, v.get("dossiers.on_time"), v.toString());
    assertEquals(64, v.get("dossiers.early"), v.toString());
    assertEquals(305, v.get("dossiers.resolved"), v.toString());
  }

  private static final String PARTY_HEAD = """
      ĐẢNG BỘ TỈNH LAI CHÂU
      ĐẢNG ỦY XÃ PHÌN HỒ
      Số 40-BC/ĐU                 Phìn Hồ, ngày 12 tháng 10 năm 2026
      BÁO CÁO
      kết quả chuyển đổi số quý III năm 2026
      I. KẾT QUẢ
      1. Hạ tầng, thiết bị (tính đến ngày 30/9/2026)
      """;

  @Test
  void dotLeaderLinesUnderABlocksLeadInAreThatBlocks() {
    // ". Máy in ……… 05 máy": a dot for a bullet, then the label, its leaders and the figure; the line "- Khối Đảng …:"
    // above them names their block until the next "-".
    Map<String, Object> v = values(PARTY_HEAD + """
        - Khối Đảng (Văn phòng Đảng ủy và các ban):
          . Máy tính ..................................... 11 máy
          . Máy in ....................................... 05 máy
          . Máy scan ..................................... 01 máy
        - Khối chính quyền: 33 máy tính, 9 máy in.
          . Máy scan ..................................... 04 máy
        """);
    assertEquals(11, v.get("infrastructure.party.hardware.computers"), v.toString());
    assertEquals(5, v.get("infrastructure.party.hardware.printers"), v.toString());
    assertEquals(1, v.get("infrastructure.party.hardware.scanners"), v.toString());
    assertEquals(33, v.get("infrastructure.government.hardware.computers"), v.toString());
    assertEquals(9, v.get("infrastructure.government.hardware.printers"), v.toString());
  }

  @Test
  void aBulletEndingWithoutAColonLeadsNothing() {
    // "- Khối Đảng có 11 máy tính." states its own figure: the lines under it are the heading's block (the issuer's, the
    // People's Committee of the sign-off), and a line naming its block keeps it.
    Map<String, Object> v = values(PARTY_HEAD + """
        - Khối Đảng có 11 máy tính.
          . Máy in ....................................... 05 máy
        - Khối chính quyền:
          . Máy tính của Mặt trận Tổ quốc ........................ 06 máy
        """);
    assertEquals(11, v.get("infrastructure.party.hardware.computers"), v.toString());
    assertNull(v.get("infrastructure.party.hardware.printers"), v.toString());
    assertEquals(5, v.get("infrastructure.government.hardware.printers"), v.toString());
    assertEquals(6, v.get("infrastructure.front.hardware.computers"), v.toString());
    assertNull(v.get("infrastructure.government.hardware.computers"), v.toString());
  }

  @Test
  void aStaffTableByKindLabelledLoaiGivesItsSumRow() {
    // "Loại" over kinds of staff beside "Biên chế giao" and "Có mặt": each kind's row is a part, the sum row the staff.
    Map<String, Object> v = values(HEAD + """
        III.NHÂN LỰC
        Loại                     Biên chế giao      Có mặt
        Cán bộ                         17              16
        Công chức                      36              33
        Cộng                           53              49
        """);
    assertEquals(53, v.get("human_resources.staff_quota"), v.toString());
    assertEquals(49, v.get("human_resources.staff_present"), v.toString());
  }

  @Test
  void aTableLabelledLoaiOfEquipmentCountsNoStaff() {
    Map<String, Object> v = values(HEAD + """
        I.HẠ TẦNG SỐ
        Loại                     Số lượng       Đáp ứng
        Máy tính                      30             26
        Máy in                         8              8
        """);
    assertEquals(30, v.get("infrastructure.government.hardware.computers"), v.toString());
    assertNull(v.get("human_resources.staff_present"), v.toString());
    assertNull(v.get("human_resources.staff_quota"), v.toString());
  }

  @Test
  void aColumnOfProceduresWithDossiersGivesCountAndShare() {
    // "54 (28,13%)" under "Có phát sinh hồ sơ": the column's count with its share, both of the procedures with dossiers.
    Map<String, Object> v = values(HEAD + """
        I.THỦ TỤC HÀNH CHÍNH
        Mức độ                        Số TTHC     Có phát sinh hồ sơ
        Toàn trình                      192          54 (28,13%)
        Một phần                        160          71 (44,38%)
        Cộng                            352         125
        """);
    assertEquals(192, v.get("procedures.full_online"), v.toString());
    assertEquals(54, v.get("procedures.with_dossiers.full_online"), v.toString());
    assertEquals(28.13, v.get("procedures.with_dossiers.full_online_pct"), v.toString());
    assertEquals(71, v.get("procedures.with_dossiers.partial_online"), v.toString());
  }

  @Test
  void aYearCarryingDossiersOverIsATimeNotAFigure() {
    Map<String, Object> v = values(HEAD + """
        II.KẾT QUẢ GIẢI QUYẾT HỒ SƠ
        Tiếp nhận 318 hồ sơ. Năm 2025 chuyển sang: 27 hồ sơ.
        """);
    assertEquals(27, v.get("dossiers.carried_over"), v.toString());
    assertEquals(318, v.get("dossiers.received"), v.toString());
  }

  @Test
  void aYearSaidOfAnythingElseCarriesNothingOver() {
    // Only "chuyển sang" right after the year makes it a time: "Năm 2025 đã giải quyết 1.204 hồ sơ" keeps its year as a
    // figure whose clause holds those words, and nothing is carried over.
    Map<String, Object> v = values(HEAD + """
        II.KẾT QUẢ GIẢI QUYẾT HỒ SƠ
        Tiếp nhận 318 hồ sơ. Năm 2025 đã giải quyết 1.204 hồ sơ.
        """);
    assertNull(v.get("dossiers.carried_over"), v.toString());
    assertEquals(318, v.get("dossiers.received"), v.toString());
  }

  @Test
  void aHeaderCellWrappedAfterASlashInATableExportedOneCellPerLineIsOneColumn() {
    // "Tăng (+)/" then "giảm (-)": one header cell (the change's column, not read), so each row is five cells and the
    // last row takes no line of the text under the table.
    Map<String, Object> v = values(HEAD + """
        II.KẾT QUẢ GIẢI QUYẾT HỒ SƠ
        STT
        Chỉ tiêu
        Tuần này
        Tuần trước
        Tăng (+)/
        giảm (-)
        1
        Hồ sơ tiếp nhận
        166
        150
        +16
        2
        Đã giải quyết
        158
        149
        +9
        3
        Đúng hạn và trước hạn
        155
        140
        +15
        Tỷ lệ hồ sơ trực tuyến đạt 82,5%.
        """);
    assertEquals(166, v.get("dossiers.received"), v.toString());
    assertEquals(158, v.get("dossiers.resolved"), v.toString());
    assertEquals(155, v.get("dossiers.on_time"), v.toString());
    assertNull(v.get("dossiers.early"), v.toString());
    assertEquals(82.5, v.get("dossiers.online_pct"), v.toString());
  }
}
