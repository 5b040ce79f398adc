package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Round 17a of #23: what OCR does to a report's marks and words, read back by general rules on
 * passages written for these tests (not copied from the training sets' scans).
 */
class OcrToleranceTest {
  private static final String SIGNED = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n";

  private static Map<String, Object> values(String text) {
    return Extractor.extract(text + SIGNED, null).values();
  }

  @Test
  void aBulletOcrReadAsAGuillemetOrADotIsStillABullet() {
    assertTrue(Marks.BULLET.matcher("« Khối chính quyền: 40 máy tính").lookingAt());
    assertTrue(Marks.BULLET.matcher("» Cung cấp").lookingAt());
    assertTrue(Marks.BULLET.matcher("· Máy in: 3 chiếc").lookingAt());
    assertTrue(Marks.BULLET.matcher("- Trực tuyến").lookingAt());
    assertFalse(Marks.BULLET.matcher("«Chuyển đổi số» là nhiệm vụ").lookingAt(), "a quotation, no space after its mark");
    assertFalse(Marks.BULLET.matcher("Khối Đảng").lookingAt());
  }

  @Test
  void itemsOpenedByMisreadBulletsKeepTheirOwnBlock() {
    // Without the bullet the second item ran on from the first ("…Internet. « Khối chính quyền …") and the
    // government's computers went to the Party.
    Map<String, Object> v = values("""
        ỦY BAN NHÂN DÂN
        XÃ PHÚ AN
        Số: 77/BC-UBND
        BÁO CÁO
        II. KẾT QUẢ CỤ THỂ
        3. Hạ tầng công nghệ
        + Khối Đảng: 7 máy tính; 2 máy in; một đường truyền Internet
        « Khối chính quyền: 41 máy tính, trong đó 36 máy đáp ứng yêu cầu, 5 máy cần thay thế; 12 máy in
        » Sóng di động phủ 98,2% diện tích
        """);
    assertEquals(7, v.get("infrastructure.party.hardware.computers"));
    assertEquals(36, v.get("infrastructure.government.hardware.adequate"));
    assertEquals(5, v.get("infrastructure.government.hardware.inadequate"));
    assertEquals(12, v.get("infrastructure.government.hardware.printers"));
    assertNull(v.get("infrastructure.party.hardware.adequate"), "no count of the government's in the Party's block");
  }

  @Test
  void aFirstRomanHeadingOcrReadAsADigitIsRoman() {
    String text = "1. CÔNG TÁC CHỈ ĐẠO\nII. KẾT QUẢ THỰC HIỆN\nIII. KIẾN NGHỊ\n";
    assertTrue(Marks.romanOutline(text));
    assertFalse(Marks.romanOutline("1. CÔNG TÁC CHỈ ĐẠO\n2. KẾT QUẢ THỰC HIỆN\nII. KIẾN NGHỊ\n"), "one Roman heading is no outline");
    assertEquals("I.", Marks.heading("1.", "CÔNG TÁC CHỈ ĐẠO", true));
    assertEquals("I.", Marks.heading("I,", "CÔNG TÁC CHỈ ĐẠO", true));
    assertEquals("1.", Marks.heading("1.", "Thủ tục hành chính", true), "a numbered sub-heading is one");
    assertEquals("1.", Marks.heading("1.", "CÔNG TÁC CHỈ ĐẠO", false), "numbered top headings are numbers");
    assertEquals("2.", Marks.heading("2.", "HẠ TẦNG", true), "only the one is misread");
  }

  @Test
  void underAMisreadFirstRomanHeadingTheSectionsKeepTheirLevels() {
    // Read as the number it looks like, "1." made the numbered sub-headings under "II." its siblings: "1. Khối Đảng"
    // then closed the infrastructure section it stands in, and the counts under it stood in no section.
    Map<String, Object> v = values("""
        ỦY BAN NHÂN DÂN
        XÃ PHÚ AN
        Số: 78/BC-UBND
        BÁO CÁO
        1. CÔNG TÁC LÃNH ĐẠO
        Ban hành 02 kế hoạch.
        II. HẠ TẦNG SỐ
        1. Khối Đảng
        Có 8 máy tính, 3 máy in.
        2. Khối chính quyền
        Có 30 máy tính, 9 máy in.
        III. KIẾN NGHỊ
        Đề nghị cấp thêm 4 máy tính.
        """);
    assertEquals(8, v.get("infrastructure.party.hardware.computers"));
    assertEquals(3, v.get("infrastructure.party.hardware.printers"));
    assertEquals(30, v.get("infrastructure.government.hardware.computers"));
    assertEquals(9, v.get("infrastructure.government.hardware.printers"));
  }

  @Test
  void ocrsVowelsAreReadBackByTheFormsTheyTake() {
    assertTrue(OcrVowels.forms("chuc").contains("chitc"), "ư read as 'it'");
    assertTrue(OcrVowels.forms("duoc").contains("dugc"), "ợ read as 'g'");
    assertTrue(OcrVowels.forms("cua").contains("ctia"));
    assertFalse(OcrVowels.syllable("chitc"), "no Vietnamese syllable is spelt so");
    assertFalse(OcrVowels.syllable("ceng"), "c before e is spelt k");
    assertFalse(OcrVowels.syllable("cia"));
    assertTrue(OcrVowels.syllable("nguoi"));
    assertTrue(OcrVowels.syllable("nghieng"));
    assertTrue(OcrVowels.syllable("se"), "sẽ: a word as written");
    OcrVowels index = new OcrVowels(java.util.List.of("chuc", "cong", "so", "se"));
    assertEquals(java.util.Set.of("chuc"), index.words("chitc"));
    assertTrue(index.words("xyz").isEmpty());
    // Mended where a neighbour pairs with the reading, or where the word can be no syllable and only one word reads so.
    assertEquals("can bo cong chuc", Vocabulary.mend("can bo cong chitc"));
    assertEquals("da duoc giao", Vocabulary.mend("da dugc giao"));
    assertEquals("deng", Vocabulary.mend("deng"), "a syllable as written, no neighbour to say otherwise");
    assertEquals("luu: vt, vp", Vocabulary.mend("luu: vt, vp", "Lưu: VT, VP"), "abbreviations in capitals stay as written");
    assertEquals("luu: vu", Vocabulary.mend("luu: vt", "luu: vt"), "the same letters in small ones are a misread word");
  }

  @Test
  void figuresReadWithoutVietnameseDataAreFoundByTheirVowelsReadBack() {
    // As Tesseract without Vietnamese data returns them: "céng chitc" for "công chức", "phy trach" for "phụ trách".
    Map<String, Object> v = Extractor.extract("""
        UBND XA PHU AN CONG HOA XA HOI CHU NGHIA VIET NAM
        Doc lap - Ty do - Hanh phic
        S6: 79/BC-UBND
        Phu An, ngay 02 thang 12 nam 2025

        BAO CAO
        Két qua thuc hién chuyén déi sé thang 11 nam 2025

        3. Nguén nhan luc
        - Trung tam Phuc vu hanh chinh céng xa bé tri 07 céng chitc tiép nhan hé so.
        - Xa c6 mét céng chitc kiém nhiém phy trach céng nghé thong tin.
        """ + SIGNED, null).values();
    assertEquals(7, v.get("human_resources.service_centre_staff"));
    assertEquals("PART_TIME", String.valueOf(v.get("human_resources.it_staffing")));
  }
}
