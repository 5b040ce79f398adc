package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.xaso.model.BlankPart;
import vn.xaso.model.Block;
import vn.xaso.model.Lang;
import vn.xaso.model.Source;
import vn.xaso.model.Text;
import vn.xaso.schema.Schema;
import vn.xaso.testing.SourceBuilder;
import vn.xaso.site.Views.Fields;
import vn.xaso.site.Views.Missing;
import vn.xaso.site.Views.Sec;

/**
 * A part of a report as the page shows it: what the report gives first, with labels in the page's
 * language; a part the signed original leaves blank says so; what it leaves out is named once, after.
 */
class ReportSectionsTest {
  private final Schema schema = new Schema();
  private final Sections vi = new Sections(new Show(Lang.VI, new Formats(Lang.VI), Messages.of(Lang.VI)));
  private final Sections en = new Sections(new Show(Lang.EN, new Formats(Lang.EN), Messages.of(Lang.EN)));

  private static Source source(String number, LocalDate date, BlankPart... blank) {
    return SourceBuilder.of(new Text("UBND xã Hùng Thắng", null), Block.GOVERNMENT,
        new Text("Báo cáo tháng 12", "December report")).number(number).date(date).leftBlank(blank).build();
  }

  private static List<String> rows(Sec sec) {
    return sec.parts().stream().filter(Fields.class::isInstance).map(Fields.class::cast)
        .flatMap(f -> f.rows().stream()).map(r -> r.label() + ": " + r.value().text()).toList();
  }

  private static List<String> missing(Sec sec) {
    return sec.parts().stream().filter(Missing.class::isInstance).map(Missing.class::cast)
        .flatMap(m -> m.labels().stream()).toList();
  }

  @Test
  void whatTheReportGivesComesFirstInThePagesLanguage() {
    Sec sec = vi.section("source", "Nguồn", source("1/BC-UBND", LocalDate.of(2025, 12, 31)), schema.object(Source.class));
    assertEquals("source", sec.id());
    assertFalse(sec.absent());
    assertEquals(List.of("Cơ quan ban hành: UBND xã Hùng Thắng", "Khối ban hành: Chính quyền (UBND)",
        "Số, ký hiệu: 1/BC-UBND", "Ngày ban hành: 31/12/2025", "Trích yếu: Báo cáo tháng 12"),
        rows(sec));
    Sec english = en.section("source", "Source", source("1/BC-UBND", LocalDate.of(2025, 12, 31)),
        schema.object(Source.class));
    assertTrue(rows(english).contains("Subject: December report"), rows(english).toString());
    assertTrue(rows(english).contains("Date issued: 31 Dec 2025"), rows(english).toString());
  }

  @Test
  void aPartTheSignedOriginalLeavesBlankSaysSoAndIsNotCountedMissing() {
    Sec sec = vi.section("source", "Nguồn", source(null, null, BlankPart.NUMBER), schema.object(Source.class));
    assertTrue(rows(sec).contains("Số, ký hiệu: Số hiệu để trống trong bản ký"), rows(sec).toString());
    assertFalse(missing(sec).contains("Số, ký hiệu"));
    assertTrue(missing(sec).contains("Ngày ban hành"), "the date is not marked blank, so it is missing");
  }

  @Test
  void whatTheReportLeavesOutIsNamedOnceAfterWhatItGives() {
    Sec sec = vi.section("source", "Nguồn", source("1/BC-UBND", null), schema.object(Source.class));
    assertTrue(sec.parts().get(sec.parts().size() - 1) instanceof Missing, "missing fields come last");
    assertEquals(List.of("Ngày ban hành", "Ngày ký số", "Chức danh người ký", "Người ký",
        "Báo cáo nói số liệu tính đến ngày", "Văn bản yêu cầu báo cáo", "Tệp văn bản gốc", "Văn bản gốc trên mạng"),
        missing(sec), "no part left blank is not something the report leaves out");
  }

  @Test
  void aPartTheReportLeavesOutIsAnAbsentSection() {
    Sec sec = vi.section("hardware", "Phần cứng", null, schema.object(Source.class));
    assertTrue(sec.absent());
    assertTrue(sec.parts().isEmpty());
    assertEquals("Phần cứng", sec.title());
  }

  @Test
  void labelsFollowTheLanguageAndAnUndocumentedFieldHasNone() {
    var doc = schema.object(Source.class).prop("number").orElseThrow().doc();
    assertEquals("Số, ký hiệu báo cáo", vi.label(doc));
    assertEquals("Report number", en.label(doc));
    assertEquals("", vi.label((vn.xaso.model.Doc) null));
  }

  @Test
  void aListOfRecordsIsATableAndADocumentInACellReadsAsItsPresentFieldsJoined() {
    var followUps = List.of(new vn.xaso.model.FollowUp(new vn.xaso.model.DocumentRef("195-KL/TW", null,
        LocalDate.of(2025, 8, 15), null, new Text("Kết luận về chuyển đổi số", null)), new Text("Đã triển khai", "Done")));
    var shape = schema.report().prop("follow_ups").orElseThrow().shape();
    Sec sec = en.section("follow-ups", "Follow-ups", followUps, shape);
    Views.Tbl table = (Views.Tbl) sec.parts().get(0);
    assertEquals(List.of("Document followed up", "What was done"), table.headers());
    List<Views.Shown> row = table.rows().get(0);
    assertEquals("195-KL/TW · 15 Aug 2025 · Kết luận về chuyển đổi số", row.get(0).text());
    assertEquals("vi", row.get(0).lang(), "a cell holding untranslated text is marked Vietnamese");
    assertEquals("Done", row.get(1).text());
    assertTrue(en.section("follow-ups", "Follow-ups", List.of(), shape).absent(), "an empty list is a part left out");
  }

  @Test
  void aListOfTextsIsAListAndAYearIsAnIdentifierNotACount() {
    var proposals = schema.report().prop("proposals").orElseThrow().shape();
    Sec list = vi.section("proposals", "Đề xuất", List.of(new Text("Cấp thêm máy tính", null)), proposals);
    assertEquals(List.of("Cấp thêm máy tính"), ((Views.Lst) list.parts().get(0)).items().stream()
        .map(Views.Shown::text).toList());
    Sec finance = vi.section("finance", "Tài chính", new vn.xaso.model.Finance(500_000_000L, null, 2025, null),
        schema.object(vn.xaso.model.Finance.class));
    assertEquals(List.of("Kinh phí cần (ước tính): 500.000.000 VND", "Năm ngân sách: 2025"), rows(finance));
    assertEquals(List.of("Kinh phí đã bố trí"), missing(finance), "a missing note is not a missing figure");
  }
}
