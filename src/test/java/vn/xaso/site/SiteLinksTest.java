package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.sample.SampleGenerator;

/**
 * Every internal link of every page, followed: it must reach a file that exists (and the
 * fragment it names), and the page it reaches must be the one it says. Each page carries what it
 * is ({@code <meta name="xaso:page" content="commune hai-phong/hung-thang">}); the rules below
 * say what a link claims, from where it sits and what it reads, never from its path:
 * <ul>
 *   <li>the language switch reaches the same page in the other language; every other link stays
 *       in the page's language;</li>
 *   <li>the brand reaches home, the menu the pages {@link PageRegistry#menu} names, in order;</li>
 *   <li>the breadcrumbs of {@code report p/c/x} are home, {@code province p}, {@code commune p/c}; of
 *       its kept text ({@code text p/c/x}) home, {@code commune p/c}, {@code report p/c/x};</li>
 *   <li>a link whose text is the heading of commune, province or ranking pages reaches one of those;</li>
 *   <li>links to communes and reports in one table row or list item concern one commune, and a
 *       commune page links only its own reports;</li>
 *   <li>a chart's CSV holds that chart's figures (its labels, and its title in the long form);</li>
 *   <li>the open-data tables a province, commune or report page offers hold that unit's rows only.</li>
 * </ul>
 * Run on the sample and on a generated project of several communes in several provinces.
 */
class SiteLinksTest {
  @TempDir static Path dir;
  static BuiltSite sample;
  static BuiltSite generated;

  @BeforeAll
  static void build() throws IOException {
    sample = BuiltSite.build(Path.of(""), dir.resolve("sample"));
    Path project = dir.resolve("generated");
    new SampleGenerator(6, 2, 3).write(project, dir.resolve("no-template"));
    BuiltSite.copyTheme(project);
    generated = BuiltSite.build(project, dir.resolve("generated-site"));
  }

  @Test
  void everyLinkOfTheSampleLeadsWhereItSays() throws IOException {
    Site site = new Site(sample);
    assertEquals(List.of(), site.broken());
    assertTrue(site.followed > 1000, "links followed: " + site.followed);
  }

  @Test
  void everyLinkOfASeveralCommuneSiteLeadsWhereItSays() throws IOException {
    Site site = new Site(generated);
    assertEquals(List.of(), site.broken());
    assertTrue(site.identities.values().stream().filter(i -> i.startsWith("commune ")).count() >= 6 * 2,
        site.identities.values().toString());
  }

  @Test
  void everyKindOfPageOfTheRegistryIsOnTheSampleSiteAndSaysWhatItIs() throws IOException {
    Site site = new Site(sample);
    Set<String> kinds = new TreeSet<>();
    site.identities.values().forEach(i -> kinds.add(i.split(" ")[0]));
    assertEquals(new TreeSet<>(List.of("home", "province", "commune", "report", "indicators", "ranking", "status",
        "catalogue", "dictionary", "content", "not-found", "text", "glossary")), kinds,
        "A new kind of page: name it here once the sample has one of its pages, so its links are followed");
    assertEquals("commune hai-phong/hung-thang", site.identities.get("en/hai-phong/hung-thang/index.html"));
  }

  /**
   * The national status and ranking pages summarise per province: every commune must still be
   * reached from them by following links through their province parts, as when one page listed
   * them all. Status: every commune; each ranking: every commune with a report (ranked, or left
   * out with why).
   */
  @Test
  void everyCommuneIsStillReachedFromTheStatusAndEachRankingByLinks() throws IOException {
    Site site = new Site(generated);
    site.broken();
    Set<String> communes = new TreeSet<>();
    Set<String> reporting = new TreeSet<>();
    site.identities.values().forEach(i -> {
      if (i.startsWith("commune ")) {
        communes.add(Site.communeOf(i));
      } else if (i.startsWith("report ")) {
        reporting.add(Site.communeOf(i));
      }
    });
    assertTrue(communes.size() >= 6 && !reporting.isEmpty(), communes.toString());
    for (String lang : List.of("", "en/")) {
      assertEquals(communes, site.communesReached(lang + "status/index.html", "status"), lang + "status");
      for (String ranking : site.identities.values().stream().filter(i -> i.matches("ranking [a-z_]+")).distinct().toList()) {
        String page = lang + "indicators/" + ranking.substring("ranking ".length()) + "/index.html";
        assertEquals(reporting, site.communesReached(page, ranking), page);
      }
    }
  }

  @Test
  void aBreadcrumbToTheWrongPageIsCaught() throws IOException {
    // A report page whose commune crumb leads to the province (an existing page, the wrong one).
    String page = "hai-phong/hung-thang/2025-11-28_2025-12-05/index.html";
    Path file = sample.root().resolve(page);
    String original = Files.readString(file);
    try {
      Files.writeString(file, original.replace("› <a href=\"../\">", "› <a href=\"../../\">"));
      List<String> broken = new Site(sample).broken();
      assertEquals(List.of(
          page + ": \"xã Hùng Thắng\" ../../ reaches province hai-phong, not [commune hai-phong/hung-thang]",
          page + ": crumb 3 ../../ reaches province hai-phong, not commune hai-phong/hung-thang"), broken);
    } finally {
      Files.writeString(file, original);
    }
  }

  @Test
  void aLanguageSwitchToAnotherPageIsCaught() throws IOException {
    String page = "en/hai-phong/index.html";
    Path file = sample.root().resolve(page);
    String original = Files.readString(file);
    try {
      Files.writeString(file, original.replace("href=\"../../hai-phong/\" hreflang=\"vi\"", "href=\"../../\" hreflang=\"vi\""));
      assertEquals(List.of(page + ": language switch ../../ reaches home, not province hai-phong"), new Site(sample).broken());
    } finally {
      Files.writeString(file, original);
    }
  }

  /** One built site, its pages read once, its links followed. */
  static final class Site {
    final BuiltSite built;
    final Map<String, Document> docs = new LinkedHashMap<>();
    /** Page file → what it says it is. */
    final Map<String, String> identities = new LinkedHashMap<>();
    /** Language and the lower-cased heading of commune, province and ranking pages → their identities. */
    final Map<String, Set<String>> named = new HashMap<>();
    final List<String> broken = new ArrayList<>();
    int followed;

    /** The path of the site's base URL ({@code /xaso/}), from which the 404 page links. */
    final String base;

    Site(BuiltSite built) throws IOException {
      this.built = built;
      this.base = java.net.URI.create(built.page("index.html").selectFirst("link[rel=canonical]").attr("href")).getPath();
      for (String page : built.pages()) {
        Document doc = built.page(page);
        docs.put(page, doc);
        Element meta = doc.selectFirst("meta[name=xaso:page]");
        if (meta == null) {
          broken.add(page + ": says not what it is");
          continue;
        }
        String id = meta.attr("content");
        identities.put(page, id);
        String kind = id.split(" ")[0];
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && Set.of("commune", "province", "ranking").contains(kind)) {
          named.computeIfAbsent(lang(doc) + " " + h1.ownText().toLowerCase(Locale.ROOT).trim(), k -> new HashSet<>())
              .add(id);
        }
      }
    }

    List<String> broken() throws IOException {
      for (Map.Entry<String, Document> e : docs.entrySet()) {
        if (identities.containsKey(e.getKey())) {
          page(e.getKey(), e.getValue());
        }
      }
      return broken;
    }

    private void page(String page, Document doc) throws IOException {
      String id = identities.get(page);
      String lang = lang(doc);
      for (Element a : doc.select("a[href]")) {
        String href = a.attr("href");
        if (BuiltSite.isExternal(href) || href.startsWith("#") && doc.getElementById(href.substring(1)) != null) {
          continue;
        }
        followed++;
        // The 404 page links from the base URL's path, since the host serves it at any depth.
        String target = resolve(page, href);
        if (!built.files().contains(target)) {
          broken.add(page + ": " + href + " leads nowhere");
          continue;
        }
        String fragment = href.contains("#") ? href.substring(href.indexOf('#') + 1) : "";
        if (!fragment.isEmpty() && (!docs.containsKey(target) || docs.get(target).getElementById(fragment) == null)) {
          broken.add(page + ": " + href + " names a part its page does not have");
        }
        if (docs.containsKey(target)) {
          toPage(page, id, lang, a, href, target);
        } else {
          toFile(page, id, a, href, target);
        }
      }
      crumbs(page, id, doc);
      menu(page, doc);
    }

    /** A link to a page: its language, and which page, by what the link is. */
    private void toPage(String page, String id, String lang, Element a, String href, String target) {
      String reached = identities.get(target);
      String reachedLang = lang(docs.get(target));
      if (a.hasClass("lang-switch")) {
        expect(page, "language switch " + href, reached, id);
        if (reachedLang.equals(lang)) {
          broken.add(page + ": language switch " + href + " stays in " + lang);
        }
        return;
      }
      if (!reachedLang.equals(lang)) {
        broken.add(page + ": " + href + " leaves " + lang + " for " + reachedLang);
      }
      if (a.hasClass("brand")) {
        expect(page, "brand " + href, reached, "home");
      }
      // "xã Hùng Thắng, Hải Phòng — 28/11/2025 – 05/12/2025" names its commune before the comma.
      String text = a.text().toLowerCase(Locale.ROOT).trim();
      Set<String> namedPages = named.getOrDefault(lang + " " + text,
          text.contains(",") ? named.get(lang + " " + text.substring(0, text.indexOf(',')).trim()) : null);
      // A commune's name may also lead to one of its reports (a ranking row links the report behind the figure).
      // A ranking's name may also lead to a province's part of it (a commune's summary links its row there).
      if (namedPages != null && !namedPages.contains(reached) && !namedPages.contains("commune " + communeOf(reached))
          && namedPages.stream().noneMatch(n -> n.startsWith("ranking ") && reached.startsWith(n + "/"))) {
        broken.add(page + ": \"" + a.text() + "\" " + href + " reaches " + reached + ", not " + namedPages);
      }
      // Links to communes and reports in one row concern one commune; a commune page, its own reports.
      Element row = a.closest("tr, li");
      String commune = communeOf(reached);
      if (commune != null && row != null) {
        for (Element other : row.select("a[href]")) {
          String o = communeOf(identities.get(resolve(page, other.attr("href"))));
          if (o != null && !o.equals(commune)) {
            broken.add(page + ": one row links " + commune + " and " + o);
          }
        }
      }
      if (id.startsWith("commune ") && reached.startsWith("report ") && !commune.equals(communeOf(id))) {
        broken.add(page + ": " + href + " reaches " + reached + ", a report of another commune");
      }
    }

    /** A file: a chart's CSV holds that chart; a unit's open-data table holds that unit's rows. */
    private void toFile(String page, String id, Element a, String href, String target) throws IOException {
      if (!target.endsWith(".csv")) {
        return;
      }
      List<CSVRecord> rows = csv(target);
      Element figure = a.closest("figure.chart");
      if (figure != null) {
        JsonNode chart = DrawnChart.of(figure);
        Set<String> cells = new HashSet<>();
        rows.forEach(r -> r.forEach(cells::add));
        chart.path("labels").forEach(l -> {
          if (!cells.contains(l.asText())) {
            broken.add(page + ": " + href + " lacks " + l.asText() + " of chart " + figure.id());
          }
        });
        boolean longForm = rows.get(0).get(0).equals("Biểu đồ") || rows.get(0).get(0).equals("Chart");
        if (longForm && rows.stream().noneMatch(r -> r.get(0).equals(chart.path("title").asText()))) {
          broken.add(page + ": " + href + " lacks chart " + chart.path("title").asText());
        }
        return;
      }
      String[] unit = id.split(" ");
      if (unit.length < 2 || !Set.of("province", "commune", "report").contains(unit[0]) || !target.startsWith("data/")) {
        return;
      }
      String[] parts = unit[1].split("/");
      List<String> header = rows.get(0).toList();
      for (CSVRecord r : rows.subList(1, rows.size())) {
        String seen = r.get(header.indexOf("province"))
            + (parts.length > 1 ? "/" + r.get(header.indexOf("commune")) : "");
        String want = parts.length > 1 ? parts[0] + "/" + parts[1] : parts[0];
        if (!seen.equals(want)) {
          broken.add(page + ": " + href + " holds a row of " + seen);
          return;
        }
      }
    }

    /**
     * The communes whose page or report pages are linked from {@code start} or from the pages of
     * the same kind it leads to ({@code status}, {@code status <province>}; {@code ranking x},
     * {@code ranking x/<province>}), following links through those pages only.
     */
    Set<String> communesReached(String start, String identity) {
      Set<String> seen = new HashSet<>(List.of(start));
      List<String> queue = new ArrayList<>(List.of(start));
      Set<String> reached = new TreeSet<>();
      while (!queue.isEmpty()) {
        String page = queue.remove(queue.size() - 1);
        for (Element a : docs.get(page).select("main a[href]")) {
          String target = resolve(page, a.attr("href"));
          String id = identities.get(target);
          if (id == null) {
            continue;
          }
          if (communeOf(id) != null) {
            reached.add(communeOf(id));
          } else if ((id.equals(identity) || id.startsWith(identity + (identity.equals("status") ? " " : "/")))
              && seen.add(target)) {
            queue.add(target);
          }
        }
      }
      return reached;
    }

    /** The breadcrumbs: home, then the province and commune the page is part of. */
    private void crumbs(String page, String id, Document doc) {
      List<Element> crumbs = doc.select("nav.crumbs a[href]");
      if (crumbs.isEmpty()) {
        return;
      }
      List<String> want = new ArrayList<>(List.of("home"));
      String[] unit = id.split(" ");
      if (unit[0].equals("ranking")) {
        want.add("indicators");
      }
      // A province's part of a national page ("ranking x/p", "status p"): the national page, last.
      if (unit[0].equals("ranking") && unit[1].contains("/")) {
        want.add("ranking " + unit[1].substring(0, unit[1].indexOf('/')));
      }
      if (unit[0].equals("status") && unit.length > 1) {
        want.add("status");
      }
      if (unit.length > 1 && Set.of("commune", "report").contains(unit[0])) {
        String[] parts = unit[1].split("/");
        want.add("province " + parts[0]);
        if (unit[0].equals("report")) {
          want.add("commune " + parts[0] + "/" + parts[1]);
        }
      }
      if (unit[0].equals("text")) {
        // A report's kept text: its commune, then the report it is the text of.
        String[] parts = unit[1].split("/");
        want.add("commune " + parts[0] + "/" + parts[1]);
        want.add("report " + unit[1]);
      }
      if (crumbs.size() != want.size()) {
        broken.add(page + ": " + crumbs.size() + " crumbs, not " + want.size());
        return;
      }
      for (int i = 0; i < crumbs.size(); i++) {
        String href = crumbs.get(i).attr("href");
        expect(page, "crumb " + (i + 1) + " " + href, identities.get(resolve(page, href)), want.get(i));
      }
    }

    /** The menu: the pages the registry's menu names, in its order (content pages the site has). */
    private void menu(String page, Document doc) {
      List<Element> links = doc.select("header nav a[href]");
      List<PageRegistry.MenuEntry> entries = PageRegistry.menu(identities.values().stream()
          .filter(i -> i.startsWith("content ")).distinct()
          .map(i -> new ContentPages.Page(i.substring("content ".length()), "", "", false)).toList());
      if (links.size() != entries.size()) {
        broken.add(page + ": " + links.size() + " menu entries, not " + entries.size());
        return;
      }
      for (int i = 0; i < links.size(); i++) {
        String href = links.get(i).attr("href");
        expect(page, "menu " + href, identities.get(resolve(page, href)), entries.get(i).page().toString());
      }
    }

    /** Where a link lands, as a path under the site root; the 404 page's links start from the base URL's path. */
    private String resolve(String page, String href) {
      return BuiltSite.resolve(page, href.startsWith(base) ? rootward(page) + href.substring(base.length()) : href);
    }

    /** The way from a page up to the site root. */
    private static String rootward(String page) {
      return "../".repeat((int) page.chars().filter(c -> c == '/').count());
    }

    private void expect(String page, String what, String reached, String want) {
      if (!want.equals(reached)) {
        broken.add(page + ": " + what + " reaches " + reached + ", not " + want);
      }
    }

    private List<CSVRecord> csv(String file) throws IOException {
      String text = built.text(file);
      text = text.startsWith("\uFEFF") ? text.substring(1) : text;
      return CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
    }

    /** {@code p/c} of a commune or report page's identity, else null. */
    static String communeOf(String identity) {
      if (identity == null || !(identity.startsWith("commune ") || identity.startsWith("report "))) {
        return null;
      }
      String[] parts = identity.split(" ")[1].split("/");
      return parts[0] + "/" + parts[1];
    }

    private static String lang(Document doc) {
      return doc.selectFirst("html").attr("lang");
    }
  }
}
