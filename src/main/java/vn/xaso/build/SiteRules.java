package vn.xaso.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.xaso.load.Dataset;
import vn.xaso.load.Dataset.Loaded;
import vn.xaso.load.Limits;
import vn.xaso.load.ProjectFiles;
import vn.xaso.load.YNode;
import vn.xaso.load.YamlReader;
import vn.xaso.model.Commune;
import vn.xaso.model.Province;
import vn.xaso.model.Report;
import vn.xaso.model.SiteConfig;
import vn.xaso.problem.Code;
import vn.xaso.problem.Position;
import vn.xaso.problem.Problems;
import vn.xaso.problem.Words;
import vn.xaso.publish.SourceDocuments;
import vn.xaso.site.Reserved;
import vn.xaso.site.SafeUrl;

/**
 * The rules that need to know the site the data becomes, run by {@code validate} as by every
 * build: no province, commune or content page may take a name the site generates; content pages
 * are plain Markdown files of a sane size with a readable header; the theme is a folder of the
 * project holding no links; the configured addresses are web addresses.
 */
final class SiteRules {
  /** A page explaining the site is a few KB; the longest of the sample is under 5. */
  static final long MAX_PAGE_BYTES = 256 * 1024;
  /** Flexmark recurses per level of quotes and lists; a thousand {@code >} overflowed the stack. */
  static final int MAX_NESTING = 32;
  /**
   * Flexmark's work grows about with the square of the link and bracket openers on a page (the
   * {@code [a](b} of an unclosed link is looked for again from every later one: 52,000 of them
   * ran past two minutes, 8,000 took 8–12 s, 1,000 under a second). The sample's longest page has
   * 14, a page with a 100-row table about 600.
   */
  static final int MAX_OPENERS = 2000;
  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final String SEPARATOR = "~~~~~~";

  private SiteRules() {}

  static void check(Path project, Dataset data, Optional<SiteConfig> config, Problems problems) {
    names(data, problems);
    Map<String, String> provinces = new HashMap<>();
    data.provinces().forEach(p -> provinces.put(p.value().slug(), p.file()));
    ProjectFiles files = ProjectFiles.of(project);
    for (String lang : List.of("vi", "en")) {
      content(files, lang, provinces, problems);
    }
    sources(files, data, problems);
    config.ifPresent(c -> {
      Positions at = new Positions(project);
      theme(project, c.themeOrDefault(), problems, at);
      url(c.baseUrl(), "base_url", problems, at);
      if (c.licence() != null) {
        url(c.licence().url(), "licence.url", problems, at);
      }
    });
  }

  private static void names(Dataset data, Problems problems) {
    for (Loaded<Province> p : data.provinces()) {
      if (Reserved.province(p.value().slug())) {
        reserved(problems, p.file(), p.positions().at("slug"), "slug", p.value().slug(),
            "một trang hoặc tệp", "a page or file");
      }
    }
    for (Loaded<Commune> c : data.communes()) {
      if (Reserved.commune(c.value().slug())) {
        reserved(problems, c.file(), c.positions().at("slug"), "slug", c.value().slug(),
            "một tệp của trang tỉnh", "a file of the province's page");
      }
    }
  }

  private static void reserved(Problems problems, String file, Position at, String field, String value, String vi,
      String en) {
    problems.add(file, at, field, Code.RESERVED_NAME, Map.of("value", value, "used", new Words(vi, en),
        "reserved", Reserved.list()));
  }

  /**
   * Each report's kept original, checked as the build checks it before publishing it; the
   * problem is told at the report's {@code source.file}, where the pull request named it.
   */
  private static void sources(ProjectFiles files, Dataset data, Problems problems) {
    for (Loaded<Report> r : data.reports()) {
      String name = r.value().source() == null ? null : r.value().source().file();
      List<String> folders = r.folders();
      if (name == null || folders.size() != 2) {
        continue;
      }
      SourceDocuments.check(files, folders.get(0), folders.get(1), name).refused().ifPresent(p ->
          problems.add(r.file(), r.positions().at("source.file"), "source.file", p.code(), p.args()));
    }
  }

  private static void content(ProjectFiles files, String lang, Map<String, String> provinces, Problems problems) {
    String folderName = "content/" + lang;
    ProjectFiles.Verdict verdict = files.folder(folderName);
    if (!verdict.ok()) {
      verdict.problem(folderName, Position.FILE, "").ifPresent(problems::add);
      return;
    }
    Path folder = verdict.path();
    List<Path> pages;
    try (Stream<Path> s = Files.list(folder)) {
      pages = s.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Path page : pages) {
      String file = "content/" + lang + "/" + page.getFileName();
      String name = page.getFileName().toString().replaceFirst("\\.md$", "");
      if (Reserved.page(name)) {
        reserved(problems, file, Position.FILE, "", name, "một trang hoặc tệp", "a page or file");
      } else if (provinces.containsKey(name)) {
        reserved(problems, file, Position.FILE, "", name, "trang của tỉnh " + name + " (" + provinces.get(name) + ")",
            "the page of province " + name + " (" + provinces.get(name) + ")");
      }
      page(files, file, problems);
    }
  }

  /** A FIFO would block the build forever; a huge file would fill memory; a missing header hides the page. */
  private static void page(ProjectFiles files, String file, Problems problems) {
    ProjectFiles.Verdict verdict = files.file(file);
    if (verdict.refusal() == ProjectFiles.Refusal.LINK || verdict.refusal() == ProjectFiles.Refusal.OUTSIDE) {
      verdict.problem(file, Position.FILE, "").ifPresent(problems::add);
      return;
    }
    Path page = verdict.path();
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(page, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!attrs.isRegularFile()) {
      problems.add(file, Position.FILE, "", Code.CONTENT_SPECIAL_FILE, Map.of("path", file));
      return;
    }
    if (attrs.size() > MAX_PAGE_BYTES) {
      problems.add(file, Position.FILE, "", Code.CONTENT_TOO_LARGE, Map.of("bytes", attrs.size(), "limit", MAX_PAGE_BYTES));
      return;
    }
    List<String> lines;
    try {
      lines = List.of(new String(Files.readAllBytes(page), StandardCharsets.UTF_8).split("\r\n|\r|\n", -1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int separator = lines.indexOf(SEPARATOR);
    if (separator < 0) {
      problems.add(file, new Position(1, 1), "", Code.CONTENT_NO_HEADER, Map.of());
      return;
    }
    for (int i = 0; i < separator; i++) {
      String line = lines.get(i);
      if (line.startsWith("date=")) {
        String value = line.substring(5).strip();
        try {
          LocalDate.parse(value);
        } catch (DateTimeParseException e) {
          problems.add(file, new Position(i + 1, 6), "date", Code.CONTENT_BAD_HEADER, Map.of("key", "date", "value", value));
        }
      }
    }
    int openers = 0;
    for (int i = separator + 1; i < lines.size(); i++) {
      openers += openers(lines.get(i));
    }
    if (openers > MAX_OPENERS) {
      problems.add(file, Position.FILE, "", Code.CONTENT_TOO_MANY_OPENERS, Map.of("count", openers, "limit", MAX_OPENERS));
      return;
    }
    for (int i = separator + 1; i < lines.size(); i++) {
      if (depth(lines.get(i)) > MAX_NESTING) {
        problems.add(file, new Position(i + 1, 1), "", Code.CONTENT_TOO_COMPLEX, Map.of());
        return;
      }
    }
  }

  /** The characters that open a link, image, code span, autolink or table cell: {@code [ ( < ` |}. */
  static int openers(String line) {
    int n = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '[' || c == '(' || c == '<' || c == '`' || c == '|') {
        n++;
      }
    }
    return n;
  }

  /** Levels of quotes and indentation a line opens: each {@code >} one, each two leading spaces one. */
  static int depth(String line) {
    int quotes = 0;
    int spaces = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '>') {
        quotes++;
      } else if (c == ' ') {
        spaces++;
      } else if (c == '\t') {
        spaces += 4;
      } else if (c == '-' || c == '*' || c == '+' || Character.isDigit(c) || c == '.' || c == ')') {
        continue;
      } else {
        break;
      }
    }
    return quotes + spaces / 2;
  }

  /** The theme named in site.yaml: a folder name, inside the project, holding no links; or the built-in one. */
  private static void theme(Path project, String name, Problems problems, Positions at) {
    String file = "content/site.yaml";
    if (!NAME.matcher(name).matches()) {
      problems.add(file, at.of("theme"), "theme", Code.THEME_OUTSIDE, Map.of("value", name));
      return;
    }
    Path root = project.resolve("themes").resolve(name);
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      if (!"xaso".equals(name)) {
        problems.add(file, at.of("theme"), "theme", Code.THEME_NOT_FOUND,
            Map.of("value", name, "path", "themes/" + name + "/templates"));
      }
      return;
    }
    for (Path p : List.of(project.resolve("themes"), root)) {
      if (Files.isSymbolicLink(p) || !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        problems.add(file, at.of("theme"), "theme", Code.THEME_LINK, Map.of("path", project.relativize(p).toString()));
        return;
      }
    }
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          if (!attrs.isRegularFile()) {
            String rel = project.relativize(f).toString().replace('\\', '/');
            problems.add(rel, Position.FILE, "", Code.THEME_LINK, Map.of("path", rel));
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!Files.isDirectory(root.resolve("templates"), LinkOption.NOFOLLOW_LINKS)) {
      problems.add(file, at.of("theme"), "theme", Code.THEME_NOT_FOUND,
          Map.of("value", name, "path", "themes/" + name + "/templates"));
    }
  }

  private static void url(String url, String field, Problems problems, Positions at) {
    if (url != null && !SafeUrl.address(url)) {
      problems.add("content/site.yaml", at.of(field), field, Code.BAD_URL, Map.of("value", url));
    }
  }

  /**
   * Where a field of content/site.yaml stands, read again only when a problem is told (the
   * loader keeps the bound configuration, not its positions); the whole file when unknown.
   */
  private static final class Positions {
    private final Path project;
    private YNode root;

    Positions(Path project) {
      this.project = project;
    }

    Position of(String dotted) {
      try {
        if (root == null) {
          root = new YamlReader(Limits.DEFAULT).read(project.resolve("content/site.yaml"), "content/site.yaml",
              new Problems()).orElse(null);
        }
      } catch (IOException e) {
        return Position.FILE;
      }
      YNode node = root;
      for (String key : dotted.split("\\.")) {
        if (!(node instanceof YNode.YMap map)) {
          return Position.FILE;
        }
        node = map.entries().stream().filter(e -> key.equals(e.key().value())).map(YNode.Entry::value)
            .findFirst().orElse(null);
      }
      return node == null ? Position.FILE : node.position();
    }
  }
}
