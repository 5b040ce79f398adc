package vn.xaso.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.xaso.derive.When;
import vn.xaso.model.Lang;

/**
 * One chart's data: categories (with an optional link each, and the period and source document
 * each category's figures come from), one or more series of values (null where not reported), a
 * unit and a source line. The same object gives the canvas's data, the .csv behind it and the
 * accessible table, so the three cannot disagree.
 */
public record Chart(String id, String title, String type, boolean percent, String unit, String source, String note,
    String corner, List<String> labels, List<String> links, List<Series> series, List<String> periods,
    List<String> sources) {

  /**
   * One series: its values, and for each value the date or span it holds for and how it was
   * obtained, when known (empty lists otherwise), for the CSVs' ISO period and basis columns.
   */
  public record Series(String name, List<Double> values, List<When> whens, List<String> bases) {
    public Series {
      values = new ArrayList<>(values);
      whens = new ArrayList<>(whens);
      bases = new ArrayList<>(bases);
    }

    public Series(String name, List<Double> values) {
      this(name, values, List.of(), List.of());
    }

    public When when(int i) {
      return whens.isEmpty() ? null : whens.get(i);
    }

    public String basis(int i) {
      return bases.isEmpty() ? null : bases.get(i);
    }
  }

  public Chart {
    labels = List.copyOf(labels);
    links = new ArrayList<>(links);
    series = List.copyOf(series);
    periods = List.copyOf(periods);
    sources = List.copyOf(sources);
  }

  /** Whether any category lacks a figure in any series. */
  public boolean hasMissing() {
    return series.stream().anyMatch(s -> s.values().contains(null));
  }

  /** The data file the site's script reads (Chart.js configuration minus styling). */
  public Map<String, Object> json(Lang lang, String notReported) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", type);
    m.put("title", title);
    m.put("locale", lang.locale().toLanguageTag());
    m.put("percent", percent);
    m.put("unit", unit);
    // Categories from different periods carry their period on a second line of the label.
    boolean periodLines = periods.stream().distinct().count() > 1 && !periods.equals(labels);
    m.put("labels", periodLines ? java.util.stream.IntStream.range(0, labels.size())
        .mapToObj(i -> List.of(labels.get(i), periods.get(i))).toList() : labels);
    // Drawn in the slot of each null value, so a missing figure never looks like a bar of 0.
    m.put("missing", notReported);
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
