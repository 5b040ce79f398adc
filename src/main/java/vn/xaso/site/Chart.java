package vn.xaso.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One chart's data: categories (with an optional link each), one or more series of values
 * (null where not reported), a unit and a source line. The same object gives the canvas's .json,
 * the .csv behind it and the accessible table, so the three cannot disagree.
 */
public record Chart(String id, String title, String type, boolean percent, String unit, String source, String note,
    String corner, List<String> labels, List<String> links, List<Series> series) {

  public record Series(String name, List<Double> values) {}

  public Chart {
    labels = List.copyOf(labels);
    links = new ArrayList<>(links);
    series = List.copyOf(series);
  }

  /** The data file the site's script reads (Chart.js configuration minus styling). */
  public Map<String, Object> json(Lang lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", type);
    m.put("title", title);
    m.put("locale", lang.locale().toLanguageTag());
    m.put("percent", percent);
    m.put("unit", unit);
    m.put("labels", labels);
    List<Map<String, Object>> sets = new ArrayList<>();
    for (Series s : series) {
      Map<String, Object> set = new LinkedHashMap<>();
      set.put("label", s.name());
      set.put("data", s.values());
      sets.add(set);
    }
    m.put("datasets", sets);
    return m;
  }
}
