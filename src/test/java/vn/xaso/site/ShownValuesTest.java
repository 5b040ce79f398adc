package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.xaso.derive.Indicator;
import vn.xaso.derive.Value;
import vn.xaso.model.Block;
import vn.xaso.model.Lang;
import vn.xaso.model.Text;
import vn.xaso.site.Views.Shown;

/** How one value of a report reads on a page: units in each language, English falling back, absence said in words. */
class ShownValuesTest {
  private final Show vi = new Show(Lang.VI, new Formats(Lang.VI), Messages.of(Lang.VI));
  private final Show en = new Show(Lang.EN, new Formats(Lang.EN), Messages.of(Lang.EN));

  @Test
  void anAbsentValueReadsNotReportedWithItsReasonNeverZero() {
    Shown shown = vi.absent("thiếu mẫu số");
    assertEquals("không báo cáo", shown.text());
    assertTrue(shown.absent());
    assertEquals("thiếu mẫu số", shown.note());
    assertNull(shown.raw());
    assertEquals("not reported", en.absent(null).text());
  }

  @Test
  void blankTextIsNotReportedAndOtherTextIsShownAsItIs() {
    assertTrue(vi.plain(null).absent());
    assertTrue(vi.plain("   ").absent());
    Shown shown = vi.plain("Hùng Thắng");
    assertEquals("Hùng Thắng", shown.text());
    assertFalse(shown.absent());
  }

  @Test
  void englishFallsBackToVietnameseAndMarksTheLanguage() {
    Shown fallback = en.text(new Text("Phần mềm một cửa", null));
    assertEquals("Phần mềm một cửa", fallback.text());
    assertEquals("vi", fallback.lang());
    assertTrue(fallback.missingEn());
    Shown translated = en.text(new Text("Phần mềm một cửa", "One-stop-shop software"));
    assertEquals("One-stop-shop software", translated.text());
    assertNull(translated.lang());
    assertNull(vi.text(new Text("Phần mềm một cửa", null)).lang(), "Vietnamese is never missing on a Vietnamese page");
    assertTrue(en.text(null).absent());
    assertTrue(en.text(new Text(null, "English only")).absent(), "a text without its Vietnamese is not reported");
  }

  @Test
  void datesAndCodesReadInThePagesLanguage() {
    assertEquals("05/12/2025", vi.date(LocalDate.of(2025, 12, 5)).text());
    assertEquals("5 Dec 2025", en.date(LocalDate.of(2025, 12, 5)).text());
    assertTrue(vi.date(null).absent());
    assertEquals("Chính quyền (UBND)", vi.coded(Block.GOVERNMENT).text());
    assertEquals("Government (People's Committee)", en.coded(Block.GOVERNMENT).text());
    assertTrue(en.coded(null).absent());
  }

  @Test
  void onlyWebAddressesBecomeLinksTheTextStaysEitherWay() {
    Shown linked = vi.link("Văn bản", "https://vbpl.vn/a");
    assertEquals("https://vbpl.vn/a", linked.href());
    assertEquals("Văn bản", linked.text());
    Shown refused = vi.link("Văn bản", "javascript:alert(1)");
    assertNull(refused.href());
    assertEquals("Văn bản", refused.text());
    assertFalse(refused.absent());
  }

  @Test
  void numbersCarryTheUnitOfTheirLanguageAndEnglishSaysOneInTheSingular() {
    assertEquals("1 dossier", en.number(1, "hồ sơ / dossiers").text());
    assertEquals("2 dossiers", en.number(2, "hồ sơ / dossiers").text());
    assertEquals("1 person", en.number(1, "người / people").text());
    assertEquals("259 people", en.number(259, "người / people").text());
    assertEquals("1 hồ sơ", vi.number(1, "hồ sơ / dossiers").text(), "Vietnamese has no plural");
    assertEquals("1.234 người", vi.number(1234, "người / people").text());
    assertEquals("58,2%", vi.number(58.2, "%").text());
    assertEquals("1%", en.number(1, "%").text(), "a share has no unit word to make singular");
    assertEquals("7 VND", en.number(7, "VND").text(), "a unit with one form is used in both languages");
    assertEquals("3", en.number(3, null).text());
    assertEquals("3", en.number(3, " ").text());
    assertEquals(1234.0, vi.number(1234, "người / people").raw());
    assertTrue(vi.number(null, "%").absent());
  }

  @Test
  void singularOnlyTouchesPluralUnits() {
    assertEquals(" person", Show.singular(" people"));
    assertEquals(" computer", Show.singular(" computers"));
    assertEquals(" VND", Show.singular(" VND"));
    assertEquals("", Show.singular(""));
  }

  @Test
  void anIndicatorReadsAsAShareOrACountOrWhyItIsMissing() {
    Shown share = vi.value(Indicator.FULL_ONLINE_SHARE, Value.computed(58.25, "a", "a"));
    assertEquals("58,25%", share.text());
    assertEquals(58.25, share.raw());
    assertEquals("1,234", en.value(Indicator.COMPUTERS, Value.count(1234)).text());
    Shown missing = en.value(Indicator.FULL_ONLINE_SHARE, Value.absent("không có mẫu số", "no denominator"));
    assertTrue(missing.absent());
    assertEquals("no denominator", missing.note());
    assertEquals("không có mẫu số", vi.value(Indicator.FULL_ONLINE_SHARE,
        Value.absent("không có mẫu số", "no denominator")).note());
    assertTrue(vi.value(Indicator.COMPUTERS, null).absent());
    assertNull(vi.value(Indicator.COMPUTERS, null).note());
  }

  /** A profile field: an empty one reads "no information yet" (no report was asked for it), a given one as it is. */
  @Test
  void anEmptyProfileFieldIsUnknownAndAGivenOneIsShownAsItIs() {
    assertEquals(vi.unknown(), vi.orUnknown(vi.plain(null)));
    assertTrue(vi.orUnknown(vi.plain(null)).absent());
    assertEquals("Hùng Thắng", vi.orUnknown(vi.plain("Hùng Thắng")).text());
    assertFalse(vi.orUnknown(vi.plain("Hùng Thắng")).absent());
  }
}
