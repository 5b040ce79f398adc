package vn.xaso.site;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.xaso.model.Lang;
import vn.xaso.model.Period;

/**
 * Numbers and dates as each language writes them: Vietnamese {@code 1.234,5} and
 * {@code 05/12/2025}, English {@code 1,234.5} and {@code 5 Dec 2025}. Symbols are fixed here,
 * not taken from the JVM's locale data, so every machine prints the same bytes.
 */
public final class Formats {
  private final Lang lang;
  private final DecimalFormatSymbols symbols;
  private final DateTimeFormatter date;
  /** DecimalFormat is not thread-safe and pages render in parallel: one per thread, not one per number. */
  private final ThreadLocal<DecimalFormat> numbers;
  private final DateTimeFormatter month;

  public Formats(Lang lang) {
    this.lang = lang;
    this.symbols = new DecimalFormatSymbols(Locale.ROOT);
    symbols.setGroupingSeparator(lang == Lang.VI ? '.' : ',');
    symbols.setDecimalSeparator(lang == Lang.VI ? ',' : '.');
    symbols.setMinusSign('-');
    this.numbers = ThreadLocal.withInitial(() -> {
      DecimalFormat f = new DecimalFormat("#,##0.##", symbols);
      f.setRoundingMode(RoundingMode.HALF_UP);
      return f;
    });
    this.date = lang == Lang.VI ? DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT)
        : DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    this.month = lang == Lang.VI ? DateTimeFormatter.ofPattern("'tháng' MM/uuuu", Locale.ROOT)
        : DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);
  }

  public Lang lang() {
    return lang;
  }

  /** A count or a share, grouped, with at most two decimals. */
  public String number(double value) {
    return numbers.get().format(value);
  }

  public String percent(double value) {
    return number(value) + "%";
  }

  public String date(LocalDate d) {
    return d.format(date);
  }

  /** "tháng 07/2025", "tính đến 31/07/2025", "28/11/2025 – 05/12/2025" and their English forms. */
  public String period(Period p) {
    if (p.asOf() != null) {
      return (lang == Lang.VI ? "tính đến " : "as of ") + date(p.asOf());
    }
    String key = p.key();
    if (key.length() == 7) {
      return YearMonth.parse(key).format(month);
    }
    return date(p.start()) + " – " + date(p.end());
  }
}
