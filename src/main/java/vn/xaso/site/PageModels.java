package vn.xaso.site;

import java.util.List;
import vn.xaso.model.Province;
import vn.xaso.records.Given;
import vn.xaso.site.Views.ChartView;
import vn.xaso.site.Views.Link;
import vn.xaso.site.Views.Missing;
import vn.xaso.site.Views.Sec;
import vn.xaso.site.Views.Shown;

/**
 * The models of the page kinds, as their templates read them beside the frame every page
 * shares: text already formatted for one language, links already relative to the page
 * ({@link SiteLayout}). A template names a component as it would a map's key.
 */
public final class PageModels {
  private PageModels() {}

  /**
   * One indicator of a report: its value as shown, the date or span it holds for, how it was
   * obtained (for a computed value: from which figures, by which branch), and its formula.
   */
  public record IndicatorRow(String label, String code, Shown value, String when, String basis, String formula) {}

  /** A link to a report with what identifies it: commune, province, period and source document. */
  public record ReportLink(String href, String commune, String province, String period, String source) {}

  /** The original document of a report, published beside the data. */
  public record Original(String href, String name, String sha256, String size) {}

  /** {@code report.ftlh}: one report of one commune for one period. */
  public record ReportPage(String homeHref, String name, String communeHref, String provinceName,
      String provinceHref, String period, String citation, Shown sourceTitle, List<Link> contents, String qualityPointer,
      String glossaryHref, List<IndicatorRow> indicators,
      List<ChartView> charts, List<Sec> sections, List<String> missingSections, List<String> warnings,
      List<Shown> qualityNotes, List<Link> downloads, Original original, Shown originalUrl,
      String originalNotPublished, String suggestedCitation, Missing sectionGaps, String textHref) {

    /** Built by name, so that two components of one type cannot be swapped unseen (see {@link Builder}). */
    public static Builder builder() {
      return new Builder();
    }

    /** Each component by its name, each exactly once; {@link #build()} refuses a component left out. */
    public static final class Builder {
      private final Given given = new Given(ReportPage.class);
      private String homeHref;
      private String name;
      private String communeHref;
      private String provinceName;
      private String provinceHref;
      private String period;
      private String citation;
      private Shown sourceTitle;
      private List<Link> contents;
      private String qualityPointer;
      private String glossaryHref;
      private List<IndicatorRow> indicators;
      private List<ChartView> charts;
      private List<Sec> sections;
      private List<String> missingSections;
      private List<String> warnings;
      private List<Shown> qualityNotes;
      private List<Link> downloads;
      private Original original;
      private Shown originalUrl;
      private String originalNotPublished;
      private String suggestedCitation;
      private Missing sectionGaps;
      private String textHref;

      public Builder homeHref(String v) { given.add("homeHref"); homeHref = v; return this; }
      public Builder name(String v) { given.add("name"); name = v; return this; }
      public Builder communeHref(String v) { given.add("communeHref"); communeHref = v; return this; }
      public Builder provinceName(String v) { given.add("provinceName"); provinceName = v; return this; }
      public Builder provinceHref(String v) { given.add("provinceHref"); provinceHref = v; return this; }
      public Builder period(String v) { given.add("period"); period = v; return this; }
      public Builder citation(String v) { given.add("citation"); citation = v; return this; }
      public Builder sourceTitle(Shown v) { given.add("sourceTitle"); sourceTitle = v; return this; }
      public Builder contents(List<Link> v) { given.add("contents"); contents = v; return this; }
      public Builder qualityPointer(String v) { given.add("qualityPointer"); qualityPointer = v; return this; }
      public Builder glossaryHref(String v) { given.add("glossaryHref"); glossaryHref = v; return this; }
      public Builder indicators(List<IndicatorRow> v) { given.add("indicators"); indicators = v; return this; }
      public Builder charts(List<ChartView> v) { given.add("charts"); charts = v; return this; }
      public Builder sections(List<Sec> v) { given.add("sections"); sections = v; return this; }
      public Builder missingSections(List<String> v) { given.add("missingSections"); missingSections = v; return this; }
      public Builder warnings(List<String> v) { given.add("warnings"); warnings = v; return this; }
      public Builder qualityNotes(List<Shown> v) { given.add("qualityNotes"); qualityNotes = v; return this; }
      public Builder downloads(List<Link> v) { given.add("downloads"); downloads = v; return this; }
      public Builder original(Original v) { given.add("original"); original = v; return this; }
      public Builder originalUrl(Shown v) { given.add("originalUrl"); originalUrl = v; return this; }
      public Builder originalNotPublished(String v) { given.add("originalNotPublished"); originalNotPublished = v; return this; }
      public Builder suggestedCitation(String v) { given.add("suggestedCitation"); suggestedCitation = v; return this; }
      public Builder sectionGaps(Missing v) { given.add("sectionGaps"); sectionGaps = v; return this; }
      public Builder textHref(String v) { given.add("textHref"); textHref = v; return this; }

      public ReportPage build() {
        given.check();
        return new ReportPage(homeHref, name, communeHref, provinceName, provinceHref, period, citation,
            sourceTitle, contents, qualityPointer, glossaryHref, indicators, charts, sections, missingSections,
            warnings, qualityNotes, downloads, original, originalUrl, originalNotPublished,
            suggestedCitation, sectionGaps, textHref);
      }
    }

  }

  /**
   * {@code commune.ftlh}: first the answer (each headline indicator's latest figure, rank and
   * trend, and the indicators it has no figure for), then its profile, latest figures, trends and every report.
   */
  public record CommunePage(String name, String provinceName, String homeHref, String provinceHref,
      List<SummaryItem> summary, String summaryMissing, String summaryNoTrend, Sec profile,
      List<IndicatorRow> latest, String latestPeriod, String latestHref, List<ReportLink> reports,
      List<ChartView> charts, List<Link> downloads, String suggestedCitation) {}

  /**
   * One headline indicator of a commune: its latest figure with its own date or span, its rank
   * among comparable communes (or why it has none), its change since its previous comparable
   * period, and the link to its row in the ranking.
   */
  public record SummaryItem(String label, String href, Shown value, String when, String rank, String trend) {}


  /** {@code home.ftlh}: headline figures, comparison charts, the latest reports and the find-a-commune list. */
  public record HomePage(String intro, String communeCount, String reportingCount, String reportCount,
      List<Headline> headlines, List<ChartView> charts, List<ReportLink> recent, List<ProvinceEntry> provinces,
      String searchIndex, List<Link> downloads, ProvinceMap.MapView map, List<ChartView> trends,
      String statusHref, String feedHref) {}

  /**
   * One share's card: its coverage, then a group per kind of period; {@code tooFew} when a group
   * lists communes' values instead of a mean; {@code none} when no commune gives the share.
   */
  public record Headline(String label, String href, String coverage, List<HeadlineGroup> groups, boolean tooFew,
      Shown none) {}

  /** The communes of one kind of period: their mean ({@code mean} and {@code meanOf}), or their own values. */
  public record HeadlineGroup(String kind, String periods, Shown mean, String meanOf, List<HeadlineValue> values) {}

  public record HeadlineValue(String name, String href, Shown value, String period) {}

  /** A province in the find-a-commune list, with its communes. */
  public record ProvinceEntry(String name, String href, List<Link> communes) {}

  /** {@code province.ftlh}: the province's communes with their latest figures, and a comparison chart. */
  /**
   * {@code province.ftlh}. {@code shareWhens} gives, per share column, the date or span all its
   * figures share (null where they differ, and each cell then says its own).
   */
  public record ProvincePage(Province province, String homeHref, List<String> shares, List<String> shareWhens,
      List<CommuneRow> communes, List<ChartView> charts, List<Link> downloads, List<ChartView> trends) {}

  /**
   * A commune on its province's page; {@code period} and {@code reportHref} null when it has no
   * report; {@code whens} each value's own date or span, null where its column says it or it has no value.
   */
  public record CommuneRow(String name, String href, String period, String reportHref, List<Shown> values,
      List<String> whens) {}

  /** {@code indicators.ftlh}: every share with its formula. */
  public record IndicatorsPage(List<IndicatorItem> items) {}

  public record IndicatorItem(String href, String label, String formula) {}

  /**
   * {@code ranking.ftlh}: one share over every commune's latest figure: the first communes of each
   * group of comparable figures, the rules of comparison in words, one line per province linking
   * its page of all its communes, and how many communes are in no table.
   */
  public record RankingPage(String homeHref, String indicatorsHref, String indicator, String formula,
      List<ChartView> charts, List<RankGroup> groups, String rules, RankByProvince byProvince, ProvinceMap.MapView map) {}

  /**
   * A ranking's national page by province: what the province pages hold, a line per province,
   * and how many communes are in no table (null when none is).
   */
  public record RankByProvince(String intro, List<RankProvince> rows, String leftOut) {}

  /**
   * {@code ranking-province.ftlh}: one province's communes in each group, with their national
   * ranks, and its communes in no table, with why.
   */
  public record RankingProvincePage(String homeHref, String indicatorsHref, Link ranking, String formula, String ranks,
      List<RankGroup> groups, String rules, List<LeftOutRow> leftOut) {}

  /**
   * One group of comparable figures' table, titled with its kind and dates; {@code id} its anchor;
   * {@code note} says how many of the group the rows are, or is null when they are all of it.
   */
  public record RankGroup(String title, String id, List<RankRow> rows, String note) {}

  /** A ranked commune: its rank, name, province, the figure's own date or span, and value; {@code id} its row's anchor. */
  public record RankRow(String rank, String name, String href, String province, String period, Shown value, String id) {}

  /** A province's line of a ranking: the link to its page, worded with how many communes are ranked, and how many are not. */
  public record RankProvince(String name, String href, String ranked, String leftOut) {}

  /** A commune ranked in no table, with why, in one line. */
  public record LeftOutRow(String name, String href, String province, String reason) {}

  /** {@code status.ftlh}: one line per province, each linking to its page of communes. */
  public record StatusPage(String intro, List<StatusProvince> provinces) {}

  /** A province's line: its communes (the link to its page, worded with their count), those that reported, its reports. */
  public record StatusProvince(String name, String href, String communes, String reported, String reports) {}

  /** {@code status-province.ftlh}: every commune of one province with the periods it reported. */
  public record StatusProvincePage(String homeHref, String statusHref, Link province, List<StatusRow> rows) {}

  public record StatusRow(String name, String href, String province, String count, List<Link> periods) {}

  /** {@code catalogue.ftlh}: the national and provincial open-data files, the licence and the schema.org metadata. */
  public record CataloguePage(String scope, Shown licence, String terms, String spdx, String version,
      List<CatalogueFile> files, String suggestedCitation, String jsonLd) {}

  /** A file of the catalogue: its path from the site root, its link from the catalogue, size and SHA-256. */
  public record CatalogueFile(String path, String href, String size, String sha256) {}

  /** {@code dictionary.ftlh}: the columns of each open-data file, and every indicator. */
  public record DictionaryPage(java.util.Map<String, List<DataDictionary.Field>> files,
      List<DataDictionary.IndicatorEntry> indicators) {}

  /** {@code glossary.ftlh}: the abbreviations spelled out, then the terms explained. */
  public record GlossaryPage(List<GlossaryEntry> abbreviations, List<GlossaryEntry> terms) {}

  /** An abbreviation or term, what it means, and its anchor. */
  public record GlossaryEntry(String term, String meaning, String id) {}

  /** {@code content.ftlh}: a Markdown page's HTML, whether it stands in for a missing English page, and its edit link. */
  public record ContentPage(String body, boolean fallback, String edit) {}
}
