package vn.xaso.importer;

import java.util.List;
import vn.xaso.model.Block;

/**
 * Which equipment count the words next to a number name (computers, printers, scanners, lines,
 * adequate or not, on the Party's network, for classified work, protected from malware), and the
 * block a part of an all-block total names. Pure functions of folded words, each tested alone.
 */
final class HardwareWords {
  /**
   * Equipment received, bought, newly installed or asked for in the period: a delivery or a change, not the stock
   * the fields hold ("tuần này lắp mới 01 đường truyền").
   */
  private static final String ACQUIRED = "tiep nhan|ban giao|mua sam|mua moi|cap moi|cap bo sung|bo sung them|ho tro them"
      + "|de nghi|kien nghi|de xuat|duoc ho tro|tang them|lap moi|lap dat moi|lap them|lap dat them|trang bi moi"
      + "|trang bi them|keo moi";

  private HardwareWords() {}

  /** The field of {@code hardware} the words name, or null. */
  static String field(String near, String unit) {
    String named = ownNoun(near);
    if (has(near, "mang dien rong|wan")) {
      return "party_wan_computers";
    } else if (has(near, "may tinh mat|may mat|mat duoc cap|(?:van ban|tai lieu|thong tin|soan thao) mat")) {
      return "classified_computers";
    } else if (has(near, "ma doc|virus")) {
      return "anti_malware";
    } else if (named != null) {
      // "(…, cấu hình thấp), 13 máy in": the count's own noun names its thing, whatever the words before it say.
      return named;
    } else if (has(near, "chua dap ung|khong dap ung|chua dat yeu cau|khong dat yeu cau|cau hinh thap|can thay the|hu hong|hong"
        + "|xuong cap|(?:da|qua) cu")) {
      // "11 máy tính của UBND xã đã cũ": worn out, as "cấu hình thấp" says.
      return "inadequate";
    } else if (has(near, "dap ung|dat yeu cau")) {
      // "Đạt yêu cầu" heads the column of adequate computers as "Đáp ứng" does.
      return "adequate";
    } else if (has(near, "scan|may quet")) {
      return "scanners";
    } else if (has(near, "may in")) {
      return "printers";
    } else if ((has(near, "duong truyen") || unit.equals("duong") && has(near, "internet|cap quang"))
        && !has(ownLine(near), "chuyen dung")) {
      // "01 đường truyền số liệu chuyên dùng": the government's special-purpose data line, no Internet line.
      return "internet_lines";
    } else if (has(near, "may (?:vi )?tinh") || unit.equals("may tinh")) {
      return "computers";
    }
    return null;
  }

  /** A printer or scanner named right after a count ("13 máy in", "05 máy scan", "02 máy quét"). */
  private static final java.util.regex.Pattern OWN_NOUN = java.util.regex.Pattern.compile(
      "^\\s*(?:(?:bo|chiec|cai) )?(?:may )?(in|scan|quet)\\b");

  /** The field the noun right after a count names when it is a printer or a scanner, or null. */
  private static String ownNoun(String near) {
    int bar = near.indexOf(" | ");
    if (bar < 0) {
      return null;
    }
    var m = OWN_NOUN.matcher(near.substring(bar + 3));
    return !m.find() ? null : m.group(1).equals("in") ? "printers" : "scanners";
  }

  /**
   * The words after a count up to an "và" that adds another thing: "2 đường truyền Internet cáp quang và đường truyền số
   * liệu chuyên dùng" counts Internet lines, the data line after "và" is not among them.
   */
  private static String ownLine(String near) {
    int bar = near.indexOf(" | ");
    String after = bar < 0 ? near : near.substring(bar + 3);
    int and = after.indexOf(" va ");
    return and < 0 ? after : after.substring(0, and);
  }

  /** Whether the words speak of equipment received or asked for, not of what is in place. */
  static boolean acquired(String near) {
    return has(near, ACQUIRED);
  }

  /**
   * The block the clause of a part names ("khối Đảng 11 máy" in a total's brackets), or null. A
   * total whose brackets name two blocks or more is of no block: only its parts are placed.
   */
  static Block blockOfPart(String segment) {
    List<Block> named = Outline.blocksNamed(segment);
    return named.size() == 1 ? named.get(0) : null;
  }

  /** Whether a total's brackets break it down by block. */
  static boolean byBlock(String bracket) {
    return Outline.blocksNamed(bracket).size() >= 2;
  }

  private static boolean has(String text, String regex) {
    return Vocabulary.has(text, regex);
  }
}
