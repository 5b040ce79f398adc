package vn.xaso.validate;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.xaso.evidence.Absence;
import vn.xaso.evidence.Figures;
import vn.xaso.evidence.Gaps;
import vn.xaso.evidence.TextMatch;
import vn.xaso.evidence.TextSearch;
import vn.xaso.load.Dataset;
import vn.xaso.load.Dataset.Loaded;
import vn.xaso.load.EvidenceLoader;
import vn.xaso.load.KeptText;
import vn.xaso.load.Limits;
import vn.xaso.load.SourceMap;
import vn.xaso.load.SourceTexts;
import vn.xaso.load.Suggest;
import vn.xaso.model.Evidence;
import vn.xaso.model.FigureEvidence;
import vn.xaso.model.Quote;
import vn.xaso.model.Report;
import vn.xaso.problem.Code;
import vn.xaso.problem.Position;
import vn.xaso.problem.Problems;
import vn.xaso.problem.Words;
import vn.xaso.schema.Schema;

/**
 * The evidence rules, report by report: each quote stands on its line(s) of the kept text
 * (whitespace-normalised, any case, the text as it is), holds its figure's digits unless the
 * figure is computed from quoted parts, and names a value the report has; every figure of a
 * report whose text is kept has evidence (a warning); and a part the report file leaves out that
 * the text speaks of is told (a warning), so the transcriber records it or the site says so.
 */
public final class EvidenceChecks {
  private final Schema schema;
  private final EvidenceLoader loader;

  public EvidenceChecks(Schema schema) {
    this.schema = schema;
    this.loader = new EvidenceLoader(schema, Limits.DEFAULT);
  }

  public void check(Path project, Dataset data, Problems problems) {
    if (project == null) {
      return;
    }
    for (Loaded<Report> r : data.reports()) {
      check(project, r, problems);
    }
  }

  private void check(Path project, Loaded<Report> r, Problems problems) {
    List<String> folders = r.folders();
    Optional<KeptText> text = SourceTexts.read(project, folders.get(0), folders.get(1),
        r.value().source().file(), problems);
    Optional<Loaded<Evidence>> evidence = loader.load(project, r.file(), problems);
    if (evidence.isPresent() && text.isEmpty()) {
      String expected = SourceTexts.path(folders.get(0), folders.get(1), r.value().source().file());
      problems.add(evidence.get().file(), Position.FILE, "", Code.EVIDENCE_WITHOUT_TEXT,
          Map.of("path", expected == null ? "sources/" + folders.get(0) + "/" + folders.get(1) + "/" : expected));
    }
    Map<String, Object> values = Figures.values(r.value(), schema);
    evidence.ifPresent(e -> quotes(e, values, text.orElse(null), problems));
    if (text.isEmpty()) {
      return;
    }
    Evidence given = evidence.map(Loaded::value).orElse(Evidence.NONE);
    Figures.numbers(r.value(), schema).forEach((path, value) -> {
      if (!given.figures().containsKey(path)) {
        problems.add(r.file(), r.positions().at(path), path, Code.FIGURE_WITHOUT_EVIDENCE, Map.of("value", value));
      }
    });
    mentions(r, new TextSearch(text.get()), problems);
  }

  private void quotes(Loaded<Evidence> e, Map<String, Object> values, KeptText text, Problems problems) {
    SourceMap at = e.positions();
    for (Map.Entry<String, FigureEvidence> f : e.value().figures().entrySet()) {
      String key = f.getKey();
      String base = "figures." + key;
      Object value = values.get(key);
      if (value == null) {
        problems.add(e.file(), at.at(base), base, Code.EVIDENCE_NOT_A_FIGURE, Map.of("key", key,
            "suggestion", Words.didYouMean(Suggest.closest(key, values.keySet()))));
        continue;
      }
      FigureEvidence ev = f.getValue();
      boolean computed = ev.computed() != null;
      if (ev.quote() == null && !(computed && !ev.parts().isEmpty())) {
        problems.add(e.file(), at.at(base), base, Code.EVIDENCE_NO_QUOTE, Map.of());
        continue;
      }
      if (ev.quote() != null) {
        quote(e, base, ev.own(), text, problems);
        if (!computed && value instanceof Number n && !TextMatch.holds(ev.quote(), n)) {
          problems.add(e.file(), at.at(base + ".quote"), base + ".quote", Code.FIGURE_NOT_IN_QUOTE, Map.of("value", n));
        }
      }
      for (int i = 0; i < ev.parts().size(); i++) {
        quote(e, base + ".parts[" + i + "]", ev.parts().get(i), text, problems);
      }
    }
  }

  /** One quote: short enough, on lines the text has, and standing there. */
  private static void quote(Loaded<Evidence> e, String path, Quote q, KeptText text, Problems problems) {
    SourceMap at = e.positions();
    if (q.quote().length() > TextMatch.MAX_QUOTE) {
      problems.add(e.file(), at.at(path + ".quote"), path + ".quote", Code.QUOTE_TOO_LONG,
          Map.of("length", q.quote().length()));
    }
    if (q.at().isEmpty()) {
      problems.add(e.file(), at.at(path), path, Code.EVIDENCE_NO_LINE, Map.of());
      return;
    }
    if (text == null) {
      return;
    }
    for (int n : q.at()) {
      if (!text.has(n)) {
        String field = path + (q.lines().isEmpty() ? ".line" : ".lines");
        problems.add(e.file(), at.at(field), field, Code.EVIDENCE_LINE_RANGE, Map.of("line", n, "lines", text.size()));
        return;
      }
    }
    if (TextMatch.find(text, q).isEmpty()) {
      int first = q.at().get(0);
      String line = text.line(first).strip();
      problems.add(e.file(), at.at(path + ".quote"), path + ".quote", Code.QUOTE_NOT_FOUND, Map.of("line", first,
          "text", "\"" + (line.length() > 100 ? line.substring(0, 100) + "…" : line) + "\""));
    }
  }

  /** Parts the report file leaves out that the kept text speaks of. */
  private void mentions(Loaded<Report> r, TextSearch search, Problems problems) {
    for (String path : Gaps.of(r.value(), schema)) {
      Absence a = search.absence(path);
      if (a.kind() == Absence.Kind.MENTIONED) {
        problems.add(r.file(), r.positions().at(path), path, Code.MENTIONED_NOT_RECORDED, Map.of(
            "what", label(path), "line", a.line(), "quote", a.quote()));
      }
    }
  }

  /** The field's label in both languages, from the model's documentation. */
  private Words label(String path) {
    vn.xaso.model.Doc doc = Figures.doc(schema, path);
    return doc == null ? new Words(path, path) : new Words(lower(doc.vi()), lower(doc.en()));
  }

  /** "Tài chính" → "tài chính" inside a sentence; "TTHC toàn trình" stays as it is. */
  private static String lower(String label) {
    return label.length() > 1 && Character.isLowerCase(label.charAt(1))
        ? Character.toLowerCase(label.charAt(0)) + label.substring(1) : label;
  }
}
