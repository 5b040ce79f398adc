package vn.xaso.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.xaso.derive.Derived;
import vn.xaso.model.Lang;
import vn.xaso.publish.Output;
import vn.xaso.site.PageModels.CatalogueFile;
import vn.xaso.site.PageModels.CataloguePage;

/** The data catalogue: the national and provincial open-data files with their sizes and checksums, and the licence. */
final class CatalogueKind implements PageKind {
  private final Derived derived;
  private final Map<Lang, SiteContext> contexts;
  private final List<Output.Written> files;
  private final int allDataFiles;
  private final ObjectMapper json;

  /**
   * @param files the open-data files written so far that the catalogue may list
   * @param allDataFiles how many open-data files there are in all, those of communes and reports included
   */
  CatalogueKind(Derived derived, Map<Lang, SiteContext> contexts, List<Output.Written> files, int allDataFiles,
      ObjectMapper json) {
    this.derived = derived;
    this.contexts = contexts;
    this.files = files;
    this.allDataFiles = allDataFiles;
    this.json = json;
  }

  @Override
  public List<Page> pages() {
    return List.of(Page.single(Page.Identity.of("catalogue"), SiteLayout.catalogue(), "catalogue.ftlh", SiteLayout.Owner.NATION,
        lang -> catalogue(contexts.get(lang))));
  }

  /**
   * Whether the data catalogue lists the file: {@code data/<file>} and {@code data/<level>/<file>},
   * the national and provincial ones, not the 100,000 below them. Asked of every file in the site.
   */
  static boolean catalogued(String path) {
    String root = SiteLayout.catalogue();
    if (!path.startsWith(root)) {
      return false;
    }
    int second = path.indexOf('/', root.length());
    return second < 0 || path.indexOf('/', second + 1) < 0;
  }

  /** The national tables and JSON, the data package and the zip: what the catalogue's JSON-LD offers for download. */
  private static boolean national(String path) {
    String all = SiteLayout.dataAll();
    String rest = path.startsWith(all) ? path.substring(all.length()) : null;
    return rest != null && (rest.matches("[a-z]+\\.csv") || rest.equals("data.json"))
        || path.equals(SiteLayout.catalogue() + "datapackage.json")
        || path.equals(SiteLayout.catalogue() + "xaso-open-data.zip");
  }

  private PageModel catalogue(SiteContext c) {
    SiteContext.Frame frame = c.frame(SiteLayout.catalogue(), c.t().get("catalogue.title"),
        c.t().get("catalogue.description"));
    // Communes' and reports' own files are linked from their pages; listing ~500,000 here would help nobody.
    List<Output.Written> listed = files.stream().filter(f -> catalogued(f.path())).toList();
    List<CatalogueFile> rows = new ArrayList<>();
    for (Output.Written w : listed) {
      rows.add(new CatalogueFile(w.path(), SiteLayout.toSite(c.lang(), SiteLayout.catalogue(), w.path()),
          c.f().number(w.bytes()), w.sha256()));
    }
    CataloguePage page = new CataloguePage(
        c.t().get("catalogue.scope", Map.of("listed", c.f().number(listed.size()),
            "others", c.f().number(allDataFiles - listed.size()))),
        c.show().link(c.config().licence().name().in(c.lang()), c.config().licence().url()),
        c.config().licence().terms().in(c.lang()),
        c.config().licence().spdx(),
        c.config().dataVersion(),
        rows,
        vn.xaso.publish.SuggestedCitation.dataset(c.config(), derived.created(),
            c.lang()),
        jsonLd(c, files));
    return PageModel.of(frame, page);
  }

  /**
   * schema.org Dataset metadata for search engines. It sits in a non-executable
   * {@code application/ld+json} block, so the CSP allows it; "<" is escaped so no text can
   * close the element.
   */
  private String jsonLd(SiteContext c, List<Output.Written> files) {
    Lang lang = c.lang();
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("@context", "https://schema.org");
    d.put("@type", "Dataset");
    d.put("name", c.config().title().in(lang));
    d.put("description", c.config().description().in(lang));
    d.put("url", c.url(c.lang(), SiteLayout.catalogue()));
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
      if (national(w.path())) {
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

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
