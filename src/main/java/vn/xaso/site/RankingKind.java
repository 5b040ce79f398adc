package vn.xaso.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.xaso.derive.Comparisons;
import vn.xaso.derive.Indicator;
import vn.xaso.model.Lang;
import vn.xaso.site.PageModels.LeftOutRow;
import vn.xaso.site.PageModels.RankGroup;
import vn.xaso.site.PageModels.RankRow;
import vn.xaso.site.PageModels.RankingPage;
import vn.xaso.site.Views.ChartView;

/**
 * One ranking per share: each commune's latest figure, highest first, one table per group of
 * comparable figures ({@link Comparisons}), then the communes ranked in none, with why.
 */
final class RankingKind implements PageKind {
  private final Map<Lang, PageParts> data;

  RankingKind(Map<Lang, PageParts> data) {
    this.data = data;
  }

  @Override
  public List<Page> pages() {
    return Indicator.shares().stream().map(i -> Page.single(new Page.Identity("ranking", i.code()), SiteLayout.ranking(i), "ranking.ftlh",
        SiteLayout.Owner.NATION, lang -> model(i, data.get(lang)))).toList();
  }

  private static PageModel model(Indicator i, PageParts d) {
    SiteContext c = d.context();
    String path = SiteLayout.ranking(i);
    String label = i.label(c.lang());
    SiteContext.Frame frame = c.frame(path, label, c.t().get("ranking.description", Map.of("indicator", label)));
    Comparisons.Result result = d.comparisons(i);
    ChartWriter.Drawn<List<ChartView>> drawn = d.comparison(i, result, path);
    List<RankGroup> groups = new ArrayList<>();
    for (Comparisons.Group g : result.groups()) {
      groups.add(new RankGroup(d.groupTitle(g), anchor(g, d), rows(i, g, path, d)));
    }
    List<LeftOutRow> leftOut = result.leftOut().stream().map(l -> new LeftOutRow(d.name(l.facts().commune()),
        SiteLayout.href(path, SiteLayout.report(l.facts())), l.facts().province().name(), d.leftOutReason(i, l)))
        .toList();
    RankingPage page = new RankingPage(SiteLayout.href(path, SiteLayout.home()),
        SiteLayout.href(path, SiteLayout.indicators()), label, i.formula(c.lang()), drawn.view(), groups,
        c.t().get("ranking.rules", Map.of("days", c.f().number(Comparisons.TOLERANCE_DAYS))), leftOut,
        d.map(i, path));
    return new PageModel(frame, page, drawn.files());
  }

  /** The id of a group's table, which a commune's summary links to: its kind and last date. */
  static String anchor(Comparisons.Group g, PageParts d) {
    return "g-" + (g.span() == null ? "share" : g.span().code().replace('_', '-')) + "-" + g.to();
  }

  /** The id of a commune's row in a ranking, which its summary links to. */
  static String rowId(vn.xaso.model.Commune cm) {
    return "c-" + cm.province() + "-" + cm.slug();
  }

  private static List<RankRow> rows(Indicator i, Comparisons.Group g, String page, PageParts d) {
    SiteContext c = d.context();
    List<RankRow> rows = new ArrayList<>();
    for (Comparisons.Entry e : g.entries()) {
      rows.add(new RankRow(c.f().number(e.rank()), d.name(e.facts().commune()),
          SiteLayout.href(page, SiteLayout.report(e.facts())), e.facts().province().name(), d.when(e.when()),
          c.show().value(i, e.value()), rowId(e.facts().commune())));
    }
    return rows;
  }
}
