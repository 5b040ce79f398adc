package vn.xaso.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Check;
import vn.xaso.model.Lang;
import vn.xaso.testing.TinyProject;

/** The catalogue of indicators as pages and tables read it: codes, labels, units and formulas in both languages. */
class IndicatorCatalogueTest {
  @TempDir Path dir;

  @Test
  void eachIndicatorSaysWhatItIsInBothLanguages() {
    Indicator i = Indicator.ONLINE_DOSSIER_SHARE;
    assertEquals("online_dossier_share", i.code());
    assertEquals("Tỷ lệ hồ sơ tiếp nhận trực tuyến", i.label(Lang.VI));
    assertEquals("Share of dossiers received online", i.label(Lang.EN));
    assertEquals("100 × tiếp nhận trực tuyến ÷ tiếp nhận; nếu thiếu số đếm: tỷ lệ báo cáo ghi", i.formula(Lang.VI));
    assertEquals("100 × received online ÷ received; without counts: the share the report states", i.formula(Lang.EN));
    assertEquals("%", i.unit());
    assertEquals("TTHC / procedures", Indicator.PROCEDURES_TOTAL.unit());
    for (Indicator each : Indicator.values()) {
      assertTrue(each.code().matches("[a-z_]+"), each.code());
      assertFalse(each.label(Lang.VI).equals(each.label(Lang.EN)), each.code());
      assertFalse(each.formula(Lang.VI).equals(each.formula(Lang.EN)) && !each.formula(Lang.VI).matches("[a-z_.]+"), each.code());
    }
  }

  @Test
  void theSharesAreThePercentagesInCatalogueOrder() {
    assertTrue(Indicator.FULL_ONLINE_SHARE.isPercent());
    assertFalse(Indicator.COMPUTERS.isPercent());
    assertEquals(List.of(Indicator.FULL_ONLINE_SHARE, Indicator.ONLINE_SHARE, Indicator.ON_TIME_RATE,
        Indicator.ONLINE_DOSSIER_SHARE, Indicator.COMPUTERS_ADEQUATE_SHARE, Indicator.ANTI_MALWARE_COVERAGE,
        Indicator.VILLAGES_COVERED_SHARE), Indicator.shares());
  }

  @Test
  void aValueSaysWhereItComesFromAndAnAbsenceWhyInEitherLanguage() {
    Value absent = Value.absent("Mẫu số bằng 0", "The denominator is zero");
    assertFalse(absent.present());
    assertEquals("Mẫu số bằng 0", absent.reason(Lang.VI));
    assertEquals("The denominator is zero", absent.reason(Lang.EN));
    assertTrue(Value.count(0).present(), "zero is a figure");
    assertEquals(66.67, Value.computed(200.0 / 3, "2 ÷ 3", "2 ÷ 3").number());
    assertEquals(80.05, Value.stated(80.05).number(), "a stated share is kept as stated");
    assertEquals(List.of("computed", "stated", "count", "absent"),
        List.of(Value.Basis.values()).stream().map(Value.Basis::code).toList());
  }

  @Test
  void aReportsPathIsItsProvinceCommuneAndPeriodUnlessTheyAreLeftOut() throws Exception {
    TinyProject.withCommune(dir).file("data/hai-phong/hung-thang/2025-12.yaml", TinyProject.DECEMBER);
    Check.Result checked = new Check().run(dir);
    ReportFacts f = new Deriver().derive(checked.data(), checked.problems()).reports().get(0);
    assertEquals("hai-phong/hung-thang/2025-12", f.path());
    ReportFacts stored = new ReportFacts(f.loaded(), null, f.province(), f.indicators(), f.warnings());
    assertNull(stored.path(), "as the cache stores facts, without the commune");
    assertNull(new ReportFacts(f.loaded(), f.commune(), null, f.indicators(), List.of()).path());
  }
}
