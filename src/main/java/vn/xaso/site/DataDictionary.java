package vn.xaso.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.xaso.derive.Indicator;
import vn.xaso.model.Doc;
import vn.xaso.model.Text;
import vn.xaso.schema.Schema;
import vn.xaso.schema.Shape;

/**
 * The data dictionary page's rows, read from the same {@link Shape}s the validator uses and the
 * {@link Indicator} catalogue. Small on purpose: a fuller dictionary from the schema stage can replace it.
 */
public final class DataDictionary {
  private final Schema schema;

  public DataDictionary(Schema schema) {
    this.schema = schema;
  }

  /** One field: its dotted YAML path, type, whether required, unit, meaning and an example. */
  public record Field(String path, String type, boolean required, String unit, String meaning, String example) {}

  public Map<String, List<Field>> files(Show show) {
    Map<String, List<Field>> out = new LinkedHashMap<>();
    out.put("province.yaml", fields(schema.province(), "", show));
    out.put("commune.yaml", fields(schema.commune(), "", show));
    out.put("<period>.yaml", fields(schema.report(), "", show));
    return out;
  }

  private List<Field> fields(Shape.Obj obj, String prefix, Show show) {
    List<Field> out = new ArrayList<>();
    for (Shape.Prop p : obj.props()) {
      String path = prefix + p.name();
      Shape shape = p.shape();
      String suffix = "";
      if (shape instanceof Shape.ListOf list) {
        shape = list.item();
        suffix = "[]";
      }
      Doc d = p.doc();
      String meaning = d == null ? "" : show.lang() == Lang.EN ? d.en() : d.vi();
      String unit = d == null ? "" : show.unitIn(d.unit());
      String example = d == null ? "" : d.example();
      if (shape instanceof Shape.Obj o && o.type() != Text.class) {
        out.add(new Field(path + suffix, show.messages().get("dictionary.object"), p.required(), unit, meaning, example));
        out.addAll(fields(o, path + suffix + ".", show));
      } else {
        String type = shape instanceof Shape.Scalar s ? kind(s, show) : show.messages().get("dictionary.text_vi_en");
        out.add(new Field(path + suffix, type, p.required(), unit, meaning, example));
      }
    }
    return out;
  }

  private static String kind(Shape.Scalar s, Show show) {
    String label = s.kind().label(show.lang().code());
    return s.values().isEmpty() ? label : label + ": " + String.join(", ", s.values());
  }

  public List<Map<String, String>> indicators(Show show) {
    List<Map<String, String>> out = new ArrayList<>();
    for (Indicator i : Indicator.values()) {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("code", i.code());
      m.put("label", i.label(show.lang().code()));
      m.put("unit", show.unitIn(i.unit()));
      m.put("formula", i.formula(show.lang().code()));
      out.add(m);
    }
    return out;
  }
}
