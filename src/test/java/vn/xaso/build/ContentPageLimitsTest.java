package vn.xaso.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.problem.Problem;
import vn.xaso.testing.TinyProject;

/**
 * The content pages' limits, on both sides: a page exactly at the size or nesting limit is
 * published, one over is refused with the line that goes too deep; a header is read line by line.
 */
class ContentPageLimitsTest {
  private static final String HEADER = "title=Giới thiệu\ntype=page\nstatus=published\n~~~~~~\n\n";
  @TempDir Path dir;

  private List<String> problems(String page) throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file("content/vi/gioi-thieu.md", page);
    return new Check().run(p.root()).problems().all().stream().map(Problem::format).map(f -> f.lines().findFirst().get())
        .toList();
  }

  @Test
  void aLineOpeningLevelsCountsEachQuoteAndEachTwoSpaces() {
    assertEquals(0, SiteRules.depth("Văn bản"));
    assertEquals(3, SiteRules.depth(">>> trích"));
    assertEquals(4, SiteRules.depth("> > > trích"), "the spaces between quote marks count too");
    assertEquals(2, SiteRules.depth("    - mục"));
    assertEquals(2, SiteRules.depth("\t1. mục"), "a tab is four spaces");
    assertEquals(0, SiteRules.depth("- mục"), "list markers open no level of their own");
    assertEquals(0, SiteRules.depth("12) mục"));
    assertEquals(1, SiteRules.depth("  + mục"));
    assertEquals(0, SiteRules.depth("a > b"), "a quote mark after text is text");
  }

  @Test
  void aPageNestedExactlyToTheLimitIsPublishedOneMoreIsRefusedAtItsLine() throws Exception {
    assertEquals(List.of(), problems(HEADER + ">".repeat(SiteRules.MAX_NESTING) + " sâu\n"));
    assertEquals(List.of("content/vi/gioi-thieu.md:7:1: error[content-too-complex] Trang lồng quá sâu để đọc"
        + " (trích dẫn > hoặc danh sách trong nhau)."),
        problems(HEADER + "vừa\n" + ">".repeat(SiteRules.MAX_NESTING + 1) + " sâu\n"));
  }

  @Test
  void aPageExactlyAtTheSizeLimitIsPublishedOneByteMoreIsRefused() throws Exception {
    String atLimit = HEADER + "a".repeat((int) SiteRules.MAX_PAGE_BYTES - HEADER.getBytes(StandardCharsets.UTF_8).length);
    assertEquals(SiteRules.MAX_PAGE_BYTES, atLimit.getBytes(StandardCharsets.UTF_8).length);
    assertEquals(List.of(), problems(atLimit));
    assertEquals(List.of("content/vi/gioi-thieu.md:0:0: error[content-too-large] Trang quá lớn (262145 byte, tối đa"
        + " 262144)."), problems(atLimit + "a"));
  }

  @Test
  void everyDateInTheHeaderIsCheckedAtItsLineAndTheBodyIsNot() throws Exception {
    assertEquals(List.of("content/vi/gioi-thieu.md:3:6: error[content-bad-header] date: Phần đầu trang có giá trị date"
        + " không đọc được: 31/12/2025."),
        problems("title=Giới thiệu\ntype=page\ndate=31/12/2025\nstatus=published\n~~~~~~\n\ndate=hôm nay\n"));
    assertEquals(List.of(), problems("title=Giới thiệu\ndate= 2025-12-31 \ntype=page\nstatus=published\n~~~~~~\n\nx\n"));
  }

  @Test
  void aHeaderEndsOnlyAtTheSeparatorLine() throws Exception {
    assertEquals(List.of("content/vi/gioi-thieu.md:1:1: error[content-no-header] Trang thiếu phần đầu kết thúc bằng"
        + " dòng ~~~~~~, nên không được đăng."), problems("title=Giới thiệu\n~~~~~~~ \nx\n"));
    assertEquals(List.of(), problems("title=Giới thiệu\r\ntype=page\r\nstatus=published\r\n~~~~~~\r\nx\r\n"),
        "Windows line ends are line ends");
  }

  @Test
  void onlyMarkdownFilesAreContentPages() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file("content/vi/ghi-chu.txt", "không có phần đầu");
    assertEquals(List.of(), new Check().run(p.root()).problems().all());
    Files.createDirectories(dir.resolve("content/en"));
    assertEquals(List.of(), new Check().run(p.root()).problems().all());
  }
}
