package vn.xaso.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.xaso.build.Check;
import vn.xaso.problem.Problem;
import vn.xaso.testing.TinyProject;

/**
 * The corpus of bad report files in src/test/resources/bad/, each named for the mistake it shows.
 * Each is placed as data/hai-phong/hung-thang/2025-12.yaml and must give exactly the stated
 * problem: location, severity, code, field, and the Vietnamese and English messages.
 */
class BadFilesTest {
  private static final String FILE = "data/hai-phong/hung-thang/2025-12.yaml";

  @TempDir Path dir;

  static Stream<Arguments> corpus() {
    return Stream.of(
        bad("overdue-greater-than-resolved", "16:3: error[exceeds] dossiers.on_time: Hồ sơ đúng hạn + hồ sơ quá hạn (230) lớn hơn hồ sơ đã giải quyết (223).",
            "Dossiers on time + overdue dossiers (230) exceeds resolved dossiers (223)."),
        bad("resolved-greater-than-received", "16:3: error[exceeds] dossiers.resolved: Hồ sơ đã giải quyết (250) lớn hơn hồ sơ tiếp nhận + hồ sơ kỳ trước chuyển sang (249).",
            "Resolved dossiers (250) exceeds dossiers received + dossiers carried over (249)."),
        bad("to-handle-not-received-plus-carried-over", "16:3: error[sum-mismatch] dossiers.to_handle: Tổng 250 khác hồ sơ tiếp nhận + hồ sơ kỳ trước chuyển sang = 249.",
            "Total 250 differs from dossiers received + dossiers carried over = 249."),
        bad("online-plus-in-person-over-received", "15:3: error[exceeds] dossiers.received_online: Hồ sơ trực tuyến + hồ sơ trực tiếp (240) lớn hơn hồ sơ tiếp nhận (239).",
            "Dossiers received online + dossiers received in person (240) exceeds dossiers received (239)."),
        bad("procedures-sum-mismatch", "14:3: error[sum-mismatch] procedures.total: Tổng 378 khác TTHC toàn trình + TTHC một phần + TTHC chưa trực tuyến = 379.",
            "Total 378 differs from fully online procedures + partly online procedures + procedures not online = 379."),
        bad("adequate-plus-inadequate-over-computers", "17:7: error[exceeds] infrastructure.government.hardware.adequate: Máy đáp ứng + máy chưa đáp ứng (50) lớn hơn tổng số máy tính (43).",
            "Adequate computers + inadequate computers (50) exceeds computers (43)."),
        bad("anti-malware-over-computers", "17:7: error[exceeds] infrastructure.party.hardware.anti_malware: Máy tính cài phần mềm chống mã độc (22) lớn hơn tổng số máy tính (21).",
            "Computers with anti-malware software (22) exceeds computers (21)."),
        bad("villages-covered-over-total", "15:5: error[exceeds] human_resources.community_teams.villages_covered: Số thôn có Tổ công nghệ số cộng đồng (21) lớn hơn tổng số thôn của xã (20).",
            "Villages with a community digital-technology team (21) exceeds villages in the commune (20)."),
        bad("period-end-before-start", "3:3: error[period-order] period.start: Ngày bắt đầu 01/01/2026 sau ngày kết thúc 31/12/2025.",
            "Start 1 Jan 2026 is after end 31 Dec 2025."),
        bad("period-start-without-end", "2:1: error[period-shape] period: Kỳ báo cáo cần start và end, hoặc chỉ as_of (kèm since khi báo cáo nêu số"
            + " lũy kế từ ngày nào).",
            "A period needs start and end, or as_of alone (with since when the report says what day its counts are"
            + " cumulative from)."),
        bad("file-name-not-the-period", "2:1: error[path-mismatch] period: Kỳ báo cáo là 2025-11 nhưng đường dẫn cho 2025-12.",
            "The period is 2025-11 but the path says 2025-12."),
        bad("wrong-commune-slug", "1:1: error[path-mismatch] commune: Mã xã là hung-thangg nhưng đường dẫn cho hung-thang.",
            "Commune slug is hung-thangg but the path says hung-thang."),
        bad("unknown-field-typo", "14:3: error[unknown-field] dossiers.recieved: Trường không có trong mẫu: recieved. Có phải ý bạn là received?",
            "Unknown field recieved. Did you mean received?"),
        bad("duplicate-key", "16:3: error[duplicate-key] dossiers.received: Trường received bị lặp (lần đầu ở dòng 14).",
            "Key received appears twice (first at line 14)."),
        bad("boolean-like-no", "13:16: error[boolean-like] source.signer_name: no không có ngoặc kép sẽ bị nhiều công cụ YAML đọc thành đúng/sai.",
            "Unquoted no is read as true/false by many YAML tools."),
        bad("leading-zero-count", "14:10: error[leading-zero] procedures.total: Số 0378 có số 0 ở đầu; nhiều công cụ YAML đọc sai.",
            "Number 0378 has a leading zero; YAML tools misread it."),
        bad("underscore-in-number", "14:13: error[not-integer] dossiers.received: 1_000 không phải số nguyên không âm.",
            "1_000 is not a non-negative whole number."),
        bad("infinite-number", "14:10: error[not-integer] procedures.total: .inf không phải số nguyên không âm.",
            ".inf is not a non-negative whole number."),
        bad("negative-count", "14:13: error[negative] dossiers.rejected: Số lượng không được âm: -2.",
            "A count cannot be negative: -2."),
        bad("comma-decimal", "14:15: error[not-number] dossiers.online_pct: 80,05 không phải số.",
            "80,05 is not a number."),
        bad("percent-over-100", "14:15: error[percent-range] dossiers.online_pct: Tỷ lệ 180.05 nằm ngoài 0–100.",
            "Percentage 180.05 is outside 0–100."),
        bad("date-in-dd-mm-yyyy", "10:9: error[bad-date] source.date: Ngày 31/12/2025 không đúng dạng YYYY-MM-DD.",
            "Date 31/12/2025 is not in YYYY-MM-DD form."),
        bad("missing-source", "1:1: error[missing-field] source: Thiếu trường bắt buộc source.",
            "Required field source is missing."),
        bad("bad-enum", "8:17: error[bad-enum] source.issuer_block: Giá trị UBND không hợp lệ.",
            "Value UBND is not allowed."),
        bad("object-where-a-list-is-expected", "14:3: error[wrong-shape] documents: Cần một danh sách (các dòng bắt đầu bằng -), nhưng có một nhóm trường.",
            "Expected a list (lines starting with -), found an object."),
        bad("alias", "15:15: error[alias-refused] Không dùng neo/tham chiếu YAML (&hw).",
            "YAML anchors and aliases are not allowed (&hw)."),
        bad("tab-indentation", "4:1: error[tab-indentation] Thụt lề bằng phím Tab; YAML chỉ cho phép dấu cách.",
            "Indented with a Tab; YAML allows only spaces."),
        bad("online-and-in-person-not-100", "14:3: warning[shares-not-100] dossiers.online_pct: Tỷ lệ trực tuyến 80,05% + trực tiếp 29,95% = 110%, không phải 100%.",
            "Online 80.05% + in person 29.95% = 110%, not 100%."));
  }

  private static Arguments bad(String name, String first, String english) {
    return Arguments.of(name, FILE + ":" + first + "\n    " + english);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void eachBadFileGivesItsExactProblem(String name, String expected) throws Exception {
    TinyProject.withCommune(dir).file(FILE, fixture(name));

    // An unreadable date also leaves the report undated: that follow-on warning is not the point here.
    List<Problem> problems = new Check().run(dir).problems().all().stream()
        .filter(p -> !p.code().id().equals("source-undated")).toList();

    assertEquals(1, problems.size(), () -> problems.stream().map(Problem::format).toList().toString());
    String shown = problems.get(0).format();
    assertEquals(expected, shown.substring(0, shown.indexOf("\n    →")));
  }

  @Test
  void everyFileOfTheCorpusHasItsExpectation() throws Exception {
    Set<String> listed = corpus().map(a -> (String) a.get()[0] + ".yaml").collect(Collectors.toSet());
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/bad"))) {
      assertEquals(files.map(f -> f.getFileName().toString()).collect(Collectors.toSet()), listed);
    }
  }

  private static String fixture(String name) throws Exception {
    try (InputStream in = BadFilesTest.class.getResourceAsStream("/bad/" + name + ".yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
