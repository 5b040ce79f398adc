package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import vn.xaso.importer.Outline.Part;
import vn.xaso.importer.Outline.Sentence;
import vn.xaso.model.Block;

/** {@link StatedSpans} alone: the span a sentence writes, read from its words. */
class StatedSpansTest {
  private static Sentence sentence(String text) {
    return new Sentence(text.strip(), Normal.fold(text.strip()), Part.PREAMBLE, Block.GOVERNMENT, false, 1);
  }

  private static String days(List<Span> spans) {
    return spans.stream().map(s -> s.start() + ".." + s.end() + (s.named() ? " named" : "")).toList().toString();
  }

  private static Span range(String text, int year) {
    Sentence s = sentence(text);
    Matcher r = StatedSpans.RANGE.matcher(s.folded());
    return r.find() ? StatedSpans.range(s, r, year) : null;
  }

  @Test
  void aRangeTakesTheReportsYearWhereItIsNotWrittenAndRunsBackOverNewYear() {
    Span week = range("""
        Kết quả từ ngày 13/10 đến 17/10/2025
        """, 0);
    assertEquals(List.of(LocalDate.of(2025, 10, 13), LocalDate.of(2025, 10, 17)), List.of(week.start(), week.end()));
    Span bare = range("""
        Tuần 48 (28/11-05/12)
        """, 2025);
    assertEquals(List.of(LocalDate.of(2025, 11, 28), LocalDate.of(2025, 12, 5)), List.of(bare.start(), bare.end()));
    Span newYear = range("""
        Kỳ báo cáo 28/12 - 03/01/2026
        """, 2025);
    assertEquals(LocalDate.of(2025, 12, 28), newYear.start());
    assertNull(range("""
        Tuần 48 (28/11-05/12)
        """, 0), "no year anywhere: no range");
  }

  @Test
  void aMonthIsNamedTheDayOfADateIsNot() {
    List<Span> into = new ArrayList<>();
    StatedSpans.months(sentence("""
        Báo cáo kết quả tháng 9/2025, ký ngày 03 tháng 10 năm 2025
        """), into);
    assertEquals("[2025-09-01..2025-09-30 named]", days(into));
    assertEquals(LocalDate.of(2025, 11, 30), StatedSpans.monthAsOf(sentence("""
        Số liệu đến hết tháng 11/2025
        """)).end());
    assertNull(StatedSpans.monthAsOf(sentence("""
        Số liệu tháng 11/2025
        """)));
  }

  @Test
  void aQuarterAndTheFirstOrLastMonthsOfAYearButNotOneCompared() {
    List<Span> into = new ArrayList<>();
    StatedSpans.quarters(sentence("""
        Kết quả quý III năm 2025 và 6 tháng cuối năm
        """), 2025, into);
    StatedSpans.quarters(sentence("""
        Kết quả 9 tháng năm 2025
        """), 2025, into);
    StatedSpans.quarters(sentence("""
        Tăng 12% so với quý II
        """), 2025, into);
    assertEquals("[2025-07-01..2025-09-30 named, 2025-07-01..2025-12-31 named, 2025-01-01..2025-09-30 named]", days(into));
  }

  @Test
  void aYearSummedUpBeforeItIsOverIsNoYearAndASpanToNowGivesItsStart() {
    List<Span> years = new ArrayList<>();
    StatedSpans.years(sentence("""
        Báo cáo tổng kết năm 2025
        """), 2025, years);
    StatedSpans.years(sentence("""
        Báo cáo tổng kết năm 2026
        """), 2025, years);
    assertEquals("[2025-01-01..2025-12-31 named]", days(years));
    List<Span> since = new ArrayList<>();
    StatedSpans.sinceNow(sentence("""
        Từ ngày 01/7/2025 (ngày xã mới đi vào hoạt động) đến nay, tiếp nhận 2.000 hồ sơ
        """), since);
    assertEquals("[2025-07-01..2025-07-01]", days(since));
  }
}
