package vn.xaso.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import vn.xaso.load.ProjectFiles;
import vn.xaso.problem.Code;
import vn.xaso.problem.Problem;

/**
 * Which originals kept in {@code sources/} may be published, checked in this package (the
 * whole-build cases are in {@code trust.SourceDocumentTypesTest}): each type is known by its
 * first bytes whatever its name says, the size limit holds at the byte, and a kept file that is
 * missing is no problem while one reached through a link is refused.
 */
class SourceDocumentChecksTest {
  private static final String FOLDER = "sources/hai-phong/hung-thang/";
  private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
      (byte) 0xE1};
  @TempDir Path dir;

  private SourceDocuments.Checked check(String name, byte[] bytes) throws Exception {
    Files.createDirectories(dir.resolve(FOLDER));
    Files.write(dir.resolve(FOLDER + name), bytes);
    return SourceDocuments.check(ProjectFiles.of(dir), "hai-phong", "hung-thang", name);
  }

  private void accepted(String name, byte[] bytes) throws Exception {
    SourceDocuments.Checked c = check(name, bytes);
    assertTrue(c.refused().isEmpty(), () -> name + ": " + c.refused());
    assertEquals(dir.resolve(FOLDER + name).toRealPath(), c.path().toRealPath(), name);
  }

  private Problem refused(String name, byte[] bytes, Code code) throws Exception {
    SourceDocuments.Checked c = check(name, bytes);
    assertNull(c.path(), name);
    Problem p = c.refused().orElseThrow(() -> new AssertionError(name + " was accepted"));
    assertEquals(code, p.code(), name);
    assertEquals(FOLDER + name, p.file(), "told at the original's project path");
    return p;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] zip(String entry, String text) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(ascii(text));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  /** A zip whose first entry, stored uncompressed, is {@code first} holding {@code type}, as LibreOffice writes an .odt. */
  private static byte[] odt(String first, String type) throws Exception {
    byte[] t = ascii(type);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      ZipEntry e = new ZipEntry(first);
      e.setMethod(ZipEntry.STORED);
      e.setSize(t.length);
      CRC32 crc = new CRC32();
      crc.update(t);
      e.setCrc(crc.getValue());
      zip.putNextEntry(e);
      zip.write(t);
      zip.closeEntry();
      if (!first.equals("content.xml")) {
        zip.putNextEntry(new ZipEntry("content.xml"));
        zip.write(ascii("<office:document-content/>"));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  @Test
  void eachTypeIsAcceptedWithTheContentItsNameSays() throws Exception {
    accepted("a.pdf", ascii("%PDF-1.7\n%%EOF\n"));
    accepted("b.PDF", ascii("%PDF-1.4\n"));
    accepted("c.docx", zip("word/document.xml", "<w:document/>"));
    accepted("d.odt", odt("mimetype", "application/vnd.oasis.opendocument.text"));
    byte[] doc = new byte[64];
    System.arraycopy(OLE, 0, doc, 0, OLE.length);
    accepted("e.doc", doc);
    accepted("f.txt", ascii("UBND XÃ HÙNG THẮNG\nBáo cáo 1 < 2 (số 1/BC-UBND)\n"));
  }

  @Test
  void eachTypeIsRefusedWhenItsFirstBytesAreSomethingElse() throws Exception {
    Problem pdf = refused("a.pdf", ascii("%PDF"), Code.SOURCE_CONTENT);
    assertEquals("PDF", pdf.args().get("kind"), "the type the name claims, in words");
    refused("b.pdf", ascii("<html><body>%PDF-1.4</body></html>"), Code.SOURCE_CONTENT);
    assertEquals("Word (.docx)", refused("c.docx", zip("index.html", "<html/>"), Code.SOURCE_CONTENT).args().get("kind"));
    refused("d.docx", ascii("word/document.xml"), Code.SOURCE_CONTENT);
    refused("e.docx", ascii("PK\3\4 but no zip after"), Code.SOURCE_CONTENT);
    assertEquals("Word 97–2003 (.doc)", refused("f.doc", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11}, Code.SOURCE_CONTENT)
        .args().get("kind"));
    assertEquals("UTF-8 text", refused("g.txt", ascii("  <svg onload=alert(1)>"), Code.SOURCE_CONTENT).args().get("kind"));
  }

  @Test
  void anOdtIsKnownByItsFirstEntryTheMimetype() throws Exception {
    assertEquals("OpenDocument (.odt)",
        refused("a.odt", odt("content.xml", "application/vnd.oasis.opendocument.text"), Code.SOURCE_CONTENT)
            .args().get("kind"), "another first entry");
    refused("b.odt", odt("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), Code.SOURCE_CONTENT);
    refused("c.odt", odt("mimetypes", "application/vnd.oasis.opendocument.text"), Code.SOURCE_CONTENT);
    refused("d.odt", zip("word/document.xml", "<w:document/>"), Code.SOURCE_CONTENT);
    refused("e.odt", ascii("PK\3\4 too short"), Code.SOURCE_CONTENT);
    refused("f.odt", ascii("application/vnd.oasis.opendocument.text"), Code.SOURCE_CONTENT);
    // A header that names a 64-byte entry: its name runs past what is read; no type follows it.
    byte[] header = new byte[40];
    header[0] = 'P';
    header[1] = 'K';
    header[2] = 3;
    header[3] = 4;
    header[26] = 64;
    refused("g.odt", header, Code.SOURCE_CONTENT);
  }

  @Test
  void anOdtWhoseMimetypeEntryCarriesAnExtraFieldIsStillAnOdt() throws Exception {
    // Info-ZIP and some converters add an extra field (here 8 bytes) to every entry, the first too.
    byte[] t = ascii("application/vnd.oasis.opendocument.text");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      ZipEntry e = new ZipEntry("mimetype");
      e.setMethod(ZipEntry.STORED);
      e.setSize(t.length);
      CRC32 crc = new CRC32();
      crc.update(t);
      e.setCrc(crc.getValue());
      e.setExtra(new byte[] {(byte) 0xFE, (byte) 0xCA, 4, 0, 1, 2, 3, 4});
      zip.putNextEntry(e);
      zip.write(t);
      zip.closeEntry();
    }
    accepted("a.odt", bytes.toByteArray());
  }

  @Test
  void textIsRefusedWithANulMarkupOrAnotherEncoding() throws Exception {
    refused("a.txt", ascii("Báo cáo\0"), Code.SOURCE_CONTENT);
    refused("e.txt", ascii("\0Báo cáo"), Code.SOURCE_CONTENT);
    refused("b.txt", new byte[] {'B', (byte) 0xE1, 'o'}, Code.SOURCE_CONTENT);
    refused("c.txt", ascii("Báo cáo\n<IFRAME src=x>"), Code.SOURCE_CONTENT);
    refused("d.txt", ascii("Báo cáo\n< script>"), Code.SOURCE_CONTENT);
    assertTrue(SourceDocuments.plainText(ascii("Tỷ lệ < 50 %, <không> là thẻ")));
    assertFalse(SourceDocuments.plainText(ascii("\n\t<p>")));
  }

  @Test
  void onlyTheTypesASignedReportComesInArePublished() throws Exception {
    Problem html = refused("a.html", ascii("<html/>"), Code.SOURCE_TYPE);
    assertEquals(FOLDER + "a.html", html.args().get("path"));
    assertEquals("pdf, docx, doc, odt, txt", html.args().get("allowed"));
    refused("bao-cao", ascii("%PDF-1.4\n"), Code.SOURCE_TYPE);
    refused("b.pdf.svg", ascii("<svg/>"), Code.SOURCE_TYPE);
  }

  @Test
  void theSizeLimitHoldsAtTheByte() throws Exception {
    Files.createDirectories(dir.resolve(FOLDER));
    Path at = dir.resolve(FOLDER + "at.pdf");
    Files.write(at, ascii("%PDF-1.4\n"));
    try (RandomAccessFile f = new RandomAccessFile(at.toFile(), "rw")) {
      f.setLength(SourceDocuments.MAX_BYTES); // sparse
    }
    assertTrue(SourceDocuments.check(ProjectFiles.of(dir), "hai-phong", "hung-thang", "at.pdf").refused().isEmpty(),
        "20 MB exactly is published");
    try (RandomAccessFile f = new RandomAccessFile(at.toFile(), "rw")) {
      f.setLength(SourceDocuments.MAX_BYTES + 1);
    }
    Problem over = SourceDocuments.check(ProjectFiles.of(dir), "hai-phong", "hung-thang", "at.pdf").refused().orElseThrow();
    assertEquals(Code.SOURCE_TOO_LARGE, over.code());
    assertEquals(SourceDocuments.MAX_BYTES + 1, over.args().get("bytes"));
    assertEquals(SourceDocuments.MAX_BYTES, over.args().get("limit"));
  }

  @Test
  void aMissingOriginalIsNoProblemAndALinkedOneIsRefused() throws Exception {
    SourceDocuments.Checked missing = SourceDocuments.check(ProjectFiles.of(dir), "hai-phong", "hung-thang", "a.pdf");
    assertNull(missing.path());
    assertTrue(missing.refused().isEmpty());
    Path outside = Files.writeString(dir.resolve("elsewhere.pdf"), "%PDF-1.4\n");
    Files.createDirectories(dir.resolve(FOLDER));
    Files.createSymbolicLink(dir.resolve(FOLDER + "b.pdf"), outside);
    SourceDocuments.Checked linked = SourceDocuments.check(ProjectFiles.of(dir), "hai-phong", "hung-thang", "b.pdf");
    assertNull(linked.path());
    assertEquals(Code.PATH_LINK, linked.refused().orElseThrow().code());
  }
}
