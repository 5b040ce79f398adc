package vn.xaso.importer;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text layer of a PDF, page by page in reading order; a scan without one is refused. */
final class Pdf {
  private Pdf() {}

  static String text(Path file) throws IOException {
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      String text = stripper.getText(doc);
      if (text.isBlank()) {
        throw new IOException("no text layer (a scan): run OCR first / không có lớp chữ (bản quét): cần OCR trước");
      }
      return text;
    } catch (InvalidPasswordException e) {
      throw new IOException("password-protected / có mật khẩu", e);
    }
  }
}
