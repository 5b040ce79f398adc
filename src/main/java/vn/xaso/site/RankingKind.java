package vn.xaso.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.xaso.derive.Indicator;
import vn.xaso.derive.ReportFacts;
import vn.xaso.model.Lang;
import vn.xaso.site.PageModels.RankGroup;
import vn.xaso.site.PageModels.RankRow;
import vn.xaso.site.PageModels.RankingPage;
import vn.xaso.site.Views.ChartView;

/** One ranking per share: every commune's latest value, highest first, by kind of period. */
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
    List<ReportFacts> latest = d.latest();
    ChartWriter.Drawn<List<ChartView>> drawn = d.comparison(i, latest, path);
    // A week's figures and a cumulative "as of" status are not ranked against each other.
    List<List<ReportFacts>> kinds = PageParts.byKind(latest);
    List<RankGroup> groups = new ArrayList<>();
    for (List<ReportFacts> kind : kinds) {
      groups.add(new RankGroup(kinds.size() > 1 ? d.kindLabel(kind.get(0)) : null, rows(i, kind, path, d)));
    }
    RankingPage page = new RankingPage(SiteLayout.href(path, SiteLayout.home()),
        SiteLayout.href(path, SiteLayout.indicators()), label, i.formula(c.lang()), drawn.view(), groups,
        kinds.size() > 1, !latest.isEmpty(), d.map(i, path));
    return new PageModel(frame, page, drawn.files());
  }

  private static List<RankRow> rows(Indicator i, List<ReportFacts> reports, String page, PageParts d) {
    SiteContext c = d.context();
    List<RankRow> rows = new ArrayList<>();
    int rank = 0;
    for (ReportFacts r : PageParts.byValue(reports, i)) {
      boolean present = r.value(i).present();
      rows.add(new RankRow(present ? c.f().number(++rank) : "", d.name(r.commune()),
          SiteLayout.href(page, SiteLayout.report(r)), r.province().name(), d.period(r),
          c.show().value(i, r.value(i))));
    }
    return rows;
  }
}
