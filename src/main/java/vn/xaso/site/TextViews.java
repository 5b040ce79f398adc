package vn.xaso.site;

import java.util.List;
import vn.xaso.records.Given;

/** What {@code text.ftlh} receives: a report's kept text, line by line, its figures' clauses marked. */
public final class TextViews {
  private TextViews() {}

  /** {@code text.ftlh}: a report's kept text, its lines and marks. */
  public record TextPage(String homeHref, String name, String communeHref, String reportHref, String period, String citation,
      String file, int figures, List<TextLine> lines) {

    /** Built by name, so that two components of one type cannot be swapped unseen (see {@link Builder}). */
    public static Builder builder() {
      return new Builder();
    }

    /** Each component by its name, each exactly once; {@link #build()} refuses a component left out. */
    public static final class Builder {
      private final Given given = new Given(TextPage.class);
      private String homeHref;
      private String name;
      private String communeHref;
      private String reportHref;
      private String period;
      private String citation;
      private String file;
      private int figures;
      private List<TextLine> lines;

      public Builder homeHref(String v) { given.add("homeHref"); homeHref = v; return this; }
      public Builder name(String v) { given.add("name"); name = v; return this; }
      public Builder communeHref(String v) { given.add("communeHref"); communeHref = v; return this; }
      public Builder reportHref(String v) { given.add("reportHref"); reportHref = v; return this; }
      public Builder period(String v) { given.add("period"); period = v; return this; }
      public Builder citation(String v) { given.add("citation"); citation = v; return this; }
      public Builder file(String v) { given.add("file"); file = v; return this; }
      public Builder figures(int v) { given.add("figures"); figures = v; return this; }
      public Builder lines(List<TextLine> v) { given.add("lines"); lines = v; return this; }

      public TextPage build() {
        given.check();
        return new TextPage(homeHref, name, communeHref, reportHref, period, citation, file, figures, lines);
      }
    }

  }

  /** One line of the text, numbered from 1, cut into plain and marked segments. */
  public record TextLine(int n, List<Segment> segments) {}

  /** A run of a line; {@code href} and {@code labels} set when a recorded figure rests on it. */
  public record Segment(String text, String href, String labels) {}
}
