package vn.xaso.evidence;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.xaso.model.Report;
import vn.xaso.model.Text;
import vn.xaso.schema.Schema;
import vn.xaso.schema.Shape;

/**
 * The values of a report by field path, as evidence files name them: YAML keys joined by dots,
 * list items by [index] ({@code infrastructure.party.hardware.computers},
 * {@code documents[2].date}). Walks the same {@link Shape}s the loader binds with; texts (vi/en
 * summaries) are the transcriber's words and are left out.
 */
public final class Figures {
  private Figures() {}

  /** Every value of the report, in the file's order. */
  public static Map<String, Object> values(Report report, Schema schema) {
    Map<String, Object> out = new LinkedHashMap<>();
    walk(report, schema.report(), "", out);
    return out;
  }

  /** The figures: every numeric value (counts, shares, money), which must each carry evidence. */
  public static Map<String, Number> numbers(Report report, Schema schema) {
    Map<String, Number> out = new LinkedHashMap<>();
    values(report, schema).forEach((path, v) -> {
      if (v instanceof Number n) {
        out.put(path, n);
      }
    });
    return out;
  }

  /** The documentation of the field at {@code path} ({@code dossiers.received}), or null for no such field. */
  public static vn.xaso.model.Doc doc(Schema schema, String path) {
    Shape shape = schema.report();
    vn.xaso.model.Doc doc = null;
    for (String part : path.replaceAll("\\[\\d+\\]", "").split("\\.")) {
      if (!(shape instanceof Shape.Obj obj) || obj.prop(part).isEmpty()) {
        return null;
      }
      Shape.Prop p = obj.prop(part).get();
      doc = p.doc();
      shape = p.shape() instanceof Shape.ListOf l ? l.item() : p.shape();
    }
    return doc;
  }

  private static void walk(Object value, Shape shape, String path, Map<String, Object> out) {
    if (value == null) {
      return;
    }
    if (shape instanceof Shape.Obj obj) {
      if (obj.type() == Text.class) {
        return;
      }
      for (Shape.Prop p : obj.props()) {
        walk(get(value, p.component()), p.shape(), path.isEmpty() ? p.name() : path + "." + p.name(), out);
      }
    } else if (shape instanceof Shape.ListOf list) {
      List<?> items = (List<?>) value;
      for (int i = 0; i < items.size(); i++) {
        walk(items.get(i), list.item(), path + "[" + i + "]", out);
      }
    } else {
      out.put(path, value);
    }
  }

  private static Object get(Object record, RecordComponent c) {
    try {
      return c.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot read " + c.getName(), e);
    }
  }
}
