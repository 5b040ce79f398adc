package vn.xaso.load;

import java.lang.reflect.InvocationTargetException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.xaso.model.Coded;
import vn.xaso.model.Lang;
import vn.xaso.model.Rules;
import vn.xaso.problem.Code;
import vn.xaso.problem.Position;
import vn.xaso.problem.Problems;
import vn.xaso.problem.Words;
import vn.xaso.schema.Shape;

/**
 * Binds a {@link YNode} tree to a model record, checking it against its {@link Shape} as it goes.
 * Every mismatch becomes a problem at the node's position; binding carries on so one run reports
 * every mistake in the file.
 */
public final class Binder {
  private static final Pattern INTEGER = Pattern.compile("0|[1-9][0-9]*");
  private static final Pattern LEADING_ZERO = Pattern.compile("0[0-9]+");
  private static final Pattern NEGATIVE = Pattern.compile("-[0-9]+(\\.[0-9]+)?");
  private static final Pattern DECIMAL = Pattern.compile("(0|[1-9][0-9]*)(\\.[0-9]+)?");
  private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  /** Words YAML 1.1 tools read as booleans. */
  private static final Set<String> BOOLEAN_LIKE = Set.of(
      "y", "yes", "n", "no", "true", "false", "on", "off");
  /**
   * Java's regex engine recurses once per repetition of a group, so a 4,000-character
   * {@code a-a-a-…} overflowed the stack on the slug pattern. Values under a pattern are slugs,
   * codes and addresses: anything longer than this is refused without matching.
   */
  private static final int MAX_PATTERN_INPUT = 256;
  /** The range of dates any report, document or period may carry: the Republic's founding to the end of this century. */
  public static final LocalDate FIRST_DATE = LocalDate.of(1945, 9, 2);
  public static final LocalDate LAST_DATE = LocalDate.of(2099, 12, 31);

  private final Limits limits;

  public Binder(Limits limits) {
    this.limits = limits;
  }

  /** The bound value (empty when the root is unusable) and where each field stands. */
  public record Result<T>(Optional<T> value, SourceMap positions) {}

  public <T> Result<T> bind(YNode root, Shape.Obj shape, Class<T> type, String file, Problems problems) {
    return bind(root, shape, type, file, problems, "");
  }

  /**
   * Binds a part of a file standing at {@code path} ({@code figures.dossiers.received} in an
   * evidence file), so its problems and positions name the whole path.
   */
  public <T> Result<T> bind(YNode root, Shape.Obj shape, Class<T> type, String file, Problems problems, String path) {
    if (!path.isEmpty()) {
      Run run = new Run(file, problems);
      Object value = run.value(root, shape, path);
      return new Result<>(Optional.ofNullable(type.isInstance(value) ? type.cast(value) : null),
          new SourceMap(file, run.positions));
    }
    Run run = new Run(file, problems);
    run.positions.put("", root.position());
    if (root instanceof YNode.YScalar s && s.isNull()) {
      problems.add(file, Position.FILE, "", Code.EMPTY_FILE, Map.of());
      return new Result<>(Optional.empty(), new SourceMap(file, run.positions));
    }
    if (root instanceof YNode.YMap map && run.blank(map)) {
      problems.add(file, root.position(), "", Code.NOTHING_FILLED, Map.of());
      return new Result<>(Optional.empty(), new SourceMap(file, run.positions));
    }
    Object value = run.value(root, shape, "");
    return new Result<>(Optional.ofNullable(type.isInstance(value) ? type.cast(value) : null),
        new SourceMap(file, run.positions));
  }

  /** State of one binding: the file's name, its problems, and the positions seen. */
  private final class Run {
    private final String file;
    private final Problems problems;
    private final Map<String, Position> positions = new HashMap<>();

    Run(String file, Problems problems) {
      this.file = file;
      this.problems = problems;
    }

    Object value(YNode node, Shape shape, String path) {
      positions.put(path, node.position());
      if (node instanceof YNode.YScalar s && s.isNull()) {
        return null;
      }
      if (shape instanceof Shape.Obj obj) {
        return object(node, obj, path);
      }
      if (shape instanceof Shape.ListOf list) {
        return list(node, list, path);
      }
      return scalar(node, (Shape.Scalar) shape, path);
    }

    private Object object(YNode node, Shape.Obj shape, String path) {
      if (!(node instanceof YNode.YMap map)) {
        wrongShape(node, path, "một nhóm trường (key: value)", "an object (key: value)");
        return null;
      }
      Map<String, Object> values = new LinkedHashMap<>();
      Map<String, YNode.Entry> given = new LinkedHashMap<>();
      for (YNode.Entry e : map.entries()) {
        YNode.Entry first = given.putIfAbsent(e.key().value(), e);
        if (first != null) {
          problems.add(file, e.key().position(), join(path, cut(e.key().value())), Code.DUPLICATE_KEY,
              Map.of("key", cut(e.key().value()), "first", first.key().position().line()));
        }
      }
      List<String> allowed = shape.props().stream().map(Shape.Prop::name).toList();
      for (YNode.Entry e : given.values()) {
        String key = e.key().value();
        if (shape.prop(key).isEmpty()) {
          unknown(e.key(), join(path, cut(key)), key, allowed);
        }
      }
      if (blank(map)) {
        return null;
      }
      boolean complete = true;
      for (Shape.Prop prop : shape.props()) {
        YNode.Entry entry = given.get(prop.name());
        String child = join(path, prop.name());
        Object v = entry == null ? null : value(entry.value(), prop.shape(), child);
        if (entry != null) {
          positions.put(child, entry.key().position());
          v = matchesPattern(v, prop, entry.value(), child) ? v : null;
        }
        if (v == null && prop.required()) {
          if (entry == null || blank(entry.value())) {
            missing(entry == null ? null : entry.value(), prop, child, entry == null ? map.position() : entry.key().position());
          }
          complete = false;
        }
        values.put(prop.name(), v);
      }
      return complete ? construct(shape, values) : null;
    }

    private boolean matchesPattern(Object v, Shape.Prop prop, YNode node, String path) {
      if (!(v instanceof String text) || prop.pattern() == null) {
        return true;
      }
      if (text.length() <= MAX_PATTERN_INPUT && prop.pattern().matcher(text).matches()) {
        return true;
      }
      problems.add(file, node.position(), path, Code.PATTERN, Map.of(
          "value", shown((YNode.YScalar) node), "what", new Words(prop.doc().vi(), prop.doc().en()),
          "pattern", prop.doc().pattern(), "example", prop.doc().example()));
      return false;
    }

    /**
     * Reports a required field as missing; when it is an object written out with empty values
     * (as {@code xaso new} writes them), names the required fields inside it instead.
     */
    private void missing(YNode given, Shape.Prop prop, String path, Position at) {
      if (given instanceof YNode.YMap map && prop.shape() instanceof Shape.Obj obj && !map.entries().isEmpty()) {
        for (Shape.Prop inner : obj.props()) {
          if (!inner.required()) {
            continue;
          }
          YNode.Entry e = map.entries().stream().filter(x -> x.key().value().equals(inner.name())).findFirst().orElse(null);
          missing(e == null ? null : e.value(), inner, path + "." + inner.name(), e == null ? map.position() : e.key().position());
        }
        return;
      }
      problems.add(file, at, path, Code.MISSING_FIELD, Map.of("key", prop.name()));
    }

    /**
     * An object whose every value is empty says nothing: it is absent, like an empty scalar. This
     * lets a template list every field with empty values and still validate.
     */
    private boolean blank(YNode node) {
      if (node instanceof YNode.YScalar s) {
        return s.isNull();
      }
      if (node instanceof YNode.YSeq seq) {
        return seq.items().isEmpty();
      }
      return ((YNode.YMap) node).entries().stream().allMatch(e -> blank(e.value()));
    }

    private void unknown(YNode.YScalar key, String path, String name, List<String> allowed) {
      Optional<String> near = Suggest.closest(name, allowed);
      problems.add(file, key.position(), path, Code.UNKNOWN_FIELD, Map.of(
          "key", cut(name),
          "suggestion", Words.didYouMean(near),
          "allowed", String.join(", ", allowed)));
    }

    private Object construct(Shape.Obj shape, Map<String, Object> values) {
      Object[] args = new Object[shape.props().size()];
      for (int i = 0; i < args.length; i++) {
        args[i] = values.get(shape.props().get(i).name());
      }
      try {
        return shape.constructor().newInstance(args);
      } catch (InstantiationException | IllegalAccessException e) {
        throw new IllegalStateException("Model record " + shape.type() + " cannot be built", e);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException("Model record " + shape.type() + " refused its values", e.getCause());
      }
    }

    private Object list(YNode node, Shape.ListOf shape, String path) {
      if (!(node instanceof YNode.YSeq seq)) {
        wrongShape(node, path, "một danh sách (các dòng bắt đầu bằng -)", "a list (lines starting with -)");
        return null;
      }
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < seq.items().size(); i++) {
        Object v = value(seq.items().get(i), shape.item(), path + "[" + i + "]");
        if (v != null) {
          out.add(v);
        }
      }
      return List.copyOf(out);
    }

    private Object scalar(YNode node, Shape.Scalar shape, String path) {
      if (!(node instanceof YNode.YScalar s)) {
        wrongShape(node, path, shape.kind().label(Lang.VI), shape.kind().label(Lang.EN));
        return null;
      }
      return switch (shape.kind()) {
        case TEXT -> text(s, path);
        case INTEGER -> integer(s, shape.type(), path);
        case PERCENT -> percent(s, path);
        case DATE -> date(s, path);
        case ENUM -> enumeration(s, shape, path);
      };
    }

    private String text(YNode.YScalar s, String path) {
      String v = s.value();
      if (s.plain() && BOOLEAN_LIKE.contains(v.toLowerCase(Locale.ROOT))) {
        problems.add(file, s.position(), path, Code.BOOLEAN_LIKE, Map.of("value", v));
        return null;
      }
      if (v.length() > limits.maxTextLength()) {
        problems.add(file, s.position(), path, Code.TOO_LONG, Map.of("length", v.length(), "limit", limits.maxTextLength()));
        return null;
      }
      if (v.isBlank()) {
        problems.add(file, s.position(), path, Code.BLANK_TEXT, Map.of());
        return null;
      }
      String nfc = Normalizer.normalize(v, Normalizer.Form.NFC);
      if (!nfc.equals(v)) {
        problems.add(file, s.position(), path, Code.NOT_NFC, Map.of());
      }
      return nfc.strip();
    }

    private Object integer(YNode.YScalar s, Class<?> type, String path) {
      String v = s.value();
      if (s.plain() && INTEGER.matcher(v).matches() && v.length() <= 15) {
        long n = Long.parseLong(v);
        if (type == Integer.class && n > Integer.MAX_VALUE) {
          problems.add(file, s.position(), path, Code.NOT_INTEGER, Map.of("value", v));
          return null;
        }
        return type == Long.class ? (Object) n : (Object) (int) n;
      }
      if (s.plain() && LEADING_ZERO.matcher(v).matches()) {
        problems.add(file, s.position(), path, Code.LEADING_ZERO, Map.of("value", v, "fixed", v.replaceFirst("^0+(?=.)", "")));
      } else if (s.plain() && NEGATIVE.matcher(v).matches()) {
        problems.add(file, s.position(), path, Code.NEGATIVE, Map.of("value", v));
      } else {
        problems.add(file, s.position(), path, Code.NOT_INTEGER, Map.of("value", shown(s)));
      }
      return null;
    }

    private Double percent(YNode.YScalar s, String path) {
      String v = s.value();
      if (!s.plain() || !DECIMAL.matcher(v).matches() || v.length() > 20) {
        if (s.plain() && NEGATIVE.matcher(v).matches()) {
          problems.add(file, s.position(), path, Code.PERCENT_RANGE, Map.of("value", v));
        } else {
          problems.add(file, s.position(), path, Code.NOT_NUMBER, Map.of("value", shown(s)));
        }
        return null;
      }
      double d = Double.parseDouble(v);
      if (d > Rules.SHARE_MAX) {
        problems.add(file, s.position(), path, Code.PERCENT_RANGE, Map.of("value", v));
        return null;
      }
      return d;
    }

    private LocalDate date(YNode.YScalar s, String path) {
      String v = s.value();
      if (ISO_DATE.matcher(v).matches()) {
        try {
          LocalDate date = LocalDate.parse(v);
          if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
            // A year 0 document, or a period to 9999 that would stay a commune's "latest" forever.
            problems.add(file, s.position(), path, Code.DATE_RANGE, Map.of("value", v, "from", FIRST_DATE, "to", LAST_DATE));
            return null;
          }
          return date;
        } catch (DateTimeParseException e) {
          // falls through to the problem below: right shape, impossible day such as 2025-02-30
        }
      }
      problems.add(file, s.position(), path, Code.BAD_DATE, Map.of("value", shown(s)));
      return null;
    }

    private Object enumeration(YNode.YScalar s, Shape.Scalar shape, String path) {
      for (Object constant : shape.type().getEnumConstants()) {
        if (((Coded) constant).code().equals(s.value())) {
          return constant;
        }
      }
      Optional<String> near = Suggest.closest(s.value(), shape.values());
      problems.add(file, s.position(), path, Code.BAD_ENUM, Map.of(
          "value", shown(s),
          "suggestion", Words.didYouMean(near),
          "allowed", String.join(", ", shape.values())));
      return null;
    }

    private void wrongShape(YNode node, String path, String expectedVi, String expectedEn) {
      String actualVi;
      String actualEn;
      if (node instanceof YNode.YMap) {
        actualVi = "một nhóm trường";
        actualEn = "an object";
      } else if (node instanceof YNode.YSeq) {
        actualVi = "một danh sách";
        actualEn = "a list";
      } else {
        actualVi = "giá trị " + shown((YNode.YScalar) node);
        actualEn = "the value " + shown((YNode.YScalar) node);
      }
      problems.add(file, node.position(), path, Code.WRONG_SHAPE, Map.of(
          "expected", new Words(expectedVi, expectedEn), "actual", new Words(actualVi, actualEn)));
    }
  }

  /** A scalar as the user wrote it, quoted when it was quoted, cut when very long. */
  private static String shown(YNode.YScalar s) {
    String v = cut(s.value());
    return s.plain() ? v : "\"" + v + "\"";
  }

  /** Keys and values are repeated in messages; a pasted page must not be repeated with them. */
  private static String cut(String v) {
    return v.length() > 40 ? v.substring(0, 40) + "…" : v;
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
