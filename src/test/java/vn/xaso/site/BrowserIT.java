package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.xaso.build.Build;

/**
 * The sample site in Debian's headless Chromium, served on 127.0.0.1: every kind of page at a
 * phone's width and a desktop's, in both languages, checked with axe-core and by hand, with a
 * screenshot of each under target/screenshots/.
 */
class BrowserIT {
  /**
   * One page of each kind, as a path under a language's root: the kinds are those the registry
   * gave the built site's pages ({@code <meta name="xaso:page">}), each shown by its page with
   * the most charts (the first, in path order, among equals); the 404 page at an address that
   * does not exist.
   */
  static final Map<String, String> KINDS = new java.util.LinkedHashMap<>();
  static final int PHONE = 360;
  static final int DESKTOP = 1366;
  static final Path SHOTS = Path.of("target/screenshots");

  static Path site;
  static HttpServer server;
  static String base;
  static ChromeDriver driver;

  @BeforeAll
  static void start() throws IOException {
    Path chromium = Path.of(setting("XASO_CHROMIUM", "/usr/bin/chromium"));
    Path chromedriver = Path.of(setting("XASO_CHROMEDRIVER", "/usr/bin/chromedriver"));
    boolean present = Files.isExecutable(chromium) && Files.isExecutable(chromedriver);
    // On a developer's machine without a browser the stage is skipped, loudly; in CI it must run.
    if (!present && System.getenv("CI") != null) {
      throw new IllegalStateException("CI needs " + chromium + " and " + chromedriver + " (.ci/run installs them)");
    }
    Assumptions.assumeTrue(present, "No " + chromium + " or " + chromedriver
        + ": browser tests skipped (apt-get install chromium chromium-driver)");
    site = Files.createTempDirectory("xaso-browser").resolve("site");
    server = StaticServer.start(site);
    base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    // Built for this address, as `serve` does: the 404 page links from the base URL's path.
    Build.Result built = new Build().run(Path.of("").toAbsolutePath(), site, Build.Scope.SITE, base);
    assertTrue(built.ok(), built.problems().toString());
    KINDS.putAll(kinds(site));
    Files.createDirectories(SHOTS);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
        "--window-size=" + DESKTOP + ",900", "--lang=vi");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver.toFile())
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  /** One page of each kind of a built site, from its Vietnamese pages, as {@link #KINDS} lists them. */
  static Map<String, String> kinds(Path site) throws IOException {
    Map<String, String> kinds = new java.util.LinkedHashMap<>();
    Map<String, Integer> charts = new java.util.HashMap<>();
    List<Path> pages;
    try (var walk = Files.walk(site)) {
      pages = walk.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
    }
    for (Path file : pages) {
      String path = site.relativize(file).toString().replace('\\', '/');
      if (path.startsWith("en/")) {
        continue;
      }
      org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(file.toFile(), "UTF-8");
      String kind = doc.selectFirst("meta[name=xaso:page]").attr("content").split(" ")[0];
      int drawn = doc.select("canvas[data-chart]").size();
      if (kind.equals("not-found")) {
        kinds.put(kind, "no-such-page/");
      } else if (drawn > charts.getOrDefault(kind, -1)) {
        charts.put(kind, drawn);
        kinds.put(kind, path.replaceFirst("index\\.html$", ""));
      }
    }
    assertTrue(kinds.size() > 10, kinds.toString());
    return kinds;
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.stop(0);
    }
  }

  /**
   * Each width and language is a test of its own: axe over every kind of page took 80–85 s per
   * view on the loaded 2-core machine, and all four views in one test passed the 3-minute
   * timeout that stops a hung test (docs/testing.md).
   */
  static List<org.junit.jupiter.params.provider.Arguments> views() {
    List<org.junit.jupiter.params.provider.Arguments> out = new ArrayList<>();
    for (int width : List.of(PHONE, DESKTOP)) {
      for (String lang : List.of("vi", "en")) {
        out.add(org.junit.jupiter.params.provider.Arguments.of(width, lang));
      }
    }
    return out;
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{1} at {0} px")
  @org.junit.jupiter.params.provider.MethodSource("views")
  void everyKindOfPageRendersDrawsItsChartsAndStaysOnThisHost(int width, String lang) throws IOException {
    List<String> failures = new ArrayList<>();
    for (var kind : KINDS.entrySet()) {
      String url = base + (lang.equals("en") ? "en/" : "") + kind.getValue();
      String name = kind.getKey() + "-" + lang + "-" + width;
      open(url, width);
      failures.addAll(check(name));
      screenshot(name);
    }
    assertEquals(List.of(), failures, String.join("\n", failures));
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{1} at {0} px")
  @org.junit.jupiter.params.provider.MethodSource("views")
  void axeFindsNoViolationOnAnyKindOfPage(int width, String lang) {
    List<String> failures = new ArrayList<>();
    for (var kind : KINDS.entrySet()) {
      open(base + (lang.equals("en") ? "en/" : "") + kind.getValue(), width);
      Results results = new AxeBuilder().analyze(driver);
      for (Rule r : results.getViolations()) {
        List<String> targets = r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(5).toList();
        failures.add(kind.getKey() + "-" + lang + "-" + width + ": " + r.getId() + " (" + r.getImpact() + ") "
            + r.getHelp() + " " + targets);
      }
    }
    assertEquals(List.of(), failures, String.join("\n", failures));
  }

  /**
   * The canvas carries only its type: what Chart.js was given (labels, each series' name and
   * figures, null for a gap, the words drawn in it, the locale, a 100 % axis for percentages) is
   * what the table beside it holds, read from the served file with jsoup ({@link DrawnChart}).
   * Labels are compared as words, as a horizontal chart wraps them into lines.
   */
  @Test
  void eachChartDrawsTheFiguresOfTheTableBesideIt() throws IOException {
    List<String> failures = new ArrayList<>();
    int compared = 0;
    for (var kind : KINDS.entrySet()) {
      for (String lang : List.of("", "en/")) {
        String path = lang + kind.getValue();
        Path file = site.resolve(path + "index.html");
        if (!Files.isRegularFile(file)) {
          continue;
        }
        List<org.jsoup.nodes.Element> figures = org.jsoup.Jsoup.parse(file.toFile(), "UTF-8").select("figure.chart");
        if (figures.isEmpty()) {
          continue;
        }
        open(base + path, DESKTOP);
        String drawn = (String) js("return JSON.stringify(Array.from(document.querySelectorAll('figure.chart canvas'))"
            + ".map(c => { const ch = Chart.getChart(c); const o = ch.options;"
            + " const value = o.indexAxis === 'y' ? o.scales.x : o.scales.y;"
            + " return { type: ch.config.type, percent: value.max === 100, locale: o.locale,"
            + " missing: o.plugins.notReported.text, labels: ch.data.labels.map(l => [].concat(l).join(' ')),"
            + " datasets: ch.data.datasets.map(d => ({ label: d.label, data: d.data })) }; }))");
        JsonNode charts = new ObjectMapper().readTree(drawn);
        for (int i = 0; i < figures.size(); i++) {
          JsonNode table = DrawnChart.of(figures.get(i));
          JsonNode chart = charts.get(i);
          List<String> words = new ArrayList<>();
          table.path("labels").forEach(l -> words.add(l.isArray() ? l.get(0).asText() + " " + l.get(1).asText() : l.asText()));
          String where = path + "#" + figures.get(i).id();
          check(failures, where + " type", table.path("type"), chart.path("type"));
          check(failures, where + " percent", table.path("percent"), chart.path("percent"));
          check(failures, where + " locale", table.path("locale"), chart.path("locale"));
          check(failures, where + " labels", new ObjectMapper().valueToTree(words), chart.path("labels"));
          check(failures, where + " datasets", table.path("datasets"), chart.path("datasets"));
          boolean gap = false;
          for (JsonNode set : table.path("datasets")) {
            for (JsonNode v : set.path("data")) {
              gap |= v.isNull();
            }
          }
          if (gap) {
            check(failures, where + " words in a gap", table.path("missing"), chart.path("missing"));
          }
          compared++;
        }
      }
    }
    assertTrue(compared >= 10, compared + " charts compared");
    assertEquals(List.of(), failures, String.join("\n", failures));
  }

  /**
   * On a phone no label under upright bars lies on its side: Chart.js turned long ones and cut them at
   * the canvas's left edge ("Government (People's Committee)" lost its first words at 360 px). Each is
   * wrapped into level lines, and the widest line fits its bar's share of the axis.
   */
  @Test
  void onAPhoneTheLabelsUnderBarsLieLevelAndFitTheirShareOfTheAxis() throws IOException {
    List<String> failures = new ArrayList<>();
    int bars = 0;
    for (var kind : KINDS.entrySet()) {
      for (String lang : List.of("", "en/")) {
        String path = lang + kind.getValue();
        Path file = site.resolve(path + "index.html");
        if (!Files.isRegularFile(file) || org.jsoup.Jsoup.parse(file.toFile(), "UTF-8").select("figure.chart").isEmpty()) {
          continue;
        }
        open(base + path, PHONE);
        String drawn = (String) js("return JSON.stringify(Array.from(document.querySelectorAll('figure.chart canvas'))"
            + ".map(c => { const ch = Chart.getChart(c);"
            + " if (!ch || ch.config.type !== 'bar' || ch.options.indexAxis === 'y') return null;"
            + " const x = ch.scales.x; const ctx = ch.ctx; ctx.save();"
            + " ctx.font = Chart.helpers.toFont(x.options.ticks.font).string;"
            + " const lines = ch.data.labels.flatMap(l => [].concat(l));"
            + " const widest = Math.max(...lines.map(t => ctx.measureText(t).width)); ctx.restore();"
            + " return { id: c.closest('figure').id, rotation: x.labelRotation, widest: widest,"
            + " share: x.width / ch.data.labels.length }; }).filter(r => r))");
        for (JsonNode chart : new ObjectMapper().readTree(drawn)) {
          String where = path + "#" + chart.path("id").asText();
          if (chart.path("rotation").asDouble() != 0) {
            failures.add(where + ": labels turned " + chart.path("rotation").asDouble() + " degrees");
          }
          if (chart.path("widest").asDouble() > chart.path("share").asDouble()) {
            failures.add(where + ": a label line " + Math.round(chart.path("widest").asDouble()) + " px wide under a bar's "
                + Math.round(chart.path("share").asDouble()) + " px");
          }
          bars++;
        }
      }
    }
    assertTrue(bars >= 4, bars + " upright bar charts looked at");
    assertEquals(List.of(), failures, String.join("\n", failures));
  }

  /** Numbers compared as numbers: Chart.js holds 250 where the table's data-value reads 250 and jsoup's copy 250.0. */
  private static void check(List<String> failures, String what, JsonNode expected, JsonNode actual) {
    java.util.Comparator<JsonNode> numeric = (a, b) -> a.isNumber() && b.isNumber()
        ? Double.compare(a.asDouble(), b.asDouble()) : a.equals(b) ? 0 : 1;
    if (!expected.equals(numeric, actual)) {
      failures.add(what + ": table " + expected + ", drawn " + actual);
    }
  }

  @Test
  void onAPhoneTheCommuneAnswersAboveTheFoldAndRankingsAndMapTablesFitWithoutSidewaysScrolling() {
    for (String lang : List.of("", "en/")) {
      // Hùng Thắng gives the most headline figures of the sample (4): the longest summary to fit.
      open(base + lang + "hai-phong/hung-thang/", PHONE);
      // The answer is the list: each headline's value, date, rank and trend; notes may follow below the fold.
      double bottom = ((Number) js("return document.querySelector('#summary .summary-list').getBoundingClientRect().bottom"))
          .doubleValue();
      double fold = ((Number) js("return window.innerHeight")).doubleValue();
      assertTrue(bottom <= fold, lang + ": the commune's summary ends at " + bottom + " px, below the fold at " + fold);
      assertTrue(((Number) js("return document.querySelectorAll('#summary .summary-list li').length")).intValue() >= 3);
      for (String indicator : List.of("full_online_share", "online_share", "on_time_rate", "online_dossier_share")) {
        open(base + lang + "indicators/" + indicator + "/", PHONE);
        Object wide = js("return Array.from(document.querySelectorAll('table.ranking')).filter(t =>"
            + " t.scrollWidth > t.parentElement.clientWidth || Array.from(t.querySelectorAll('td, th'))"
            + ".some(c => c.getBoundingClientRect().right > window.innerWidth)).length");
        assertEquals(0, ((Number) wide).intValue(), lang + indicator + ": a ranking table is wider than the phone");
        // The map's table stacks each province's row on a phone: nothing in it scrolls sideways.
        Object mapWide = js("return Array.from(document.querySelectorAll('table.map-table')).filter(t =>"
            + " t.scrollWidth > t.parentElement.clientWidth || Array.from(t.querySelectorAll('tbody td, tbody th, caption'))"
            + ".some(c => c.getBoundingClientRect().right > window.innerWidth)).length");
        assertEquals(0, ((Number) mapWide).intValue(), lang + indicator + ": the map's table is wider than the phone");
        // Rank, commune with its province and period, value: on one row, not a stack of blocks.
        Object tall = js("return Array.from(document.querySelectorAll('table.ranking tbody tr'))"
            + ".filter(r => r.getBoundingClientRect().height > 120).length");
        assertEquals(0, ((Number) tall).intValue(), lang + indicator + ": a ranking row is taller than 120 px");
      }
    }
  }

  @Test
  void theLanguageSwitchKeepsThePage() {
    for (String path : KINDS.values()) {
      if (path.equals("no-such-page/")) {
        continue;
      }
      open(base + path, DESKTOP);
      driver.findElement(By.cssSelector("a.lang-switch")).click();
      assertEquals(base + "en/" + path, driver.getCurrentUrl());
      assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
      driver.findElement(By.cssSelector("a.lang-switch")).click();
      assertEquals(base + path, driver.getCurrentUrl());
    }
  }

  @Test
  void searchFindsACommuneTypedWithoutDiacriticsUsingTheKeyboardOnly() {
    open(base, PHONE);
    WebElement input = tabTo(By.id("q"));
    input.sendKeys("hung thang");
    By hit = By.cssSelector(".search-results a");
    // Each key press redraws the results: wait for the last drawing, tolerating the ones it replaced.
    new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElements(hit).stream().anyMatch(e -> e.getText().equals("Xã Hùng Thắng, Hải Phòng")));
    assertEquals(1, driver.findElements(hit).size());
    new Actions(driver).sendKeys(Keys.TAB).perform();
    assertEquals(driver.findElement(hit), driver.switchTo().activeElement(), "Tab goes to the first result");
    new Actions(driver).sendKeys(Keys.ENTER).perform();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/hai-phong/hung-thang/"));

    open(base + "en/", PHONE);
    input = tabTo(By.id("q"));
    input.sendKeys("xyzzy");
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> !d.findElement(By.cssSelector(".search-status")).getText().isEmpty());
  }

  @Test
  void theLanguageSwitchWorksFromTheKeyboard() {
    open(base + KINDS.get("report"), PHONE);
    tabTo(By.cssSelector("a.lang-switch"));
    new Actions(driver).sendKeys(Keys.ENTER).perform();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().equals(base + "en/" + KINDS.get("report")));
    tabTo(By.cssSelector("a.lang-switch"));
    new Actions(driver).sendKeys(Keys.ENTER).perform();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().equals(base + KINDS.get("report")));
  }

  /**
   * Report and commune pages, printed to A4 PDF as the browser's Print does, fit on one or two
   * pages and hold the page's address and citation, not its navigation; each PDF is kept under
   * target/screenshots/ to be looked at.
   */
  @Test
  void reportAndCommunePagesPrintOnAtMostTwoA4Pages() throws IOException {
    List<String> pages = List.of(KINDS.get("report"), KINDS.get("commune"), "hai-phong/chi-minh/2025-07-31/",
        "quang-ngai/minh-long/2025-10-08/", "quang-ngai/minh-long/");
    List<String> failures = new ArrayList<>();
    for (String lang : List.of("", "en/")) {
      for (String path : pages) {
        open(base + lang + path, DESKTOP);
        org.openqa.selenium.print.PrintOptions a4 = new org.openqa.selenium.print.PrintOptions();
        a4.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0));
        a4.setBackground(true);
        byte[] pdf = Base64.getDecoder().decode(driver.print(a4).getContent());
        String name = "print-" + (lang + path).replaceAll("[^a-z0-9-]+", "_") + ".pdf";
        Files.write(SHOTS.resolve(name), pdf);
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
          String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
          if (doc.getNumberOfPages() > 2) {
            failures.add(name + ": " + doc.getNumberOfPages() + " pages");
          }
          if (!text.contains(base + lang + path)) {
            failures.add(name + ": no page address");
          }
          String nav = driver.findElement(By.cssSelector(".site-header nav a[href$='status/']")).getAttribute("textContent");
          String copy = lang.isEmpty() ? "Sao chép liên kết" : "Copy link";
          if (text.contains(nav) || text.contains(copy)) {
            failures.add(name + ": navigation or buttons printed");
          }
        }
      }
    }
    assertEquals(List.of(), failures, String.join("\n", failures));
  }

  @Test
  void enterInAnyPagesFindBoxOpensTheFirstCommuneFound() {
    open(base + "en/" + KINDS.get("report"), PHONE);
    WebElement input = driver.findElement(By.id("site-q"));
    input.sendKeys("minh long");
    input.sendKeys(Keys.ENTER);
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().equals(base + "en/quang-ngai/minh-long/"));
    open(base + KINDS.get("ranking"), DESKTOP);
    input = driver.findElement(By.id("site-q"));
    input.sendKeys("hung");
    input.sendKeys(Keys.ENTER);
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().equals(base + "hai-phong/hung-thang/"));
  }

  @Test
  void copyLinkOpensThePageAtTheMapAndThePrintButtonShows() {
    open(base, DESKTOP);
    driver.findElement(By.cssSelector("#map-full-online-share a.copy-link")).click();
    assertEquals(base + "#map-full-online-share", driver.getCurrentUrl());
    open(base + KINDS.get("report"), DESKTOP);
    assertTrue(driver.findElement(By.cssSelector("button[data-print]")).isDisplayed());
  }

  private static String setting(String name, String otherwise) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? otherwise : value;
  }

  /** Presses Tab from the top of the page until {@code target} has the focus; fails after 40 presses. */
  private WebElement tabTo(By target) {
    WebElement wanted = driver.findElement(target);
    for (int i = 0; i < 40; i++) {
      new Actions(driver).sendKeys(Keys.TAB).perform();
      if (wanted.equals(driver.switchTo().activeElement())) {
        return wanted;
      }
    }
    throw new AssertionError("Tab never reaches " + target + " on " + driver.getCurrentUrl());
  }

  private void open(String url, int width) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", width == PHONE ? 780 : 900, "deviceScaleFactor", 1, "mobile", width == PHONE));
    driver.manage().logs().get(LogType.BROWSER);
    driver.manage().logs().get(LogType.PERFORMANCE);
    driver.get(url);
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    wait.until(d -> "complete".equals(js("return document.readyState")));
    // The tables that scroll sideways are made focusable after the first paint.
    wait.until(d -> Boolean.TRUE.equals(js("return new Promise(done => requestAnimationFrame(() => setTimeout(() => done(true), 50)))")));
    // Charts draw as they near the screen (TBT): bring each one there, after measuring the layout shift.
    shift = ((Number) js("return new Promise(done => { setTimeout(() => done(0), 150);"
        + " new PerformanceObserver(l => done(l.getEntries().filter(e => !e.hadRecentInput)"
        + ".reduce((n, e) => n + e.value, 0))).observe({type: 'layout-shift', buffered: true}); })")).doubleValue();
    long charts = ((Number) js("return document.querySelectorAll('canvas[data-chart]').length")).longValue();
    for (int i = 0; i < charts; i++) {
      String canvas = "document.querySelectorAll('canvas[data-chart]')[" + i + "]";
      js(canvas + ".scrollIntoView()");
      wait.until(d -> Boolean.TRUE.equals(js("return typeof Chart !== 'undefined' && !!Chart.getChart(" + canvas + ")")));
    }
    // Back to how a reader finds the page: at the top, and Tab starting there. Chromium 150 moves the point where
    // Tab starts to what scrollIntoView brought on screen, so the scrolling above would have a keyboard test start
    // at the last chart; focusing the body (focusable for the moment) and leaving it puts that point back at the top.
    js("window.scrollTo(0, 0); const b = document.body; b.tabIndex = -1; b.focus(); b.blur(); b.removeAttribute('tabindex')");
  }

  /** The cumulative layout shift of the page last opened, until its load. */
  private double shift;

  private List<String> check(String name) throws IOException {
    List<String> failures = new ArrayList<>();
    if (driver.findElements(By.tagName("h1")).size() != 1) {
      failures.add(name + ": not exactly one h1");
    }
    Object blank = js("return Array.from(document.querySelectorAll('canvas[data-chart]')).filter(c => {"
        + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
        + " for (let i = 3; i < d.length; i += 4) { if (d[i] !== 0) return false; } return true; }).length");
    if (((Number) blank).intValue() != 0) {
      failures.add(name + ": " + blank + " blank chart(s)");
    }
    if (shift >= 0.05) {
      failures.add(name + ": cumulative layout shift " + shift);
    }
    long scroll = ((Number) js("return document.documentElement.scrollWidth")).longValue();
    long view = ((Number) js("return document.documentElement.clientWidth")).longValue();
    if (scroll > view) {
      failures.add(name + ": scrolls sideways, " + scroll + " px wide in " + view + " px");
    }
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      boolean expected404 = name.startsWith("not-found") && e.getMessage().startsWith(driver.getCurrentUrl() + " ");
      if (e.getLevel().intValue() >= Level.WARNING.intValue() && !expected404) {
        failures.add(name + ": console " + e.getLevel() + " " + e.getMessage());
      }
    }
    ObjectMapper json = new ObjectMapper();
    for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
      JsonNode m = json.readTree(e.getMessage()).path("message");
      if (m.path("method").asText().equals("Network.requestWillBeSent")) {
        String url = m.path("params").path("request").path("url").asText();
        if (!url.startsWith(base) && !url.startsWith("data:")) {
          failures.add(name + ": request to another host: " + url);
        }
      }
    }
    return failures;
  }

  private void screenshot(String name) throws IOException {
    @SuppressWarnings("unchecked")
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
        Map.of("format", "png", "captureBeyondViewport", true));
    Files.write(SHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
  }

  private Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  /** The built site as a static host serves it: folders redirect to their slash, 404.html for what is missing. */
  static final class StaticServer {
    static HttpServer start(Path root) throws IOException {
      HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      s.createContext("/", exchange -> {
        try (exchange) {
          String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
          Path file = root.resolve(path.substring(1)).normalize();
          if (file.startsWith(root) && Files.isDirectory(file) && !path.endsWith("/")) {
            exchange.getResponseHeaders().set("Location", path + "/");
            exchange.sendResponseHeaders(301, -1);
            return;
          }
          if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
          }
          int status = 200;
          if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            status = 404;
            file = root.resolve(path.startsWith("/en/") ? "en/404.html" : "404.html");
          }
          String name = file.getFileName().toString();
          String type = name.endsWith(".html") ? "text/html; charset=utf-8"
              : name.endsWith(".css") ? "text/css" : name.endsWith(".js") ? "text/javascript"
              : name.endsWith(".json") ? "application/json" : name.endsWith(".svg") ? "image/svg+xml"
              : "application/octet-stream";
          byte[] body = Files.readAllBytes(file);
          exchange.getResponseHeaders().set("Content-Type", type);
          exchange.sendResponseHeaders(status, body.length);
          try (OutputStream os = exchange.getResponseBody()) {
            os.write(body);
          }
        }
      });
      s.start();
      return s;
    }
  }
}
