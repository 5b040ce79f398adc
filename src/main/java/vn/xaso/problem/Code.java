package vn.xaso.problem;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.xaso.model.Lang;
import vn.xaso.model.Period;

/**
 * The catalogue of problems: a stable id (used in tests, docs and annotations), a severity, and
 * message and hint templates in Vietnamese and English. Placeholders are written {@code {name}}, and
 * each code declares the fields its templates name: a problem is built with exactly those.
 */
public enum Code {
  // --- Reading the file -------------------------------------------------------------------
  YAML_SYNTAX("yaml-syntax", Severity.ERROR, takes("detail"),
      "Cú pháp YAML sai: {detail}", "YAML syntax error: {detail}",
      "Kiểm tra thụt lề (dùng dấu cách, không dùng tab), dấu hai chấm và dấu ngoặc kép quanh vị trí này.",
      "Check indentation (spaces, not tabs), colons and quotes around this position."),
  YAML_UNREADABLE("yaml-unreadable", Severity.ERROR, takes(),
      "Không đọc được YAML từ sau vị trí này.", "The YAML cannot be read from just after here.",
      "Thường do chuỗi thoát hỏng trong ngoặc kép, như \\u hoặc \\x thiếu chữ số; gõ thẳng ký tự thay cho chuỗi thoát.",
      "Usually a broken escape in double quotes, such as \\u or \\x without its digits; type the character itself instead."),
  TAB_INDENTATION("tab-indentation", Severity.ERROR, takes(),
      "Thụt lề bằng phím Tab; YAML chỉ cho phép dấu cách.", "Indented with a Tab; YAML allows only spaces.",
      "Xóa Tab ở đầu dòng này và gõ hai dấu cách cho mỗi cấp thụt lề.",
      "Delete the Tab at the start of this line and type two spaces per indentation level."),
  FILE_TOO_LARGE("file-too-large", Severity.ERROR, takes("bytes", "limit"),
      "Tệp quá lớn ({bytes} byte, tối đa {limit}).", "File too large ({bytes} bytes, at most {limit}).",
      "Một báo cáo chỉ vài chục KB; kiểm tra xem có dán nhầm nội dung không.",
      "A report is a few tens of KB; check that nothing was pasted by mistake."),
  NOT_UTF8("not-utf8", Severity.ERROR, takes("offset"),
      "Tệp không phải UTF-8 (byte lạ ở vị trí {offset}).", "File is not UTF-8 (bad byte at offset {offset}).",
      "Lưu lại tệp với mã hóa UTF-8.", "Save the file again with UTF-8 encoding."),
  INVISIBLE_CHARACTER("invisible-character", Severity.ERROR, takes("char"),
      "Ký tự vô hình {char} (dấu cách không độ rộng, gạch nối mềm hoặc dấu hướng chữ) không được phép.",
      "Invisible character {char} (a zero-width space, soft hyphen or direction mark) is not allowed.",
      "Xóa ký tự này: nó làm hai tên trông giống nhau mà khác nhau (thường do sao chép từ PDF, Word hoặc trang web).",
      "Delete it: it makes two names look alike yet differ (usually copied from a PDF, Word or a web page)."),
  CONTROL_CHARACTER("control-character", Severity.ERROR, takes("char"),
      "Ký tự điều khiển {char} không được phép.", "Control character {char} is not allowed.",
      "Xóa ký tự này (thường do sao chép từ PDF hoặc Word).", "Delete it (usually copied from a PDF or Word)."),
  ESCAPED_CONTROL_CHARACTER("escaped-control-character", Severity.ERROR, takes("char"),
      "Giá trị chứa ký tự điều khiển {char} (viết bằng dấu \\ trong ngoặc kép).",
      "The value holds control character {char} (written as a \\ escape in quotes).",
      "Xóa chuỗi thoát đó; chỉ dùng \\n để xuống dòng.", "Delete that escape; use only \\n for a new line."),
  BYTE_ORDER_MARK("byte-order-mark", Severity.WARNING, takes(),
      "Tệp bắt đầu bằng BOM; đã bỏ qua.", "File starts with a byte-order mark; it was ignored.",
      "Lưu tệp dạng UTF-8 không BOM.", "Save the file as UTF-8 without BOM."),
  EMPTY_FILE("empty-file", Severity.ERROR, takes(),
      "Tệp rỗng.", "File is empty.",
      "Điền nội dung theo mẫu trong từ điển dữ liệu, hoặc xóa tệp.",
      "Fill it in following the data dictionary, or delete the file."),
  NOTHING_FILLED("nothing-filled", Severity.ERROR, takes(),
      "Tệp chưa điền giá trị nào.", "Nothing in this file is filled in.",
      "Điền nội dung theo mẫu trong từ điển dữ liệu, hoặc xóa tệp.",
      "Fill it in following the data dictionary, or delete the file."),
  MULTIPLE_DOCUMENTS("multiple-documents", Severity.ERROR, takes(),
      "Tệp có nhiều tài liệu YAML (dấu ---).", "File holds several YAML documents (---).",
      "Mỗi tệp chỉ chứa một báo cáo; tách thành nhiều tệp.", "One report per file; split it."),
  ALIAS_REFUSED("alias-refused", Severity.ERROR, takes("what"),
      "Không dùng neo/tham chiếu YAML ({what}).", "YAML anchors and aliases are not allowed ({what}).",
      "Viết đầy đủ giá trị thay cho & và *.", "Write the value out in full instead of & and *."),
  TOO_DEEP("too-deep", Severity.ERROR, takes("limit"),
      "Cấu trúc lồng quá sâu (hơn {limit} cấp).", "Nesting too deep (more than {limit} levels).",
      "Kiểm tra thụt lề; báo cáo không cần quá vài cấp.", "Check the indentation; a report needs only a few levels."),
  TOO_MANY_VALUES("too-many-values", Severity.ERROR, takes("limit"),
      "Tệp có quá nhiều giá trị (hơn {limit}).", "The file holds too many values (more than {limit}).",
      "Một báo cáo chỉ có vài trăm giá trị; kiểm tra xem có dán nhầm một danh sách hay bảng không.",
      "A report holds a few hundred values; check that no list or table was pasted by mistake."),
  TOO_LONG("too-long", Severity.ERROR, takes("length", "limit"),
      "Giá trị quá dài ({length} ký tự, tối đa {limit}).", "Value too long ({length} characters, at most {limit}).",
      "Tóm tắt ngắn gọn; không dán nguyên văn báo cáo.", "Summarise; do not paste the report's text."),
  DUPLICATE_KEY("duplicate-key", Severity.ERROR, takes("key", "first"),
      "Trường {key} bị lặp (lần đầu ở dòng {first}).", "Key {key} appears twice (first at line {first}).",
      "Giữ một lần, xóa lần còn lại.", "Keep one, delete the other."),
  TAG_REFUSED("tag-refused", Severity.ERROR, takes("tag"),
      "Không dùng thẻ YAML {tag}.", "YAML tag {tag} is not allowed.",
      "Xóa thẻ bắt đầu bằng !.", "Remove the tag starting with !."),

  // --- Shape of the data ------------------------------------------------------------------
  UNKNOWN_FIELD("unknown-field", Severity.ERROR, takes("key", "suggestion", "allowed"),
      "Trường không có trong mẫu: {key}.{suggestion}", "Unknown field {key}.{suggestion}",
      "Các trường hợp lệ ở đây: {allowed}.", "Fields allowed here: {allowed}."),
  MISSING_FIELD("missing-field", Severity.ERROR, takes("key"),
      "Thiếu trường bắt buộc {key}.", "Required field {key} is missing.",
      "Thêm {key}: (xem từ điển dữ liệu).", "Add {key}: (see the data dictionary)."),
  WRONG_SHAPE("wrong-shape", Severity.ERROR, takes("expected", "actual"),
      "Cần {expected}, nhưng có {actual}.", "Expected {expected}, found {actual}.",
      "Xem ví dụ cho trường này trong từ điển dữ liệu.", "See this field's example in the data dictionary."),
  NOT_INTEGER("not-integer", Severity.ERROR, takes("value"),
      "{value} không phải số nguyên không âm.", "{value} is not a non-negative whole number.",
      "Viết số nguyên không dấu chấm/phẩy, ví dụ 1234. Nếu báo cáo không có số liệu, bỏ trường này (không ghi 0).",
      "Write a whole number without separators, e.g. 1234. If the report gives no figure, leave the field out (not 0)."),
  NOT_NUMBER("not-number", Severity.ERROR, takes("value"),
      "{value} không phải số.", "{value} is not a number.",
      "Dùng dấu chấm cho phần thập phân, ví dụ 80.05 (không viết 80,05 hay 80%).",
      "Use a dot for decimals, e.g. 80.05 (not 80,05 or 80%)."),
  LEADING_ZERO("leading-zero", Severity.ERROR, takes("value", "fixed"),
      "Số {value} có số 0 ở đầu; nhiều công cụ YAML đọc sai.", "Number {value} has a leading zero; YAML tools misread it.",
      "Viết {fixed}. Với mã số, đặt trong ngoặc kép: \"{value}\".", "Write {fixed}. For a code, quote it: \"{value}\"."),
  NEGATIVE("negative", Severity.ERROR, takes("value"),
      "Số lượng không được âm: {value}.", "A count cannot be negative: {value}.",
      "Kiểm tra lại số liệu trong báo cáo.", "Check the figure in the report."),
  PERCENT_RANGE("percent-range", Severity.ERROR, takes("value"),
      "Tỷ lệ {value} nằm ngoài 0–100.", "Percentage {value} is outside 0–100.",
      "Ghi tỷ lệ dạng số từ 0 đến 100, không có dấu %.", "Write the share as a number from 0 to 100, without %."),
  BAD_DATE("bad-date", Severity.ERROR, takes("value"),
      "Ngày {value} không đúng dạng YYYY-MM-DD.", "Date {value} is not in YYYY-MM-DD form.",
      "Ví dụ: ngày 5/12/2025 viết là 2025-12-05.", "For example 5/12/2025 is written 2025-12-05."),
  BAD_ENUM("bad-enum", Severity.ERROR, takes("value", "suggestion", "allowed"),
      "Giá trị {value} không hợp lệ.{suggestion}", "Value {value} is not allowed.{suggestion}",
      "Giá trị hợp lệ: {allowed}.", "Allowed values: {allowed}."),
  PATTERN("pattern", Severity.ERROR, takes("value", "what", "pattern", "example"),
      "{value} không đúng dạng {what}.", "{value} is not a valid {what}.",
      "Dạng đúng: {pattern}, ví dụ {example}.", "Expected form: {pattern}, e.g. {example}."),
  BOOLEAN_LIKE("boolean-like", Severity.ERROR, takes("value"),
      "{value} không có ngoặc kép sẽ bị nhiều công cụ YAML đọc thành đúng/sai.",
      "Unquoted {value} is read as true/false by many YAML tools.",
      "Đặt trong ngoặc kép: \"{value}\".", "Quote it: \"{value}\"."),
  NOT_NFC("not-nfc", Severity.WARNING, takes(),
      "Văn bản tiếng Việt chưa ở dạng dựng sẵn (NFC); đã chuẩn hóa.", "Vietnamese text is not in NFC form; it was normalised.",
      "Gõ lại bằng bộ gõ Unicode dựng sẵn (Unikey: Unicode dựng sẵn).", "Retype with a precomposed Unicode input method."),
  BLANK_TEXT("blank-text", Severity.ERROR, takes(),
      "Văn bản trống.", "Text is blank.",
      "Điền nội dung hoặc bỏ trường này.", "Fill it in or leave the field out."),

  // --- Project layout ---------------------------------------------------------------------
  NO_DATA("no-data", Severity.ERROR, takes("dir"),
      "Không tìm thấy thư mục data/ trong {dir}.", "No data/ folder in {dir}.",
      "Chạy lệnh trong thư mục dự án, hoặc dùng --project DIR.", "Run in the project folder, or pass --project DIR."),
  BAD_PATH("bad-path", Severity.ERROR, takes("path"),
      "Đường dẫn {path} không đúng quy ước.", "Path {path} does not follow the layout.",
      "Dùng data/<tỉnh>/<xã>/commune.yaml và data/<tỉnh>/<xã>/<kỳ>.yaml, chữ thường không dấu, nối bằng gạch ngang.",
      "Use data/<province>/<commune>/commune.yaml and data/<province>/<commune>/<period>.yaml, lowercase ASCII with hyphens."),
  PATH_MISMATCH("path-mismatch", Severity.ERROR, takes("what", "value", "expected"),
      "{what} là {value} nhưng đường dẫn cho {expected}.", "{what} is {value} but the path says {expected}.",
      "Sửa giá trị hoặc đổi tên tệp/thư mục cho khớp.", "Change the value or rename the file/folder to match."),
  MISSING_PROFILE("missing-profile", Severity.ERROR, takes("path"),
      "Thiếu tệp {path}.", "Missing file {path}.",
      "Tạo tệp hồ sơ theo từ điển dữ liệu.", "Create the profile file following the data dictionary."),
  UNKNOWN_COMMUNE("unknown-commune", Severity.ERROR, takes("value"),
      "Không có xã {value} (thiếu commune.yaml).", "No commune {value} (its commune.yaml is missing).",
      "Kiểm tra mã xã hoặc tạo commune.yaml cho xã.", "Check the slug or create the commune's commune.yaml."),
  SYMLINK_OUTSIDE("symlink-outside", Severity.ERROR, takes("path"),
      "Liên kết {path} trỏ ra ngoài thư mục data/.", "Link {path} points outside data/.",
      "Thay liên kết bằng tệp thật.", "Replace the link with a real file."),
  SPECIAL_FILE("special-file", Severity.ERROR, takes("path"),
      "{path} không phải tệp thường (ống dẫn, thiết bị hoặc socket).", "{path} is not a regular file (a pipe, device or socket).",
      "Xóa nó khỏi data/; dữ liệu chỉ gồm thư mục và tệp .yaml.", "Remove it from data/; data holds only folders and .yaml files."),
  STRAY_FILE("stray-file", Severity.WARNING, takes("path"),
      "Tệp {path} không phải .yaml nên bị bỏ qua.", "File {path} is not .yaml and was ignored.",
      "Đổi đuôi thành .yaml hoặc chuyển tệp ra khỏi data/.", "Rename it to .yaml or move it out of data/."),
  RESERVED_NAME("reserved-name", Severity.ERROR, takes("value", "used", "reserved"),
      "Tên {value} trùng với {used} mà trang web tự tạo.", "The name {value} is taken by {used}, which the site generates.",
      "Đổi tên thư mục hoặc tệp. Các tên dành riêng: {reserved}.", "Rename the folder or file. Reserved names: {reserved}."),
  DATE_RANGE("date-range", Severity.ERROR, takes("value", "from", "to"),
      "Ngày {value} nằm ngoài khoảng {from} – {to}.", "Date {value} is outside {from} – {to}.",
      "Kiểm tra năm; thường do gõ nhầm một chữ số.", "Check the year; usually a mistyped digit."),
  BAD_URL("bad-url", Severity.ERROR, takes("value"),
      "{value} không phải địa chỉ web hợp lệ.", "{value} is not a valid web address.",
      "Viết địa chỉ đầy đủ bắt đầu bằng https:// (hoặc http://), không có dấu cách hay ký tự | < > \\ ^ ` { }.",
      "Write a full address starting with https:// (or http://), without spaces or | < > \\ ^ ` { }."),

  // --- Content pages and theme --------------------------------------------------------------
  CONTENT_SPECIAL_FILE("content-special-file", Severity.ERROR, takes("path"),
      "{path} không phải tệp thường (ống dẫn, thiết bị, socket hoặc liên kết).",
      "{path} is not a regular file (a pipe, device, socket or link).",
      "Thay bằng tệp Markdown thật, hoặc xóa nó.", "Replace it with a real Markdown file, or delete it."),
  CONTENT_TOO_LARGE("content-too-large", Severity.ERROR, takes("bytes", "limit"),
      "Trang quá lớn ({bytes} byte, tối đa {limit}).", "Page too large ({bytes} bytes, at most {limit}).",
      "Một trang giới thiệu chỉ vài KB; tách thành nhiều trang hoặc rút gọn.",
      "An explanatory page is a few KB; split or shorten it."),
  CONTENT_NO_HEADER("content-no-header", Severity.ERROR, takes(),
      "Trang thiếu phần đầu kết thúc bằng dòng ~~~~~~, nên không được đăng.",
      "The page has no header ending in a ~~~~~~ line, so it would not be published.",
      "Bắt đầu tệp bằng title=…, status=published, type=page rồi một dòng ~~~~~~.",
      "Start the file with title=…, status=published, type=page, then a ~~~~~~ line."),
  CONTENT_BAD_HEADER("content-bad-header", Severity.ERROR, takes("key", "value"),
      "Phần đầu trang có giá trị {key} không đọc được: {value}.", "The page header's {key} cannot be read: {value}.",
      "Ngày viết dạng YYYY-MM-DD, ví dụ date=2025-12-31.", "Write dates as YYYY-MM-DD, e.g. date=2025-12-31."),
  CONTENT_TOO_COMPLEX("content-too-complex", Severity.ERROR, takes(),
      "Trang lồng quá sâu để đọc (trích dẫn > hoặc danh sách trong nhau).",
      "The page is nested too deeply to read (quotes > or lists inside each other).",
      "Bớt các cấp trích dẫn hoặc danh sách lồng nhau.", "Use fewer levels of nested quotes or lists."),
  CONTENT_TOO_MANY_OPENERS("content-too-many-openers", Severity.ERROR, takes("count", "limit"),
      "Trang có quá nhiều dấu mở liên kết hoặc ngoặc [ ( < ` ({count}, tối đa {limit}); đọc nó có thể mất hàng phút.",
      "The page has too many link or bracket openers [ ( < ` ({count}, at most {limit}); reading it could take minutes.",
      "Một trang giới thiệu chỉ có vài chục liên kết; tách trang hoặc bỏ các dấu ngoặc thừa.",
      "An explanatory page holds a few dozen links; split it or remove the stray brackets."),
  CONTENT_TOO_SLOW("content-too-slow", Severity.ERROR, takes("seconds"),
      "Đọc trang mất hơn {seconds} giây nên đã dừng.", "Reading the page took more than {seconds} seconds, so it was stopped.",
      "Trang có cấu trúc Markdown bất thường (rất nhiều liên kết, ngoặc hoặc bảng); rút gọn hoặc tách trang.",
      "The page has unusual Markdown (very many links, brackets or table rows); shorten or split it."),
  THEME_NOT_FOUND("theme-not-found", Severity.ERROR, takes("value", "path"),
      "Không có giao diện {value} (thiếu thư mục {path}).", "No theme {value} (folder {path} is missing).",
      "Dùng theme: xaso, hoặc tạo themes/<tên>/templates/ trong dự án.",
      "Use theme: xaso, or create themes/<name>/templates/ in the project."),
  THEME_OUTSIDE("theme-outside", Severity.ERROR, takes("value"),
      "Giao diện {value} không phải một tên thư mục trong themes/.", "Theme {value} is not the name of a folder under themes/.",
      "Ghi tên thư mục, chữ thường không dấu, ví dụ theme: xaso; không dùng đường dẫn hay ../.",
      "Write a folder name in lowercase ASCII, e.g. theme: xaso; no paths or ../."),
  THEME_LINK("theme-link", Severity.ERROR, takes("path"),
      "{path} là liên kết hoặc không phải tệp thường; giao diện không đi theo liên kết.",
      "{path} is a link or not a regular file; the theme never follows links.",
      "Thay liên kết bằng tệp thật trong thư mục giao diện.", "Replace the link with a real file inside the theme folder."),

  // --- The output folder, the machine -------------------------------------------------------
  PATH_LINK("path-link", Severity.ERROR, takes("path", "link"),
      "{path} đi qua liên kết {link}; Xã Số không đọc và không đăng tệp qua liên kết.",
      "{path} goes through the link {link}; nothing is read or published through a link.",
      "Thay liên kết bằng thư mục hoặc tệp thật trong dự án.", "Replace the link with a real folder or file inside the project."),
  PATH_OUTSIDE("path-outside", Severity.ERROR, takes("path"),
      "{path} nằm ngoài thư mục dự án.", "{path} lies outside the project folder.",
      "Đặt tệp trong dự án và ghi tên tệp, không dùng đường dẫn hay ../.",
      "Put the file inside the project and write its name, without a path or ../."),
  SOURCE_TYPE("source-type", Severity.ERROR, takes("path", "allowed"),
      "Tệp gốc {path} không thuộc loại được đăng ({allowed}).", "The original {path} is not of a type that is published ({allowed}).",
      "Lưu văn bản đã ký dưới dạng PDF (tốt nhất), DOCX, DOC, ODT hoặc TXT rồi sửa source.file.",
      "Save the signed report as PDF (best), DOCX, DOC, ODT or TXT and correct source.file."),
  SOURCE_CONTENT("source-content", Severity.ERROR, takes("path", "kind"),
      "Nội dung tệp gốc {path} không phải {kind} như tên tệp nói.", "The content of the original {path} is not {kind} as its name says.",
      "Mở tệp kiểm tra lại; chỉ đổi đuôi tệp không đổi được loại tệp. Lưu lại đúng định dạng từ phần mềm soạn thảo.",
      "Open the file and check it: renaming does not change a file's type. Save it again in that format from the editor."),
  SOURCE_TOO_LARGE("source-too-large", Severity.ERROR, takes("path", "bytes", "limit"),
      "Tệp gốc {path} quá lớn ({bytes} byte, tối đa {limit}).", "The original {path} is too large ({bytes} bytes, at most {limit}).",
      "Một báo cáo đã ký vài trang chỉ vài MB; quét lại ở độ phân giải thấp hơn (150–200 dpi) hoặc nén PDF.",
      "A signed report of a few pages is a few MB; scan again at a lower resolution (150–200 dpi) or compress the PDF."),
  LINK_REFUSED("link-refused", Severity.ERROR, takes("path"),
      "{path} là một liên kết; không ghi qua liên kết.", "{path} is a link; nothing is written through a link.",
      "Xóa liên kết rồi chạy lại; tệp mới sẽ là tệp thật.", "Delete the link and run again; the new file will be a real one."),
  OUT_NOT_OURS("out-not-ours", Severity.ERROR, takes("path", "marker"),
      "Thư mục {path} đã có tệp không do Xã Số ghi; không xóa hay ghi đè.",
      "Folder {path} holds files Xã Số did not write; it is neither deleted nor replaced.",
      "Chọn thư mục trống hoặc chưa có cho --out. Xã Số chỉ thay thư mục có tệp {marker} do chính nó ghi ở lần dựng trước.",
      "Choose an empty or new folder for --out. Xã Số only replaces a folder holding the {marker} file it wrote on its last build."),
  OUT_IS_FILE("out-is-file", Severity.ERROR, takes("path"),
      "{path} là một tệp, không phải thư mục; không ghi đè.", "{path} is a file, not a folder; it is not replaced.",
      "Chọn một thư mục cho --out, ví dụ target/site.", "Choose a folder for --out, e.g. target/site."),
  OUT_FORBIDDEN("out-forbidden", Severity.ERROR, takes("path", "what"),
      "Không thể ghi trang vào {path}: {what}.", "The site cannot be written to {path}: {what}.",
      "Chọn thư mục riêng cho kết quả, ví dụ target/site.", "Choose a folder of its own for the output, e.g. target/site."),
  OUTPUT_BUSY("output-busy", Severity.ERROR, takes("path"),
      "Một bản dựng khác đang ghi vào {path}.", "Another build is writing to {path}.",
      "Chờ bản dựng đó xong rồi chạy lại.", "Wait for that build to finish, then run again."),
  FILE_SYSTEM("file-system", Severity.ERROR, takes("path", "detail"),
      "Lỗi đọc/ghi {path}: {detail}.", "Reading or writing {path} failed: {detail}.",
      "Kiểm tra chỗ trống trên đĩa, quyền ghi và độ dài tên; trang cũ vẫn giữ nguyên.",
      "Check free disk space, permissions and name length; the previous site is unchanged."),
  CACHE_NOT_FOLDER("cache-not-folder", Severity.ERROR, takes("path"),
      "Bộ đệm {path} không phải thư mục.", "The build cache {path} is not a folder.",
      "Xóa hoặc đổi tên tệp {path}, hoặc dựng với --no-cache.", "Delete or rename the file {path}, or build with --no-cache."),
  OUTPUT_WRITE_FAILED("output-write-failed", Severity.ERROR, takes(),
      "Không ghi được kết quả ra đầu ra chuẩn.", "The result could not be written to standard output.",
      "Kiểm tra tệp hoặc ống dẫn nhận kết quả (đĩa đầy, đã đóng); kết quả in ra không đầy đủ.",
      "Check the file or pipe receiving the output (disk full, closed); what was printed is incomplete."),
  OUTPUT_PARTLY_CHANGED("output-partly-changed", Severity.ERROR, takes("path", "changed", "detail"),
      "Không cập nhật hết được {path} ({detail}); các tệp sau đã được thay và không khôi phục được: {changed}.",
      "{path} could not be updated completely ({detail}); these files were already replaced and could not be put back: {changed}.",
      "Sửa quyền ghi rồi dựng lại với --no-cache để có một trang đồng bộ.",
      "Fix the permissions, then build again with --no-cache for a consistent site."),
  SITE_OVER_HOST_LIMIT("site-over-host-limit", Severity.WARNING, takes("size", "limit", "files"),
      "Kết quả nặng {size} ({files} tệp), quá giới hạn {limit} của GitHub Pages: trang đúng nhưng GitHub Pages sẽ không đăng.",
      "The output weighs {size} ({files} files), past GitHub Pages' limit of {limit}: the site is right, but GitHub Pages will not publish it.",
      "Đăng lên kho lưu trữ đối tượng sau CDN (.github/workflows/deploy-object-storage.yml; xem docs/performance.md).",
      "Publish to object storage behind a CDN instead (.github/workflows/deploy-object-storage.yml; see docs/performance.md)."),
  PAGE_OVER_LIMIT("page-over-limit", Severity.WARNING, takes("count", "path", "size", "limit"),
      "{count} trang nặng hơn {limit}; lớn nhất là {path} ({size}): điện thoại mạng chậm sẽ mở rất lâu.",
      "{count} pages weigh more than {limit}; the largest is {path} ({size}): a phone on a slow link opens it slowly.",
      "Trang quốc gia nên tóm tắt theo tỉnh và để các dòng ở trang của từng tỉnh; xem docs/performance.md.",
      "A national page should summarise per province and leave the rows to each province's page; see docs/performance.md."),
  SERVE_BUSY("serve-busy", Severity.ERROR, takes("path"),
      "Một lệnh serve khác đang chạy cho dự án này (khóa {path}).", "Another serve is already running for this project (lock {path}).",
      "Dùng trang đang chạy, hoặc dừng lệnh kia (Ctrl+C) rồi chạy lại.",
      "Use the one already running, or stop it (Ctrl+C) and run again."),
  USAGE_UNKNOWN("usage-unknown", Severity.ERROR, takes("args", "suggest"),
      "Không hiểu đối số {args}.{suggest}", "Unknown argument {args}.{suggest}",
      "Xem các lệnh và tùy chọn: java -jar xaso.jar --help, hoặc java -jar xaso.jar <lệnh> --help.",
      "See the commands and options: java -jar xaso.jar --help, or java -jar xaso.jar <command> --help."),
  USAGE_MISSING("usage-missing", Severity.ERROR, takes("names"),
      "Thiếu {names}.", "Missing {names}.",
      "Xem tùy chọn bắt buộc của lệnh: java -jar xaso.jar <lệnh> --help.",
      "See the command's required options: java -jar xaso.jar <command> --help."),
  USAGE_VALUE("usage-value", Severity.ERROR, takes("value", "option"),
      "Giá trị {value} không dùng được cho {option}.", "Value {value} cannot be used for {option}.",
      "Xem dạng giá trị cần nhập: java -jar xaso.jar <lệnh> --help.",
      "See the form of value expected: java -jar xaso.jar <command> --help."),
  USAGE_OTHER("usage-other", Severity.ERROR, takes("detail"),
      "Lệnh dùng sai: {detail}", "Bad usage: {detail}",
      "Xem hướng dẫn: java -jar xaso.jar <lệnh> --help.", "See the help: java -jar xaso.jar <command> --help."),
  INTERRUPTED("interrupted", Severity.ERROR, takes("path"),
      "Đã dừng theo yêu cầu (Ctrl-C): đã xóa thư mục tạm, {path} giữ nguyên như trước.",
      "Stopped on request (Ctrl-C): the staging folder was removed, {path} is as it was.",
      "Chạy lại lệnh khi muốn tạo trang.", "Run the command again to build the site."),
  PORT_UNAVAILABLE("port-unavailable", Severity.ERROR, takes("port", "detail"),
      "Không mở được cổng {port}: {detail}.", "Cannot listen on port {port}: {detail}.",
      "Chọn cổng khác với --port (1–65535), hoặc --port 0 để tự chọn.",
      "Choose another port with --port (1–65535), or --port 0 for any free one."),
  NO_PROJECT("no-project", Severity.ERROR, takes("dir"),
      "Không có thư mục dự án {dir}.", "No project folder {dir}.",
      "Kiểm tra --project DIR; chạy lệnh trong thư mục dự án.", "Check --project DIR; run the command in the project folder."),
  INTERNAL_ERROR("internal-error", Severity.ERROR, takes("detail"),
      "Lỗi nội bộ của Xã Số ({detail}).", "Internal error in Xã Số ({detail}).",
      "Đây là lỗi của công cụ, không phải của dữ liệu; báo lỗi kèm lệnh đã chạy. Trang cũ vẫn giữ nguyên.",
      "This is a fault in the tool, not in the data; report it with the command you ran. The previous site is unchanged."),

  // --- Import -------------------------------------------------------------------------------
  IMPORT_UNREADABLE("import-unreadable", Severity.ERROR, takes("detail"),
      "Không đọc được văn bản báo cáo: {detail}.", "Cannot read the report's text: {detail}.",
      "Mở tệp bằng chương trình soạn thảo để chắc nó đúng là báo cáo; lưu lại dưới dạng .docx, .pdf hoặc .txt (UTF-8).",
      "Open the file in an editor to make sure it is the report; save it again as .docx, .pdf or .txt (UTF-8)."),
  IMPORT_TOO_LARGE("import-too-large", Severity.ERROR, takes("size", "limit"),
      "Văn bản quá dài để là một báo cáo ({size} ký tự, tối đa {limit}).",
      "The text is too long to be one report ({size} characters, at most {limit}).",
      "Kiểm tra đúng tệp báo cáo chưa; nếu kèm phụ lục hoặc dữ liệu dài, nhập riêng phần báo cáo.",
      "Check it is the right file; if long appendices or data come with it, import the report part alone."),
  IMPORT_NOT_TEXT("import-not-text", Severity.ERROR, takes("line"),
      "Tệp .txt chứa ký tự điều khiển (như NUL) ở dòng {line}: không phải văn bản.",
      "The .txt file holds control characters (such as NUL) on line {line}: it is not text.",
      "Lưu lại báo cáo dưới dạng văn bản thuần UTF-8, hoặc nhập tệp .docx/.pdf gốc.",
      "Save the report again as plain UTF-8 text, or import the original .docx/.pdf."),
  IMPORT_TWO_BODIES("import-two-bodies", Severity.ERROR, takes(),
      "Tệp .docx có hai phần nội dung (word/document.xml); không biết phần nào là bản hiện ra, nên không nhập.",
      "The .docx holds two bodies (word/document.xml); which one Word shows is unclear, so it is not imported.",
      "Mở tệp bằng Word hoặc LibreOffice rồi lưu lại thành tệp mới, sau đó nhập tệp mới.",
      "Open it in Word or LibreOffice and save it as a new file, then import that."),
  IMPORT_NEEDS_OCR("import-needs-ocr", Severity.ERROR, takes(),
      "Tệp là bản quét, không có lớp chữ; cần Tesseract để đọc mà máy chưa cài.",
      "The file is a scan without a text layer; reading it needs Tesseract, which is not installed.",
      "Cài Tesseract và dữ liệu tiếng Việt: sudo apt-get install tesseract-ocr tesseract-ocr-vie, rồi chạy lại lệnh.",
      "Install Tesseract and its Vietnamese data: sudo apt-get install tesseract-ocr tesseract-ocr-vie, then run the command again."),

  TOO_MANY_PROBLEMS("too-many-problems", Severity.ERROR, takes("more", "shown"),
      "Tệp có thêm {more} lỗi hoặc cảnh báo không hiện ra; chỉ hiện {shown} cái đầu tiên.",
      "The file has {more} more problems not shown; only the first {shown} are.",
      "Sửa các lỗi đã hiện rồi chạy lại; nhiều lỗi giống nhau thường do thụt lề hoặc dán nhầm.",
      "Fix the ones shown and run again; many alike usually come from indentation or a bad paste."),
  TOO_MANY_WARNINGS("too-many-warnings", Severity.WARNING, takes("more", "shown"),
      "Tệp có thêm {more} cảnh báo không hiện ra; chỉ hiện {shown} cái đầu tiên.",
      "The file has {more} more warnings not shown; only the first {shown} are.",
      "Sửa các cảnh báo đã hiện rồi chạy lại.", "Fix the ones shown and run again."),

  // --- Meaning of the figures -------------------------------------------------------------
  PERIOD_SHAPE("period-shape", Severity.ERROR, takes(),
      "Kỳ báo cáo cần start và end, hoặc chỉ as_of (kèm since khi báo cáo nêu số lũy kế từ ngày nào).",
      "A period needs start and end, or as_of alone (with since when the report says what day its counts are cumulative from).",
      "Ví dụ: period: {start: 2025-11-28, end: 2025-12-05}, period: {as_of: 2025-07-31} hoặc period: {as_of: 2025-08-31, since: 2025-07-01}.",
      "E.g. period: {start: 2025-11-28, end: 2025-12-05}, period: {as_of: 2025-07-31} or period: {as_of: 2025-08-31, since: 2025-07-01}."),
  PERIOD_ORDER("period-order", Severity.ERROR, takes("start", "end"),
      "Ngày bắt đầu {start} sau ngày kết thúc {end}.", "Start {start} is after end {end}.",
      "Đổi chỗ hai ngày.", "Swap the two dates."),
  PART_AS_OF_AFTER_PERIOD("part-as-of-after-period", Severity.ERROR, takes("date", "period"),
      "Số liệu của phần này ghi tính đến {date}, sau ngày cuối kỳ báo cáo ({period}).",
      "This part's figures are dated {date}, after the reporting period ends ({period}).",
      "Kiểm tra ngày as_of: số liệu một báo cáo nêu không thể tính đến sau kỳ của nó. Nếu báo cáo đã ký ghi đúng như vậy, thêm trường này vào confirmed_as_reported.",
      "Check the as_of date: a report's figures cannot stand after its period. If the signed report says exactly this, add the field to confirmed_as_reported."),
  PERIOD_OVERLAP("period-overlap", Severity.ERROR, takes("period", "other", "otherFile"),
      "Kỳ {period} trùng với kỳ {other} của cùng xã ({otherFile}).", "Period {period} overlaps {other} of the same commune ({otherFile}).",
      "Mỗi kỳ chỉ báo cáo một lần; sửa ngày hoặc gộp hai tệp.", "Each period is reported once; fix the dates or merge the files."),
  SUM_MISMATCH("sum-mismatch", Severity.ERROR, takes("total", "parts", "sum", "field"),
      "Tổng {total} khác {parts} = {sum}.", "Total {total} differs from {parts} = {sum}.",
      "Kiểm tra lại các số; nếu báo cáo đã ký ghi đúng như vậy, thêm {field} vào confirmed_as_reported.",
      "Check the figures; if the signed report says exactly this, add {field} to confirmed_as_reported."),
  EXCEEDS("exceeds", Severity.ERROR, takes("part", "left", "whole", "right", "field"),
      "{part} ({left}) lớn hơn {whole} ({right}).", "{part} ({left}) exceeds {whole} ({right}).",
      "Một phần không thể lớn hơn tổng; kiểm tra lại số liệu. Nếu báo cáo đã ký ghi đúng như vậy, thêm {field} vào confirmed_as_reported.",
      "A part cannot exceed its whole; check the figures. If the signed report says exactly this, add {field} to confirmed_as_reported."),

  DOCUMENT_AFTER_REPORT("document-after-report", Severity.ERROR, takes("date", "what", "report", "field"),
      "Văn bản ghi ngày {date}, sau {what} ({report}): báo cáo không thể dẫn văn bản ban hành sau nó.",
      "The document is dated {date}, after the report's {what} ({report}): a report cannot cite a later document.",
      "Kiểm tra ngày của văn bản và của báo cáo. Nếu báo cáo đã ký ghi đúng như vậy, thêm {field} vào confirmed_as_reported.",
      "Check both dates. If the signed report says exactly this, add {field} to confirmed_as_reported."),
  FUTURE_PERIOD("future-period", Severity.ERROR, takes("start", "today"),
      "Kỳ báo cáo bắt đầu {start}, sau ngày hôm nay ({today}).", "The period starts on {start}, after today ({today}).",
      "Kiểm tra năm và tháng của kỳ báo cáo.", "Check the year and month of the period."),
  FUTURE_DATE("future-date", Severity.ERROR, takes("value", "today"),
      "Ngày {value} sau ngày hôm nay ({today}).", "The date {value} is after today ({today}).",
      "Kiểm tra năm và tháng; một báo cáo đã ký không thể mang ngày chưa tới.",
      "Check the year and month; a signed report cannot bear a date still to come."),
  DUPLICATE_SOURCE("duplicate-source", Severity.ERROR, takes("number", "date", "other", "otherFile"),
      "Báo cáo số {number} ngày {date} đã được nhập cho kỳ {other} ({otherFile}).",
      "Report {number} of {date} is already filed for the period {other} ({otherFile}).",
      "Mỗi báo cáo đã ký chỉ nhập một lần; xóa một trong hai tệp hoặc sửa số, ngày của báo cáo.",
      "Each signed report is filed once; delete one of the files or fix the report's number or date."),
  CUMULATIVE_FELL("cumulative-fell", Severity.ERROR,
      takes("what", "since", "previous", "otherPeriod", "otherFile", "value", "period", "field"),
      // The message is what a report page shows once staff confirm it: periods, never file paths;
      // the earlier file is named in the hint, which only staff read.
      "{what} lũy kế từ {since} giảm từ {previous} ({otherPeriod}) xuống {value} ({period}).",
      "{what} counted from {since} fell from {previous} ({otherPeriod}) to {value} ({period}).",
      "Số lũy kế từ cùng một ngày chỉ tăng hoặc giữ nguyên: kiểm tra báo cáo này, báo cáo {otherFile} và ngày "
          + "period.since của chúng; nếu báo cáo đã ký ghi đúng như vậy (ví dụ đính chính số kỳ trước), thêm {field} "
          + "vào confirmed_as_reported.",
      "A count from the same day only grows or stays: check this report, {otherFile} and their period.since; if "
          + "the signed report says exactly this (correcting the earlier figure, say), add {field} to "
          + "confirmed_as_reported."),

  // --- Contradictions inside a signed report: published as data-quality notes -------------
  PARTS_SHORT("parts-short", Severity.WARNING, takes("parts", "sum", "whole", "total", "gap"),
      "{parts} = {sum}, ít hơn {whole} ({total}); {gap} chưa được phân loại.",
      "{parts} = {sum}, less than {whole} ({total}); {gap} not classified.",
      "Báo cáo gốc không phân loại đủ; giữ nguyên số liệu.", "The signed report leaves these unclassified; keep the figures."),
  RATE_MISMATCH("rate-mismatch", Severity.WARNING, takes("stated", "numerator", "denominator", "computed"),
      "Báo cáo ghi {stated}%, nhưng {numerator}/{denominator} = {computed}%.",
      "The report states {stated}%, but {numerator}/{denominator} = {computed}%.",
      "Giữ đúng số báo cáo ghi; trang web sẽ hiện cả hai.", "Keep the stated figure; the site shows both."),
  SHARES_NOT_100("shares-not-100", Severity.WARNING, takes("online", "in_person", "sum"),
      "Tỷ lệ trực tuyến {online}% + trực tiếp {in_person}% = {sum}%, không phải 100%.",
      "Online {online}% + in person {in_person}% = {sum}%, not 100%.",
      "Giữ đúng số báo cáo ghi.", "Keep the stated figures."),
  AS_OF_OUTSIDE_PERIOD("as-of-outside-period", Severity.WARNING, takes("stated", "period"),
      "Báo cáo nói số liệu tính đến {stated}, nằm ngoài kỳ {period}.",
      "The report says its figures stand as of {stated}, outside the period {period}.",
      "Giữ nguyên; đây là mâu thuẫn trong báo cáo gốc.", "Keep it; the contradiction is in the signed report."),
  ISSUED_BEFORE_PERIOD_END("issued-before-period-end", Severity.WARNING, takes("what", "date", "end", "field"),
      "{what} {date} trước ngày kết thúc kỳ báo cáo ({end}).", "{what} {date} is before the period ends ({end}).",
      "Nếu báo cáo đã ký ghi đúng như vậy (báo cáo sớm, số liệu ước tính), thêm {field} vào confirmed_as_reported.",
      "If the signed report says exactly this (an early report, estimated figures), add {field} to confirmed_as_reported."),
  COVERAGE_WITH_GAPS("coverage-with-gaps", Severity.WARNING, takes("what", "share", "gaps", "count", "field"),
      "{what} {share}%, nhưng báo cáo vẫn ghi {count} ({gaps}).",
      "{what} {share}%, yet the report still counts {count} ({gaps}).",
      "Giữ đúng số báo cáo ghi; nếu đã đối chiếu bản ký, thêm {field} vào confirmed_as_reported.",
      "Keep the stated figures; once checked against the signed original, add {field} to confirmed_as_reported."),
  OVER_PROFILE("over-profile", Severity.WARNING, takes("what", "value", "profile", "expected"),
      "{what} ({value}) lớn hơn {profile} trong hồ sơ xã ({expected}).",
      "{what} ({value}) exceeds {profile} in the commune profile ({expected}).",
      "Kiểm tra hồ sơ xã (commune.yaml): có thể xã đã sáp nhập hoặc hồ sơ cũ.",
      "Check the commune profile (commune.yaml): the commune may have merged, or the profile be out of date."),
  CARRIED_OVER_MISMATCH("carried-over-mismatch", Severity.WARNING,
      takes("what", "value", "previous", "left", "period"),
      "{what} ({value}) khác {previous} của kỳ trước {period} ({left}).",
      "{what} ({value}) differs from {previous} of the previous period {period} ({left}).",
      "Kiểm tra hai báo cáo; nếu báo cáo đã ký ghi đúng như vậy, giữ nguyên.",
      "Check both reports; if the signed report says exactly this, keep it."),
  SOURCE_UNNUMBERED("source-unnumbered", Severity.WARNING, takes(),
      "Báo cáo nguồn không có số hiệu.", "The source report has no number.",
      "Nếu báo cáo có số, ghi vào source.number; nếu bản ký để trống số (\"Số: /BC-UBND\"), ghi number vào source.left_blank.",
      "If the report has a number, put it in source.number; if the signed original leaves it blank (\"Số: /BC-UBND\"), add number to source.left_blank."),
  AS_REPORTED("as-reported", Severity.WARNING, takes("detail"),
      "Đúng như báo cáo đã ký (đã xác nhận): {detail}", "As the signed report states (confirmed): {detail}",
      "Mâu thuẫn nằm trong báo cáo gốc; trang web công bố kèm ghi chú chất lượng dữ liệu.",
      "The contradiction is in the signed report; the site publishes it with a data-quality note."),
  CONFIRMATION_UNUSED("confirmation-unused", Severity.WARNING, takes("value"),
      "{value} được xác nhận \"đúng như báo cáo\" nhưng không vi phạm quy tắc nào.",
      "{value} is confirmed \"as reported\" but breaks no rule.",
      "Xóa {value} khỏi confirmed_as_reported.", "Remove {value} from confirmed_as_reported."),
  QUALITY_NOTE_PART("quality-note-part", Severity.ERROR, takes("value", "suggestion", "allowed"),
      "Ghi chú chất lượng nói về phần {value}, nhưng báo cáo không có phần nào tên như vậy.{suggestion}",
      "The quality note is about the part {value}, but a report has no part of that name.{suggestion}",
      "Ghi tên một phần của báo cáo: {allowed}; bỏ part nếu ghi chú nói về cả báo cáo.",
      "Name one of the report's parts: {allowed}; leave part out when the note is about the whole report."),
  SOURCE_UNDATED("source-undated", Severity.WARNING, takes(),
      "Báo cáo nguồn không có ngày ban hành.", "The source report has no date.",
      "Nếu báo cáo có ngày, ghi vào source.date (YYYY-MM-DD); nếu bản ký để trống ngày, ghi date vào source.left_blank.",
      "If the report is dated, put it in source.date (YYYY-MM-DD); if the signed original leaves it blank, add date to source.left_blank."),
  LEFT_BLANK_BUT_GIVEN("left-blank-but-given", Severity.ERROR, takes("part", "value"),
      "source.left_blank nói {part} để trống trong bản ký, nhưng source.{part} lại ghi {value}.",
      "source.left_blank says the {part} is blank in the signed original, yet source.{part} gives {value}.",
      "Bỏ {part} khỏi source.left_blank, hoặc xoá source.{part} nếu bản ký thật sự để trống.",
      "Remove {part} from source.left_blank, or delete source.{part} if the signed original really leaves it blank."),

  // --- Evidence: where each figure stands in the kept text of the signed report -------------
  KEPT_TEXT_REFUSED("kept-text-refused", Severity.ERROR, takes("path", "why"),
      "Văn bản lưu {path} bị từ chối: {why}.", "The kept text {path} is refused: {why}.",
      "Lưu văn bản của báo cáo thành tệp .txt thật (UTF-8) trong sources/<tỉnh>/<xã>/.",
      "Keep the report's text as a real .txt file (UTF-8) in sources/<province>/<commune>/."),
  EVIDENCE_WITHOUT_TEXT("evidence-without-text", Severity.WARNING, takes("path"),
      "Có tệp nguồn số liệu nhưng không có văn bản lưu {path} để đối chiếu.",
      "There is an evidence file but no kept text {path} to check it against.",
      "Chép văn bản của báo cáo vào {path} (xaso import làm việc này), hoặc kiểm tra source.file.",
      "Put the report's text in {path} (xaso import does this), or check source.file."),
  EVIDENCE_NOT_A_FIGURE("evidence-not-a-figure", Severity.ERROR, takes("key", "suggestion"),
      "{key} không phải một giá trị của báo cáo.{suggestion}", "{key} is not a value of the report.{suggestion}",
      "Khóa là đường dẫn trường trong tệp báo cáo: các tên nối bằng dấu chấm, mục danh sách bằng [số], ví dụ dossiers.received.",
      "A key is a field path of the report file: names joined by dots, list items by [index], e.g. dossiers.received."),
  EVIDENCE_NO_QUOTE("evidence-no-quote", Severity.ERROR, takes(),
      "Thiếu câu trích: cần quote, hoặc computed kèm các phần parts.",
      "No quote: give quote, or computed with its parts.",
      "Chép nguyên mệnh đề chứa số liệu vào quote và số dòng vào line.",
      "Copy the clause holding the figure into quote and its line number into line."),
  EVIDENCE_NO_LINE("evidence-no-line", Severity.ERROR, takes(),
      "Câu trích thiếu số dòng (line, hoặc lines khi vắt qua dòng).",
      "The quote has no line (line, or lines when it runs over a line break).",
      "Ghi line: <số dòng> theo văn bản lưu; xaso review hiện số dòng.",
      "Write line: <number> of the kept text; xaso review shows the line numbers."),
  EVIDENCE_LINE_RANGE("evidence-line-range", Severity.ERROR, takes("line", "lines"),
      "Văn bản lưu không có dòng {line} (chỉ có {lines} dòng).", "The kept text has no line {line} (it has {lines}).",
      "Kiểm tra số dòng; xaso review hiện văn bản kèm số dòng.", "Check the line number; xaso review shows the text with its line numbers."),
  QUOTE_TOO_LONG("quote-too-long", Severity.ERROR, takes("length"),
      "Câu trích dài {length} ký tự, quá 200.", "The quote is {length} characters long, over 200.",
      "Chỉ trích mệnh đề chứa số liệu, không chép cả đoạn.", "Quote only the clause holding the figure, not the paragraph."),
  QUOTE_NOT_FOUND("quote-not-found", Severity.ERROR, takes("line", "text"),
      "Câu trích không có ở dòng {line} của văn bản lưu.", "The quote is not on line {line} of the kept text.",
      "Chép đúng từ văn bản (dấu cách và xuống dòng không tính; không sửa lỗi chính tả). Dòng {line} là: {text}",
      "Copy it exactly from the text (spaces and line breaks aside; no spelling corrected). Line {line} reads: {text}"),
  FIGURE_NOT_IN_QUOTE("figure-not-in-quote", Severity.ERROR, takes("value"),
      "Câu trích không chứa số {value} của báo cáo.", "The quote does not hold the report's figure {value}.",
      "Trích mệnh đề có chính số này; nếu là số tự tính, ghi computed và parts.",
      "Quote the clause holding this very figure; if you computed it, give computed and parts."),
  FIGURE_WITHOUT_EVIDENCE("figure-without-evidence", Severity.WARNING, takes("value", "field"),
      "Số liệu {value} chưa có nguồn trong văn bản lưu.", "Figure {value} has no evidence in the kept text.",
      "Thêm {field} vào tệp .evidence.yaml bên cạnh báo cáo, với dòng và câu trích.",
      "Add {field} to the .evidence.yaml file beside the report, with its line and quote."),
  MENTIONED_NOT_RECORDED("mentioned-not-recorded", Severity.WARNING, takes("what", "line", "quote", "field"),
      "Văn bản có nhắc đến {what} (dòng {line}: \"{quote}\") nhưng tệp báo cáo không ghi.",
      "The text mentions {what} (line {line}: \"{quote}\") but the report file records nothing for it.",
      "Nếu văn bản nêu số liệu, ghi vào {field}; nếu không, trang web sẽ nói báo cáo có nhắc đến nhưng không nêu số liệu.",
      "If the text gives a figure, record it in {field}; if not, the site says the report mentions it without a figure.");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z_]+)\\}");

  private final String id;
  private final Severity severity;
  private final Set<String> fields;
  private final String messageVi;
  private final String messageEn;
  private final String hintVi;
  private final String hintEn;

  Code(String id, Severity severity, Set<String> fields, String messageVi, String messageEn, String hintVi,
      String hintEn) {
    this.id = id;
    this.severity = severity;
    this.fields = fields;
    this.messageVi = messageVi;
    this.messageEn = messageEn;
    this.hintVi = hintVi;
    this.hintEn = hintEn;
  }

  /** The fields a code's templates name, declared beside them as frictionless declares an error's. */
  private static Set<String> takes(String... names) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(names)));
  }

  public String id() {
    return id;
  }

  public Severity severity() {
    return severity;
  }

  /**
   * Whether a warning is about the transcription's evidence (a figure without its quote, a part
   * the text mentions and the file does not record), not about the report: told by validate, and
   * never published as a data-quality note, since report pages say it in their own words.
   */
  public boolean forTheTranscriber() {
    return this == FIGURE_WITHOUT_EVIDENCE || this == MENTIONED_NOT_RECORDED || this == EVIDENCE_WITHOUT_TEXT;
  }

  /**
   * The fields a problem of this code must be given, no more and no fewer ({@code field}, the
   * problem's own field path, is always given). {@link Problem} refuses any other set, so a
   * template can never show a placeholder or lose a figure.
   */
  public Set<String> fields() {
    return fields;
  }

  public String message(Lang lang) {
    return lang == Lang.EN ? messageEn : messageVi;
  }

  public String hint(Lang lang) {
    return lang == Lang.EN ? hintEn : hintVi;
  }

  /** The names between braces in the four templates, in order of first use; tests hold them to {@link #fields()}. */
  public Set<String> placeholders() {
    Set<String> names = new LinkedHashSet<>();
    for (String template : List.of(messageVi, messageEn, hintVi, hintEn)) {
      Matcher m = PLACEHOLDER.matcher(template);
      while (m.find()) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  /**
   * Throws when {@code args} are not exactly this code's fields: a programming error, which the
   * catalogue's tests find before any user could read a message with a hole in it.
   */
  void check(Map<String, Object> args) {
    Set<String> given = new TreeSet<>(args.keySet());
    given.remove("field");
    Set<String> wanted = new TreeSet<>(fields);
    wanted.remove("field");
    if (!given.equals(wanted) || args.values().stream().anyMatch(v -> v == null)) {
      throw new IllegalArgumentException("Problem " + id + " takes the fields " + wanted + ", not " + args.keySet());
    }
  }

  /**
   * Replaces each {@code {name}} by its argument, written for the language: decimals with a comma
   * and dates as 05/12/2025 in Vietnamese, a dot and 5 Dec 2025 in English; {@link Words} in the
   * language. Text arguments are shown as given (they are often what the user typed). A name
   * without an argument is a programming error, never a message with a hole.
   */
  static String fill(String template, Map<String, Object> args, Lang lang) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Object value = args.get(m.group(1));
      if (value == null) {
        throw new IllegalArgumentException("No value for " + m.group() + " in \"" + template + "\"");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(shown(value, lang)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);
  private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

  private static String shown(Object value, Lang lang) {
    boolean vi = lang != Lang.EN;
    if (value instanceof Double d) {
      String plain = BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
      return vi ? plain.replace('.', ',') : plain;
    }
    if (value instanceof LocalDate date) {
      return date.format(vi ? VI_DATE : EN_DATE);
    }
    if (value instanceof Words w) {
      return visible(w.in(lang));
    }
    if (value instanceof Period p) {
      if (p.asOf() != null) {
        return (vi ? "tính đến " : "as of ") + shown(p.asOf(), lang);
      }
      return shown(p.start(), lang) + " – " + shown(p.end(), lang);
    }
    return visible(String.valueOf(value));
  }

  /**
   * Text from data files (keys, values, file names) with every control, bidirectional-override
   * and lone surrogate character written out as {@code \\uXXXX}: a newline in a key must not
   * start a line of its own in the log, where GitHub would read {@code ::error::} as a command.
   */
  public static String visible(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean lone = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1)));
      if (Character.isHighSurrogate(c) && !lone) {
        if (out != null) {
          out.append(c).append(s.charAt(i + 1));
        }
        i++;
        continue;
      }
      if (lone || refusedCharacter(c) || c == '\n' || c == '\r') {
        if (out == null) {
          out = new StringBuilder(s.length() + 8).append(s, 0, i);
        }
        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }

  /**
   * Characters no data file may hold: C0 controls but tab, line feed and carriage return; DEL
   * and C1 controls; the bidirectional embeddings, overrides and isolates, which can make a
   * name read differently from what it is; the Unicode line separators and the noncharacters.
   */
  public static boolean refusedCharacter(int c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)
        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
        // Line and paragraph separators: YAML breaks lines there, GitHub and grep do not, so a
        // second key can hide on what reviewers see as one line.
        || c == 0x2028 || c == 0x2029
        // Noncharacters (U+FDD0–U+FDEF, U+xxFFFE and U+xxFFFF): not text; XML may not hold them.
        || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE
        || invisibleCharacter(c);
  }

  /**
   * Characters that show nothing, so two values that look the same differ (a commune name with
   * a zero-width space is another commune to a search): soft hyphen, zero-width space, joiners
   * and direction marks, word joiner and invisible operators, a byte-order mark inside the text.
   */
  public static boolean invisibleCharacter(int c) {
    return c == 0x00AD || c == 0x061C || c == 0x180E || (c >= 0x200B && c <= 0x200F) || (c >= 0x2060 && c <= 0x2064)
        || c == 0xFEFF;
  }
}
