package vn.xaso.importer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import vn.xaso.problem.Code;

/**
 * The text layer of a PDF, page by page in reading order, at most {@link ReportText#MAX_CHARS}
 * characters (a few kilobytes of PDF can draw one line millions of times); a scan without a text
 * layer is read by OCR. PDFBox's own messages are English: each failure is told in both languages.
 */
final class Pdf {
  private static final float DPI = 300;

  private Pdf() {}

  static ReportText.Text text(Path file, Ocr ocr) throws IOException {
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      PDFTextStripper stripper = new Counting();
      stripper.setSortByPosition(true);
      Bounded out = new Bounded(ReportText.MAX_CHARS);
      stripper.writeText(doc, out);
      String text = out.toString();
      if (!text.isBlank()) {
        return new ReportText.Text(text, null);
      }
      return scan(doc, ocr);
    } catch (InvalidPasswordException e) {
      throw new ImportRefused(Code.IMPORT_UNREADABLE, Map.of("detail", "PDF có mật khẩu / the PDF is password-protected"));
    } catch (Bounded.Full | Counting.TooMany e) {
      throw new ImportRefused(Code.IMPORT_TOO_LARGE, Map.of("size", "> " + ReportText.MAX_CHARS, "limit", ReportText.MAX_CHARS));
    } catch (ImportRefused e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new ImportRefused(Code.IMPORT_UNREADABLE, Map.of("detail", "tệp PDF hỏng hoặc không phải PDF / a damaged file or not a PDF"));
    }
  }

  /** A PDF of page images: each page rendered at 300 dpi and read by OCR. */
  private static ReportText.Text scan(PDDocument doc, Ocr ocr) throws IOException {
    if (ocr.describe().isEmpty()) {
      throw new ImportRefused(Code.IMPORT_NEEDS_OCR, Map.of());
    }
    PDFRenderer renderer = new PDFRenderer(doc);
    int pages = Math.min(doc.getNumberOfPages(), Ocr.MAX_PAGES);
    List<Path> pngs = new ArrayList<>();
    String text;
    try {
      for (int i = 0; i < pages; i++) {
        BufferedImage image = renderer.renderImageWithDPI(i, DPI, ImageType.GRAY);
        Path png = Files.createTempFile("xaso-page", ".png");
        pngs.add(png);
        ImageIO.write(image, "png", png.toFile());
      }
      // All pages at once: the engine lays a table a page break cuts out as one (round 24).
      text = ocr.read(pngs);
    } finally {
      for (Path png : pngs) {
        Files.deleteIfExists(png);
      }
    }
    if (text.length() > ReportText.MAX_CHARS) {
      throw new ImportRefused(Code.IMPORT_TOO_LARGE, Map.of("size", text.length(), "limit", ReportText.MAX_CHARS));
    }
    if (text.isBlank()) {
      throw new ImportRefused(Code.IMPORT_UNREADABLE, Map.of("detail", "không thấy chữ nào, kể cả bằng OCR / no text found, even by OCR"));
    }
    return new ReportText.Text(text, ocr.describe().orElse("OCR"));
  }

  /**
   * A stripper that stops at the first page drawing more glyphs than a page of text holds: PDFBox
   * sorts a page's glyphs before writing any, so the writer's bound alone comes too late.
   */
  private static final class Counting extends PDFTextStripper {
    /** Glyphs on one page: a dense A4 page of text has under 6,000. */
    static final int MAX_PER_PAGE = 50_000;

    static final class TooMany extends RuntimeException {
      private static final long serialVersionUID = 1L;
    }

    private int onPage;
    private long total;

    @Override
    protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
      onPage = 0;
      super.startPage(page);
    }

    @Override
    protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
      if (++onPage > MAX_PER_PAGE || ++total > ReportText.MAX_CHARS) {
        throw new TooMany();
      }
      super.processTextPosition(text);
    }
  }

  /** A writer that refuses to hold more than its limit. */
  private static final class Bounded extends Writer {
    static final class Full extends IOException {
      private static final long serialVersionUID = 1L;
    }

    private final StringBuilder out = new StringBuilder();
    private final int limit;

    Bounded(int limit) {
      this.limit = limit;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      if (out.length() + len > limit) {
        throw new Full();
      }
      out.append(buf, off, len);
    }

    @Override
    public void flush() {
      // nothing buffered
    }

    @Override
    public void close() {
      // nothing to release
    }

    @Override
    public String toString() {
      return out.toString();
    }
  }
}
