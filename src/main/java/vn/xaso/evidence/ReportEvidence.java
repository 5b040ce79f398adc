package vn.xaso.evidence;

import java.nio.file.Path;
import java.util.Optional;
import vn.xaso.load.Dataset;
import vn.xaso.load.EvidenceLoader;
import vn.xaso.load.KeptText;
import vn.xaso.load.Limits;
import vn.xaso.load.SourceTexts;
import vn.xaso.model.Evidence;
import vn.xaso.model.FigureEvidence;
import vn.xaso.model.Report;
import vn.xaso.schema.Schema;

/**
 * What a report rests on: its kept text (null when none is kept), its evidence (empty when it has
 * none) and whether the whole text may be published ({@link vn.xaso.model.Source#textPublic}).
 */
public record ReportEvidence(KeptText text, Evidence evidence, boolean textPublic, TextSearch search) {
  public static final ReportEvidence NONE = new ReportEvidence(null, Evidence.NONE, false);

  /** The text searched once, for every absence asked about. */
  public ReportEvidence(KeptText text, Evidence evidence, boolean textPublic) {
    this(text, evidence, textPublic, text == null ? null : new TextSearch(text));
  }

  /**
   * Reads the kept text and evidence of the report in {@code reportFile} ({@code data/p/c/x.yaml});
   * problems are not told again (validate tells them).
   */
  public static ReportEvidence read(Path project, Schema schema, String reportFile, Report report) {
    String[] parts = reportFile.split("/");
    if (project == null || parts.length != 4) {
      return NONE;
    }
    Optional<KeptText> text = SourceTexts.read(project, parts[1], parts[2], report.source().file(), null);
    Evidence evidence = new EvidenceLoader(schema, Limits.DEFAULT).load(project, reportFile, null)
        .map(Dataset.Loaded::value).orElse(Evidence.NONE);
    return new ReportEvidence(text.orElse(null), evidence, report.source().textPublic());
  }

  public boolean kept() {
    return text != null;
  }

  /** What may be said of a path the report file leaves out. */
  public Absence absence(String path) {
    return search == null ? Absence.NOT_RECORDED : search.absence(path);
  }

  public Optional<FigureEvidence> of(String path) {
    return Optional.ofNullable(evidence.figures().get(path));
  }
}
