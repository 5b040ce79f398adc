package vn.xaso.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.xaso.derive.Changes;
import vn.xaso.derive.Derived;
import vn.xaso.derive.Indicator;
import vn.xaso.derive.ReportFacts;
import vn.xaso.model.Commune;
import vn.xaso.model.Province;
import vn.xaso.model.SiteConfig;
import vn.xaso.publish.Output;
import vn.xaso.schema.Dictionary;
import vn.xaso.schema.Schema;

/**
 * Writes every page and asset of the site through the build's {@link Output}: the pages from
 * data through the theme's templates directly, the Markdown pages of {@code content/} parsed by
 * JBake into the same layout, in Vietnamese at the root and English under {@code en/}.
 */
public final class SiteRenderer {
  private final Schema schema;
  private final ContentPages contentPages;
  private final ObjectMapper json;

  public SiteRenderer() {
    this(new Schema(), new ContentPages(), new ObjectMapper());
  }

  public SiteRenderer(Schema schema, ContentPages contentPages, ObjectMapper json) {
    this.schema = schema;
    this.contentPages = contentPages;
    this.json = json;
  }

  public void render(Derived derived, SiteConfig config, Path project, Output out) {
    render(derived, config, project, out, Changes.ALL);
  }

  /**
   * Renders the pages of what {@code changes} names: its provinces' and communes' pages, and the
   * national pages, which depend on everything. Nothing else is written.
   */
  public void render(Derived derived, SiteConfig config, Path project, Output out, Changes changes) {
    Theme theme = Theme.of(project, config.themeOrDefault());
    List<Output.Written> dataFiles = out.files().stream().filter(w -> w.path().startsWith("data/")).toList();
    Map<String, String> integrity = new Assets().copy(theme.assets(), out);
    Templates templates = new Templates(theme.templates());
    Map<Lang, List<ContentPages.Page>> content = contentPages.read(project);
    List<String> paths = new ArrayList<>();
    for (Lang lang : Lang.values()) {
      SiteContext c = new SiteContext(lang, config, integrity, content.get(lang));
      paths = renderLanguage(derived, c, templates, content.get(lang), dataFiles, out, changes);
      out.writeText(lang.prefix() + "feed.xml", Feeds.atom(derived, c));
      out.writeText(lang.prefix() + "search.json", toJson(SearchIndex.of(derived, lang)));
      out.writeText(lang.prefix() + "404.html", templates.render("404.ftlh", c.notFoundFrame(c.t().get("notfound.title"))));
      if (lang == Lang.VI) {
        sitemaps(derived, paths, c, out, changes);
        out.writeText("robots.txt", "User-agent: *\nAllow: /\nSitemap: " + c.url(Lang.VI, "sitemap.xml") + "\n");
      }
    }
  }

  /**
   * Renders one language's pages and returns their paths (the same list in both languages).
   * Commune and report pages — nearly all of them — are rendered in parallel and written as
   * they come, so they are never all held in memory; the rest are few and rendered in order.
   */
  private List<String> renderLanguage(Derived derived, SiteContext c, Templates templates,
      List<ContentPages.Page> content, List<Output.Written> dataFiles, Output out, Changes changes) {
    DataPages data = new DataPages(derived, schema, c, new ChartWriter(json, out));
    Map<String, Map<String, Object>> pages = new LinkedHashMap<>();
    Map<String, String> layouts = new LinkedHashMap<>();
    put(pages, layouts, "", "home.ftlh", data.home());
    List<String> paths = new ArrayList<>();
    paths.add("");
    for (Province p : derived.provinces()) {
      paths.add(p.slug() + "/");
      if (changes.touches(p)) {
        put(pages, layouts, p.slug() + "/", "province.ftlh", data.province(p));
      }
    }
    put(pages, layouts, "indicators/", "indicators.ftlh", data.indicators());
    for (Indicator i : Indicator.shares()) {
      put(pages, layouts, "indicators/" + i.code() + "/", "ranking.ftlh", data.ranking(i));
    }
    put(pages, layouts, "status/", "status.ftlh", data.status());
    put(pages, layouts, "data/", "catalogue.ftlh", catalogue(c, dataFiles));
    put(pages, layouts, "data-dictionary/", "dictionary.ftlh", dictionary(c));
    for (ContentPages.Page p : content) {
      Map<String, Object> m = c.frame(p.name() + "/", p.title(), p.title());
      m.put("body", p.html());
      m.put("fallback", p.fallback());
      m.put("edit", c.config().repository() == null ? null
          : SafeUrl.web(c.config().repository() + "/blob/main/content/" + c.lang().code() + "/" + p.name() + ".md").orElse(null));
      put(pages, layouts, p.name() + "/", "content.ftlh", m);
    }
    for (Map.Entry<String, Map<String, Object>> e : pages.entrySet()) {
      out.writeText(c.lang().prefix() + e.getKey() + "index.html", templates.render(layouts.get(e.getKey()), e.getValue()));
    }
    derived.communes().parallelStream().filter(changes::touches).forEach(cm -> out.writeText(
        c.lang().prefix() + DataPages.communePath(cm) + "index.html", templates.render("commune.ftlh", data.commune(cm))));
    derived.reports().parallelStream().filter(r -> changes.touches(r.commune())).forEach(r -> out.writeText(
        c.lang().prefix() + DataPages.reportPath(r) + "index.html", templates.render("report.ftlh", data.report(r))));
    pages.keySet().stream().filter(p -> !paths.contains(p)).forEach(paths::add);
    derived.communes().forEach(cm -> paths.add(DataPages.communePath(cm)));
    derived.reports().forEach(r -> paths.add(DataPages.reportPath(r)));
    if (paths.size() != new java.util.HashSet<>(paths).size()) {
      throw new IllegalStateException("Two pages share a path");
    }
    return List.copyOf(paths);
  }

  /**
   * {@code sitemap.xml} as an index of one sitemap per province and one for the rest: a single
   * file would pass the protocol's 50,000-address limit at national scale (~86,000 pages).
   */
  private static void sitemaps(Derived derived, List<String> paths, SiteContext c, Output out, Changes changes) {
    Map<String, List<String>> byFile = new LinkedHashMap<>();
    byFile.put("site", new ArrayList<>());
    derived.provinces().forEach(p -> byFile.put(p.slug(), new ArrayList<>()));
    for (String path : paths) {
      String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : "";
      byFile.getOrDefault(first, byFile.get("site")).add(path);
    }
    List<String> files = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : byFile.entrySet()) {
      String file = "sitemaps/" + e.getKey() + ".xml";
      files.add(file);
      if (e.getKey().equals("site") || changes.touches(derived.province(e.getKey()).orElseThrow())) {
        out.writeText(file, Sitemap.xml(e.getValue(), c));
      }
    }
    out.writeText("sitemap.xml", Sitemap.index(files, c));
  }

  private static void put(Map<String, Map<String, Object>> pages, Map<String, String> layouts, String path,
      String layout, Map<String, Object> model) {
    if (pages.containsKey(path)) {
      throw new IllegalStateException("Two pages at /" + path);
    }
    pages.put(path, model);
    layouts.put(path, layout);
  }

  private Map<String, Object> catalogue(SiteContext c, List<Output.Written> files) {
    Map<String, Object> m = c.frame("data/", c.t().get("catalogue.title"), c.t().get("catalogue.description"));
    m.put("licence", c.show().link(c.config().licence().name().in(c.lang().code()), c.config().licence().url()));
    m.put("terms", c.config().licence().terms().in(c.lang().code()));
    m.put("version", c.config().dataVersion());
    List<Map<String, String>> rows = new ArrayList<>();
    // Communes' and reports' own files are linked from their pages; listing ~500,000 here would help nobody.
    for (Output.Written w : files.stream().filter(f -> f.path().matches("data/([^/]+/)?[^/]+")).toList()) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("path", w.path());
      row.put("href", "../" + (c.lang() == Lang.EN ? "../" : "") + w.path());
      row.put("size", c.f().number(w.bytes()));
      row.put("sha256", w.sha256());
      rows.add(row);
    }
    m.put("files", rows);
    m.put("jsonLd", jsonLd(c, files));
    return m;
  }

  /**
   * schema.org Dataset metadata for search engines. It sits in a non-executable
   * {@code application/ld+json} block, so the CSP allows it; "<" is escaped so no text can
   * close the element.
   */
  private String jsonLd(SiteContext c, List<Output.Written> files) {
    String lang = c.lang().code();
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("@context", "https://schema.org");
    d.put("@type", "Dataset");
    d.put("name", c.config().title().in(lang));
    d.put("description", c.config().description().in(lang));
    d.put("url", c.url(c.lang(), "data/"));
    d.put("inLanguage", List.of("vi", "en"));
    d.put("isAccessibleForFree", true);
    d.put("license", c.config().licence().url() == null ? c.config().licence().name().in(lang) : c.config().licence().url());
    // Ordered: Map.of iterates in an order that changes from one run of the JVM to the next.
    Map<String, Object> creator = new LinkedHashMap<>();
    creator.put("@type", "Organization");
    creator.put("name", c.config().publisher().in(lang));
    d.put("creator", creator);
    if (c.config().dataVersion() != null) {
      d.put("version", c.config().dataVersion());
    }
    List<Map<String, Object>> downloads = new ArrayList<>();
    for (Output.Written w : files) {
      if (w.path().matches("data/all/[a-z]+\\.csv|data/all/data\\.json|data/datapackage\\.json|data/xaso-open-data\\.zip")) {
        Map<String, Object> dl = new LinkedHashMap<>();
        dl.put("@type", "DataDownload");
        dl.put("contentUrl", c.url(Lang.VI, w.path()));
        dl.put("encodingFormat", w.path().endsWith(".csv") ? "text/csv" : w.path().endsWith(".zip") ? "application/zip"
            : "application/json");
        downloads.add(dl);
      }
    }
    d.put("distribution", downloads);
    return toJson(d).replace("<", "\\u003c");
  }

  private Map<String, Object> dictionary(SiteContext c) {
    Map<String, Object> m = c.frame("data-dictionary/", c.t().get("dictionary.title"), c.t().get("dictionary.description"));
    DataDictionary d = new DataDictionary(new Dictionary(schema));
    m.put("files", d.files(c.show()));
    m.put("indicators", d.indicators(c.show()));
    return m;
  }

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
