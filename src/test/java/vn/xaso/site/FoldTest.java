package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FoldTest {

  @Test
  void readersFindCommunesWithOrWithoutDiacritics() {
    String key = Fold.fold("Hùng Thắng");
    assertEquals("hung thang", key);
    assertEquals(key, Fold.fold("hung thang"));
    assertEquals(key, Fold.fold("Hung Thang"));
    assertEquals(key, Fold.fold("hùng thắng"));
  }

  @Test
  void dWithStrokeFoldsToD() {
    assertEquals("dong da", Fold.fold("Đống Đa"));
    assertEquals(Fold.fold("Đống Đa"), Fold.fold("dong da"));
  }
}
