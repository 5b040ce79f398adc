package vn.xaso.schema;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.xaso.model.Coded;
import vn.xaso.model.Commune;
import vn.xaso.model.Doc;
import vn.xaso.model.Province;
import vn.xaso.model.Report;

/**
 * The shapes of the three file kinds, derived by reflection from the model records and their
 * {@link Doc} annotations. Build one and pass it on; it caches what it has derived.
 */
public final class Schema {
  private final Map<Class<?>, Shape.Obj> objects = new HashMap<>();

  public Shape.Obj report() {
    return object(Report.class);
  }

  public Shape.Obj commune() {
    return object(Commune.class);
  }

  public Shape.Obj province() {
    return object(Province.class);
  }

  public synchronized Shape.Obj object(Class<?> type) {
    Shape.Obj known = objects.get(type);
    if (known != null) {
      return known;
    }
    if (!type.isRecord()) {
      throw new IllegalArgumentException(type + " is not a record");
    }
    List<Shape.Prop> props = new ArrayList<>();
    for (RecordComponent c : type.getRecordComponents()) {
      props.add(new Shape.Prop(snake(c.getName()), c, shapeOf(c.getGenericType(), c), c.getAnnotation(Doc.class)));
    }
    Shape.Obj obj = new Shape.Obj(type, type.getAnnotation(Doc.class), List.copyOf(props));
    objects.put(type, obj);
    return obj;
  }

  private Shape shapeOf(Type type, RecordComponent c) {
    if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      return new Shape.ListOf(shapeOf(p.getActualTypeArguments()[0], c));
    }
    Class<?> raw = (Class<?>) type;
    if (raw == String.class) {
      return new Shape.Scalar(Shape.Kind.TEXT, raw, List.of());
    }
    if (raw == Integer.class || raw == Long.class) {
      return new Shape.Scalar(Shape.Kind.INTEGER, raw, List.of());
    }
    if (raw == Double.class) {
      return new Shape.Scalar(Shape.Kind.PERCENT, raw, List.of());
    }
    if (raw == LocalDate.class) {
      return new Shape.Scalar(Shape.Kind.DATE, raw, List.of());
    }
    if (raw.isEnum() && Coded.class.isAssignableFrom(raw)) {
      List<String> codes = Arrays.stream(raw.getEnumConstants()).map(e -> ((Coded) e).code()).toList();
      return new Shape.Scalar(Shape.Kind.ENUM, raw, codes);
    }
    if (raw.isRecord()) {
      return object(raw);
    }
    throw new IllegalArgumentException("No shape for " + type + " in " + c);
  }

  /** {@code partialOnline} → {@code partial_online}: the model's own rule, which typed field paths follow too. */
  public static String snake(String camel) {
    return vn.xaso.model.FieldPath.snake(camel);
  }

}
