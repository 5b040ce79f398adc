package vn.xaso.importer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.xaso.model.Block;

/**
 * Which body a line or sentence of equipment is about, and so which block its counts go to
 * (docs/transcription.md §3): the blocks {@link Outline#blocksNamed} reads, and the bodies the sheet
 * puts in a block by what they are — the service centre, the one-stop desk and the office the
 * People's Council shares with the Committee are the government's; the mass organisations ("các
 * đoàn thể") stand with the Front. Pure functions of folded words, each tested alone.
 */
final class BodyWords {
  /** The government's own offices that name no block ("Trung tâm phục vụ hành chính công", "Bộ phận Một cửa"). */
  private static final Pattern GOVERNMENT_OFFICE = Pattern.compile("\\b(?:trung tam phuc vu hanh chinh cong"
      + "|bo phan (?:mot cua|tiep nhan va tra ket qua))\\b");
  /**
   * "Trung tâm hiện có 14 máy tính": the service centre named short as the words' subject, not a centre of another
   * kind (y tế, văn hóa …). Named further on ("Trang thiết bị tại Trung tâm: 10 máy tính") it is where the equipment
   * stands, which may be a part of the government's whose total the report does not give.
   */
  private static final Pattern CENTRE_SHORT = Pattern.compile("^\\s*" + StaffWords.CENTRE_SHORT + "\\b");
  /**
   * Both bodies named as one office ("HĐND và UBND xã", "HĐND - UBND", "Văn phòng HĐND, UBND"): the shared office is
   * the government's, the council gets nothing (§3).
   */
  private static final Pattern SHARED_OFFICE = Pattern.compile("\\b(?:hdnd|hoi dong nhan dan)\\s*(?:va|-|–|,|&)\\s*"
      + "(?:ubnd|uy ban nhan dan)\\b");
  /** The mass organisations, which report with the Front ("Ủy ban MTTQ và các đoàn thể", "khối Mặt trận, đoàn thể"). */
  private static final Pattern MASS_ORGANISATIONS = Pattern.compile("\\bdoan the\\b");
  /** Words naming equipment: where the words naming a sentence's body end. */
  private static final Pattern EQUIPMENT = Pattern.compile("\\b(?:may (?:vi )?tinh|may in|may quet|may scan|duong truyen)\\b");
  /** How far into a sentence its body may be named before its first figure. */
  static final int OPENING = 120;

  private BodyWords() {}

  /** The blocks the folded words name, each once, in the model's order. */
  static List<Block> named(String folded) {
    String f = SHARED_OFFICE.matcher(folded).replaceAll(" ubnd ");
    Set<Block> blocks = EnumSet.noneOf(Block.class);
    blocks.addAll(Outline.blocksNamed(f));
    if (GOVERNMENT_OFFICE.matcher(f).find() || CENTRE_SHORT.matcher(f).find()) {
      blocks.add(Block.GOVERNMENT);
    }
    if (MASS_ORGANISATIONS.matcher(f).find()) {
      blocks.add(Block.FRONT);
    }
    return new ArrayList<>(blocks);
  }

  /** The one block the words name, or null when they name none or several ("khối Đảng, đoàn thể"). */
  static Block one(String folded) {
    List<Block> named = named(folded);
    return named.size() == 1 ? named.get(0) : null;
  }

  /**
   * The body a sentence opens with, before its first count ("Đảng ủy phường: 16 máy tính", "Hội đồng nhân dân xã dùng
   * chung trụ sở, có 03 máy tính", "Tính đến ngày 10/12/2025, khối chính quyền xã có 47 máy tính"), or null.
   * {@code firstCount} is where its first count stands (the sentence's length when it has none); words further than
   * {@link #OPENING} from it name no body of it.
   */
  static Block opening(String folded, int firstCount) {
    int to = Math.min(firstCount, folded.length());
    // Only the clause the count stands in: "Sử dụng chung phần mềm … với UBND xã; được bố trí 03 máy tính cho Thường
    // trực HĐND" names the committee in a clause of its own.
    int from = folded.lastIndexOf(';', to - 1) + 1;
    if (to - from <= 0 || to - from > OPENING) {
      return null;
    }
    // A body named after the things counted is a table's row flattened under its header ("Đơn vị Máy tính Máy in …
    // Đảng ủy xã 14 …"), not the sentence's subject.
    java.util.regex.Matcher thing = EQUIPMENT.matcher(folded).region(from, to);
    return one(folded.substring(from, thing.find() ? thing.start() : to));
  }
}
