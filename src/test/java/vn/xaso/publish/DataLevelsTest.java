package vn.xaso.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Build;
import vn.xaso.testing.TinyProject;
import vn.xaso.testing.Zips;

/**
 * The levels of the open data on a project of two provinces, one with a commune that has no
 * report yet, and no corrections log of its own.
 */
class DataLevelsTest {
  @TempDir Path dir;

  @Test
  void eachLevelHoldsItsOwnReportsAndACommuneWithoutReportsHasHeadersOnly() throws Exception {
    TinyProject.withCommune(dir)
        .file("data/hai-phong/chi-minh/commune.yaml", TinyProject.COMMUNE.replace("slug: hung-thang", "slug: chi-minh"))
        .file("data/quang-ngai/province.yaml", "slug: quang-ngai\nname: Quảng Ngãi\n")
        .file("data/quang-ngai/minh-long/commune.yaml", TinyProject.COMMUNE.replace("slug: hung-thang", "slug: minh-long")
            .replace("province: hai-phong", "province: quang-ngai"))
        .file("data/hai-phong/hung-thang/2025-12.yaml", TinyProject.DECEMBER + "procedures: {total: 5}\n")
        .file("data/quang-ngai/minh-long/2025-12.yaml", TinyProject.DECEMBER.replace("commune: hung-thang", "commune: minh-long")
            + "procedures: {total: 7}\n");
    Path out = dir.resolve("out");
    assertTrue(new Build().run(dir, out, Build.Scope.DATA).ok());

    assertEquals(List.of("hung-thang", "minh-long"), communes(out.resolve("data/all/data.json")));
    Path haiPhong = out.resolve("data/hai-phong/hai-phong.zip");
    assertEquals(List.of("hung-thang"), communes(Zips.text(haiPhong, "hai-phong/data.json")));
    assertEquals(List.of("minh-long"), communes(Zips.text(out.resolve("data/quang-ngai/quang-ngai.zip"), "quang-ngai/data.json")));
    assertEquals(List.of(), communes(Zips.text(haiPhong, "hai-phong/chi-minh/data.json")));
    assertEquals(1, Zips.text(haiPhong, "hai-phong/chi-minh/reports.csv").lines().count(), "the header only");
    assertTrue(Zips.read(out.resolve("data/quang-ngai/quang-ngai.zip")).keySet().stream().allMatch(n -> n.startsWith("quang-ngai/")),
        "a province's zip holds its own and its communes' files only");
    assertEquals(3, Files.readAllLines(out.resolve("data/all/reports.csv")).size());
    assertTrue(Files.readAllLines(out.resolve("data/all/reports.csv")).get(2).contains(",minh-long,"));
    assertEquals("# Nhật ký sửa dữ liệu / Data corrections\n\nChưa có lần sửa nào. / No corrections yet.\n",
        Files.readString(out.resolve("data/CHANGELOG.md")), "a project without content/data-changelog.md");
  }

  private static List<String> communes(Path json) throws Exception {
    return communes(Files.readString(json));
  }

  private static List<String> communes(String json) throws Exception {
    JsonNode node = new ObjectMapper().readTree(json);
    List<String> out = new ArrayList<>();
    node.path("reports").forEach(r -> out.add(r.path("commune").asText()));
    return out;
  }
}
