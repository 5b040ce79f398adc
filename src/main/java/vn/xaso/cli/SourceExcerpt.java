package vn.xaso.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import vn.xaso.load.Limits;
import vn.xaso.problem.Code;
import vn.xaso.problem.Problem;

/**
 * The line of the data file a problem points at, with a caret under its column, as Hugo's
 * {@code ErrorContext} shows it: staff see the mistake in their own YAML. Only for a regular file
 * inside the project that has that line; never through a link, which could show a line of a file
 * outside the project.
 */
final class SourceExcerpt {
  /** Around the column of a very long line: what a terminal shows without wrapping. */
  private static final int BEFORE = 60;
  private static final int AFTER = 40;

  private final Path project;
  // Problems come sorted by file: one file's lines at a time are enough.
  private String file;
  private List<String> lines = List.of();

  SourceExcerpt(Path project) {
    this.project = project.toAbsolutePath().normalize();
  }

  /** The two lines to print after the problem, each starting with a line break, or nothing. */
  String of(Problem p) {
    int line = p.position().line();
    if (line < 1) {
      return "";
    }
    List<String> all = lines(p.file());
    if (line > all.size()) {
      return "";
    }
    int[] text = all.get(line - 1).codePoints().toArray();
    int column = Math.max(1, p.position().column());
    int from = Math.max(0, Math.min(column - 1, text.length) - BEFORE);
    int to = Math.min(text.length, Math.max(column - 1, 0) + AFTER);
    StringBuilder shown = new StringBuilder(from > 0 ? "…" : "");
    StringBuilder under = new StringBuilder(from > 0 ? " " : "");
    for (int i = from; i < to; i++) {
      String c = Code.visible(new String(Character.toChars(text[i])));
      shown.append(c);
      if (i < column - 1) {
        // A tab stays a tab under a tab so the caret lines up whatever the terminal's tab width.
        under.append(text[i] == '\t' ? "\t" : " ".repeat(c.length()));
      }
    }
    for (int i = Math.max(from, to); i < column - 1; i++) {
      under.append(' ');
    }
    if (to < text.length) {
      shown.append('…');
    }
    String number = Integer.toString(line);
    String gutter = " ".repeat(number.length());
    return String.format(Locale.ROOT, "%n   %s | %s%n   %s | %s^", number, shown.toString().stripTrailing(), gutter, under);
  }

  private List<String> lines(String name) {
    if (name.equals(file)) {
      return lines;
    }
    file = name;
    lines = read(name);
    return lines;
  }

  private List<String> read(String name) {
    try {
      Path path = project.resolve(name).normalize();
      if (!path.startsWith(project) || !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
          || !path.toRealPath().startsWith(project.toRealPath()) || Files.size(path) > Limits.DEFAULT.maxBytes()) {
        return List.of();
      }
      String text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      // Lines as YAML counts them: LF, CRLF or a lone CR ends one; nothing after the last one is no line.
      return List.of(text.split("\r\n|\r|\n"));
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }
}
