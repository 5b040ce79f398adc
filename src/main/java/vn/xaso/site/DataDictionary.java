package vn.xaso.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.xaso.derive.Indicator;
import vn.xaso.model.Lang;
import vn.xaso.schema.Dictionary;

/**
 * The data dictionary page's rows in one language: the {@link Dictionary} entries (read from
 * the same shapes the validator uses) and the {@link Indicator} catalogue with its formulas.
 */
public final class DataDictionary {
  private final Dictionary dictionary;

  public DataDictionary(Dictionary dictionary) {
    this.dictionary = dictionary;
  }

  /**
   * One field: its dotted YAML path, type, whether required, unit, meaning, allowed values, an
   * example and the declared rules that read it.
   */
  public record Field(String path, String type, boolean required, String unit, String meaning, String values,
      String example, String rules) {}

  public Map<String, List<Field>> files(Show show) {
    Lang lang = show.lang();
    Map<String, List<Field>> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<Dictionary.Entry>> file : dictionary.files().entrySet()) {
      List<Field> fields = new ArrayList<>();
      for (Dictionary.Entry e : file.getValue()) {
        List<String> values = new ArrayList<>();
        for (String[] v : e.values()) {
          values.add(v[0] + " (" + (lang == Lang.EN ? v[2] : v[1]) + ")");
        }
        fields.add(new Field(e.path(), e.type(lang), e.required(), show.unitIn(e.unit()),
            e.figure() == null ? e.meaning(lang) : e.meaning(lang) + " — " + e.figure(lang),
            String.join(", ", values), e.example(), e.rules(lang)));
      }
      out.put(file.getKey(), fields);
    }
    return out;
  }

  /** An indicator as the dictionary defines it: code, name, unit and formula. */
  public record IndicatorEntry(String code, String label, String unit, String formula) {}

  public List<IndicatorEntry> indicators(Show show) {
    List<IndicatorEntry> out = new ArrayList<>();
    for (Indicator i : Indicator.values()) {
      out.add(new IndicatorEntry(i.code(), i.label(show.lang()), show.unitIn(i.unit()),
          i.formula(show.lang())));
    }
    return out;
  }
}
