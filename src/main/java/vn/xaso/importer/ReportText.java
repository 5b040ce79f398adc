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
import java.util.Map;
import vn.xaso.problem.Code;

/**
 * The text of a signed report, from a .txt (UTF-8), .docx or .pdf file, or read by OCR from a
 * scan (.pdf without a text layer, .png, .jpg), in NFC. A .txt holding control characters (NUL)
 * is refused; those of a .docx or .pdf are read as spaces, so none reaches the draft.
 */
public final class ReportText {
  /** Files larger than this are not reports; refused before reading. */
  static final long MAX_BYTES = 32L * 1024 * 1024;
  /** Texts longer than this are not one report; refused after reading (the import is linear up to here). */
  public static final int MAX_CHARS = 1_000_000;

  /** The text and, when it was read by OCR, the engine and language that read it. */
  public record Text(String text, String ocr) {}

  private ReportText() {}

  /** Whether the file's extension is one the import reads. */
  public static boolean supported(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".txt") || name.endsWith(".docx") || name.endsWith(".pdf") || image(file);
  }

  /** Whether the file is a page image (.png, .jpg), read by OCR. */
  public static boolean image(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg");
  }

  /** The text of a typed file (OCR with Tesseract if it is a scan). */
  public static String read(Path file) throws IOException {
    return load(file, Ocr.system()).text();
  }

  public static Text load(Path file, Ocr ocr) throws IOException {
    long size = Files.size(file);
    if (size > MAX_BYTES) {
      throw new ImportRefused(Code.FILE_TOO_LARGE, Map.of("bytes", size, "limit", MAX_BYTES));
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    Text read;
    if (name.endsWith(".docx")) {
      read = new Text(spaces(Docx.text(file)), null);
    } else if (name.endsWith(".pdf")) {
      Text t = Pdf.text(file, ocr);
      read = new Text(spaces(t.text()), t.ocr());
    } else if (image(file)) {
      if (ocr.describe().isEmpty()) {
        throw new ImportRefused(Code.IMPORT_NEEDS_OCR, Map.of());
      }
      read = new Text(spaces(ocr.read(file)), ocr.describe().get());
      if (read.text().isBlank()) {
        throw new ImportRefused(Code.IMPORT_UNREADABLE, Map.of("detail", "không thấy chữ nào, kể cả bằng OCR / no text found, even by OCR"));
      }
    } else {
      read = new Text(plain(utf8(Files.readAllBytes(file))), null);
    }
    String text = read.text();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.length() > MAX_CHARS) {
      throw new ImportRefused(Code.IMPORT_TOO_LARGE, Map.of("size", text.length(), "limit", MAX_CHARS));
    }
    // Unicode hyphens (U+2010, U+2011) read as the ASCII one document numbers are written with.
    return new Text(Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u2010', '-').replace('\u2011', '-'), read.ocr());
  }

  /** A .txt as it is, unless it holds control characters: then it is not text. */
  private static String plain(String text) throws ImportRefused {
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
      } else if (control(c)) {
        throw new ImportRefused(Code.IMPORT_NOT_TEXT, Map.of("line", line));
      }
    }
    return text;
  }

  /** Control characters of an extracted text read as spaces. */
  private static String spaces(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(control(c) ? ' ' : c);
    }
    return out.toString();
  }

  private static boolean control(char c) {
    return c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == 0x7F;
  }

  private static String utf8(byte[] bytes) throws IOException {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new ImportRefused(Code.IMPORT_UNREADABLE, Map.of("detail", "không phải văn bản UTF-8 / not UTF-8 text"));
    }
  }
}
