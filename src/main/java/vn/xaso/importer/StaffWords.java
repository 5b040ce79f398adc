package vn.xaso.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.xaso.model.Staffing;

/**
 * Which count of people the words next to a number name (IT staff, service-centre staff, staff
 * present, quota, labour contracts, qualifications, trained), and how IT work is staffed. Pure
 * functions of folded words, each tested alone.
 */
final class StaffWords {
  static final String IT = "cntt|cong nghe thong tin|chuyen doi so|an toan thong tin";
  static final String STAFF = "can bo|cong chuc|vien chuc|nhan luc|nhan su";
  // "Khóa học" (a course), not "khoa học, công nghệ" (science), which folds the same.
  static final String TRAINED = "tap huan|dao tao|boi duong|khoa hoc(?!,? (?:va )?cong nghe)|lop hoc";
  /** Words naming the staff who take in and handle dossiers (bộ phận một cửa, trung tâm phục vụ hành chính công). */
  static final String SERVICE_DESK = "tiep nhan|mot cua|dich vu cong|trung tam phuc vu|phuc vu hanh chinh cong"
      + "|giai quyet (?:tthc|thu tuc|ho so)|xu ly ho so";
  private static final Pattern DEDICATED = Pattern.compile("\\bchuyen trach (?:ve |cong tac |linh vuc |mang )*(?:" + IT + ")\\b"
      + "|\\b(?:can bo|cong chuc|vien chuc) (?:" + IT + ") chuyen trach\\b");
  /** Words naming the service centre or its one-stop desk. */
  private static final String CENTRE = "trung tam phuc vu|phuc vu hanh chinh cong|bo phan mot cua|bo phan tiep nhan";
  /**
   * "Trung tâm" alone, as a report names the service centre once it has named it ("Trung tâm bố trí 09 công chức tiếp
   * nhận hồ sơ", "công chức tiếp nhận hồ sơ tại Trung tâm: 09 người"); never a centre of another kind.
   */
  static final String CENTRE_SHORT = "trung tam(?! (?:y te|van hoa|chinh tri|giao duc|hoc tap|the thao|dieu hanh"
      + "|du lieu|giam sat|khuyen nong|dich vu nong nghiep|boi duong|hanh chinh))";
  private static final Pattern AS_OF = Pattern.compile("den ngay (\\d{1,2})/(\\d{1,2})/(\\d{4})");
  /** How far from a number, in characters of folded text, the words naming a narrow field may stand. */
  static final int CLOSE = 24;

  /** "03 người làm việc theo hợp đồng lao động": the people counted work on contracts, said in the words after. */
  private static final Pattern ON_CONTRACT = Pattern.compile("\\s*(?:\\p{L}+ ){0,3}theo (?:che do )?hop dong\\b");
  /** A qualification named right after a bare count ("gồm 04 thạc sĩ, 42 đại học và 04 trung cấp"). */
  private static final Pattern QUALIFICATION_AFTER = Pattern.compile("\\s*(thac si|dai hoc|cao dang|trung cap)\\b");

  private StaffWords() {}

  /**
   * The qualification a bare count is of when its name follows the count ("04 thạc sĩ, 42 đại học"), as a list of
   * the staff's qualifications writes it without a "trình độ:" label; null when the words after name none.
   */
  static String qualificationAfter(String after, String segment) {
    var m = QUALIFICATION_AFTER.matcher(after);
    return m.lookingAt() ? qualification(m.group(1), segment) : null;
  }

  /**
   * The field of {@code human_resources} a count of people is, from its words ({@code near}), the
   * words just before it ({@code closeBefore}, at most {@link #CLOSE} characters), the clause since
   * the last semicolon ({@code segment}) and the words after it up to the next count of people
   * ({@code onward}); null when they name none.
   */
  static String field(String near, String closeBefore, String closeAfter, String segment, String onward) {
    if (has(near, ASKED)) {
      // "… đề nghị bố trí thêm 01 công chức chuyên trách": people asked for are not on the staff.
      return null;
    }
    // "01 công chức văn hóa - xã hội kiêm nhiệm công nghệ thông tin": a post held beside another is IT staff too.
    if (has(near, "phu trach|chuyen trach|kiem nhiem") && has(near, IT)) {
      return "it_staff";
    } else if (trainedFor(closeBefore, segment, onward)) {
      // "01 buổi tập huấn … cho 23 công chức bộ phận một cửa": those a training was for, wherever they work.
      return "trained";
    } else if (has(near, CENTRE)) {
      return "service_centre_staff";
    } else if (has(near, "tiep nhan") && has(segment, CENTRE)) {
      // "Trung tâm … có 10 công chức, trong đó 06 công chức trực tiếp tiếp nhận hồ sơ": those receiving dossiers there.
      return "service_centre_staff";
    } else if (has(near, "tiep nhan") && has(segment + " " + near, CENTRE_SHORT)) {
      // The centre named short, with the staff receiving dossiers beside the count.
      return "service_centre_staff";
    } else if (has(near, "co mat") || has(closeBefore, "hien co") && !closeAfter.strip().startsWith("bien che")
        && !has(near + " " + onward, TRAINED + "|" + IT)) {
      // "Hiện có: 44 người/biên chế giao 49": the count said present before the quota named after it.
      return "staff_present";
    } else if (has(near, "bien che") && !has(near, "ngoai bien che") && !has(closeBefore, "thieu")) {
      // "Ngoài biên chế có 05 hợp đồng": those outside the quota are no count of it; "(thiếu 02 biên chế)" is posts
      // unfilled, no quota.
      return "staff_quota";
    } else if (has(closeBefore, "hop dong") || has(closeAfter, "hop dong") || ON_CONTRACT.matcher(onward).lookingAt()) {
      // Only when "hợp đồng" names the people counted ("06 hợp đồng lao động", "hợp đồng: 06"), never a
      // contract the sentence mentions elsewhere (with the Post Office, a supplier).
      return "labour_contracts";
    } else if (has(near, "hien co") && !has(near + " " + onward, TRAINED + "|" + IT)) {
      return "staff_present";
    }
    String q = qualification(near, segment);
    if (q != null) {
      return q;
    }
    return has(near, TRAINED) || has(onward, TRAINED) || trainedFor(closeBefore, segment, onward) ? "trained" : null;
  }

  /** Whether the words after a count of the centre's staff give its part that receives dossiers ("trong đó 06 … tiếp nhận"). */
  static boolean receivingPartAfter(String after) {
    return has(after, "trong do|trong so do") && has(after, "tiep nhan") && after.matches("(?s).*\\btrong (?:so )?do\\b.*\\d.*");
  }

  /** "Tổ chức 04 lớp tập huấn … cho 186 cán bộ", "Tập huấn: 02 lớp, 96 người tham gia": those a training was for. */
  private static final Pattern FOR = Pattern.compile("\\bcho\\s*$");

  /** "… 96 người tham gia", "… với 68 cán bộ, công chức tham gia": those taking part, the staff's names between. */
  private static final java.util.regex.Pattern TAKING_PART = java.util.regex.Pattern.compile("(?:\\s*,?\\s*(?:can bo|cong chuc"
      + "|vien chuc|cbcc\\w*|nguoi))*\\s*(?:da )?tham gia\\b");

  static boolean trainedFor(String closeBefore, String segment, String onward) {
    // Citizens named in a closed bracket are that bracket's part ("03 lớp (…, 01 lớp … cho người dân) với 68 cán bộ, công
    // chức tham gia"), not those counted after it.
    return has(segment, TRAINED) && (FOR.matcher(closeBefore).find() || TAKING_PART.matcher(onward).lookingAt())
        && !has(segment.replaceAll("\\([^()]*\\)", " "), NOT_STAFF);
  }

  /**
   * "71/75 biên chế", "49/54 (có mặt/biên chế được giao)": staff present of the quota, when the words after the
   * fraction name the quota and its clause names staff and no training. Under the human resources heading the
   * staff need no naming ("Tính đến ngày 30/11/2025, phường có 61/64 biên chế").
   */
  static boolean presentOfQuota(String closeAfter, String clause, boolean staffPart) {
    return has(closeAfter, "bien che") && !has(closeAfter, "ngoai bien che") && (staffPart || has(clause, STAFF))
        && !has(clause, TRAINED);
  }

  /** "Có mặt" just before a pair ("CBCC có mặt: 37/42", "Biên chế có mặt 58/61"): those present of the quota. */
  private static final Pattern PRESENT_JUST_BEFORE = Pattern.compile("\\bco mat\\s*:?\\s*$");

  /**
   * "CBCC có mặt: 37/42", "Biên chế có mặt 58/61 (tính đến ngày 01/12/2025)": a pair said right after "có mặt" is staff
   * present of the quota, when its clause names the staff (cán bộ, công chức, their "CBCC", biên chế) or stands under
   * the human resources heading, and no training.
   */
  static boolean presentBefore(String closeBefore, String clause, boolean staffPart) {
    return PRESENT_JUST_BEFORE.matcher(closeBefore).find() && (staffPart || has(clause, STAFF + "|cbcc|bien che"))
        && !has(clause, TRAINED);
  }

  /** The date of "(tính đến ngày 30/9/2025)" in a count's clause: the staff count's own date. */
  static Matcher asOf(String clause) {
    return AS_OF.matcher(clause);
  }

  private static final String LEVEL = "(?:thac si|tien si|dai hoc|cao dang|trung cap|so cap)";
  /** Two levels named together for one count ("cao đẳng và trung cấp", "đại học, cao đẳng", "thạc sĩ/tiến sĩ"). */
  private static final Pattern JOINED_LEVELS = Pattern.compile("\\b" + LEVEL + "\\s*(?:va|hoac|,|/|\\+|-)\\s*" + LEVEL + "\\b");

  /** The qualification {@code near} names; {@code segment}, the clause since the last semicolon, says if it is political. */
  static String qualification(String near, String segment) {
    if (JOINED_LEVELS.matcher(near).find()) {
      // "cao đẳng và trung cấp 05": two levels counted together are neither level's count.
      return null;
    }
    if (has(near, "thac si")) {
      return "qualifications.masters";
    } else if (has(near, "dai hoc")) {
      return "qualifications.university";
    } else if (has(near, "cao dang")) {
      return "qualifications.college";
    } else if (has(near, "cao cap") && has(segment, "chinh tri")) {
      return "qualifications.political_advanced";
    } else if (has(near, "trung cap")) {
      return has(segment, "chinh tri") ? "qualifications.political_intermediate" : "qualifications.intermediate";
    }
    return null;
  }

  /**
   * How IT work is staffed, when a sentence about IT staff says: "kiêm nhiệm" is part-time;
   * "chuyên trách (công tác) CNTT / chuyển đổi số" is dedicated, unless the sentence says such
   * staff are lacking or asks for them; null otherwise.
   */
  static Staffing staffing(String f) {
    if (!has(f, IT) || !has(f, STAFF) || has(f, "de nghi|de xuat|kien nghi")) {
      return null;
    }
    if (has(f, "kiem nhiem")) {
      return Staffing.PART_TIME;
    } else if (DEDICATED.matcher(f).find() && !has(f, "thieu|chua co|khong co|chua bo tri|mong")) {
      return Staffing.DEDICATED;
    }
    return null;
  }

  /**
   * "Chưa có công chức chuyên trách công nghệ thông tin; giao 01 công chức Văn phòng - Thống kê kiêm nhiệm": a count of
   * staff holding a post beside their own ({@code near} says "kiêm nhiệm"), the post named earlier in the sentence
   * ({@code before}), not asked for.
   */
  static boolean itPostHeldBeside(String near, String before) {
    return has(near, "kiem nhiem") && !has(near, ASKED) && has(before, IT);
  }

  /** Words asking for more people: those asked for are none of the staff's counts. */
  private static final String ASKED = "de nghi|kien nghi|de xuat|bo tri them|bo sung them|tuyen dung them|tuyen them";

  /** Others counted with the staff ("cán bộ, công chức và thành viên Tổ công nghệ số"). */
  private static final String NOT_STAFF = "thanh vien|nguoi dan|hoi vien|doan vien|nhan dan|hoc sinh";
  private static boolean has(String text, String regex) {
    return Vocabulary.has(text, regex);
  }
}
