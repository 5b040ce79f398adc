package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.model.Lang;

/** Labels with their blanks filled, and the content pages a project gives in each language. */
class LabelsAndPagesTest {
  private static final String PAGE = "title=%s\ntype=page\nstatus=published\n~~~~~~\n\n%s\n";

  @Test
  void aLabelsBlanksAreFilledAndAnUnknownKeyFailsTheBuild() {
    assertEquals("Không báo cáo (không phải 0): xã A, xã B.",
        Messages.of(Lang.VI).get("chart.missing", Map.of("list", "xã A, xã B")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Messages.of(Lang.EN).get("no.such"));
    assertEquals("No label for key no.such", e.getMessage());
  }

  @Test
  void onlyMarkdownFilesArePagesAndEnglishBorrowsWhatItLacks(@TempDir Path project) throws Exception {
    Files.createDirectories(project.resolve("content/vi"));
    Files.createDirectories(project.resolve("content/en"));
    Files.writeString(project.resolve("content/vi/about.md"), PAGE.formatted("Giới thiệu", "Xã Số là…"));
    Files.writeString(project.resolve("content/vi/methodology.md"), PAGE.formatted("Phương pháp", "Cách tính…"));
    Files.writeString(project.resolve("content/en/about.md"), PAGE.formatted("About", "Xã Số is…"));
    Files.writeString(project.resolve("content/vi/notes.txt"), PAGE.formatted("Ghi chú", "không phải trang"));
    Map<Lang, List<ContentPages.Page>> pages = new ContentPages().read(project);
    assertEquals(List.of("about", "methodology"), pages.get(Lang.VI).stream().map(ContentPages.Page::name).toList());
    assertEquals(List.of("About", "Phương pháp"), pages.get(Lang.EN).stream().map(ContentPages.Page::title).toList());
    assertTrue(pages.get(Lang.EN).get(1).fallback(), "the Vietnamese page stands in, marked as such");
    assertEquals(Optional.of("Phương pháp"), ContentPages.find(pages.get(Lang.VI), "methodology").map(ContentPages.Page::title));
    assertEquals(Optional.empty(), ContentPages.find(pages.get(Lang.VI), "contribute"));
  }
}
