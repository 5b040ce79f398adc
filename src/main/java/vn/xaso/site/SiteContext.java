package vn.xaso.site;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.xaso.model.Lang;
import vn.xaso.model.SiteConfig;
import vn.xaso.site.Views.Link;

/**
 * What every page of one language shares: labels, formats, the configuration, the asset
 * fingerprints and the navigation; and the page frame (URLs, alternates, switcher) for a path.
 */
public final class SiteContext {
  private final Lang lang;
  private final Show show;
  private final SiteConfig config;
  private final Map<String, String> integrity;
  private final List<ContentPages.Page> content;

  public SiteContext(Lang lang, SiteConfig config, Map<String, String> integrity, List<ContentPages.Page> content) {
    this.lang = lang;
    Messages messages = Messages.of(lang);
    this.show = new Show(lang, new Formats(lang), messages);
    this.config = config;
    this.integrity = integrity;
    this.content = content;
  }

  public Lang lang() {
    return lang;
  }

  public Show show() {
    return show;
  }

  public Messages t() {
    return show.messages();
  }

  public Formats f() {
    return show.formats();
  }

  public SiteConfig config() {
    return config;
  }

  public String baseUrl() {
    return config.baseUrl().endsWith("/") ? config.baseUrl() : config.baseUrl() + "/";
  }

  /** Absolute URL of a page path (relative to this language's root). */
  public String url(Lang l, String path) {
    return baseUrl() + l.prefix() + path;
  }

  /**
   * What the layout of every page reads: language, labels, the way back to the site root and to
   * the language's home, title, addresses (canonical, alternates, the other language), assets,
   * navigation and footer, and the language's feed.
   */
  public record Frame(String lang, Map<String, String> t, String root, String home, String title, String description,
      String siteTitle, String canonical, List<Link> alternates, String switchHref, String switchLang, Asset css,
      Asset noscriptCss, String favicon, List<Asset> scripts, Asset chartJs, List<Link> nav, Footer footer,
      String ogLocale, String ogImage, String ogImageAlt, String searchIndex, String findHref, String feed) {
    /** The names a template finds in the frame, before those of the page's own model. */
    static final java.util.Set<String> NAMES = java.util.Arrays.stream(Frame.class.getRecordComponents())
        .map(java.lang.reflect.RecordComponent::getName).collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** The footer: publisher, licence, repository, data version, and links to the content pages, dictionary and feed. */
  public record Footer(String publisher, Views.Shown licence, String repository, String dataVersion, List<Link> links) {}

  /** The frame of a page at {@code path} (relative to the language root, "" or ending in /). */
  public Frame frame(String path, String title, String description) {
    return frame(path, title, description, root(path));
  }

  /** The relative way from a page at {@code path} back to the site root ("" or "../../"). */
  public String root(String path) {
    return SiteLayout.siteRoot(lang, path);
  }

  /** The frame of the 404 page, which the host serves at any depth: links start from the site's base path. */
  public Frame notFoundFrame(String title) {
    String base = URI.create(baseUrl()).getPath();
    return frame("404.html", title, title, base);
  }

  private Frame frame(String path, String title, String description, String root) {
    return new Frame(lang.code(), t().all(), root, root + lang.prefix(), title, description,
        config.title().in(lang), url(lang, path),
        List.of(new Link(url(Lang.VI, path), "vi"), new Link(url(Lang.EN, path), "en"),
            new Link(url(Lang.VI, path), "x-default")),
        root + lang.other().prefix() + path, lang.other().code(),
        asset(root, "assets/css/site.css"), asset(root, "assets/css/noscript.css"), root + "assets/favicon.svg",
        // Chart.js (200 KB) is loaded by site.js when a chart nears the screen, not by every page up front.
        List.of(asset(root, "assets/js/site.js")), asset(root, Assets.CHART_JS),
        nav(root + lang.prefix()), footer(root + lang.prefix()), lang == Lang.VI ? "vi_VN" : "en_GB",
        baseUrl() + PreviewImage.PATH, t().get("og.image_alt"),
        // The find-a-commune box of every page reads the language's index and opens its results from the language root.
        root + lang.prefix() + SiteLayout.SEARCH, (root + lang.prefix()).isEmpty() ? "./#find" : root + lang.prefix() + "#find",
        root + SiteLayout.rootFile(lang, SiteLayout.FEED));
  }

  /** A stylesheet or script: relative href and its sha384 integrity. */
  public record Asset(String href, String integrity) {}

  private Asset asset(String root, String path) {
    return new Asset(root + path, integrity.getOrDefault(path, ""));
  }

  /** The menu {@link PageRegistry#menu} declares, its pages' paths from {@link SiteLayout}, relative to {@code home}. */
  private List<Link> nav(String home) {
    List<Link> links = new ArrayList<>();
    for (PageRegistry.MenuEntry e : PageRegistry.menu(content)) {
      String href = home + e.path();
      links.add(new Link(href.isEmpty() ? "./" : href, e.label().orElseGet(() -> t().get(e.labelKey()))));
    }
    return links;
  }

  private Footer footer(String home) {
    List<Link> links = new ArrayList<>();
    for (ContentPages.Page p : content) {
      links.add(new Link(home + SiteLayout.content(p.name()), p.title()));
    }
    links.add(new Link(home + SiteLayout.dictionary(), t().get("nav.dictionary")));
    links.add(new Link(home + SiteLayout.glossary(), t().get("glossary.title")));
    links.add(new Link(home + SiteLayout.FEED, t().get("nav.feed")));
    return new Footer(config.publisher().in(lang),
        show.link(config.licence().name().in(lang), config.licence().url()),
        SafeUrl.web(config.repository()).orElse(null), config.dataVersion(), links);
  }
}
