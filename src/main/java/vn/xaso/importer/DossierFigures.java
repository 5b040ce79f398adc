package vn.xaso.importer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.xaso.importer.Numbers.Token;
import vn.xaso.importer.Outline.Sentence;

/**
 * Counts of dossiers: whether a bare count is one (its label, its heading, the unit said once for a list), which field
 * its words name ({@link DossierWords}) within its total's, a zero written in words ("không có hồ sơ quá hạn"), and
 * "đúng hạn" said without the early ones, summed or shown once the whole text is read. Apart from the other counts
 * because dossiers carry a span of their own (a count "lũy kế" goes to no field of the period) and carry over from
 * one sentence to the next.
 */
final class DossierFigures {
  private final Findings found;
  private final PlacedFigures figures;
  /** Whether a count of another span in its words may go to a field. */
  private final CumulativeSpans spans;
  /** The last dossier field placed in the sentence: a count filed online is part of the dossiers just received. */
  private String lastDossier;
  /** "Đúng hạn 344" said without the early ones, kept until the whole text is read (see {@link #finish}). */
  private Finding onTimeAlone;
  private int onTimeAloneAt = -1;

  DossierFigures(Findings found, PlacedFigures figures, CumulativeSpans spans) {
    this.found = found;
    this.figures = figures;
    this.spans = spans;
  }

  /** A new sentence: a heading ends the parts of the dossiers counted before it. */
  void sentence(Sentence s) {
    if (s.heading()) {
      // "Trong đó: hồ sơ trực tuyến 1.000 hồ sơ" in the sentence or bullet after a received total is
      // still its part; a heading ends that.
      lastDossier = null;
    }
  }

  /**
   * Whether a count is of dossiers: its unit, or without one its label ("Tiếp nhận: 212" under a heading about
   * dossiers), a list it stands in, the dossier count just before it, or a clause opening with "hồ sơ".
   */
  boolean counts(Sentence s, Token t, String label, List<Token> tokens) {
    String unit = t.unit();
    return unit.matches("ho so|hs") || unit.isEmpty() && Vocabulary.has(label, "ho so|hs")
        || unit.isEmpty() && Vocabulary.has(s.context(), "ho so|hs") && DossierWords.field(label, null) != null
        || unit.isEmpty() && t.after().isBlank() && !Tables.row(s.original())
        && DossierWords.listed(s.folded(), t.start(), t.end(), t.own())
        || unit.isEmpty() && t.after().isBlank() && !t.isPart() && afterDossierCount(s, t, tokens)
        || unit.isEmpty() && t.after().isBlank() && !t.isPart() && !Tables.row(s.original())
        && dossiersNamedFirst(s.folded(), t);
  }

  /** A clause opening with the dossiers ("Hồ sơ nộp trực tuyến 3.871"): the unit said first, the count after it. */
  private static final Pattern DOSSIERS_FIRST = Pattern.compile("^[^\\p{L}\\d]*(?:(?:tong )?so )?(?:ho so|hs)\\b"
      + "[^\\d.:;()]*$");

  /**
   * "Hồ sơ nộp trực tuyến 3.871, chiếm 86,29%": a bare count whose own clause opens with "hồ sơ" and names a count of
   * them is a count of dossiers, the unit said before the figure; not one with another figure right after it (a table's
   * row flattened).
   */
  private static boolean dossiersNamedFirst(String f, Token t) {
    String rest = f.substring(Math.min(t.end(), f.length())).stripLeading();
    return DOSSIERS_FIRST.matcher(t.own()).find() && DossierWords.field(t.own(), null) != null
        && (rest.isEmpty() || !Character.isDigit(rest.charAt(0)));
  }

  /**
   * "Giải quyết 5.598 hồ sơ, đúng hạn và trước hạn 5.589 (riêng trước hạn 3.902), quá hạn 9 hồ sơ": a bare count
   * whose own words name a dossier count, in a sentence that has just counted dossiers, with no full stop or
   * semicolon between them, is a count of dossiers too (the unit said once for the list): the figure just before it
   * counts dossiers (or was placed as such) and only words and a comma or bracket part them. Not in a table's row, whose columns have their own headers,
   * nor a figure with another right after it ("hồ sơ 1.019 955": a table's row flattened).
   */
  private boolean afterDossierCount(Sentence s, Token t, List<Token> tokens) {
    String f = s.folded();
    String rest = f.substring(Math.min(t.end(), f.length())).stripLeading();
    if (Tables.row(s.original()) || DossierWords.field(t.own(), null) == null
        || !rest.isEmpty() && Character.isDigit(rest.charAt(0))) {
      return false;
    }
    Token previous = null;
    for (Token other : tokens) {
      if (other.start() >= t.start()) {
        break;
      }
      previous = other;
    }
    return previous != null && previous.kind().equals("num")
        && (previous.unit().matches("ho so|hs") || java.util.Objects.requireNonNullElse(figures.at(previous.start()), "").startsWith("dossiers."))
        && f.substring(previous.end(), t.start()).matches("[^\\d;.]*[,(][^\\d;.]*");
  }

  /** "Không có hồ sơ quá hạn" and "Hồ sơ tiếp nhận chậm: không có": how a report says zero without writing 0. */
  void none(Sentence s) {
    String f = s.folded();
    Matcher m = DossierWords.NONE.matcher(f);
    while (m.find()) {
      figures.words(Evidence.of(s, m.start(), ""));
      dossierField(s, inProgressBefore(f, m.start()) + m.group(), null).ifPresent(field -> figures.put("dossiers." + field, 0, Extractor.trim(s.original(), m.start())));
    }
    int inTime = DossierWords.allInProgressInTime(f);
    if (inTime >= 0 && spans.spanAllows(f + " / " + s.context(), "overdue_in_progress")) {
      // "Đang giải quyết: 41 hồ sơ, đều còn trong hạn": none of those in progress is overdue.
      figures.words(Evidence.of(s, inTime, ""));
      figures.put("dossiers.overdue_in_progress", 0, Extractor.trim(s.original(), inTime));
    }
    for (int[] label : DossierWords.noneAfterLabel(f)) {
      figures.words(Evidence.of(s, label[0], ""));
      dossierField(s, f.substring(label[0], label[1]), null)
          .ifPresent(field -> figures.put("dossiers." + field, 0, Extractor.trim(s.original(), label[0])));
    }
  }

  /** A count of those in progress right before a "none" in its clause, parted by a comma: "Đang xử lý 64 hs, ". */
  private static final Pattern IN_PROGRESS_LEAD = Pattern.compile("\\bdang (?:xu ly|giai quyet)\\b[^;.()]*,\\s*$");

  /**
   * "Đang xử lý 64 hs, không có hồ sơ nào quá hạn": a "none" said right after the count in progress, in its clause, is
   * of those in progress (none overdue among them), not of those resolved; the words of that count, else "".
   */
  private static String inProgressBefore(String f, int at) {
    String lead = f.substring(f.lastIndexOf(';', at - 1) + 1, at);
    return IN_PROGRESS_LEAD.matcher(lead).find() ? lead : "";
  }

  void place(Sentence s, Token t, int value, String quote, boolean signedBefore) {
    if (DossierWords.byDomain(t.own()) || DossierWords.byDomainAfter(t.after()) && DossierWords.field(t.own(), null) == null) {
      // "Hồ sơ quá hạn chủ yếu thuộc lĩnh vực đất đai (21 bộ hồ sơ)", "123 hồ sơ đất đai đang giải quyết": a part by
      // domain, not the count ("Hồ sơ quá hạn: 02 hồ sơ lĩnh vực đất đai" names the count before its domain).
      return;
    }
    boolean ahead = !signedBefore && FigureWords.tasksAhead(s.context());
    String parent = t.isPart() ? figures.at(t.parent()) : null;
    String not = parent == null ? null : parent.substring(parent.indexOf('.') + 1);
    String note = FigureWords.note(s.folded(), t);
    String field = DossierWords.field(t.near() + note, not);
    if (field == null) {
      field = DossierWords.filedAs(t.ownNear(), lastDossier);
    }
    if (field == null && !t.isPart()) {
      field = DossierWords.resolvedBare(t.own());
    }
    if (field != null && not != null && !DossierWords.partOf(not, field)) {
      return;
    }
    // Its own words and note say the span ("02 HS đã quá hạn (tính lũy kế)"), not another figure's in the sentence.
    String own = DossierWords.afterClosedNote(t.segment()) + " " + DossierWords.afterClosedNote(t.before()) + " | " + t.after();
    if (field == null || !spans.spanAllows(own + note + " / " + s.context(), field)) {
      return;
    }
    if (field.equals("on_time") && DossierWords.onTimeAlone(t.own() + note) && onTimeAlone == null) {
      // "Đúng hạn 344" beside a row "Trước hạn 52": on time without the early ones, summed (or not) at the end.
      onTimeAlone = new Finding("dossiers.on_time", value, quote, figures.evidence());
      onTimeAloneAt = t.start();
      figures.mark(t.start(), "dossiers.on_time");
      figures.markPlaced();
      lastDossier = field;
      return;
    }
    if (field.equals("early") && onTimeAlone != null && t.isPart() && t.parent() == onTimeAloneAt) {
      // "Đúng hạn 151 hồ sơ (trong đó trước hạn 37)": the early ones are among those on time, stated as such.
      found.add("dossiers.on_time", onTimeAlone.value(), onTimeAlone.quote(), onTimeAlone.evidence());
      onTimeAlone = null;
    }
    if (ahead) {
      // "8/ Phương hướng quý II/2026 … giải quyết dứt điểm 03 hồ sơ quá hạn": dossiers still to deal with, drafted only
      // where no sentence above gave the field (the count restated as a task), as the shortcomings' computers are.
      tasks.add(new Finding("dossiers." + field, value, quote, figures.evidence()));
      figures.markPlaced();
      return;
    }
    figures.put("dossiers." + field, value, quote);
    lastDossier = field;
  }

  /** Counts of dossiers said under a heading of tasks ahead, placed at the end only where nothing else gave their field. */
  private final List<Finding> tasks = new java.util.ArrayList<>();

  /**
   * Once the whole text is read: the dossiers resolved on time are those resolved early and those on time (the data
   * dictionary's on_time includes early), so "Trước hạn 52" and "Đúng hạn 344" as separate items are on_time 396,
   * drafted as computed from the two; a count the report states with the early ones included ("trước hạn và đúng hạn
   * 11.587") is kept instead; "Đúng hạn" alone with no early count anywhere is the on_time.
   */
  void finish() {
    for (Finding f : tasks) {
      if (!found.has(f.path())) {
        found.add(f.path(), f.value(), f.quote(), f.evidence());
      }
    }
    if (onTimeAlone == null || found.has("dossiers.on_time")) {
      return;
    }
    java.util.Optional<Finding> early = found.value("dossiers.early");
    if (early.isEmpty() && earlyUnread()) {
      // Early ones may have been resolved whose count was not read: "Đúng hạn 203" may be a part of on_time, not
      // on_time; shown, not drafted.
      found.unplaced(onTimeAlone.value() + " ho so dung han", onTimeAlone.quote(), onTimeAlone.evidence());
      return;
    }
    if (early.isEmpty()) {
      found.add("dossiers.on_time", onTimeAlone.value(), onTimeAlone.quote(), onTimeAlone.evidence());
      return;
    }
    int sum = ((Number) early.get().value()).intValue() + ((Number) onTimeAlone.value()).intValue();
    // No line of the text writes the sum: it goes without evidence, its comment saying what it adds.
    found.add("dossiers.on_time", sum, String.format(java.util.Locale.ROOT,
        "tính: trước hạn %s + đúng hạn %s / computed: early %s + on time %s — «%s»", early.get().value(),
        onTimeAlone.value(), early.get().value(), onTimeAlone.value(), onTimeAlone.quote()), null);
  }

  /**
   * Whether the text gives the dossiers resolved as two values or more, none of them the count on time and the overdue
   * ones together: a part of them ("+ Trudéc hạn | 44", OCR's "Trước hạn" under "Đã giải quyết | 251") was read as the
   * whole, so the parts of what was resolved were not all read, and "Đúng hạn" alone may lack the early ones. Where
   * one value is on time and overdue together ("Đã giải quyết 1.119", "Đúng hạn 1.116", "Quá hạn 3"), no part is missing.
   */
  private boolean earlyUnread() {
    List<Finding> resolved = found.conflict("dossiers.resolved");
    int overdue = found.value("dossiers.overdue").map(f -> ((Number) f.value()).intValue()).orElse(0);
    int parts = ((Number) onTimeAlone.value()).intValue() + overdue;
    return !resolved.isEmpty() && resolved.stream().noneMatch(f -> ((Number) f.value()).intValue() == parts);
  }

  private java.util.Optional<String> dossierField(Sentence s, String near, String not) {
    String field = DossierWords.field(near, not);
    return field != null && spans.spanAllows(s.folded() + " / " + s.context(), field) ? java.util.Optional.of(field)
        : java.util.Optional.empty();
  }
}
