package vn.xaso.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.testing.TinyProject;

/** Issue #11, item 5: no part may exceed its whole, however the sums are written; no rate over 100% is published. */
class ImpossibleFiguresTest {
  private static final String FILE = "data/hai-phong/hung-thang/2025-12.yaml";

  @TempDir Path dir;

  @Test
  void onTimeOverResolvedWithoutAnOverdueLineIsRefused() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file(FILE, TinyProject.DECEMBER + """
        dossiers: {received: 300, resolved: 223, on_time: 500}
        """);

    TinyProject.Run run = p.run("validate");

    assertEquals(1, run.exit(), run.out());
    assertTrue(run.out().contains("error[exceeds] dossiers.on_time: Hồ sơ đúng hạn (500) lớn hơn hồ sơ đã giải quyết (223).\n"
        + "    Dossiers on time (500) exceeds resolved dossiers (223)."), run.out());
  }

  @Test
  void countsWhoseSumOverflowsAnIntAreStillCompared() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file(FILE, TinyProject.DECEMBER + """
        dossiers: {received: 2147483647, resolved: 2147483647, on_time: 2147483647, overdue: 2147483647}
        """);

    TinyProject.Run run = p.run("validate");

    assertEquals(1, run.exit(), run.out());
    assertTrue(run.out().contains("error[exceeds] dossiers.on_time: Hồ sơ đúng hạn + hồ sơ quá hạn (4294967294) lớn hơn hồ sơ đã giải"
        + " quyết (2147483647).\n    Dossiers on time + overdue dossiers (4294967294) exceeds resolved dossiers (2147483647)."), run.out());
  }

  @Test
  void eachHardwarePartIsComparedWithTheComputersOnItsOwn() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file(FILE, TinyProject.DECEMBER + """
        infrastructure:
          government:
            hardware: {computers: 10, adequate: 12}
        """);

    TinyProject.Run run = p.run("validate");

    assertEquals(1, run.exit(), run.out());
    assertTrue(run.out().contains("error[exceeds] infrastructure.government.hardware.adequate: Máy đáp ứng (12) lớn hơn"
        + " tổng số máy tính (10).\n    Adequate computers (12) exceeds computers (10)."), run.out());
  }

  @Test
  void anImpossibleRateConfirmedAsReportedIsNotPublished() throws Exception {
    TinyProject p = TinyProject.withCommune(dir).file(FILE, TinyProject.DECEMBER + """
        dossiers: {received: 300, resolved: 223, on_time: 500}
        confirmed_as_reported: [dossiers.on_time]
        """);

    TinyProject.Run run = p.run("build", "--out", dir.resolve("site").toString());

    assertEquals(0, run.exit(), run.out());
    assertTrue(run.out().contains("warning[as-reported] dossiers.on_time"), run.out());
    String indicators = Files.readString(dir.resolve("site/data/all/indicators.csv"));
    assertFalse(indicators.contains("224.2"), indicators);
    for (String line : indicators.lines().skip(1).toList()) {
      if (line.contains("on_time_rate")) {
        assertTrue(line.contains("absent"), "the rate is told as missing, not as 224%: " + line);
      }
    }
  }
}
