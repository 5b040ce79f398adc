package vn.xaso.site;

import java.util.ArrayList;
import java.util.List;
import vn.xaso.derive.When;
import vn.xaso.records.Given;

/**
 * One chart's data: categories (with an optional link each, and the period and source document
 * each category's figures come from), one or more series of values (null where not reported), a
 * unit and a source line. The same object gives the .csv behind it and the accessible table,
 * which the site's script draws the chart from, so the three cannot disagree.
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

  /** Built by name, so that two components of one type cannot be swapped unseen (see {@link Builder}). */
  public static Builder builder() {
    return new Builder();
  }

  /** Each component by its name, each exactly once; {@link #build()} refuses a component left out. */
  public static final class Builder {
    private final Given given = new Given(Chart.class);
    private String id;
    private String title;
    private String type;
    private boolean percent;
    private String unit;
    private String source;
    private String note;
    private String corner;
    private List<String> labels;
    private List<String> links;
    private List<Series> series;
    private List<String> periods;
    private List<String> sources;

    public Builder id(String v) { given.add("id"); id = v; return this; }
    public Builder title(String v) { given.add("title"); title = v; return this; }
    public Builder type(String v) { given.add("type"); type = v; return this; }
    public Builder percent(boolean v) { given.add("percent"); percent = v; return this; }
    public Builder unit(String v) { given.add("unit"); unit = v; return this; }
    public Builder source(String v) { given.add("source"); source = v; return this; }
    public Builder note(String v) { given.add("note"); note = v; return this; }
    public Builder corner(String v) { given.add("corner"); corner = v; return this; }
    public Builder labels(List<String> v) { given.add("labels"); labels = v; return this; }
    public Builder links(List<String> v) { given.add("links"); links = v; return this; }
    public Builder series(List<Series> v) { given.add("series"); series = v; return this; }
    public Builder periods(List<String> v) { given.add("periods"); periods = v; return this; }
    public Builder sources(List<String> v) { given.add("sources"); sources = v; return this; }

    public Chart build() {
      given.check();
      return new Chart(id, title, type, percent, unit, source, note, corner, labels, links, series, periods,
          sources);
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
}
