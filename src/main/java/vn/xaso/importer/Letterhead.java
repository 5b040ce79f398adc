package vn.xaso.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.xaso.model.BlankPart;
import vn.xaso.model.Block;

/**
 * What the letterhead and the signature say: the commune named most often, the report's number
 * and date (or that the signed original leaves them blank), the last digital signature, and the
 * signer's role, name and from the role the issuing block (T/M Ban Thường vụ … Bí thư: Party).
 */
final class Letterhead {
  private static final Pattern TIMESTAMP = Pattern.compile("\\b(20\\d\\d-\\d\\d-\\d\\d)T\\d\\d:\\d\\d");
  private static final Pattern HEADER_DATE = Pattern.compile("ngay\\s+(\\d{1,2})\\s+thang\\s+(\\d{1,2})\\s+nam\\s+(\\d{4})");
  // A signed original printed with its number or day left blank: "Số:      /BC-UBND", "ngày … tháng 10 năm 2025".
  private static final Pattern BLANK_NUMBER = Pattern.compile("\\bso\\s*:[\\s.…_]*/\\s*bc");
  private static final Pattern BLANK_DATE = Pattern.compile("\\bngay[\\s.…_]+thang[\\s.…_\\d]*nam\\s+\\d{4}");
  private static final Pattern HEADER_NUMBER = Pattern.compile(
      "(?im)(?:\\bs\\S{0,2}[ \\t]*:|^[ \\t]*s\\S{0,2}[ \\t])[ \\t]*(\\d+\\s*[/-]\\s*BC[-\\p{L}Đ/]*)");
  // Words of a name are one space apart: more spaces part the letterhead's columns ("XÃ AN PHÚ      Độc lập").
  // OCR may close the gap to one space ("XA DONG TIEN Doc lap"): the motto's "Độc lập", however misread, ends the name.
  // A ward ("PHƯỜNG HIỆP BÌNH TÂY") is a commune-level unit as well: its name is the slug alike. Marks stripped,
  // "phương hướng" (the tasks ahead) reads the same: never a ward.
  private static final Pattern COMMUNE = Pattern.compile("\\b(?:xa|Xa|XA|(?:phuong|Phuong|PHUONG)(?!\\s+(?:huong|Huong|HUONG)\\b))\\s+((?:\\p{Lu}\\p{L}*)(?: (?![Dd]\\p{L}{1,2}[cC]\\s+[Ll]\\p{L}{1,2}[pP]\\b)\\p{Lu}\\p{L}*){0,2})");
  /** The national motto's "Xã hội chủ nghĩa", on the letterhead of every state document: not a commune. */
  private static final Pattern MOTTO = Pattern.compile("(?i)^hoi(?: chu(?: nghia)?)?$");
  private static final Pattern NAME = Pattern.compile("^\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){1,4}$");
  private static final Pattern SIGN_OFF = Pattern.compile("^(t/m|tm\\.|t\\.m|kt\\.|tl\\.|tuq\\.)");
  /** Columns of a line are parted by more spaces than words are (a tab counts as a gap too). */
  private static final Pattern COLUMN_GAP = Pattern.compile("(?: {4,}|\\t)\\s*");
  /** The letterhead is read from the text's start only. */
  static final int HEAD = 1500;

  private Letterhead() {}

  static void commune(String raw, Findings found) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Integer> at = new HashMap<>();
    // Line by line: a name never runs on into the next line of a letterhead ("XÃ HÙNG THẮNG" / "Số: …").
    int offset = 0;
    for (String line : raw.split("\n", -1)) {
      Matcher m = COMMUNE.matcher(Normal.strip(line));
      while (m.find()) {
        if (MOTTO.matcher(Normal.fold(m.group(1)).trim()).matches()) {
          continue;
        }
        String slug = Normal.fold(m.group(1)).trim().replaceAll("\\s+", "-");
        counts.merge(slug, 1, Integer::sum);
        at.putIfAbsent(slug, offset + m.start());
      }
      offset += line.length() + 1;
    }
    counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .ifPresent(e -> found.add("commune", e.getKey(), Extractor.line(raw, at.get(e.getKey())), null));
  }

  static void header(String raw, Findings found) {
    String head = raw.length() > HEAD ? raw.substring(0, HEAD) : raw;
    Matcher n = HEADER_NUMBER.matcher(head);
    if (n.find()) {
      found.add("source.number", Documents.restore(n.group(1).replaceAll("\\s+", "")), Extractor.line(head, n.start()),
          Evidence.ofLine(raw, n.start()));
    }
    String folded = Normal.fold(head);
    Matcher d = HEADER_DATE.matcher(folded);
    if (d.find()) {
      Extractor.date(d.group(1), d.group(2), d.group(3))
          .ifPresent(v -> found.add("source.date", v, Extractor.line(head, d.start()), Evidence.ofLine(raw, d.start())));
    }
    leftBlank(head, folded, found, n.find(0) ? null : BLANK_NUMBER.matcher(folded),
        d.find(0) ? null : BLANK_DATE.matcher(folded));
    Matcher t = TIMESTAMP.matcher(raw);
    LocalDate last = null;
    String quote = null;
    while (t.find()) {
      LocalDate v = LocalDate.parse(t.group(1));
      if (last == null || v.isAfter(last)) {
        last = v;
        quote = "chữ ký số / digital signature " + t.group();
      }
    }
    if (last != null) {
      found.add("source.signed_on", last, quote);
    }
  }

  /**
   * The number or day the signed original leaves blank, so the draft records them as such instead of
   * drawing "no number" and "no date" warnings forever. A matcher is null where the part was found.
   */
  private static void leftBlank(String head, String folded, Findings found, Matcher number, Matcher date) {
    List<BlankPart> blank = new ArrayList<>();
    List<String> quotes = new ArrayList<>();
    if (number != null && number.find()) {
      blank.add(BlankPart.NUMBER);
      quotes.add(Extractor.line(head, number.start()));
    }
    if (date != null && date.find()) {
      blank.add(BlankPart.DATE);
      quotes.add(Extractor.line(head, date.start()));
    }
    if (!blank.isEmpty()) {
      found.add("source.left_blank", List.copyOf(blank), String.join(" / ", quotes));
    }
  }

  /**
   * The issuing block as the letterhead names it, in its left column above the title: the lowest
   * body named ("ĐẢNG BỘ TỈNH …" over "ĐẢNG ỦY XÃ …" is the commune's Party Committee). Found with
   * the signature's block, the two agree or both go to the draft to pick from.
   */
  static void issuer(String raw, Findings found) {
    String[] lines = raw.split("\n", 40);
    Block block = null;
    int at = -1;
    int offset = 0;
    int seen = 0;
    for (int i = 0; i < lines.length && seen < 8; i++) {
      String left = lines[i].strip().split("\\s{3,}")[0];
      String f = Normal.fold(left);
      if (f.startsWith("bao cao")) {
        break;
      }
      if (!f.isBlank()) {
        seen++;
        // A letterhead's lines are short and in capitals; a sentence is not one.
        boolean capitals = left.length() <= 60 && left.equals(left.toUpperCase(java.util.Locale.ROOT));
        Block b = capitals ? blockOf(f) : null;
        if (b != null) {
          block = b;
          at = offset + lines[i].indexOf(left);
        }
      }
      offset += lines[i].length() + 1;
    }
    if (block != null) {
      found.add("source.issuer_block", block, Extractor.line(raw, at));
      issuerName(raw, at, block, found);
    }
  }

  /** "XÃ AN PHÚ" in the letterhead's capitals: the commune's name as the body's line or the next one writes it. */
  private static final Pattern BODY_COMMUNE = Pattern.compile("\\bX[ÃA]\\s+(\\p{Lu}+(?: \\p{Lu}+){0,3})(?=[^\\p{L}]*$)");

  /**
   * The issuing body's name, drafted from the letterhead's lowest body and the commune it names on
   * that line or the next ("ỦY BAN NHÂN DÂN" / "XÃ AN PHÚ" is "UBND xã An Phú", "An Phú commune
   * People's Committee"), in the forms the transcriptions use. Nothing when no commune is named.
   */
  private static void issuerName(String raw, int at, Block block, Findings found) {
    int start = raw.lastIndexOf('\n', at) + 1;
    String[] next = raw.substring(start).split("\n", 6);
    for (int i = 0; i < next.length - 1 && i < 4; i++) {
      String left = next[i].strip().split("\\s{3,}")[0];
      if (left.isEmpty()) {
        continue;
      }
      Matcher m = BODY_COMMUNE.matcher(left);
      if (m.find()) {
        String name = title(m.group(1));
        String quote = Extractor.line(raw, start);
        found.add("source.issuer.vi", switch (block) {
          case PARTY -> "Đảng ủy xã " + name;
          case COUNCIL -> "HĐND xã " + name;
          case FRONT -> "Ủy ban MTTQ Việt Nam xã " + name;
          default -> "UBND xã " + name;
        }, quote);
        found.add("source.issuer.en", switch (block) {
          case PARTY -> "Party Committee of " + name + " commune";
          case COUNCIL -> name + " commune People's Council";
          case FRONT -> name + " commune Fatherland Front Committee";
          default -> name + " commune People's Committee";
        }, quote);
        return;
      }
      if (i > 0) {
        return; // the name stands on the body's line or the one under it, never further down
      }
    }
  }

  /** "AN PHÚ" → "An Phú". */
  private static String title(String capitals) {
    StringBuilder out = new StringBuilder();
    for (String w : capitals.toLowerCase(java.util.Locale.ROOT).split(" ")) {
      out.append(out.length() > 0 ? " " : "").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return out.toString();
  }

  private static Block blockOf(String f) {
    // The joint office of the council and the committee ("Văn phòng HĐND và UBND") is one of the committee's
    // offices: the government's, though it names the council first.
    if (Vocabulary.has(f, "van phong") && Vocabulary.has(f, "uy ban nhan dan|ubnd")) {
      return Block.GOVERNMENT;
    }
    if (Vocabulary.has(f, "hoi dong nhan dan|hdnd")) {
      return Block.COUNCIL;
    }
    if (Vocabulary.has(f, "mat tran to quoc|mttq")) {
      return Block.FRONT;
    }
    if (Vocabulary.has(f, "dang uy|ban chap hanh dang bo|dang bo") && !f.contains("cong san")) {
      return Block.PARTY;
    }
    if (Vocabulary.has(f, "uy ban nhan dan|ubnd")) {
      return Block.GOVERNMENT;
    }
    return null;
  }

  /** The signature block: the signer's role, name and, from the role, the issuing block. */
  static Block signature(String raw, Findings found) {
    String[] lines = raw.split("\\R");
    int at = -1;
    for (int i = 0; i < lines.length; i++) {
      if (SIGN_OFF.matcher(Normal.fold(rightColumn(lines[i]))).find()) {
        at = i;
      }
    }
    if (at < 0) {
      signedByRoleAlone(lines, found);
      return null;
    }
    List<String> role = new ArrayList<>();
    int i = at;
    for (; i < lines.length && role.size() < 2; i++) {
      String l = rightColumn(lines[i]);
      if (!l.isEmpty()) {
        role.add(l);
      }
    }
    String quote = String.join(" / ", role);
    // Read without the Vietnamese data, a name spelt as no Vietnamese name is ("Neng Van Thach") is left for a person.
    boolean latin = OcrVowels.latin(raw);
    for (; i < lines.length; i++) {
      String l = rightColumn(lines[i]);
      if (NAME.matcher(l).matches()) {
        if (!latin || !OcrVowels.misreadName(l)) {
          found.add("source.signer_name", l, quote + " / " + l);
        }
        break;
      }
    }
    String r = Normal.fold(String.join(" ", role));
    Block b = null;
    // "Phó Bí thư Thường trực" is the Party's: its "thường trực" is no council's standing committee.
    if (Vocabulary.has(r, "bi thu|ban thuong vu|dang uy|ban chap hanh")) {
      b = Block.PARTY;
    } else if (Vocabulary.has(r, "hoi dong nhan dan|hdnd|thuong truc")) {
      b = Block.COUNCIL;
    } else if (Vocabulary.has(r, "mat tran|mttq")) {
      b = Block.FRONT;
    } else if (Vocabulary.has(r, "uy ban nhan dan|ubnd|chu tich")) {
      b = Block.GOVERNMENT;
    }
    if (b != null) {
      found.add("source.issuer_block", b, quote);
    }
    return b;
  }

  /** A signer's role written alone in capitals, without "TM."/"KT." before it ("CHỦ TỊCH", "GIÁM ĐỐC"). */
  private static final Pattern ROLE_ALONE = Pattern.compile("(?:pho )?(?:chu tich|giam doc|bi thu|truong ban|chanh van phong)");

  /**
   * The signer's name under a role signed in its own right ("Nơi nhận:      CHỦ TỊCH" … "Đỗ Minh Khang"): the head
   * of the body signs with no "TM." before the role. Only the name is drafted; the role alone does not say which body.
   */
  private static void signedByRoleAlone(String[] lines, Findings found) {
    int at = -1;
    for (int i = 0; i < lines.length; i++) {
      String l = rightColumn(lines[i]);
      if (!l.isEmpty() && l.equals(l.toUpperCase(java.util.Locale.ROOT)) && ROLE_ALONE.matcher(Normal.fold(l)).matches()) {
        at = i;
      }
    }
    for (int i = at + 1; at >= 0 && i < lines.length && i <= at + 12; i++) {
      String l = rightColumn(lines[i]);
      if (NAME.matcher(l).matches()) {
        if (!OcrVowels.latin(String.join("\n", lines)) || !OcrVowels.misreadName(l)) {
          found.add("source.signer_name", l, rightColumn(lines[at]) + " / " + l);
        }
        return;
      }
    }
  }

  /**
   * The right column of a signature line: the signer's role and name stand to the right of the
   * "Nơi nhận" list on the same lines, parted from it by a run of spaces ("- Lưu VT.      Nguyễn Văn A").
   */
  static String rightColumn(String line) {
    String l = line.strip();
    Matcher label = RECEIVERS.matcher(Normal.fold(l));
    if (label.lookingAt()) {
      // "Nơi nhận: TM. ỦY BAN NHÂN DÂN" read by OCR as one column: the sign-off follows the list's label.
      l = l.substring(label.end()).strip();
    }
    Matcher gap = COLUMN_GAP.matcher(l);
    int from = 0;
    while (gap.find()) {
      from = gap.end();
    }
    if (from == 0 && l.startsWith("-")) {
      // OCR may close the gap to one space ("- Lưu VT. Nguyễn Văn A"): the column starts after the item's stop.
      Matcher stop = ITEM_STOP.matcher(l);
      while (stop.find()) {
        from = stop.end();
      }
    }
    return l.substring(from);
  }

  /** The label of the list of receivers, "Nơi nhận:". */
  private static final Pattern RECEIVERS = Pattern.compile("noi nhan\\s*:");
  /** Where an item of the "Nơi nhận" list ends: its full stop or comma. */
  private static final Pattern ITEM_STOP = Pattern.compile("[.,;]\\s+(?=\\p{Lu})");

  /** The latest year a full date of the text names: the report's year, for day ranges without one. */
  static int year(String raw) {
    Matcher m = Pattern.compile("\\b\\d{1,2}/\\d{1,2}/((?:19|20)\\d\\d)\\b").matcher(raw);
    int max = 0;
    while (m.find()) {
      max = Math.max(max, Integer.parseInt(m.group(1)));
    }
    return max;
  }
}
