package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.testing.TinyProject;

/** Issue #11, items 7 and 8: a theme publishes only its own files, stays in the project, and `new` never writes through a link. */
class ThemeSafetyTest {
  @TempDir Path dir;

  private TinyProject project() throws Exception {
    TinyProject p = TinyProject.withCommune(dir.resolve("p"));
    BuiltSite.copyTheme(p.root());
    return p;
  }

  @Test
  void aLinkToAFileOfTheMachineInTheThemeIsRefusedAndNotPublished() throws Exception {
    TinyProject p = project();
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "password=hunter2");
    Files.createSymbolicLink(p.path("themes/xaso/assets/css/leak.css"), secret);

    TinyProject.Run validate = p.run("validate");
    assertEquals(1, validate.exit(), validate.out());
    assertTrue(validate.out().contains("themes/xaso/assets/css/leak.css:0:0: error[theme-link] themes/xaso/assets/css/leak.css"
        + " là liên kết hoặc không phải tệp thường; giao diện không đi theo liên kết.\n"
        + "    themes/xaso/assets/css/leak.css is a link or not a regular file; the theme never follows links."),
        validate.out());

    TinyProject.Run build = p.run("build", "--out", dir.resolve("site").toString());
    assertEquals(1, build.exit());
    assertFalse(Files.exists(dir.resolve("site")), "nothing published");
  }

  @Test
  void aThemeLinkedFromOutsideTheProjectIsRefused() throws Exception {
    TinyProject p = TinyProject.withCommune(dir.resolve("p"));
    Path elsewhere = dir.resolve("elsewhere");
    Files.createDirectories(elsewhere);
    BuiltSite.copyTheme(elsewhere);
    Files.createDirectories(p.path("themes"));
    Files.createSymbolicLink(p.path("themes/xaso"), elsewhere.resolve("themes/xaso"));

    TinyProject.Run run = p.run("validate");

    assertEquals(1, run.exit(), run.out());
    assertTrue(run.out().contains("content/site.yaml:0:0: error[theme-link] theme: themes/xaso là liên kết"), run.out());
  }

  @Test
  void aThemeNamedByAPathIsRefused() throws Exception {
    for (String theme : new String[] {"../../..", "/etc", "xaso/../../x"}) {
      TinyProject p = TinyProject.withCommune(dir.resolve("p"))
          .file("content/site.yaml", TinyProject.SITE + "theme: \"" + theme + "\"\n");
      TinyProject.Run run = p.run("build", "--out", dir.resolve("site").toString());
      assertEquals(1, run.exit(), run.out());
      assertTrue(run.out().contains("error[theme-outside] theme: Giao diện " + theme
          + " không phải một tên thư mục trong themes/.\n    Theme " + theme + " is not the name of a folder under themes/."),
          run.out());
    }
  }

  @Test
  void aMissingThemeIsAProblemNotAStackTrace() throws Exception {
    TinyProject p = TinyProject.withCommune(dir.resolve("p")).file("content/site.yaml", TinyProject.SITE + "theme: nope\n");

    TinyProject.Run run = p.run("build", "--out", dir.resolve("site").toString());

    assertEquals(1, run.exit(), run.out() + run.err());
    assertTrue(run.out().contains("error[theme-not-found] theme: Không có giao diện nope (thiếu thư mục themes/nope/templates).\n"
        + "    No theme nope (folder themes/nope/templates is missing)."), run.out());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void newWithForceDoesNotWriteThroughALink() throws Exception {
    TinyProject p = TinyProject.withCommune(dir.resolve("p"));
    Path victim = dir.resolve("victim.txt");
    Files.writeString(victim, "not a report");
    Files.createSymbolicLink(p.path("data/hai-phong/hung-thang/2026-01.yaml"), victim);

    TinyProject.Run run = p.run("new", "--commune", "hung-thang", "--period", "2026-01-01..2026-01-31", "--force");

    assertEquals(1, run.exit(), run.out() + run.err());
    assertTrue(run.err().contains("error[link-refused]"), run.err());
    assertTrue(run.err().contains("is a link; nothing is written through a link."), run.err());
    assertEquals("not a report", Files.readString(victim));
  }
}
