package vn.xaso.importer;

import java.util.List;
import java.util.regex.Pattern;
import vn.xaso.importer.Numbers.Token;
import vn.xaso.importer.Outline.Part;
import vn.xaso.importer.Outline.Sentence;
import vn.xaso.model.Block;

/**
 * Counts of equipment and the commune's land: which body's stock a count of computers, printers or lines is
 * ({@link EquipmentBodies}) and which of its fields ({@link HardwareWords}), the inadequate computers stated among
 * the shortcomings (kept until the whole text is read), the areas without signal or power and a signal's coverage of
 * the land, which are the commune's whatever block a heading gives. Apart from the other counts because the body,
 * not the words alone, decides the path.
 */
final class InfrastructureFigures {
  private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)");
  /** Words naming the commune's land a signal covers: its area, its villages. */
  private static final String LAND = "dia ban|toan xa|dien tich|" + Placement.VILLAGE + "|bon";

  private final Findings found;
  private final PlacedFigures figures;
  /** Whose equipment a count is, and whether a line sums the blocks. */
  private final EquipmentBodies bodies;
  /** Counts of equipment stated among the shortcomings, placed at the end only where nothing else gave their field. */
  private final List<Finding> shortcomings = new java.util.ArrayList<>();

  InfrastructureFigures(Findings found, PlacedFigures figures, List<Sentence> sentences) {
    this.found = found;
    this.figures = figures;
    this.bodies = new EquipmentBodies(sentences);
  }

  /** Whether a count of sentence {@code index} is of equipment: its unit or label under infrastructure, or a body named. */
  boolean counts(int index, Sentence s, Token t, String label) {
    String unit = t.unit();
    return (unit.matches("may tinh|may|cai|chiec|duong truyen|duong") || unit.isEmpty() && Vocabulary.has(label, "may|duong truyen"))
        && s.part() == Part.INFRASTRUCTURE || bodies.equipmentNamed(index, s, t, figures.parentField(t));
  }

  /** Whether a fraction of sentence {@code index} counts computers ("40/47 máy tính"). */
  boolean computers(int index, Sentence s, Token t) {
    return t.unit().matches("may tinh|may") && (s.part() == Part.INFRASTRUCTURE
        || bodies.equipmentNamed(index, s, t, figures.parentField(t)));
  }

  /** "40/47 máy tính đáp ứng": the part to the field its words name, the whole to the body's computers. */
  void computers(int index, Sentence s, Token t, int part, int whole, String quote) {
    hardware(index, s, t, part, quote);
    figures.put("infrastructure." + bodies.bodyOf(index, s, t).code() + ".hardware.computers", whole, quote);
  }

  /**
   * "Khối chính quyền còn 9 máy tính cấu hình thấp" under "Khó khăn", "05 máy tính của khối chính quyền cấu hình thấp"
   * under "Tồn tại, hạn chế": a body's inadequate computers stated among the shortcomings. Such a figure is copied when it
   * repeats none above (docs/transcription.md §8): it is kept until the whole text is read ({@link #finish}) and
   * placed only if no other sentence gave the field. Equipment to replace or asked for is no stock.
   */
  boolean shortcoming(int index, Sentence s, Token t, int value, String quote) {
    if (!Vocabulary.has(s.context(), EquipmentBodies.SHORTCOMINGS) || Vocabulary.has(t.near(), EquipmentBodies.PLANNED)
        || !"inadequate".equals(HardwareWords.field(t.near(), t.unit()))) {
      return false;
    }
    Block body = bodies.namedBody(index, s, t);
    if (body == null) {
      return false;
    }
    shortcomings.add(new Finding("infrastructure." + body.code() + ".hardware.inadequate", value, quote, figures.evidence()));
    return true;
  }

  void hardware(int index, Sentence s, Token t, int value, String quote) {
    // A bracket saying what was added within a total ("58 máy tính (trong kỳ trang bị thêm 08 máy), 15 máy in") leaves
    // the stock a stock: outside a bracket, its words are none of a count's.
    String clause = t.isPart() ? ShareWords.clauseOf(s.folded(), t) : BRACKETED.matcher(ShareWords.clauseOf(s.folded(), t)).replaceAll(" ");
    if (HardwareWords.acquired(clause) || HardwareWords.byBlock(t.bracket()) || bodies.sumOfBlocks(index, s)) {
      // Received or asked for in the period, or a total of all blocks: no block's stock.
      return;
    }
    String field = HardwareWords.field(t.isPart() ? t.ownNear() : t.near(), t.unit());
    if (field == null && t.isPart()) {
      field = HardwareWords.field(t.near(), t.unit());
    }
    if (field != null) {
      // A part in brackets, or a clause of a sentence listing blocks ("Đảng ủy có 8 máy tính; …"), names its block.
      figures.put("infrastructure." + bodies.bodyOf(index, s, t).code() + ".hardware." + field, value, quote);
    }
  }

  /** Once the whole text is read: a shortcoming's count where no other sentence gave its field, else listed. */
  void finish() {
    for (Finding f : shortcomings) {
      if (found.has(f.path())) {
        found.unplaced(f.value() + " may tinh", f.quote(), f.evidence());
      } else {
        found.add(f.path(), f.value(), f.quote(), f.evidence());
      }
    }
  }

  /** "Không còn vùng lõm sóng, lõm điện" gives 0 areas of each; "còn 03 thôn lõm sóng" gives 3. */
  void areas(Sentence s) {
    for (AreaWords.Area a : AreaWords.find(s.folded())) {
      figures.words(Evidence.of(s, a.at(), a.written()));
      figures.put(territoryPath(s) + ".connectivity.areas_without_" + a.what(), a.count(), Extractor.trim(s.original(), a.at()));
    }
  }

  /**
   * A block's coverage that is the commune's: "Sóng 4G phủ 100% ấp", "phủ sóng … trên địa bàn xã" cover its land, not
   * the block's network; and coverage said where only the issuer names the block is the commune's too. Returns the
   * path the share goes to ({@code path} itself when it is no such coverage).
   */
  String coveragePath(Sentence s, Token t, String path) {
    if (path != null && path.endsWith(".connectivity.coverage_pct")
        && (Vocabulary.has(ShareWords.clauseOf(s.folded(), t), LAND) || issuersOwn(s))) {
      // "Sóng 4G phủ 100% ấp", "phủ sóng … trên địa bàn xã": the commune's land, not the block's network; and coverage
      // said where only the issuer names the block (a Party report's "Sóng di động phủ 98,2%") is the commune's too
      // (docs/transcription.md §3: government, whichever body issues the report).
      return territoryPath(s) + ".connectivity.coverage_pct";
    }
    return path;
  }

  /** Whether a sentence's block is only the issuer's (no heading or opening words named one): not a block's own item. */
  private boolean issuersOwn(Sentence s) {
    Object issuer = found.value("source.issuer_block").map(Finding::value).orElse(null);
    return s.block() == issuer && Outline.opening(s.part(), s.folded(), null) == null && !headed(s);
  }

  /** Whether a heading or lettered item before the sentence, in its part, names its block ("b) Khối Mặt trận"). */
  private boolean headed(Sentence s) {
    return !Outline.blocksNamed(s.context()).isEmpty();
  }

  /**
   * Areas without signal or power, and a signal's coverage of the commune's land, are the commune's, not a
   * block's equipment: they go to the government block unless their own sentence opens with another block's name ("Khối Mặt trận: …"),
   * not to the block a heading above or the issuer's signature gives.
   */
private static String territoryPath(Sentence s) {
    Block named = Outline.opening(s.part(), s.folded(), null);
    return "infrastructure." + (named == null ? Block.GOVERNMENT : named).code();
  }
}
