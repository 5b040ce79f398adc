package vn.xaso.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.xaso.model.Doc;
import vn.xaso.model.FigureEvidence;
import vn.xaso.model.Quote;
import vn.xaso.model.Report;
import vn.xaso.schema.Schema;

/**
 * A report's kept text beside its figures, for the staff who check a transcription: each figure
 * with where its quote stands (or that its quote is not found, or that it has none), and the
 * text with each recorded figure's clause marked and every number recorded nowhere marked
 * differently. One self-contained HTML file, no script, readable offline.
 */
public final class ReviewPage {
  private ReviewPage() {}

  /** What a reviewer has to look at: figures, quotes found and not, figures without evidence, numbers recorded nowhere. */
  public record Counts(int figures, int found, int notFound, int withoutEvidence, int numbers, int unrecorded) {
    /** The values a person checks: each figure against its clause, and each number the transcription left out. */
    public int toCheck() {
      return figures + unrecorded;
    }
  }

  /** One figure of the report as the reviewer sees it. */
  private record Row(String path, String label, String value, String status, String css, Integer line) {}

  public static Counts counts(Report report, ReportEvidence e, Schema schema) {
    List<Row> rows = rows(report, e, schema);
    List<TextNumbers.Found> numbers = TextNumbers.all(e.text(), report, e.evidence(), schema);
    return new Counts(rows.size(), (int) rows.stream().filter(r -> r.css().equals("found")).count(),
        (int) rows.stream().filter(r -> r.css().equals("not-found")).count(),
        (int) rows.stream().filter(r -> r.css().equals("none")).count(), numbers.size(),
        (int) numbers.stream().filter(n -> !n.recorded()).count());
  }

  /** The page for the report in {@code file}; {@code e} must hold its kept text. */
  public static String html(String file, Report report, ReportEvidence e, Schema schema) {
    List<Row> rows = rows(report, e, schema);
    Counts c = counts(report, e, schema);
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>Soát số liệu / Review — ").append(esc(file)).append("</title><style>").append(CSS)
        .append("</style></head><body>\n<header><h1>Soát số liệu với văn bản / Review against the text</h1><p><code>")
        .append(esc(file)).append("</code> · <code>").append(esc(e.text().file())).append("</code></p>\n<p class=\"counts\">")
        .append(String.format(java.util.Locale.ROOT, "%d số liệu: %d tìm thấy câu trích, %d không thấy, %d chưa có nguồn;"
            + " %d/%d số trong văn bản chưa ghi ở đâu. Cần xem %d giá trị.<br>%d figures: %d quotes found, %d not found,"
            + " %d without evidence; %d of %d numbers of the text recorded nowhere. %d values to look at.",
            c.figures(), c.found(), c.notFound(), c.withoutEvidence(), c.unrecorded(), c.numbers(), c.toCheck(),
            c.figures(), c.found(), c.notFound(), c.withoutEvidence(), c.unrecorded(), c.numbers(), c.toCheck()))
        .append("</p><p class=\"legend\"><mark class=\"found\">số liệu đã ghi / recorded figure</mark> ")
        .append("<mark class=\"unrecorded\">số chưa ghi / number recorded nowhere</mark> ")
        .append("<span class=\"not-found\">không thấy câu trích / quote not found</span></p></header>\n<main>\n");
    h.append("<section class=\"figures\"><h2>Số liệu / Figures</h2><table><thead><tr><th>Trường / field</th>")
        .append("<th>Giá trị, nguồn / value, evidence</th></tr></thead><tbody>\n");
    for (Row r : rows) {
      h.append("<tr id=\"").append(anchor(r.path())).append("\" class=\"").append(r.css()).append("\"><td>")
          .append(esc(r.label())).append("<br><code>").append(esc(r.path())).append("</code></td><td class=\"num\">")
          .append(esc(r.value())).append("<br><small>");
      if (r.line() != null) {
        h.append("<a href=\"#L").append(r.line()).append("\">").append(esc(r.status())).append("</a>");
      } else {
        h.append(esc(r.status()));
      }
      h.append("</small></td></tr>\n");
    }
    h.append("</tbody></table></section>\n<section class=\"text\"><h2>Văn bản lưu / Kept text</h2><ol>\n");
    Map<Integer, List<Span>> marks = marks(report, e, schema);
    for (int n = 1; n <= e.text().size(); n++) {
      h.append("<li id=\"L").append(n).append("\">").append(marked(e.text().line(n), marks.getOrDefault(n, List.of())))
          .append("</li>\n");
    }
    h.append("</ol></section>\n</main></body></html>\n");
    return h.toString();
  }

  private static List<Row> rows(Report report, ReportEvidence e, Schema schema) {
    List<Row> out = new ArrayList<>();
    Map<String, Object> values = Figures.values(report, schema);
    Map<String, Object> shown = new LinkedHashMap<>();
    values.forEach((path, v) -> {
      if (v instanceof Number || e.evidence().figures().containsKey(path)) {
        shown.put(path, v);
      }
    });
    for (Map.Entry<String, Object> f : shown.entrySet()) {
      Doc doc = Figures.doc(schema, f.getKey());
      String label = doc == null ? f.getKey() : doc.vi() + " / " + doc.en();
      FigureEvidence ev = e.evidence().figures().get(f.getKey());
      String value = String.valueOf(f.getValue());
      if (ev == null) {
        out.add(new Row(f.getKey(), label, value, "chưa có nguồn / no evidence", "none", null));
        continue;
      }
      Quote first = ev.quotes().isEmpty() ? null : ev.quotes().get(0);
      boolean found = !ev.quotes().isEmpty() && ev.quotes().stream().allMatch(q -> TextMatch.find(e.text(), q).isPresent());
      String at = first == null || first.at().isEmpty() ? "?" : String.valueOf(first.at().get(0));
      String computed = ev.computed() == null ? "" : " (" + ev.computed() + ")";
      out.add(new Row(f.getKey(), label, value, (found ? "dòng / line " : "không thấy ở dòng / not found on line ") + at
          + computed, found ? "found" : "not-found", first == null || first.at().isEmpty() ? null : first.at().get(0)));
    }
    return out;
  }

  /** A marked run of a line: a figure's clause (linking to its row) or a number recorded nowhere. */
  private record Span(int start, int end, String css, String href, String title) {}

  private static Map<Integer, List<Span>> marks(Report report, ReportEvidence e, Schema schema) {
    Map<Integer, List<Span>> out = new TreeMap<>();
    for (Map.Entry<String, FigureEvidence> f : e.evidence().figures().entrySet()) {
      for (Quote q : f.getValue().quotes()) {
        TextMatch.find(e.text(), q).ifPresent(spans -> spans.forEach(s -> out.computeIfAbsent(s.line(),
            k -> new ArrayList<>()).add(new Span(s.start(), s.end(), "found", "#" + anchor(f.getKey()), f.getKey()))));
      }
    }
    for (TextNumbers.Found n : TextNumbers.all(e.text(), report, e.evidence(), schema)) {
      if (!n.recorded()) {
        out.computeIfAbsent(n.line(), k -> new ArrayList<>())
            .add(new Span(n.start(), n.end(), "unrecorded", null, "chưa ghi / recorded nowhere"));
      }
    }
    return out;
  }

  /** The line with its marks; a number inside a clause is shown inside it, clauses that overlap are merged. */
  private static String marked(String line, List<Span> spans) {
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparingInt(Span::start).thenComparing(s -> -s.end()));
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (Span s : sorted) {
      if (s.start() < at) {
        continue;
      }
      out.append(esc(line.substring(at, s.start())));
      String inner = esc(line.substring(s.start(), s.end()));
      out.append("<mark class=\"").append(s.css()).append("\" title=\"").append(esc(s.title())).append("\">");
      out.append(s.href() == null ? inner : "<a href=\"" + s.href() + "\">" + inner + "</a>").append("</mark>");
      at = s.end();
    }
    out.append(esc(line.substring(at)));
    return out.toString();
  }

  private static String anchor(String path) {
    return "f-" + path.replaceAll("[^a-z0-9]+", "-");
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static final String CSS = "body{font:16px/1.45 system-ui,sans-serif;margin:0;color:#1b1b1b}"
      + "header{padding:.5rem 1rem;border-bottom:1px solid #ccc}h1{font-size:1.25rem;margin:.3rem 0}"
      + "h2{font-size:1.05rem}main{display:grid;grid-template-columns:1fr;gap:1rem;padding:0 1rem}"
      + "@media(min-width:60rem){main{grid-template-columns:minmax(24rem,1fr) 1fr}"
      + ".figures{position:sticky;top:0;max-height:100vh;overflow:auto}}"
      + "table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border-bottom:1px solid #ddd;padding:.25rem;"
      + "text-align:left;vertical-align:top}td.num{text-align:right;width:7rem}code{font-size:.8rem;color:#555;overflow-wrap:anywhere}main>section{min-width:0}td.num{width:5.5rem}"
      + "tr.not-found td{background:#fde2e1}tr.none td{background:#fff4d6}tr:target td{outline:2px solid #0645ad}"
      + ".text ol{font-size:.9rem;padding-left:3.5rem;overflow-wrap:anywhere}"
      + ".text li{white-space:pre-wrap;min-height:1.2em}.text li:target{background:#e8eefc}"
      + "mark.found{background:#d8f0d0}mark.found a{color:inherit;text-decoration:none}"
      + "mark.unrecorded{background:#ffc46b;outline:1px solid #b36b00}"
      + ".not-found{background:#fde2e1}.counts{font-weight:600}";
}
