package vn.xaso.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Areas without mobile signal or power ("không còn vùng lõm sóng, lõm điện" is 0 of each, "còn 02
 * thôn lõm sóng" is 2), read from folded words.
 */
final class AreaWords {
  /** "Không còn vùng lõm sóng, lõm điện": no area left without signal or power. */
  private static final Pattern NO_AREA = Pattern.compile("\\bkhong (?:con|co)(?: (?:" + Places.AREA + "))?"
      + "(?: nao)?(?: (?:bi|con))? (?:lom|trang) (song|dien)(?:,? (?:va |hay |hoac )?(?:lom )?(song|dien))?");
  /** "Không còn xóm nào chưa có điện lưới", "không có thôn nào chưa có sóng": none left lacking. */
  private static final Pattern NONE_LACKING = Pattern.compile("\\bkhong (?:con|co) (?:" + Places.AREA + ")(?: nao)?"
      + " (?:con )?(?:chua co|khong co|chua duoc phu) (song|dien)\\b");
  /** "Vùng chưa có điện lưới: 01", "khu vực lõm sóng: 03": a label, then how many. */
  private static final Pattern LABELLED = Pattern.compile("\\b(?:" + Places.AREA + ")(?: (?:lom|trang) (song|dien)|"
      + " (?:chua co|khong co) (song|dien))[^:;,.\\d]{0,20}:\\s*(\\d{1,4})\\b");
  /** Small counts written as words, folded ("còn hai ấp lõm sóng", "bốn xóm"), by their value. */
  private static final List<String> WORDS = List.of("khong", "mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin",
      "muoi");
  /**
   * "Còn 03 thôn lõm sóng", "còn hai thôn (Khuổi Cáp, Nà Pàn) lõm sóng", "còn hai ấp có điểm lõm sóng": how many areas
   * are still without signal or power, in digits or in words (which {@link NumberWords} writes as digits padded with
   * spaces, "2   ấp", to keep the text's length).
   */
  private static final Pattern AREAS = Pattern.compile("\\b(\\d{1,4}|" + String.join("|", WORDS) + ")\\s+(?:" + Places.AREA
      + ")(?: \\([^()]{0,60}\\))?(?: (?:con|bi|co diem|co))?(?: thuoc)?(?: vung)? lom (song|dien)");
  /** "01 thôn (Nậm Tang) chưa có điện lưới quốc gia", "02 bản chưa có sóng": places still lacking power or signal. */
  private static final Pattern LACKING = Pattern.compile("\\b(\\d{1,4})\\s+(?:" + Places.AREA + ")(?: \\([^()]{0,60}\\))?"
      + " (?:con )?(?:chua co|khong co|chua duoc phu) (song|dien)\\b");

  /** The words naming a place: an area, or a village by any region's word. */
  private static final class Places {
    // "Làng" is a village in the Central Highlands; only here, after a count or "không còn", is it surely one.
    static final String AREA = "vung|khu vuc|diem|noi|" + Placement.VILLAGE + "|bon|lang";
  }

  /** Areas without signal ({@code signal}) or power ({@code power}): how many, where in the text, the digits written. */
  record Area(String what, int count, int at, String written) {}

  private AreaWords() {}

  static List<Area> find(String f) {
    List<Area> out = new ArrayList<>();
    Matcher none = NO_AREA.matcher(f);
    while (none.find()) {
      for (String what : new String[] {none.group(1), none.group(2)}) {
        if (what != null) {
          out.add(new Area(kind(what), 0, none.start(), ""));
        }
      }
    }
    Matcher lacking = NONE_LACKING.matcher(f);
    while (lacking.find()) {
      out.add(new Area(kind(lacking.group(1)), 0, lacking.start(), ""));
    }
    Matcher labelled = LABELLED.matcher(f);
    while (labelled.find()) {
      String what = labelled.group(1) != null ? labelled.group(1) : labelled.group(2);
      out.add(new Area(kind(what), Integer.parseInt(labelled.group(3)), labelled.start(3), labelled.group(3)));
    }
    for (Pattern p : List.of(AREAS, LACKING)) {
      Matcher some = p.matcher(f);
      while (some.find()) {
        String n = some.group(1);
        out.add(new Area(kind(some.group(2)), WORDS.contains(n) ? WORDS.indexOf(n) : Integer.parseInt(n), some.start(), n));
      }
    }
    return out;
  }

  private static String kind(String folded) {
    return folded.equals("song") ? "signal" : "power";
  }
}
