package vn.xaso.evidence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words a report uses for each part and field of the model, declared once: the site and
 * {@code validate} search a kept text with them before saying a report does not state something.
 * Keys are field paths with the block of an infrastructure path written {@code *}
 * ({@code infrastructure.*.hardware.scanners}) and list indexes left out; words are written folded
 * (lower case, no marks, đ as d, see {@link TextMatch#fold}), as patterns matched at word bounds,
 * so "thu tuc hanh chinh" finds "Thủ tục hành chính" and an OCR copy that lost its marks.
 *
 * <p>A part or field with no words here is never said to be absent from a kept text: the site
 * says it is not recorded here. Words are kept specific ("may scan", not "may"): a word found
 * makes the site quote the line, and a quote that is not about the field would mislead.
 */
public final class Vocabulary {
  private static final Map<String, List<String>> WORDS = new LinkedHashMap<>();

  static {
    // Parts of the report, as the common outline names them.
    words("procedures", "thu tuc hanh chinh", "tthc");
    words("dossiers", "ho so");
    words("infrastructure", "ha tang", "may tinh", "phan mem");
    words("human_resources", "nguon nhan luc", "tap huan", "boi duong");
    words("finance", "tai chinh", "kinh phi", "ngan sach", "nguon von");
    words("follow_ups", "(?:trien khai|thuc hien) ket luan so \\d+");
    words("assessment", "nhan xet", "uu diem", "han che");
    words("difficulties", "kho khan", "vuong mac");
    words("proposals", "de xuat", "kien nghi");
    // Procedures.
    words("procedures.total", "tong so (?:thu tuc|tthc)", "tthc co day du quy trinh", "bo thu tuc");
    words("procedures.fields", "\\d+ linh vuc");
    words("procedures.full_online", "toan trinh");
    words("procedures.partial_online", "mot phan");
    words("procedures.not_online", "chua cung cap (?:dvctt|dich vu cong)", "khong cung cap (?:dvctt|dich vu cong)");
    words("procedures.listed_pct", "niem yet", "nien yet");
    words("procedures.with_dossiers", "phat sinh");
    words("procedures.with_dossiers.full_online_pct", "ty le[^.;]{0,80}toan trinh");
    words("procedures.with_dossiers.partial_online_pct", "ty le[^.;]{0,80}mot phan");
    // Dossiers.
    words("dossiers.received", "(?:ho so|hs) tiep nhan", "tiep nhan[^.;]{0,20}(?:ho so|hs)", "tong so ho so");
    words("dossiers.carried_over", "ky truoc chuyen sang", "ton (?:tu )?ky truoc");
    words("dossiers.to_handle", "ho so (?:phai|can) giai quyet");
    words("dossiers.resolved", "da giai quyet");
    words("dossiers.on_time", "dung han");
    words("dossiers.early", "truoc han");
    words("dossiers.overdue", "qua han");
    words("dossiers.withdrawn", "xin rut", "rut ho so");
    words("dossiers.rejected", "tu choi");
    words("dossiers.in_progress", "(?<!han\\x20)dang (?:giai quyet|xu ly)");
    words("dossiers.overdue_in_progress", "qua han dang xu ly");
    words("dossiers.overdue_in_progress_cumulative", "luy ke");
    words("dossiers.late_received", "cham (?:duoc )?tiep nhan");
    words("dossiers.digitised", "so hoa ho so", "ho so[^.;]{0,40}so hoa");
    words("dossiers.digitised_pct", "so hoa ho so", "ho so[^.;]{0,40}so hoa");
    words("dossiers.received_online", "(?:nop|tiep nhan|ho so) truc tuyen");
    words("dossiers.received_in_person", "(?:nop|tiep nhan|ho so) truc tiep");
    words("dossiers.online_pct", "ty le ho so[^.;]{0,60}truc tuyen");
    words("dossiers.in_person_pct", "ty le ho so[^.;]{0,60}truc tiep");
    // Infrastructure, block by block.
    words("infrastructure.party", "\\d\\.\\d+\\.? khoi dang", "khoi dang[^.;]{0,40}(?:phan mem|may tinh|ha tang)");
    words("infrastructure.government", "\\d\\.\\d+\\.? khoi chinh quyen", "ubnd xa dang su dung");
    words("infrastructure.council", "\\d\\.\\d+\\.? hoi dong nhan dan", "(?:hdnd|hoi dong nhan dan)[^.;]{0,40}(?:phan mem|may tinh|ha tang)");
    words("infrastructure.front", "\\d\\.\\d+\\.? mat tran to quoc", "(?:mttq|mat tran to quoc)[^.;]{0,40}(?:phan mem|may tinh|ha tang)");
    words("infrastructure.*.software", "phan mem");
    words("infrastructure.*.databases", "co so du lieu");
    words("infrastructure.*.digitised_pct", "van ban[^.;]{0,60}so hoa", "so hoa \\d+");
    words("infrastructure.*.hardware", "phan cung", "may tinh");
    words("infrastructure.*.hardware.computers", "may tinh");
    words("infrastructure.*.hardware.adequate", "may (?:tinh )?dap ung");
    words("infrastructure.*.hardware.inadequate", "may (?:tinh )?(?:chua|khong) dap ung");
    words("infrastructure.*.hardware.party_wan_computers", "mang dien rong");
    words("infrastructure.*.hardware.classified_computers", "may tinh mat", "may mat");
    words("infrastructure.*.hardware.anti_malware", "ma doc", "virus", "vi rut");
    words("infrastructure.*.hardware.networked_pct", "ket noi mang", "noi mang");
    words("infrastructure.*.hardware.scanners", "may scan", "may quet");
    words("infrastructure.*.hardware.printers", "may in");
    words("infrastructure.*.hardware.internet_lines", "duong truyen");
    words("infrastructure.*.connectivity", "lien thong \\d+", "phu song", "lom song");
    words("infrastructure.*.connectivity.linked_pct", "lien thong \\d+");
    words("infrastructure.*.connectivity.coverage_pct", "phu song");
    words("infrastructure.*.connectivity.areas_without_signal", "lom song");
    words("infrastructure.*.connectivity.areas_without_power", "lom dien");
    // Human resources.
    words("human_resources.staff_quota", "bien che");
    words("human_resources.staff_present", "hien co[^.;]{0,40}(?:can bo|cong chuc)", "tong so can bo");
    words("human_resources.labour_contracts", "hop dong lao dong");
    words("human_resources.service_centre_staff", "trung tam phuc vu hanh chinh cong[^.;]{0,80}(?:can bo|cong chuc)");
    words("human_resources.qualifications", "trinh do", "thac si", "dai hoc", "cao dang", "trung cap", "ly luan chinh tri");
    words("human_resources.trained", "tap huan", "dao tao", "boi duong");
    words("human_resources.trained_pct", "tap huan[^.;]{0,80}%");
    words("human_resources.public_service_staff_trained_pct", "dich vu cong[^.;]{0,80}tap huan");
    words("human_resources.training_sessions", "\\d+ (?:cuoc|lop)");
    words("human_resources.it_staff", "chuyen trach[^.;]{0,40}(?:cntt|cong nghe thong tin)");
    words("human_resources.it_staffing", "chuyen trach[^.;]{0,40}(?:cntt|cong nghe thong tin)");
    words("human_resources.community_teams", "to cong nghe so", "to cong cong nghe so");
    words("human_resources.community_teams.villages_covered", "to (?:cong )?cong nghe so[^.;]{0,60}(?:thon|to dan pho)");
    words("human_resources.community_teams.villages_total", "(?:tong so|tat ca)[^.;]{0,20}(?:thon|to dan pho)");
    words("human_resources.community_teams.teams", "\\d+ to cong nghe so");
    // Finance.
    words("finance.estimated_need_vnd", "nhu cau kinh phi", "du toan");
    words("finance.allocated_vnd", "bo tri kinh phi", "cap kinh phi", "phan bo");
  }

  private Vocabulary() {}

  private static void words(String path, String... patterns) {
    WORDS.put(path, List.of(patterns));
  }

  /** The words of a field path ({@code infrastructure.party.hardware.scanners}); empty when none are declared. */
  public static List<Pattern> of(String path) {
    String key = general(path);
    List<String> words = WORDS.getOrDefault(key, List.of());
    return words.stream().map(w -> Pattern.compile("(?<![\\p{L}\\p{N}])" + w.replace(" ", "\\s+") + "(?![\\p{L}\\p{N}])"))
        .toList();
  }

  /** The path as the vocabulary keys it: list indexes dropped, an infrastructure block written {@code *}. */
  static String general(String path) {
    String p = path.replaceAll("\\[\\d+\\]", "");
    if (p.startsWith("infrastructure.")) {
      String[] parts = p.split("\\.", 3);
      if (parts.length == 3) {
        return "infrastructure.*." + parts[2];
      }
    }
    return p;
  }

  /** The words of a block's heading in the text ("2.3. Hội đồng nhân dân"), or null for no block. */
  static Pattern heading(String block) {
    String words = switch (block) {
      case "party" -> "khoi dang";
      case "government" -> "khoi chinh quyen|chinh quyen|ubnd";
      case "council" -> "hoi dong nhan dan|hdnd";
      case "front" -> "mat tran to quoc|mttq";
      default -> null;
    };
    // A numbered sub-heading that starts with the block's name: "2.3. Hội đồng nhân dân".
    return words == null ? null
        : Pattern.compile("^\\s*\\d{1,2}\\.\\d{1,2}\\.?\\s+(?:khoi\\s+)?(?:" + words + ")(?![\\p{L}])");
  }

  /** Every path the vocabulary declares, for the docs and tests. */
  public static List<String> paths() {
    return List.copyOf(WORDS.keySet());
  }
}
