package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.model.Lang;

class ContentPagesTest {
  private static final String HOSTILE = """
      title=Thử
      type=page
      status=published
      ~~~~~~

      # Thử

      <script>alert(1)</script>
      <p onclick="x()">raw</p>

      [a](JaVaScRiPt:alert(1)) [b](javascript:alert(2)) [c](https://example.org/) [d](mailto:a@b.vn)
      [e](../methodology/) [f](data:text/html,x)

      ![img](https://tracker.example/p.png)

      | cột | giá trị |
      |---|---|
      | a | 1 |
      """;

  @Test
  void jbakeParsesTheHeaderAndMarkdownAndOnlySafeLinksSurvive(@TempDir Path project) throws IOException {
    Files.createDirectories(project.resolve("content/vi"));
    Files.writeString(project.resolve("content/vi/thu.md"), HOSTILE);
    Map<Lang, List<ContentPages.Page>> pages = new ContentPages().read(project);
    ContentPages.Page page = pages.get(Lang.VI).get(0);
    assertEquals("Thử", page.title());
    Document doc = Jsoup.parseBodyFragment(page.html());
    assertTrue(doc.select("script, [onclick], img").isEmpty(), page.html());
    assertFalse(page.html().toLowerCase().contains("javascript"), page.html());
    assertEquals(List.of("https://example.org/", "mailto:a@b.vn", "../methodology/"),
        doc.select("a[href]").eachAttr("href"));
    assertEquals(1, doc.select("table td").stream().filter(td -> td.text().equals("1")).count(), "TABLES is on");
  }

  /**
   * The content path runs without what pom.xml keeps out of the jar (JBake's OrientDB store with its
   * native jnr libraries, HPPC, ICU4J; Flexmark's PDF converter, openhtmltopdf): every extension in
   * use still renders, and none of those classes is there to be loaded. ICU4J is on the tests' own
   * classpath for the HTML checker, so LeanJarIT checks the jar itself for it.
   */
  @Test
  void markdownRendersWithoutWhatTheLeanJarLeavesOut(@TempDir Path project) throws IOException {
    Files.createDirectories(project.resolve("content/vi"));
    Files.writeString(project.resolve("content/vi/thu.md"), """
        title=Thử
        type=page
        status=published
        ~~~~~~

        ~~gạch~~ https://example.org/

        Thuật ngữ
        : nghĩa

        ```
        mã
        ```
        """);
    String html = new ContentPages().read(project).get(Lang.VI).get(0).html();
    Document doc = Jsoup.parseBodyFragment(html);
    // The cleaner keeps no <del>, but the tildes are gone: the extension ran.
    assertTrue(doc.text().contains("gạch") && !html.contains("~~"), "STRIKETHROUGH " + html);
    assertEquals("https://example.org/", doc.select("a").attr("href"), "AUTOLINKS");
    assertEquals("nghĩa", doc.select("dd").text(), "DEFINITIONS");
    assertEquals("mã", doc.select("pre code").text(), "FENCED_CODE_BLOCKS");
    for (String absent : List.of("com.orientechnologies.orient.core.db.ODatabase", "jnr.ffi.LibraryLoader",
        "com.carrotsearch.hppc.IntArrayList",
        "com.vladsch.flexmark.pdf.converter.PdfConverterExtension", "com.openhtmltopdf.pdfboxout.PdfRendererBuilder",
        "org.apache.commons.collections.FastHashMap")) {
      assertThrows(ClassNotFoundException.class, () -> Class.forName(absent), absent + " is back on the classpath");
    }
  }

  @Test
  void englishFallsBackToVietnameseWithAFlag(@TempDir Path project) throws IOException {
    Files.createDirectories(project.resolve("content/vi"));
    Files.writeString(project.resolve("content/vi/thu.md"), HOSTILE);
    ContentPages.Page en = new ContentPages().read(project).get(Lang.EN).get(0);
    assertTrue(en.fallback());
    assertEquals("thu", en.name());
  }

  @Test
  void anImageWhoseAddressStartsWithSlashBackslashIsRemoved(@TempDir Path project) throws IOException {
    Files.createDirectories(project.resolve("content/vi"));
    Files.writeString(project.resolve("content/vi/thu.md"), "title=Thử\nstatus=published\ntype=page\n~~~~~~\n\n"
        + "![x](/\\evil.example/x.png) ![own](../assets/logo.png)\n");
    ContentPages.Page page = new ContentPages().read(project).get(Lang.VI).get(0);
    // Browsers read /\\evil.example as //evil.example: another host's image.
    assertEquals(List.of("../assets/logo.png"), Jsoup.parseBodyFragment(page.html()).select("img").eachAttr("src"), page.html());
  }

  @Test
  void aPageDeepEnoughToOverflowTheStackStopsWithAProblem(@TempDir Path project) throws IOException {
    Files.createDirectories(project.resolve("content/vi"));
    Files.writeString(project.resolve("content/vi/deep.md"), "title=Sâu\nstatus=published\ntype=page\n~~~~~~\n\n"
        + ">".repeat(50_000) + " x\n");
    vn.xaso.problem.Stop stop = org.junit.jupiter.api.Assertions.assertThrows(vn.xaso.problem.Stop.class,
        () -> new ContentPages().read(project));
    assertEquals("content/vi/deep.md", stop.problem().file());
    assertEquals("content-too-complex", stop.problem().code().id());
  }
}
