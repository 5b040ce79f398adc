package vn.xaso.importer;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import vn.xaso.importer.Numbers.Token;
import vn.xaso.importer.Outline.Part;
import vn.xaso.importer.Outline.Sentence;

/**
 * Placement: which field a number goes to, from its unit, the words next to it, the section and
 * block it stands under. A number goes to a field only when the words of its clause name that
 * field's thing; otherwise it is listed as found but not placed, never put in the nearest field.
 * What words name which field is kept in small parts, each tested alone: {@link DossierWords},
 * {@link ProcedureWords}, {@link HardwareWords}, {@link StaffWords}, {@link ShareWords}, {@link AreaWords},
 * {@link MoneyWords}.
 *
 * <p>This class reads each figure's kind and unit and hands it to the part that decides its field, or lists it:
 * {@link DossierFigures} (dossiers, zeros said in words), {@link InfrastructureFigures} (equipment by body, the
 * commune's land), {@link StaffFigures} (people, quota, qualifications, teams), {@link MoneyFigures} (sums and their
 * budget year); procedures and shares it places itself. {@link PlacedFigures} keeps where each figure of the
 * sentence went, so that a part never takes its total's field.
 */
final class Placement {
  /** The units naming a village or its urban match (thôn, ấp, bản, tổ dân phố …). */
  static final String VILLAGE = "thon|ap|ban|buon|xom|khom|khu pho|to dan pho";

  private final Findings found;
  private final List<Sentence> sentences;
  private int index;
  /** The figures of the sentence and the field each went to: a part never takes its total's. */
  private final PlacedFigures figures;
  /** Counts of dossiers, and the zeros written in words. */
  private final DossierFigures dossiers;
  /** Counts of people: staff present and quota, qualifications, trained, the community teams; IT staffing. */
  private final StaffFigures staff;
  /** Counts of equipment by body, the shortcomings', the commune's land without signal or covered. */
  private final InfrastructureFigures infrastructure;
  /** Sums of money and the budget year they are of. */
  private final MoneyFigures money;
  /** Whether a count of another span in the words may go to a field ({@link CumulativeSpans#spanAllows}). */
  private final CumulativeSpans spans;
  /** The numbers of the sentence being read. */
  private List<Token> tokens = List.of();

  /** {@code year}: the latest year the report's dates name (0 when none); money of later years is not the report's. */
  Placement(Findings found, List<Sentence> sentences, CumulativeSpans spans, int year) {
    this.found = found;
    this.figures = new PlacedFigures(found);
    this.dossiers = new DossierFigures(found, figures, spans);
    this.staff = new StaffFigures(found, figures);
    this.money = new MoneyFigures(found, figures, sentences, year);
    this.sentences = sentences;
    this.spans = spans;
    this.infrastructure = new InfrastructureFigures(found, figures, sentences);
    int signature = sentences.size();
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).part() == Part.SIGNATURE) {
        signature = i;
        break;
      }
    }
    this.firstSignature = signature;
  }

  /** The first sentence of the signature's part, or the count of sentences: worked out once, not per share. */
  private final int firstSignature;

  /** Reads sentence {@code i}: its numbers, its "không có hồ sơ …", its areas without signal, its IT staffing. */
  void read(int i) {
    index = i;
    Sentence s = sentences.get(i);
    figures.sentence();
    dossiers.sentence(s);
    staff.sentence(s, i > 0 ? sentences.get(i - 1) : null);
    tokens = Numbers.tokens(s.folded());
    for (Token t : tokens) {
      figure(s, t);
    }
    figures.endFigures();
    dossiers.none(s);
    infrastructure.areas(s);
    staff.staffing(s);
  }

  /**
   * Once the whole text is read: the shortcomings' counts where nothing else gave their field, then "đúng hạn" said
   * without the early ones, summed with them or drafted alone.
   */
  void finish() {
    infrastructure.finish();
    dossiers.finish();
  }

  private static boolean has(String text, String regex) {
    return Vocabulary.has(text, regex);
  }

  /** Places one number of a sentence, or lists it as found but not placed. */
  private void figure(Sentence s, Token t) {
    String quote = Extractor.trim(s.original(), t.start());
    figures.figure(t, Evidence.of(s, t.start(), t.number()));
    if (!FigureWords.stated(t, ShareWords.clauseOf(s.folded(), t)) && !StaffFigures.outOfQuota(t)) {
      // "hơn 3.000 hồ sơ", "trên 80%", "toàn tỉnh có 75 xã": no figure of the commune a person would copy.
      found.unplaced(t.number() + (t.kind().equals("pct") ? "%" : "") + (t.unit().isEmpty() ? "" : " " + t.unit()),
          quote, figures.evidence());
      return;
    }
    switch (t.kind()) {
      case "num" -> count(s, t, quote);
      case "pct" -> percent(s, t, quote);
      case "frac" -> fraction(s, t, quote);
      default -> figures.markPlaced();
    }
    if (!figures.placed() && worthListing(t)) {
      found.unplaced(t.number() + (t.kind().equals("pct") ? "%" : "") + (t.unit().isEmpty() ? "" : " " + t.unit()),
          quote, figures.evidence());
    }
  }

  /** A share, a fraction, or a count with a unit other than time: numbers a person would want to place. */
  private static boolean worthListing(Token t) {
    return !t.kind().equals("num") || !t.unit().isEmpty() && !t.unit().matches("nam|thang|ngay|tuan|gio|phut|dong");
  }

  private void count(Sentence s, Token t, String quote) {
    String unit = t.unit();
    String near = t.near();
    String label = t.before().strip().endsWith(":") ? t.before() : "";
    BigDecimal amount = t.amount();
    if (unit.matches("trieu dong|ty dong|nghin dong") || unit.equals("dong") && amount.compareTo(MoneyWords.PLAIN_DONG) >= 0) {
      money.place(index, s, t, amount, quote);
      return;
    }
    int value;
    try {
      value = amount.intValueExact();
    } catch (ArithmeticException e) {
      return;
    }
    if (unit.isEmpty() && ProcedureWords.withDossiersLabel(label, s.context())) {
      // "DVCTT toàn trình có phát sinh hồ sơ: 64", a table's column of procedures used: procedures, not dossiers.
      procedure(s, t, label, value, quote);
    } else if (dossiers.counts(s, t, label, tokens)) {
      // A bare count labelled with a dossier count's words ("Tiếp nhận: 212") under a heading about dossiers.
      dossiers.place(s, t, value, quote, signedBefore());
    } else if (unit.matches("tthc|thu tuc") || unit.isEmpty() && has(label, "tthc|thu tuc")) {
      procedure(s, t, near, value, quote);
    } else if (unit.equals("linh vuc") && has(s.folded(), "tthc|thu tuc")) {
      figures.put("procedures.fields", value, quote);
    } else if (infrastructure.counts(index, s, t, label)) {
      infrastructure.hardware(index, s, t, value, quote);
    } else if (unit.matches("may tinh|may") && infrastructure.shortcoming(index, s, t, value, quote)) {
      figures.markPlaced();
    } else {
      staff.count(s, t, tokens, value, quote, signedBefore());
    }
  }

  private void procedure(Sentence s, Token t, String near, int value, String quote) {
    if (!signedBefore() && FigureWords.tasksAhead(s.context())) {
      // "C. NHIỆM VỤ TUẦN 49 - Hoàn thành cấu hình 07 thủ tục còn lại, bảo đảm 52/52 thủ tục": procedures to work on.
      return;
    }
    String f = s.folded();
    String field = ProcedureWords.field(ProcedureWords.withOfferAfter(near, f.substring(Math.min(f.length(),
        t.end() + t.after().length()))), withDossiers(s, t));
    if (field != null) {
      figures.put("procedures." + field, value, quote);
    }
  }

  /** "có phát sinh hồ sơ 87/214", "phát sinh hồ sơ: 87": the procedures with dossiers given a figure of their own. */
  private static final Pattern WITH_DOSSIERS_FIGURE = Pattern.compile("\\bphat sinh(?: ho so)?\\s*:?\\s*\\d");
  /** A fraction's words just before it naming procedures that had dossiers ("… có phát sinh hồ sơ 87/214"). */
  private static final Pattern WITH_DOSSIERS_BEFORE = Pattern.compile("\\bphat sinh(?: ho so)?\\s*:?\\s*$");

  /**
   * Whether a count of procedures is of those with dossiers: "phát sinh" in its words, unless it comes only after
   * the count with a figure of its own ("toàn trình: 214 thủ tục, có phát sinh hồ sơ 87/214": 214 is the offer's
   * count, 87 the procedures with dossiers).
   */
  private static boolean withDossiers(Sentence s, Token t) {
    if (!has(scope(s, t), "phat sinh")) {
      return false;
    }
    String f = s.folded();
    String rest = f.substring(Math.min(t.end(), f.length()));
    // Said after the count, "phát sinh" is its own clause's: "…, còn lại 32 thủ tục thực hiện trực tiếp; trong kỳ có 64
    // thủ tục toàn trình và 41 thủ tục một phần phát sinh hồ sơ" counts 32 of all the procedures.
    int semi = rest.indexOf(';');
    return has(f.substring(0, Math.min(t.start(), f.length())), "phat sinh")
        || has(semi < 0 ? rest : rest.substring(0, semi), "phat sinh") && !WITH_DOSSIERS_FIGURE.matcher(rest).find();
  }

  private void percent(Sentence s, Token t, String quote) {
    double value = Double.parseDouble(t.number().replace(".", "").replace(',', '.'));
    if (value > 100) {
      return;
    }
    if (FigureWords.targetShare(signedBefore() ? "" : s.context(), s.folded(), t,
        found.value("source.date").map(d -> (java.time.LocalDate) d.value()).orElse(null))) {
      // "Phấn đấu … đạt 95% trước ngày 31/12/2026", "Hoàn thành số hóa 100% … trước 30/9/2026" under "Phương hướng …":
      // a share aimed at, not the period's.
      return;
    }
    Sentence before = index > 0 ? sentences.get(index - 1) : null;
    String lead = before != null && before.item() == s.item() && before.original().endsWith(";") ? before.folded() : "";
    String path = ShareWords.field(s, t, blockPath(s), lead);
    if (path == null && ShareWords.restates(t)) {
      // "37/158 thủ tục, đạt 23,42%": the share of the count just placed, where the model keeps one.
      path = ShareWords.shareOf(figures.lastPlaced(t));
    }
    if (path != null && path.startsWith("dossiers.")
        && !spans.spanAllows(shareWords(s.folded(), t) + " / " + s.context(), path.substring("dossiers.".length()))) {
      // "Lũy kế từ 01/7 …, tỷ lệ trực tuyến bình quân 84,3%": a share of another span than the period's.
      return;
    }
    path = infrastructure.coveragePath(s, t, path);
    if (path != null) {
      figures.put(path, value, quote);
    }
  }

  /**
   * Whether the report was signed before the sentence being read: an appendix after the signature ("PHỤ LỤC …") stands
   * under no heading of the text, though the outline's last ("VI. NHIỆM VỤ THÁNG 01/2026") is still its context.
   */
  private boolean signedBefore() {
    return firstSignature < index;
  }

  /**
   * The words that say a share's span: its clause up to the share and a note without figures right after it ("(lũy
   * kế)"); a bracket of figures after it is another share's ("trong tuần đạt 81,3% (lũy kế đạt 81,6%)": the 81,3% is
   * the week's).
   */
  private static String shareWords(String f, Token t) {
    String clause = ShareWords.clauseOf(f, t);
    int from = f.lastIndexOf(';', t.start()) + 1;
    return clause.substring(0, Math.min(clause.length(), t.end() - from)) + FigureWords.note(f, t);
  }

  private void fraction(Sentence s, Token t, String quote) {
    String[] pw = t.number().split("/");
    int part;
    int whole;
    try {
      part = Integer.parseInt(pw[0]);
      whole = Integer.parseInt(pw[1]);
    } catch (NumberFormatException e) {
      return;
    }
    if (part > whole) {
      return;
    }
    if (staff.fraction(s, t, part, whole, quote)) {
      return;
    }
    if (infrastructure.computers(index, s, t)) {
      infrastructure.computers(index, s, t, part, whole, quote);
    } else if (t.unit().matches("ho so|hs")) {
      // "Số hóa hồ sơ: 176/176 hồ sơ": the part is the count the words name; the whole is the base.
      dossiers.place(s, t, part, quote, signedBefore());
    } else if (t.unit().matches("tthc|thu tuc")) {
      // "Số TTHC toàn trình có phát sinh hồ sơ: 37/158 thủ tục".
      procedure(s, t, t.near(), part, quote);
    } else if (has(s.folded(), "tthc|thu tuc")
        && WITH_DOSSIERS_BEFORE.matcher(s.folded().substring(0, Math.min(t.start(), s.folded().length()))).find()) {
      // "toàn trình: 214 thủ tục, có phát sinh hồ sơ 87/214": the part had dossiers, the whole is the offer's count,
      // and the offer is named earlier in the clause.
      procedure(s, t, ShareWords.clauseOf(s.folded(), t), part, quote);
    }
  }

  /**
   * The words that may say what a figure counts beyond its own: the sentence, but in a table's row only the
   * figure's column ("DVCTT toàn trình | 158 | 48,32 | 64" under "… | Có phát sinh hồ sơ": the 158 is no
   * count of procedures with dossiers; another column's header does not name it).
   */
  static String scope(Sentence s, Token t) {
    return Tables.row(s.original()) ? ShareWords.clauseOf(s.folded(), t) : s.folded();
  }

  private String blockPath(Sentence s) {
    return "infrastructure." + s.block().code();
  }
}
