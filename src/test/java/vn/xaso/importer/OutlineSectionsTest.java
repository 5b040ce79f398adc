package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vn.xaso.importer.Outline.Part;

/** {@link OutlineSections} alone: the section a heading's or an appendix title's words name, one line each. */
class OutlineSectionsTest {
  @Test
  void aHeadingsWordsNameItsSection() {
    String passage = """
        I. CƠ SỞ PHÁP LÝ → LEGAL
        1. Hạ tầng, trang thiết bị → INFRASTRUCTURE
        2. Nguồn nhân lực → HUMAN_RESOURCES
        3. Tổ công nghệ số cộng đồng → HUMAN_RESOURCES
        2. Hồ sơ trong tuần → PROCEDURES
        III. Kết quả giải quyết TTHC → PROCEDURES
        IV. Thực hiện Kết luận số 12 → FOLLOW_UP
        V. Nhận xét, kiến nghị → ASSESSMENT
        Tháng 12 số hóa hồ sơ đảng viên → OTHER
        Danh mục trang thiết bị văn bản → OTHER
        """;
    for (String line : passage.strip().split("\n")) {
      String[] f = line.split(" → ");
      assertEquals(Part.valueOf(f[1]), OutlineSections.partOf(Normal.fold(f[0])), f[0]);
    }
  }

  @Test
  void anAppendixTitleNamesThePartItsRowsStandIn() {
    assertEquals(Part.PROCEDURES,
        OutlineSections.annexTitle(Normal.fold("PHỤ LỤC — Kết quả tiếp nhận, giải quyết hồ sơ TTHC"), null, false));
    assertEquals(Part.INFRASTRUCTURE,
        OutlineSections.annexTitle(Normal.fold("PHỤ LỤC: Máy tính, máy in theo khối"), Part.PROCEDURES, false));
    // The title on the line after "PHỤ LỤC", and a list of documents, which names no part of the figures.
    assertEquals(Part.HUMAN_RESOURCES, OutlineSections.annexTitle(Normal.fold("Nhân lực chuyển đổi số"), null, true));
    assertEquals(null, OutlineSections.annexTitle(Normal.fold("PHỤ LỤC: Danh mục văn bản đã ban hành"), Part.LEGAL, false));
  }

  @Test
  void otherLinesAfterTheSignatureLeaveThePartAlone() {
    assertEquals(Part.INFRASTRUCTURE,
        OutlineSections.annexTitle(Normal.fold("Kèm theo Báo cáo số 12/BC-UBND"), Part.INFRASTRUCTURE, false));
    assertEquals(null, OutlineSections.annexTitle(Normal.fold("Hạ tầng công nghệ"), null, false));
  }
}
