package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.xaso.model.Lang;
import vn.xaso.model.Period;

class FormatsTest {
  private final Formats vi = new Formats(Lang.VI);
  private final Formats en = new Formats(Lang.EN);

  @Test
  void numbersFollowEachLanguage() {
    assertEquals("1.234,5", vi.number(1234.5));
    assertEquals("1,234.5", en.number(1234.5));
    assertEquals("58,2%", vi.percent(58.2));
    assertEquals("239", en.number(239));
  }

  @Test
  void datesFollowEachLanguage() {
    assertEquals("05/12/2025", vi.date(LocalDate.of(2025, 12, 5)));
    assertEquals("5 Dec 2025", en.date(LocalDate.of(2025, 12, 5)));
  }

  @Test
  void periodsReadAsTheirKind() {
    Period month = new Period(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 31), null);
    Period asOf = new Period(null, null, LocalDate.of(2025, 7, 31));
    Period range = new Period(LocalDate.of(2025, 11, 28), LocalDate.of(2025, 12, 5), null);
    assertEquals("tháng 07/2025", vi.period(month));
    assertEquals("July 2025", en.period(month));
    assertEquals("tính đến 31/07/2025", vi.period(asOf));
    assertEquals("as of 31 Jul 2025", en.period(asOf));
    assertEquals("28/11/2025 – 05/12/2025", vi.period(range));
  }
}
