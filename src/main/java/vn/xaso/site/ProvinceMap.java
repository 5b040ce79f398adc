package vn.xaso.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.xaso.derive.Comparisons;
import vn.xaso.derive.Indicator;
import vn.xaso.derive.ReportFacts;
import vn.xaso.sample.Provinces;
import vn.xaso.site.Views.Shown;

/**
 * The map of the 34 provinces for one share, drawn as data for {@code map.ftlh}: each province's
 * outline, colour, name and value, and the same figures as a table. A province's value is the
 * mean of its communes' figures in the main group of comparable figures ({@link
 * Comparisons.Result#main}, issue #24's one rule); a province without one is hatched and says "no data", never a pale colour that could read as a low value.
 */
public final class ProvinceMap {
  /** Where a share's colour changes: five classes of 20 points each. */
  static final double[] BREAKS = {20, 40, 60, 80};
  /** ColorBrewer's YlGnBu, five classes: light to dark, readable with the common colour-vision deficiencies. */
  static final List<String> COLOURS = List.of("#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494");
  static final String ODV = "https://data.vietnam.opendevelopmentmekong.net/dataset/a-phn-tnh";
  static final String CC_BY_SA = "https://creativecommons.org/licenses/by-sa/4.0/";

  private ProvinceMap() {}

  /**
   * One province on the map: outline, fill (a colour or the no-data hatch), its page (null when
   * the site has none), the words a screen reader hears, and its row in the table.
   */
  public record Area(String slug, String name, String href, String land, String islands, String fill, boolean noData,
      String label, Shown value, String communes, String periods) {}

  /** A class of the legend: its colour and the values it holds. */
  public record Bin(String colour, String label) {}

  /** An archipelago's name and, on a second line, its province, written above it, flush with the map's right edge. */
  public record Place(String text, String province, int x, int y) {}

  /**
   * A map for a template: its anchor id, title, which figures it shows ({@code basis}, and what
   * was left out), the SVG box, the provinces, the legend, the table rows (provinces with data)
   * and the names of those without.
   */
  public record MapView(String id, String title, String basis, String leftOut, int width, int height, String hatch,
      List<Area> areas, List<Bin> legend, List<Place> places, List<Area> rows, List<String> noData,
      String odv, String licence) {}

  /** A province as the link preview draws it, by name: its outline and islands, filled with {@code fill} or hatched. */
  static Area outline(String slug, String land, String islands, String fill, boolean noData) {
    return new Area(slug, slug, null, land, islands, fill, noData, slug, null, "", "");
  }

  /** A map holding only what the link preview draws (box, provinces, legend), by name. */
  static MapView outlines(int width, int height, List<Area> areas, List<Bin> legend) {
    return new MapView("preview", "", "", "", width, height, "", areas, legend, List.of(), List.of(), List.of(), "", "");
  }

  /** The map of {@code result}'s main group: each commune's latest figure, as {@link Comparisons} groups them. */
  static MapView draw(Indicator indicator, Comparisons.Result result, Set<String> provincePages, String page,
      PageParts d) {
    SiteContext c = d.context();
    Optional<Comparisons.Group> main = result.main();
    List<Comparisons.Entry> shown = main.map(Comparisons.Group::entries).orElse(List.of());
    String id = "map-" + indicator.code().replace('_', '-');
    String hatch = id + "-no-data";
    List<Area> areas = new ArrayList<>();
    List<Place> places = new ArrayList<>();
    // Grouped once, in the group's order: each of 34 shapes walking all 3,321 entries was a
    // good part of a rebuild's national pages (#26).
    Map<String, List<Comparisons.Entry>> byProvince = new HashMap<>();
    shown.forEach(e -> byProvince.computeIfAbsent(e.facts().province().slug(), k -> new ArrayList<>()).add(e));
    for (ProvinceShapes.Shape s : ProvinceShapes.vietnam().shapes()) {
      String name = Provinces.find(s.slug()).map(Provinces.Entry::name).orElse(s.slug());
      String href = provincePages.contains(s.slug()) ? SiteLayout.href(page, SiteLayout.province(s.slug())) : null;
      List<Comparisons.Entry> entries = byProvince.getOrDefault(s.slug(), List.of());
      List<ReportFacts> in = entries.stream().map(Comparisons.Entry::facts).toList();
      if (in.isEmpty()) {
        String none = c.t().get("map.no_data");
        areas.add(new Area(s.slug(), name, href, s.land(), s.islands(), "url(#" + hatch + ")", true,
            name + ": " + none, c.show().absent(null), "", ""));
      } else {
        double mean = in.stream().mapToDouble(r -> r.value(indicator).number()).average().orElseThrow();
        Shown value = c.show().number(mean, "%");
        areas.add(new Area(s.slug(), name, href, s.land(), s.islands(), colour(mean), false,
            name + ": " + value.text(), value, c.f().number(in.size()), periods(entries, d)));
      }
      if (!s.archipelago().isEmpty()) {
        int[] b = s.islandsBox();
        places.add(new Place(c.t().get("map." + s.archipelago().replace('-', '_')), "(" + name + ")",
            ProvinceShapes.vietnam().width() - 2, b[1] - 48));
      }
    }
    List<Area> rows = areas.stream().filter(a -> !a.noData()).sorted(Comparator.comparing(Area::name)).toList();
    List<String> noData = areas.stream().filter(Area::noData).map(Area::name).sorted().toList();
    return new MapView(id, c.t().get("map.title", Map.of("indicator", indicator.label(c.lang()))),
        basis(main, d), leftOut(result, c),
        ProvinceShapes.vietnam().width(), ProvinceShapes.vietnam().height(), hatch, areas, legend(c), places, rows,
        noData, ODV, CC_BY_SA);
  }

  /** The colour of a share: the class {@link #BREAKS} put it in. */
  static String colour(double share) {
    int k = 0;
    while (k < BREAKS.length && share >= BREAKS[k]) {
      k++;
    }
    return COLOURS.get(k);
  }

  private static List<Bin> legend(SiteContext c) {
    List<Bin> bins = new ArrayList<>();
    double from = 0;
    for (int k = 0; k < COLOURS.size(); k++) {
      double to = k < BREAKS.length ? BREAKS[k] : 100;
      String label = k < BREAKS.length
          ? c.t().get("map.bin", Map.of("from", c.f().percent(from), "to", c.f().percent(to)))
          : c.t().get("map.bin_last", Map.of("from", c.f().percent(from)));
      bins.add(new Bin(COLOURS.get(k), label));
      from = to;
    }
    return bins;
  }

  /** Which figures the colours are: the main group, named as rankings and charts name it. */
  private static String basis(Optional<Comparisons.Group> main, PageParts d) {
    SiteContext c = d.context();
    return main.map(g -> c.t().get("map.basis", Map.of("group", d.groupTitle(g))))
        .orElseGet(() -> c.t().get("map.basis_none"));
  }

  /**
   * How many communes the colours leave out: those in other groups (another kind or dates too far
   * apart) and those in none (no figure, or a count compared with nothing); null when none.
   */
  private static String leftOut(Comparisons.Result result, SiteContext c) {
    int others = result.groups().stream().skip(1).mapToInt(g -> g.entries().size()).sum();
    int none = result.leftOut().size();
    if (others + none == 0) {
      return null;
    }
    return c.t().get("map.left_out", Map.of("n", c.f().number(others + none), "other", c.f().number(others),
        "none", c.f().number(none)));
  }

  /**
   * The figures' own dates ({@link vn.xaso.derive.When}, not their reports' spans: a stock stated
   * "as of" an earlier date keeps that date): one, or the first to the last over several.
   */
  private static String periods(List<Comparisons.Entry> entries, PageParts d) {
    // The same span worded once: a province's hundred communes mostly share one.
    List<String> distinct = entries.stream().map(Comparisons.Entry::when).distinct().map(d::when).distinct().toList();
    if (distinct.size() == 1) {
      return distinct.get(0);
    }
    SiteContext c = d.context();
    return c.f().date(entries.stream().map(e -> e.when().to()).min(Comparator.naturalOrder()).orElseThrow())
        + " – " + c.f().date(entries.stream().map(e -> e.when().to()).max(Comparator.naturalOrder()).orElseThrow());
  }
}
