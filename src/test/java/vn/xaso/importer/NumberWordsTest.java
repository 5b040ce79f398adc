package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Figures written in words, on folded text, made up for this test. */
class NumberWordsTest {

  @Test
  void wordsSayTheirNumber() {
    assertEquals(27, NumberWords.value("hai muoi bay"));
    assertEquals(10, NumberWords.value("muoi"));
    assertEquals(17, NumberWords.value("muoi bay"));
    assertEquals(21, NumberWords.value("hai muoi mot"));
    assertEquals(45, NumberWords.value("bon muoi lam"));
    assertEquals(105, NumberWords.value("mot tram linh nam"));
    assertEquals(320, NumberWords.value("ba tram hai muoi"));
    assertEquals(1250, NumberWords.value("mot nghin hai tram nam muoi"));
    assertEquals(9, NumberWords.value("chin"));
    assertNull(NumberWords.value("hai ba"), "two digits running is no number");
    assertNull(NumberWords.value("tu"), "tư alone is no four");
  }

  /** {@code in} with {@code words} replaced by {@code digits} and the spaces that keep its length. */
  private static String read(String in, String words, String digits) {
    return in.replace(words, digits + " ".repeat(words.length() - digits.length()));
  }

  @Test
  void onlyBeforeACountedNounAndTheTextKeepsItsLength() {
    String a = "xa co hai muoi tam may tinh, sau may in";
    assertEquals(read(a, "hai muoi tam", "28").replace("sau may in", "6   may in"), NumberWords.digits(a));
    String b = "tiep nhan ba tram linh hai ho so";
    assertEquals(read(b, "ba tram linh hai", "302"), NumberWords.digits(b));
    String c = "mot duong truyen va muoi mot thon";
    assertEquals(read(read(c, "mot duong", "1   duong"), "muoi mot", "11"), NumberWords.digits(c));
    for (String same : List.of("bo phan mot cua, dich vu cong mot phan", "dau tu may tinh, nam 2025, sau khi, lan thu hai nguoi",
        "538 (nam tram ba muoi tam) ho so", "may bay khong nguoi lai",
        "mudi hai may in")) {
      assertEquals(same, NumberWords.digits(same), "no count in: " + same);
    }
  }

  @Test
  void theImporterCountsFiguresWrittenInWords() {
    Map<String, Object> v = Extractor.extract("""
        III. Hạ tầng số
        Khối chính quyền có ba mươi hai máy tính (hai mươi chín máy đáp ứng yêu cầu, ba máy đã cũ), bảy máy in,
        hai máy scan.

        TM. ỦY BAN NHÂN DÂN
        CHỦ TỊCH

        Lê Văn Tâm
        """, null).values();
    assertEquals(32, ((Number) v.get("infrastructure.government.hardware.computers")).intValue(), v.toString());
    assertEquals(29, ((Number) v.get("infrastructure.government.hardware.adequate")).intValue());
    assertEquals(7, ((Number) v.get("infrastructure.government.hardware.printers")).intValue());
    assertEquals(2, ((Number) v.get("infrastructure.government.hardware.scanners")).intValue());
  }
}
