package vn.xaso.site;

import java.util.Set;
import java.util.TreeSet;
import vn.xaso.model.Lang;
import vn.xaso.publish.OutputFolder;

/**
 * The names the generated site takes for itself, as {@link SiteLayout} names them: a
 * province, commune or content page given one of them would overwrite a generated page or file
 * (a province {@code en} replacing the English home, {@code all} the national CSV files).
 * {@code ReservedNamesTest} builds a site and checks that every name it wrote is listed here or
 * belongs to a province, commune or content page, so a new kind of page cannot be missed.
 */
public final class Reserved {
  /** At the root of each language ({@link SiteRenderer}: national pages, feeds, assets, sitemaps). */
  static final Set<String> ROOT = Set.of(top(Lang.EN.prefix()), SiteLayout.file(Lang.VI, SiteLayout.home()),
      SiteLayout.NOT_FOUND, SiteLayout.FEED, SiteLayout.SEARCH, top(SiteLayout.indicators()), top(SiteLayout.status()),
      top(SiteLayout.catalogue()), top(SiteLayout.dictionary()), top(SiteLayout.glossary()), SiteLayout.ASSETS, SiteLayout.SITEMAPS,
      SiteLayout.SITEMAP_INDEX, SiteLayout.ROBOTS, "schema", OutputFolder.MARKER);
  /** Under {@code data/} ({@code DataPublisher}): the national files and the catalogue page beside the provinces' folders. */
  static final Set<String> DATA = Set.of("all", "index.html", "datapackage.json", "xaso-open-data.zip", "CHANGELOG.md",
      "data-dictionary.md");
  /** Under {@code sitemaps/}, beside one file per province: the one for every other page. */
  static final Set<String> SITEMAPS = Set.of(SiteLayout.SITE_SITEMAP);
  /** In a province's folder, beside its communes' folders: its page and the chart files it draws. */
  static final Set<String> PROVINCE = Set.of("index.html", "data.json");

  private Reserved() {}

  /** A page's folder at the language root: {@code indicators/} → {@code indicators}. */
  private static String top(String path) {
    return path.substring(0, path.indexOf('/'));
  }

  /** Whether a province may not be called {@code slug}: its folder sits at the root, in data/ and names a sitemap. */
  public static boolean province(String slug) {
    return root(slug) || DATA.contains(slug) || SITEMAPS.contains(slug);
  }

  /** Whether a commune may not be called {@code slug}: its folder sits in its province's, beside the province's zip. */
  public static boolean commune(String slug) {
    return PROVINCE.contains(slug) || chart(slug) || zip(slug);
  }

  /** A province's zip of its tables, {@code data/<province>/<province>.zip} ({@code DataPublisher}). */
  private static boolean zip(String name) {
    return name.endsWith(".zip");
  }

  /** Whether a content page may not be called {@code name}: it becomes {@code <name>/} at the root. */
  public static boolean page(String name) {
    return root(name);
  }

  private static boolean root(String name) {
    return ROOT.contains(name) || chart(name);
  }

  /** The chart files a home, province or ranking page writes beside itself. */
  private static boolean chart(String name) {
    return name.startsWith("chart-") && name.endsWith(".csv");
  }

  /** Every reserved name a province could take, sorted, for the hint. */
  public static String list() {
    Set<String> all = new TreeSet<>(ROOT);
    all.addAll(DATA);
    all.addAll(SITEMAPS);
    all.add("chart-*.csv");
    return String.join(", ", all);
  }
}
