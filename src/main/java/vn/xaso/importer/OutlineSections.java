package vn.xaso.importer;

import java.util.regex.Pattern;
import vn.xaso.importer.Outline.Part;

/**
 * Which section of the report outline folded words name (split from {@link Outline} for issue #23): a heading's
 * ("Hạ tầng, thiết bị" the infrastructure, "Hồ sơ trong tuần" the procedures) and an appendix's title after the
 * signature. It decides on words alone, wherever they stand; where a heading stands among the others, and so which
 * section its text is in, is {@link HeadingLevels}'.
 *
 * <p>Pure functions of folded words, tested alone in {@code OutlineSectionsTest} (and {@code PartsTest}).
 */
final class OutlineSections {
  private OutlineSections() {}

  /** A heading that opens with dossiers ("2. Hồ sơ trong tuần"), folded: the procedures' part. */
  private static final Pattern DOSSIERS_HEADING = Pattern.compile("\\s*(?:[\\divx]{1,4}\\s*[.)/-]\\s*)?ho so\\b");

  static final Pattern ANNEX = Pattern.compile("\\bphu luc\\b");
  /** An appendix title naming equipment, folded: "trang thiết bị", "thiết bị CNTT", "máy tính" (not a list of documents). */
  private static final Pattern EQUIPMENT = Pattern.compile("\\b(?:trang )?thiet bi\\b|\\bmay tinh\\b");

  /**
   * The part an appendix's title after the signature names ("PHỤ LỤC — Kết quả tiếp nhận, giải quyết hồ sơ
   * TTHC"): the rows of the table under it stand in that part. A new "Phụ lục" starts afresh (its title may
   * be the next line, {@code annexed}); other lines ("Kèm theo Báo cáo số …") leave the part as it is.
   */
  static Part annexTitle(String folded, Part current, boolean annexed) {
    boolean opens = ANNEX.matcher(folded).find();
    if (!opens && !(annexed && current == null)) {
      return current;
    }
    Part named = partOf(Vocabulary.mend(folded));
    // An appendix of equipment ("PHỤ LỤC: Trang thiết bị công nghệ thông tin", "Máy tính, máy in theo khối")
    // tables what the infrastructure section counts; its title need not use that section's own words.
    if (named == Part.OTHER && EQUIPMENT.matcher(folded).find() && !folded.contains("van ban")) {
      return Part.INFRASTRUCTURE;
    }
    return named == Part.INFRASTRUCTURE || named == Part.HUMAN_RESOURCES || named == Part.PROCEDURES ? named : null;
  }

  static Part partOf(String h) {
    if (h.contains("phap ly")) {
      return Part.LEGAL;
    }
    if (h.contains("ha tang") || h.contains("he thong cong nghe thong tin") || h.contains("du lieu so")
        || h.contains("trang thiet bi") && !h.contains("van ban")) {
      return Part.INFRASTRUCTURE;
    }
    // The community digital teams are people: the model keeps them with the staff.
    if (h.contains("nhan luc") || h.contains("nhan su") || h.contains("to cong nghe so")) {
      return Part.HUMAN_RESOURCES;
    }
    // Dossiers are the procedures' part: "Hồ sơ trong tuần" (a heading merely naming them, "Tháng 12 số hóa hồ sơ
    // đảng viên", is not).
    if (h.contains("thu tuc") || h.contains("tthc") || h.contains("dich vu cong")
        || DOSSIERS_HEADING.matcher(h).lookingAt()) {
      return Part.PROCEDURES;
    }
    if (h.contains("ket luan so")) {
      return Part.FOLLOW_UP;
    }
    if (h.contains("nhan xet") || h.contains("kien nghi") || h.contains("de xuat")) {
      return Part.ASSESSMENT;
    }
    return Part.OTHER;
  }
}
