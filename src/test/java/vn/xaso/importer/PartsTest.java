package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.xaso.importer.Numbers.Token;
import vn.xaso.importer.Outline.Sentence;
import vn.xaso.model.Block;

/** Each part of the import alone: outline, numbers, vocabulary, periods, placement. */
class PartsTest {
  private static final String SIGNED = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n";

  private static Map<String, Object> values(String text) {
    return Extractor.extract(text + SIGNED, null).values();
  }

  // ---- outline ----------------------------------------------------------------------------

  @Test
  void aSentenceKnowsTheLinesItSpans() {
    List<Sentence> s = new Outline("BÁO CÁO\n\n1. Về hạ tầng\nHiện có 21 máy tính,\ntrong đó 20 máy đáp ứng. Có 3 máy in.\n",
        Block.GOVERNMENT).sentences();
    Sentence computers = s.stream().filter(x -> x.original().startsWith("Hiện có")).findFirst().orElseThrow();
    assertEquals("Hiện có 21 máy tính, trong đó 20 máy đáp ứng.", computers.original());
    assertEquals(4, computers.line());
    assertEquals(5, computers.lineAt(computers.original().indexOf("trong")));
    assertEquals(4, computers.lineAt(0));
    Sentence printers = s.get(s.size() - 1);
    assertEquals("Có 3 máy in.", printers.original());
    assertEquals(5, printers.line());
    assertEquals(Outline.Part.INFRASTRUCTURE, printers.part());
  }

  @Test
  void aLineWithoutEndIsCutIntoBoundedItems() {
    String line = "tiếp nhận 5 hồ sơ ".repeat(2_000);
    List<Sentence> s = new Outline(line, Block.GOVERNMENT).sentences();
    assertTrue(s.size() >= 9, "cut: " + s.size());
    assertTrue(s.stream().allMatch(x -> x.original().length() <= 2 * Outline.MAX_ITEM), "bounded");
    assertTrue(s.stream().allMatch(x -> x.line() == 1));
  }

  // ---- letterhead ------------------------------------------------------------------------

  @Test
  void theLetterheadNamesTheIssuerAndTheMottoIsNotACommune() {
    Findings f = Extractor.extract("""
        ĐẢNG BỘ TỈNH PHÚ THỌ                               ĐẢNG CỘNG SẢN VIỆT NAM
        ĐẢNG ỦY XÃ THANH SƠN
        BÁO CÁO
        Tình hình thực hiện (số liệu đến ngày 30/11/2025)
        """, null);
    assertEquals(Block.PARTY, f.values().get("source.issuer_block"), "from the letterhead, without a signature");
    Map<String, Object> v = Extractor.extract("""
        ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        XÃ AN PHÚ                                Độc lập - Tự do - Hạnh phúc
        BÁO CÁO
        """ + SIGNED, null).values();
    assertEquals("an-phu", v.get("commune"));
    assertEquals(Block.GOVERNMENT, v.get("source.issuer_block"));
    Findings two = Extractor.extract("ĐẢNG ỦY XÃ AN PHÚ\nBÁO CÁO\n" + SIGNED, null);
    assertEquals(2, two.conflict("source.issuer_block").size(), "letterhead and signature disagree: both shown");
  }

  // ---- numbers ----------------------------------------------------------------------------

  @Test
  void numbersInBracketsAfterATotalTakeItsUnitAndWords() {
    List<Token> t = Numbers.tokens(Normal.fold("Tiếp nhận 120 hồ sơ (trực tuyến 95, trực tiếp 25), đã giải quyết 110 hồ sơ"));
    assertEquals(List.of("120", "95", "25", "110"), t.stream().map(Token::number).toList());
    assertEquals(List.of("ho so", "ho so", "ho so", "ho so"), t.stream().map(Token::unit).toList());
    assertTrue(t.get(1).before().contains("truc tuyen") && t.get(1).before().contains("tiep nhan"), t.get(1).before());
    assertFalse(t.get(3).before().contains("truc tiep"), "after the bracket, a clause of its own: " + t.get(3).before());
  }

  @Test
  void kindsAndAmountsOfNumbers() {
    List<Token> t = Numbers.tokens(Normal.fold("ngày 19/6/2025, 20/20 thôn, đạt 3,65%, 1.204 hồ sơ, Kế hoạch 02-KH/BCĐTW"));
    assertEquals(List.of("date", "frac", "pct", "num", "doc"), t.stream().map(Token::kind).toList());
    assertEquals("3.65", t.get(2).amount().toPlainString());
    assertEquals("1204", t.get(3).amount().toPlainString());
  }

  // ---- vocabulary -------------------------------------------------------------------------

  @Test
  void ocrMisreadingsAreMendedWhenANeighbourConfirmsThem() {
    assertEquals("tong so ho so tiep nhan: 239 ho so", Vocabulary.mend("tong so he so tiep nhan: 239 ho so"));
    assertEquals("ho so qua han", Vocabulary.mend("ho so qua hqn"));
    assertEquals("may tinh dap ung yeu cau", Vocabulary.mend("may tinh dap ung yeu cauu"));
    assertEquals("so hoa van ban", Vocabulary.mend("so hoa vaan ban"));
  }

  @Test
  void tesseractsSystematicVowelConfusionsAreReadBackWhenANeighbourConfirmsThem() {
    // Without Vietnamese data Tesseract writes ó/ô/ơ as "é" and ư as "ir"; the written text says which is which.
    assertEquals("trong do dich vu", mendWritten("trong dé dich vu"));
    assertEquals("ky bao cao tinh tu ngay 15/11", mendWritten("Ky bao cao tinh tir ngay 15/11"));
    assertEquals("tong so thu tuc", mendWritten("Tong sé thu tuc"));
  }

  @Test
  void anAcuteEThatIsAnAcuteEOrAnUnconfirmedReadingStaysAsWritten() {
    assertEquals("trong de an so hoa", mendWritten("trong đề án số hóa"), "«đề» is not Tesseract's «é»");
    assertEquals("cho phep xet duyet", mendWritten("cho phép xét duyệt"), "no reading with o is a word of the vocabulary");
    assertEquals("trong de", Vocabulary.mend("trong de"), "without the written text there is no confusion to undo");
    assertEquals("se lieu", mendWritten("sé lieu"), "no phrase of the vocabulary confirms «so» before «lieu»");
  }

  private static String mendWritten(String written) {
    return Vocabulary.mend(Normal.fold(written), written);
  }

  @Test
  void wordsThatAreNotMisreadingsStayAsWritten() {
    assertEquals("cac dang vien cua xa", Vocabulary.mend("cac dang vien cua xa"), "common words are never mended");
    assertEquals("van hanh he thong", Vocabulary.mend("van hanh he thong"), "no neighbour confirms «ho»");
    assertEquals("xyzw 12 hs", Vocabulary.mend("xyzw 12 hs"));
  }

  @Test
  void candidatesAreWithinOneEditOrTwoForLongWords() {
    assertEquals(Set.of("tiep"), Vocabulary.candidates("tiepp"));
    assertTrue(Vocabulary.candidates("chuyen").contains("chuyen") || Vocabulary.candidates("chuyen").isEmpty());
    assertEquals(2, Vocabulary.distance("truc", "tuc", 3) + Vocabulary.distance("a", "b", 3));
    assertEquals(2, Vocabulary.distance("abcdef", "zzzzzz", 1), "gives up past the bound");
  }

  // ---- periods ----------------------------------------------------------------------------

  @Test
  void aStocksDenNgayHeadingIsNotThePeriodTheWeekOfTheDossiersIs() {
    Map<String, Object> v = values("""
        BÁO CÁO
        Tình hình chuyển đổi số (tuần từ 13/10 đến 17/10/2025)
        1. Hạ tầng, trang thiết bị (Đến ngày 15/10/2025)
        Hiện UBND xã có 28 máy vi tính.
        2. Kết quả giải quyết thủ tục hành chính trong tuần
        Trong tuần tiếp nhận 64 hồ sơ.
        """);
    assertEquals(LocalDate.of(2025, 10, 13), v.get("period.start"));
    assertEquals(LocalDate.of(2025, 10, 17), v.get("period.end"));
    assertNull(v.get("period.as_of"), "the equipment's date is not the report's");
  }

  @Test
  void sectionsStatingDifferentPeriodsAreShownBothNotChosen() {
    Findings f = Extractor.extract("""
        BÁO CÁO
        Kết quả chuyển đổi số tháng 9 năm 2025
        1. Kết quả giải quyết thủ tục hành chính (từ ngày 15/9/2025 đến ngày 21/9/2025)
        Tiếp nhận 64 hồ sơ.
        """ + SIGNED, null);
    assertEquals(2, f.conflict("period.start").size(), "the month of the title and the week of the dossiers");
    assertTrue(f.conflicts().contains("period.end"));
    String draft = new DraftWriter(new vn.xaso.schema.Schema().report()).render(f, "r.txt", null, false);
    assertTrue(draft.contains("# ? báo cáo ghi các giá trị khác nhau, chọn một / the report gives different values, pick one:"),
        draft);
  }

  @Test
  void aMonthInTheTitleIsTheSpanButTheDayOfTheSignatureIsNot() {
    Map<String, Object> v = values("""
        Số: 5/BC-UBND              An Phú, ngày 03 tháng 10 năm 2025
        BÁO CÁO kết quả tháng 9 năm 2025
        1. Kết quả giải quyết thủ tục hành chính
        Tiếp nhận 64 hồ sơ.
        """);
    assertEquals(LocalDate.of(2025, 9, 1), v.get("period.start"));
    assertEquals(LocalDate.of(2025, 9, 30), v.get("period.end"));
  }

  @Test
  void withoutASpanThePeriodIsAsOfThePreamblesDate() {
    Map<String, Object> v = values("""
        BÁO CÁO (số liệu tính đến ngày 30/11/2025)
        1. Về hạ tầng
        Có 15 máy tính.
        """);
    assertEquals(LocalDate.of(2025, 11, 30), v.get("period.as_of"));
  }

  // ---- placement --------------------------------------------------------------------------

  @Test
  void civilServantsAtTheCentreNextToAPostOfficeContractAreNotLabourContracts() {
    Map<String, Object> v = values("""
        2. Nhân lực
        Trung tâm Phục vụ hành chính công xã bố trí 07 công chức làm nhiệm vụ tiếp nhận, trả kết quả hồ sơ, đồng thời ký hợp đồng với Bưu điện xã để hỗ trợ người dân.
        Cán bộ tiếp nhận 05 người, đã ký hợp đồng với bưu điện.
        """);
    assertEquals(7, v.get("human_resources.service_centre_staff"));
    assertNull(v.get("human_resources.labour_contracts"), "a contract with the Post Office counts no staff");
    Map<String, Object> real = values("2. Nhân lực\nXã có 20 biên chế, 06 người hợp đồng lao động.\n");
    assertEquals(6, real.get("human_resources.labour_contracts"));
  }

  @Test
  void aCountWhoseWordsNameNoFieldIsListedNotPlaced() {
    Findings f = Extractor.extract("""
        3. Kết quả
        Xã tổ chức 02 buổi hướng dẫn cho 150 lượt người dân cài đặt VNeID; tiếp nhận 64 hồ sơ.
        """ + SIGNED, null);
    assertEquals(64, f.values().get("dossiers.received"));
    List<String> listed = f.unplaced().stream().map(x -> String.valueOf(x.value())).toList();
    assertEquals(List.of("02 buoi", "150 luot"), listed);
    assertTrue(f.unplaced().get(1).quote().contains("150 lượt người dân"), "the quote keeps the original characters");
    assertFalse(f.values().containsKey("human_resources.training_sessions"));
  }

  @Test
  void partsInBracketsAndTotalsGoToTheirFields() {
    Map<String, Object> v = values("""
        4. Kết quả giải quyết thủ tục hành chính
        - Tiếp nhận 120 hồ sơ (trực tuyến 95, trực tiếp 25).
        - Giải quyết xong 58 hồ sơ (trước hạn 20, đúng hạn 38).
        5. Hạ tầng
        + Máy tính: tổng cộng 15 chiếc (đáp ứng 12, chưa đáp ứng 3).
        """);
    assertEquals(120, v.get("dossiers.received"));
    assertEquals(95, v.get("dossiers.received_online"));
    assertEquals(25, v.get("dossiers.received_in_person"));
    assertEquals(58, v.get("dossiers.resolved"));
    assertEquals(20, v.get("dossiers.early"));
    // The data dictionary's on_time includes early: 20 + 38, computed (round 14; before, 38).
    assertEquals(58, v.get("dossiers.on_time"));
    assertEquals(15, v.get("infrastructure.government.hardware.computers"));
    assertEquals(12, v.get("infrastructure.government.hardware.adequate"));
    assertEquals(3, v.get("infrastructure.government.hardware.inadequate"));
  }

  @Test
  void evidenceQuotesTheClauseInTheOriginalCharactersWithinTwoHundred() {
    String filler = "Nội dung dài để câu vượt quá giới hạn trích dẫn của một số liệu trong báo cáo, ".repeat(6);
    Findings f = Extractor.extract("4. Kết quả giải quyết thủ tục hành chính\n" + filler + "tổng số hồ sơ tiếp nhận 239 hồ sơ, "
        + filler + "\n" + SIGNED, null);
    Finding received = f.value("dossiers.received").orElseThrow();
    Evidence e = received.evidence();
    assertTrue(e.quote().length() <= Evidence.MAX, e.quote());
    assertTrue(e.quote().contains("tổng số hồ sơ tiếp nhận 239 hồ sơ"), e.quote());
    assertArrayEquals(new int[] {2, 2}, new int[] {e.line(), e.lastLine()});
  }

  // Round 7 (#23): the new rules of Tables and Periods, alone.

  @Test
  void aSpanTheClausePlansIsNotReported() {
    String title = "ket qua 9 thang nam 2025 va phuong huong, nhiem vu quy iv nam 2025";
    assertTrue(SpanWords.planned(title, title.indexOf("quy iv")));
    assertFalse(SpanWords.planned(title, title.indexOf("9 thang")));
    assertTrue(SpanWords.planned("du kien thang 12/2025", "du kien ".length()));
    String task = "thuc hien nhiem vu quy iii nam 2025";
    assertFalse(SpanWords.planned(task, task.indexOf("quy")), "a task reported is not a plan");
  }

  @Test
  void aPartsOwnBracketAndASpanOfTimeBetweenWordsAndFigure() {
    List<Token> t = Numbers.tokens("da giai quyet 610 ho so, trong do dung va truoc han 600 ho so (truoc han 250 ho so), qua han 10 ho so");
    assertEquals(t.get(1).start(), t.get(2).parent(), "250 is a part of 600, not of 610");
    assertEquals(t.get(0).start(), t.get(3).parent(), "10 is a part of 610");
    List<Token> span = Numbers.tokens("tong so ho so phai giai quyet trong 6 thang la 1.204 ho so");
    assertTrue(span.get(1).before().contains("phai giai quyet"), span.get(1).before());
    assertEquals("on_time", DossierWords.field("trong do dung va truoc han | ho so", "resolved"));
  }

  @Test
  void anAppendixTitleNamesThePartOfTheTableUnderIt() {
    assertEquals(Outline.Part.PROCEDURES, OutlineSections.annexTitle("phu luc: ket qua giai quyet ho so tthc", null, false));
    assertEquals(Outline.Part.INFRASTRUCTURE, OutlineSections.annexTitle("thiet bi ha tang so cua cac khoi", null, true),
        "the title may be the line after \"PHỤ LỤC\"");
    assertNull(OutlineSections.annexTitle("phu luc 02: danh muc van ban", Outline.Part.PROCEDURES, false),
        "a new appendix of documents starts afresh");
    assertEquals(Outline.Part.PROCEDURES, OutlineSections.annexTitle("(kem theo bao cao so 12/bc-ubnd)", Outline.Part.PROCEDURES, true));
    assertNull(OutlineSections.annexTitle("ha tang so cua xa", null, false), "no appendix opened: nothing");
    assertEquals(Outline.Part.INFRASTRUCTURE, OutlineSections.annexTitle("phu luc: trang thiet bi cong nghe thong tin", null, false),
        "equipment is the infrastructure's, whatever the section's own words");
    assertNull(OutlineSections.annexTitle("phu luc: danh muc van ban ve trang thiet bi", null, false), "documents about it are not");
  }

  @Test
  void aSubHeadingUnderAGeneralHeadingTakesTheSectionItNames() {
    List<Sentence> s = new Outline("II. KẾT QUẢ THỰC HIỆN\n2.1. Hạ tầng số\nXã có 40 máy tính.\n", Block.GOVERNMENT).sentences();
    assertEquals(Outline.Part.INFRASTRUCTURE, s.get(s.size() - 1).part(), s.toString());
  }
}
