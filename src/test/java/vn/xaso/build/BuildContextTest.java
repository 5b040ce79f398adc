package vn.xaso.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.xaso.cache.BuildCache;
import vn.xaso.model.SiteConfig;
import vn.xaso.model.Text;

/** The per-build context, and the typed values a build reports: its mode and the files it read again. */
class BuildContextTest {
  private static final SiteConfig CONFIG = new SiteConfig(new Text("Xã Số", "Xã Số"), new Text("Mô tả", "Description"),
      "https://xaso.example/", "xaso", null, null, "1", "https://github.com/x/y");

  private static BuildContext job(Build.Scope scope, String baseUrl, String out) {
    return new BuildContext(Path.of("project"), Path.of(out), scope, baseUrl, new Stages(BuildListener.NONE));
  }

  @Test
  void withoutABaseUrlTheConfiguredOneStays() {
    assertSame(CONFIG, job(Build.Scope.SITE, null, "site").site(CONFIG));
  }

  @Test
  void aBaseUrlReplacesTheConfiguredOneEndingInASlashAndNothingElse() {
    SiteConfig site = job(Build.Scope.SITE, "https://org.github.io/repo", "site").site(CONFIG);
    assertEquals("https://org.github.io/repo/", site.baseUrl());
    assertEquals(new SiteConfig(CONFIG.title(), CONFIG.description(), "https://org.github.io/repo/", CONFIG.theme(),
        CONFIG.publisher(), CONFIG.licence(), CONFIG.dataVersion(), CONFIG.repository()), site);
    assertEquals("https://a.example/", job(Build.Scope.SITE, "https://a.example/", "site").site(CONFIG).baseUrl());
  }

  @Test
  void theCacheOptionsChangeWithScopeAddressAndOutputFolder() {
    String options = job(Build.Scope.SITE, null, "site").options();
    assertEquals(options, job(Build.Scope.SITE, null, "site").options());
    assertNotEquals(options, job(Build.Scope.DATA, null, "site").options());
    assertNotEquals(options, job(Build.Scope.SITE, "https://a.example/", "site").options());
    assertNotEquals(options, job(Build.Scope.SITE, null, "other").options());
  }

  @Test
  void aModeIsTypedAndWordedInBothLanguages() {
    Build.Mode unusual = Build.Mode.clean(BuildCache.Reason.UNUSUAL_FILE, "data/x/notes.txt");
    assertEquals(Build.Mode.Kind.CLEAN, unusual.kind());
    assertEquals("toàn bộ, tệp lạ data/x/notes.txt", unusual.vi());
    assertEquals("clean, unusual file data/x/notes.txt", unusual.en());
    assertEquals("toàn bộ, không dùng bộ đệm / clean, no cache used",
        Build.Mode.clean(BuildCache.Reason.NOT_USED, "").text());
    assertEquals("cập nhật 1 xã / incremental, 1 commune", Build.Mode.incremental(1).text());
    assertEquals("cập nhật 2 xã / incremental, 2 communes", Build.Mode.incremental(2).text());
    assertEquals("không có gì thay đổi / nothing changed", Build.Mode.UNCHANGED.text());
  }

  @Test
  void everyReasonIsWordedInBothLanguages() {
    for (BuildCache.Reason r : BuildCache.Reason.values()) {
      assertFalse(r.vi("").isBlank(), r.name());
      assertFalse(r.en("").isBlank(), r.name());
      assertNotEquals(r.vi(""), r.en(""), r.name());
    }
  }

  @Test
  void allIsAValueNotANull() {
    assertTrue(Build.Reread.ALL.contains("data/any/thing.yaml"));
    Build.Reread some = Build.Reread.only(List.of("data/a/b/r.yaml"));
    assertTrue(some.contains("data/a/b/r.yaml"));
    assertFalse(some.contains("data/a/c/r.yaml"));
    assertEquals(Set.of("data/a/b/r.yaml"), some.files());
  }
}
