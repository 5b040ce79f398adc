package vn.xaso.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.xaso.evidence.Absence;
import vn.xaso.evidence.ReportEvidence;
import vn.xaso.model.FigureEvidence;
import vn.xaso.model.Quote;
import vn.xaso.site.Views.Mentioned;
import vn.xaso.site.Views.QuoteView;

/**
 * What a report page says of each field from the report's evidence: the quote a figure rests on,
 * and what may truly be said of a part the report file leaves out. {@link #NONE} says of an
 * absent part only that the report does not give it, as before evidence existed (for parts that
 * are no report's, such as a commune's profile).
 */
class EvidenceLens {
  static final EvidenceLens NONE = new EvidenceLens(null, null, null);

  private final ReportEvidence evidence;
  private final SiteContext context;
  /** The published text page, relative to the report page; null when the text is not published. */
  private final String textHref;

  EvidenceLens(ReportEvidence evidence, SiteContext context, String textHref) {
    this.evidence = evidence;
    this.context = context;
    this.textHref = textHref;
  }

  /** The anchor of a field's row, the same on the report page and in the text page's links back. */
  static String anchor(String path) {
    return "f-" + path.replaceAll("[^a-z0-9]+", "-").replaceAll("-$", "");
  }

  /** The quote of the figure at {@code path}, or null when it has none. */
  QuoteView quote(String path) {
    if (evidence == null) {
      return null;
    }
    FigureEvidence f = evidence.evidence().figures().get(path);
    if (f == null) {
      return null;
    }
    List<String> clauses = new ArrayList<>();
    f.quotes().forEach(q -> clauses.add(q.quote()));
    Quote first = f.quotes().isEmpty() ? null : f.quotes().get(0);
    if (first == null || first.at().isEmpty()) {
      return new QuoteView(clauses, f.computed(), null, null);
    }
    return new QuoteView(List.copyOf(clauses), f.computed(), at(first.at()), href(first.at().get(0)));
  }

  /** What may be said of a path the report file leaves out. */
  Absence absence(String path) {
    return evidence == null ? Absence.NOT_STATED : evidence.absence(path);
  }

  Mentioned mentioned(String label, Absence a) {
    return new Mentioned(label, a.quote(), at(List.of(a.line())), href(a.line()));
  }

  /** "dòng 112" / "lines 112–113". */
  private String at(List<Integer> lines) {
    int a = lines.get(0);
    int b = lines.get(lines.size() - 1);
    String n = a == b ? String.valueOf(a) : a + "–" + b;
    return context.t().get(a == b ? "evidence.line" : "evidence.lines", Map.of("n", n));
  }

  private String href(int line) {
    return textHref == null ? null : textHref + "#L" + line;
  }
}
