package vn.xaso.site;

import java.util.Set;
import java.util.function.Function;
import vn.xaso.model.Lang;

/**
 * One page of the site as the registry lists it: what it is ({@link Identity}: its kind and which
 * one, written into the page for tests and tools to read), its path under each language root
 * ({@link SiteLayout}), the template that draws it, the unit that owns it, the languages it
 * exists in, how it is rendered, whether the sitemaps list it, and how to build its model in one
 * language. Nothing is built until the page is rendered, so the registry of a national site
 * (~86,000 pages) holds descriptions, not models.
 */
public record Page(Identity identity, String path, String template, SiteLayout.Owner owner, Set<Lang> languages, Rendering rendering,
    boolean inSitemap, Function<Lang, PageModel> model, Reuse reuse) {

  /** A page that is kept only by its model's hash, if at all (no {@link Reuse}). */
  public Page(Identity identity, String path, String template, SiteLayout.Owner owner, Set<Lang> languages,
      Rendering rendering, boolean inSitemap, Function<Lang, PageModel> model) {
    this(identity, path, template, owner, languages, rendering, inSitemap, model, null);
  }

  /**
   * When an incremental build may keep a page without building its model (#26): the model reads
   * the data of {@code unit} (a province, or a commune, as {@link SiteLayout.Owner} names them)
   * and, of anything else, only what {@code inputs} sums up in a text (a commune's ranks among all
   * communes, the data's own date). The renderer keeps the page when the build did not read
   * {@code unit} again and {@code inputs} gives what it gave when the page was last built.
   * Building the 600 commune pages' models only to find most hash the same was most of a
   * rebuild's time. Only for pages whose other files lie in {@code unit}'s folders (kept with
   * it) or that have none: a kept page writes nothing.
   *
   * <p>A null {@code unit} is a national page that reads no unit's data beyond what {@code inputs}
   * sums up (a share's national ranking): it is kept whenever its inputs are the last build's,
   * and so are the files it wrote beside itself (its chart's CSVs), which the renderer remembers.
   */
  public record Reuse(SiteLayout.Owner unit, java.util.function.Supplier<String> inputs) {
    /** Its inputs worked out once for both languages: a page is rendered in each. */
    public Reuse {
      inputs = once(inputs);
    }

    /**
     * For a page that reads no data at all, only what a change to means a clean build (the
     * schema, which is the tool's; {@code content/}, its {@code site.yaml} included; the theme;
     * the build's options: {@code Fingerprint}): every incremental build keeps it. Such a page
     * takes no {@code Derived}, so it cannot read a report. The dictionary, the glossary, the
     * indicators' page and the content pages were built and hashed at every rebuild (#26).
     */
    public static Reuse withoutData() {
      return new Reuse(null, () -> "no data");
    }

    private static java.util.function.Supplier<String> once(java.util.function.Supplier<String> inputs) {
      return new java.util.function.Supplier<>() {
        private String text;

        @Override
        public synchronized String get() {
          if (text == null) {
            text = inputs.get();
          }
          return text;
        }
      };
    }
  }

  /** The same page, kept without its model when {@code reuse} says its inputs have not changed. */
  Page reusedWhen(Reuse reuse) {
    return new Page(identity, path, template, owner, languages, rendering, inSitemap, model, reuse);
  }

  /**
   * What a page is, independent of where it lives: its kind ({@code commune}) and which one of
   * that kind ({@code hai-phong/hung-thang}; empty for a kind with one page). Every page carries
   * it as {@code <meta name="xaso:page" content="commune hai-phong/hung-thang">}, so a link can be
   * checked to reach the page it names.
   */
  public record Identity(String kind, String key) {
    /** The page of a kind that has one. */
    static Identity of(String kind) {
      return new Identity(kind, "");
    }

    @Override
    public String toString() {
      return key.isEmpty() ? kind : kind + " " + key;
    }
  }

  /** How the renderer treats a page. */
  public enum Rendering {
    /** One task among the national and province pages; kept, not rendered, when its model hashes as in the last build. */
    KEPT_IF_SAME,
    /** One task, always rendered (the 404 page). */
    ALWAYS,
    /** One of the many (communes, reports), rendered in parallel streams and written as they come, never all held. */
    STREAMED,
    /**
     * Streamed like {@link #STREAMED}, but its model reads other communes' figures (a commune's
     * rank among comparable communes): built in every build, kept when its model hashes the same.
     */
    COMPARED;

    /** Whether pages of this kind are rendered in the parallel streams rather than one task each. */
    public boolean streamed() {
      return this == STREAMED || this == COMPARED;
    }

    /** Whether a page is kept, not rendered, when its model hashes as in the last build. */
    public boolean keptIfSame() {
      return this == KEPT_IF_SAME || this == COMPARED;
    }
  }

  /** A national or province page in both languages, in the sitemaps. */
  static Page single(Identity identity, String path, String template, SiteLayout.Owner owner,
      Function<Lang, PageModel> model) {
    return new Page(identity, path, template, owner, Set.of(Lang.values()), Rendering.KEPT_IF_SAME, true, model);
  }

  /** One of the many pages of communes and reports, in both languages, in the sitemaps. */
  static Page many(Identity identity, String path, String template, SiteLayout.Owner owner,
      Function<Lang, PageModel> model) {
    return new Page(identity, path, template, owner, Set.of(Lang.values()), Rendering.STREAMED, true, model);
  }

  /** A commune's page, streamed like {@link #many} but built in every build, as it shows ranks among all communes. */
  static Page compared(Identity identity, String path, String template, SiteLayout.Owner owner,
      Function<Lang, PageModel> model) {
    return new Page(identity, path, template, owner, Set.of(Lang.values()), Rendering.COMPARED, true, model);
  }

  /** The file the page is written to in one language: {@code [en/]<path>index.html}, or the path itself for a file such as {@code 404.html}. */
  public String file(Lang lang) {
    return path.isEmpty() || path.endsWith("/") ? SiteLayout.file(lang, path) : SiteLayout.rootFile(lang, path);
  }
}
