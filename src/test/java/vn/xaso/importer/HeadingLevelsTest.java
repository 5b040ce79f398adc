package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.xaso.model.Block;

/**
 * {@link HeadingLevels} alone: headings given in turn (their mark, then their words), and after each the part and
 * block the text under it stands in, with the headings in force.
 */
class HeadingLevelsTest {
  private static String levels(String passage) {
    HeadingLevels levels = new HeadingLevels(Block.GOVERNMENT);
    List<String> out = new ArrayList<>();
    for (String line : passage.strip().split("\n")) {
      String[] f = line.split(" ", 2);
      String named = Normal.fold(f[1]);
      levels.heading(HeadingLevels.style(f[0]), named, f[1].length());
      out.add(levels.part() + " " + levels.block() + " | " + levels.context());
    }
    return String.join("\n", out) + "\n";
  }

  @Test
  void marksInTheOrderTheReportFirstUsesThemAreItsLevels() {
    assertEquals("""
        LEGAL GOVERNMENT | i. co so phap ly
        OTHER GOVERNMENT | ii. ket qua thuc hien
        INFRASTRUCTURE GOVERNMENT | ii. ket qua thuc hien / 1. ha tang, thiet bi
        INFRASTRUCTURE PARTY | ii. ket qua thuc hien / 1. ha tang, thiet bi / a) khoi dang
        INFRASTRUCTURE FRONT | ii. ket qua thuc hien / 1. ha tang, thiet bi / b) uy ban mttq xa
        HUMAN_RESOURCES GOVERNMENT | ii. ket qua thuc hien / 2. nguon nhan luc
        """, levels("""
        I. I. CƠ SỞ PHÁP LÝ
        II. II. KẾT QUẢ THỰC HIỆN
        1. 1. Hạ tầng, thiết bị
        a) a) Khối Đảng
        b) b) Ủy ban MTTQ xã
        2. 2. Nguồn nhân lực
        """));
  }

  @Test
  void aLongNumberedParagraphOrASubHeadingKeepsItsParentsSection() {
    // A numbered paragraph naming staff and "1.1." naming procedures stay in the infrastructure section.
    String paragraph = "2. Nhân lực " + "x".repeat(120);
    String shown = levels("I. Hạ tầng số\n" + paragraph + "\n1.1. Thủ tục hành chính\n");
    assertEquals(List.of("INFRASTRUCTURE", "INFRASTRUCTURE", "INFRASTRUCTURE"),
        shown.lines().map(l -> l.split(" ")[0]).toList());
  }

  @Test
  void aMarksStyle() {
    assertEquals(List.of("P", "R", "U", "N1", "N2", "L"),
        List.of("PHẦN II", "IV.", "A.", "3.", "2.1.", "b)").stream().map(HeadingLevels::style).toList());
  }
}
