package vn.xaso.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import vn.xaso.problem.Code;
import vn.xaso.problem.Position;
import vn.xaso.problem.Problem;
import vn.xaso.problem.Stop;

/**
 * The one gate through which the build reads or publishes a file of the project ({@code data/},
 * {@code content/}, {@code themes/}, {@code sources/}). A pull request can add links, and a link
 * anywhere on a path ({@code sources/hai-phong/chi-minh -> /etc}) would publish a file of the
 * build machine; so every part of the path is looked at without following links, a link at any
 * level is refused, and the real path must still lie inside the project. {@code validate} and
 * {@code build} ask the same question here, so the pull-request check refuses what the build
 * would refuse.
 *
 * <p>Paths are given relative to the project, with forward slashes ({@code sources/a/b/x.pdf}).
 */
public final class ProjectFiles {
  /** Why a path is not read. */
  public enum Refusal {
    /** Nothing there, or a part of the path is a file where a folder should be. */
    MISSING,
    /** A part of the path (named by {@link Verdict#at}) is a symbolic link. */
    LINK,
    /** The file is a pipe, device, socket, or a folder where a file is asked for. */
    SPECIAL,
    /** The path leaves the project ({@code ..}, absolute), or its real path does. */
    OUTSIDE
  }

  /** The answer for one path: its file when readable, else why not and at which part. */
  public record Verdict(String name, Path path, Refusal refusal, String at) {
    public boolean ok() {
      return refusal == null;
    }

    /** The problem to tell for a refused path, or empty when it is fine or simply missing. */
    public Optional<Problem> problem(String file, Position position, String field) {
      if (refusal == null || refusal == Refusal.MISSING) {
        return Optional.empty();
      }
      return Optional.of(switch (refusal) {
        case LINK -> new Problem(file, position, field, Code.PATH_LINK, Map.of("path", name, "link", at));
        case OUTSIDE -> new Problem(file, position, field, Code.PATH_OUTSIDE, Map.of("path", name));
        default -> new Problem(file, position, field, Code.SPECIAL_FILE, Map.of("path", name));
      });
    }

    /** Stops a build at a refused path, with the problem {@code validate} tells for it. */
    public Path orStop() {
      Optional<Problem> p = problem(name, Position.FILE, "");
      if (p.isPresent()) {
        throw new Stop(p.get(), false);
      }
      return path;
    }
  }

  private final Path root;
  private final Path real;

  public ProjectFiles(Path project) {
    this.root = project.toAbsolutePath().normalize();
    Path r;
    try {
      r = root.toRealPath();
    } catch (IOException e) {
      r = root;
    }
    this.real = r;
  }

  public static ProjectFiles of(Path project) {
    return new ProjectFiles(project);
  }

  public Path root() {
    return root;
  }

  /** A regular file at {@code name}, reached without any link. */
  public Verdict file(String name) {
    return check(name, false);
  }

  /** A folder at {@code name}, reached without any link. */
  public Verdict folder(String name) {
    return check(name, true);
  }

  /** The bytes of the file at {@code name}, or a {@link Stop} naming why it may not be read. */
  public byte[] read(String name) throws IOException {
    try (InputStream in = open(name)) {
      return in.readAllBytes();
    }
  }

  /** Opens the file at {@code name}; the last part is opened without following a link too. */
  public InputStream open(String name) throws IOException {
    Verdict v = file(name);
    if (v.refusal() == Refusal.MISSING) {
      throw new NoSuchFileException(name);
    }
    return Files.newInputStream(v.orStop(), LinkOption.NOFOLLOW_LINKS);
  }

  private Verdict check(String name, boolean folder) {
    if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains("\0")) {
      return new Verdict(name, null, Refusal.OUTSIDE, name);
    }
    String[] parts = name.split("/");
    Path at = root;
    StringBuilder walked = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (part.isEmpty() || part.equals(".") || part.equals("..")) {
        return new Verdict(name, null, Refusal.OUTSIDE, name);
      }
      walked.append(i == 0 ? "" : "/").append(part);
      at = at.resolve(part);
      BasicFileAttributes attrs;
      try {
        attrs = Files.readAttributes(at, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (NoSuchFileException | NotDirectoryException e) {
        return new Verdict(name, at, Refusal.MISSING, walked.toString());
      } catch (IOException e) {
        return new Verdict(name, at, Refusal.SPECIAL, walked.toString());
      }
      boolean last = i == parts.length - 1;
      if (attrs.isSymbolicLink()) {
        return new Verdict(name, at, Refusal.LINK, walked.toString());
      }
      if (!last && !attrs.isDirectory()) {
        return new Verdict(name, at, Refusal.MISSING, walked.toString());
      }
      if (last && (folder ? !attrs.isDirectory() : !attrs.isRegularFile())) {
        return new Verdict(name, at, attrs.isDirectory() || attrs.isRegularFile() ? Refusal.MISSING : Refusal.SPECIAL,
            walked.toString());
      }
    }
    return inside(name, at);
  }

  /** No link on the way; the real path is compared too, in case a part became a link between the two looks. */
  private Verdict inside(String name, Path at) {
    try {
      if (!at.toRealPath().startsWith(real)) {
        return new Verdict(name, at, Refusal.OUTSIDE, name);
      }
    } catch (IOException e) {
      return new Verdict(name, at, Refusal.MISSING, name);
    }
    return new Verdict(name, at, null, null);
  }
}
