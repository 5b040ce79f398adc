package vn.xaso.site;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jbake.app.Parser;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;
import vn.xaso.load.ProjectFiles;
import vn.xaso.model.Lang;
import vn.xaso.problem.Code;
import vn.xaso.problem.Stop;

/**
 * The Markdown pages of {@code content/<lang>/}, parsed by JBake (its header format and its
 * Flexmark engine) and then cleaned: raw HTML is suppressed by the engine, and the result keeps
 * only plain elements and http(s), mailto and relative links, compared case-insensitively.
 * Layout is the theme's, as for every other page; see docs/architecture.md for why JBake's own
 * renderer is not used.
 */
public final class ContentPages {
  private static final String[] EXTENSIONS = {
    "TABLES", "AUTOLINKS", "FENCED_CODE_BLOCKS", "DEFINITIONS", "STRIKETHROUGH", "SUPPRESS_ALL_HTML"};
  private static final String CLEAN_BASE = "https://content.invalid/";
  /** A page of the sample reads in milliseconds; the worst a page within validate's limits takes is about 2 s. */
  static final long MAX_SECONDS = 20;

  private final long limitMillis;

  public ContentPages() {
    this(MAX_SECONDS * 1000);
  }

  /** With another bound on reading one page, for tests. */
  ContentPages(long limitMillis) {
    this.limitMillis = limitMillis;
  }

  /** A page in one language; {@code fallback} when English is missing and the Vietnamese text stands in. */
  public record Page(String name, String title, String html, boolean fallback) {}

  /** The texts of the last pages read and what they gave: a preview server reads the same pages at every rebuild. */
  private record Read(Map<String, String> texts, Map<Lang, List<Page>> pages) {}

  private volatile Read last;

  /**
   * Pages of every language, by name; a page only in Vietnamese is given to English as a
   * fallback. When every page's text is the last call's, its pages are given again without
   * parsing: JBake's parse of the few pages of {@code content/} was a tenth of a rebuild's time
   * after one report changed (#26).
   */
  public Map<Lang, List<Page>> read(Path project) {
    ProjectFiles files = ProjectFiles.of(project);
    Map<String, String> texts = texts(files);
    Read before = last;
    if (texts != null && before != null && before.texts().equals(texts)) {
      return before.pages();
    }
    Map<Lang, List<Page>> pages = parse(files);
    last = texts == null ? null : new Read(texts, pages);
    return pages;
  }

  /**
   * Each Markdown page's text by its path, or null when one is not a plain file: then the pages
   * are parsed, and the parse tells the problem as always.
   */
  private static Map<String, String> texts(ProjectFiles files) {
    Map<String, String> texts = new TreeMap<>();
    for (Lang lang : Lang.values()) {
      String folderName = "content/" + lang.code();
      ProjectFiles.Verdict folder = files.folder(folderName);
      if (folder.refusal() == ProjectFiles.Refusal.MISSING) {
        continue;
      }
      if (folder.refusal() != null) {
        return null;
      }
      for (Path file : markdownFiles(folder.orStop())) {
        String name = folderName + "/" + file.getFileName();
        ProjectFiles.Verdict verdict = files.file(name);
        if (verdict.refusal() != null) {
          return null;
        }
        try {
          texts.put(name, Files.readString(verdict.orStop(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException | UncheckedIOException e) {
          return null;
        }
      }
    }
    return texts;
  }

  private Map<Lang, List<Page>> parse(ProjectFiles files) {
    Map<Lang, Map<String, Page>> found = new TreeMap<>();
    for (Lang lang : Lang.values()) {
      found.put(lang, parseFolder(files, "content/" + lang.code()));
    }
    Map<Lang, List<Page>> pages = new TreeMap<>();
    for (Lang lang : Lang.values()) {
      Map<String, Page> own = new TreeMap<>(found.get(lang));
      for (Page p : found.get(lang.other()).values()) {
        if (!own.containsKey(p.name()) && lang == Lang.EN) {
          own.put(p.name(), new Page(p.name(), p.title(), p.html(), true));
        }
      }
      pages.put(lang, List.copyOf(own.values()));
    }
    return pages;
  }

  private Map<String, Page> parseFolder(ProjectFiles files, String folderName) {
    Map<String, Page> pages = new TreeMap<>();
    ProjectFiles.Verdict verdict = files.folder(folderName);
    if (verdict.refusal() == ProjectFiles.Refusal.MISSING) {
      return pages;
    }
    Path folder = verdict.orStop();
    DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
        .createDefaultJbakeConfiguration(folder.toFile(), folder.toFile(), (File) null, false);
    config.setMarkdownExtensions(EXTENSIONS);
    Parser parser = new Parser(config);
    for (Path file : markdownFiles(folder)) {
      DocumentModel doc = parse(parser, files, folderName + "/" + file.getFileName());
      if (doc == null || !"published".equals(doc.getStatus())) {
        continue;
      }
      String name = file.getFileName().toString().replaceFirst("\\.md$", "");
      String title = doc.getTitle() == null ? name : doc.getTitle();
      pages.put(name, new Page(name, title, clean(doc.getBody()), false));
    }
    return pages;
  }

  /**
   * JBake's parse of one page. {@code validate} refuses what would hang or crash it (a pipe, a
   * link, a page nested a thousand levels deep); this stops the build with the same problem
   * should such a page appear between the check and the render.
   */
  private DocumentModel parse(Parser parser, ProjectFiles files, String name) {
    ProjectFiles.Verdict verdict = files.file(name);
    if (verdict.refusal() == ProjectFiles.Refusal.MISSING || verdict.refusal() == ProjectFiles.Refusal.SPECIAL) {
      throw Stop.of(name, Code.CONTENT_SPECIAL_FILE, Map.of("path", name));
    }
    java.io.File file = verdict.orStop().toFile();
    java.util.concurrent.FutureTask<DocumentModel> task = new java.util.concurrent.FutureTask<>(() -> parser.processFile(file));
    Thread worker = new Thread(task, "content-page");
    // validate bounds what makes Flexmark slow that is known; this bounds what is not, so no
    // page can hold a build for ever. The worker is a daemon: a command that stops does not wait for it.
    worker.setDaemon(true);
    worker.start();
    try {
      return task.get(limitMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      task.cancel(true);
      throw Stop.of(name, Code.CONTENT_TOO_SLOW, Map.of("seconds", limitMillis / 1000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      task.cancel(true);
      throw new IllegalStateException("Interrupted while reading " + name, e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof StackOverflowError) {
        throw Stop.of(name, Code.CONTENT_TOO_COMPLEX, Map.of());
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static List<Path> markdownFiles(Path folder) {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Keeps plain HTML and safe links only; images must be the site's own (relative). */
  static String clean(String html) {
    Safelist safe = Safelist.relaxed()
        .removeProtocols("a", "href", "ftp")
        .preserveRelativeLinks(true);
    Document doc = Jsoup.parseBodyFragment(Jsoup.clean(html, CLEAN_BASE, safe), CLEAN_BASE);
    for (Element img : doc.select("img[src]")) {
      String src = img.attr("src");
      // Browsers read a backslash as a slash: "/\\evil.example/x.png" is another host's image.
      if (src.contains(":") || src.startsWith("//") || src.contains("\\")) {
        img.remove();
      }
    }
    doc.outputSettings().prettyPrint(false);
    return doc.body().html();
  }

  public static Optional<Page> find(List<Page> pages, String name) {
    return pages.stream().filter(p -> p.name().equals(name)).findFirst();
  }
}
