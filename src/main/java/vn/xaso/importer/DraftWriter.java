package vn.xaso.importer;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import vn.xaso.model.Coded;
import vn.xaso.model.Text;
import vn.xaso.schema.Shape;

/**
 * Writes the draft YAML in the order of the model's records, read through the schema, so a field
 * added to the model takes its place here without a change. A part of the report with anything
 * found is written whole, its other figures left empty to fill; each value is followed by the
 * sentence it came from; a field found with different values is empty, the candidates above it.
 */
public final class DraftWriter {
  /** Stands in for a summary still to write, only in the copy the validator reads. */
  static final String PLACEHOLDER = "…";
  private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ./_&-]*[\\p{L}\\p{N}.]|[\\p{L}\\p{N}]");
  private static final String INDENT = "  ";

  private final Shape.Obj report;

  public DraftWriter(Shape.Obj report) {
    this.report = report;
  }

  /**
   * The draft's text. With {@code placeholders}, required summaries hold {@link #PLACEHOLDER} so
   * the validator can check the figures of a draft whose summaries are not written yet.
   */
  public String render(Findings found, String source, String schemaPath, boolean placeholders) {
    StringBuilder out = new StringBuilder();
    if (schemaPath != null) {
      out.append("# yaml-language-server: $schema=").append(schemaPath).append('\n');
    }
    out.append("# Bản nháp do `xaso import` tạo từ ").append(source).append(".\n");
    out.append("# Đối chiếu TỪNG giá trị với báo cáo đã ký (câu trích sau dấu #); điền phần tóm tắt; giá trị\n");
    out.append("# báo cáo không nêu thì để trống, không ghi 0. Xong thì xóa hoặc giữ các chú thích.\n");
    out.append("# Draft made by `xaso import` from ").append(source).append(". Check EVERY value against the\n");
    out.append("# signed report (the quote after #); write the summaries; leave figures the report does not\n");
    out.append("# give empty, never 0. Then delete the comments or keep them.\n");
    found.readBy().ifPresent(engine -> out.append("# ĐỌC BẰNG OCR (").append(engine).append("): chữ và số có thể bị đọc sai;")
        .append(" đối chiếu kỹ với bản quét.\n# READ BY OCR (").append(engine)
        .append("): letters and digits may be misread; check closely against the scan.\n"));
    object(out, found, report, "", 0, placeholders);
    unplaced(out, found);
    return out.toString();
  }

  /** Numbers the text gives that no field was found for, with their sentence: a person places them or not. */
  private static void unplaced(StringBuilder out, Findings found) {
    if (found.unplaced().isEmpty()) {
      return;
    }
    out.append("# Số tìm thấy nhưng chưa xếp vào trường nào (xếp tay nếu đúng là số liệu của báo cáo):\n");
    out.append("# Numbers found but not placed (place them by hand if they are figures of the report):\n");
    for (Finding f : found.unplaced()) {
      out.append("#   ").append(f.value()).append("  «").append(f.quote()).append('»');
      if (f.evidence() != null) {
        out.append(" (dòng / line ").append(f.evidence().line()).append(')');
      }
      out.append('\n');
    }
  }

  private void object(StringBuilder out, Findings found, Shape.Obj obj, String path, int depth, boolean placeholders) {
    boolean top = path.isEmpty();
    for (Shape.Prop p : obj.props()) {
      String child = top ? p.name() : path + "." + p.name();
      String pad = INDENT.repeat(depth);
      if (p.shape() instanceof Shape.Scalar) {
        if (!top || p.required() || found.has(child)) {
          scalar(out, found, p.name(), child, pad);
        }
      } else if (p.shape() instanceof Shape.Obj o && o.type() == Text.class) {
        if (found.value(child + ".vi").isPresent()) {
          // Drafted from the report's own words (the issuer from the letterhead): a person checks it.
          out.append(pad).append(p.name()).append(":\n");
          scalar(out, found, "vi", child + ".vi", pad + INDENT);
          if (found.has(child + ".en")) {
            scalar(out, found, "en", child + ".en", pad + INDENT);
          }
        } else if (p.required()) {
          out.append(pad).append(p.name()).append(":  # tóm tắt / summarise\n");
          out.append(pad).append(INDENT).append("vi:").append(placeholders ? " \"" + PLACEHOLDER + "\"" : "").append('\n');
        }
      } else if (p.shape() instanceof Shape.Obj o) {
        if (p.required() || found.under(child)) {
          out.append(pad).append(p.name()).append(":\n");
          object(out, found, o, child, depth + 1, placeholders);
        }
      } else if (p.shape() instanceof Shape.ListOf list && list.item() instanceof Shape.Scalar) {
        if (found.has(child)) {
          scalar(out, found, p.name(), child, pad);
        }
      } else if (p.shape() instanceof Shape.ListOf list && list.item() instanceof Shape.Obj item
          && item.type() != Text.class) {
        list(out, found, p.name(), item, child, depth, placeholders);
      }
    }
  }

  private void list(StringBuilder out, Findings found, String name, Shape.Obj item, String path, int depth,
      boolean placeholders) {
    int count = 0;
    while (found.under(path + "[" + count + "]")) {
      count++;
    }
    if (count == 0) {
      return;
    }
    String pad = INDENT.repeat(depth);
    out.append(pad).append(name).append(":\n");
    for (int i = 0; i < count; i++) {
      StringBuilder body = new StringBuilder();
      object(body, found, item, path + "[" + i + "]", depth + 2, placeholders);
      // The item's first field line takes the "- " marker in place of its indentation.
      String text = body.toString();
      String inner = INDENT.repeat(depth + 2);
      int first = 0;
      while (text.startsWith(inner + "#", first)) {
        first = text.indexOf('\n', first) + 1;
      }
      out.append(text, 0, first).append(pad).append(INDENT).append("- ").append(text.substring(first + inner.length()));
    }
  }

  private static void scalar(StringBuilder out, Findings found, String name, String path, String pad) {
    List<Finding> conflict = found.conflict(path);
    if (!conflict.isEmpty()) {
      out.append(pad).append("# ? báo cáo ghi các giá trị khác nhau, chọn một / the report gives different values, pick one:\n");
      for (Finding f : conflict) {
        out.append(pad).append("#   ").append(format(f.value())).append("  «").append(f.quote()).append("»\n");
      }
      out.append(pad).append(name).append(":\n");
      return;
    }
    var value = found.value(path);
    out.append(pad).append(name).append(':');
    value.ifPresent(f -> out.append(' ').append(format(f.value())).append("  # «").append(f.quote()).append('»'));
    out.append('\n');
  }

  static String format(Object value) {
    if (value instanceof List<?> items) {
      return items.stream().map(DraftWriter::format).collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }
    if (value instanceof Coded c) {
      return c.code();
    }
    if (value instanceof Double d) {
      return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    if (value instanceof String s) {
      return PLAIN.matcher(s).matches() && !s.matches("[0-9.]+") ? s
          : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
    return String.valueOf(value);
  }
}
