package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.xaso.importer.OutlineItems.Item;

/** {@link OutlineItems} alone: a short report's lines as items, each shown as "H" for a heading, "R" for a table's row. */
class OutlineItemsTest {
  private static List<String> shown(List<Item> items) {
    return items.stream().map(it -> (it.heading ? "H " : it.reading != null ? "R " : "  ") + it.text).toList();
  }

  @Test
  void wrappedLinesAreJoinedAndHeadingsBulletsAndSignOffsStartItems() {
    List<Item> items = OutlineItems.items("""
        I. KẾT QUẢ THỰC HIỆN
        1. Hạ tầng: xã có 41 máy tính, được
        kết nối mạng.
        - Khối Đảng: 14 máy.
        Nơi nhận:
        """);
    assertEquals(List.of("H I. KẾT QUẢ THỰC HIỆN", "H 1. Hạ tầng: xã có 41 máy tính, được kết nối mạng.",
        "  - Khối Đảng: 14 máy.", "  Nơi nhận:"), shown(items));
    // Where each line starts in its item, and the 1-based line it is.
    assertArrayEquals(new int[] {0, 2}, items.get(1).lines.get(0));
    assertArrayEquals(new int[] {36, 3}, items.get(1).lines.get(1));
    assertArrayEquals(new int[] {36}, OutlineItems.breaks(items.get(1)));
  }

  @Test
  void aCapitalAfterALineWithoutAStopGoesOnInTheSameItem() {
    List<Item> items = OutlineItems.items("""
        Ủy ban nhân dân xã đã triển khai
        Phần mềm quản lý văn bản. Kết quả tốt.
        """);
    assertEquals(List.of("  Ủy ban nhân dân xã đã triển khai Phần mềm quản lý văn bản. Kết quả tốt."), shown(items));
  }

  @Test
  void aTablesRowsAreItemsReadAsSentences() {
    List<Item> items = OutlineItems.items("""
        | Khối | Máy tính | Máy in |
        | Đảng ủy xã | 14 | 6 |
        """);
    assertEquals(2, items.size(), shown(items).toString());
    assertEquals(null, items.get(0).reading);
    assertEquals("R | Đảng ủy xã | 14 | 6 |", shown(items).get(1));
  }
}
