package vn.xaso.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Check;
import vn.xaso.derive.Deriver;
import vn.xaso.derive.ReportFacts;
import vn.xaso.model.Licence;
import vn.xaso.model.SiteConfig;
import vn.xaso.model.Text;
import vn.xaso.problem.Problems;
import vn.xaso.sample.SampleGenerator;

/**
 * The data package's sources written once per build and kept per report (#26, seventh pass):
 * the package's text must be the one Jackson writes for the whole package, byte for byte, for
 * the site's package and the zip's, as reports' originals come and go and reports are read again.
 */
class DataPackageSourcesTest {
  @TempDir Path dir;

  private static final ObjectMapper PRETTY = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .enable(SerializationFeature.INDENT_OUTPUT);
  private static final SiteConfig CONFIG = new SiteConfig(new Text("Xã Số", "Xa So"), new Text("Thử \"mô tả\"", "Test"),
      "https://example.org/xaso/", null, new Text("Nhóm thử", "Test team"),
      new Licence("test", new Text("Giấy phép", "Licence"), "https://example.org/licence", new Text("Ghi nguồn", "Credit"),
          null), "2026.1", null);

  @Test
  void thePackagesSourcesAreJacksonsOwnTextAsOriginalsComeAndGoAndReportsAreReadAgain() throws Exception {
    Path project = dir.resolve("project");
    new SampleGenerator(6, 3, 5).write(project, Path.of("").toAbsolutePath());
    List<ReportFacts> reports = new Deriver().derive(new Check().run(project).data(), new Problems()).reports();
    assertTrue(reports.size() >= 15, "reports: " + reports.size());
    DataPackageWriter writer = new DataPackageWriter(new Tables(new vn.xaso.schema.Schema()));
    List<DataPackageWriter.Listed> listed = List.of(
        new DataPackageWriter.Listed("all/data.json", null, "all", 10, "ab"),
        new DataPackageWriter.Listed("hai-phong/hai-phong.zip", null, "hai-phong", 20, "cd"));
    DataPackageWriter.Sources sources = new DataPackageWriter.Sources(PRETTY);
    Map<String, SourceDocuments.Published> originals = new HashMap<>();

    assertSame(writer, sources, List.of(), originals, listed, "no reports");
    assertSame(writer, sources, reports, originals, listed, "first build");
    // An original published for one report, whose facts are the last build's: its entry now gives the path.
    originals.put(reports.get(2).path(), new SourceDocuments.Published("sources/x/y/bao-cao.pdf", 5, "ef"));
    assertSame(writer, sources, reports, originals, listed, "an original published");
    assertTrue(sources.text(reports, originals, CONFIG.baseUrl()).contains("https://example.org/xaso/sources/x/y/bao-cao.pdf"));
    originals.clear();
    assertSame(writer, sources, reports, originals, listed, "the original gone");
    // Reports read again (new facts), one removed, the order kept.
    List<ReportFacts> again = new ArrayList<>();
    for (ReportFacts f : reports.subList(1, reports.size())) {
      again.add(new ReportFacts(f.loaded(), f.commune(), f.province(), f.indicators(), f.warnings()));
    }
    assertSame(writer, sources, again, originals, listed.subList(0, 1), "read again, one removed");
  }

  private static void assertSame(DataPackageWriter writer, DataPackageWriter.Sources sources, List<ReportFacts> reports,
      Map<String, SourceDocuments.Published> originals, List<DataPackageWriter.Listed> listed, String when)
      throws Exception {
    LocalDate created = LocalDate.of(2026, 1, 5);
    String whole = PRETTY.writeValueAsString(writer.descriptor(CONFIG, created,
        DataPackageWriter.sources(reports, originals, CONFIG.baseUrl()), listed));
    String text = sources.text(reports, originals, CONFIG.baseUrl());
    assertEquals(whole, sources.into(writer.descriptor(CONFIG, created, TextNode.valueOf(DataPackageWriter.SOURCES_HERE),
        listed), text), when);
  }
}
