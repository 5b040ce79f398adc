package vn.xaso.model;

import java.io.Serializable;
import java.lang.invoke.MethodHandleInfo;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * A field of the model named by its accessors, never by a string: {@code FieldPath.of(Dossiers::received)},
 * {@code FieldPath.of(Procedures::withDossiers).then(ProcedureUse::fullOnline)}. A misspelt accessor does
 * not compile; anything that is not a record accessor (a lambda, a helper method) is refused when the
 * declaring class is initialised. The YAML path ({@code with_dossiers.full_online}) is derived from the
 * accessor names, the same way the schema derives property names.
 *
 * @param <R> the record the path starts from (its scope)
 * @param <T> the type of the value it leads to
 */
public final class FieldPath<R, T> {
  /** A record accessor given as a method reference; serialisable so its name can be read back. */
  @FunctionalInterface
  public interface Getter<R, T> extends Function<R, T>, Serializable {}

  /** One accessor on the way; {@code each} when the component is a list whose elements the path continues into. */
  private record Step(RecordComponent component, boolean each) {
    String name() {
      return snake(component.getName());
    }

    Object read(Object target) {
      try {
        return component.getAccessor().invoke(target);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("Cannot read " + component, e);
      }
    }
  }

  /** One value the path leads to in a given record, with the concrete path ({@code documents[2].date}). */
  public record Located<T>(String path, T value) {}

  private final Class<?> scope;
  private final List<Step> steps;
  private final Class<?> type;
  private final String nameVi;
  private final String nameEn;

  private FieldPath(Class<?> scope, List<Step> steps, Class<?> type) {
    this(scope, steps, type, null, null);
  }

  private FieldPath(Class<?> scope, List<Step> steps, Class<?> type, String nameVi, String nameEn) {
    this.scope = scope;
    this.steps = List.copyOf(steps);
    this.type = type;
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  /**
   * The same field with a short name for messages ("Hồ sơ trực tuyến" rather than the dictionary's
   * "Hồ sơ tiếp nhận trực tuyến"), where several fields are named in one sentence.
   */
  public FieldPath<R, T> named(String vi, String en) {
    return new FieldPath<>(scope, steps, type, vi, en);
  }

  /** The path of one component of a record. */
  public static <R extends Record, T> FieldPath<R, T> of(Getter<R, T> getter) {
    RecordComponent c = component(getter, null);
    return new FieldPath<>(c.getDeclaringRecord(), List.of(new Step(c, false)), c.getType());
  }

  /** This path continued by a component of the record it leads to. */
  public <U> FieldPath<R, U> then(Getter<T, U> getter) {
    RecordComponent c = component(getter, type);
    List<Step> more = new ArrayList<>(steps);
    more.add(new Step(c, false));
    return new FieldPath<>(scope, more, c.getType());
  }

  /** This path, which leads to a list of {@code element}s, continued into each element by {@code getter}. */
  public <E extends Record, U> FieldPath<R, U> each(Class<E> element, Getter<E, U> getter) {
    Step last = steps.get(steps.size() - 1);
    if (!(last.component().getGenericType() instanceof ParameterizedType p) || p.getActualTypeArguments()[0] != element) {
      throw new IllegalArgumentException(path() + " is not a list of " + element.getSimpleName());
    }
    RecordComponent c = component(getter, element);
    List<Step> more = new ArrayList<>(steps.subList(0, steps.size() - 1));
    more.add(new Step(last.component(), true));
    more.add(new Step(c, false));
    return new FieldPath<>(scope, more, c.getType());
  }

  /** The record the path starts from. */
  public Class<?> scope() {
    return scope;
  }

  /** The type of the value: {@code Integer}, {@code Double}, {@code LocalDate}… */
  public Class<?> type() {
    return type;
  }

  /** The field's documentation (its meaning, in both languages). */
  public Doc doc() {
    return steps.get(steps.size() - 1).component().getAnnotation(Doc.class);
  }

  /** The field's short name in {@code lang}, or its meaning as the dictionary gives it. */
  public String label(Lang lang) {
    if (nameVi != null) {
      return lang == Lang.EN ? nameEn : nameVi;
    }
    Doc doc = doc();
    return doc == null ? path() : lang == Lang.EN ? doc.en() : doc.vi();
  }

  /** The YAML path from the scope: {@code with_dossiers.full_online}, {@code documents[].date}. */
  public String path() {
    StringBuilder out = new StringBuilder();
    for (Step s : steps) {
      out.append(out.length() == 0 ? "" : ".").append(s.name()).append(s.each() ? "[]" : "");
    }
    return out.toString();
  }

  /**
   * The value in {@code root}, or null when it or a record on the way is absent: an absent figure is
   * unknown, and a rule that needs it does not apply.
   */
  public T get(R root) {
    List<Located<T>> all = all(root, "");
    return all.isEmpty() ? null : all.get(0).value();
  }

  /**
   * Every value the path leads to in {@code root}, with its concrete path under {@code prefix}; a path
   * through a list gives one per element, a plain path exactly one (its value possibly null).
   */
  public List<Located<T>> all(R root, String prefix) {
    List<Located<T>> out = new ArrayList<>();
    walk(root, 0, prefix, out);
    return out;
  }

  /** {@link #get} on a record known only at run time, which must be of the path's scope. */
  @SuppressWarnings("unchecked")
  public T valueIn(Object root) {
    return get((R) scoped(root));
  }

  /** {@link #all} on a record known only at run time, which must be of the path's scope. */
  @SuppressWarnings("unchecked")
  public List<Located<T>> allIn(Object root, String prefix) {
    return all((R) scoped(root), prefix);
  }

  private Object scoped(Object root) {
    if (root != null && !scope.isInstance(root)) {
      throw new IllegalArgumentException(this + " read from a " + root.getClass().getSimpleName());
    }
    return root;
  }

  @SuppressWarnings("unchecked")
  private void walk(Object at, int i, String path, List<Located<T>> out) {
    if (i == steps.size()) {
      out.add(new Located<>(path, (T) at));
      return;
    }
    Step s = steps.get(i);
    String here = path + (path.isEmpty() ? "" : ".") + s.name();
    Object value = at == null ? null : s.read(at);
    if (!s.each()) {
      walk(value, i + 1, here, out);
      return;
    }
    List<?> list = value == null ? List.of() : (List<?>) value;
    for (int n = 0; n < list.size(); n++) {
      walk(list.get(n), i + 1, here + "[" + n + "]", out);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FieldPath<?, ?> f && f.scope == scope && f.steps.equals(steps);
  }

  @Override
  public int hashCode() {
    return scope.hashCode() * 31 + steps.hashCode();
  }

  @Override
  public String toString() {
    return scope.getSimpleName() + ":" + path();
  }

  /** {@code partialOnline} → {@code partial_online}: how a component is named in YAML. */
  public static String snake(String camel) {
    StringBuilder out = new StringBuilder();
    for (char ch : camel.toCharArray()) {
      if (Character.isUpperCase(ch)) {
        out.append('_').append(Character.toLowerCase(ch));
      } else {
        out.append(ch);
      }
    }
    return out.toString();
  }

  /**
   * The record component a method reference names. Read from the serialised form of the reference,
   * which keeps the class and method it points to; a lambda or a non-accessor method is refused.
   */
  static RecordComponent component(Serializable getter, Class<?> expected) {
    SerializedLambda lambda = serialized(getter);
    if (lambda.getImplMethodKind() != MethodHandleInfo.REF_invokeVirtual) {
      throw new IllegalArgumentException("Not a record accessor: " + lambda.getImplMethodName());
    }
    Class<?> owner;
    try {
      owner = Class.forName(lambda.getImplClass().replace('/', '.'), false, getter.getClass().getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    if (!owner.isRecord() || expected != null && owner != expected) {
      throw new IllegalArgumentException(owner.getSimpleName() + "::" + lambda.getImplMethodName()
          + " does not read a component of " + (expected == null ? "a record" : expected.getSimpleName()));
    }
    return Arrays.stream(owner.getRecordComponents())
        .filter(c -> c.getName().equals(lambda.getImplMethodName()) && lambda.getImplMethodSignature().startsWith("()"))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "Not a record accessor: " + owner.getSimpleName() + "::" + lambda.getImplMethodName()));
  }

  private static SerializedLambda serialized(Serializable getter) {
    try {
      Method replace = getter.getClass().getDeclaredMethod("writeReplace");
      replace.setAccessible(true);
      return (SerializedLambda) replace.invoke(getter);
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException("Not a method reference: " + getter.getClass().getName(), e);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(e);
    }
  }
}
