package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.xaso.model.BlankPart;
import vn.xaso.model.Block;
import vn.xaso.model.Lang;
import vn.xaso.model.Licence;
import vn.xaso.model.SiteConfig;
import vn.xaso.model.Source;
import vn.xaso.model.Text;
import vn.xaso.testing.SourceBuilder;

/**
 * The source line under every report: issuer, number and date exactly as the signed document has
 * them, and when one is missing, whether the original left it blank or the transcription lacks it.
 */
class SourceLineTest {
  static final SiteConfig CONFIG = new SiteConfig(new Text("Xã Số", "Xã Số"), new Text("Thử", "Test"),
      "https://example.org/xaso", null, new Text("Nhóm thử", "Test team"),
      new Licence("test", new Text("Giấy phép thử", "Test licence"), null, new Text("Ghi nguồn", "Credit"), null),
      null, null);
  private final SiteContext vi = new SiteContext(Lang.VI, CONFIG, Map.of(), List.of());
  private final SiteContext en = new SiteContext(Lang.EN, CONFIG, Map.of(), List.of());

  private static Source source(String number, LocalDate date, LocalDate signedOn, BlankPart... blank) {
    return SourceBuilder.of(new Text("UBND xã Hùng Thắng", "Hung Thang People's Committee"), Block.GOVERNMENT,
        new Text("Báo cáo tháng 12", null)).number(number).date(date).signedOn(signedOn).leftBlank(blank).build();
  }

  @Test
  void aNumberedAndDatedReportIsCitedAsSigned() {
    Source s = source("45/BC-UBND", LocalDate.of(2025, 12, 5), null);
    assertEquals("UBND xã Hùng Thắng, 45/BC-UBND, 05/12/2025", Citation.of(s, vi));
    assertEquals("Hung Thang People's Committee, 45/BC-UBND, 5 Dec 2025", Citation.of(s, en));
  }

  @Test
  void aMissingNumberSaysWhetherTheOriginalLeftItBlank() {
    LocalDate date = LocalDate.of(2025, 12, 5);
    assertEquals("UBND xã Hùng Thắng, không số, 05/12/2025", Citation.of(source(null, date, null), vi));
    assertEquals("UBND xã Hùng Thắng, không số, 05/12/2025", Citation.of(source("  ", date, null), vi));
    assertEquals("UBND xã Hùng Thắng, số để trống trong bản ký, 05/12/2025",
        Citation.of(source(null, date, null, BlankPart.NUMBER), vi));
    assertEquals("Hung Thang People's Committee, number left blank in the signed original, 5 Dec 2025",
        Citation.of(source(null, date, null, BlankPart.NUMBER), en));
  }

  @Test
  void aMissingDateFallsBackToTheSignatureOrSaysSo() {
    LocalDate signed = LocalDate.of(2025, 12, 8);
    assertEquals("UBND xã Hùng Thắng, 1/BC, ký số ngày 08/12/2025", Citation.of(source("1/BC", null, signed), vi));
    assertEquals("UBND xã Hùng Thắng, 1/BC, không ghi ngày", Citation.of(source("1/BC", null, null), vi));
    assertEquals("UBND xã Hùng Thắng, 1/BC, ngày để trống trong bản ký",
        Citation.of(source("1/BC", null, null, BlankPart.DATE), vi));
    assertEquals("Hung Thang People's Committee, 1/BC, date left blank in the signed original, signed on 8 Dec 2025",
        Citation.of(source("1/BC", null, signed, BlankPart.DATE), en));
  }

  @Test
  void theIssuedDateWinsOverTheSignature() {
    Source s = source("1/BC", LocalDate.of(2025, 12, 5), LocalDate.of(2025, 12, 8), BlankPart.DATE);
    assertEquals("UBND xã Hùng Thắng, 1/BC, 05/12/2025", Citation.of(s, vi));
  }
}
