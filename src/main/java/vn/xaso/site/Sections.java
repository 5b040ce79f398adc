package vn.xaso.site;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import vn.xaso.model.BlankPart;
import vn.xaso.model.Coded;
import vn.xaso.model.Doc;
import vn.xaso.model.Lang;
import vn.xaso.model.Source;
import vn.xaso.model.Text;
import vn.xaso.schema.Shape;
import vn.xaso.site.Views.Fields;
import vn.xaso.site.Views.Lst;
import vn.xaso.site.Views.Missing;
import vn.xaso.site.Views.Part;
import vn.xaso.site.Views.Row;
import vn.xaso.site.Views.Sec;
import vn.xaso.site.Views.Shown;
import vn.xaso.site.Views.Tbl;

/**
 * Renders any part of a report as reported, walking the same {@link Shape}s the validator
 * uses: every field the model documents appears with its bilingual label, and a field the report
 * leaves out reads "not reported". A new field in the model shows on the page with no template change.
 */
public final class Sections {
  private final Show show;
  private final EvidenceLens lens;

  public Sections(Show show) {
    this(show, EvidenceLens.NONE);
  }

  Sections(Show show, EvidenceLens lens) {
    this.show = show;
    this.lens = lens;
  }

  /** A section for {@code value} (null when the report leaves the part out). */
  public Sec section(String id, String title, Object value, Shape shape) {
    return section(id, id.replace('-', '_'), title, value, shape);
  }

  /** As above, for the part at field path {@code path} ({@code human_resources}). */
  Sec section(String id, String path, String title, Object value, Shape shape) {
    if (value == null) {
      return new Sec(id, title, true, List.of());
    }
    if (shape instanceof Shape.ListOf list) {
      List<?> items = (List<?>) value;
      return new Sec(id, title, items.isEmpty(), items.isEmpty() ? List.of() : List.of(listPart(null, items, list)));
    }
    return new Sec(id, title, false, parts(id, path, value, (Shape.Obj) shape));
  }

  /**
   * What the report gives comes first; the fields and parts it leaves out are named once, after
   * them, rather than one "not reported" line each.
   */
  private List<Part> parts(String id, String path, Object value, Shape.Obj shape) {
    List<Part> parts = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    Gaps missing = new Gaps();
    for (Shape.Prop p : shape.props()) {
      Object v = get(value, p.component());
      String field = path + "." + p.name();
      if (v == null && value instanceof Source s && blankPart(s, p.name()) != null) {
        rows.add(new Row(label(p), show.plain(blankPart(s, p.name()).label(show.lang()))));
        continue;
      }
      if (p.shape() instanceof Shape.Scalar || isText(p.shape())) {
        if (v == null && !transcribersRecord(p)) {
          missing.add(label(p), field);
        } else if (v == null) {
          continue;
        } else {
          rows.add(new Row(label(p), scalar(v, p), EvidenceLens.anchor(field), lens.quote(field)));
        }
        continue;
      }
      String childId = id + "-" + p.name().replace('_', '-');
      if (p.shape() instanceof Shape.Obj obj) {
        if (v == null) {
          missing.add(label(p), field);
          continue;
        }
        flush(rows, parts);
        parts.add(new Sec(childId, label(p), false, parts(childId, field, v, obj)));
      } else {
        List<?> items = (List<?>) v;
        if (items == null || items.isEmpty()) {
          if (!transcribersRecord(p)) {
            missing.add(label(p), field);
          }
          continue;
        }
        flush(rows, parts);
        parts.add(listPart(label(p), items, (Shape.ListOf) p.shape()));
      }
    }
    flush(rows, parts);
    if (!missing.isEmpty()) {
      parts.add(missing.view());
    }
    return parts;
  }

  /** What a part leaves out, sorted by what may truly be said of each: not stated, mentioned, not recorded. */
  private final class Gaps {
    private final List<String> notStated = new ArrayList<>();
    private final List<Views.Mentioned> mentioned = new ArrayList<>();
    private final List<String> unrecorded = new ArrayList<>();

    void add(String label, String path) {
      vn.xaso.evidence.Absence a = lens.absence(path);
      switch (a.kind()) {
        case NOT_STATED -> notStated.add(label);
        case MENTIONED -> mentioned.add(lens.mentioned(label, a));
        case NOT_RECORDED -> unrecorded.add(label);
        default -> throw new IllegalStateException(a.kind().toString());
      }
    }

    boolean isEmpty() {
      return notStated.isEmpty() && mentioned.isEmpty() && unrecorded.isEmpty();
    }

    Missing view() {
      return new Missing(List.copyOf(notStated), List.copyOf(mentioned), List.copyOf(unrecorded));
    }
  }

  /**
   * What the transcriber writes about the report, not what the report says: a note summarising
   * it, and the list of parts its signed original leaves blank (empty when none is). Their
   * absence is nothing the report leaves out.
   */
  private static boolean transcribersRecord(Shape.Prop p) {
    return p.name().equals("note") || p.name().equals("notes") || p.name().equals("left_blank")
        || p.name().equals("text_publication");
  }

  private static void flush(List<Row> rows, List<Part> parts) {
    if (!rows.isEmpty()) {
      parts.add(new Fields(List.copyOf(rows)));
      rows.clear();
    }
  }

  private Part listPart(String title, List<?> items, Shape.ListOf list) {
    if (!(list.item() instanceof Shape.Obj obj) || isText(obj)) {
      return new Lst(title, items.stream().map(i -> scalar(i, null)).toList());
    }
    List<String> headers = obj.props().stream().map(p -> label(p)).toList();
    List<List<Shown>> rows = new ArrayList<>();
    for (Object item : items) {
      List<Shown> cells = new ArrayList<>();
      for (Shape.Prop p : obj.props()) {
        Object v = get(item, p.component());
        cells.add(p.shape() instanceof Shape.Obj inner && !isText(inner) ? joined(v, inner) : scalar(v, p));
      }
      rows.add(cells);
    }
    return new Tbl(title, headers, rows);
  }

  /** A nested object in a table cell (a document cited inside a follow-up): its present fields, joined. */
  private Shown joined(Object value, Shape.Obj obj) {
    if (value == null) {
      return show.absent(null);
    }
    StringJoiner text = new StringJoiner(" · ");
    boolean missingEn = false;
    for (Shape.Prop p : obj.props()) {
      Object v = get(value, p.component());
      if (v == null || v instanceof List<?>) {
        continue;
      }
      Shown s = scalar(v, p);
      text.add(s.text());
      missingEn |= s.missingEn();
    }
    return new Shown(text.toString(), missingEn ? "vi" : null, false, null, null, null);
  }

  private Shown scalar(Object v, Shape.Prop p) {
    if (v == null) {
      return show.absent(null);
    }
    String unit = p == null || p.doc() == null ? "" : p.doc().unit();
    if (v instanceof Text t) {
      return show.text(t);
    }
    if (p != null && p.doc() != null && p.doc().identifier()) {
      return show.plain(v.toString());
    }
    if (v instanceof Integer || v instanceof Long) {
      return show.number((Number) v, unit);
    }
    if (v instanceof Double d) {
      return show.number(d, unit.isEmpty() ? "%" : unit);
    }
    if (v instanceof LocalDate d) {
      return show.date(d);
    }
    if (v instanceof Coded c) {
      return show.coded(c);
    }
    return show.plain(v.toString());
  }

  /** The part of a source's header that field names, if the signed original leaves it blank. */
  private static BlankPart blankPart(Source s, String field) {
    for (BlankPart part : BlankPart.values()) {
      if (part.code().equals(field) && s.blank(part)) {
        return part;
      }
    }
    return null;
  }

  /**
   * A field's label on a page: the citizen's words of the messages files, where the data
   * dictionary keeps the transcriber's ("(tóm tắt)", "đúng như báo cáo", "báo cáo ghi"). The key
   * is {@code field.<record>.<name>} where one name means two things in two records
   * ({@code field.procedure_use.full_online}), else {@code field.<name>}; a field with neither
   * falls back to its documented meaning, which {@code FieldLabelsTest} keeps from happening.
   */
  public String label(Shape.Prop p) {
    return citizenLabel(show.messages().all(), p).orElseGet(() -> label(p.doc()));
  }

  /** The citizen's label of {@code p} among {@code messages}, if the messages file has one. */
  static java.util.Optional<String> citizenLabel(java.util.Map<String, String> messages, Shape.Prop p) {
    String type = p.component().getDeclaringRecord().getSimpleName();
    String record = vn.xaso.schema.Schema.snake(Character.toLowerCase(type.charAt(0)) + type.substring(1));
    String specific = messages.get("field." + record + "." + p.name());
    return java.util.Optional.ofNullable(specific != null ? specific : messages.get("field." + p.name()));
  }

  public String label(Doc doc) {
    return doc == null ? "" : show.lang() == Lang.EN ? doc.en() : doc.vi();
  }

  private static boolean isText(Shape shape) {
    return shape instanceof Shape.Obj o && o.type() == Text.class;
  }

  private static Object get(Object record, RecordComponent c) {
    try {
      return c.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot read " + c.getName(), e);
    }
  }
}
