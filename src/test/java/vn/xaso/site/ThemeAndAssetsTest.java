package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.problem.Stop;
import vn.xaso.publish.Output;

/** Which theme a build uses, and the assets it publishes with the integrity hashes pages pin them by. */
class ThemeAndAssetsTest {
  @TempDir Path dir;

  @Test
  void aProjectsOwnThemeIsUsedWhenItHasTemplates() throws Exception {
    Files.createDirectories(dir.resolve("themes/rieng/templates"));
    assertEquals(dir.resolve("themes/rieng"), Theme.of(dir, "rieng").root());
    assertEquals(dir.resolve("themes/rieng/templates"), Theme.of(dir, "rieng").templates());
    assertEquals(dir.resolve("themes/rieng/assets"), Theme.of(dir, "rieng").assets());
  }

  @Test
  void withoutItsOwnCopyTheDefaultThemeComesFromTheTool() throws Exception {
    Files.createDirectories(dir.resolve("themes/xaso"));
    Theme bundled = Theme.of(dir, "xaso");
    assertTrue(Files.exists(bundled.templates().resolve("layout.ftlh")), bundled.root().toString());
    assertFalse(bundled.root().startsWith(dir));
  }

  @Test
  void anotherMissingThemeOrAPathStopsTheBuildWithItsCode() {
    Stop missing = assertThrows(Stop.class, () -> Theme.of(dir, "khac"));
    assertEquals("theme-not-found", missing.problem().code().id());
    assertEquals("content/site.yaml", missing.problem().file());
    Stop path = assertThrows(Stop.class, () -> Theme.of(dir, "../xaso"));
    assertEquals("theme-outside", path.problem().code().id());
  }

  @Test
  void assetsArePublishedWithTheirSha384AndChartJsComesFromTheTool() throws Exception {
    Path assets = dir.resolve("assets");
    Files.createDirectories(assets.resolve("css"));
    Files.writeString(assets.resolve("css/site.css"), "body{}");
    Output out = new Output(dir.resolve("site"));
    Map<String, String> integrity = new Assets().copy(assets, out);
    String expected = "sha384-" + Base64.getEncoder().encodeToString(
        MessageDigest.getInstance("SHA-384").digest("body{}".getBytes(StandardCharsets.UTF_8)));
    assertEquals(expected, integrity.get("assets/css/site.css"));
    assertTrue(integrity.get(Assets.CHART_JS).startsWith("sha384-"));
    assertEquals(java.util.Set.of("assets/css/site.css", Assets.CHART_JS, "assets/vendor/chart.js-LICENSE.md"),
        integrity.keySet());
    out.commit();
    assertEquals("body{}", Files.readString(dir.resolve("site/assets/css/site.css")));
    assertTrue(Files.size(dir.resolve("site/" + Assets.CHART_JS)) > 100_000, "the whole library, not a stub");
  }

  @Test
  void aLinkAmongTheAssetsStopsTheBuild() throws Exception {
    Path assets = dir.resolve("assets");
    Files.createDirectories(assets);
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "password");
    Files.createSymbolicLink(assets.resolve("leak.css"), secret);
    Output out = new Output(dir.resolve("site"));
    Stop stop = assertThrows(Stop.class, () -> new Assets().copy(assets, out));
    assertEquals("theme-link", stop.problem().code().id());
    out.abort();
  }
}
