package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rules of #23's second round, on passages worded unlike the texts they were read from:
 * heading marks, units named by their meaning, counts after a qualification, shares restating a
 * count, the issuer's name from the letterhead, mending confirmed by a neighbour.
 */
class OutlineAndWordsTest {
  private static final String PARTY_SIGNED = "\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nTrần Văn Bình\n";
  private static final String SIGNED = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n";

  private static Map<String, Object> values(String text, String signed) {
    return Extractor.extract(text + signed, null).values();
  }

  @Test
  void headingsWrittenWithADashOrABracketOpenTheirSectionAndBlock() {
    Map<String, Object> v = values("""
        ĐẢNG ỦY XÃ BÌNH MINH
        Số 08-BC/ĐU
        BÁO CÁO
        Thực hiện chỉ đạo, Ban Thường vụ báo cáo như sau:
        II/ Hạ tầng số
        a) Khối Chính quyền
        + Máy in: 06 chiếc.
        b. Hội đồng nhân dân
        + Máy tính: 03 chiếc.
        III- Nhân lực
        Hiện có 15 biên chế.
        """, PARTY_SIGNED);
    assertEquals(6, v.get("infrastructure.government.hardware.printers"));
    assertEquals(3, v.get("infrastructure.council.hardware.computers"));
    assertEquals(15, v.get("human_resources.staff_quota"));
    assertEquals("08-BC/ĐU", v.get("source.number"));
    assertEquals("Đảng ủy xã Bình Minh", v.get("source.issuer.vi"));
    assertEquals("Party Committee of Bình Minh commune", v.get("source.issuer.en"));
  }

  @Test
  void theIssuersNameIsTheBodyAndTheCommuneOnTheLineUnderIt() {
    Map<String, Object> v = values("""
        ỦY BAN NHÂN DÂN                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        XÃ ĐÔNG HƯNG                          Độc lập - Tự do - Hạnh phúc
        Số: 40/BC-UBND
        BÁO CÁO
        """, SIGNED);
    assertEquals("UBND xã Đông Hưng", v.get("source.issuer.vi"));
    assertEquals("Đông Hưng commune People's Committee", v.get("source.issuer.en"));
  }

  @Test
  void unitsAreReadByTheirMeaning() {
    Map<String, Object> v = values("""
        1. Hạ tầng
        Văn phòng được trang bị 19 máy vi tính.
        2. Nguồn nhân lực
        Đã thành lập 9 tổ công nghệ số cộng đồng; 40 lượt công chức được bồi dưỡng kỹ năng số.
        Xã đã tổ chức 150 lượt người dân cài đặt ứng dụng; có 05 tổ chức đoàn thể.
        3. Thủ tục hành chính
        Còn 7 hồ sơ chưa đến hạn giải quyết.
        """, SIGNED);
    assertEquals(19, v.get("infrastructure.government.hardware.computers"));
    assertEquals(9, v.get("human_resources.community_teams.teams"));
    // "40 lượt công chức": attendances, never people trained (docs/transcription.md §1, §4, §9).
    assertNull(v.get("human_resources.trained"), v.toString());
    assertEquals(7, v.get("dossiers.in_progress"));
  }

  @Test
  void countsAfterAQualificationLabelAndSharesRestatingACount() {
    Map<String, Object> v = values("""
        III. Nguồn nhân lực
        Về trình độ chuyên môn: đại học 30, cao đẳng 4, trung cấp 1; lý luận chính trị: trung cấp 9.
        Tổng số công chức đã qua tập huấn chuyển đổi số là 33 người, chiếm 94,3%.
        IV. Thủ tục hành chính
        Hồ sơ đã số hóa: 210 hồ sơ, đạt 98%.
        """, SIGNED);
    assertEquals(30, v.get("human_resources.qualifications.university"));
    assertEquals(4, v.get("human_resources.qualifications.college"));
    assertEquals(1, v.get("human_resources.qualifications.intermediate"));
    assertEquals(9, v.get("human_resources.qualifications.political_intermediate"));
    assertEquals(94.3, v.get("human_resources.trained_pct"));
    assertEquals(98.0, v.get("dossiers.digitised_pct"));
  }

  @Test
  void aBareNumberWithoutAQualificationLabelStaysUnplaced() {
    Map<String, Object> v = values("""
        III. Nguồn nhân lực
        Đã tập huấn 3, bồi dưỡng 2.
        """, SIGNED);
    assertFalse(v.keySet().stream().anyMatch(k -> k.startsWith("human_resources.")), v.toString());
  }

  @Test
  void ocrMendingIsConfirmedByTheNeighbourReadBack() {
    // "sé" (sẽ) is a common word: read as "số" only when both neighbours confirm; "T6 céng" stays tổ công.
    assertEquals("thanh lap to cong nghe so cong dong", Vocabulary.mend(Normal.fold("Thanh lap T6 céng nghé sé cong déng")));
    assertEquals("xa se trien khai", Vocabulary.mend(Normal.fold("xa sé trien khai")));
    assertEquals("2.3. hoi dong nhan dan", Vocabulary.mend(Normal.fold("2.3. Héi déng nhan dan")));
  }

  @Test
  void aKindsCodeReadBackExactlyAndACommuneCodeWithADoubledLetter() {
    assertEquals("121-KL/TW", Documents.known("121-KI/TW", 4));
    assertEquals("02-KH/ĐU", Documents.restore("02-KH/ĐÐU"));
    assertEquals("02-KH/TU", Documents.restore("02-KH/TU"));
  }
}
