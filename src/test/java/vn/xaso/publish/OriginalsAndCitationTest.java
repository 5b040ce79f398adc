package vn.xaso.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Check;
import vn.xaso.derive.Deriver;
import vn.xaso.derive.ReportFacts;
import vn.xaso.model.Lang;
import vn.xaso.model.Licence;
import vn.xaso.model.SiteConfig;
import vn.xaso.model.Text;
import vn.xaso.problem.Problems;
import vn.xaso.testing.TinyProject;

/**
 * The original documents published beside the data, with the hash a reader checks them by, and
 * the suggested citation of the dataset in each language.
 */
class OriginalsAndCitationTest {
  @TempDir Path dir;

  private ReportFacts report(String file) throws Exception {
    TinyProject p = TinyProject.withCommune(dir)
        .file("data/hai-phong/hung-thang/2025-12.yaml", TinyProject.DECEMBER_SIGNED + "  file: " + file + "\n");
    return new Deriver().derive(new Check().run(p.root()).data(), new Problems()).reports().get(0);
  }

  @Test
  void aKeptOriginalIsPublishedBesideItsCommunesDataWithItsHash() throws Exception {
    ReportFacts r = report("bao-cao.txt");
    Path kept = dir.resolve("sources/hai-phong/hung-thang/bao-cao.txt");
    Files.createDirectories(kept.getParent());
    Files.writeString(kept, "Báo cáo số 1/BC-UBND");
    byte[] bytes = "Báo cáo số 1/BC-UBND".getBytes(StandardCharsets.UTF_8);
    SourceDocuments.Published expected = new SourceDocuments.Published("data/hai-phong/hung-thang/sources/bao-cao.txt",
        bytes.length, Output.sha256(bytes));
    assertEquals(Optional.of(expected), SourceDocuments.find(dir, r));
    assertEquals(Map.of(r.path(), expected), SourceDocuments.all(dir, java.util.List.of(r)));

    Output out = new Output(dir.resolve("site"));
    assertEquals(Optional.of(expected), SourceDocuments.publish(dir, r, out));
    out.commit();
    assertEquals("Báo cáo số 1/BC-UBND", Files.readString(dir.resolve("site/data/hai-phong/hung-thang/sources/bao-cao.txt")));
  }

  @Test
  void aReportWhoseOriginalIsNotKeptLinksNone() throws Exception {
    ReportFacts r = report("bao-cao.txt");
    assertEquals(Map.of(), SourceDocuments.all(dir, java.util.List.of(r)), "no sources/ folder");
    assertEquals(Map.of(), SourceDocuments.all(null, java.util.List.of(r)), "no project: the data alone");
    Files.createDirectories(dir.resolve("sources/hai-phong/hung-thang"));
    assertEquals(Optional.empty(), SourceDocuments.find(dir, r), "the folder without the file");
    Output out = new Output(dir.resolve("site"));
    assertEquals(Optional.empty(), SourceDocuments.publish(dir, r, out));
    out.abort();
  }

  @Test
  void aLinkInPlaceOfTheOriginalIsNotPublished() throws Exception {
    ReportFacts r = report("bao-cao.txt");
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "password");
    Files.createDirectories(dir.resolve("sources/hai-phong/hung-thang"));
    Files.createSymbolicLink(dir.resolve("sources/hai-phong/hung-thang/bao-cao.txt"), secret);
    // Refused outright since #22 (validate tells it first, at source.file), no longer skipped quietly.
    vn.xaso.problem.Stop stop = org.junit.jupiter.api.Assertions.assertThrows(vn.xaso.problem.Stop.class,
        () -> SourceDocuments.find(dir, r));
    assertEquals(vn.xaso.problem.Code.PATH_LINK, stop.problem().code());
  }

  private static SiteConfig config(String version) {
    return new SiteConfig(new Text("Xã Số", "Xa So"), new Text("Thử", "Test"), "https://example.org/xaso/", null,
        new Text("Nhóm thử", "Test team"), new Licence("test", new Text("Giấy phép", "Licence"), null, null, null),
        version, null);
  }

  @Test
  void theDatasetIsCitedWithPublisherYearTitleVersionAndAddressInEachLanguage() {
    LocalDate created = LocalDate.of(2026, 1, 5);
    assertEquals("Nhóm thử (2026). Xã Số [dữ liệu mở]. Xã Số. Phiên bản dữ liệu 2026.1. https://example.org/xaso/data/"
        + " (truy cập ngày [ngày/tháng/năm]).", SuggestedCitation.dataset(config("2026.1"), created, Lang.VI));
    assertEquals("Test team (2026). Xa So [open data]. Xa So. Data version 2026.1. https://example.org/xaso/en/data/"
        + " (accessed [date]).", SuggestedCitation.dataset(config("2026.1"), created, Lang.EN));
    String unversioned = SuggestedCitation.dataset(config(null), created, Lang.EN);
    assertEquals("Test team (2026). Xa So [open data]. Xa So. https://example.org/xaso/en/data/ (accessed [date]).",
        unversioned);
    assertTrue(SuggestedCitation.of(config(null), created, "xã Hùng Thắng", "https://example.org/xaso/hai-phong/hung-thang/",
        Lang.VI).startsWith("Nhóm thử (2026). xã Hùng Thắng. Xã Số. https://example.org/xaso/hai-phong/hung-thang/"));
  }

  @Test
  void aReportIsCitedFirstAsTheSignedReportThenAsTranscribedHereInEachLanguage() {
    LocalDate created = LocalDate.of(2026, 1, 5);
    String url = "https://example.org/xaso/hai-phong/hung-thang/2025-12/";
    assertEquals("UBND xã Hùng Thắng, 1/BC-UBND, 31/12/2025. Báo cáo tháng 12. Chép lại trong: Nhóm thử (2026). Hùng Thắng,"
        + " tháng 12/2025. Xã Số. " + url + " (truy cập ngày [ngày/tháng/năm]).", SuggestedCitation.report(config(null),
        created, "UBND xã Hùng Thắng, 1/BC-UBND, 31/12/2025", "Báo cáo tháng 12", "Hùng Thắng, tháng 12/2025", url, Lang.VI));
    assertTrue(SuggestedCitation.report(config(null), created, "UBND xã Hùng Thắng, 1/BC-UBND, 31/12/2025",
        "Báo cáo tháng 12", "Hùng Thắng, December 2025", url, Lang.EN).startsWith(
        "UBND xã Hùng Thắng, 1/BC-UBND, 31/12/2025. Báo cáo tháng 12. Transcribed in: Test team (2026). Hùng Thắng,"
            + " December 2025. Xa So. " + url));
  }
}
