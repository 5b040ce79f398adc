package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDF reports with a text layer are read through PDFBox; a scan without one is refused, not guessed. */
class PdfTest {
  @TempDir Path dir;

  /** A one-page PDF with these lines (the standard fonts have no Vietnamese marks: text as OCR gives it). */
  static Path pdf(Path file, String... lines) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        s.beginText();
        s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        s.setLeading(14);
        s.newLineAtOffset(50, 740);
        for (String line : lines) {
          s.showText(line);
          s.newLine();
        }
        s.endText();
      }
      doc.save(file.toFile());
    }
    return file;
  }

  @Test
  void theTextLayerIsReadAndItsFiguresFound() throws Exception {
    Path file = pdf(dir.resolve("bao-cao.pdf"), "4. Ket qua thuc hien thu tuc hanh chinh",
        "- Tong so ho so tiep nhan trong ky: 239 ho so, trong do da giai quyet 223 ho so.",
        "TM. UY BAN NHAN DAN", "CHU TICH", "", "Nguyen Van An");
    String text = ReportText.read(file);
    assertTrue(text.contains("239 ho so"), text);
    Map<String, Object> v = Extractor.extract(text, "bao-cao.pdf").values();
    assertEquals(239, v.get("dossiers.received"));
    assertEquals(223, v.get("dossiers.resolved"));
    assertEquals("Nguyen Van An", v.get("source.signer_name"));
  }

  @Test
  void aScanWithoutTextIsRefused() throws Exception {
    Path file = pdf(dir.resolve("scan.pdf"));
    IOException e = assertThrows(IOException.class, () -> ReportText.read(file));
    assertTrue(e.getMessage().contains("no text layer") && e.getMessage().contains("không có lớp chữ"), e.getMessage());
  }
}
