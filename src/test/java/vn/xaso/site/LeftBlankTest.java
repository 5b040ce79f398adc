package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Check;
import vn.xaso.model.Lang;
import vn.xaso.problem.Problem;
import vn.xaso.problem.Severity;
import vn.xaso.testing.TinyProject;

/**
 * A number and date the signed original prints blank ("Số: /BC-UBND", "ngày … tháng … năm
 * 2025") are recorded in source.left_blank and shown as such, not as a data problem.
 */
class LeftBlankTest {
  private static final String BLANK = """
      commune: hung-thang
      period: {as_of: 2025-10-08}
      source:
        issuer: {vi: UBND xã Hùng Thắng, en: Hùng Thắng People's Committee}
        issuer_block: government
        signed_on: 2025-10-08
        title: {vi: Báo cáo, en: Report}
        left_blank: [number, date]
      procedures: {total: 10}
      """;

  @Test
  void blankInTheOriginalIsNoWarningAndReadsAsSuch(@TempDir Path dir) throws Exception {
    TinyProject p = TinyProject.withCommune(dir.resolve("p")).file("data/hai-phong/hung-thang/2025-10-08.yaml", BLANK);
    assertEquals(List.of(), new Check().run(p.root()).problems().all());
    BuiltSite.copyTheme(p.root());
    BuiltSite site = BuiltSite.build(p.root(), dir.resolve("out"));
    Document vi = site.page("hai-phong/hung-thang/2025-10-08/index.html");
    assertEquals("Nguồn: UBND xã Hùng Thắng, số để trống trong bản ký, ngày để trống trong bản ký, ký số ngày 08/10/2025. Báo cáo",
        vi.selectFirst("p.citation").text());
    assertNull(vi.selectFirst("#quality"), "not a data-quality problem");
    assertEquals("Số hiệu để trống trong bản ký", field(vi, "Số, ký hiệu").text());
    assertEquals("Ngày để trống trong bản ký", field(vi, "Ngày ban hành").text());
    Document en = site.page("en/hai-phong/hung-thang/2025-10-08/index.html");
    assertTrue(en.selectFirst("p.citation").text().contains(
        "number left blank in the signed original, date left blank in the signed original, signed on 8 Oct 2025"));
    assertEquals("Number left blank in the signed original", field(en, "Number").text());
    assertTrue(vn.xaso.testing.Zips.text(site.root().resolve("data/hai-phong/hai-phong.zip"), "hai-phong/hung-thang/reports.csv")
        .contains("number; date"));
  }

  private static Element field(Document doc, String label) {
    return doc.select("#source dl div").stream().filter(d -> d.selectFirst("dt").text().equals(label))
        .findFirst().orElseThrow().selectFirst("dd");
  }

  @Test
  void aBlankPartThatIsAlsoGivenIsAnError(@TempDir Path dir) throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file("data/hai-phong/hung-thang/2025-10-08.yaml",
        BLANK.replace("signed_on: 2025-10-08", "signed_on: 2025-10-08\n  number: 12/BC-UBND"));
    List<Problem> errors = new Check().run(p.root()).problems().all().stream()
        .filter(x -> x.severity() == Severity.ERROR).toList();
    assertEquals(1, errors.size(), errors.toString());
    assertEquals("left-blank-but-given", errors.get(0).code().id());
    assertEquals("source.left_blank says the number is blank in the signed original, yet source.number gives 12/BC-UBND.",
        errors.get(0).message(Lang.EN));
    assertEquals("source.left_blank nói number để trống trong bản ký, nhưng source.number lại ghi 12/BC-UBND.",
        errors.get(0).message(Lang.VI));
  }

  @Test
  void onlyNumberAndDateCanBeBlank(@TempDir Path dir) throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file("data/hai-phong/hung-thang/2025-10-08.yaml",
        BLANK.replace("[number, date]", "[number, title]"));
    List<Problem> errors = new Check().run(p.root()).problems().all().stream()
        .filter(x -> x.severity() == Severity.ERROR).toList();
    assertFalse(errors.isEmpty());
    assertEquals("bad-enum", errors.get(0).code().id());
  }
}
