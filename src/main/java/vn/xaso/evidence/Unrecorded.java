package vn.xaso.evidence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.xaso.load.Dataset;
import vn.xaso.model.Report;
import vn.xaso.schema.Schema;

/**
 * For each report whose text is kept, the numbers of the text recorded nowhere (in a field, a
 * note or a quote), told in one line so a reviewer sees what the transcription may have missed.
 */
public record Unrecorded(String file, int numbers, List<Integer> lines) {

  /** The reports of {@code data} with a kept text, in file order. */
  public static List<Unrecorded> of(Path project, Dataset data, Schema schema) {
    List<Unrecorded> out = new ArrayList<>();
    for (Dataset.Loaded<Report> r : data.reports()) {
      ReportEvidence e = ReportEvidence.read(project, schema, r.file(), r.value());
      if (!e.kept()) {
        continue;
      }
      List<TextNumbers.Found> all = TextNumbers.all(e.text(), r.value(), e.evidence(), schema);
      List<Integer> lines = all.stream().filter(f -> !f.recorded()).map(TextNumbers.Found::line).toList();
      out.add(new Unrecorded(r.file(), all.size(), lines));
    }
    out.sort(java.util.Comparator.comparing(Unrecorded::file));
    return List.copyOf(out);
  }

  /** The line {@code validate} prints, in both languages. */
  public String line() {
    String at = lines.stream().distinct().map(String::valueOf).collect(Collectors.joining(", "));
    if (lines.isEmpty()) {
      return String.format(Locale.ROOT, "%s: cả %d số trong văn bản lưu đều đã ghi / all %d numbers of the kept text"
          + " are recorded", file, numbers, numbers);
    }
    return String.format(Locale.ROOT, "%s: %d/%d số trong văn bản lưu chưa ghi ở đâu (dòng %s) / %d of %d numbers of"
        + " the kept text recorded nowhere (lines %s)", file, lines.size(), numbers, at, lines.size(), numbers, at);
  }
}
