package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.model.Lang;

/**
 * One {@link ContentPages} across rebuilds (as serve keeps it): pages whose text is unchanged are
 * given again without parsing (#26), and any edit to a page, in either language, is seen on the
 * next read — a reuse must never show a stale page.
 */
class ContentPagesReuseTest {
  private static String page(String title) {
    return "title=" + title + "\ntype=page\nstatus=published\n~~~~~~\n\nNội dung.\n";
  }

  private static List<String> titles(Map<Lang, List<ContentPages.Page>> pages, Lang lang) {
    return pages.get(lang).stream().map(ContentPages.Page::title).toList();
  }

  @Test
  void unchangedPagesAreGivenAgainAndAnEditedOneIsReadAgain(@TempDir Path project) throws IOException {
    Files.createDirectories(project.resolve("content/vi"));
    Files.writeString(project.resolve("content/vi/gioi-thieu.md"), page("Giới thiệu"));
    ContentPages content = new ContentPages();
    Map<Lang, List<ContentPages.Page>> first = content.read(project);
    assertEquals(List.of("Giới thiệu"), titles(first, Lang.VI));
    assertSame(first, content.read(project), "nothing changed: the same pages, not parsed again");

    Files.writeString(project.resolve("content/vi/gioi-thieu.md"), page("Giới thiệu xã"));
    assertEquals(List.of("Giới thiệu xã"), titles(content.read(project), Lang.VI));

    Files.createDirectories(project.resolve("content/en"));
    Files.writeString(project.resolve("content/en/gioi-thieu.md"), page("About"));
    Map<Lang, List<ContentPages.Page>> both = content.read(project);
    assertEquals(List.of("About"), titles(both, Lang.EN));
    Files.writeString(project.resolve("content/en/gioi-thieu.md"), page("About the commune"));
    assertEquals(List.of("About the commune"), titles(content.read(project), Lang.EN));
  }

  @Test
  void aFileThatIsNotAPageChangesNothing(@TempDir Path project) throws IOException {
    Files.createDirectories(project.resolve("content/vi"));
    Files.writeString(project.resolve("content/vi/gioi-thieu.md"), page("Giới thiệu"));
    Files.writeString(project.resolve("content/vi/ghi-chu.txt"), "bản nháp");
    ContentPages content = new ContentPages();
    Map<Lang, List<ContentPages.Page>> first = content.read(project);
    assertEquals(List.of("Giới thiệu"), titles(first, Lang.VI), "only .md files are pages");
    Files.writeString(project.resolve("content/vi/ghi-chu.txt"), "bản nháp thứ hai");
    assertSame(first, content.read(project), "a note beside the pages is no page: nothing to parse again");
  }

  @Test
  void aPageNotInUtf8IsReadAgainEachTimeAndItsEditsAreSeen(@TempDir Path project) throws IOException {
    Files.createDirectories(project.resolve("content/vi"));
    Path file = project.resolve("content/vi/a.md");
    Files.write(file, bytes("Cũ"));
    ContentPages content = new ContentPages();
    Map<Lang, List<ContentPages.Page>> first = content.read(project);
    Files.write(file, bytes("Mới"));
    Map<Lang, List<ContentPages.Page>> second = content.read(project);
    assertNotSame(first, second);
    assertEquals(List.of("Mới"), titles(second, Lang.VI), "its edit is seen, not the last read's page");
    Files.writeString(file, page("Đã sửa"));
    assertEquals(List.of("Đã sửa"), titles(content.read(project), Lang.VI), "fixed, it reads as any page");
  }

  /** A page ending in one byte (0xFF) that no UTF-8 text holds. */
  private static byte[] bytes(String title) {
    byte[] text = page(title).getBytes(StandardCharsets.UTF_8);
    byte[] out = java.util.Arrays.copyOf(text, text.length + 1);
    out[text.length] = (byte) 0xFF;
    return out;
  }
}
