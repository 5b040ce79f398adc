package vn.xaso.site;

import java.util.List;

/** What {@code text.ftlh} receives: a report's kept text, line by line, its figures' clauses marked. */
public final class TextViews {
  private TextViews() {}

  /** {@code text.ftlh}: a report's kept text, its lines and marks. */
  public record TextPage(String homeHref, String name, String communeHref, String reportHref, String period, String citation,
      String file, int figures, List<TextLine> lines) {}

  /** One line of the text, numbered from 1, cut into plain and marked segments. */
  public record TextLine(int n, List<Segment> segments) {}

  /** A run of a line; {@code href} and {@code labels} set when a recorded figure rests on it. */
  public record Segment(String text, String href, String labels) {}
}
