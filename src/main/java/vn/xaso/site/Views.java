package vn.xaso.site;

import java.util.List;
import vn.xaso.records.Given;

/** What templates receive: small records of text already formatted for one language. */
public final class Views {
  private Views() {}

  /**
   * One value as shown: its text, the language of that text when it differs from the page's
   * (English missing), whether it was not reported (with the reason), the raw number behind it,
   * and a checked link.
   */
  public record Shown(String text, String lang, boolean absent, String note, Double raw, String href) {
    public boolean missingEn() {
      return lang != null;
    }
  }

  /** A part of a report section: a block of fields, a sub-section, a table or a list. */
  public sealed interface Part permits Fields, Sec, Tbl, Lst, Missing, Notes {
    String kind();
  }

  /**
   * A field as reported: its label and value, and — when the report's evidence places it in the
   * kept text — its anchor ({@code f-dossiers-received}, what the text page links back to) and quote.
   */
  public record Row(String label, Shown value, String id, QuoteView quote) {
    public Row(String label, Shown value) {
      this(label, value, null, null);
    }
  }

  /**
   * Where a figure stands in the signed text: the clause (its own, or those it was computed
   * from), the line(s) said in words ("dòng 112"), and a link to that line of the published text
   * (null when the text is not published: the quote alone is shown).
   */
  public record QuoteView(List<String> clauses, String computed, String at, String href) {}

  /** A part the report file leaves out that the kept text speaks of: its label and the clause, with its line. */
  public record Mentioned(String label, String quote, String at, String href) {}

  public record Fields(List<Row> rows) implements Part {
    public String kind() {
      return "fields";
    }
  }

  /** A section with a heading; {@code absent} when the report leaves the whole part out. */
  public record Sec(String id, String title, boolean absent, List<Part> parts) implements Part {
    public String kind() {
      return "sec";
    }
  }

  public record Tbl(String title, List<String> headers, List<List<Shown>> rows) implements Part {
    public String kind() {
      return "table";
    }
  }

  public record Lst(String title, List<Shown> items) implements Part {
    public String kind() {
      return "list";
    }
  }

  /**
   * What a part of a report leaves out, said once after what it gives: the labels of what the
   * kept text was searched for and does not state; what it mentions without a figure, with the
   * clause; and what cannot be said of the report (no kept text, or no words to search it with).
   */
  public record Missing(List<String> labels, List<Mentioned> mentioned, List<String> unrecorded) implements Part {
    public Missing(List<String> labels) {
      this(labels, List.of(), List.of());
    }

    public String kind() {
      return "missing";
    }
  }

  /** The data-quality warnings and the transcriber's notes about a part, said right after its figures. */
  public record Notes(String title, List<Shown> items) implements Part {
    public String kind() {
      return "notes";
    }
  }

  /** A link, and what a reader should know about its target said after it ({@code note}, may be null). */
  public record Link(String href, String text, String note) {
    public Link(String href, String text) {
      this(href, text, null);
    }
  }

  /**
   * A chart for a template: title, its Chart.js type and whether its values are percentages (all
   * the canvas carries: the script draws the figures from the table), source, its CSV and Excel
   * copy, the figures as a table (with each row's period when rows come from different periods),
   * what it lacks in words ({@code missing}, null when nothing) and the label screen readers hear.
   */
  public record ChartView(String id, String title, String type, boolean percent, String csv, String excel, String csvLabel,
      String source, String note,
      String corner, List<String> series, boolean periods, List<ChartRow> rows, String missing, String aria) {

    /** Built by name, so that two components of one type cannot be swapped unseen (see {@link Builder}). */
    public static Builder builder() {
      return new Builder();
    }

    /** Each component by its name, each exactly once; {@link #build()} refuses a component left out. */
    public static final class Builder {
      private final Given given = new Given(ChartView.class);
      private String id;
      private String title;
      private String type;
      private boolean percent;
      private String csv;
      private String excel;
      private String csvLabel;
      private String source;
      private String note;
      private String corner;
      private List<String> series;
      private boolean periods;
      private List<ChartRow> rows;
      private String missing;
      private String aria;

      public Builder id(String v) { given.add("id"); id = v; return this; }
      public Builder title(String v) { given.add("title"); title = v; return this; }
      public Builder type(String v) { given.add("type"); type = v; return this; }
      public Builder percent(boolean v) { given.add("percent"); percent = v; return this; }
      public Builder csv(String v) { given.add("csv"); csv = v; return this; }
      public Builder excel(String v) { given.add("excel"); excel = v; return this; }
      public Builder csvLabel(String v) { given.add("csvLabel"); csvLabel = v; return this; }
      public Builder source(String v) { given.add("source"); source = v; return this; }
      public Builder note(String v) { given.add("note"); note = v; return this; }
      public Builder corner(String v) { given.add("corner"); corner = v; return this; }
      public Builder series(List<String> v) { given.add("series"); series = v; return this; }
      public Builder periods(boolean v) { given.add("periods"); periods = v; return this; }
      public Builder rows(List<ChartRow> v) { given.add("rows"); rows = v; return this; }
      public Builder missing(String v) { given.add("missing"); missing = v; return this; }
      public Builder aria(String v) { given.add("aria"); aria = v; return this; }

      public ChartView build() {
        given.check();
        return new ChartView(id, title, type, percent, csv, excel, csvLabel, source, note, corner, series, periods, rows,
            missing, aria);
      }
    }

  }

  public record ChartRow(String label, String href, String period, List<Shown> values) {}
}
