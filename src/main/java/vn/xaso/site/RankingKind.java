package vn.xaso.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.xaso.derive.Comparisons;
import vn.xaso.derive.Derived;
import vn.xaso.derive.Indicator;
import vn.xaso.derive.ReportFacts;
import vn.xaso.model.Commune;
import vn.xaso.model.Lang;
import vn.xaso.model.Province;
import vn.xaso.site.PageModels.LeftOutRow;
import vn.xaso.site.PageModels.RankByProvince;
import vn.xaso.site.PageModels.RankGroup;
import vn.xaso.site.PageModels.RankProvince;
import vn.xaso.site.PageModels.RankRow;
import vn.xaso.site.PageModels.RankingPage;
import vn.xaso.site.PageModels.RankingProvincePage;
import vn.xaso.site.Views.ChartView;
import vn.xaso.site.Views.Link;

/**
 * One ranking per share: each commune's latest figure, highest first, one table per group of
 * comparable figures ({@link Comparisons}), then the communes ranked in none, with why. The
 * national page shows the first {@link #TOP} of each group, the chart and the map, and one line
 * per province; each province's page lists all its communes with their national ranks and its
 * communes left out. One page of all 3,321 communes weighed 0.7 MB at national scale.
 */
final class RankingKind implements PageKind {
  /** How many communes of each group the national page lists; the province pages list them all. */
  static final int TOP = 10;

  private final Derived derived;
  private final Map<Lang, PageParts> data;
  /** Each share's {@link #inputs} by province, worked out once for all provinces and both languages. */
  private final Map<Indicator, Map<String, String>> inputs = new java.util.concurrent.ConcurrentHashMap<>();
  /** Each commune figure's part of the national pages' inputs, as the last build worked it out. */
  private final Figures figures;

  RankingKind(Derived derived, Map<Lang, PageParts> data) {
    this(derived, data, new Figures());
  }

  RankingKind(Derived derived, Map<Lang, PageParts> data, Figures figures) {
    this.derived = derived;
    this.data = data;
    this.figures = figures;
  }

  @Override
  public List<Page> pages() {
    List<Page> pages = new ArrayList<>();
    for (Indicator i : Indicator.shares()) {
      // Kept, model unbuilt, while the share's figures compare and rank as in the last build:
      // a change to one commune's dossiers leaves the other shares' rankings as they were.
      pages.add(Page.single(new Page.Identity("ranking", i.code()), SiteLayout.ranking(i), "ranking.ftlh",
          SiteLayout.Owner.NATION, lang -> model(i, data.get(lang)))
          .reusedWhen(new Page.Reuse(null, () -> national(i, derived.provinces(), data.get(Lang.VI), figures))));
      // The nation's, not the province's: a commune's rank moves when any commune's figure does.
      for (Province p : derived.provinces()) {
        pages.add(Page.single(new Page.Identity("ranking", i.code() + "/" + p.slug()), SiteLayout.ranking(i, p.slug()),
            "ranking-province.ftlh", SiteLayout.Owner.NATION, lang -> model(i, p, data.get(lang)))
            .reusedWhen(new Page.Reuse(new SiteLayout.Owner(p.slug(), null), () -> inputs.computeIfAbsent(i, x -> inputs(x, derived.provinces(), data.get(Lang.VI))).get(p.slug()))));
      }
    }
    return pages;
  }

  private PageModel model(Indicator i, PageParts d) {
    SiteContext c = d.context();
    String path = SiteLayout.ranking(i);
    String label = i.label(c.lang());
    SiteContext.Frame frame = c.frame(path, label, c.t().get("ranking.description", Map.of("indicator", label)));
    Comparisons.Result result = d.comparisons(i);
    ChartWriter.Drawn<List<ChartView>> drawn = d.comparison(i, result, path);
    List<RankGroup> groups = new ArrayList<>();
    for (Comparisons.Group g : result.groups()) {
      List<Comparisons.Entry> top = g.entries().subList(0, Math.min(TOP, g.entries().size()));
      String note = top.size() == g.entries().size() ? null : c.t().get("ranking.top_note",
          Map.of("n", c.f().number(top.size()), "m", c.f().number(g.entries().size())));
      groups.add(new RankGroup(d.groupTitle(g), anchor(g, d), rows(i, top, path, d), note));
    }
    List<RankProvince> provinces = new ArrayList<>();
    // Counted in one pass each, not one per province.
    Map<String, Long> rankedIn = new java.util.HashMap<>();
    result.groups().forEach(g -> g.entries().forEach(e -> rankedIn.merge(e.facts().province().slug(), 1L, Long::sum)));
    Map<String, Long> leftOutIn = new java.util.HashMap<>();
    result.leftOut().forEach(l -> leftOutIn.merge(l.facts().province().slug(), 1L, Long::sum));
    for (Province p : derived.provinces()) {
      long ranked = rankedIn.getOrDefault(p.slug(), 0L);
      long leftOut = leftOutIn.getOrDefault(p.slug(), 0L);
      provinces.add(new RankProvince(p.name(), SiteLayout.href(path, SiteLayout.ranking(i, p.slug())),
          c.t().get("ranking.communes_link", Map.of("n", c.f().number(ranked))), c.f().number(leftOut)));
    }
    String leftOut = result.leftOut().isEmpty() ? null
        : c.t().get("ranking.left_out_count", Map.of("n", c.f().number(result.leftOut().size())));
    RankingPage page = new RankingPage(SiteLayout.href(path, SiteLayout.home()),
        SiteLayout.href(path, SiteLayout.indicators()), label, i.formula(c.lang()), drawn.view(), groups,
        c.t().get("ranking.rules", Map.of("days", c.f().number(Comparisons.TOLERANCE_DAYS))),
        new RankByProvince(c.t().get("ranking.by_province_intro"), provinces, leftOut), d.map(i, path));
    return new PageModel(frame, page, drawn.files());
  }

  /** A province's part of the ranking: its communes in each group, with their national ranks, and those left out. */
  private PageModel model(Indicator i, Province p, PageParts d) {
    SiteContext c = d.context();
    String path = SiteLayout.ranking(i, p.slug());
    String label = i.label(c.lang());
    Map<String, String> named = Map.of("indicator", label, "province", p.name());
    SiteContext.Frame frame = c.frame(path, c.t().get("ranking.province_title", named),
        c.t().get("ranking.province_description", named));
    Comparisons.Result result = d.comparisons(i);
    List<RankGroup> groups = new ArrayList<>();
    for (Comparisons.Group g : result.groups()) {
      List<Comparisons.Entry> own = g.entries().stream().filter(e -> e.facts().province().slug().equals(p.slug())).toList();
      if (!own.isEmpty()) {
        groups.add(new RankGroup(d.groupTitle(g), anchor(g, d), rows(i, own, path, d), null));
      }
    }
    List<LeftOutRow> leftOut = result.leftOut().stream().filter(l -> l.facts().province().slug().equals(p.slug()))
        .map(l -> new LeftOutRow(d.name(l.facts().commune()), SiteLayout.href(path, SiteLayout.report(l.facts())),
            l.facts().province().name(), d.leftOutReason(i, l)))
        .toList();
    return PageModel.of(frame, new RankingProvincePage(SiteLayout.href(path, SiteLayout.home()),
        SiteLayout.href(path, SiteLayout.indicators()), new Link(SiteLayout.href(path, SiteLayout.ranking(i)), label),
        i.formula(c.lang()), c.t().get("ranking.province_ranks"), groups,
        c.t().get("ranking.rules", Map.of("days", c.f().number(Comparisons.TOLERANCE_DAYS))), leftOut));
  }

  /**
   * What a province's part of a ranking reads beyond the province's own communes: each group's
   * kind and dates (its title and anchor), and the national ranks of the province's communes in
   * it. Which of its communes are left out, and why, is the province's own. By province slug.
   */
  static Map<String, String> inputs(Indicator i, List<Province> provinces, PageParts d) {
    // One pass over the ranking for all provinces: a pass per province was 34 passes over 3,321 communes.
    Map<String, StringBuilder> texts = new java.util.HashMap<>();
    provinces.forEach(p -> texts.put(p.slug(), new StringBuilder()));
    for (Comparisons.Group g : d.comparisons(i).groups()) {
      String head = "|" + g.span() + ',' + g.from() + ',' + g.to() + ':';
      texts.values().forEach(s -> s.append(head));
      for (Comparisons.Entry e : g.entries()) {
        StringBuilder s = texts.get(e.facts().province().slug());
        if (s != null) {
          s.append(e.facts().path()).append('=').append(e.rank()).append(';');
        }
      }
    }
    Map<String, String> out = new java.util.HashMap<>();
    texts.forEach((slug, s) -> out.put(slug, s.toString()));
    return out;
  }

  /**
   * What the national page of a share reads: the provinces, and each group's kind and dates with,
   * for each of its figures, the figure's {@link Figures#of part} and its rank, then the communes
   * left out, each with why. Everything the page shows of a commune (name, province, figure,
   * basis, date, source, link) is in its part (a figure's date is its value's); counts, the chart
   * and the map follow from the rest.
   */
  static String national(Indicator i, List<Province> provinces, PageParts d, Figures figures) {
    Comparisons.Result result = d.comparisons(i);
    Map<ReportFacts, String> last = figures.last(i);
    Map<ReportFacts, String> now = new java.util.IdentityHashMap<>();
    java.util.function.Function<ReportFacts, String> part = f -> now.computeIfAbsent(f, x -> {
      String known = last.get(x);
      return known != null ? known : Figures.of(i, x);
    });
    StringBuilder s = new StringBuilder().append(provinces);
    for (Comparisons.Group g : result.groups()) {
      s.append('|').append(g.span()).append(',').append(g.from()).append(',').append(g.to()).append(':');
      for (Comparisons.Entry e : g.entries()) {
        // The figure's date is its value's, in its part.
        s.append(part.apply(e.facts())).append('=').append(e.rank()).append(';');
      }
    }
    s.append("|left:");
    for (Comparisons.LeftOut l : result.leftOut()) {
      s.append(part.apply(l.facts())).append('=').append(l.why()).append(';');
    }
    figures.remember(i, now);
    return s.toString();
  }

  /**
   * Each commune figure's part of a share's national inputs, kept between the builds of one
   * process by the facts it was worked out of: a preview server's rebuild takes the cached
   * communes' facts as the very same objects ({@code Build.merge}), so only the changed
   * communes' parts are worked out again, not 3,321 per share.
   */
  static final class Figures {
    private final Map<Indicator, Map<ReportFacts, String>> byIndicator = new java.util.concurrent.ConcurrentHashMap<>();

    Map<ReportFacts, String> last(Indicator i) {
      return byIndicator.getOrDefault(i, Map.of());
    }

    void remember(Indicator i, Map<ReportFacts, String> parts) {
      byIndicator.put(i, parts);
    }

    /** The SHA-256 of what a page may show of one commune's figure: its report, commune, province, value and source. */
    static String of(Indicator i, ReportFacts f) {
      String text = f.path() + '\n' + f.commune() + '\n' + f.province() + '\n' + f.value(i) + '\n'
          + f.report().period() + '\n' + f.report().source();
      return vn.xaso.publish.Output.sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  /** The id of a group's table, which a commune's summary links to: its kind and last date. */
  static String anchor(Comparisons.Group g, PageParts d) {
    return "g-" + (g.span() == null ? "share" : g.span().code().replace('_', '-')) + "-" + g.to();
  }

  /** The id of a commune's row in a ranking, which its summary links to. */
  static String rowId(Commune cm) {
    return "c-" + cm.province() + "-" + cm.slug();
  }

  /** Where a commune's summary finds it in a ranking: its row, or the list of communes left out, on its province's page. */
  static String place(Indicator i, Commune cm, boolean ranked) {
    return SiteLayout.ranking(i, cm.province()) + "#" + (ranked ? rowId(cm) : "left-out");
  }

  private static List<RankRow> rows(Indicator i, List<Comparisons.Entry> entries, String page, PageParts d) {
    SiteContext c = d.context();
    List<RankRow> rows = new ArrayList<>();
    for (Comparisons.Entry e : entries) {
      rows.add(new RankRow(c.f().number(e.rank()), d.name(e.facts().commune()),
          SiteLayout.href(page, SiteLayout.report(e.facts())), e.facts().province().name(), d.when(e.when()),
          c.show().value(i, e.value()), rowId(e.facts().commune())));
    }
    return rows;
  }
}
