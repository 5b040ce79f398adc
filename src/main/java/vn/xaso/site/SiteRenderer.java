package vn.xaso.site;

import static java.nio.charset.StandardCharsets.UTF_8;

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
import vn.xaso.model.Lang;
import vn.xaso.model.SiteConfig;
import vn.xaso.publish.Output;
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
  /**
   * Where the page hashes the cache keeps hold the year every report and commune page cites the
   * data by (its latest date's); no file's path starts with '#'. When it moves, the build is a
   * clean one ({@code Build}): pages of reports not read again cannot be rendered from the cache.
   */
  public static final String CITATION_YEAR = "#citation-year";

  /** The year the pages cite the data by. */
  public static String citationYear(Derived derived) {
    return String.valueOf(derived.created().getYear());
  }

  /** The comparisons and each commune's part of the nation's trend as the last build worked them out (a preview server's rebuilds). */
  private final DataIndex.Memo index = new DataIndex.Memo();

  /** Each commune figure's part of the national rankings' inputs, as the last build worked it out. */
  private final RankingKind.Figures figures = new RankingKind.Figures();

  /** The files the catalogue lists, and those it counts, as the last build found them in each owner's kept files. */
  private final Output.Listing catalogued = new Output.Listing(CatalogueKind::catalogued);
  private final Output.Listing dataFilesCounted =
      new Output.Listing(p -> p.startsWith(SiteLayout.catalogue()) && !p.endsWith(".html"));

  /** How many pages the last build kept by their {@link Page.Reuse}, without building their models. */
  private volatile int lastReused;

  /**
   * The report and text pages ({@link Page.Rendering#STREAMED}) this renderer wrote in its
   * incremental builds, by file: what a rebuild of their commune needs to keep those whose
   * model did not change. Emptied by every clean build, which renders them all without hashing.
   */
  private final Map<String, Rendered> streamed = new java.util.concurrent.ConcurrentHashMap<>();

  /** How many report and text pages the last build kept because their models hashed as when this renderer wrote them. */
  private volatile int lastKeptStreamed;

  /** A streamed page as this renderer wrote it: its model's hash, and the file as the output recorded it. */
  record Rendered(String model, Output.Written written) {}

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
   * As above; {@code previous} holds the model hash of each national, province and commune page as the
   * last build rendered it, and a page whose model hashes the same is kept, not rendered: a
   * ranking of 3,321 communes does not change when one commune's older report does. Returns
   * this build's hashes.
   */
  public Map<String, String> render(Derived derived, SiteConfig config, Path project, Output out, Changes changes,
      Map<String, String> previous) {
    Map<String, String> hashes = new java.util.concurrent.ConcurrentHashMap<>();
    java.util.concurrent.atomic.AtomicInteger reused = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger keptStreamed = new java.util.concurrent.atomic.AtomicInteger();
    // A clean build writes every page afresh: what this renderer wrote before says nothing of the output now.
    Map<String, Rendered> mine = changes.all() ? null : streamed;
    if (changes.all()) {
      streamed.clear();
    }
    Theme theme = Theme.of(project, config.themeOrDefault());
    List<Output.Written> dataFiles = out.files(catalogued);
    // The catalogue says how many open-data files it leaves to the commune and report pages.
    int allDataFiles = out.count(dataFilesCounted);
    Map<String, String> integrity = new Assets().copy(theme.assets(), out);
    Templates templates = lastTemplates == null ? new Templates(theme.templates()) : lastTemplates.reuse(theme.templates());
    lastTemplates = templates;
    Map<Lang, List<ContentPages.Page>> content = contentPages.read(project);
    Map<Lang, SiteContext> contexts = new LinkedHashMap<>();
    Map<Lang, PageParts> data = new LinkedHashMap<>();
    DataIndex index = DataIndex.of(derived, this.index);
    Map<String, vn.xaso.publish.SourceDocuments.Published> originals =
        vn.xaso.publish.SourceDocuments.all(project, derived.reports());
    for (Lang lang : Lang.values()) {
      SiteContext c = new SiteContext(lang, config, integrity, content.get(lang));
      contexts.put(lang, c);
      data.put(lang, new PageParts(derived, schema, c, new ChartWriter(), index));
    }
    PageRegistry registry = new PageRegistry(List.of(new HomeKind(derived, index, data),
        new ProvinceKind(derived, data), new IndicatorsKind(contexts), new RankingKind(derived, data, figures),
        new StatusKind(derived, data),
        new CatalogueKind(derived, contexts, dataFiles, allDataFiles, json), new DictionaryKind(schema, contexts), new GlossaryKind(contexts),
        new ContentKind(content, contexts), new CommuneKind(derived, data), new ReportKind(derived, schema, data, originals, project),
        new TextKind(derived, schema, data, project),
        new NotFoundKind(contexts)));
    // The national pages are few but large (a ranking lists every commune): each is a task,
    // both languages at once, so the two cores share them.
    List<Runnable> tasks = new ArrayList<>();
    for (Lang lang : Lang.values()) {
      SiteContext c = contexts.get(lang);
      for (Page page : registry.in(lang, false)) {
        if (touches(changes, page.owner())) {
          tasks.add(() -> render(page, lang, templates, out, previous, hashes, changes, reused, null, keptStreamed));
        }
      }
      tasks.add(() -> out.writeText(SiteLayout.rootFile(lang, SiteLayout.FEED), Feeds.atom(index, c)));
      tasks.add(() -> out.writeText(SiteLayout.rootFile(lang, SiteLayout.SEARCH), toJson(SearchIndex.of(derived, lang))));
    }
    // The link-preview picture: the home page's map, with no words, so one file serves both languages.
    tasks.add(() -> out.write(PreviewImage.PATH,
        preview(data.get(Lang.VI).map(vn.xaso.derive.Indicator.FULL_ONLINE_SHARE, SiteLayout.home()))));
    tasks.add(() -> sitemaps(derived, registry, contexts.get(Lang.VI), out, changes));
    tasks.add(() -> out.writeText(SiteLayout.ROBOTS,
        "User-agent: *\nAllow: /\nSitemap: " + contexts.get(Lang.VI).url(Lang.VI, SiteLayout.SITEMAP_INDEX) + "\n"));
    tasks.parallelStream().forEach(Runnable::run);
    // Commune and report pages — nearly all of them — are rendered in parallel and written as
    // they come, so they are never all held in memory.
    for (Lang lang : Lang.values()) {
      registry.in(lang, true).parallelStream()
          .filter(p -> touches(changes, p.owner()) || p.rendering() == Page.Rendering.COMPARED)
          .forEach(page -> render(page, lang, templates, out, previous, hashes, changes, reused, mine, keptStreamed));
    }
    lastReused = reused.get();
    lastKeptStreamed = keptStreamed.get();
    hashes.put(CITATION_YEAR, citationYear(derived));
    return new java.util.TreeMap<>(hashes);
  }

  /** Whether what changed reaches a page's owner: the nation's pages always, a province's or commune's when it changed. */
  static boolean touches(Changes changes, SiteLayout.Owner owner) {
    if (owner.national() || changes.all()) {
      return true;
    }
    return owner.commune() == null ? changes.provinces().contains(owner.province())
        : changes.communes().contains(owner.communeKey());
  }

  /**
   * Builds a page's model, writes the files it needs, then the page itself, unless its model
   * hashes as in the last build and the file is still there. A page with a {@link Page.Reuse}
   * whose unit did not change and whose inputs are the last build's is kept before its model is
   * built. What is remembered of such a page is its model's hash and its inputs' ({@link Stored}),
   * and for a national one ({@link Page.Reuse} without a unit) the files it wrote beside itself,
   * kept with it.
   *
   * <p>A streamed page (a report's, a report text's) of a commune read again is kept when its
   * model hashes as when this renderer last wrote it ({@code streamed}, null in a clean build)
   * and the output still records the very file it wrote then (size and SHA-256: no other build
   * wrote it since). A commune's report read again is mostly not a changed one: a change to its
   * latest report rendered its other reports' pages again, the same bytes (#26).
   */
  private static void render(Page page, Lang lang, Templates templates, Output out, Map<String, String> previous,
      Map<String, String> hashes, Changes changes, java.util.concurrent.atomic.AtomicInteger reused,
      Map<String, Rendered> streamed, java.util.concurrent.atomic.AtomicInteger keptStreamed) {
    String file = page.file(lang);
    Stored before = Stored.parse(previous.get(file));
    String inputs = page.reuse() == null ? null : Output.sha256(page.reuse().inputs().get().getBytes(UTF_8));
    if (inputs != null && before != null && inputs.equals(before.inputs()) && !reaches(changes, page.reuse().unit())
        && keep(out, file, before.files())) {
      hashes.put(file, before.text());
      reused.incrementAndGet();
      return;
    }
    PageModel model = page.model().apply(lang);
    model.files().forEach(f -> out.write(f.path(), f.bytes()));
    if (page.rendering().keptIfSame()) {
      List<String> files = page.reuse() != null && page.reuse().unit() == null
          ? model.files().stream().map(PageModel.PageFile::path).toList() : List.of();
      Stored now = new Stored(ModelHash.of(page.template(), model.hashed()), inputs, files);
      hashes.put(file, now.text());
      if (before != null && now.model().equals(before.model()) && out.keep(file)) {
        return;
      }
    } else if (streamed != null && page.rendering() == Page.Rendering.STREAMED) {
      String hash = ModelHash.of(page.template(), model.hashed());
      Rendered last = streamed.get(file);
      if (last != null && last.model().equals(hash) && last.written().equals(out.previous(file)) && out.keep(file)) {
        keptStreamed.incrementAndGet();
        return;
      }
      streamed.put(file, new Rendered(hash, out.writeText(file,
          Glossary.mark(templates.render(page.template(), model, page.identity()), model.frame().t()))));
      return;
    }
    out.writeText(file, Glossary.mark(templates.render(page.template(), model, page.identity()), model.frame().t()));
  }

  /** Whether {@code changes} reach the unit whose data a reused page reads: never for a national page's (none). */
  private static boolean reaches(Changes changes, SiteLayout.Owner unit) {
    return unit != null && touches(changes, unit);
  }

  /** Keeps a page and the files it wrote beside itself as the last build left them; false, keeping nothing, if one is gone. */
  private static boolean keep(Output out, String file, List<String> beside) {
    if (!beside.stream().allMatch(out::existed)) {
      return false;
    }
    if (!out.keep(file)) {
      return false;
    }
    beside.forEach(out::keep);
    return true;
  }

  /**
   * What the cache remembers of a page: its model's hash; for a page with a {@link Page.Reuse}
   * the hash of its inputs after a space ({@code inputs} null otherwise); for a national one,
   * the files it wrote beside itself, a line each.
   */
  record Stored(String model, String inputs, List<String> files) {
    static Stored parse(String text) {
      if (text == null) {
        return null;
      }
      String[] lines = text.split("\n");
      String head = lines[0];
      List<String> files = List.of(lines).subList(1, lines.length);
      int space = head.indexOf(' ');
      return space < 0 ? new Stored(head, null, files) : new Stored(head.substring(0, space), head.substring(space + 1), files);
    }

    String text() {
      String head = inputs == null ? model : model + " " + inputs;
      return files.isEmpty() ? head : head + "\n" + String.join("\n", files);
    }
  }

  /** The link-preview picture of the last build, and the map it was drawn from. */
  private record Preview(ProvinceMap.MapView map, byte[] png) {}

  private volatile Preview lastPreview;

  /** The picture of {@code map}: drawn again only when the map differs from the last build's (a preview server's rebuilds). */
  private byte[] preview(ProvinceMap.MapView map) {
    Preview last = lastPreview;
    if (last != null && last.map().equals(map)) {
      return last.png();
    }
    byte[] png = PreviewImage.draw(map);
    lastPreview = new Preview(map, png);
    return png;
  }

  /** How many pages the last build kept without building their models, as their inputs had not changed. */
  public int lastReused() {
    return lastReused;
  }

  /** How many report and text pages the last build kept, their models hashing as when this renderer wrote them. */
  public int lastKeptStreamed() {
    return lastKeptStreamed;
  }

  /**
   * {@code sitemap.xml} as an index of one sitemap per province and one for the rest: a single
   * file would pass the protocol's 50,000-address limit at national scale (~86,000 pages).
   */
  private static void sitemaps(Derived derived, PageRegistry registry, SiteContext c, Output out, Changes changes) {
    Map<String, List<String>> byFile = new LinkedHashMap<>();
    byFile.put(SiteLayout.SITE_SITEMAP, new ArrayList<>());
    derived.provinces().forEach(p -> byFile.put(p.slug(), new ArrayList<>()));
    for (Page page : registry.listed()) {
      String province = page.owner().province();
      byFile.get(province == null ? SiteLayout.SITE_SITEMAP : province).add(page.path());
    }
    List<String> files = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : byFile.entrySet()) {
      String file = SiteLayout.sitemap(e.getKey());
      files.add(file);
      if (e.getKey().equals(SiteLayout.SITE_SITEMAP) || changes.touches(derived.province(e.getKey()).orElseThrow())) {
        out.writeText(file, Sitemap.xml(e.getValue(), c));
      }
    }
    out.writeText(SiteLayout.SITEMAP_INDEX, Sitemap.index(files, c));
  }

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
