package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.xaso.model.Block;
import vn.xaso.model.Staffing;

/** The parts Placement asks which field words name, each alone, on folded words. */
class WordsTest {

  @Test
  void dossierWordsNameTheirFieldAndAPartSkipsItsTotals() {
    assertEquals("overdue_in_progress", DossierWords.field("dang giai quyet | 02 ho so da qua han", null));
    assertEquals("on_time", DossierWords.field("trong do: truoc han va dung han | ho so", null));
    assertEquals("early", DossierWords.field("truoc han va dung han | ho so", "on_time"), "a part is not its total");
    assertEquals("received", DossierWords.field("trong thang nhan duoc | ho so", null));
    assertEquals("carried_over", DossierWords.field("ky truoc chuyen qua | ho so", null));
    assertNull(DossierWords.field("ho tro nguoi dan | ho so", null));
    assertEquals("received_online", DossierWords.filedAs(", gom | ho so truc tuyen", "received"));
    assertNull(DossierWords.filedAs(", gom | ho so truc tuyen", "resolved"), "filed online only of dossiers received");
    assertEquals("resolved", DossierWords.resolvedBare("trong thang giai quyet "));
    assertNull(DossierWords.resolvedBare(", 02 ho so tu choi khong giai quyet"), "refused, not resolved");
    assertNull(DossierWords.resolvedBare("con phai giai quyet "));
    assertTrue(DossierWords.otherSpan("b) luy ke tu dau nam"));
    assertTrue(DossierWords.otherSpan("rieng thang 9/2025, xa tiep nhan"));
    assertFalse(DossierWords.otherSpan("tuan truoc chuyen sang"));
    assertEquals(1, DossierWords.noneAfterLabel("ho so tiep nhan cham tren he thong: khong co.").size());
  }

  @Test
  void procedureWordsTellHowTheyAreOffered() {
    assertEquals("full_online", ProcedureWords.field("dich vu cong truc tuyen toan trinh:", false));
    assertEquals("partial_or_not_online", ProcedureWords.field("mot phan va truc tiep", false));
    assertEquals("with_dossiers.full_online", ProcedureWords.field("toan trinh co phat sinh ho so", true));
    assertNull(ProcedureWords.field("tong so", true), "a total of procedures with dossiers has no field");
  }

  @Test
  void hardwareWordsNameTheEquipmentAndItsBlock() {
    assertEquals("inadequate", HardwareWords.field("07 may cau hinh thap can thay the", "may"));
    assertEquals("inadequate", HardwareWords.field("06 may khong dap ung", "may"));
    assertEquals("scanners", HardwareWords.field("may quet tai lieu:", ""));
    assertEquals("classified_computers", HardwareWords.field("may tinh soan thao van ban mat:", ""));
    assertEquals("computers", HardwareWords.field("hien co |", "may tinh"));
    assertNull(HardwareWords.field("bo |", "cai"));
    assertTrue(HardwareWords.acquired("trong tuan, xa tiep nhan 02 may tinh do so ho tro"));
    assertFalse(HardwareWords.acquired("hien co 40 may tinh"));
    assertEquals(Block.PARTY, HardwareWords.blockOfPart("khoi dang 11 may, trong do "));
    assertNull(HardwareWords.blockOfPart("trong do "));
    assertTrue(HardwareWords.byBlock("(khoi dang 11 may; khoi chinh quyen 39 may"));
    assertFalse(HardwareWords.byBlock("(38 may dap ung yeu cau, 06 may khong dap ung"));
  }

  @Test
  void staffWordsNameTheCountOfPeople() {
    assertEquals("staff_present", StaffWords.field("tong so can bo hien co: | nguoi", "", "", "", ""));
    assertEquals("staff_quota", StaffWords.field("dang uy xa hien co | bien che", "", "", "", ""));
    assertEquals("trained", StaffWords.field("trong tuan, cu | can bo", "", "", "", " can bo, cong chuc tham gia 01 lop tap huan"));
    assertEquals("labour_contracts", StaffWords.field("xa co | nguoi hop dong lao dong", "xa co ", " nguoi hop dong lao dong", "", ""));
    assertNull(StaffWords.field("hien co | cong chuc cntt", "", "", "", ""), "IT staff named so are no head count");
    assertEquals("qualifications.political_intermediate", StaffWords.qualification("trung cap", "ly luan chinh tri: cao cap 3, "));
    assertEquals(Staffing.PART_TIME, StaffWords.staffing("cong chuc phu trach cong nghe thong tin: 01 nguoi (kiem nhiem)."));
    assertNull(StaffWords.staffing("de nghi bo tri cong chuc chuyen trach cntt."));
  }

  @Test
  void aShareRestatingACountIsThatCountsShare() {
    assertEquals("dossiers.online_pct", ShareWords.shareOf("dossiers.received_online"));
    assertEquals("procedures.with_dossiers.full_online_pct", ShareWords.shareOf("procedures.with_dossiers.full_online"));
    assertNull(ShareWords.shareOf("dossiers.on_time"), "the on-time rate is computed, not kept");
    assertTrue(ShareWords.restates(new Numbers.Token("pct", "80", 0, 3, "", "(chiem ", "")));
    assertFalse(ShareWords.restates(new Numbers.Token("pct", "80", 0, 3, "", "ty le may tinh ket noi mang ", "")));
  }

  @Test
  void areasWithoutSignalAndMoney() {
    List<AreaWords.Area> none = AreaWords.find("khong con vung lom song, lom dien");
    assertEquals(List.of("signal", "power"), none.stream().map(AreaWords.Area::what).toList());
    assertEquals(0, none.get(0).count());
    assertEquals(2, AreaWords.find("con 02 thon lom song tai thon a").get(0).count());
    assertEquals(420_000_000L, MoneyWords.vnd(new java.math.BigDecimal("420"), "trieu dong"));
    assertEquals(1_500_000_000L, MoneyWords.vnd(new java.math.BigDecimal("1.5"), "ty dong"));
    assertEquals("finance.estimated_need_vnd", MoneyWords.moneyField("nhu cau kinh phi uoc tinh: 1.500 trieu dong"));
    assertNull(MoneyWords.moneyField("doanh thu cua hop tac xa dat 300 trieu dong"), "money of no field");
    assertEquals(MoneyWords.SPENT, MoneyWords.moneyField("den ngay 30/6 da giai ngan 140 trieu dong"), "paid out is not allocated");
    assertEquals("finance.allocated_vnd", MoneyWords.moneyField("kinh phi nam 2025 duoc giao: 410 trieu dong"));
  }

  @Test
  void moneyOfOtherYearsIsNotThisPeriods() {
    String next = "nhu cau kinh phi nam 2026 du kien 2,4 ty dong";
    assertTrue(MoneyWords.otherYears(next, next.indexOf("2,4"), 2025), "a year after the report's");
    assertFalse(MoneyWords.otherYears(next, next.indexOf("2,4"), 2026), "the report's own year");
    String span = "de xuat bo tri cho giai doan 2026 - 2030 khoang 6 ty dong";
    assertTrue(MoneyWords.otherYears(span, span.indexOf("6 ty"), 2026), "a span of years");
    String ok = "nam 2026 da bo tri, trong nam 2025 xa phan bo 380 trieu dong";
    assertFalse(MoneyWords.otherYears(ok, ok.indexOf("380"), 2025), "only the sum's own clause counts");
  }

  @Test
  void tablesAreCellsUnderAHeader() {
    List<String> header = Cells.cells("| TT | Nội dung | Số lượng (hồ sơ) | Ghi chú |");
    assertTrue(Headers.header(header));
    assertEquals(List.of(), Cells.cells("Máy tính: 09 chiếc"), "no separator: no table");
    assertEquals(List.of(), Cells.cells("\t\t2025-10-07T14:16:47+0700"), "one cell: no table");
    assertEquals("Quá hạn: 05 hồ sơ (lĩnh vực đất đai).",
        Tables.reading(header, Cells.cells("| 3 | Quá hạn | 05 | lĩnh vực đất đai |")));
    assertNull(Tables.reading(header, Cells.cells("| 4 | Ghi chú chung | | |")), "no figure: read as text");
    List<TableLines.Line> lines = TableLines.lines("TT\nThiết bị\nSố lượng\nGhi chú\n1\nMáy in\n04\n\nSau bảng".split("\n", -1));
    assertEquals(List.of("TT\tThiết bị\tSố lượng\tGhi chú", "1\tMáy in\t04\t", "Sau bảng"),
        lines.stream().map(TableLines.Line::text).toList());
    assertEquals(5, lines.get(1).first());
  }

  // Round 7 (#23): each rule the sixth set's misses asked for, alone, on folded words written here.

  @Test
  void aComparisonsFiguresAreNotStated() {
    Numbers.Token change = Numbers.tokens("so voi thang truoc, so ho so tiep nhan tang 64 ho so").get(0);
    assertTrue(FigureWords.compared(change), "a change");
    Numbers.Token sameCycle = Numbers.tokens("(cung ky nam truoc xa nhan 920 ho so.)").get(0);
    assertTrue(FigureWords.compared(sameCycle), "the same span a year before");
    Numbers.Token plain = Numbers.tokens("trong quy tiep nhan 1.020 ho so").get(0);
    assertFalse(FigureWords.compared(plain));
    Numbers.Token explained = Numbers.tokens("ho so cham (so voi thoi diem nop): 0").get(0);
    assertFalse(FigureWords.compared(explained), "a comparison with a moment, not a period");
  }

  @Test
  void staffPresentOfTheQuotaAndThoseATrainingWasFor() {
    assertTrue(StaffWords.presentOfQuota(" bien che duoc giao", "tong so cong chuc co mat 52/57 bien che duoc giao", false));
    assertTrue(StaffWords.presentOfQuota(" (co mat/bien che)", "can bo, cong chuc: 38/41 (co mat/bien che)", false));
    assertFalse(StaffWords.presentOfQuota(" nguoi", "tap huan cho 40/42 can bo", true), "trained, not present");
    assertFalse(StaffWords.presentOfQuota(" (ngoai bien che)", "co 3/4 can bo (ngoai bien che)", true));
    // Under the human resources heading the staff need no naming; elsewhere "61/64 biên chế" alone is not read as theirs.
    assertTrue(StaffWords.presentOfQuota(" bien che", "tinh den ngay 30/11/2025, phuong co 61/64 bien che", true));
    assertFalse(StaffWords.presentOfQuota(" bien che", "tinh den ngay 30/11/2025, phuong co 61/64 bien che", false));
    assertTrue(StaffWords.trainedFor("ky so cho ", "mo 03 lop boi duong ky nang so cho ", " can bo."));
    assertTrue(StaffWords.trainedFor(", ", "boi duong: 02 lop, ", " tham gia."));
    assertFalse(StaffWords.trainedFor("ho tro cho ", "huong dan cai ung dung cho ", " nguoi dan."), "no training named");
    assertFalse(StaffWords.trainedFor("cho ", "tap huan cho can bo va thanh vien to cong nghe so ", ""), "others with the staff");
    assertEquals("staff_present", StaffWords.field("hien co: | nguoi/bien che giao", "hien co: ", " nguoi/bien che giao", "", ""));
    assertEquals("staff_quota", StaffWords.field("hien co | bien che", "hien co ", " bien che", "", ""), "a count of posts");
    assertTrue(StaffWords.receivingPartAfter(" nguoi, trong do 5 cong chuc truc tiep tiep nhan ho so"));
    assertFalse(StaffWords.receivingPartAfter(" nguoi tiep nhan ho so"), "no part named");
  }

  @Test
  void procedureCountsLabelledByWhatTheyHad() {
    assertTrue(ProcedureWords.withDossiersLabel("dvc toan trinh da phat sinh ho so:", ""));
    assertTrue(ProcedureWords.withDossiersLabel("mot phan co phat sinh ho so:", "thu tuc hanh chinh"));
    assertFalse(ProcedureWords.withDossiersLabel("tong cong co phat sinh ho so:", "thu tuc hanh chinh"), "no level: no field");
    assertFalse(ProcedureWords.withDossiersLabel("toan trinh:", "thu tuc hanh chinh"), "no dossiers named");
    assertFalse(ProcedureWords.withDossiersLabel("ho so toan trinh phat sinh:", ""), "no procedures named");
  }

  @Test
  void aLevelRaisedToOrAPlansFigureIsATarget() {
    String raised = "day ty le ho so truc tuyen len 90%";
    assertFalse(FigureWords.stated(Numbers.tokens(raised).get(0), raised));
    String plan = "ty le truc tuyen: 76,4% (ke hoach nam 2025: 85%)";
    List<Numbers.Token> t = Numbers.tokens(plan);
    assertTrue(FigureWords.stated(t.get(0), plan));
    assertFalse(FigureWords.stated(t.get(t.size() - 1), plan), "the plan's 85%");
  }

  @Test
  void moneyIsNamedByTheVerbJustBeforeIt() {
    String f = "nam 2025, xa bo tri 680 trieu dong cho chuyen doi so, da giai ngan 412 trieu dong.";
    assertEquals("finance.allocated_vnd", MoneyWords.moneyField(MoneyWords.wordsBefore(f, f.indexOf("680"))));
    assertEquals(MoneyWords.SPENT, MoneyWords.moneyField(MoneyWords.wordsBefore(f, f.indexOf("412"))));
    String bracket = "kinh phi da bo tri nam 2025: 900.000.000 dong (da thanh toan 300.000.000 dong)";
    assertEquals("finance.allocated_vnd", MoneyWords.moneyField(MoneyWords.wordsBefore(bracket, bracket.indexOf("900"))),
        "the year's digits before a colon are no figure's end");
    assertEquals(MoneyWords.SPENT, MoneyWords.moneyField(MoneyWords.wordsBefore(bracket, bracket.indexOf("300"))));
    assertEquals(MoneyWords.SPENT, MoneyWords.moneyField("trong quy iii da su dung 290 trieu dong"));
  }

  @Test
  void qualificationsNamedAfterTheCountAndPeopleWorkingOnContracts() {
    assertEquals("qualifications.masters", StaffWords.qualificationAfter(" thac si, 42 dai hoc", "co mat 50 nguoi, gom"));
    assertEquals("qualifications.intermediate", StaffWords.qualificationAfter(" trung cap", "gom 04 thac si, 42 dai hoc va"));
    assertEquals("qualifications.political_intermediate", StaffWords.qualificationAfter(" trung cap", "ly luan chinh tri: 03 cao cap,"));
    assertNull(StaffWords.qualificationAfter(" nguoi thac si", ""), "a unit between: the people rule's");
    assertNull(StaffWords.qualificationAfter(" may tinh", ""));
    assertEquals("labour_contracts", StaffWords.field("co 03 | nguoi lam viec theo hop dong lao dong", "co ", " nguoi lam viec theo hop",
        "ngoai ra co ", " nguoi lam viec theo hop dong lao dong."));
  }

  @Test
  void equipmentInstalledAnewIsADeliveryAndQuaMangIsOnline() {
    assertTrue(HardwareWords.acquired("tuan nay lap moi 01 duong truyen cap quang"));
    assertTrue(HardwareWords.acquired("trang bi them 03 may tinh"));
    assertFalse(HardwareWords.acquired("hien co 03 duong truyen internet"));
    assertEquals("received_online", DossierWords.field("nhan moi qua mang | ho so", null));
    assertEquals("received_online", DossierWords.field("nop qua mang | ho so", null));
  }
}
