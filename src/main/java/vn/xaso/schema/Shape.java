package vn.xaso.schema;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.xaso.model.Doc;
import vn.xaso.model.Lang;

/** What a YAML value must look like: an object of named properties, a list, or a typed scalar. */
public sealed interface Shape permits Shape.Obj, Shape.ListOf, Shape.Scalar {

  /** An object, bound to a record. Properties keep the record's component order. */
  record Obj(Class<?> type, Doc doc, List<Prop> props, Map<String, Prop> byName, Constructor<?> constructor)
      implements Shape {
    public Obj(Class<?> type, Doc doc, List<Prop> props) {
      this(type, doc, props, index(props), canonical(type));
    }

    /** The record's canonical constructor, found once: binding calls it for every object of every file. */
    private static Constructor<?> canonical(Class<?> type) {
      Class<?>[] types = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
      try {
        return type.getDeclaredConstructor(types);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("Model record " + type + " has no canonical constructor", e);
      }
    }

    public Optional<Prop> prop(String name) {
      return Optional.ofNullable(byName.get(name));
    }

    private static Map<String, Prop> index(List<Prop> props) {
      Map<String, Prop> out = new LinkedHashMap<>();
      props.forEach(p -> out.put(p.name(), p));
      return Collections.unmodifiableMap(out);
    }
  }

  /** One property of an object: its YAML name, the record component it fills, its shape and documentation. */
  record Prop(String name, RecordComponent component, Shape shape, Doc doc, Pattern pattern) {
    public Prop(String name, RecordComponent component, Shape shape, Doc doc) {
      this(name, component, shape, doc, doc == null || doc.pattern().isEmpty() ? null : Pattern.compile(doc.pattern()));
    }

    public boolean required() {
      return doc != null && doc.required();
    }
  }

  record ListOf(Shape item) implements Shape {}

  /** A scalar of a kind; {@code values} lists the codes of an enumeration. */
  record Scalar(Kind kind, Class<?> type, List<String> values) implements Shape {}

  enum Kind {
    TEXT("chuỗi", "text"),
    INTEGER("số nguyên ≥ 0", "integer ≥ 0"),
    PERCENT("số 0–100", "number 0–100"),
    DATE("ngày YYYY-MM-DD", "date YYYY-MM-DD"),
    ENUM("một giá trị trong danh sách", "one of the listed values");

    private final String vi;
    private final String en;

    Kind(String vi, String en) {
      this.vi = vi;
      this.en = en;
    }

    public String label(Lang lang) {
      return lang == Lang.EN ? en : vi;
    }
  }
}
