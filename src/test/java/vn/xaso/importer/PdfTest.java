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

  /** A stand-in OCR engine: each page image reads as the given text. */
  static Ocr fake(String engine, String text) {
    return new Ocr() {
      @Override
      public java.util.Optional<String> describe() {
        return java.util.Optional.ofNullable(engine);
      }

      @Override
      public boolean vietnamese() {
        return engine != null && engine.endsWith("vie");
      }

      @Override
      public String read(Path image) throws IOException {
        assertTrue(java.nio.file.Files.size(image) > 0, "a rendered page");
        return text;
      }
    };
  }

  @Test
  void aScanWithoutTextIsReadByOcrAndSaysSo() throws Exception {
    Path file = pdf(dir.resolve("scan.pdf"));
    ReportText.Text t = ReportText.load(file, fake("Tesseract 5, -l vie", "Tổng số hồ sơ tiếp nhận: 12 hồ sơ."));
    assertEquals("Tesseract 5, -l vie", t.ocr());
    assertTrue(t.text().contains("12 hồ sơ"), t.text());
  }

  @Test
  void aScanWithoutTesseractIsRefusedWithHowToInstallIt() throws Exception {
    Path file = pdf(dir.resolve("scan.pdf"));
    ImportRefused e = assertThrows(ImportRefused.class, () -> ReportText.load(file, fake(null, "")));
    assertEquals(vn.xaso.problem.Code.IMPORT_NEEDS_OCR, e.code());
    String said = new vn.xaso.problem.Problem("scan.pdf", vn.xaso.problem.Position.FILE, "", e.code(), e.args()).format();
    assertTrue(said.contains("error[import-needs-ocr]") && said.contains("apt-get install tesseract-ocr tesseract-ocr-vie")
        && said.contains("bản quét") && said.contains("a scan"), said);
  }

  @Test
  void aScanOcrFindsNothingInIsRefusedNotDraftedEmpty() throws Exception {
    Path file = pdf(dir.resolve("scan.pdf"));
    ImportRefused e = assertThrows(ImportRefused.class, () -> ReportText.load(file, fake("Tesseract 5, -l vie", " \n")));
    assertEquals(vn.xaso.problem.Code.IMPORT_UNREADABLE, e.code());
  }

  @Test
  void aBrokenPdfIsToldInBothLanguagesNotInPdfBoxsEnglish() throws Exception {
    Path file = java.nio.file.Files.writeString(dir.resolve("hong.pdf"), "%PDF-1.7\nkhông phải PDF");
    ImportRefused e = assertThrows(ImportRefused.class, () -> ReportText.load(file, fake(null, "")));
    assertEquals(vn.xaso.problem.Code.IMPORT_UNREADABLE, e.code());
    String said = new vn.xaso.problem.Problem("hong.pdf", vn.xaso.problem.Position.FILE, "", e.code(), e.args()).format();
    assertTrue(said.contains("error[import-unreadable]") && said.contains("tệp PDF hỏng") && said.contains("a damaged file"), said);
  }

  @Test
  void aPdfDrawingOneLineOverAndOverIsBoundedAndRefused() throws Exception {
    // A few kilobytes of PDF: one content stream drawn by a form a thousand times on each of 40 pages.
    Path file = dir.resolve("lap.pdf");
    try (PDDocument doc = new PDDocument()) {
      String line = "Tong so ho so tiep nhan trong ky: 239 ho so ".repeat(20);
      for (int p = 0; p < 60; p++) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
          s.beginText();
          s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 2);
          s.setLeading(1);
          s.newLineAtOffset(0, 790);
          for (int i = 0; i < 1000; i++) {
            s.showText(line);
            s.newLine();
          }
          s.endText();
        }
      }
      doc.save(file.toFile());
    }
    long start = System.nanoTime();
    ImportRefused e = assertThrows(ImportRefused.class, () -> ReportText.load(file, fake(null, "")));
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("PDF of %d bytes drawing %d characters: refused in %d ms%n", java.nio.file.Files.size(file),
        60L * 1000 * 880, ms);
    assertEquals(vn.xaso.problem.Code.IMPORT_TOO_LARGE, e.code());
    String said = new vn.xaso.problem.Problem("lap.pdf", vn.xaso.problem.Position.FILE, "", e.code(), e.args()).format();
    assertTrue(said.contains("error[import-too-large]") && said.contains("quá dài") && said.contains("too long"), said);
  }
}
