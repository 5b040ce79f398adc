package vn.xaso.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.xaso.model.Coded;
import vn.xaso.model.Doc;
import vn.xaso.model.FieldPath;
import vn.xaso.model.Rule;
import vn.xaso.model.Rules;
import vn.xaso.model.Lang;
import vn.xaso.model.SiteConfig;
import vn.xaso.model.Text;

/**
 * The data dictionary: every field of every file kind, flattened to dotted paths, with its type,
 * unit, allowed values and meaning in both languages — read from the {@link Shape}s, never
 * written by hand. Fields that repeat under several names of one type (the four blocks of
 * {@code infrastructure}) are listed once under {@code <party|government|council|front>}.
 */
public final class Dictionary {
  private final Schema schema;

  public Dictionary(Schema schema) {
    this.schema = schema;
  }

  /**
   * One field. {@code type} is "object", "list of …", "text (vi, en)" or a scalar kind; {@code values} lists
   * enum codes with meanings; {@code rules} the declared {@link Rule}s that read it.
   */
  public record Entry(String path, String typeVi, String typeEn, boolean required, Doc doc, List<String[]> values,
      List<Rule> rules, FigureKind figure) {
    public Entry(String path, String typeVi, String typeEn, boolean required, Doc doc, List<String[]> values) {
      this(path, typeVi, typeEn, required, doc, values, List.of(), null);
    }

    /** Whether the figure is a stock or a flow, in {@code lang}; empty for a field that is no such figure. */
    public String figure(Lang lang) {
      return figure == null ? "" : figure.label(lang);
    }

    /** The rules as "formula (kind)" joined by "; ", each formula naming fields from the rule's own record. */
    public String rules(Lang lang) {
      return rules.stream().map(r -> r.formula() + " (" + r.kind(lang) + ")").collect(Collectors.joining("; "));
    }

    public String meaning(Lang lang) {
      return doc == null ? "" : lang == Lang.EN ? doc.en() : doc.vi();
    }

    public String type(Lang lang) {
      return lang == Lang.EN ? typeEn : typeVi;
    }

    public String unit() {
      return doc == null ? "" : doc.unit();
    }

    public String example() {
      return doc == null ? "" : doc.example();
    }

    /** Allowed values as "code (vi / en)", joined. */
    public String allowed() {
      return values.stream().map(v -> v[0] + " (" + v[1] + " / " + v[2] + ")").collect(Collectors.joining(", "));
    }
  }

  /** The file kinds in the order staff meet them, each with its entries. */
  public Map<String, List<Entry>> files() {
    Map<String, List<Entry>> out = new LinkedHashMap<>();
    out.put("data/<province>/province.yaml", entries(schema.province()));
    out.put("data/<province>/<commune>/commune.yaml", entries(schema.commune()));
    out.put("data/<province>/<commune>/<period>.yaml", entries(schema.report()));
    out.put("data/<province>/<commune>/<period>.evidence.yaml", evidence());
    out.put("content/site.yaml", entries(schema.object(SiteConfig.class)));
    return out;
  }

  /** The evidence file: one map, {@code figures}, from a report's field paths to where each figure stands. */
  private List<Entry> evidence() {
    List<Entry> out = new ArrayList<>();
    out.add(new Entry("figures", "nhóm trường: đường dẫn trường → nguồn", "object: field path → evidence", true,
        vn.xaso.model.Evidence.class.getAnnotation(Doc.class), List.of()));
    walk(schema.object(vn.xaso.model.FigureEvidence.class), "figures.<field path>.", out, new LinkedHashMap<>());
    return out;
  }

  public List<Entry> entries(Shape.Obj root) {
    List<Entry> out = new ArrayList<>();
    // Filled as the walk enters each record, before the fields the rules read are listed; local,
    // as pages and the open-data writer may ask for the dictionary at once.
    Map<String, List<Rule>> rulesAt = new LinkedHashMap<>();
    walk(root, "", out, rulesAt);
    return out.stream().map(e -> e.rules().isEmpty() && rulesAt.containsKey(e.path())
        ? new Entry(e.path(), e.typeVi(), e.typeEn(), e.required(), e.doc(), e.values(), rulesAt.get(e.path()), e.figure())
        : e)
        .toList();
  }

  /** Files the rules about {@code type}, standing at {@code prefix}, under the paths of the fields they read. */
  private static void rulesOf(Class<?> type, String prefix, Map<String, List<Rule>> rulesAt) {
    for (Rule rule : Rules.about(type)) {
      for (FieldPath<?, ?> f : rule.fields()) {
        List<Rule> at = rulesAt.computeIfAbsent(prefix + f.path(), k -> new ArrayList<>());
        if (!at.contains(rule)) {
          at.add(rule);
        }
      }
    }
  }

  private void walk(Shape.Obj obj, String prefix, List<Entry> out, Map<String, List<Rule>> rulesAt) {
    rulesOf(obj.type(), prefix, rulesAt);
    Map<Class<?>, List<Shape.Prop>> sameType = new LinkedHashMap<>();
    for (Shape.Prop p : obj.props()) {
      if (p.shape() instanceof Shape.Obj o && o.type() != Text.class) {
        sameType.computeIfAbsent(o.type(), k -> new ArrayList<>()).add(p);
      }
    }
    List<Shape.Prop> done = new ArrayList<>();
    for (Shape.Prop p : obj.props()) {
      if (done.contains(p)) {
        continue;
      }
      List<Shape.Prop> group = p.shape() instanceof Shape.Obj o && o.type() != Text.class
          ? sameType.get(o.type()) : List.of(p);
      done.addAll(group);
      String name = group.size() == 1 ? p.name()
          : "<" + group.stream().map(Shape.Prop::name).collect(Collectors.joining("|")) + ">";
      field(prefix + name, p, out, rulesAt);
    }
  }

  private void field(String path, Shape.Prop p, List<Entry> out, Map<String, List<Rule>> rulesAt) {
    Shape shape = p.shape();
    String listVi = "";
    String listEn = "";
    if (shape instanceof Shape.ListOf list) {
      shape = list.item();
      path = path + "[]";
      listVi = "danh sách ";
      listEn = "list of ";
    }
    if (shape instanceof Shape.Obj o && o.type() == Text.class) {
      out.add(new Entry(path, listVi + "văn bản (vi, en)", listEn + "text (vi, en)", p.required(), p.doc(), List.of()));
      return;
    }
    if (shape instanceof Shape.Obj o) {
      out.add(new Entry(path, listVi + "nhóm trường", listEn + "object", p.required(), p.doc(), List.of()));
      walk(o, path + ".", out, rulesAt);
      return;
    }
    Shape.Scalar s = (Shape.Scalar) shape;
    List<String[]> values = new ArrayList<>();
    if (s.kind() == Shape.Kind.ENUM) {
      for (Object c : s.type().getEnumConstants()) {
        values.add(new String[] {((Coded) c).code(), ((Coded) c).label(Lang.VI), ((Coded) c).label(Lang.EN)});
      }
    }
    String patternVi = p.pattern() == null ? "" : ", dạng " + p.pattern().pattern();
    String patternEn = p.pattern() == null ? "" : ", form " + p.pattern().pattern();
    out.add(new Entry(path, listVi + s.kind().label(Lang.VI) + patternVi, listEn + s.kind().label(Lang.EN) + patternEn,
        p.required(), p.doc(), values, List.of(), FigureKind.of(p).orElse(null)));
  }
}
