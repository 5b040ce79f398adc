package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Check;
import vn.xaso.derive.Derived;
import vn.xaso.derive.Deriver;
import vn.xaso.model.Lang;
import vn.xaso.problem.Problems;
import vn.xaso.testing.TinyProject;

/**
 * The Atom feed: newest report first, each dated by the date its report was issued, else by its
 * period's end, never by the clock; titled with the commune and period, summarised by its source line.
 */
class FeedTest {
  @TempDir Path dir;

  private Derived derived(TinyProject p) throws Exception {
    Check.Result checked = new Check().run(p.root());
    return new Deriver().derive(checked.data(), new Problems());
  }

  private static Document atom(Derived derived, Lang lang) {
    SiteContext c = new SiteContext(lang, SourceLineTest.CONFIG, Map.of(), List.of());
    return Jsoup.parse(Feeds.atom(derived, c), "", Parser.xmlParser());
  }

  @Test
  void reportsAreListedNewestFirstByTheDateTheyWereIssuedElseTheirPeriodsEnd() throws Exception {
    TinyProject p = TinyProject.withCommune(dir)
        .file("data/hai-phong/hung-thang/2025-12.yaml", TinyProject.DECEMBER_SIGNED.replace("2025-12-31\n", "2026-01-05\n"))
        .file("data/hai-phong/hung-thang/2025-11.yaml", TinyProject.DECEMBER.replace("2025-12-01", "2025-11-01")
            .replace("2025-12-31", "2025-11-30").replace("tháng 12", "tháng 11"));
    Document vi = atom(derived(p), Lang.VI);
    assertEquals("2026-01-05T00:00:00Z", vi.select("feed > updated").text(), "the feed is as new as its newest entry");
    assertEquals(List.of("2026-01-05T00:00:00Z", "2025-11-30T00:00:00Z"), vi.select("entry > updated").eachText());
    assertEquals(List.of("Xã Hùng Thắng — tháng 12/2025", "Xã Hùng Thắng — tháng 11/2025"),
        vi.select("entry > title").eachText(), "an entry is titled as its report page is, capitalised");
    assertEquals(List.of("https://example.org/xaso/hai-phong/hung-thang/2025-12/",
        "https://example.org/xaso/hai-phong/hung-thang/2025-11/"), vi.select("entry > id").eachText());
    assertEquals("UBND xã Hùng Thắng, 1/BC-UBND, 05/01/2026. Báo cáo tháng 12", vi.select("entry > summary").first().text());
    assertEquals("Xã Số — Báo cáo mới", vi.select("feed > title").text());
    assertEquals("https://example.org/xaso/feed.xml", vi.select("feed > link[rel=self]").attr("href"));
    assertEquals("Nhóm thử", vi.select("feed > author > name").text());

    Document en = atom(derived(p), Lang.EN);
    assertEquals("en", en.select("feed").attr("xml:lang"));
    assertEquals("Hùng Thắng commune — December 2025", en.select("entry > title").first().text());
    assertEquals("https://example.org/xaso/en/hai-phong/hung-thang/2025-12/", en.select("entry > id").first().text());
    assertEquals("https://example.org/xaso/en/", en.select("feed > link[rel=alternate]").attr("href"));
  }

  @Test
  void aFeedWithoutReportsHasAFixedDateNotTheClocks() throws Exception {
    Document vi = atom(derived(TinyProject.withCommune(dir)), Lang.VI);
    assertEquals("2025-01-01T00:00:00Z", vi.select("feed > updated").text());
    assertEquals(0, vi.select("entry").size());
  }
}
