package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.xaso.build.Check;
import vn.xaso.derive.Derived;
import vn.xaso.derive.Deriver;
import vn.xaso.model.Lang;
import vn.xaso.model.SiteConfig;
import vn.xaso.schema.Schema;

/**
 * The worked example of docs/architecture.md, on the sample data: a new kind of page is one
 * class and one template. It joins the registry beside the real kinds, its path is checked
 * against theirs, the sitemaps list it, and it renders in the shared layout with links that
 * {@link SiteLayout} made.
 */
class AddingAPageKindTest {
  /**
   * The docs' example, with labels the site already has and a filter the sample meets: every
   * sample commune has reported, so this lists those with fewer than two reports.
   */
  static final class UnreportedKind implements PageKind {
    public record UnreportedPage(List<Views.Link> communes) {}

    private final Derived derived;
    private final Map<Lang, PageParts> parts;

    UnreportedKind(Derived derived, Map<Lang, PageParts> parts) {
      this.derived = derived;
      this.parts = parts;
    }

    @Override
    public List<Page> pages() {
      return List.of(Page.single(Page.Identity.of("unreported"), "unreported/", "unreported.ftlh", SiteLayout.Owner.NATION,
          lang -> model(parts.get(lang))));
    }

    private PageModel model(PageParts d) {
      SiteContext c = d.context();
      String path = "unreported/";
      List<Views.Link> communes = derived.communes().stream().filter(cm -> d.reportsOf(cm).size() < 2)
          .map(cm -> new Views.Link(SiteLayout.href(path, SiteLayout.commune(cm)), d.name(cm))).toList();
      return PageModel.of(c.frame(path, c.t().get("status.title"), c.t().get("status.description")),
          new UnreportedPage(communes));
    }
  }

  private static final String TEMPLATE = """
      <#import "layout.ftlh" as l>
      <@l.page>
      <h1>${title}</h1>
      <ul class="unreported"><#list communes as c><li><a href="${c.href}">${c.text}</a></li></#list></ul>
      </@l.page>
      """;

  @Test
  void aNewKindIsOneClassAndATemplate() throws Exception {
    Check.Result checked = new Check().run(Path.of(""));
    Derived derived = new Deriver().derive(checked.data(), checked.problems());
    SiteConfig config = checked.config().orElseThrow();
    Map<Lang, SiteContext> contexts = new LinkedHashMap<>();
    Map<Lang, PageParts> parts = new LinkedHashMap<>();
    for (Lang lang : Lang.values()) {
      SiteContext c = new SiteContext(lang, config, Map.of(), List.of());
      contexts.put(lang, c);
      parts.put(lang, new PageParts(derived, new Schema(), c, new ChartWriter(), DataIndex.of(derived)));
    }
    PageRegistry registry = new PageRegistry(List.of(new HomeKind(derived, DataIndex.of(derived), parts),
        new StatusKind(derived, parts), new CommuneKind(derived, parts), new UnreportedKind(derived, parts)));
    assertTrue(registry.paths().contains("unreported/"), registry.paths().toString());

    Map<String, String> texts = new LinkedHashMap<>(Templates.read(Path.of("themes/xaso/templates")));
    texts.put("unreported.ftlh", TEMPLATE);
    Templates templates = new Templates(texts);
    Page page = registry.all().stream().filter(p -> p.path().equals("unreported/")).findFirst().orElseThrow();
    assertEquals("en/unreported/index.html", page.file(Lang.EN));
    Document html = Jsoup.parse(templates.render(page.template(), page.model().apply(Lang.EN)));

    // The shared layout: language, canonical address, the way back to the English home.
    assertEquals("en", html.selectFirst("html").attr("lang"));
    assertEquals(config.baseUrl() + "en/unreported/", html.selectFirst("link[rel=canonical]").attr("href"));
    List<String> expected = new ArrayList<>();
    derived.communes().stream().filter(cm -> parts.get(Lang.EN).reportsOf(cm).size() < 2)
        .forEach(cm -> expected.add("../" + cm.province() + "/" + cm.slug() + "/"));
    assertEquals(3, expected.size());
    List<String> links = html.select("ul.unreported a").stream().map(a -> a.attr("href")).toList();
    assertEquals(expected, links);
    for (Element a : html.select("ul.unreported a")) {
      assertTrue(registry.paths().contains(a.attr("href").substring("../".length())), a.attr("href"));
    }
  }
}
