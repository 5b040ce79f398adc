package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.xaso.importer.Numbers.Token;
import vn.xaso.importer.Outline.Part;
import vn.xaso.importer.Outline.Sentence;
import vn.xaso.model.Block;

/** {@link EquipmentBodies} alone: sentences written for these tests, folded as the outline folds them. */
class EquipmentBodiesTest {
  private static Sentence sentence(String text, Part part, Block block, int item) {
    return new Sentence(text, Normal.fold(text), part, block, false, item);
  }

  private static Token first(Sentence s, String number) {
    return Numbers.tokens(s.folded()).stream().filter(t -> t.number().equals(number)).findFirst().orElseThrow();
  }

  @Test
  void aCountsBodyIsTheOneItsWordsOrItsSentencesOpeningName() {
    Sentence party = sentence("Đảng ủy xã: 14 máy tính;", Part.INFRASTRUCTURE, Block.GOVERNMENT, 1);
    Sentence printers = sentence("04 máy in.", Part.INFRASTRUCTURE, Block.GOVERNMENT, 1);
    Sentence after = sentence("Có 47/47 máy tính của khối chính quyền đã cài phần mềm diệt mã độc.", Part.INFRASTRUCTURE,
        Block.PARTY, 2);
    EquipmentBodies bodies = new EquipmentBodies(List.of(party, printers, after));
    assertEquals(Block.PARTY, bodies.namedBody(0, party, first(party, "14")));
    // "04 máy in." goes on from the sentence its semicolon ended: the Party's.
    assertEquals(Block.PARTY, bodies.namedBody(1, printers, first(printers, "04")));
    assertEquals(Block.GOVERNMENT, bodies.namedBody(2, after, Numbers.tokens(after.folded()).get(0)));
  }

  @Test
  void withoutABodyNamedTheCountIsItsSentencesBlock() {
    Sentence plain = sentence("Văn phòng có 19 máy tính.", Part.INFRASTRUCTURE, Block.FRONT, 1);
    EquipmentBodies bodies = new EquipmentBodies(List.of(plain));
    assertNull(bodies.namedBody(0, plain, first(plain, "19")));
    assertEquals(Block.FRONT, bodies.bodyOf(0, plain, first(plain, "19")));
  }

  @Test
  void aSumLabelAfterTwoBlocksLinesSumsThemAndAloneItDoesNot() {
    Sentence party = sentence("Khối Đảng: 12 máy tính, 03 máy in.", Part.INFRASTRUCTURE, Block.PARTY, 1);
    Sentence government = sentence("Khối chính quyền: 41 máy tính, 14 máy in.", Part.INFRASTRUCTURE, Block.GOVERNMENT, 2);
    Sentence sum = sentence("Tổng cộng toàn xã: 53 máy tính, 17 máy in.", Part.INFRASTRUCTURE, Block.GOVERNMENT, 3);
    assertTrue(new EquipmentBodies(List.of(party, government, sum)).sumOfBlocks(2, sum));
    Sentence alone = sentence("Tổng cộng: 38 máy tính, 11 máy in.", Part.INFRASTRUCTURE, Block.GOVERNMENT, 1);
    assertFalse(new EquipmentBodies(List.of(alone)).sumOfBlocks(0, alone));
    // A body's own line is no sum, whatever stands above it.
    assertFalse(new EquipmentBodies(List.of(party, government)).sumOfBlocks(1, government));
  }

  @Test
  void equipmentOutsideItsPartIsABodysRecordOnlyWhenABodyIsNamedAndNothingIsPlanned() {
    Sentence record = sentence("Hội đồng nhân dân xã hiện có 03 máy tính.", Part.PREAMBLE, Block.GOVERNMENT, 1);
    Sentence unnamed = sentence("Hiện có 09 máy tính đã dùng trên 8 năm.", Part.PREAMBLE, Block.GOVERNMENT, 2);
    Sentence planned = sentence("Đề nghị thay thế 06 máy tính của khối chính quyền.", Part.PREAMBLE, Block.GOVERNMENT, 3);
    Sentence assessed = sentence("Khối chính quyền còn 05 máy tính cấu hình thấp.", Part.ASSESSMENT, Block.GOVERNMENT, 4);
    EquipmentBodies bodies = new EquipmentBodies(List.of(record, unnamed, planned, assessed));
    assertTrue(bodies.equipmentNamed(0, record, first(record, "03"), null));
    assertFalse(bodies.equipmentNamed(1, unnamed, first(unnamed, "09"), null));
    assertFalse(bodies.equipmentNamed(2, planned, first(planned, "06"), null));
    assertFalse(bodies.equipmentNamed(3, assessed, first(assessed, "05"), null));
  }

  @Test
  void inItsPartABareCountIsEquipmentAfterItsThingOrAsAPartOfEquipment() {
    Sentence after = sentence("Máy in 04", Part.INFRASTRUCTURE, Block.GOVERNMENT, 1);
    Sentence counted = sentence("Có 30 máy tính (10 đáp ứng yêu cầu).", Part.INFRASTRUCTURE, Block.GOVERNMENT, 2);
    EquipmentBodies bodies = new EquipmentBodies(List.of(after, counted));
    assertTrue(bodies.equipmentNamed(0, after, first(after, "04"), null));
    // A count with its unit is read by the part's own rules, not as named equipment.
    assertFalse(bodies.equipmentNamed(1, counted, first(counted, "30"), null));
    // A bare part is equipment when its total went to a field of equipment, not otherwise.
    assertTrue(bodies.equipmentNamed(1, counted, first(counted, "10"), "infrastructure.government.hardware.computers"));
    assertFalse(bodies.equipmentNamed(1, counted, first(counted, "10"), "dossiers.received"));
  }

  @Test
  void theFirstCountIsWhereASentencesFirstFigureStands() {
    assertEquals(9, EquipmentBodies.firstCount("dang uy: 14 may tinh"));
    assertEquals(12, EquipmentBodies.firstCount("khong co so."));
  }
}
