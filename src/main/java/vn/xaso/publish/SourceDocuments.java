package vn.xaso.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipFile;
import vn.xaso.load.ProjectFiles;
import vn.xaso.problem.Code;
import vn.xaso.problem.Position;
import vn.xaso.problem.Problem;
import vn.xaso.problem.Stop;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import vn.xaso.derive.ReportFacts;

/**
 * The original documents kept beside the data, in the project's
 * {@code sources/<province>/<commune>/<source.file>}: each is published at
 * {@code data/<province>/<commune>/sources/<file>} with its SHA-256, so a reader can check a
 * figure against the document it was copied from. A report whose file is not there links none.
 */
public final class SourceDocuments {
  /** The same rule as the schema's: a plain file name, never a path. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  /**
   * The largest original published: a signed report of a few pages scanned at 300 dpi is 2–8 MB;
   * a bound keeps a pull request from publishing gigabytes (or stopping the build out of memory).
   */
  public static final long MAX_BYTES = 20L * 1024 * 1024;
  /** The types of originals published, as told in messages. */
  public static final String ALLOWED = "pdf, docx, doc, odt, txt";

  /** One published original: its path under the site root, size and SHA-256. */
  public record Published(String path, long bytes, String sha256) {}

  private SourceDocuments() {}

  /** The original of {@code report} in {@code project}, if it is kept there; read to hash it. */
  public static java.util.Optional<Published> find(Path project, ReportFacts report) {
    Path file = file(project, report);
    if (file == null) {
      return java.util.Optional.empty();
    }
    try {
      byte[] bytes = Files.readAllBytes(file);
      return java.util.Optional.of(new Published(sitePath(report), bytes.length, Output.sha256(bytes)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every report's published original, by report path; reports without one are left out. */
  public static Map<String, Published> all(Path project, Iterable<ReportFacts> reports) {
    Map<String, Published> out = new LinkedHashMap<>();
    if (project == null || !Files.isDirectory(project.resolve("sources"))) {
      return out;
    }
    for (ReportFacts r : reports) {
      find(project, r).ifPresent(p -> out.put(r.path(), p));
    }
    return out;
  }

  /** Copies the original of {@code report}, if kept, into the site; returns what was published. */
  static java.util.Optional<Published> publish(Path project, ReportFacts report, Output out) {
    Path file = file(project, report);
    if (file == null) {
      return java.util.Optional.empty();
    }
    try {
      Output.Written w = out.write(sitePath(report), Files.readAllBytes(file));
      return java.util.Optional.of(new Published(w.path(), w.bytes(), w.sha256()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sitePath(ReportFacts r) {
    return DataLayout.folder(DataLayout.unit(r.province().slug(), r.commune().slug())) + "sources/" + r.report().source().file();
  }

  /**
   * The kept file, or null when the report names none or nothing is kept there. A file that is
   * kept but may not be published (a link, a type other than a document, content that is not what
   * its name says, too large) stops the build with the problem {@code validate} tells for it.
   */
  private static Path file(Path project, ReportFacts r) {
    String name = r.report().source().file();
    // The original holds the whole text: published only where the text may be (docs/open-data.md).
    if (project == null || name == null || !NAME.matcher(name).matches() || !r.report().source().textPublic()) {
      return null;
    }
    Checked c = check(ProjectFiles.of(project), r.province().slug(), r.commune().slug(), name);
    c.refused().ifPresent(p -> {
      throw new Stop(p, false);
    });
    return c.path();
  }

  /** What the check found: the file when it may be published, null when none is kept, or why it is refused. */
  public record Checked(Path path, Optional<Problem> refused) {}

  /**
   * Whether the original {@code name} kept for {@code province/commune} may be published: reached
   * without links, one of the document types a signed report comes in, whose first bytes are
   * what its name says, at most {@link #MAX_BYTES}. Problems are told at the project path of the
   * original; {@code validate} moves them to the report's {@code source.file}.
   */
  public static Checked check(ProjectFiles files, String province, String commune, String name) {
    String path = "sources/" + province + "/" + commune + "/" + name;
    ProjectFiles.Verdict v = files.file(path);
    if (v.refusal() == ProjectFiles.Refusal.MISSING) {
      return new Checked(null, Optional.empty());
    }
    if (!v.ok()) {
      return new Checked(null, v.problem(path, Position.FILE, ""));
    }
    String dot = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
    Kind kind = Kind.of(dot);
    if (kind == null) {
      return refused(path, Code.SOURCE_TYPE, Map.of("path", path, "allowed", ALLOWED));
    }
    try {
      long size = Files.size(v.path());
      if (size > MAX_BYTES) {
        return refused(path, Code.SOURCE_TOO_LARGE, Map.of("path", path, "bytes", size, "limit", MAX_BYTES));
      }
      if (!kind.holds(v.path())) {
        return refused(path, Code.SOURCE_CONTENT, Map.of("path", path, "kind", kind.label));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Checked(v.path(), Optional.empty());
  }

  private static Checked refused(String path, Code code, Map<String, Object> args) {
    return new Checked(null, Optional.of(new Problem(path, Position.FILE, "", code, args)));
  }

  /**
   * The types a signed report comes in, each known by its first bytes, not its name: an HTML or
   * SVG page renamed {@code .pdf} would otherwise be served from the site's address.
   */
  enum Kind {
    PDF("pdf", "PDF") {
      @Override
      boolean holds(Path file) throws IOException {
        return startsWith(head(file, 5), "%PDF-".getBytes(StandardCharsets.US_ASCII));
      }
    },
    DOCX("docx", "Word (.docx)") {
      @Override
      boolean holds(Path file) throws IOException {
        return zipHolding(file, "word/document.xml");
      }
    },
    ODT("odt", "OpenDocument (.odt)") {
      @Override
      boolean holds(Path file) throws IOException {
        // ODF puts an uncompressed "mimetype" entry first, so its type is in the first bytes.
        byte[] h = head(file, 30 + 8 + 64);
        if (!startsWith(h, ZIP) || h.length < 30) {
          return false;
        }
        int nameLength = (h[26] & 0xFF) | (h[27] & 0xFF) << 8;
        int extra = (h[28] & 0xFF) | (h[29] & 0xFF) << 8;
        String entry = new String(h, 30, Math.min(nameLength, h.length - 30), StandardCharsets.US_ASCII);
        int body = 30 + nameLength + extra;
        return entry.equals("mimetype") && body < h.length
            && new String(h, body, h.length - body, StandardCharsets.US_ASCII).startsWith(ODT_TYPE);
      }
    },
    DOC("doc", "Word 97–2003 (.doc)") {
      @Override
      boolean holds(Path file) throws IOException {
        return startsWith(head(file, 8), OLE);
      }
    },
    TXT("txt", "UTF-8 text") {
      @Override
      boolean holds(Path file) throws IOException {
        return plainText(Files.readAllBytes(file));
      }
    };

    final String extension;
    final String label;

    Kind(String extension, String label) {
      this.extension = extension;
      this.label = label;
    }

    abstract boolean holds(Path file) throws IOException;

    static Kind of(String extension) {
      for (Kind k : values()) {
        if (k.extension.equals(extension)) {
          return k;
        }
      }
      return null;
    }
  }

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
      (byte) 0xE1};
  private static final String ODT_TYPE = "application/vnd.oasis.opendocument.text";
  private static final Pattern MARKUP = Pattern.compile("(?i)<\\s*(script|svg|html|iframe|object|embed|meta)\\b");

  /** UTF-8 without NUL or markup: a page renamed .txt is not text a reader should be served. */
  static boolean plainText(byte[] bytes) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
    return text.indexOf('\0') < 0 && !text.stripLeading().startsWith("<") && !MARKUP.matcher(text).find();
  }

  private static byte[] head(Path file, int n) throws IOException {
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      return in.readNBytes(n);
    }
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }

  /** A zip whose central directory names {@code entry}; nothing is inflated, so a zip bomb costs nothing. */
  private static boolean zipHolding(Path file, String entry) throws IOException {
    if (!startsWith(head(file, 4), ZIP)) {
      return false;
    }
    try (ZipFile zip = new ZipFile(file.toFile())) {
      return zip.getEntry(entry) != null;
    } catch (java.util.zip.ZipException e) {
      return false;
    }
  }
}
