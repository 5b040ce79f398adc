package vn.xaso.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Check;
import vn.xaso.problem.Problem;
import vn.xaso.testing.TinyProject;

/** Rules across files: a report needs its commune's profile, a profile its province's. */
class LayoutRulesTest {
  @TempDir Path dir;

  @Test
  void aReportWhoseCommuneHasNoProfileIsAnError() throws Exception {
    TinyProject.withCommune(dir).file("data/hai-phong/khong-co/2025-12.yaml",
        TinyProject.DECEMBER.replace("commune: hung-thang", "commune: khong-co"));

    List<Problem> problems = new Check().run(dir).problems().all().stream()
        .filter(p -> p.code().id().equals("unknown-commune")).toList();

    assertEquals(1, problems.size());
    assertEquals("data/hai-phong/khong-co/2025-12.yaml:1:1: error[unknown-commune] commune: Không có xã khong-co"
        + " (thiếu commune.yaml).\n    No commune khong-co (its commune.yaml is missing).",
        problems.get(0).format().substring(0, problems.get(0).format().indexOf("\n    →")));
  }

  @Test
  void aCommuneWhoseProvinceHasNoProfileIsAnError() throws Exception {
    new TinyProject(dir).file("data/hai-phong/hung-thang/commune.yaml", TinyProject.COMMUNE);

    List<String> problems = new Check().run(dir).problems().all().stream()
        .map(p -> p.location() + " " + p.code().id() + " " + p.args().get("path")).toList();

    assertEquals(List.of("data/hai-phong/hung-thang/commune.yaml:4:1 missing-profile data/hai-phong/province.yaml"),
        problems);
  }
}
