package vn.xaso.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import vn.xaso.problem.Code;
import vn.xaso.problem.Stop;

/**
 * Where the theme's {@code templates/} and {@code assets/} are: the project's
 * {@code themes/<name>/}, or for the default theme, the copy packed into the jar, so a project
 * that only holds data still builds.
 */
public record Theme(Path root) {
  static final String DEFAULT = "xaso";

  public Path templates() {
    return root.resolve("templates");
  }

  public Path assets() {
    return root.resolve("assets");
  }

  public static Theme of(Path project, String name) {
    if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw Stop.of("content/site.yaml", Code.THEME_OUTSIDE, Map.of("value", name));
    }
    // A link anywhere on the way (themes/, themes/<name>, templates/) stops the build as validate tells it.
    vn.xaso.load.ProjectFiles.Verdict own = vn.xaso.load.ProjectFiles.of(project).folder("themes/" + name + "/templates");
    if (own.refusal() != vn.xaso.load.ProjectFiles.Refusal.MISSING) {
      return new Theme(own.orStop().getParent());
    }
    if (!DEFAULT.equals(name)) {
      // validate tells this first, at site.yaml; here it stops a build the check did not see.
      throw Stop.of("content/site.yaml", Code.THEME_NOT_FOUND, Map.of("value", name, "path", "themes/" + name + "/templates"));
    }
    return bundled();
  }

  static Theme bundled() {
    URL layout = Theme.class.getResource("theme/templates/layout.ftlh");
    if (layout == null) {
      throw new IllegalStateException("The default theme is missing from the classpath");
    }
    try {
      URI uri = layout.toURI();
      if ("jar".equals(uri.getScheme())) {
        String entry = uri.toString().substring(uri.toString().indexOf("!/") + 1);
        return new Theme(jar(uri).getPath(entry).getParent().getParent());
      }
      return new Theme(Path.of(uri).getParent().getParent());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static java.nio.file.FileSystem jar(URI uri) {
    try {
      return FileSystems.newFileSystem(uri, Map.of());
    } catch (FileSystemAlreadyExistsException e) {
      return FileSystems.getFileSystem(uri);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
