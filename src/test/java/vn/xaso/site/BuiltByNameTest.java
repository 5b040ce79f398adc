package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The wide records' builders put each component where its name says: every component is given
 * a value of its own (a String its name, a list its name alone, a boolean true, an int its name's length), and each
 * accessor must give back that value; a builder left one short refuses to build.
 */
class BuiltByNameTest {
  @Test
  void theReportPageBuilderPutsEachComponentWhereItsNameSays() throws Exception {
    eachComponentLandsInPlace(PageModels.ReportPage.class, PageModels.ReportPage.builder());
  }

  @Test
  void theChartBuilderPutsEachComponentWhereItsNameSays() throws Exception {
    eachComponentLandsInPlace(Chart.class, Chart.builder());
  }

  @Test
  void theChartViewBuilderPutsEachComponentWhereItsNameSays() throws Exception {
    eachComponentLandsInPlace(Views.ChartView.class, Views.ChartView.builder());
  }

  @Test
  void theTextPageBuilderPutsEachComponentWhereItsNameSays() throws Exception {
    eachComponentLandsInPlace(TextViews.TextPage.class, TextViews.TextPage.builder());
  }

  @Test
  void aChartLeftOneComponentShortIsNotBuilt() {
    Chart.Builder b = Chart.builder().id("x").title("t").type("bar").percent(false).unit("%").source("s")
        .corner("c").labels(List.of()).links(List.of()).series(List.of()).periods(List.of()).sources(List.of());
    IllegalStateException e = assertThrows(IllegalStateException.class, b::build);
    assertEquals("Chart built without note", e.getMessage());
    assertEquals(null, b.note(null).build().note(), "null is a value: given, it builds");
  }

  @Test
  void eachBuilderLeftOneComponentShortRefusesToBuild() throws Exception {
    leftOneShort(PageModels.ReportPage.class, PageModels.ReportPage.builder());
    leftOneShort(Chart.class, Chart.builder());
    leftOneShort(Views.ChartView.class, Views.ChartView.builder());
    leftOneShort(TextViews.TextPage.class, TextViews.TextPage.builder());
  }

  /** Every component but the first, each setter called on what the previous one returned. */
  private static void leftOneShort(Class<? extends Record> type, Object builder) throws Exception {
    RecordComponent[] all = type.getRecordComponents();
    for (int i = 1; i < all.length; i++) {
      builder = set(builder, all[i]);
    }
    Object shortOne = builder;
    Method build = shortOne.getClass().getMethod("build");
    InvocationTargetException e = assertThrows(InvocationTargetException.class, () -> build.invoke(shortOne));
    assertEquals(type.getSimpleName() + " built without " + all[0].getName(), e.getCause().getMessage());
  }

  private static Object set(Object builder, RecordComponent rc) throws Exception {
    Object next = builder.getClass().getMethod(rc.getName(), rc.getType()).invoke(builder, valueFor(rc));
    assertSame(builder, next, rc.getName() + " returns the builder, for the next name");
    return next;
  }

  private static void eachComponentLandsInPlace(Class<? extends Record> type, Object builder) throws Exception {
    for (RecordComponent rc : type.getRecordComponents()) {
      builder = set(builder, rc);
    }
    Object built;
    try {
      built = builder.getClass().getMethod("build").invoke(builder);
    } catch (InvocationTargetException e) {
      throw new AssertionError(e.getCause());
    }
    for (RecordComponent rc : type.getRecordComponents()) {
      assertEquals(valueFor(rc), rc.getAccessor().invoke(built), type.getSimpleName() + "." + rc.getName());
    }
  }

  /** A value only this component is given: Strings and lists carry the component's name. */
  private static Object valueFor(RecordComponent rc) {
    Class<?> t = rc.getType();
    if (t == String.class) {
      return rc.getName();
    }
    if (t == List.class) {
      return List.of(rc.getName());
    }
    if (t == boolean.class) {
      return true;
    }
    if (t == int.class) {
      return rc.getName().length();
    }
    return null;
  }
}
