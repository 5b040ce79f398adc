package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word files read from their document.xml: runs joined, tabs and breaks kept, table cells as lines. */
class DocxTest {
  private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

  @TempDir Path dir;

  /** Writes a minimal .docx (a zip with the content types and the main document part). */
  static Path docx(Path file, String body) throws IOException {
    try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
          + "content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
          + "officedocument.wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document " + W + "><w:body>" + body
          + "</w:body></w:document>").getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }

  private static List<String> lines(String text) {
    return Arrays.stream(text.split("\n")).filter(l -> !l.isBlank()).toList();
  }

  @Test
  void runsAreJoinedTabsBreaksAndCellsKept() throws Exception {
    Path file = docx(dir.resolve("r.docx"), """
        <w:p><w:r><w:t xml:space="preserve">Máy tính: </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>2</w:t></w:r>\
        <w:r><w:t>1 cái</w:t></w:r></w:p>\
        <w:p><w:r><w:t>Số</w:t><w:tab/><w:t>Ngày</w:t><w:br/><w:t>dòng hai</w:t></w:r></w:p>\
        <w:p><w:r><w:t>Kế hoạch 02</w:t><w:noBreakHyphen/><w:t>KH/ĐU</w:t></w:r></w:p>\
        <w:p><w:r><w:delText>đã xóa</w:delText><w:instrText>PAGE</w:instrText></w:r></w:p>\
        <w:tbl><w:tr><w:tc><w:p><w:r><w:t>Máy in</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>19 cái</w:t></w:r></w:p></w:tc>\
        </w:tr></w:tbl>""");
    assertEquals(List.of("Máy tính: 21 cái", "Số\tNgày", "dòng hai", "Kế hoạch 02-KH/ĐU", "Máy in", "19 cái"), lines(ReportText.read(file)));
  }

  @Test
  void aWordReportGivesTheSameFiguresAsItsText() throws Exception {
    String[] paragraphs = {"2. Về hạ tầng công nghệ", "- Hạ tầng phần cứng: 43 máy tính, trong đó: 20 máy đáp ứng;",
        "4. Kết quả thực hiện TTHC", "- Tổng số hồ sơ tiếp nhận: 239 hồ sơ.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
        "Nguyễn Văn An"};
    StringBuilder body = new StringBuilder();
    for (String p : paragraphs) {
      body.append("<w:p><w:r><w:t>").append(p).append("</w:t></w:r></w:p>");
    }
    Path file = docx(dir.resolve("r.docx"), body.toString());
    assertEquals(Extractor.extract(String.join("\n", paragraphs), "r.docx").values(),
        Extractor.extract(ReportText.read(file), "r.docx").values());
    assertEquals(239, Extractor.extract(ReportText.read(file), "r.docx").values().get("dossiers.received"));
  }

  @Test
  void unicodeHyphensInTextReadAsHyphens() throws Exception {
    Path file = Files.writeString(dir.resolve("r.txt"), "Kế hoạch số 02\u2011KH/ĐU", StandardCharsets.UTF_8);
    assertEquals("Kế hoạch số 02-KH/ĐU", ReportText.read(file));
  }

  @Test
  void externalEntitiesAreNotRead() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "BÍ MẬT");
    Path file = dir.resolve("x.docx");
    try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]><w:document " + W
          + "><w:body><w:p><w:r><w:t>a&x;b</w:t></w:r></w:p></w:body></w:document>").getBytes(StandardCharsets.UTF_8));
    }
    String text;
    try {
      text = ReportText.read(file);
    } catch (IOException refused) {
      text = "";
    }
    assertFalse(text.contains("BÍ MẬT"), text);
  }

  @Test
  void aZipWithoutADocumentIsRefused() throws Exception {
    Path file = dir.resolve("empty.docx");
    try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
      zip.putNextEntry(new ZipEntry("other.xml"));
    }
    assertThrows(IOException.class, () -> ReportText.read(file));
    Path notZip = Files.writeString(dir.resolve("fake.docx"), "not a zip");
    assertThrows(IOException.class, () -> ReportText.read(notZip));
  }
}
