package vn.xaso.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.xaso.problem.Code;
import vn.xaso.problem.Position;
import vn.xaso.problem.Problems;
import vn.xaso.problem.Words;

/**
 * The one place the kept texts under {@code sources/} are read: the text of a report whose
 * {@code source.file} is {@code x.pdf} is {@code sources/<province>/<commune>/x.txt} (when the
 * original is a .txt, it is its own text). A text passes {@link ProjectFiles} (no link at any
 * level, a regular file, inside the project), then must be at most {@link #MAX_BYTES} and UTF-8;
 * otherwise it is refused with a problem.
 */
public final class SourceTexts {
  /** The longest seed text is 30 KB; a report of 100 pages is well under a megabyte of text. */
  public static final long MAX_BYTES = 2L * 1024 * 1024;
  /** The schema's rule for source.file: a plain file name, never a path. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private SourceTexts() {}

  /** The text's file name for a source file: its stem and {@code .txt}; null for no or a bad name. */
  public static String textName(String sourceFile) {
    if (sourceFile == null || !NAME.matcher(sourceFile).matches()) {
      return null;
    }
    int dot = sourceFile.lastIndexOf('.');
    return (dot > 0 ? sourceFile.substring(0, dot) : sourceFile) + ".txt";
  }

  /** {@code sources/<province>/<commune>/<stem>.txt}, or null when the source names no usable file. */
  public static String path(String province, String commune, String sourceFile) {
    String name = textName(sourceFile);
    return name == null ? null : "sources/" + province + "/" + commune + "/" + name;
  }

  /**
   * The kept text of a report, when there is one; problems (refused or unreadable text) go to
   * {@code problems}, which may be null where they were told already (the site's build).
   */
  public static Optional<KeptText> read(Path project, String province, String commune, String sourceFile,
      Problems problems) {
    String name = path(province, commune, sourceFile);
    if (project == null || name == null) {
      return Optional.empty();
    }
    // The one gate for project files (links at any level, special files, the real path outside).
    ProjectFiles.Verdict v = ProjectFiles.of(project).file(name);
    if (v.refusal() == ProjectFiles.Refusal.MISSING) {
      return Optional.empty();
    }
    if (!v.ok()) {
      // A .txt original is its own text: SourceDocuments tells its refusal already.
      if (problems != null && !name.endsWith("/" + sourceFile)) {
        v.problem(name, Position.FILE, "").ifPresent(problems::add);
      }
      return Optional.empty();
    }
    Path file = v.path();
    try {
      byte[] bytes;
      try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
        bytes = in.readNBytes((int) MAX_BYTES + 1);
      }
      if (bytes.length > MAX_BYTES) {
        refuse(problems, name, new Words("lớn hơn " + MAX_BYTES + " byte", "larger than " + MAX_BYTES + " bytes"));
        return Optional.empty();
      }
      String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      text = Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
      List<String> lines = List.of(text.split("\n", -1));
      // A final line end does not start a line of its own.
      if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
        lines = lines.subList(0, lines.size() - 1);
      }
      return Optional.of(new KeptText(name, lines));
    } catch (CharacterCodingException e) {
      refuse(problems, name, new Words("không phải UTF-8", "not UTF-8"));
      return Optional.empty();
    } catch (IOException e) {
      refuse(problems, name, new Words("không đọc được (" + e.getClass().getSimpleName() + ")",
          "unreadable (" + e.getClass().getSimpleName() + ")"));
      return Optional.empty();
    }
  }

  private static void refuse(Problems problems, String name, Words why) {
    if (problems != null) {
      problems.add(name, Position.FILE, "", Code.KEPT_TEXT_REFUSED, Map.of("path", name, "why", why));
    }
  }
}
