package vn.xaso.importer;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.xaso.importer.Numbers.Token;
import vn.xaso.importer.Outline.Sentence;

/**
 * Sums of money: the field the words before a sum name ({@link MoneyWords}), never a gap, a part of a total or
 * another year's money, and the budget year the item states, one year for the whole finance part. Apart from the
 * counts because a sum's field and year come from its item's sentences, not from a unit.
 */
final class MoneyFigures {
  private static final Pattern YEAR = Pattern.compile("\\bnam (20\\d\\d)\\b");

  private final Findings found;
  private final PlacedFigures figures;
  private final List<Sentence> sentences;
  /** The latest year the report's dates name (0 when none): money of later years is not the report's. */
  private final int year;
  /** The budget year of the first money placed. */
  private Integer financeYear;

  MoneyFigures(Findings found, PlacedFigures figures, List<Sentence> sentences, int year) {
    this.found = found;
    this.figures = figures;
    this.sentences = sentences;
    this.year = year;
  }

  /** Places the sum {@code t} of sentence {@code index}, in its unit, to the field its words name. */
  void place(int index, Sentence s, Token t, BigDecimal amount, String quote) {
    String unit = t.unit();
    Long vnd = MoneyWords.vnd(amount, unit);
    // The words just before the sum first ("xã bố trí 680 triệu đồng …, đã giải ngân 412 triệu đồng": each its own
    // verb), then the clause's ("nhu cầu … 1,2 tỷ đồng …; ngân sách xã đã bố trí 350 triệu đồng"), then the sentence's.
    String field = MoneyWords.moneyField(MoneyWords.wordsBefore(s.folded(), t.start()));
    field = field != null ? field : MoneyWords.moneyField(ShareWords.clauseOf(s.folded(), t));
    field = field != null ? field : MoneyWords.moneyField(s.folded());
    if (vnd == null || field == null || field.equals(MoneyWords.SPENT) || MoneyWords.gap(MoneyWords.wordsBefore(s.folded(), t.start()))
        || MoneyWords.partOfTotal(MoneyWords.wordsBefore(s.folded(), t.start()))
        || MoneyWords.otherYears(s.folded(), t.start(), year)) {
      return;
    }
    for (int i = index; i >= 0 && sentences.get(i).item() == s.item(); i--) {
      Sentence at = sentences.get(i);
      Matcher y = YEAR.matcher(at.folded());
      if (y.find()) {
        int budget = Integer.parseInt(y.group(1));
        if (financeYear != null && financeYear != budget) {
          // The finance part holds one budget year: money of another ("nhu cầu năm 2026" after what 2025 allocated) is left to a person.
          return;
        }
        financeYear = budget;
        figures.put(field, vnd, quote);
        found.add("finance.year", budget, Extractor.trim(at.original(), y.start()), Evidence.of(at, y.start(), y.group(1)));
        return;
      }
    }
    figures.put(field, vnd, quote);
  }
}
