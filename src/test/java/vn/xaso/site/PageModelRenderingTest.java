package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.xaso.model.Lang;
import vn.xaso.model.Licence;
import vn.xaso.model.SiteConfig;
import vn.xaso.model.Text;
import vn.xaso.site.PageModel.PageFile;

/** A typed page model as a template reads it: the frame's variables and the record's components side by side. */
class PageModelRenderingTest {
  public record Sample(String name, String missing, List<Views.Link> links) {}

  private final Templates templates = new Templates(Map.of("t.ftlh",
      "${title}|${name}|<#if missing??>given<#else>absent</#if>|<#list links as l>${l.href}=${l.text};</#list>|${root}"));

  private static SiteContext.Frame frame() {
    Text text = new Text("Xã Số", "Xa So");
    SiteConfig config = new SiteConfig(text, text, "https://example.org/xaso/", null, text,
        new Licence("cc-by-4.0", text, null, text, null), null, null);
    SiteContext c = new SiteContext(Lang.VI, config, Map.of(), List.of());
    return c.frame("hai-phong/hung-thang/", "Xã Hùng Thắng", "Mô tả");
  }

  @Test
  void aTemplateReadsTheFrameAndTheRecordAsOneModel() {
    PageModel model = PageModel.of(frame(), new Sample("<b>", null, List.of(new Views.Link("../", "Hải Phòng"))));
    assertEquals("Xã Hùng Thắng|&lt;b&gt;|absent|../=Hải Phòng;|../../", templates.render("t.ftlh", model));
  }

  @Test
  void theFramesNamesComeBeforeThePagesAndTheHashSeesBoth() {
    PageModel model = new PageModel(frame(), new Sample("a", "b", List.of()),
        List.of(new PageFile("hai-phong/charts-vi.csv", new byte[] {1})));
    assertEquals(List.of("hai-phong/charts-vi.csv"), model.files().stream().map(PageFile::path).toList());
    assertEquals(List.of("frame", "page"), List.copyOf(model.hashed().keySet()));
    assertEquals("Xã Hùng Thắng|a|given||../../", templates.render("t.ftlh", model));
  }

  /**
   * A page of the registry says which page it is ({@code <meta name="xaso:page">} in the layout),
   * whatever the frame or the record hold; a page rendered outside the registry has no identity.
   */
  @Test
  void aPageOfTheRegistryKnowsWhichPageItIs() {
    Templates identity = new Templates(Map.of("t.ftlh", "${pageIdentity!'none'}|${name}"));
    PageModel model = PageModel.of(frame(), new Sample("a", null, List.of()));
    assertEquals("commune hai-phong/hung-thang|a",
        identity.render("t.ftlh", model, new Page.Identity("commune", "hai-phong/hung-thang")));
    assertEquals("none|a", identity.render("t.ftlh", model));
  }
}
