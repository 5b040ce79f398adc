package vn.xaso.schema;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.xaso.model.Flow;
import vn.xaso.model.Lang;
import vn.xaso.model.Stock;
import vn.xaso.model.Text;

/**
 * Whether a report's figure is a stock (a count that holds at a date) or a flow (a count over a
 * span), as the model declares it with {@link Stock} and {@link Flow} on a part's record. A record
 * inside a part (a block's hardware) holds figures of its part's kind unless it declares its own
 * (procedures with dossiers, a flow inside the procedures' stock). Read by the data dictionary,
 * the JSON Schema and the open-data descriptions, so they say the same as the pages.
 */
public enum FigureKind {
  STOCK("số liệu tại một thời điểm (tính đến ngày)", "stock: a count that holds at a date"),
  FLOW("số liệu trong kỳ (cộng dồn trong một khoảng thời gian)", "flow: a count over a span of time");

  /** Each record reached from a report to the kind of figures it holds; records outside any part are absent. */
  private static final Map<Class<?>, FigureKind> BY_RECORD = byRecord();

  private final String vi;
  private final String en;

  FigureKind(String vi, String en) {
    this.vi = vi;
    this.en = en;
  }

  public String label(Lang lang) {
    return lang == Lang.EN ? en : vi;
  }

  /** The kind of {@code field}'s figure, if it is a count or a share held by a part declared stock or flow. */
  public static Optional<FigureKind> of(Shape.Prop field) {
    boolean figure = field.shape() instanceof Shape.Scalar s
        && (s.kind() == Shape.Kind.INTEGER || s.kind() == Shape.Kind.PERCENT)
        && (field.doc() == null || !field.doc().identifier());
    return figure ? Optional.ofNullable(BY_RECORD.get(field.component().getDeclaringRecord())) : Optional.empty();
  }

  /** The kind of the figures a record holds, if it is a part declared stock or flow or lies inside one. */
  public static Optional<FigureKind> ofRecord(Class<?> record) {
    return Optional.ofNullable(BY_RECORD.get(record));
  }

  private static Map<Class<?>, FigureKind> byRecord() {
    Map<Class<?>, FigureKind> out = new HashMap<>();
    walk(new Schema().report(), null, out);
    return Map.copyOf(out);
  }

  private static void walk(Shape.Obj obj, FigureKind inherited, Map<Class<?>, FigureKind> out) {
    FigureKind kind = obj.type().isAnnotationPresent(Stock.class) ? STOCK
        : obj.type().isAnnotationPresent(Flow.class) ? FLOW : inherited;
    if (kind != null) {
      out.put(obj.type(), kind);
    }
    for (Shape.Prop p : obj.props()) {
      Shape inner = p.shape() instanceof Shape.ListOf l ? l.item() : p.shape();
      if (inner instanceof Shape.Obj o && o.type() != Text.class && !out.containsKey(o.type())) {
        walk(o, kind, out);
      }
    }
  }
}
