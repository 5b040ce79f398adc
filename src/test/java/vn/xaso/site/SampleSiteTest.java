package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample project of the repository, built once and read back with jsoup. */
class SampleSiteTest {
  private static final Path PROJECT = Path.of("").toAbsolutePath();
  @TempDir static Path out;
  static BuiltSite site;

  @BeforeAll
  static void build() throws IOException {
    site = BuiltSite.build(PROJECT, out.resolve("site"));
  }

  @Test
  void everyPageExistsInBothLanguagesWithMatchingHreflangPairs() throws IOException {
    List<String> vi = site.pages().stream().filter(p -> !p.startsWith("en/")).toList();
    assertTrue(vi.size() > 20, "pages: " + vi);
    for (String page : vi) {
      String en = "en/" + page;
      assertTrue(site.files().contains(en), "no English page for " + page);
      Document v = site.page(page);
      Document e = site.page(en);
      assertEquals("vi", v.select("html").attr("lang"), page);
      assertEquals("en", e.select("html").attr("lang"), en);
      if (page.equals("404.html")) {
        continue;
      }
      for (Document d : List.of(v, e)) {
        assertEquals(d.select("link[hreflang=vi]").attr("href"), v.select("link[rel=canonical]").attr("href"), page);
        assertEquals(d.select("link[hreflang=en]").attr("href"), e.select("link[rel=canonical]").attr("href"), page);
        assertEquals(d.select("link[hreflang=x-default]").attr("href"), v.select("link[rel=canonical]").attr("href"));
      }
      assertEquals(en, BuiltSite.resolve(page, v.select("a.lang-switch").attr("href")), "switcher of " + page);
      assertEquals(page, BuiltSite.resolve(en, e.select("a.lang-switch").attr("href")), "switcher of " + en);
    }
  }

  @Test
  void everyInternalLinkAndAssetResolves() throws IOException {
    List<String> broken = new ArrayList<>();
    for (String page : site.pages()) {
      if (page.endsWith("404.html")) {
        continue;
      }
      Document doc = site.page(page);
      BuiltSite.hrefs(doc).filter(h -> !BuiltSite.isExternal(h) && !h.startsWith("#")).forEach(h -> {
        String target = BuiltSite.resolve(page, h);
        if (!site.files().contains(target)) {
          broken.add(page + " → " + h);
        }
      });
      for (Element canvas : doc.select("canvas[data-chart]")) {
        // The script draws from the table beside the canvas: a chart type it knows, and a table
        // with a figure (or a told gap) for every series in every row.
        Element fig = canvas.closest("figure.chart");
        if (!Set.of("bar", "line").contains(canvas.attr("data-chart")) || fig == null) {
          broken.add(page + " → chart of unknown type " + canvas.attr("data-chart"));
        } else if (DrawnChart.of(fig).path("datasets").isEmpty()) {
          broken.add(page + " → chart without series");
        }
      }
    }
    assertEquals(List.of(), broken);
  }

  @Test
  void nothingComesFromAnotherHostAndNothingRunsInline() throws IOException {
    for (String page : site.pages()) {
      Document doc = site.page(page);
      // application/ld+json is a data block browsers never execute; every other script must be a file.
      for (Element s : doc.select("script:not([type=application/ld+json])")) {
        assertFalse(s.attr("src").isEmpty(), "inline script in " + page);
        assertFalse(BuiltSite.isExternal(s.attr("src")), page + ": " + s.attr("src"));
        assertTrue(s.attr("integrity").startsWith("sha384-"), page + ": " + s.attr("src"));
      }
      for (Element l : doc.select("link[rel=stylesheet]")) {
        assertFalse(BuiltSite.isExternal(l.attr("href")), page);
      }
      assertTrue(doc.select("style, [style], img[src^=http]").isEmpty(), "inline style or foreign image in " + page);
      assertTrue(doc.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
          .noneMatch(a -> a.getKey().startsWith("on")), "event handler attribute in " + page);
      String csp = doc.select("meta[http-equiv=Content-Security-Policy]").attr("content");
      assertTrue(csp.startsWith("default-src 'self'") && !csp.contains("unsafe"), page + ": " + csp);
    }
  }

  @Test
  void reportChartTablesEqualTheYaml() throws IOException {
    String path = "hai-phong/hung-thang/2025-11-28_2025-12-05/";
    JsonNode yaml = new YAMLMapper().readTree(PROJECT.resolve("data/" + path.substring(0, path.length() - 1) + ".yaml").toFile());
    for (String lang : List.of("", "en/")) {
      Document doc = site.page(lang + path + "index.html");
      String notReported = lang.isEmpty() ? "không báo cáo" : "not reported";
      List<Element> procedures = doc.select("#chart-procedures tbody tr");
      List<String> fields = List.of("full_online", "partial_online", "not_online");
      assertEquals(fields.size(), procedures.size());
      for (int i = 0; i < fields.size(); i++) {
        assertCell(procedures.get(i).selectFirst("td"), yaml.path("procedures").path(fields.get(i)), notReported);
      }
      List<Element> blocks = doc.select("#chart-hardware tbody tr");
      List<String> blockNames = new ArrayList<>();
      yaml.path("infrastructure").fieldNames().forEachRemaining(blockNames::add);
      blockNames.remove("as_of");
      assertEquals(blockNames.size(), blocks.size());
      List<String> series = List.of("computers", "adequate", "anti_malware");
      for (int b = 0; b < blockNames.size(); b++) {
        JsonNode hw = yaml.path("infrastructure").path(blockNames.get(b)).path("hardware");
        List<Element> cells = blocks.get(b).select("td");
        for (int s = 0; s < series.size(); s++) {
          assertCell(cells.get(s), hw.path(series.get(s)), notReported);
        }
      }
    }
  }

  /**
   * What each report's charts draw (their data-chart attribute), compared with the YAML itself and
   * with shares the test works out from the YAML's own figures, not with the page's tables.
   */
  @Test
  void reportChartsDrawTheFiguresOfTheYaml() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Path> reports;
    try (Stream<Path> walk = Files.walk(PROJECT.resolve("data"))) {
      reports = walk.filter(f -> f.getFileName().toString().matches("[0-9].*\\.yaml")
          && !f.getFileName().toString().endsWith(".evidence.yaml")).sorted().toList();
    }
    assertEquals(3, reports.size());
    for (Path yamlFile : reports) {
      JsonNode yaml = new YAMLMapper().readTree(yamlFile.toFile());
      String path = PROJECT.resolve("data").relativize(yamlFile).toString().replace('\\', '/').replaceFirst("\\.yaml$", "/");
      for (String lang : List.of("", "en/")) {
        Document doc = site.page(lang + path + "index.html");
        JsonNode procedures = yaml.path("procedures");
        if (doc.selectFirst("#chart-procedures canvas") != null) {
          JsonNode drawn = DrawnChart.of(doc.selectFirst("figure#chart-procedures"));
          // The three levels, then "partly or not online" when the report gives that sum instead.
          List<Double> expected = new ArrayList<>(java.util.Arrays.asList(number(procedures.path("full_online")),
              number(procedures.path("partial_online")), number(procedures.path("not_online"))));
          if (procedures.has("partial_or_not_online")) {
            expected.add(number(procedures.path("partial_or_not_online")));
          }
          assertEquals(expected, numbers(drawn.path("datasets").get(0)), path);
        }
        if (doc.selectFirst("#chart-hardware canvas") != null) {
          JsonNode drawn = DrawnChart.of(doc.selectFirst("figure#chart-hardware"));
          List<String> blocks = new ArrayList<>();
          yaml.path("infrastructure").fieldNames().forEachRemaining(blocks::add);
          blocks.remove("as_of");
          List<String> series = List.of("computers", "adequate", "anti_malware");
          for (int s = 0; s < series.size(); s++) {
            List<Double> expected = new ArrayList<>();
            for (String b : blocks) {
              expected.add(number(yaml.path("infrastructure").path(b).path("hardware").path(series.get(s))));
            }
            assertEquals(expected, numbers(drawn.path("datasets").get(s)), path + " " + series.get(s));
          }
        }
        JsonNode shares = DrawnChart.of(doc.selectFirst("figure#chart-indicators"));
        assertEquals(java.util.Arrays.asList(share(procedures, "full_online"), share(procedures, "full_online", "partial_online")),
            numbers(shares.path("datasets").get(0)).subList(0, 2), path + " procedure shares");
      }
    }
  }

  /** 100 × the parts ÷ the stated total, or the sum of the three-part split, to two decimals; null without them. */
  private static Double share(JsonNode procedures, String... parts) {
    double total = procedures.has("total") ? procedures.path("total").asDouble()
        : procedures.has("not_online") ? procedures.path("full_online").asDouble() + procedures.path("partial_online").asDouble()
            + procedures.path("not_online").asDouble()
        : procedures.path("full_online").asDouble() + procedures.path("partial_or_not_online").asDouble();
    double part = 0;
    for (String p : parts) {
      if (!procedures.has(p) || total == 0) {
        return null;
      }
      part += procedures.path(p).asDouble();
    }
    return Math.round(10000 * part / total) / 100.0;
  }

  private static Double number(JsonNode value) {
    return value.isMissingNode() || value.isNull() ? null : value.asDouble();
  }

  private static List<Double> numbers(JsonNode dataset) {
    List<Double> out = new ArrayList<>();
    dataset.path("data").forEach(v -> out.add(number(v)));
    return out;
  }

  /** A cell equals the YAML number, or reads "not reported" (never 0) when the YAML leaves it out. */
  private static void assertCell(Element td, JsonNode value, String notReported) {
    if (value.isMissingNode() || value.isNull()) {
      assertEquals(notReported, td.text(), td.outerHtml());
      assertFalse(td.hasAttr("data-value"));
    } else {
      assertEquals(value.asDouble(), Double.parseDouble(td.attr("data-value")), td.outerHtml());
    }
  }

  @Test
  void chartFilesCarryTheSameNumbersAsTheirTables() throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (String page : site.pages()) {
      Document doc = site.page(page);
      for (Element fig : doc.select("figure.chart")) {
        String file = page + "#" + fig.id();
        JsonNode data = DrawnChart.of(fig).path("datasets");
        List<Element> rows = fig.select("tbody tr");
        // The script draws a cell without data-value as a gap: the reader sees the same gap in words.
        String gap = page.startsWith("en/") ? "not reported" : "không báo cáo";
        for (Element td : fig.select("tbody td.num")) {
          assertEquals(!td.hasAttr("data-value"), td.text().equals(gap), file + " " + td.outerHtml());
        }
        // The chart's figures, in a file named for the page's language: its own file with an Excel
        // copy, or on report and commune pages the page's one file of every chart, rows named by title.
        String csv = BuiltSite.resolve(page, fig.select("a[download]").first().attr("href"));
        assertTrue(site.files().contains(csv), csv);
        assertTrue(csv.endsWith(page.startsWith("en/") ? "-en.csv" : "-vi.csv"), csv);
        String text;
        if (csv.substring(csv.lastIndexOf('/') + 1).startsWith("charts-")) {
          assertFalse(site.files().contains(csv.replace(".csv", ".excel.csv")), csv);
          String title = fig.selectFirst("figcaption").text();
          List<org.apache.commons.csv.CSVRecord> mine = org.apache.commons.csv.CSVFormat.RFC4180
              .parse(new java.io.StringReader(site.text(csv).replace("\uFEFF", ""))).getRecords().stream()
              .filter(r -> r.get(0).equals(title)).toList();
          assertEquals(rows.size() * data.size(), mine.size(), csv + " " + title);
          text = mine.stream().map(r -> "," + r.get(3) + ",").collect(java.util.stream.Collectors.joining());
        } else {
          assertTrue(site.files().contains(csv.replace(".csv", ".excel.csv")), csv);
          assertEquals(rows.size() + 1, site.text(csv).lines().count(), csv);
          text = site.text(csv);
        }
        fig.select("td[data-value]").forEach(td -> assertTrue(
            text.contains("," + new java.math.BigDecimal(td.attr("data-value")).stripTrailingZeros().toPlainString() + ","),
            csv + " lacks " + td.attr("data-value")));
        assertNotNull(fig.selectFirst("canvas[role=img][aria-label]"), file);
        assertFalse(fig.select("figcaption").text().isBlank());
        assertFalse(fig.select(".chart-source").text().isBlank());
      }
    }
  }

  @Test
  void missingFiguresAreNamedOnceAfterWhatTheReportGivesNeverAsZero() throws IOException {
    // dossiers.carried_over is absent from the sample report: the section says so once, after the figures it has.
    Document vi = site.page("hai-phong/hung-thang/2025-11-28_2025-12-05/index.html");
    Element dossiers = vi.selectFirst("#dossiers");
    assertTrue(dossiers.select("dl dt").eachText().contains("Hồ sơ tiếp nhận trong kỳ"), dossiers.text());
    assertFalse(dossiers.select("dl dt").eachText().contains("Hồ sơ kỳ trước chuyển sang"), "no row for a missing figure");
    assertFalse(dossiers.select("dd").text().contains("không báo cáo"), dossiers.select("dd").text());
    Element missing = dossiers.selectFirst("p.missing");
    assertTrue(missing.text().startsWith("Báo cáo không nêu: ") && missing.text().contains("Hồ sơ kỳ trước chuyển sang"),
        missing.text());
    // What is missing comes after what is given: not stated, mentioned without a figure, not recorded here.
    assertEquals(List.of("p", "div", "p"), dossiers.children().stream().skip(dossiers.children().indexOf(missing))
        .map(Element::tagName).toList(), "what is missing comes after what is given");
    assertTrue(vi.select("p.missing").stream().noneMatch(x -> x.text().contains("Ghi chú")),
        "a transcriber's note left out is nothing the report fails to give");
    Document en = site.page("en/hai-phong/hung-thang/2025-11-28_2025-12-05/index.html");
    assertTrue(en.selectFirst("#dossiers p.missing").text().contains("The report does not state: ")
        && en.selectFirst("#dossiers p.missing").text().contains("Carried over from the previous period"));
    // Whole parts the report leaves out: one sentence at the end, no empty section each.
    // Hùng Thắng's text speaks of finance (#21): no part of it is said to be left out, finance is mentioned.
    assertNull(vi.selectFirst("#as-reported #not-given"));
    Document chiMinh = site.page("hai-phong/chi-minh/2025-07-31/index.html");
    Element parts = chiMinh.selectFirst("#as-reported #not-given");
    assertNotNull(parts);
    assertEquals(List.of("not-given", ""), chiMinh.selectFirst("#as-reported").children().stream()
        .skip(chiMinh.selectFirst("#as-reported").children().indexOf(parts)).map(Element::id).toList());
    assertTrue(vi.select("#as-reported section.part").stream().noneMatch(x -> x.text().contains("Báo cáo không nêu phần này")));
    assertTrue(vi.select("#confirmed-as-reported").isEmpty(), "confirmed_as_reported is for the validator, not a part of the report");
  }

  @Test
  void theFieldsRealReportsCarryShowInBothLanguages() throws IOException {
    String hungThang = "hai-phong/hung-thang/2025-11-28_2025-12-05/index.html";
    Document vi = site.page(hungThang);
    Document en = site.page("en/" + hungThang);
    assertEquals("100%", field(vi, "#infrastructure-front-connectivity", "Tỷ lệ liên thông"));
    assertEquals("100%", field(en, "#infrastructure-front-connectivity", "Share linked up"));
    assertTrue(vi.selectFirst("#infrastructure-front-connectivity > p.missing").text().contains("Vùng còn lõm sóng"),
        "the report does not say there is none: named as not given, never 0");
    assertEquals("100%", field(vi, "#human-resources",
        "Tỷ lệ cán bộ xử lý hồ sơ trên dịch vụ công được tập huấn"));
    Element cited = vi.select("#cites tbody tr").stream().filter(tr -> tr.child(0).text().equals("20/2020/QĐ-TTg"))
        .findFirst().orElseThrow();
    assertEquals("22/07/2020", cited.child(2).text(), "a cited legal basis keeps its date");
    assertEquals("22 Jul 2020", en.select("#cites tbody tr").stream()
        .filter(tr -> tr.child(0).text().equals("20/2020/QĐ-TTg")).findFirst().orElseThrow().child(2).text());
    String chiMinh = "hai-phong/chi-minh/2025-07-31/index.html";
    assertEquals("kiêm nhiệm", field(site.page(chiMinh), "#human-resources",
        "Cán bộ CNTT, an toàn thông tin: chuyên trách hay kiêm nhiệm"));
    assertEquals("part-time, alongside other duties", field(site.page("en/" + chiMinh), "#human-resources",
        "IT and information-security staff: dedicated or part-time"));
  }

  private static String field(Document page, String section, String label) {
    return page.select(section + " dl div").stream().filter(d -> d.selectFirst("dt").text().equals(label))
        .findFirst().orElseThrow(() -> new AssertionError(label + " not in " + section)).selectFirst("dd").text();
  }

  @Test
  void numbersAndDatesFollowTheLanguage() throws IOException {
    Document vi = site.page("hai-phong/hung-thang/2025-11-28_2025-12-05/index.html");
    Document en = site.page("en/hai-phong/hung-thang/2025-11-28_2025-12-05/index.html");
    assertTrue(vi.select("h1 small").text().contains("28/11/2025 – 05/12/2025"), vi.select("h1").text());
    assertTrue(en.select("h1 small").text().contains("28 Nov 2025 – 5 Dec 2025"), en.select("h1").text());
  }

  @Test
  void communeAndReportPagesLinkTheProvinceZipAndNameTheCommunesFolderInIt() throws IOException {
    java.util.Map<String, byte[]> zip = vn.xaso.testing.Zips.read(site.root().resolve("data/hai-phong/hai-phong.zip"));
    for (String page : List.of("hai-phong/hung-thang/index.html", "hai-phong/hung-thang/2025-11-28_2025-12-05/index.html",
        "en/hai-phong/hung-thang/index.html", "en/hai-phong/hung-thang/2025-11-28_2025-12-05/index.html")) {
      Document doc = site.page(page);
      List<String> links = doc.select("#downloads a").eachAttr("href").stream()
          .map(h -> BuiltSite.resolve(page, h)).toList();
      assertTrue(links.contains("data/hai-phong/hai-phong.zip"), page + " " + links);
      links.forEach(l -> assertTrue(site.files().contains(l), l));
      // The line says which folder of the zip is the commune's, and every file it names is there, with its Excel copy.
      String line = doc.select("#downloads li").stream().filter(li -> li.selectFirst("a").text().equals("hai-phong.zip"))
          .findFirst().orElseThrow().text();
      assertTrue(line.contains("hai-phong/hung-thang/"), line);
      java.util.regex.Matcher named = java.util.regex.Pattern.compile("[a-z]+\\.csv").matcher(line);
      int files = 0;
      while (named.find()) {
        files++;
        assertTrue(zip.containsKey("hai-phong/hung-thang/" + named.group()), line + " " + named.group());
        assertTrue(zip.containsKey("hai-phong/hung-thang/" + named.group().replace(".csv", ".excel.csv")), named.group());
      }
      assertEquals(7, files, line);
      assertTrue(zip.containsKey("hai-phong/hung-thang/data.json"));
    }
    Document province = site.page("hai-phong/index.html");
    assertEquals(List.of("../data/hai-phong/hai-phong.zip"), province.select("#downloads a").eachAttr("href"));
    assertTrue(province.selectFirst("#downloads li").text().contains("hai-phong/"), province.selectFirst("#downloads li").text());
  }

  @Test
  void yearsAreNamesNotQuantities() throws IOException {
    // Chí Minh's finance.year is 2025: never "2.025 năm" or "2,025 year".
    for (String lang : List.of("", "en/")) {
      Document doc = site.page(lang + "hai-phong/chi-minh/2025-07-31/index.html");
      Element year = doc.select("#finance dl div").stream()
          .filter(d -> d.selectFirst("dt").text().equals(lang.isEmpty() ? "Năm ngân sách" : "Budget year"))
          .findFirst().orElseThrow();
      assertEquals("2025", year.selectFirst("dd").text());
    }
  }

  /** The fold of assets/js/site.js, which the reader's query goes through; {@link #scriptFold} mirrors it step by step. */
  private static final String SCRIPT_FOLD = """
        function fold(text) {
          return text.toLowerCase().replace(/đ/g, 'd').normalize('NFD').replace(/\\p{M}+/gu, '')
            .replace(/[^a-z0-9]+/g, ' ').trim();
        }
      """;

  /** The script's fold, written again here rather than borrowed from {@link Fold}, which built the index. */
  private static String scriptFold(String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT).replace("đ", "d");
    String decomposed = java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return decomposed.replaceAll("[^a-z0-9]+", " ").strip();
  }

  /** The script's search: entries whose key holds every word of the folded query, the first 20. */
  private static List<String> scriptSearch(JsonNode index, String query) {
    String q = scriptFold(query);
    List<String> hits = new ArrayList<>();
    if (q.isEmpty()) {
      return hits;
    }
    for (JsonNode e : index) {
      if (java.util.Arrays.stream(q.split(" ")).allMatch(w -> e.path("key").asText().contains(w)) && hits.size() < 20) {
        hits.add(e.path("path").asText());
      }
    }
    return hits;
  }

  @Test
  void searchFindsCommunesAsReadersTypeThemWithOrWithoutDiacritics() throws IOException {
    String script = site.text("assets/js/site.js");
    assertTrue(script.replaceAll("\\s+", " ").contains(SCRIPT_FOLD.strip().replaceAll("\\s+", " ")),
        "site.js folds differently from what this test mirrors: update scriptFold with it");
    JsonNode index = new ObjectMapper().readTree(site.text("search.json"));
    for (String query : List.of("hung thang", "Hung Thang", "HÙNG THẮNG", "hùng thắng", "thang hung",
        java.text.Normalizer.normalize("Hùng Thắng", java.text.Normalizer.Form.NFD), "  hung---thang ", "hùng thắng hải phòng")) {
      assertEquals(List.of("hai-phong/hung-thang/"), scriptSearch(index, query), query);
    }
    assertEquals(List.of("hai-phong/chi-minh/"), scriptSearch(index, "chí minh"));
    assertEquals(List.of("hai-phong/chi-minh/", "quang-ngai/minh-long/"), scriptSearch(index, "minh"));
    assertEquals(List.of("quang-ngai/minh-long/"), scriptSearch(index, "Quảng Ngãi"));
    assertEquals(List.of(), scriptSearch(index, "hà nội"));
    assertEquals(List.of(), scriptSearch(index, " - "));
    for (JsonNode e : index) {
      assertTrue(site.files().contains(e.path("path").asText() + "index.html"), e.toString());
    }
  }

  @Test
  void sitemapFeedsAndNotFoundPagesExist() throws IOException {
    // An index of one sitemap per province and one for the rest, so none passes 50,000 addresses.
    Document index = org.jsoup.Jsoup.parse(site.text("sitemap.xml"), "", org.jsoup.parser.Parser.xmlParser());
    List<String> files = index.select("sitemapindex > sitemap > loc").eachText();
    assertEquals(List.of("sitemaps/site.xml", "sitemaps/hai-phong.xml", "sitemaps/quang-ngai.xml"),
        files.stream().map(u -> u.substring(u.indexOf("sitemaps/"))).toList());
    List<String> urls = new java.util.ArrayList<>();
    for (String file : files) {
      Document sitemap = org.jsoup.Jsoup.parse(site.text(file.substring(file.indexOf("sitemaps/"))), "",
          org.jsoup.parser.Parser.xmlParser());
      urls.addAll(sitemap.select("urlset > url > loc").eachText());
    }
    assertEquals(2 * site.pages().stream().filter(p -> !p.startsWith("en/") && p.endsWith("index.html")).count(),
        urls.size());
    assertEquals(urls.size(), new java.util.HashSet<>(urls).size(), "each address once");
    for (String feed : List.of("feed.xml", "en/feed.xml")) {
      Document atom = org.jsoup.Jsoup.parse(site.text(feed), "", org.jsoup.parser.Parser.xmlParser());
      assertEquals(site.pages().stream().filter(p -> p.matches("(?!en/|indicators/)[^/]+/[^/]+/[^/]+/index.html")).count(),
          atom.select("entry").size(), feed);
    }
    assertTrue(site.files().containsAll(List.of("404.html", "en/404.html", "robots.txt")));
  }

  @Test
  void buildIsDeterministic(@TempDir Path again) throws IOException {
    BuiltSite second = BuiltSite.build(PROJECT, again.resolve("site"));
    assertEquals(site.files(), second.files());
    for (String f : site.files()) {
      assertTrue(java.util.Arrays.equals(Files.readAllBytes(site.root().resolve(f)),
          Files.readAllBytes(second.root().resolve(f))), f);
    }
  }

  @Test
  void contentPagesAppearInBothLanguages() throws IOException {
    for (String name : List.of("about", "methodology", "open-data", "contribute")) {
      for (String lang : List.of("", "en/")) {
        Document doc = site.page(lang + name + "/index.html");
        assertFalse(doc.select("main article h1").text().isBlank(), lang + name);
      }
    }
  }

  @Test
  void theCatalogueCarriesDatasetJsonLdAndListsTheNationalAndProvincialFiles() throws IOException {
    Document doc = site.page("data/index.html");
    var block = doc.selectFirst("script[type=application/ld+json]");
    assertNotNull(block);
    com.fasterxml.jackson.databind.JsonNode ld = new com.fasterxml.jackson.databind.ObjectMapper().readTree(block.data());
    assertEquals("Dataset", ld.path("@type").asText());
    assertEquals("https://xaso.github.io/xaso/data/", ld.path("url").asText());
    List<String> downloads = new java.util.ArrayList<>();
    ld.path("distribution").forEach(d -> downloads.add(d.path("contentUrl").asText()));
    assertTrue(downloads.contains("https://xaso.github.io/xaso/data/all/reports.csv"), downloads.toString());
    assertTrue(downloads.contains("https://xaso.github.io/xaso/data/xaso-open-data.zip"), downloads.toString());
    List<String> listed = doc.select("table.catalogue td a").eachText();
    assertTrue(listed.contains("data/all/indicators.csv") && listed.contains("data/hai-phong/hai-phong.zip"), listed.toString());
    assertFalse(listed.stream().anyMatch(f -> f.startsWith("data/hai-phong/") && f.endsWith(".csv")), "a province's tables are in its zip");
    assertFalse(listed.stream().anyMatch(f -> f.startsWith("data/hai-phong/hung-thang/")), "commune files are on commune pages");
    // It says what it lists, and the count of what it leaves out adds up to every open-data file.
    long dataFiles = site.files().stream().filter(f -> f.startsWith("data/") && !f.endsWith(".html")).count();
    String scope = doc.selectFirst(".catalogue-scope").text();
    assertTrue(scope.startsWith("Danh mục này liệt kê " + listed.size() + " tệp"), scope);
    assertTrue(scope.contains((dataFiles - listed.size()) + " tệp còn lại"), scope);
    assertTrue(site.files().stream().filter(f -> f.startsWith("data/") && !f.endsWith(".html"))
        .filter(f -> !listed.contains(f)).allMatch(f -> f.matches("data/[^/]+/[^/]+/.*")),
        "every file the catalogue leaves out is a commune's or a report's");
  }

  @Test
  void wordsForCitizensNoCodesOrFieldPathsOnVietnamesePagesAndOneDossierInEnglish() throws IOException {
    String report = "hai-phong/hung-thang/2025-11-28_2025-12-05/index.html";
    Document vi = site.page(report);
    String text = vi.select("main").text();
    for (String code : List.of("stable, unstable", "xa, phuong", "procedures.total", "dossiers.received",
        "hardware.computers", "human_resources.trained", "nếu chỉ biết qua chữ ký số")) {
      assertFalse(text.contains(code), code + " on " + report);
    }
    for (String page : List.of("indicators/index.html", "indicators/staff_trained/index.html",
        "indicators/dossiers_received/index.html", "en/indicators/index.html")) {
      if (site.files().contains(page)) {
        String words = site.page(page).select("main").text();
        for (String path : List.of("procedures.total", "dossiers.received", "hardware.computers", "human_resources.trained")) {
          assertFalse(words.contains(path), path + " on " + page);
        }
      }
    }
    assertEquals("Xã Hùng Thắng", vi.selectFirst("h1").ownText());
    assertTrue(vi.title().startsWith("Xã Hùng Thắng — "), vi.title());
    Document en = site.page("en/" + report);
    String withdrawn = en.select("#dossiers dl div").stream().filter(d -> d.selectFirst("dt").text().equals("Withdrawn by the applicant"))
        .findFirst().orElseThrow().selectFirst("dd").text();
    assertEquals("1 dossier", withdrawn);
    assertTrue(en.select("main").text().contains("223 dossiers"), "plural stays plural");
  }

  @Test
  void smallThingsTitleFaviconAndOneNameForEachPage() throws IOException {
    Document home = site.page("index.html");
    String siteTitle = home.selectFirst("meta[property=og:site_name]").attr("content");
    assertEquals(siteTitle, home.title(), "the home page's title is the site's name, once");
    assertEquals(site.page("status/index.html").selectFirst("h1").text() + " · " + siteTitle,
        site.page("status/index.html").title());
    for (String page : List.of("index.html", "hai-phong/hung-thang/index.html", "en/status/index.html", "404.html")) {
      Document d = site.page(page);
      String icon = d.selectFirst("link[rel=icon]").attr("href");
      // 404.html links from the base URL's path (here /xaso/), since the host serves it at any depth.
      String file = page.equals("404.html") ? icon.replaceFirst("^/xaso/", "") : BuiltSite.resolve(page, icon);
      assertTrue(site.files().contains(file), page + " " + icon);
    }
    // One name, one page: the same words in the menu and the footer lead to the same place.
    for (String page : List.of("index.html", "en/index.html")) {
      Document d = site.page(page);
      Map<String, String> byText = new java.util.HashMap<>();
      for (Element a : d.select("header nav a, footer a")) {
        String target = BuiltSite.resolve(page, a.attr("href"));
        String before = byText.putIfAbsent(a.text(), target);
        assertTrue(before == null || before.equals(target), page + ": \"" + a.text() + "\" leads to " + before + " and " + target);
      }
    }
  }

  @Test
  void chartBoxesAreReservedBeforeTheScriptRunsAndHiddenWithoutIt() throws IOException {
    Document d = site.page("indicators/online_share/index.html");
    assertFalse(d.select(".chart-box").isEmpty());
    assertTrue(d.select(".chart-box[hidden]").isEmpty(), "a hidden box appears late and pushes the table down");
    String noscript = d.selectFirst("head noscript").html();
    assertTrue(noscript.contains("assets/css/noscript.css"), noscript);
    assertTrue(site.text("assets/css/noscript.css").contains(".chart-box { display: none; }"));
    // Chart.js is not on every page up front: site.js loads it, from this site, with its integrity.
    assertTrue(d.select("script[src*=chart]").isEmpty());
    String chartJs = BuiltSite.resolve("indicators/online_share/index.html", d.selectFirst("script[data-chartjs]").attr("data-chartjs"));
    assertEquals(Assets.CHART_JS, chartJs);
    assertEquals(Assets.sri(Files.readAllBytes(site.root().resolve(chartJs))),
        d.selectFirst("script[data-chartjs]").attr("data-chartjs-integrity"));
    // On a phone, wide tables fall into one block per row: every cell says which column it is.
    for (String page : List.of("data-dictionary/index.html", "data/index.html", "status/index.html", "hai-phong/index.html")) {
      Document p = site.page(page);
      assertFalse(p.select("table.stack").isEmpty(), page);
      assertTrue(p.select("table.stack td").stream().allMatch(td -> !td.attr("data-label").isBlank()), page);
    }
  }
}
