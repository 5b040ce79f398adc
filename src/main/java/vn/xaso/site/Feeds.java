package vn.xaso.site;

import java.time.LocalDate;
import java.util.List;
import vn.xaso.derive.Derived;
import vn.xaso.derive.ReportFacts;

/**
 * The Atom feed of new reports for one language. Dates come from the data (the report's date,
 * else its period's end), never from the clock, so the same data gives the same feed.
 */
public final class Feeds {
  static final int LIMIT = 50;

  private Feeds() {}

  public static String atom(Derived derived, SiteContext c) {
    return atom(DataIndex.of(derived), c);
  }

  static String atom(DataIndex index, SiteContext c) {
    List<ReportFacts> reports = index.feed();
    LocalDate updated = reports.isEmpty() ? LocalDate.of(2025, 1, 1) : date(reports.get(0));
    String self = c.url(c.lang(), "feed.xml");
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    b.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(c.lang().code()).append("\">\n");
    b.append("  <title>").append(Xml.esc(c.config().title().in(c.lang()) + " — " + c.t().get("feed.title")))
        .append("</title>\n");
    b.append("  <id>").append(Xml.esc(self)).append("</id>\n");
    b.append("  <link rel=\"self\" href=\"").append(Xml.esc(self)).append("\"/>\n");
    b.append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.esc(c.url(c.lang(), ""))).append("\"/>\n");
    b.append("  <updated>").append(updated).append("T00:00:00Z</updated>\n");
    b.append("  <author><name>").append(Xml.esc(c.config().publisher().in(c.lang()))).append("</name></author>\n");
    for (ReportFacts r : reports) {
      String url = c.url(c.lang(), SiteLayout.report(r));
      String title = PageParts.capitalised(r.commune().displayName(c.lang())) + " — " + c.f().period(r.report().period());
      b.append("  <entry>\n");
      b.append("    <title>").append(Xml.esc(title)).append("</title>\n");
      b.append("    <id>").append(Xml.esc(url)).append("</id>\n");
      b.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.esc(url)).append("\"/>\n");
      b.append("    <updated>").append(date(r)).append("T00:00:00Z</updated>\n");
      b.append("    <summary>").append(Xml.esc(Citation.of(r.report().source(), c) + ". "
          + r.report().source().title().in(c.lang()))).append("</summary>\n");
      b.append("  </entry>\n");
    }
    b.append("</feed>\n");
    return b.toString();
  }

  static LocalDate date(ReportFacts r) {
    LocalDate issued = r.report().source().date();
    return issued != null ? issued : r.report().period().to();
  }
}
