package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link SpanWords} alone: the words beside a span that set it aside, on folded phrases. */
class SpanWordsTest {
  private static final String PASSAGE = Normal.fold("""
      Tiếp nhận 212 hồ sơ từ ngày 01/10 đến ngày 31/10/2025; lũy kế từ ngày 01/7 đến ngày 31/10/2025 tiếp nhận 812 hồ sơ; \
      so với 2 tuần trước (từ 10/11 đến 23/11/2025) tăng 12 hồ sơ; riêng tháng 9 tiếp nhận 80 hồ sơ
      """.strip());

  @Test
  void aCumulativeAComparedAndAPartsSpanStandAsideThePeriodsDoesNot() {
    assertFalse(SpanWords.aside(PASSAGE, PASSAGE.indexOf("tu ngay 01/10")), "the period's own range");
    assertTrue(SpanWords.aside(PASSAGE, PASSAGE.indexOf("tu ngay 01/7")), "lũy kế");
    assertTrue(SpanWords.aside(PASSAGE, PASSAGE.indexOf("tu 10/11")), "so với");
    assertTrue(SpanWords.aside(PASSAGE, PASSAGE.indexOf("thang 9")), "riêng");
    assertTrue(SpanWords.partOnly(PASSAGE, PASSAGE.indexOf("thang 9")));
    assertFalse(SpanWords.partOnly(PASSAGE, PASSAGE.indexOf("tu ngay 01/10")));
  }

  @Test
  void aSpanLeftOutOfTheFiguresOrTheFormerCommunesIsExcluded() {
    String left = Normal.fold("""
        Số liệu năm 2025 không bao gồm số liệu 6 tháng đầu năm; 6 tháng đầu năm của các xã cũ; 6 tháng đầu năm
        """.strip());
    int first = left.indexOf("6 thang");
    int second = left.indexOf("6 thang", first + 1);
    int third = left.lastIndexOf("6 thang");
    assertTrue(SpanWords.excluded(left, first, first + "6 thang dau nam".length()));
    assertTrue(SpanWords.excluded(left, second, second + "6 thang dau nam".length()));
    assertFalse(SpanWords.excluded(left, third, third + "6 thang dau nam".length()), "said alone, it is a span");
  }

  @Test
  void theClauseBeforeASpanStartsAfterTheLastCommaSemicolonOrFullStop() {
    String f = "bao cao ket qua. trong ky, tiep nhan; tu ngay 01/10";
    assertEquals(" ", SpanWords.clauseBefore(f, f.indexOf("tu ngay")));
    assertEquals(" tiep nhan", SpanWords.clauseBefore(f, f.indexOf(";")));
  }
}
