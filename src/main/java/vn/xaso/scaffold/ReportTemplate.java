package vn.xaso.scaffold;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Set;
import vn.xaso.model.Coded;
import vn.xaso.model.Doc;
import vn.xaso.model.Period;
import vn.xaso.model.Report;
import vn.xaso.model.Text;
import vn.xaso.schema.Shape;

/**
 * Renders the YAML text of a new report. Every part the commune's latest report had is kept as
 * structure with its values emptied (an empty value means "not reported" until staff fill it);
 * identity (commune, period, issuing body) and the names of software and databases carry over,
 * because they describe what the commune has rather than what happened in the period. A commune
 * with no report yet gets every field of the model, empty, each commented in Vietnamese with its
 * unit and an example, so staff never have to hunt for a field in the dictionary.
 */
public final class ReportTemplate {
  /** Text kept from the latest report: what the commune is and has, not what it reported. */
  private static final Set<String> KEPT = Set.of(
      "source.issuer", "source.issuer_block", "infrastructure.*.software[].name", "infrastructure.*.databases[]");
  private static final String INDENT = "  ";

  private final Shape.Obj reportShape;

  public ReportTemplate(Shape.Obj reportShape) {
    this.reportShape = reportShape;
  }

  public String render(String commune, Period period, Report latest, String schemaPath) {
    return new Render(latest == null).render(commune, period, latest, schemaPath);
  }

  /** One rendering; {@code full} when there is no latest report and every field is written. */
  private final class Render {
    private final boolean full;

    Render(boolean full) {
      this.full = full;
    }

    String render(String commune, Period period, Report latest, String schemaPath) {
      StringBuilder out = new StringBuilder();
      out.append("# yaml-language-server: $schema=").append(schemaPath).append('\n');
      out.append("# Báo cáo mới của xã ").append(commune).append(", kỳ ").append(period.key()).append(".\n");
      out.append("# Điền số liệu đúng như báo cáo đã ký. Số liệu báo cáo không nêu thì để trống, KHÔNG ghi 0.\n")
          .append("# Phần nhận xét, khó khăn, kiến nghị: tóm tắt bằng lời của mình (vi bắt buộc, en nếu có thể).\n");
      if (full) {
        out.append("# Xã chưa có báo cáo nào: tệp liệt kê mọi trường. Trường nào báo cáo không nêu thì để trống")
            .append(" hoặc xóa dòng.\n");
      }
      out.append("commune: ").append(commune).append('\n');
      out.append("period:\n");
      if (period.asOf() != null) {
        out.append(INDENT).append("as_of: ").append(period.asOf()).append('\n');
      } else {
        out.append(INDENT).append("start: ").append(period.start()).append('\n');
        out.append(INDENT).append("end: ").append(period.end()).append('\n');
      }
      for (Shape.Prop prop : reportShape.props()) {
        if (prop.name().equals("commune") || prop.name().equals("period")) {
          continue;
        }
        Object value = latest == null ? null : get(latest, prop);
        if (full || prop.required() || value != null) {
          field(out, prop, value, prop.name(), 0);
        }
      }
      return out.toString();
    }

    private void field(StringBuilder out, Shape.Prop prop, Object value, String path, int depth) {
      String pad = INDENT.repeat(depth);
      comment(out, prop, pad);
      if (prop.shape() instanceof Shape.Obj obj) {
        out.append(pad).append(prop.name()).append(":\n");
        object(out, obj, value, path, depth + 1);
        return;
      }
      if (prop.shape() instanceof Shape.ListOf list) {
        listField(out, prop.name(), list, value, path, pad, depth);
        return;
      }
      out.append(pad).append(prop.name()).append(':');
      if (kept(path) && value != null) {
        out.append(' ').append(scalar(value));
      }
      out.append('\n');
    }

    private void object(StringBuilder out, Shape.Obj obj, Object value, String path, int depth) {
      boolean text = obj.type() == Text.class;
      if (text && kept(path) && value instanceof Text t) {
        String pad = INDENT.repeat(depth);
        out.append(pad).append("vi: ").append(quote(t.vi())).append('\n');
        if (t.en() != null) {
          out.append(pad).append("en: ").append(quote(t.en())).append('\n');
        }
        return;
      }
      if (text) {
        // The field's own comment says what the text is: vi and en need none each.
        String pad = INDENT.repeat(depth);
        out.append(pad).append("vi:\n").append(pad).append("en:\n");
        return;
      }
      for (Shape.Prop p : obj.props()) {
        Object child = value == null ? null : get(value, p);
        if (full || text || p.required() || child != null) {
          field(out, p, child, path + "." + p.name(), depth);
        }
      }
    }

    private void listField(StringBuilder out, String name, Shape.ListOf list, Object value, String path, String pad,
        int depth) {
      List<?> items = value instanceof List<?> l ? l : List.of();
      boolean keep = kept(path + "[]") || kept(path + "[].name");
      if (!keep || items.isEmpty()) {
        out.append(pad).append(name).append(": []  # thêm từng mục bằng dòng bắt đầu bằng \"- \"");
        if (full) {
          out.append(", theo mẫu:\n");
          sketch(out, list.item(), pad + "#" + INDENT + "- ", pad + "#" + INDENT + INDENT);
        } else {
          out.append('\n');
        }
        return;
      }
      out.append(pad).append(name).append(":\n");
      for (Object item : items) {
        if (list.item() instanceof Shape.Obj obj && obj.type() != Text.class) {
          listItem(out, obj, item, path + "[]", depth + 1);
        } else if (item instanceof Text t) {
          out.append(pad).append(INDENT).append("- vi: ").append(quote(t.vi())).append('\n');
          if (t.en() != null) {
            out.append(pad).append(INDENT).append("  en: ").append(quote(t.en())).append('\n');
          }
        }
      }
    }

    /** A list item keeps only its kept fields and the required ones, emptied. */
    private void listItem(StringBuilder out, Shape.Obj obj, Object item, String path, int depth) {
      StringBuilder body = new StringBuilder();
      for (Shape.Prop p : obj.props()) {
        Object child = get(item, p);
        if (kept(path + "." + p.name()) || p.required()) {
          field(body, p, child, path + "." + p.name(), depth);
        }
      }
      String pad = INDENT.repeat(depth);
      String text = body.toString();
      // The first line of the item gets the "- " marker in place of its indentation.
      int first = firstFieldLine(text);
      String[] lines = text.split("\n", -1);
      StringBuilder marked = new StringBuilder();
      for (int i = 0; i < lines.length; i++) {
        if (i == first) {
          marked.append(pad, 0, pad.length() - INDENT.length()).append("- ").append(lines[i].substring(pad.length()));
        } else {
          marked.append(lines[i]);
        }
        if (i < lines.length - 1) {
          marked.append('\n');
        }
      }
      out.append(marked);
    }

    /** One list item as commented lines: each field with its meaning, for staff to copy. */
    private void sketch(StringBuilder out, Shape item, String first, String rest) {
      if (!(item instanceof Shape.Obj obj)) {
        out.append(first).append(item instanceof Shape.Scalar ? "" : "vi: ").append('\n');
        return;
      }
      String lead = first;
      for (Shape.Prop p : obj.props()) {
        out.append(lead).append(p.name()).append(':');
        if (p.shape() instanceof Shape.Obj o && o.type() != Text.class) {
          out.append(trailing(p.doc())).append('\n');
          sketch(out, o, rest + INDENT, rest + INDENT);
        } else {
          out.append(p.shape() instanceof Shape.Obj ? " {vi: , en: }" : "").append(trailing(p.doc())).append('\n');
        }
        lead = rest;
      }
    }
  }

  private static int firstFieldLine(String text) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].strip().startsWith("#")) {
        return i;
      }
    }
    return 0;
  }

  private static void comment(StringBuilder out, Shape.Prop prop, String pad) {
    if (prop.doc() == null) {
      return;
    }
    out.append(pad).append("# ").append(meaning(prop.doc()));
    if (prop.shape() instanceof Shape.Scalar s && s.kind() == Shape.Kind.ENUM) {
      out.append(" — một trong: ").append(String.join(", ", s.values()));
    }
    out.append('\n');
  }

  /** "Hồ sơ tiếp nhận trong kỳ (hồ sơ / dossiers) — ví dụ: 239". */
  private static String meaning(Doc doc) {
    StringBuilder s = new StringBuilder(doc.vi());
    if (!doc.unit().isEmpty()) {
      s.append(" (").append(doc.unit()).append(')');
    }
    if (!doc.example().isEmpty()) {
      s.append(" — ví dụ: ").append(doc.example());
    }
    return s.toString();
  }

  private static String trailing(Doc doc) {
    return doc == null ? "" : "  # " + meaning(doc);
  }

  private static boolean kept(String path) {
    String general = path.replaceFirst("^infrastructure\\.[a-z]+\\.", "infrastructure.*.");
    return KEPT.contains(path) || KEPT.contains(general);
  }

  private static String scalar(Object value) {
    if (value instanceof Coded c) {
      return c.code();
    }
    return quote(String.valueOf(value));
  }

  /** Double-quoted YAML scalar; safe for any text the model holds. */
  static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static Object get(Object record, Shape.Prop prop) {
    try {
      return prop.component().getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot read " + prop.name(), e);
    }
  }
}
