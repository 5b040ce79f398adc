package vn.xaso.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.xaso.derive.Derived;
import vn.xaso.derive.Indicator;
import vn.xaso.derive.ReportFacts;
import vn.xaso.model.Commune;
import vn.xaso.model.Lang;
import vn.xaso.model.Province;
import vn.xaso.publish.SuggestedCitation;
import vn.xaso.site.PageModels.CommunePage;
import vn.xaso.site.Views.ChartView;
import vn.xaso.site.Views.Sec;

/** One page per commune: its profile, latest figures, trends over its reports, and every report. */
final class CommuneKind implements PageKind {
  private final Derived derived;
  private final Map<Lang, PageParts> data;

  CommuneKind(Derived derived, Map<Lang, PageParts> data) {
    this.derived = derived;
    this.data = data;
  }

  @Override
  public List<Page> pages() {
    return derived.communes().stream().map(this::page).toList();
  }

  private Page page(Commune cm) {
    return Page.many(new Page.Identity("commune", cm.province() + "/" + cm.slug()), SiteLayout.commune(cm), "commune.ftlh", new SiteLayout.Owner(cm.province(), cm.slug()),
        lang -> model(cm, data.get(lang)));
  }

  private PageModel model(Commune cm, PageParts d) {
    SiteContext c = d.context();
    String path = SiteLayout.commune(cm);
    List<ReportFacts> reports = d.reportsOf(cm);
    String name = d.name(cm);
    Province p = derived.province(cm.province()).orElseThrow();
    ReportFacts last = reports.isEmpty() ? null : reports.get(reports.size() - 1);
    SiteContext.Frame frame = c.frame(path, PageParts.capitalised(name),
        c.t().get("commune.description", Map.of("name", name))
            + (last == null ? "" : " " + d.period(last) + ": " + Previews.keyFigure(last, c)));
    List<Chart> drawn = new ArrayList<>();
    if (reports.size() >= 2) {
      drawn.add(overTime("shares", c.t().get("chart.shares_over_time"), reports, Indicator.shares(), path, d));
      drawn.add(overTime("dossiers", Indicator.DOSSIERS_RECEIVED.label(c.lang()), reports,
          List.of(Indicator.DOSSIERS_RECEIVED), path, d));
    }
    // One file per page and language for all its charts: commune pages are thousands.
    ChartWriter.Drawn<List<ChartView>> charts = d.charts().drawTogether(drawn, d.folder(path), c.show());
    CommunePage page = new CommunePage(
        name,
        p.name(),
        SiteLayout.href(path, SiteLayout.home()),
        SiteLayout.href(path, SiteLayout.province(p.slug())),
        profile(cm, p, c),
        last == null ? null : d.indicatorRows(last),
        last == null ? null : d.period(last),
        last == null ? null : SiteLayout.href(path, SiteLayout.report(last)),
        reports.stream().map(r -> d.reportLink(r, path)).toList(),
        charts.view(),
        d.downloads(d.toSite(path, SiteLayout.dataCommune(cm.province(), cm.slug()))),
        SuggestedCitation.of(c.config(), d.created(), name + ", " + p.name(), c.url(c.lang(), path), c.lang()));
    return new PageModel(frame, page, charts.files());
  }

  /** The profile in plain words; the data dictionary has the field-by-field definitions. */
  private static Sec profile(Commune cm, Province p, SiteContext c) {
    Show s = c.show();
    List<Views.Row> rows = List.of(
        new Views.Row(c.t().get("profile.name"), s.plain(cm.name())),
        new Views.Row(c.t().get("profile.unit_type"), s.coded(cm.unitType())),
        new Views.Row(c.t().get("province"), s.plain(p.name())),
        new Views.Row(c.t().get("profile.code"), s.plain(cm.code())),
        new Views.Row(c.t().get("profile.villages"), s.number(cm.villages(), "")),
        new Views.Row(c.t().get("profile.notes"), s.text(cm.notes())));
    return new Sec("profile", c.t().get("commune.profile"), false, List.of(new Views.Fields(rows)));
  }

  private static Chart overTime(String id, String title, List<ReportFacts> reports, List<Indicator> indicators,
      String page, PageParts d) {
    SiteContext c = d.context();
    boolean percent = indicators.stream().allMatch(Indicator::isPercent);
    List<Chart.Series> series = indicators.stream()
        .map(i -> new Chart.Series(i.label(c.lang()), PageParts.values(reports, i))).toList();
    return new Chart(id, title, percent ? "line" : "bar", percent,
        percent ? "%" : c.show().unitIn(indicators.get(0).unit()), c.t().get("source.each_report"), null,
        c.t().get("chart.period"), reports.stream().map(d::period).toList(),
        reports.stream().map(r -> SiteLayout.href(page, SiteLayout.report(r))).toList(), series,
        reports.stream().map(d::period).toList(), reports.stream().map(d::sourceOf).toList());
  }
}
