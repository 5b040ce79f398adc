package vn.xaso.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.testing.TinyProject;

class ImportCommandTest {
  private static final String REPORT = """
      ỦY BAN NHÂN DÂN XÃ HÙNG THẮNG
      Số: 12/BC-UBND                     Hùng Thắng, ngày 05 tháng 01 năm 2026
      BÁO CÁO
      Kết quả chuyển đổi số tháng 12 năm 2025
      Ủy ban nhân dân xã Hùng Thắng báo cáo như sau:
      1. Thủ tục hành chính
      Hiện tại xã đang triển khai 10 TTHC, trong đó 6 TTHC cung cấp DVCTT toàn trình, 3 TTHC cung cấp DVCTT một phần,
      2 TTHC chưa cung cấp DVCTT.
      2. Kết quả giải quyết hồ sơ (kỳ báo cáo từ ngày 01/12/2025 đến ngày 31/12/2025)
      - Tổng số hồ sơ tiếp nhận: 50 hồ sơ, đã giải quyết 60 hồ sơ.
      TM. ỦY BAN NHÂN DÂN
      CHỦ TỊCH

      Nguyễn Văn An
      """;

  @TempDir Path dir;

  @Test
  void importWritesTheDraftIntoTheCommuneFolderAndChecksIt() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file("in/bao-cao.txt", REPORT);

    TinyProject.Run run = p.run("import", p.path("in/bao-cao.txt").toString(), "--commune", "hai-phong/hung-thang");

    assertEquals(0, run.exit(), run.out() + run.err());
    Path draft = p.path("data/hai-phong/hung-thang/2025-12.yaml");
    String yaml = Files.readString(draft);
    assertTrue(yaml.startsWith("# yaml-language-server: $schema=../../../docs/schema/report.schema.json\n"), yaml);
    assertTrue(yaml.contains("  number: 12/BC-UBND  # «Số: 12/BC-UBND"), yaml);
    assertTrue(yaml.contains("  total: 10  # «"), yaml);
    assertTrue(yaml.contains("  received: 50  # «Tổng số hồ sơ tiếp nhận: 50 hồ sơ, đã giải quyết 60 hồ sơ.»"), yaml);
    assertTrue(run.out().contains("Draft written: " + draft), run.out());
    // The issuer is drafted from the letterhead; only the title is left to summarise.
    assertTrue(yaml.contains("    vi: UBND xã Hùng Thắng  # «ỦY BAN NHÂN DÂN XÃ HÙNG THẮNG»\n"
        + "    en: \"Hùng Thắng commune People's Committee\""), yaml);
    assertTrue(run.out().contains("Còn 1 phần tóm tắt (vi:) cần viết") && run.out().contains("1 summaries (vi:) to write"),
        run.out());
    assertTrue(run.out().contains("error[sum-mismatch] procedures.total"), "the validator's finding is printed: " + run.out());
    // 60 resolved of 50 received is possible when dossiers were carried over, which the text does not say.
    assertFalse(run.out().contains("dossiers.resolved"), run.out());
    assertTrue(run.out().contains("hai-phong/hung-thang/2025-12.yaml:"), run.out());
  }

  @Test
  void anExistingReportIsNeverOverwritten() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file("in/bao-cao.txt", REPORT)
        .file("data/hai-phong/hung-thang/2025-12.yaml", "# đã có\n");

    TinyProject.Run run = p.run("import", p.path("in/bao-cao.txt").toString(), "--commune", "hai-phong/hung-thang");

    assertEquals(1, run.exit());
    assertTrue(run.out().contains("đã có; không ghi đè") && run.out().contains("it is not overwritten"), run.out());
    assertEquals("# đã có\n", Files.readString(p.path("data/hai-phong/hung-thang/2025-12.yaml")));
  }

  @Test
  void outGoesWhereAskedAndIsNotOverwrittenEither() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file("in/bao-cao.txt", REPORT);
    Path out = p.path("nhap.yaml");

    assertEquals(0, p.run("import", p.path("in/bao-cao.txt").toString(), "--out", out.toString()).exit());
    String first = Files.readString(out);
    assertTrue(first.contains("commune: hung-thang  # «"), first);
    assertFalse(first.contains("yaml-language-server"), "no schema path outside data/");

    TinyProject.Run again = p.run("import", p.path("in/bao-cao.txt").toString(), "--out", out.toString());
    assertEquals(1, again.exit());
    assertEquals(first, Files.readString(out));
  }

  @Test
  void withoutCommuneOrOutTheDraftLandsBesideTheReport() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file("in/bao-cao.txt", REPORT);

    assertEquals(0, p.run("import", p.path("in/bao-cao.txt").toString()).exit());

    assertTrue(Files.exists(p.path("in/bao-cao.draft.yaml")));
  }

  @Test
  void aReportWithoutAPeriodIsDraftedBesideItAndSaysWhy() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file("in/bao-cao.txt", "4. Kết quả\n- Tổng số hồ sơ tiếp nhận: 5 hồ sơ.\n");

    TinyProject.Run run = p.run("import", p.path("in/bao-cao.txt").toString(), "--commune", "hai-phong/hung-thang");

    assertEquals(0, run.exit(), run.out());
    assertTrue(Files.exists(p.path("in/bao-cao.draft.yaml")));
    assertTrue(run.out().contains("No reporting period found"), run.out());
    assertTrue(run.out().contains("error[missing-field] source.issuer_block"), "no signature: the block is asked for " + run.out());
  }

  @Test
  void badUsageExitsTwoInBothLanguages() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file("in/bao-cao.odt", "x").file("in/bao-cao.txt", REPORT);

    TinyProject.Run odt = p.run("import", p.path("in/bao-cao.odt").toString());
    TinyProject.Run missing = p.run("import", p.path("in/khong-co.txt").toString());
    TinyProject.Run slug = p.run("import", p.path("in/bao-cao.txt").toString(), "--commune", "Hùng Thắng");

    assertEquals(2, odt.exit());
    assertTrue(odt.err().contains("Chỉ đọc được .txt, .docx, .pdf và ảnh quét") && odt.err().contains("reads .txt, .docx, .pdf and scanned .png/.jpg only"),
        odt.err());
    assertEquals(2, missing.exit());
    assertTrue(missing.err().contains("Không có tệp") && missing.err().contains("no such file"), missing.err());
    assertEquals(2, slug.exit());
    assertTrue(slug.err().contains("--commune cần dạng tỉnh/xã"), slug.err());
    assertFalse(Files.exists(p.path("in/bao-cao.draft.yaml")), "nothing written on bad usage");
  }

  @Test
  void aFileThatIsNotTextSaysSoAndExitsOne() throws Exception {
    TinyProject p = TinyProject.withCommune(dir);
    Files.write(p.path("in.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, 'a'});

    TinyProject.Run run = p.run("import", p.path("in.txt").toString());

    assertEquals(1, run.exit());
    assertTrue(run.out().contains("error[import-unreadable]") && run.out().contains("Không đọc được")
        && run.out().contains("Cannot read") && run.out().contains("not UTF-8"), run.out());
  }
}
