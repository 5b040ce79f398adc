package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Round 26 (#23): typed losses of set 36 and the kinds behind them, on passages written for these tests (none is a line
 * of a report of the sets), each with a passage the rule must leave alone.
 */
class RoundTwentySixTest {
  private static final String SIGNED = Passages.signOff("Lò Văn Khánh");

  /** A half year counted to a stated day: the period runs from the year's first day to it. */
  private static final String HALF_YEAR = """
      ỦY BAN NHÂN DÂN
      XÃ NẬM CHÀ TÂY
      Số: 96/BC-UBND                  Nậm Chà Tây, ngày 18 tháng 6 năm 2026
      BÁO CÁO
      kết quả chuyển đổi số 6 tháng đầu năm 2026
      (số liệu tính đến ngày 15/6/2026)
      UBND xã báo cáo như sau:
      """;

  /** A month: a count "từ đầu năm" is a running total beside it. */
  private static final String MONTH = """
      ỦY BAN NHÂN DÂN
      XÃ NẬM CHÀ TÂY
      Số: 97/BC-UBND                  Nậm Chà Tây, ngày 02 tháng 7 năm 2026
      BÁO CÁO
      kết quả chuyển đổi số tháng 6 năm 2026
      UBND xã báo cáo như sau:
      """;

  private static Map<String, Object> values(String text) {
    return Extractor.extract(text + SIGNED, null).values();
  }

  @Test
  void countsFromTheYearsStartToTheStatedDayAreThePeriods() {
    // The period is 01/01–15/06/2026; "Từ đầu năm đến ngày 15/6/2026" is that span, so its counts are the period's. The
    // part stated after ("Riêng tháng 6 …") is another span: its 412 goes to no field.
    Map<String, Object> v = values(HALF_YEAR + """
        II. THỦ TỤC HÀNH CHÍNH
        Từ đầu năm đến ngày 15/6/2026, bộ phận một cửa tiếp nhận 2.140 hồ sơ; đã giải quyết 2.087 hồ sơ,
        đang giải quyết 53 hồ sơ.
        Riêng tháng 6 (từ 01/6 đến 15/6) tiếp nhận 412 hồ sơ.
        """);
    assertEquals(LocalDate.of(2026, 1, 1), v.get("period.start"), v.toString());
    assertEquals(LocalDate.of(2026, 6, 15), v.get("period.end"), v.toString());
    assertEquals(2140, v.get("dossiers.received"), v.toString());
    assertEquals(2087, v.get("dossiers.resolved"), v.toString());
    assertEquals(53, v.get("dossiers.in_progress"), v.toString());
  }

  @Test
  void countsFromTheYearsStartBesideAMonthAreARunningTotal() {
    // Left alone: in a report of June, "từ đầu năm đến ngày 30/6/2026" sums more than the period.
    Map<String, Object> v = values(MONTH + """
        II. THỦ TỤC HÀNH CHÍNH
        Trong tháng tiếp nhận 398 hồ sơ. Từ đầu năm đến ngày 30/6/2026 tiếp nhận 2.230 hồ sơ.
        """);
    assertEquals(398, v.get("dossiers.received"), v.toString());
  }

  @Test
  void aBracketWithAFigureIsANoteOnTheFigureBeforeIt() {
    // "(giảm 3,1% so với cùng kỳ năm 2025)" compares the 1.506; the online 1.322 after the bracket is the period's.
    Map<String, Object> v = values(MONTH + """
        II. THỦ TỤC HÀNH CHÍNH
        Trong tháng tiếp nhận 1.506 hồ sơ (giảm 3,1% so với cùng kỳ năm 2025), trong đó trực tuyến 1.322 hồ sơ.
        """);
    assertEquals(1506, v.get("dossiers.received"), v.toString());
    assertEquals(1322, v.get("dossiers.received_online"), v.toString());
  }

  @Test
  void aComparisonInTheFiguresOwnClauseStillCompares() {
    // Left alone: "so với cùng kỳ" said in the count's own words, outside any bracket, is still a comparison.
    Map<String, Object> v = values(MONTH + """
        II. THỦ TỤC HÀNH CHÍNH
        Trong tháng tiếp nhận 1.506 hồ sơ, so với cùng kỳ năm 2025 tiếp nhận 1.554 hồ sơ.
        """);
    assertEquals(1506, v.get("dossiers.received"), v.toString());
  }

  @Test
  void theVerbRutBeforeACountOfDossiersIsWithdrawn() {
    Map<String, Object> v = values(MONTH + """
        II. THỦ TỤC HÀNH CHÍNH
        Đã giải quyết 377 hồ sơ; đang giải quyết 21 hồ sơ; rút 4 hồ sơ.
        """);
    assertEquals(4, v.get("dossiers.withdrawn"), v.toString());
  }

  @Test
  void rutNganIsNoWithdrawal() {
    // Left alone: "rút ngắn" (shortened) names days, no dossiers withdrawn.
    Map<String, Object> v = values(MONTH + """
        II. THỦ TỤC HÀNH CHÍNH
        Đã giải quyết 377 hồ sơ, rút ngắn 2 ngày so với quy định.
        """);
    assertNull(v.get("dossiers.withdrawn"), v.toString());
  }

  @Test
  void receivedLateIsTreAsWellAsCham() {
    Map<String, Object> v = values(MONTH + """
        II. THỦ TỤC HÀNH CHÍNH
        Trong tháng tiếp nhận 398 hồ sơ. Không có hồ sơ tiếp nhận trễ trên hệ thống.
        """);
    assertEquals(0, v.get("dossiers.late_received"), v.toString());
    assertEquals(398, v.get("dossiers.received"), v.toString());
  }

  @Test
  void dossiersReceivedForChildrenAreNoLateOnes() {
    // Left alone: "trẻ em" (children) folds to "tre em"; the 26 are a kind of dossier, not received late.
    Map<String, Object> v = values(MONTH + """
        II. THỦ TỤC HÀNH CHÍNH
        Trong tháng tiếp nhận 398 hồ sơ. Công an xã tiếp nhận 26 hồ sơ cấp căn cước cho trẻ em.
        """);
    assertNull(v.get("dossiers.late_received"), v.toString());
  }

  @Test
  void peopleThenASlashAndTheQuotaArePresentOfTheQuota() {
    Map<String, Object> v = values(MONTH + """
        III. NHÂN LỰC
        Tổng số cán bộ, công chức : 38 người / biên chế giao 41.
        """);
    assertEquals(38, v.get("human_resources.staff_present"), v.toString());
    assertEquals(41, v.get("human_resources.staff_quota"), v.toString());
  }

  @Test
  void aQuotaAloneIsStillTheQuota() {
    // Left alone: "biên chế giao 41 người" names the quota only.
    Map<String, Object> v = values(MONTH + """
        III. NHÂN LỰC
        Biên chế giao 41 người.
        """);
    assertEquals(41, v.get("human_resources.staff_quota"), v.toString());
    assertNull(v.get("human_resources.staff_present"), v.toString());
  }

  @Test
  void aBareCountAfterWordsOpeningWithDossiersCountsThem() {
    // "Hồ sơ nộp trực tuyến 1.877, chiếm …": the unit is said before the count.
    Map<String, Object> v = values(MONTH + """
        II. THỦ TỤC HÀNH CHÍNH
        Trong tháng tiếp nhận 2.010 hồ sơ. Hồ sơ nộp trực tuyến 1.877, chiếm 93,38%.
        """);
    assertEquals(1877, v.get("dossiers.received_online"), v.toString());
  }

  @Test
  void aYearAfterWordsOpeningWithDossiersIsNoCount() {
    // Left alone: a year after a note's colon, and a figure with another right after it (a row flattened).
    Map<String, Object> v = values(MONTH + """
        II. THỦ TỤC HÀNH CHÍNH
        Hồ sơ đang giải quyết quá hạn không có. Ghi chú: năm 2025 số liệu của các xã cũ.
        Hồ sơ tiếp nhận 612 598
        """);
    assertNull(v.get("dossiers.overdue_in_progress"), v.toString());
    assertNull(v.get("dossiers.received"), v.toString());
  }

  @Test
  void dossiersNamedByTheirDomainAreAPart() {
    // "Hồ sơ xây dựng còn quá hạn 3 hồ sơ" among the difficulties is a part by domain, no second value of the overdue 5.
    Map<String, Object> v = values(MONTH + """
        II. THỦ TỤC HÀNH CHÍNH
        Đã giải quyết 377 hồ sơ, trong đó quá hạn 5 hồ sơ.
        III. HẠN CHẾ, KHÓ KHĂN
        Hồ sơ xây dựng còn quá hạn 3 hồ sơ do thiếu giấy tờ.
        """);
    assertEquals(5, v.get("dossiers.overdue"), v.toString());
  }

  @Test
  void dossiersWithoutADomainAmongTheDifficultiesStillCount() {
    // Left alone: "Còn 6 hồ sơ quá hạn" names no domain: a second value, shown to pick from, as before.
    Map<String, Object> v = values(MONTH + """
        II. THỦ TỤC HÀNH CHÍNH
        Đã giải quyết 377 hồ sơ, trong đó quá hạn 5 hồ sơ.
        III. HẠN CHẾ, KHÓ KHĂN
        Còn 6 hồ sơ quá hạn do thiếu giấy tờ.
        """);
    assertNull(v.get("dossiers.overdue"), v.toString());
  }

  @Test
  void theSpecialPurposeDataLineIsNoInternetLine() {
    // "01 đường truyền số liệu chuyên dùng" beside the Internet lines is the government's data line.
    Map<String, Object> v = values(MONTH + """
        I. HẠ TẦNG CÔNG NGHỆ
        Khối chính quyền có 33 máy tính, 9 máy in; 03 đường truyền Internet cáp quang và 01 đường truyền số liệu chuyên
        dùng.
        """);
    assertEquals(3, v.get("infrastructure.government.hardware.internet_lines"), v.toString());
  }

  @Test
  void aTotalOfLinesWithTheDataLineAmongItsPartsStays() {
    // Left alone: the stated total of lines, the data line one of its parts, is copied as stated.
    Map<String, Object> v = values(MONTH + """
        I. HẠ TẦNG CÔNG NGHỆ
        Khối chính quyền có 33 máy tính; 04 đường truyền (03 đường truyền số liệu chuyên dùng, 01 cáp quang).
        """);
    assertEquals(4, v.get("infrastructure.government.hardware.internet_lines"), v.toString());
  }

  @Test
  void linesCountedByTheirCounterAloneAreInternetLines() {
    // "Cáp quang 03 đường", "01 đường internet": "đường" is the lines' counter.
    Map<String, Object> v = values(MONTH + """
        I. HẠ TẦNG CÔNG NGHỆ
        - UBND xã: 33 máy tính; cáp quang 03 đường.
        - Đảng ủy xã: 9 máy tính; 01 đường internet.
        """);
    assertEquals(3, v.get("infrastructure.government.hardware.internet_lines"), v.toString());
    assertEquals(1, v.get("infrastructure.party.hardware.internet_lines"), v.toString());
  }

  @Test
  void aHotlineIsNoLine() {
    // Left alone: "02 đường dây nóng" is a hotline.
    Map<String, Object> v = values(MONTH + """
        I. HẠ TẦNG CÔNG NGHỆ
        UBND xã có 33 máy tính và công khai 02 đường dây nóng.
        """);
    assertNull(v.get("infrastructure.government.hardware.internet_lines"), v.toString());
  }

  @Test
  void scienceAndTechnologyIsNoCourse() {
    // "Ban Chỉ đạo về phát triển khoa học, công nghệ … gồm 13 đồng chí": folded, "khoa học" (science) reads as "khóa
    // học" (a course); the 13 members are no staff trained, so the 40 trained stand alone.
    Map<String, Object> v = values(MONTH + """
        I. CÔNG TÁC CHỈ ĐẠO
        Kiện toàn Ban Chỉ đạo về phát triển khoa học, công nghệ và chuyển đổi số của xã gồm 13 đồng chí.
        II. NHÂN LỰC
        Đã có 40 cán bộ, công chức được tập huấn kỹ năng số.
        """);
    assertEquals(40, v.get("human_resources.trained"), v.toString());
  }

  @Test
  void thoseWhoFinishedACourseAreTrained() {
    // Left alone: "khóa học" is a course.
    Map<String, Object> v = values(MONTH + """
        II. NHÂN LỰC
        Có 27 công chức hoàn thành khóa học kỹ năng số trực tuyến.
        """);
    assertEquals(27, v.get("human_resources.trained"), v.toString());
  }

  @Test
  void staffStillToTrainUnderTasksAheadAreNoneTrained() {
    // "PHẦN IV - NHIỆM VỤ THỜI GIAN TỚI": the 9 still to be trained are a task, not those trained.
    Map<String, Object> v = values(MONTH + """
        PHẦN II - NHÂN LỰC
        Đã có 40 cán bộ, công chức được tập huấn kỹ năng số.
        PHẦN IV - NHIỆM VỤ THỜI GIAN TỚI
        Tập huấn cho 9 cán bộ, công chức còn lại trong quý III/2026.
        """);
    assertEquals(40, v.get("human_resources.trained"), v.toString());
  }

  @Test
  void staffTrainedUnderAResultsHeadingAreTrained() {
    // Left alone: "Kết quả thực hiện nhiệm vụ" reports on tasks done.
    Map<String, Object> v = values(MONTH + """
        PHẦN II - KẾT QUẢ THỰC HIỆN NHIỆM VỤ
        Tập huấn cho 40 cán bộ, công chức về ký số.
        """);
    assertEquals(40, v.get("human_resources.trained"), v.toString());
  }

  @Test
  void dossiersOfCivilStatusKeepTheirDomainWord() {
    // Typed "hồ sơ hộ tịch" was mended to "hồ sơ hóa tịch" for want of the pair; it is a part by domain.
    Map<String, Object> v = values(MONTH + """
        II. THỦ TỤC HÀNH CHÍNH
        Đã giải quyết 377 hồ sơ, trong đó quá hạn 5 hồ sơ.
        III. HẠN CHẾ, KHÓ KHĂN
        Hồ sơ hộ tịch còn quá hạn 2 hồ sơ.
        """);
    assertEquals(5, v.get("dossiers.overdue"), v.toString());
  }

  @Test
  void anEquipmentHeadingIsTheInfrastructurePart() {
    // "2. Trang thiết bị" under a heading naming no section is the infrastructure part, so its counts are the stock.
    Map<String, Object> v = values(MONTH + """
        II. KẾT QUẢ THỰC HIỆN
        1. Trang thiết bị
        - Máy tính: 21 máy; máy in: 7 máy.
        """);
    assertEquals(21, v.get("infrastructure.government.hardware.computers"), v.toString());
  }

  @Test
  void aTitleLineDatesTheTableUnderIt() {
    // "Trang thiết bị công nghệ thông tin (tính đến ngày 24/6/2026)" over the table: the part's as_of.
    Map<String, Object> v = values(MONTH + """
        2. Hạ tầng, trang thiết bị
        Trang thiết bị công nghệ thông tin (tính đến ngày 24/6/2026)
        | Cơ quan      | Máy tính | Máy in |
        | UBND xã      |    21    |    7   |
        """);
    assertEquals(LocalDate.of(2026, 6, 24), v.get("infrastructure.as_of"), v.toString());
  }

  @Test
  void aTitleLineAfterThePartsOwnDateIsNotIt() {
    // Left alone: the heading dates the part; a later line of words and a date (a heading the scan lost) does not.
    Map<String, Object> v = values(MONTH + """
        2. Hạ tầng (tính đến ngày 24/6/2026)
        UBND xã có 21 máy tính.
        Nguồn nhân lực (tính đến ngày 15/6/2026)
        """);
    assertEquals(LocalDate.of(2026, 6, 24), v.get("infrastructure.as_of"), v.toString());
  }

  @Test
  void aHeadingDatedWithoutNgayDatesItsPart() {
    // "III. HẠ TẦNG (tính đến 22/6/2026)": "ngày" left out.
    Map<String, Object> v = values(MONTH + """
        III. HẠ TẦNG (tính đến 22/6/2026)
        UBND xã có 21 máy tính.
        """);
    assertEquals(LocalDate.of(2026, 6, 22), v.get("infrastructure.as_of"), v.toString());
  }

  @Test
  void staffTakingPartAfterABracketForCitizensAreTrained() {
    // The bracket's class for citizens is its own part; "với 52 cán bộ, công chức tham gia" are the staff trained.
    Map<String, Object> v = values(MONTH + """
        III. NHÂN LỰC
        Mở 03 lớp tập huấn (02 lớp cho cán bộ, 01 lớp cho người dân thôn Nà Lừa) với 52 cán bộ, công chức tham gia.
        """);
    assertEquals(52, v.get("human_resources.trained"), v.toString());
  }

  @Test
  void citizensTakingPartAreNoStaffTrained() {
    // Left alone: "60 người dân tham gia" are citizens.
    Map<String, Object> v = values(MONTH + """
        III. NHÂN LỰC
        Mở 01 lớp Bình dân học vụ số cho người dân với 60 người tham gia.
        """);
    assertNull(v.get("human_resources.trained"), v.toString());
  }

  @Test
  void moneyTheCommuneWasGrantedIsAllocated() {
    // "được cấp 540 triệu đồng": granted, as "được giao" and "bố trí" are.
    Map<String, Object> v = values(MONTH + """
        IV. KINH PHÍ
        Năm 2026, xã được cấp 540 triệu đồng cho chuyển đổi số; đã giải ngân 310 triệu đồng.
        """);
    assertEquals(540_000_000L, v.get("finance.allocated_vnd"), v.toString());
  }

  @Test
  void moneyAskedToBeGrantedIsNotAllocated() {
    // Left alone: "đề nghị … được cấp" asks for it.
    Map<String, Object> v = values(MONTH + """
        IV. KINH PHÍ
        Đề nghị tỉnh xem xét để xã được cấp 540 triệu đồng cho chuyển đổi số.
        """);
    assertNull(v.get("finance.allocated_vnd"), v.toString());
  }
}
