package vn.xaso.site;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.xaso.derive.Indicator;
import vn.xaso.derive.ReportFacts;
import vn.xaso.model.Commune;
import vn.xaso.model.Lang;

/**
 * Where everything of the site lives, in one place: the path of every kind of page and open-data
 * folder, which unit (the nation, a province, a commune) owns a file of the output, and the
 * relative links between pages. A page path is relative to a language root ({@code ""} or
 * ending in {@code /}); a site path starts with the language's prefix ({@code en/} for English).
 * Templates never count {@code ../}: they get their links from models, which get them here.
 */
public final class SiteLayout {
  /** Files at the root of each language that are not pages. */
  public static final String NOT_FOUND = "404.html";
  public static final String FEED = "feed.xml";
  public static final String SEARCH = "search.json";
  /** Files and folders at the site root, above both languages. */
  public static final String ROBOTS = "robots.txt";
  public static final String SITEMAP_INDEX = "sitemap.xml";
  public static final String SITEMAPS = "sitemaps";
  public static final String ASSETS = "assets";
  /** The link-preview picture ({@code og:image}) both languages share, drawn at build time. */
  public static final String PREVIEW_IMAGE = ASSETS + "/preview-map.png";
  /** The sitemap of every page no province owns, beside one per province. */
  public static final String SITE_SITEMAP = "site";

  private SiteLayout() {}

  // ---- pages, relative to a language root

  public static String home() {
    return "";
  }

  public static String province(String slug) {
    return slug + "/";
  }

  /** A commune's page: {@code <province>/<commune>/}. */
  public static String commune(Commune commune) {
    return commune(commune.province(), commune.slug());
  }

  public static String commune(String province, String commune) {
    return province + "/" + commune + "/";
  }

  /** A report's page: {@code <province>/<commune>/<period>/}. */
  public static String report(ReportFacts report) {
    return report.path() + "/";
  }

  /** A report's kept text, published with its figures marked: {@code <province>/<commune>/<period>/text/}. */
  public static String reportText(ReportFacts report) {
    return report.path() + "/text/";
  }

  public static String indicators() {
    return "indicators/";
  }

  public static String ranking(Indicator indicator) {
    return indicators() + indicator.code() + "/";
  }

  /**
   * A province's part of a ranking: {@code indicators/<code>/<province>/}, its communes with their
   * national ranks. The nation owns it: a rank moves when any commune's figure does.
   */
  public static String ranking(Indicator indicator, String province) {
    return ranking(indicator) + province + "/";
  }

  public static String status() {
    return "status/";
  }

  /**
   * A province's part of the reporting status: {@code status/<province>/}. The nation owns it
   * (it is not in {@link #owned}), as it owns the status page that links it.
   */
  public static String status(String province) {
    return status() + province + "/";
  }

  /** The data catalogue's page, in the open-data folder. */
  public static String catalogue() {
    return vn.xaso.publish.DataLayout.ROOT;
  }

  public static String dictionary() {
    return "data-dictionary/";
  }

  /** The glossary: the abbreviations and terms the reports use, in plain words. */
  public static String glossary() {
    return "glossary/";
  }

  /** A Markdown page of {@code content/<lang>/<name>.md}. */
  public static String content(String name) {
    return name + "/";
  }

  // ---- files, relative to the site root

  /** The HTML file of a page in one language: {@code [en/]<path>index.html}. */
  public static String file(Lang lang, String page) {
    return lang.prefix() + page + "index.html";
  }

  /** A file of a language's root that is not a page: {@code [en/]feed.xml}, {@code [en/]404.html}. */
  public static String rootFile(Lang lang, String name) {
    return lang.prefix() + name;
  }

  /** The folder of a page in one language, where the files it draws (charts) go. */
  public static String folder(Lang lang, String page) {
    return lang.prefix() + page;
  }

  /** The open-data files of the whole country: {@code data/all/}. */
  public static String dataAll() {
    return vn.xaso.publish.DataLayout.folder(vn.xaso.publish.DataLayout.ALL);
  }

  /** A province's open-data folder, {@code data/<province>/}: its zip and its communes' folders. */
  public static String dataProvince(String slug) {
    return vn.xaso.publish.DataLayout.folder(slug);
  }

  /** A commune's open-data folder, {@code data/<province>/<commune>/}: its reports' JSON and originals. */
  public static String dataCommune(String province, String commune) {
    return vn.xaso.publish.DataLayout.folder(vn.xaso.publish.DataLayout.unit(province, commune));
  }

  /** A province's zip of its own and its communes' tables: {@code data/<province>/<province>.zip}. */
  public static String dataZip(String province) {
    return vn.xaso.publish.DataLayout.zip(province);
  }

  /** A report's own open-data folder: {@code data/<province>/<commune>/<period>/}. */
  public static String dataReport(ReportFacts report) {
    return vn.xaso.publish.DataLayout.report(report.path());
  }

  /** A province's sitemap; {@code sitemaps/site.xml} has every page no province owns. */
  public static String sitemap(String name) {
    return SITEMAPS + "/" + name + ".xml";
  }

  // ---- links

  /** The relative way from a page back to the site root, above both languages: {@code ""} or {@code ../../}. */
  public static String siteRoot(Lang lang, String page) {
    return "../".repeat(depth(lang.prefix() + page));
  }

  /** The relative way from a page back to its language's root: {@code ""} or {@code ../../}. */
  public static String languageRoot(String page) {
    return "../".repeat(depth(page));
  }

  /**
   * The shortest relative link from one page to another of the same language: up to the folder
   * they share, then down ({@code p/c/2025-w48/} to {@code p/c/} is {@code ../}).
   */
  public static String href(String from, String to) {
    int shared = 0;
    for (int i = 0; i < Math.min(from.length(), to.length()); i++) {
      if (from.charAt(i) != to.charAt(i)) {
        break;
      }
      if (from.charAt(i) == '/') {
        shared = i + 1;
      }
    }
    return "../".repeat(depth(from.substring(shared))) + to.substring(shared);
  }

  /**
   * A link that climbs to the language root before going down, even between pages of one
   * province ({@code p/} to {@code p/c/2025-w48/} is {@code ../p/c/2025-w48/}): the links of a
   * comparison chart, which lists the same reports whichever page draws it.
   */
  public static String viaRoot(String from, String to) {
    return languageRoot(from) + to;
  }

  /** A link from a page to a file or folder given from the site root (open data, originals, the other language). */
  public static String toSite(Lang lang, String from, String sitePath) {
    return siteRoot(lang, from) + sitePath;
  }

  private static int depth(String path) {
    return (int) path.chars().filter(ch -> ch == '/').count();
  }

  // ---- owners

  /** Who owns a file of the output: the nation, a province (its pages and files) or one of its communes. */
  public record Owner(String province, String commune) {
    public static final Owner NATION = new Owner(null, null);

    public boolean national() {
      return province == null;
    }

    /** {@code <province>/<commune>}, as {@code Changes} keys a commune, or null when a province or the nation owns it. */
    public String communeKey() {
      return commune == null ? null : province + "/" + commune;
    }
  }

  /**
   * The folders (ending in {@code /}) and files a unit owns under each language root and at the
   * site root, as the layout writes them: a province its page's folder (page and charts), its
   * open-data folder and its sitemap; a commune its page's folder (its page and its reports'
   * pages) and its open-data folder. The nation owns everything else.
   */
  public static List<String> owned(Owner owner) {
    if (owner.national()) {
      return List.of();
    }
    if (owner.commune() == null) {
      return List.of(province(owner.province()), dataProvince(owner.province()), sitemap(owner.province()));
    }
    return List.of(commune(owner.province(), owner.commune()), dataCommune(owner.province(), owner.commune()));
  }

  /**
   * Who owns each file of one site's output, from the units it has and what {@link #owned}
   * declares for each: a file belongs to the deepest declared folder holding it, so a folder
   * {@code <province>/<x>/} is a commune's only when {@code x} is one of that province's
   * communes, never because of its shape.
   */
  public static final class Owners {
    private final Map<String, Owner> owned = new HashMap<>();

    private Owners() {}

    /** The owners of a site with these provinces (slugs) and communes ({@code <province>/<commune>}, as {@code Changes} keys them). */
    public static Owners of(Collection<String> provinces, Collection<String> communes) {
      Owners owners = new Owners();
      provinces.forEach(p -> owners.declare(new Owner(p, null)));
      communes.forEach(key -> {
        int slash = key.indexOf('/');
        owners.declare(new Owner(key.substring(0, slash), key.substring(slash + 1)));
      });
      return owners;
    }

    private void declare(Owner owner) {
      owned(owner).forEach(path -> owned.put(path, owner));
    }

    /**
     * The unit that owns a file given from the site root. Called for each of 160,000 files at
     * national scale: a few lookups, no splitting.
     */
    public Owner of(String sitePath) {
      String path = sitePath.startsWith(Lang.EN.prefix()) ? sitePath.substring(Lang.EN.prefix().length()) : sitePath;
      Owner found = owned.getOrDefault(path, Owner.NATION);
      // The deepest declared folder wins; none is deeper than data/<province>/<commune>/.
      int end = -1;
      for (int level = 0; level < 3; level++) {
        end = path.indexOf('/', end + 1);
        if (end < 0) {
          break;
        }
        found = owned.getOrDefault(path.substring(0, end + 1), found);
      }
      return found;
    }
  }
}
