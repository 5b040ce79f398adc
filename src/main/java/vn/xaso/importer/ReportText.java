package vn.xaso.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;

/** The text of a signed report, from a .txt (UTF-8), .docx or .pdf (text layer) file, in NFC. */
public final class ReportText {
  /** Files larger than this are not reports; refused before reading. */
  static final long MAX_BYTES = 32L * 1024 * 1024;

  private ReportText() {}

  /** Whether the file's extension is one the import reads. */
  public static boolean supported(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".txt") || name.endsWith(".docx") || name.endsWith(".pdf");
  }

  public static String read(Path file) throws IOException {
    if (Files.size(file) > MAX_BYTES) {
      throw new IOException("larger than " + MAX_BYTES + " bytes");
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String text = name.endsWith(".docx") ? Docx.text(file)
        : name.endsWith(".pdf") ? Pdf.text(file)
        : utf8(Files.readAllBytes(file));
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    // Unicode hyphens (U+2010, U+2011) read as the ASCII one document numbers are written with.
    return Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u2010', '-').replace('\u2011', '-');
  }

  private static String utf8(byte[] bytes) throws IOException {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new IOException("not UTF-8 text", e);
    }
  }
}
