package vn.xaso.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
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
  /** The templates of the last build, kept parsed while their texts do not change (a preview server's rebuilds). */
  private volatile Templates lastTemplates;

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
    render(derived, config, project, out, changes, Map.of());
  }

  /**
   * As above; {@code previous} holds the model hash of each national and province page as the
   * last build rendered it, and a page whose model hashes the same is kept, not rendered: a
   * ranking of 3,321 communes does not change when one commune's older report does. Returns
   * this build's hashes.
   */
  public Map<String, String> render(Derived derived, SiteConfig config, Path project, Output out, Changes changes,
      Map<String, String> previous) {
    Map<String, String> hashes = new java.util.concurrent.ConcurrentHashMap<>();
    Theme theme = Theme.of(project, config.themeOrDefault());
    List<Output.Written> dataFiles = out.files(SiteRenderer::catalogued);
    // The catalogue says how many open-data files it leaves to the commune and report pages.
    int allDataFiles = out.files(p -> p.startsWith("data/") && !p.endsWith(".html")).size();
    Map<String, String> integrity = new Assets().copy(theme.assets(), out);
    Templates templates = lastTemplates == null ? new Templates(theme.templates()) : lastTemplates.reuse(theme.templates());
    lastTemplates = templates;
    Map<Lang, List<ContentPages.Page>> content = contentPages.read(project);
    Map<Lang, SiteContext> contexts = new LinkedHashMap<>();
    Map<Lang, DataPages> data = new LinkedHashMap<>();
    DataIndex index = DataIndex.of(derived);
    Map<String, vn.xaso.publish.SourceDocuments.Published> originals =
        vn.xaso.publish.SourceDocuments.all(project, derived.reports());
    for (Lang lang : Lang.values()) {
      SiteContext c = new SiteContext(lang, config, integrity, content.get(lang));
      contexts.put(lang, c);
      data.put(lang, new DataPages(derived, schema, c, new ChartWriter(json, out), index, originals));
    }
    List<String> paths = paths(derived, content.get(Lang.VI));
    // The national pages are few but large (a ranking lists every commune): each is a task,
    // both languages at once, so the two cores share them.
    List<Runnable> tasks = new ArrayList<>();
    for (Lang lang : Lang.values()) {
      SiteContext c = contexts.get(lang);
      tasks.addAll(pages(derived, c, data.get(lang), templates, content.get(lang), dataFiles, allDataFiles, out, changes,
          previous, hashes));
      tasks.add(() -> out.writeText(lang.prefix() + "feed.xml", Feeds.atom(index, c)));
      tasks.add(() -> out.writeText(lang.prefix() + "search.json", toJson(SearchIndex.of(derived, lang))));
      tasks.add(() -> out.writeText(lang.prefix() + "404.html",
          templates.render("404.ftlh", c.notFoundFrame(c.t().get("notfound.title")))));
    }
    tasks.add(() -> sitemaps(derived, paths, contexts.get(Lang.VI), out, changes));
    tasks.add(() -> out.writeText("robots.txt",
        "User-agent: *\nAllow: /\nSitemap: " + contexts.get(Lang.VI).url(Lang.VI, "sitemap.xml") + "\n"));
    tasks.parallelStream().forEach(Runnable::run);
    // Commune and report pages — nearly all of them — are rendered in parallel and written as
    // they come, so they are never all held in memory.
    for (Lang lang : Lang.values()) {
      DataPages pages = data.get(lang);
      derived.communes().parallelStream().filter(changes::touches).forEach(cm -> out.writeText(
          SiteLayout.file(lang, SiteLayout.commune(cm)), templates.render("commune.ftlh", pages.commune(cm))));
      derived.reports().parallelStream().filter(r -> changes.touches(r.commune())).forEach(r -> out.writeText(
          SiteLayout.file(lang, SiteLayout.report(r)), templates.render("report.ftlh", pages.report(r))));
    }
    return new java.util.TreeMap<>(hashes);
  }

  /**
   * Whether the data catalogue lists the file: {@code data/<file>} and {@code data/<level>/<file>},
   * the national and provincial ones, not the 100,000 below them. Asked of every file in the site.
   */
  static boolean catalogued(String path) {
    if (!path.startsWith("data/")) {
      return false;
    }
    int second = path.indexOf('/', 5);
    return second < 0 || path.indexOf('/', second + 1) < 0;
  }

  /** Every page's path under a language root, the same in both languages; two pages may not share one. */
  private static List<String> paths(Derived derived, List<ContentPages.Page> content) {
    List<String> paths = new ArrayList<>();
    paths.add("");
    derived.provinces().forEach(p -> paths.add(p.slug() + "/"));
    paths.add("indicators/");
    Indicator.shares().forEach(i -> paths.add("indicators/" + i.code() + "/"));
    paths.addAll(List.of("status/", "data/", "data-dictionary/"));
    content.forEach(p -> paths.add(p.name() + "/"));
    derived.communes().forEach(cm -> paths.add(SiteLayout.commune(cm)));
    derived.reports().forEach(r -> paths.add(SiteLayout.report(r)));
    if (paths.size() != new java.util.HashSet<>(paths).size()) {
      throw new IllegalStateException("Two pages share a path");
    }
    return List.copyOf(paths);
  }

  /** One task per national page of a language, and per page of a province that changed. */
  private List<Runnable> pages(Derived derived, SiteContext c, DataPages data, Templates templates,
      List<ContentPages.Page> content, List<Output.Written> dataFiles, int allDataFiles, Output out, Changes changes,
      Map<String, String> previous, Map<String, String> hashes) {
    List<Runnable> tasks = new ArrayList<>();
    BiConsumer<String, Map.Entry<String, Supplier<Map<String, Object>>>> page = (path, layoutAndModel) ->
        tasks.add(() -> {
          String file = c.lang().prefix() + path + "index.html";
          Map<String, Object> model = layoutAndModel.getValue().get();
          String hash = ModelHash.of(layoutAndModel.getKey(), model);
          hashes.put(file, hash);
          if (!(hash.equals(previous.get(file)) && out.keep(file))) {
            out.writeText(file, templates.render(layoutAndModel.getKey(), model));
          }
        });
    page.accept("", Map.entry("home.ftlh", data::home));
    for (Province p : derived.provinces()) {
      if (changes.touches(p)) {
        page.accept(p.slug() + "/", Map.entry("province.ftlh", () -> data.province(p)));
      }
    }
    page.accept("indicators/", Map.entry("indicators.ftlh", data::indicators));
    for (Indicator i : Indicator.shares()) {
      page.accept("indicators/" + i.code() + "/", Map.entry("ranking.ftlh", () -> data.ranking(i)));
    }
    page.accept("status/", Map.entry("status.ftlh", data::status));
    page.accept("data/", Map.entry("catalogue.ftlh", () -> catalogue(derived, c, dataFiles, allDataFiles)));
    page.accept("data-dictionary/", Map.entry("dictionary.ftlh", () -> dictionary(c)));
    for (ContentPages.Page p : content) {
      page.accept(p.name() + "/", Map.entry("content.ftlh", () -> {
        Map<String, Object> m = c.frame(p.name() + "/", p.title(), p.title());
        m.put("body", p.html());
        m.put("fallback", p.fallback());
        m.put("edit", c.config().repository() == null ? null
            : SafeUrl.web(c.config().repository() + "/blob/main/content/" + c.lang().code() + "/" + p.name() + ".md")
                .orElse(null));
        return m;
      }));
    }
    return tasks;
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

  private Map<String, Object> catalogue(Derived derived, SiteContext c, List<Output.Written> files, int allDataFiles) {
    Map<String, Object> m = c.frame("data/", c.t().get("catalogue.title"), c.t().get("catalogue.description"));
    long listed = files.stream().filter(f -> catalogued(f.path())).count();
    m.put("scope", c.t().get("catalogue.scope", Map.of("listed", c.f().number(listed),
        "others", c.f().number(allDataFiles - listed))));
    m.put("licence", c.show().link(c.config().licence().name().in(c.lang().code()), c.config().licence().url()));
    m.put("terms", c.config().licence().terms().in(c.lang().code()));
    m.put("spdx", c.config().licence().spdx());
    m.put("version", c.config().dataVersion());
    List<Map<String, String>> rows = new ArrayList<>();
    // Communes' and reports' own files are linked from their pages; listing ~500,000 here would help nobody.
    for (Output.Written w : files.stream().filter(f -> catalogued(f.path())).toList()) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("path", w.path());
      row.put("href", SiteLayout.toSite(c.lang(), SiteLayout.catalogue(), w.path()));
      row.put("size", c.f().number(w.bytes()));
      row.put("sha256", w.sha256());
      rows.add(row);
    }
    m.put("files", rows);
    m.put("suggestedCitation", vn.xaso.publish.SuggestedCitation.dataset(c.config(),
        vn.xaso.publish.DataPublisher.created(derived), c.lang().code()));
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
