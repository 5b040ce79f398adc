package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import vn.xaso.build.Build;
import vn.xaso.publish.Output;

/** A site built by the real build, and the list of files its one writer reports. */
record BuiltSite(Path root, Set<String> files) {

  static BuiltSite build(Path project, Path out) throws IOException {
    Build.Result result = new Build().run(project, out, Build.Scope.SITE);
    assertTrue(result.ok(), () -> result.problems().toString());
    Set<String> files = new TreeSet<>();
    result.written().stream().map(Output.Written::path).forEach(files::add);
    return new BuiltSite(out, files);
  }

  /** Copies the repository's theme into a temporary project, which has none of its own. */
  static void copyTheme(Path project) throws IOException {
    PathUtils.copyDirectory(Path.of("themes"), project.resolve("themes"));
  }

  List<String> pages() {
    return files.stream().filter(f -> f.endsWith(".html")).toList();
  }

  Document page(String path) throws IOException {
    return Jsoup.parse(root.resolve(path).toFile(), "UTF-8", "https://site.test/" + path);
  }

  String text(String path) throws IOException {
    return Files.readString(root.resolve(path));
  }

  /** Where a relative link from {@code page} lands, as a path under the site root (directories → index.html). */
  static String resolve(String page, String href) {
    String target = URI.create("https://site.test/" + page).resolve(href.replaceAll("#.*$", "")).getPath().substring(1);
    return target.isEmpty() || target.endsWith("/") ? target + "index.html" : target;
  }

  static boolean isExternal(String href) {
    return href.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || href.startsWith("//");
  }

  static Stream<String> hrefs(Document doc) {
    return Stream.concat(doc.select("[href]").stream().map(e -> e.attr("href")),
        doc.select("[src]").stream().map(e -> e.attr("src")));
  }
}
