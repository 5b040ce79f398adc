package vn.xaso.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.testing.TinyProject;

/**
 * What `import` writes beside the draft (the evidence sidecar, parsed here with Jackson until the
 * evidence loader lands), what it keeps under sources/, how it reads scans, and what it refuses.
 */
class ImportEvidenceTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final String REPORT = """
      ỦY BAN NHÂN DÂN XÃ HÙNG THẮNG
      Số: 12/BC-UBND                     Hùng Thắng, ngày 05 tháng 01 năm 2026
      BÁO CÁO
      Kết quả chuyển đổi số tháng 12 năm 2025
      Ủy ban nhân dân xã Hùng Thắng báo cáo như sau:
      1. Thủ tục hành chính
      Hiện tại xã đang triển khai 10 TTHC, trong đó 6 TTHC cung cấp DVCTT toàn trình, 3 TTHC cung cấp DVCTT một phần,
      1 TTHC chưa cung cấp DVCTT.
      2. Kết quả giải quyết hồ sơ (kỳ báo cáo từ ngày 01/12/2025 đến ngày 31/12/2025)
      - Tổng số hồ sơ tiếp nhận: 50 hồ sơ (trực tuyến 45, trực tiếp 5), đã giải quyết 48 hồ sơ.
      - Trung tâm Phục vụ hành chính công bố trí 03 công chức tiếp nhận hồ sơ, đồng thời ký hợp đồng với Bưu điện xã, phục vụ 120 lượt người dân.
      TM. ỦY BAN NHÂN DÂN
      CHỦ TỊCH

      Nguyễn Văn An
      """;

  @TempDir Path dir;

  @Test
  void everyFigureFilledHasItsLineAndAQuoteThatStandsThere() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file("in/bao-cao.txt", REPORT);

    TinyProject.Run run = p.run("import", p.path("in/bao-cao.txt").toString(), "--commune", "hai-phong/hung-thang");

    assertEquals(0, run.exit(), run.out() + run.err());
    Path sidecar = p.path("data/hai-phong/hung-thang/2025-12.evidence.yaml");
    assertTrue(run.out().contains("Where each figure stands: " + sidecar), run.out());
    String text = Files.readString(sidecar);
    assertTrue(text.startsWith("# Nguồn của từng số liệu trong 2025-12.yaml / Where each figure"), text);
    JsonNode figures = YAML.readTree(text).get("figures");
    List<String> lines = Files.readAllLines(p.path("sources/hai-phong/hung-thang/bao-cao.txt"));
    Map<String, String> expected = Map.of("procedures.total", "10", "procedures.full_online", "6",
        "dossiers.received", "50", "dossiers.received_online", "45", "dossiers.received_in_person", "5",
        "dossiers.resolved", "48", "human_resources.service_centre_staff", "03", "period.start", "01/12/2025");
    expected.forEach((path, digits) -> {
      JsonNode f = figures.get(path);
      assertTrue(f != null, path + " has evidence: " + text);
      String quote = f.get("quote").asText();
      assertTrue(quote.length() <= 200 && quote.contains(digits), path + ": " + quote);
      int from = f.has("line") ? f.get("line").asInt() : f.get("lines").get(0).asInt();
      int to = f.has("line") ? from : f.get("lines").get(1).asInt();
      String stands = String.join(" ", lines.subList(from - 1, to)).replaceAll("\\s+", " ");
      assertTrue(stands.contains(quote), path + ": «" + quote + "» on lines " + from + "–" + to + ": " + stands);
    });
    assertFalse(figures.has("human_resources.labour_contracts"), "a contract with the Post Office counts no one");
    String draft = Files.readString(p.path("data/hai-phong/hung-thang/2025-12.yaml"));
    assertTrue(draft.contains("# Numbers found but not placed") && draft.contains("#   120 luot  «Trung tâm Phục vụ"), draft);
    assertFalse(draft.contains("\0"));
  }

  @Test
  void withCommuneTheTextIsKeptUnderSourcesAndNeverOverwritten() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file("in/bao-cao.txt", REPORT)
        .file("in/khac/bao-cao.txt", REPORT.replace("50 hồ sơ", "51 hồ sơ").replace("12/BC", "13/BC"));

    TinyProject.Run first = p.run("import", p.path("in/bao-cao.txt").toString(), "--commune", "hai-phong/hung-thang",
        "--out", p.path("data/hai-phong/hung-thang/a.yaml").toString());
    TinyProject.Run second = p.run("import", p.path("in/khac/bao-cao.txt").toString(), "--commune", "hai-phong/hung-thang",
        "--out", p.path("data/hai-phong/hung-thang/b.yaml").toString());

    assertEquals(0, first.exit(), first.out());
    assertEquals(Files.readString(p.path("in/bao-cao.txt")), Files.readString(p.path("sources/hai-phong/hung-thang/bao-cao.txt")));
    assertTrue(first.out().contains("Kept: "), first.out());
    assertEquals(0, second.exit(), second.out());
    assertTrue(second.out().contains("already exists and differs; it is not overwritten"), second.out());
    assertTrue(Files.readString(p.path("sources/hai-phong/hung-thang/bao-cao.txt")).contains("50 hồ sơ"), "the first stays");
  }

  @Test
  void aDocxIsKeptWithItsTextBesideIt() throws Exception {
    TinyProject p = TinyProject.withCommune(dir);
    Path docx = docx(p.path("in/bao-cao.docx"), 1, REPORT.split("\n"));

    TinyProject.Run run = p.run("import", docx.toString(), "--commune", "hai-phong/hung-thang");

    assertEquals(0, run.exit(), run.out());
    assertTrue(Files.exists(p.path("sources/hai-phong/hung-thang/bao-cao.docx")));
    String kept = Files.readString(p.path("sources/hai-phong/hung-thang/bao-cao.txt"));
    assertTrue(kept.contains("Tổng số hồ sơ tiếp nhận: 50 hồ sơ"), kept);
    assertTrue(Files.readString(p.path("data/hai-phong/hung-thang/2025-12.evidence.yaml"))
        .contains("# Dòng của văn bản / lines of the text: sources/hai-phong/hung-thang/bao-cao.txt"));
  }

  @Test
  void aDocxWithTwoBodiesIsRefusedNotReadForTheHiddenOne() throws Exception {
    TinyProject p = TinyProject.withCommune(dir);
    Path docx = docx(p.path("in/hai.docx"), 2, REPORT.split("\n"));

    TinyProject.Run run = p.run("import", docx.toString());

    assertEquals(1, run.exit(), run.out());
    assertTrue(run.out().contains("error[import-two-bodies]") && run.out().contains("hai phần nội dung")
        && run.out().contains("two bodies"), run.out());
    assertFalse(Files.exists(p.path("in/hai.draft.yaml")));
  }

  @Test
  void aTextWithANulByteIsRefusedAndNoNulReachesADraft() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file("in/nul.txt", REPORT.replace("50 hồ sơ", "50\0 hồ sơ"));

    TinyProject.Run run = p.run("import", p.path("in/nul.txt").toString());

    assertEquals(1, run.exit(), run.out());
    assertTrue(run.out().contains("error[import-not-text]") && run.out().contains("dòng 10") && run.out().contains("line 10"),
        run.out());
    Path docx = docx(p.path("in/nul.docx"), 1, REPORT.replace("50 hồ sơ", "50\u0001 hồ sơ").split("\n"));
    TinyProject.Run fromWord = p.run("import", docx.toString());
    assertEquals(0, fromWord.exit(), fromWord.out());
    String draft = Files.readString(p.path("in/nul.draft.yaml"));
    assertFalse(draft.chars().anyMatch(c -> c < 0x20 && c != '\n'), draft);
  }

  @Test
  void aTextTooLongToBeAReportIsRefusedWithTheLimit() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file("in/dai.txt", "Tiếp nhận 5 hồ sơ.\n".repeat(60_000));

    TinyProject.Run run = p.run("import", p.path("in/dai.txt").toString());

    assertEquals(1, run.exit(), run.out());
    assertTrue(run.out().contains("error[import-too-large]") && run.out().contains("tối đa 1000000")
        && run.out().contains("at most 1000000"), run.out());
  }

  @Test
  void aScanImageWithoutTesseractSaysHowToInstallIt() throws Exception {
    TinyProject p = TinyProject.withCommune(dir);
    Path png = page(p.path("in/scan.png"), "Tổng số hồ sơ tiếp nhận: 50 hồ sơ");
    String before = System.getProperty("xaso.tesseract");
    System.setProperty("xaso.tesseract", dir.resolve("khong-co-tesseract").toString());
    try {
      TinyProject.Run run = p.run("import", png.toString());
      assertEquals(1, run.exit(), run.out());
      assertTrue(run.out().contains("error[import-needs-ocr]")
          && run.out().contains("sudo apt-get install tesseract-ocr tesseract-ocr-vie"), run.out());
    } finally {
      restore(before);
    }
  }

  @Test
  void aScanIsReadByTheOcrEngineAndTheDraftSaysSo() throws Exception {
    TinyProject p = TinyProject.withCommune(dir);
    Path png = page(p.path("in/scan.png"), "x");
    // A stand-in for Tesseract that reads every page as this report: the runner is what is tested.
    Path fake = dir.resolve("tesseract");
    Path boxes = p.path("in/as-read.tsv");
    Files.writeString(boxes, tsv(REPORT));
    Files.writeString(fake, """
        #!/bin/sh
        case "$1" in
          --version) echo "tesseract 5.3.0"; exit 0;;
          --list-langs) printf 'List of available languages (2):\\neng\\nvie\\n'; exit 0;;
        esac
        [ "$5" = --psm ] && [ "$7" = tsv ] || exit 1
        cp "%s" "$2.tsv"
        """.formatted(boxes));
    Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
    String before = System.getProperty("xaso.tesseract");
    System.setProperty("xaso.tesseract", fake.toString());
    try {
      TinyProject.Run run = p.run("import", png.toString(), "--commune", "hai-phong/hung-thang");
      assertEquals(0, run.exit(), run.out());
      String draft = Files.readString(p.path("data/hai-phong/hung-thang/2025-12.yaml"));
      assertTrue(draft.contains("# ĐỌC BẰNG OCR (Tesseract 5.3.0, -l vie)") && draft.contains("# READ BY OCR"), draft);
      assertTrue(draft.contains("received: 50"), draft);
      assertTrue(run.out().contains("Read by OCR (Tesseract 5.3.0, -l vie)"), run.out());
      assertEquals(REPORT, Files.readString(p.path("sources/hai-phong/hung-thang/scan.txt")));
      assertFalse(Files.exists(p.path("sources/hai-phong/hung-thang/scan.png")), "images are not a kind the site publishes");
    } finally {
      restore(before);
    }
  }

  /** With Tesseract and its Vietnamese data installed, a rendered page is really read back. */
  @Test
  void aRealTesseractReadsARenderedPage() throws Exception {
    assumeTrue(installed(), "tesseract-ocr with tesseract-ocr-vie is not installed");
    TinyProject p = TinyProject.withCommune(dir);
    Path png = page(p.path("in/trang.png"), "Tổng số hồ sơ tiếp nhận trong kỳ: 239 hồ sơ, đã giải quyết 223 hồ sơ.");
    TinyProject.Run run = p.run("import", png.toString());
    assertEquals(0, run.exit(), run.out());
    String draft = Files.readString(p.path("in/trang.draft.yaml"));
    assertTrue(draft.contains("received: 239") && draft.contains("resolved: 223"), draft);
    assertTrue(draft.contains("ĐỌC BẰNG OCR (Tesseract"), draft);
  }

  private static boolean installed() {
    try {
      Process v = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
      String out = new String(v.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return v.waitFor() == 0 && out.lines().anyMatch(l -> l.strip().equals("vie"));
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private static void restore(String before) {
    if (before == null) {
      System.clearProperty("xaso.tesseract");
    } else {
      System.setProperty("xaso.tesseract", before);
    }
  }

  /**
   * Tesseract's word boxes (TSV) for a page printed in a fixed-width font of 20 pixels a character and 50 a line, as
   * it would box this text: one row a word, a blank line a line's height left empty.
   */
  static String tsv(String text) {
    StringBuilder out = new StringBuilder("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth"
        + "\theight\tconf\ttext\n");
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      var m = java.util.regex.Pattern.compile("\\S+").matcher(lines[i]);
      for (int n = 1; m.find(); n++) {
        out.append(String.join("\t", "5", "1", "1", "1", String.valueOf(i + 1), String.valueOf(n),
            String.valueOf(100 + 20 * m.start()), String.valueOf(100 + 50 * i), String.valueOf(20 * m.group().length()),
            "30", "96.5", m.group())).append('\n');
      }
    }
    return out.toString();
  }

  /** A page image with one line of text, as a scanner would give it. */
  static Path page(Path file, String line) throws IOException {
    Files.createDirectories(file.getParent());
    BufferedImage img = new BufferedImage(1700, 300, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 1700, 300);
    g.setColor(Color.BLACK);
    g.setFont(new Font("DejaVu Serif", Font.PLAIN, 36));
    g.drawString(line, 40, 150);
    g.dispose();
    ImageIO.write(img, "png", file.toFile());
    return file;
  }

  /** A .docx whose body holds these paragraphs, stored {@code bodies} times under word/document.xml. */
  static Path docx(Path file, int bodies, String... paragraphs) throws IOException {
    Files.createDirectories(file.getParent());
    // XML 1.1, whose character references may name control characters (&#x1;), as a crafted file may.
    StringBuilder xml = new StringBuilder("<?xml version=\"1.1\" encoding=\"UTF-8\"?><w:document xmlns:w="
        + "\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
    for (String para : paragraphs) {
      xml.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(para.replace("&", "&amp;").replace("<", "&lt;")
          .replace("\u0001", "&#x1;")).append("</w:t></w:r></w:p>");
    }
    xml.append("</w:body></w:document>");
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i < bodies; i++) {
        // The zip writer refuses a name twice: the second is written as documenX and renamed below.
        zip.putNextEntry(new ZipEntry(i == 0 ? "word/document.xml" : "word/documenX.xml"));
        String body = i == 0 ? xml.toString() : xml.toString().replace("50 hồ sơ", "999 hồ sơ");
        zip.write(body.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    byte[] b = bytes.toByteArray();
    byte[] from = "word/documenX.xml".getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i + from.length <= b.length; i++) {
      if (java.util.Arrays.equals(b, i, i + from.length, from, 0, from.length)) {
        b[i + from.length - 5] = 't';
      }
    }
    Files.write(file, b);
    return file;
  }
}
