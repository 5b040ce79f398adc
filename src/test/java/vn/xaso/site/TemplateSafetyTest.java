package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a theme's template may do: text from the data is escaped, numbers print the same on every
 * machine, and a template cannot create classes or reach the Java API behind the data.
 */
class TemplateSafetyTest {

  private static String render(String template, Map<String, Object> model) {
    return new Templates(Map.of("t.ftlh", template)).render("t.ftlh", model);
  }

  @Test
  void textFromTheDataIsEscaped() {
    assertEquals("<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;</p>",
        render("<p>${name}</p>", Map.of("name", "<script>alert(\"x\")</script> &")));
  }

  @Test
  void numbersPrintWithoutTheMachinesLocale() {
    assertEquals("1234567.5", render("${n}", Map.of("n", 1234567.5)));
  }

  @Test
  void aTemplateCannotCreateObjectsOrReachTheJavaApi() {
    IllegalStateException created = assertThrows(IllegalStateException.class,
        () -> render("${\"freemarker.template.utility.Execute\"?new()(\"id\")}", Map.of()));
    // Even a harmless template model, which FreeMarker's default resolver would let a template build.
    assertThrows(IllegalStateException.class, () -> render("${\"freemarker.template.SimpleScalar\"?new(\"x\")}", Map.of()));
    assertTrue(created.getMessage().startsWith("Template t.ftlh failed: "), created.getMessage());
    assertThrows(IllegalStateException.class, () -> render("${d?api.getClass()}", Map.of("d", LocalDate.of(2025, 1, 1))));
  }

  @Test
  void aMissingValueFailsTheBuildInsteadOfPrintingNothing() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> render("${missing}", Map.of()));
    assertTrue(e.getMessage().contains("missing"), e.getMessage());
  }

  @Test
  void aLongLivedBuildKeepsItsTemplatesUntilTheirTextChanges(@TempDir Path folder) throws Exception {
    Files.writeString(folder.resolve("page.ftlh"), "<b>${x}</b>");
    Files.writeString(folder.resolve("notes.txt"), "not a template");
    Templates first = new Templates(folder);
    assertEquals("<b>1</b>", first.render("page.ftlh", Map.of("x", 1)));
    assertSame(first, first.reuse(folder));
    Files.writeString(folder.resolve("page.ftlh"), "<i>${x}</i>");
    Templates second = first.reuse(folder);
    assertNotSame(first, second);
    assertEquals("<i>1</i>", second.render("page.ftlh", Map.of("x", 1)));
    assertEquals(java.util.Set.of("page.ftlh"), Templates.read(folder).keySet(), "only .ftlh files are templates");
  }

  /** Read by a template; fails as a getter of the data could. */
  public static final class Failing {
    public String getBoom() {
      throw new UnsupportedOperationException("boom");
    }
  }

  @Test
  void aFailureInsideATemplateIsToldWithTheTemplatesName() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> render("${o.boom}", Map.of("o", new Failing())));
    assertTrue(e.getMessage().startsWith("Template t.ftlh failed: "), e.getMessage());
  }

  @Test
  void aMissingItemOfAListNeverShowsAnOuterValueOfTheSameName() {
    java.util.List<String> items = new java.util.ArrayList<>();
    items.add(null);
    assertEquals("[trống]", render("<#list xs as x>[${x!\"trống\"}]</#list>", Map.of("x", "bên ngoài", "xs", items)));
  }
}
