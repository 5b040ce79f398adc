package vn.xaso.importer;

import java.util.List;
import java.util.regex.Pattern;
import vn.xaso.importer.Numbers.Token;
import vn.xaso.importer.Outline.Part;
import vn.xaso.importer.Outline.Sentence;
import vn.xaso.model.Block;

/**
 * Whose equipment a count is, read from the sentences of one report: the body a count's words name (its own, those
 * after it, its bracket's, the one its sentence opens with, or that of the sentences its semicolons go on from);
 * whether a count outside the infrastructure part is a body's record at all; whether a line sums the blocks. Split
 * from {@link Placement}, which places the counts; tested alone in {@code EquipmentBodiesTest}.
 */
final class EquipmentBodies {
  /** A count's own words naming the thing counted just before it ("máy in 04", "đường truyền Internet 02"). */
  private static final Pattern EQUIPMENT_BEFORE = Pattern.compile("\\b(?:may (?:vi )?tinh|may in|may quet|may scan"
      + "|duong truyen(?: internet| cap quang)?)\\s*:?\\s*$");
  /** Words of equipment to replace, ask for or aim at ("thay thế 06 máy tính của khối chính quyền"): no stock. */
  static final String PLANNED = "thay the|thay moi|nhiem vu|phuong huong|phan dau|ke hoach|nhu cau|de nghi|kien nghi"
      + "|de xuat";
  /** Headings over what is lacking or to be done ("Hạn chế", "Tồn tại", "Nhiệm vụ …"). */
  private static final String LIMITS = "han che|ton tai|kho khan|vuong mac|nhiem vu|phuong huong|giai phap|kien nghi|de xuat";
  /** Headings over what is lacking ("Tồn tại, hạn chế", "Khó khăn, vướng mắc"), not over what is to be done. */
  static final String SHORTCOMINGS = "han che|ton tai|kho khan|vuong mac|bat cap";
  /**
   * A sum's label opening a sentence: "Cộng toàn phường:", "Tổng cộng:", "Tổng số toàn xã:", "Cộng các khối:", and the
   * whole commune named alone ("Toàn xã:", "Toàn phường:", "Toàn thị trấn:").
   */
  private static final Pattern SUM_LABEL = Pattern.compile("\\W*(?:(?:tong cong|cong|tong so|tong)(?: (?:toan|ca|chung|cac khoi)"
      + "(?: \\p{L}+)?)?|toan (?:xa|phuong|thi tran|don vi))\\s*:");

  private final List<Sentence> sentences;

  EquipmentBodies(List<Sentence> sentences) {
    this.sentences = sentences;
  }

  /**
   * Equipment named by its own words beyond the counts the infrastructure part already reads: "máy in 04", the count
   * after the thing; "(10 đáp ứng, 2 chưa đáp ứng)", the parts of a count of equipment just placed ({@code parentField},
   * the field its total went to, or null); and, outside that part, a body's record ("Đảng ủy phường: 16 máy tính; 06
   * máy in", "Hội đồng nhân dân xã … có 03 máy tính") under a heading the outline does not know as the
   * infrastructure's, or in a numbered paragraph of a report without section headings (docs/transcription.md §3).
   * Outside that part a body must be named: "Hạn chế: 10 máy tính chưa đáp ứng", "thay 12 máy tính", "09 máy tính đã
   * dùng trên 8 năm" are what is lacking or planned, no body's stock. {@code index} is the sentence's.
   */
  boolean equipmentNamed(int index, Sentence s, Token t, String parentField) {
    if (s.part() == Part.ASSESSMENT || s.part() == Part.FOLLOW_UP || s.part() == Part.SIGNATURE) {
      return false;
    }
    // "máy in 04" with nothing after it ("đường truyền cáp quang 300 Mbps" is a speed), or a bare part of equipment.
    boolean bare = t.unit().isEmpty() && (t.after().isBlank() && EQUIPMENT_BEFORE.matcher(t.own()).find()
        || parentField != null && parentField.contains(".hardware."));
    if (s.part() == Part.INFRASTRUCTURE) {
      return bare;
    }
    return (bare || t.unit().matches("may tinh|may|duong truyen")) && !has(ShareWords.clauseOf(s.folded(), t), PLANNED)
        && !has(s.context(), LIMITS) && namedBody(index, s, t) != null;
  }

  /** The block a count of equipment is of: the body its words name ({@link #namedBody}), else the sentence's. */
  Block bodyOf(int index, Sentence s, Token t) {
    Block named = namedBody(index, s, t);
    return named != null ? named : s.block();
  }

  /**
   * The body a count of equipment's words name: its own ("…, khối chính quyền có 30 máy tính"), those after it ("47/47
   * máy tính của khối chính quyền"), its clause's or bracket's, the one its sentence ({@code index}) opens with, or
   * that of the sentences its semicolons go on from ("Đảng ủy phường: 16 máy tính …; 06 máy in;"); null when none
   * names one.
   */
  Block namedBody(int index, Sentence s, Token t) {
    Block own = BodyWords.one(t.own());
    own = own != null ? own : BodyWords.one(t.after());
    own = own != null ? own : HardwareWords.blockOfPart(t.segment());
    for (int k = index; own == null && k >= 0 && sentences.get(k).item() == s.item(); k--) {
      Sentence at = sentences.get(k);
      own = BodyWords.opening(at.folded(), firstCount(at.folded()));
      if (k == 0 || !sentences.get(k - 1).original().endsWith(";")) {
        break;
      }
    }
    return own;
  }

  /** Where a sentence's first count, share or fraction stands (dates and document numbers are none), or its length. */
  static int firstCount(String folded) {
    return Numbers.tokens(folded).stream().filter(t -> t.kind().matches("num|pct|frac")).mapToInt(Token::start)
        .findFirst().orElse(folded.length());
  }

  /**
   * "Cộng toàn phường: 76 máy tính, 24 máy in", "Toàn xã: 63 máy tính" after the blocks' own lines: a sentence
   * ({@code index}) opening with a sum's label, in a part whose sentences before it are of two blocks or more (by the body they open with, else their
   * block), sums the blocks (docs/transcription.md §1: a "Tổng cộng" summing the blocks is not copied). Without blocks
   * named before it, such a total is the only count.
   */
  /**
   * How far back a sum line looks for the blocks it sums: a report's blocks stand in a few lines above it, and a
   * text of many sum lines must not cost each of them the whole part again (work per input is bounded).
   */
  static final int BLOCK_LINES = 60;

  boolean sumOfBlocks(int index, Sentence s) {
    if (s.part() != Part.INFRASTRUCTURE || !SUM_LABEL.matcher(s.folded()).lookingAt()) {
      return false;
    }
    java.util.Set<Block> named = java.util.EnumSet.noneOf(Block.class);
    int floor = Math.max(0, index - BLOCK_LINES);
    for (int k = index - 1; k >= floor && sentences.get(k).part() == Part.INFRASTRUCTURE && named.size() < 2; k--) {
      Sentence at = sentences.get(k);
      if (!at.heading()) {
        Block opened = BodyWords.opening(at.folded(), firstCount(at.folded()));
        named.add(opened != null ? opened : at.block());
      }
    }
    return named.size() >= 2;
  }

  private static boolean has(String text, String regex) {
    return Vocabulary.has(text, regex);
  }
}
