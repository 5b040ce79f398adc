package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.testing.TinyProject;

/**
 * The province page's table shows each figure with its own date or span: once in the column's
 * header when every figure of the column shares it, else in each cell; never the report's span
 * for a stock stated "as of" an earlier date.
 */
class ProvinceTableDatesTest {
  @TempDir
  Path dir;

  private static List<Element> headers(Document page) {
    return page.select("main table thead th");
  }

  private static Element cell(Document page, String commune, int column) {
    Element row = page.select("main table tbody tr").stream()
        .filter(tr -> tr.selectFirst("th").text().equals(commune)).findFirst().orElseThrow();
    return row.select("td").get(column);
  }

  @Test
  void theSamplesColumnsEachSayTheDateTheirFiguresShare() throws IOException {
    BuiltSite site = BuiltSite.build(Path.of("").toAbsolutePath(), dir.resolve("site"));
    Document vi = site.page("hai-phong/index.html");
    List<Element> th = headers(vi);
    assertEquals("tính đến 07/11/2025", th.get(2).selectFirst("small").text(),
        "Hùng Thắng's procedures stand at 7 Nov, not over its report's week");
    assertEquals("28/11/2025 – 05/12/2025 (một tuần)", th.get(4).selectFirst("small").text(), "dossiers over the week");
    Element share = cell(vi, "xã Hùng Thắng", 1);
    assertEquals("58,2% tính đến 07/11/2025", share.text(), "said again in the cell, for the stacked phone table");
    assertTrue(share.selectFirst("small").hasClass("when-shared"));
    assertEquals(0, cell(vi, "xã Chí Minh", 1).select("small.sub").size(), "a missing figure has no date");
    Document en = site.page("en/hai-phong/index.html");
    assertEquals("as of 7 Nov 2025", headers(en).get(2).selectFirst("small").text());
  }

  @Test
  void figuresOfDifferentDatesEachSayTheirOwn() throws IOException {
    BuiltSite.copyTheme(dir);
    TinyProject.withCommune(dir)
        .file("data/hai-phong/an-lao/commune.yaml", """
            slug: an-lao
            name: An Lão
            unit_type: xa
            province: hai-phong
            """)
        .file("data/hai-phong/hung-thang/2025-12.yaml", TinyProject.DECEMBER_SIGNED + """
            procedures: {total: 10, full_online: 4}
            """)
        .file("data/hai-phong/an-lao/2025-11-30.yaml", """
            commune: an-lao
            period: {as_of: 2025-11-30}
            source:
              issuer: {vi: UBND xã An Lão}
              issuer_block: government
              number: 2/BC-UBND
              date: 2025-11-30
              title: {vi: Báo cáo tháng 11}
            procedures: {total: 20, full_online: 5}
            """);
    BuiltSite site = BuiltSite.build(dir, dir.resolve("out"));
    Document vi = site.page("hai-phong/index.html");
    assertTrue(headers(vi).get(2).select("small").isEmpty(), "the dates differ, so the header says none");
    assertEquals("40% tính đến 31/12/2025", cell(vi, "xã Hùng Thắng", 1).text());
    assertEquals("25% tính đến 30/11/2025", cell(vi, "xã An Lão", 1).text());
    assertTrue(cell(vi, "xã An Lão", 1).select(".when-shared").isEmpty(), "its own date, shown at every width");
  }
}
