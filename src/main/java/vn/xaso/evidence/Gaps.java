package vn.xaso.evidence;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.xaso.model.Report;
import vn.xaso.model.Text;
import vn.xaso.schema.Schema;
import vn.xaso.schema.Shape;

/**
 * The parts and fields a report file leaves out, by path, as its page names them: a part of the
 * report absent or empty, and inside a part it gives, a field or sub-part absent. Not counted:
 * the file's identity and the transcriber's own records (notes, quality notes, confirmations,
 * parts left blank), whose absence says nothing of the report.
 */
public final class Gaps {
  /** Top-level fields that are not parts of what the report says. */
  public static final Set<String> NOT_PARTS = Set.of("commune", "period", "quality_notes", "confirmed_as_reported");
  /** Fields the transcriber writes about the report: their absence is nothing the report leaves out. */
  public static final Set<String> TRANSCRIBERS = Set.of("note", "notes", "left_blank", "text_publication");

  private Gaps() {}

  public static List<String> of(Report report, Schema schema) {
    List<String> out = new ArrayList<>();
    for (Shape.Prop p : schema.report().props()) {
      if (NOT_PARTS.contains(p.name())) {
        continue;
      }
      Object v = get(report, p.component());
      if (v == null || v instanceof List<?> l && l.isEmpty()) {
        out.add(p.name());
      } else if (p.shape() instanceof Shape.Obj obj) {
        inside(v, obj, p.name(), out);
      }
    }
    return List.copyOf(out);
  }

  private static void inside(Object value, Shape.Obj shape, String path, List<String> out) {
    for (Shape.Prop p : shape.props()) {
      if (TRANSCRIBERS.contains(p.name())) {
        continue;
      }
      String child = path + "." + p.name();
      Object v = get(value, p.component());
      if (v == null || v instanceof List<?> l && l.isEmpty()) {
        out.add(child);
      } else if (p.shape() instanceof Shape.Obj obj && obj.type() != Text.class) {
        inside(v, obj, child, out);
      }
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
