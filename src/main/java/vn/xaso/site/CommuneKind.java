package vn.xaso.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.xaso.derive.Comparisons;
import vn.xaso.derive.Derived;
import vn.xaso.derive.Value;
import vn.xaso.derive.Indicator;
import vn.xaso.derive.ReportFacts;
import vn.xaso.model.Commune;
import vn.xaso.model.Lang;
import vn.xaso.model.Province;
import vn.xaso.publish.SuggestedCitation;
import vn.xaso.site.PageModels.CommunePage;
import vn.xaso.site.PageModels.SummaryItem;
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
    SiteLayout.Owner owner = new SiteLayout.Owner(cm.province(), cm.slug());
    return Page.compared(new Page.Identity("commune", cm.province() + "/" + cm.slug()), SiteLayout.commune(cm), "commune.ftlh", owner,
        lang -> model(cm, data.get(lang))).reusedWhen(new Page.Reuse(owner, () -> inputs(cm, data.get(Lang.VI))));
  }

  /**
   * What a commune's page reads beyond the commune's own files: where each of its headline
   * figures stands among all communes', and the data's own date (the year its suggested
   * citation gives). Everything else on the page is the commune's, its province's, or the
   * site's (a change there means a clean build).
   */
  static String inputs(Commune cm, PageParts d) {
    List<ReportFacts> reports = d.reportsOf(cm);
    StringBuilder s = new StringBuilder().append(d.created());
    for (Indicator i : Indicator.shares()) {
      s.append('|').append(i.code()).append(':');
      Optional<ReportFacts> f = Comparisons.latestGiving(i, reports);
      Ranks.Place place = f.isEmpty() ? null : d.ranks(i).place(f.get());
      if (place != null) {
        Comparisons.Group g = place.group();
        s.append(g.span()).append(',').append(g.from()).append(',').append(g.to()).append(',')
            .append(g.entries().size()).append(',').append(place.entry().rank()).append(',')
            .append(place.provinceRank()).append(',').append(place.provinceCount());
      } else if (f.isPresent()) {
        Comparisons.LeftOut l = d.ranks(i).leftOut(f.get());
        s.append(l == null ? "none" : l.why() + "," + l.when());
      }
    }
    return s.toString();
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
    List<SummaryItem> summary = summary(cm, reports, path, d);
    CommunePage page = new CommunePage(
        name,
        p.name(),
        SiteLayout.href(path, SiteLayout.home()),
        SiteLayout.href(path, SiteLayout.province(p.slug())),
        summary,
        missing(reports, c),
        noTrend(summary, c),
        profile(cm, p, c),
        last == null ? null : d.indicatorRows(last),
        last == null ? null : d.period(last),
        last == null ? null : SiteLayout.href(path, SiteLayout.report(last)),
        reports.stream().map(r -> d.reportLink(r, path)).toList(),
        charts.view(),
        List.of(d.zipped(path, cm.province(), vn.xaso.publish.DataLayout.unit(cm.province(), cm.slug()),
            "downloads.zip_commune")),
        SuggestedCitation.of(c.config(), d.created(), name + ", " + p.name(), c.url(c.lang(), path), c.lang()));
    return new PageModel(frame, page, charts.files());
  }

  /** The headline indicators the commune has a figure for, each answered in a few words. */
  private static List<SummaryItem> summary(Commune cm, List<ReportFacts> reports, String page, PageParts d) {
    List<SummaryItem> out = new ArrayList<>();
    for (Indicator i : Indicator.shares()) {
      Comparisons.latestGiving(i, reports).ifPresent(f -> out.add(item(i, cm, f, reports, page, d)));
    }
    return out;
  }

  private static SummaryItem item(Indicator i, Commune cm, ReportFacts f, List<ReportFacts> reports, String page,
      PageParts d) {
    SiteContext c = d.context();
    Ranks.Place place = d.ranks(i).place(f);
    String ranking = SiteLayout.href(page, RankingKind.place(i, cm, place != null));
    String rank;
    if (place == null) {
      Comparisons.LeftOut l = d.ranks(i).leftOut(f);
      rank = c.t().get("summary.not_compared", Map.of("why", l == null ? "" : d.leftOutReason(i, l)));
    } else if (place.group().entries().size() < 2) {
      rank = c.t().get("summary.alone");
    } else {
      rank = c.t().get("summary.rank", Map.of(
          "p", c.f().number(place.provinceRank()), "pn", c.f().number(place.provinceCount()),
          "c", c.f().number(place.entry().rank()), "cn", c.f().number(place.group().entries().size())));
    }
    return new SummaryItem(i.label(c.lang()), ranking, c.show().value(i, f.value(i)), d.when(f.value(i).when()), rank,
        trend(i, f, reports, d));
  }

  /** "tăng 3,2 điểm phần trăm so với kỳ 10/2025", against the previous figure of the same kind; null when none. */
  private static String trend(Indicator i, ReportFacts f, List<ReportFacts> reports, PageParts d) {
    SiteContext c = d.context();
    Optional<ReportFacts> before = Comparisons.previous(i, reports);
    if (before.isEmpty()) {
      return null;
    }
    double delta = Value.round(f.value(i).number() - before.get().value(i).number());
    String amount = c.f().number(Math.abs(delta)) + " "
        + (i.isPercent() ? c.t().get("summary.points") : c.show().unitIn(i.unit()));
    String key = delta > 0 ? "summary.trend_up" : delta < 0 ? "summary.trend_down" : "summary.trend_same";
    return c.t().get(key, Map.of("delta", amount, "period", d.when(before.get().value(i).when())));
  }

  /** The headline indicators no report of the commune gives, in one line; null when none. */
  private static String missing(List<ReportFacts> reports, SiteContext c) {
    List<String> labels = Indicator.shares().stream()
        .filter(i -> Comparisons.latestGiving(i, reports).isEmpty()).map(i -> i.label(c.lang())).toList();
    return labels.isEmpty() || reports.isEmpty() ? null
        : c.t().get("summary.missing", Map.of("list", String.join("; ", labels)));
  }

  /** Said once under the summary when no item has an earlier period to compare with; null otherwise. */
  private static String noTrend(List<SummaryItem> items, SiteContext c) {
    return items.isEmpty() || items.stream().anyMatch(s -> s.trend() != null) ? null : c.t().get("summary.trend_none");
  }

  /** The profile in plain words; the data dictionary has the field-by-field definitions. */
  private static Sec profile(Commune cm, Province p, SiteContext c) {
    Show s = c.show();
    List<Views.Row> rows = List.of(
        new Views.Row(c.t().get("profile.name"), s.orUnknown(s.plain(cm.name()))),
        new Views.Row(c.t().get("profile.unit_type"), s.orUnknown(s.coded(cm.unitType()))),
        new Views.Row(c.t().get("province"), s.orUnknown(s.plain(p.name()))),
        new Views.Row(c.t().get("profile.code"), s.orUnknown(s.plain(cm.code()))),
        new Views.Row(c.t().get("profile.villages"), s.orUnknown(s.number(cm.villages(), ""))),
        new Views.Row(c.t().get("profile.notes"), s.orUnknown(s.text(cm.notes()))));
    return new Sec("profile", c.t().get("commune.profile"), false, List.of(new Views.Fields(rows)));
  }

  private static Chart overTime(String id, String title, List<ReportFacts> reports, List<Indicator> indicators,
      String page, PageParts d) {
    SiteContext c = d.context();
    boolean percent = indicators.stream().allMatch(Indicator::isPercent);
    List<Chart.Series> series = indicators.stream()
        .map(i -> new Chart.Series(i.label(c.lang()), PageParts.values(reports, i))).toList();
    return Chart.builder().id(id).title(title).type(percent ? "line" : "bar").percent(percent)
        .unit(percent ? "%" : c.show().unitIn(indicators.get(0).unit())).source(c.t().get("source.each_report"))
        .note(null).corner(c.t().get("chart.period")).labels(reports.stream().map(d::period).toList())
        .links(reports.stream().map(r -> SiteLayout.href(page, SiteLayout.report(r))).toList()).series(series)
        .periods(reports.stream().map(d::period).toList()).sources(reports.stream().map(d::sourceOf).toList())
        .build();
  }
}
