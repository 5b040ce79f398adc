package vn.xaso.publish;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.xaso.derive.Indicator;
import vn.xaso.derive.Part;
import vn.xaso.derive.When;
import vn.xaso.derive.ReportFacts;
import vn.xaso.derive.Value;
import vn.xaso.model.Block;
import vn.xaso.model.BlockInfrastructure;
import vn.xaso.model.Difficulty;
import vn.xaso.model.Evidence;
import vn.xaso.model.FigureEvidence;
import vn.xaso.model.Quote;
import vn.xaso.model.DocumentRef;
import vn.xaso.model.FollowUp;
import vn.xaso.model.Lang;
import vn.xaso.model.Report;
import vn.xaso.model.Software;
import vn.xaso.model.Text;
import vn.xaso.problem.Problem;
import vn.xaso.schema.Schema;
import vn.xaso.schema.Shape;

/**
 * The seven open-data tables (indicators, reports, documents, difficulties, infrastructure,
 * warnings, evidence) and how a report fills them. The wide table's columns are the report's scalar
 * fields, flattened from the schema, and the infrastructure table's are a block's scalar fields
 * (its hardware's, its own, its connectivity's), so a new scalar field of the report or of a
 * block becomes a column without editing this class; it is appended after the fields before it
 * in the model, so a field added at the end of its record adds a column at the end of its group
 * ({@code PublishedHeadersTest} pins every header: a changed one is a deliberate, logged change).
 * The other tables list their columns here.
 */
public final class Tables {
  private static final List<Column> KEY = List.of(
      Column.text("province", "Mã tỉnh", "Province slug"),
      Column.text("province_name", "Tên tỉnh", "Province name"),
      Column.text("commune", "Mã xã", "Commune slug"),
      Column.text("commune_name", "Tên xã", "Commune name"),
      Column.text("commune_code", "Mã đơn vị hành chính", "Official unit code"),
      Column.text("unit_type", "Loại đơn vị (xa, phuong, dac_khu)", "Unit type (xa, phuong, dac_khu)"),
      Column.text("period", "Mã kỳ báo cáo", "Period key"),
      new Column("period_start", Column.Type.DATE, "Ngày đầu kỳ (trống nếu số liệu tính đến ngày)",
          "First day (empty for an as-of report)", ""),
      new Column("period_end", Column.Type.DATE, "Ngày cuối kỳ hoặc ngày tính số liệu", "Last day, or the as-of date", ""));

  private final List<Table> all;

  public Tables(Schema schema) {
    this(schema, f -> Evidence.NONE);
  }

  /** The tables, the evidence table's rows read by {@code evidence} for each report. */
  public Tables(Schema schema, java.util.function.Function<ReportFacts, Evidence> evidence) {
    List<Path> wide = flatten(schema.report(), "", List.of());
    this.all = List.of(indicators(), reports(wide), documents(), difficulties(), infrastructure(blockFields(schema)),
        warnings(), evidence(schema, evidence));
  }

  /**
   * Where each figure stands in its report's kept text: one row per quoted clause (a computed
   * figure has one per part), so a reader checks a figure against the sentence it rests on.
   */
  private static Table evidence(Schema schema, java.util.function.Function<ReportFacts, Evidence> evidence) {
    List<Column> cols = with(List.of(
        Column.text("report", "Báo cáo (tỉnh/xã/kỳ)", "Report (province/commune/period)"),
        Column.text("field", "Trường của báo cáo (đường dẫn trong tệp YAML)", "Field of the report (path in the YAML file)"),
        Column.text("value", "Giá trị như báo cáo ghi", "The value as recorded"),
        new Column("line", Column.Type.INTEGER, "Dòng đầu của câu trích trong văn bản lưu", "First line of the quote in the kept text", ""),
        new Column("last_line", Column.Type.INTEGER, "Dòng cuối của câu trích", "Last line of the quote", ""),
        Column.text("quote", "Câu trích, đúng như văn bản", "The clause, as the text has it"),
        Column.text("computed", "Phép tính của người nhập liệu (trống nếu số liệu chép thẳng)",
            "The transcriber's arithmetic (empty when the figure is copied as written)")));
    return new Table("evidence", "Nguồn của từng số liệu trong văn bản báo cáo", "Where each figure stands in the report's text",
        cols, f -> {
          List<List<Object>> rows = new ArrayList<>();
          String report = f.province().slug() + "/" + f.commune().slug() + "/" + f.report().period().key();
          Map<String, Object> values = vn.xaso.evidence.Figures.values(f.report(), schema);
          for (Map.Entry<String, FigureEvidence> e : evidence.apply(f).figures().entrySet()) {
            for (Quote q : e.getValue().quotes()) {
              List<Object> row = key(f);
              row.add(report);
              row.add(e.getKey());
              Object value = values.get(e.getKey());
              row.add(shown(value));
              row.add(q.at().isEmpty() ? null : q.at().get(0));
              row.add(q.at().isEmpty() ? null : q.at().get(q.at().size() - 1));
              row.add(q.quote());
              row.add(e.getValue().computed());
              rows.add(row);
            }
          }
          return rows;
        });
  }

  public List<Table> all() {
    return all;
  }

  /** A scalar field of the report reached through record accessors. */
  private record Path(String column, List<Shape.Prop> props, Shape.Scalar scalar, String vi, String en, String unit) {}

  private static List<Path> flatten(Shape.Obj obj, String prefix, List<Shape.Prop> through) {
    List<Path> out = new ArrayList<>();
    for (Shape.Prop p : obj.props()) {
      if (prefix.isEmpty() && (p.name().equals("commune") || p.name().equals("period"))) {
        continue;
      }
      // A part's own date is published, with its default filled in, among the columns appended at the end.
      if (!prefix.isEmpty() && through.size() == 1 && p.name().equals("as_of")) {
        continue;
      }
      List<Shape.Prop> chain = new ArrayList<>(through);
      chain.add(p);
      String name = prefix + p.name();
      if (p.shape() instanceof Shape.Obj o && o.type() == Text.class) {
        if (p.name().equals("issuer") || p.name().equals("title")) {
          out.add(new Path(name, chain, null, p.doc().vi(), p.doc().en(), ""));
        }
      } else if (p.shape() instanceof Shape.Obj o) {
        out.addAll(flatten(o, name + "_", chain));
      } else if (p.shape() instanceof Shape.ListOf l && l.item() instanceof Shape.Scalar) {
        // A list of codes or names (left_blank, confirmed_as_reported): one cell, joined by "; ".
        out.add(new Path(name, chain, null, p.doc() == null ? "" : p.doc().vi(), p.doc() == null ? "" : p.doc().en(), ""));
      } else if (p.shape() instanceof Shape.Scalar s) {
        out.add(new Path(name, chain, s, p.doc() == null ? "" : p.doc().vi(), p.doc() == null ? "" : p.doc().en(),
            p.doc() == null ? "" : p.doc().unit()));
      }
    }
    return out;
  }

  /**
   * The scalar fields of a block, as infrastructure.csv's columns: its hardware's, then its own,
   * then its connectivity's, each group in the model's order.
   */
  private static List<Path> blockFields(Schema schema) {
    Shape.Obj block = schema.object(BlockInfrastructure.class);
    Shape.Prop hardware = block.byName().get("hardware");
    Shape.Prop connectivity = block.byName().get("connectivity");
    List<Path> out = new ArrayList<>(scalars((Shape.Obj) hardware.shape(), List.of(hardware)));
    out.addAll(scalars(block, List.of()));
    out.addAll(scalars((Shape.Obj) connectivity.shape(), List.of(connectivity)));
    return out;
  }

  /** The scalar properties of an object reached through {@code through}, named as in YAML. */
  private static List<Path> scalars(Shape.Obj obj, List<Shape.Prop> through) {
    List<Path> out = new ArrayList<>();
    for (Shape.Prop p : obj.props()) {
      if (p.shape() instanceof Shape.Scalar s) {
        List<Shape.Prop> chain = new ArrayList<>(through);
        chain.add(p);
        out.add(new Path(p.name(), chain, s, p.doc().vi(), p.doc().en(), p.doc().unit()));
      }
    }
    return out;
  }

  private static Column column(Path p) {
    if (p.scalar() == null) {
      return Column.text(p.column(), p.vi(), p.en());
    }
    Column.Type type = switch (p.scalar().kind()) {
      case INTEGER -> Column.Type.INTEGER;
      case PERCENT -> Column.Type.NUMBER;
      case DATE -> Column.Type.DATE;
      default -> Column.Type.STRING;
    };
    // A count says whether it holds at a date or over a span, as the data dictionary does.
    return new Column(p.column(), type, p.vi(), p.en(), p.unit(),
        vn.xaso.schema.FigureKind.of(p.props().get(p.props().size() - 1)).orElse(null));
  }

  private static Object read(Object record, List<Shape.Prop> chain) {
    Object v = record;
    for (Shape.Prop p : chain) {
      if (v == null) {
        return null;
      }
      try {
        v = p.component().getAccessor().invoke(v);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("Cannot read " + p.name(), e);
      }
    }
    return v;
  }

  private static String joined(List<?> values) {
    return values.isEmpty() ? null
        : values.stream().map(v -> v instanceof vn.xaso.model.Coded c ? c.code() : String.valueOf(v))
            .collect(Collectors.joining("; "));
  }

  /** A value as text: a number plainly (3.65, 100), a code as its code, a date as ISO. */
  private static String shown(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Double d) {
      return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    return value instanceof vn.xaso.model.Coded c ? c.code() : String.valueOf(value);
  }

  static List<Object> key(ReportFacts f) {
    Report r = f.report();
    List<Object> row = new ArrayList<>();
    row.add(f.province().slug());
    row.add(f.province().name());
    row.add(f.commune().slug());
    row.add(f.commune().name());
    row.add(f.commune().code());
    row.add(f.commune().unitType());
    row.add(r.period().key());
    row.add(r.period().start());
    row.add(r.period().to());
    return row;
  }

  private static List<Column> with(List<Column> more) {
    List<Column> out = new ArrayList<>(KEY);
    out.addAll(more);
    return List.copyOf(out);
  }

  /** "UBND xã Chí Minh; 15/BC-UBND; 2025-07-31", from what the source gives. */
  static String citation(Report r) {
    List<String> parts = new ArrayList<>();
    parts.add(r.source().issuer().vi());
    if (r.source().number() != null) {
      parts.add(r.source().number());
    }
    if (r.source().date() != null) {
      parts.add(r.source().date().toString());
    } else if (r.source().signedOn() != null) {
      parts.add(r.source().signedOn().toString());
    }
    return String.join("; ", parts);
  }

  private static Table indicators() {
    List<Column> cols = with(List.of(
        Column.text("indicator", "Mã chỉ số", "Indicator code"),
        Column.text("indicator_vi", "Tên chỉ số", "Indicator name (Vietnamese)"),
        Column.text("indicator_en", "Tên chỉ số (tiếng Anh)", "Indicator name"),
        new Column("value", Column.Type.NUMBER, "Giá trị (trống nếu không tính được)", "Value (empty when not computable)", ""),
        Column.text("unit", "Đơn vị", "Unit"),
        Column.text("basis", "Cơ sở: computed, stated, count, absent", "Basis: computed, stated, count, absent"),
        Column.text("reason_vi", "Lý do không có giá trị", "Why there is no value (Vietnamese)"),
        Column.text("reason_en", "Lý do không có giá trị (tiếng Anh)", "Why there is no value"),
        Column.text("source", "Văn bản nguồn", "Source document"),
        Column.text("source_file", "Tệp văn bản gốc", "Original text file"),
        // Appended after the first published columns, which keep their places.
        Column.text("figure_kind", "stock: số liệu tại một ngày; flow: số liệu trong một khoảng thời gian",
            "stock: holds at a date; flow: counts what happened over a span"),
        Column.text("period_kind", KIND_VI, KIND_EN),
        new Column("figure_start", Column.Type.DATE, "Ngày đầu khoảng thời gian của số liệu (trống với số liệu tại một ngày "
            + "hoặc khi báo cáo không nêu)", "First day of the figure's span (empty for a stock, or when not stated)", ""),
        new Column("figure_end", Column.Type.DATE, "Ngày số liệu tính đến, hoặc ngày cuối khoảng thời gian",
            "Date the figure holds at, or the last day of its span", ""),
        Column.text("basis_detail_vi", "Với số Xã Số tính: tính từ những số nào, theo nhánh nào của công thức",
            "For a figure computed by Xã Số: from which figures, by which branch of the formula (Vietnamese)"),
        Column.text("basis_detail_en", "Với số Xã Số tính (tiếng Anh)",
            "For a figure computed by Xã Số: from which figures, by which branch of the formula"),
        new Column("warnings_count", Column.Type.INTEGER, "Số cảnh báo chất lượng dữ liệu của báo cáo",
            "Data-quality warnings of the report", ""),
        new Column("quality_notes_count", Column.Type.INTEGER, "Số ghi chú chất lượng số liệu của người nhập liệu",
            "Transcriber's data-quality notes of the report", ""),
        new Column("part_has_notes", Column.Type.BOOLEAN, "Phần báo cáo của chỉ số có ghi chú (xem trang báo cáo)",
            "The indicator's part of the report carries notes (see the report page)", "")));
    return new Table("indicators", "Chỉ số theo xã và kỳ (dạng dài)", "Indicators by commune and period (long)", cols,
        f -> {
          List<List<Object>> rows = new ArrayList<>();
          for (Indicator i : Indicator.values()) {
            Value v = f.value(i);
            List<Object> row = key(f);
            row.add(i.code());
            row.add(i.label(Lang.VI));
            row.add(i.label(Lang.EN));
            row.add(v.number());
            row.add(i.unit());
            row.add(v.basis().code());
            row.add(v.reasonVi());
            row.add(v.reasonEn());
            row.add(citation(f.report()));
            row.add(f.report().source().file());
            When w = v.when();
            row.add(w == null ? null : w.stock() ? "stock" : "flow");
            row.add(w == null ? null : w.span().code());
            row.add(w == null || w.stock() ? null : w.from());
            row.add(w == null ? null : w.to());
            row.add(v.howVi());
            row.add(v.howEn());
            row.add(f.warnings().size());
            row.add(f.report().qualityNotes().size());
            row.add(partHasNotes(f.report(), i.part()));
            rows.add(row);
          }
          return rows;
        });
  }

  private static Table reports(List<Path> wide) {
    List<Column> more = new ArrayList<>();
    wide.forEach(p -> more.add(column(p)));
    for (Indicator i : Indicator.values()) {
      more.add(new Column("indicator_" + i.code(), Column.Type.NUMBER, i.label(Lang.VI), i.label(Lang.EN), i.unit()));
    }
    more.add(new Column("documents_count", Column.Type.INTEGER,
        "Số văn bản chỉ đạo của xã, tỉnh đã ban hành hoặc thực hiện (dòng list=issued của documents.csv)",
        "Commune and provincial directions issued or carried out (list=issued rows of documents.csv)", ""));
    more.add(new Column("difficulties_count", Column.Type.INTEGER, "Số khó khăn nêu ra", "Difficulties raised", ""));
    more.add(new Column("warnings_count", Column.Type.INTEGER, "Số cảnh báo chất lượng dữ liệu", "Data-quality warnings", ""));
    // Appended after the first published columns, which keep their places.
    more.add(Column.text("period_kind", KIND_VI, KIND_EN));
    more.add(new Column("procedures_as_of", Column.Type.DATE, "Ngày số liệu thủ tục hành chính tính đến (mặc định: cuối kỳ)",
        "Date the procedure figures hold at (default: the period's end)", ""));
    more.add(new Column("dossiers_start", Column.Type.DATE, "Ngày đầu khoảng thời gian của số liệu hồ sơ (trống nếu không nêu)",
        "First day of the dossier figures' span (empty when not stated)", ""));
    more.add(new Column("dossiers_end", Column.Type.DATE, "Ngày cuối khoảng thời gian của số liệu hồ sơ",
        "Last day of the dossier figures' span", ""));
    more.add(new Column("infrastructure_as_of", Column.Type.DATE, "Ngày số liệu hạ tầng tính đến (mặc định: cuối kỳ)",
        "Date the infrastructure figures hold at (default: the period's end)", ""));
    more.add(new Column("human_resources_as_of", Column.Type.DATE, "Ngày số liệu nhân lực tính đến (mặc định: cuối kỳ)",
        "Date the human-resources figures hold at (default: the period's end)", ""));
    for (Indicator i : Indicator.values()) {
      more.add(Column.text("basis_" + i.code(), "Cách có số " + i.label(Lang.VI) + ": count, stated, hoặc computed kèm các số "
          + "và nhánh công thức", "How " + i.label(Lang.EN) + " was obtained: count, stated, or computed with its figures and branch"));
    }
    more.add(new Column("quality_notes_count", Column.Type.INTEGER, "Số ghi chú chất lượng số liệu của người nhập liệu",
        "Transcriber's data-quality notes", ""));
    more.add(Column.text("linked_scope_vi", "Phạm vi liên thông theo khối (khối: phạm vi)", "Scope of links per block (block: scope, Vietnamese)"));
    more.add(Column.text("notes_in", "Những phần có ghi chú (xem trang báo cáo)", "Parts that carry notes (see the report page)"));
    return new Table("reports", "Báo cáo (dạng rộng, mỗi dòng một báo cáo)", "Reports (wide, one row per report)",
        with(more), f -> {
          List<Object> row = key(f);
          for (Path p : wide) {
            Object v = read(f.report(), p.props());
            row.add(v instanceof Text t ? t.vi() : v instanceof List<?> l ? joined(l) : v);
          }
          for (Indicator i : Indicator.values()) {
            row.add(f.value(i).number());
          }
          row.add(f.report().documents().size());
          row.add(f.report().difficulties().size());
          row.add(f.warnings().size());
          Report r = f.report();
          row.add(kind(r.period()));
          for (Part part : List.of(Part.PROCEDURES, Part.DOSSIERS, Part.INFRASTRUCTURE, Part.HUMAN_RESOURCES)) {
            When w = When.of(part, r);
            if (part == Part.DOSSIERS) {
              row.add(w.from());
            }
            row.add(w.to());
          }
          for (Indicator i : Indicator.values()) {
            Value v = f.value(i);
            row.add(v.basis() == Value.Basis.ABSENT ? null
                : v.howVi() == null ? v.basis().code() : v.basis().code() + ": " + v.howVi());
          }
          row.add(r.qualityNotes().size());
          row.add(linkedScope(r));
          row.add(notesIn(r));
          return List.of(row);
        });
  }

  private static final String KIND_VI = "Loại kỳ: as_of (tại một ngày), week, month, quarter, half_year, year, other, "
      + "to_date (lũy kế đến một ngày, không rõ ngày đầu)";
  private static final String KIND_EN = "Kind of period: as_of (at a date), week, month, quarter, half_year, year, other, "
      + "to_date (cumulative to a date from an unstated start)";

  /** The kind of a report's period: {@code as_of}, or the kind of its span. */
  static String kind(vn.xaso.model.Period p) {
    return p.asOf() != null ? "as_of" : When.of(Part.DOSSIERS, Report.identity("", p, null)).span().code();
  }

  /** "government: Toàn tỉnh…; front: …": each block's stated scope of links, which a share linked up depends on. */
  private static String linkedScope(Report r) {
    if (r.infrastructure() == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    r.infrastructure().blocks().forEach((block, b) -> {
      if (b.connectivity() != null && b.connectivity().linkedScope() != null) {
        out.add(block.code() + ": " + b.connectivity().linkedScope().vi());
      }
    });
    return out.isEmpty() ? null : String.join("; ", out);
  }

  /** "procedures; infrastructure.party.hardware": the parts whose notes a reader of the figures should see. */
  static String notesIn(Report r) {
    List<String> out = new ArrayList<>();
    if (r.procedures() != null && r.procedures().notes() != null) {
      out.add("procedures");
    }
    if (r.dossiers() != null && r.dossiers().notes() != null) {
      out.add("dossiers");
    }
    if (r.infrastructure() != null) {
      if (r.infrastructure().notes() != null) {
        out.add("infrastructure");
      }
      r.infrastructure().blocks().forEach((block, b) -> {
        String at = "infrastructure." + block.code();
        if (b.notes() != null) {
          out.add(at);
        }
        if (b.hardware() != null && b.hardware().note() != null) {
          out.add(at + ".hardware");
        }
        if (b.connectivity() != null && b.connectivity().notes() != null) {
          out.add(at + ".connectivity");
        }
      });
    }
    if (r.humanResources() != null && r.humanResources().notes() != null) {
      out.add("human_resources");
    }
    return out.isEmpty() ? null : String.join("; ", out);
  }

  /** Whether the part an indicator is read from carries notes anywhere in it. */
  private static boolean partHasNotes(Report r, Part part) {
    String notes = notesIn(r);
    if (notes == null) {
      return false;
    }
    String name = switch (part) {
      case PROCEDURES -> "procedures";
      case DOSSIERS -> "dossiers";
      case INFRASTRUCTURE -> "infrastructure";
      case HUMAN_RESOURCES -> "human_resources";
    };
    return List.of(notes.split("; ")).stream().anyMatch(n -> n.equals(name) || n.startsWith(name + "."));
  }

  private static Table documents() {
    List<Column> cols = with(List.of(
        // The value "issued" is kept (scripts filter on it): every such document was issued, by the body its
        // issuer_vi/issuer_en name, the commune or its province; only the words "by the commune" were false.
        Column.text("list", "issued: văn bản chỉ đạo của xã hoặc của tỉnh mà báo cáo nói đã ban hành hoặc thực hiện "
                + "(ai ban hành: cột issuer_vi); responds_to: văn bản yêu cầu báo cáo; "
                + "cites: văn bản báo cáo viện dẫn; follow_up: kết luận mà báo cáo nêu việc triển khai",
            "issued: a direction of the commune or of its province that the report says was issued or carried out "
                + "(whose: issuer_en); responds_to: what the report answers; "
                + "cites: what the report cites; follow_up: a conclusion whose follow-up the report describes"),
        Column.text("number", "Số, ký hiệu", "Number"),
        Column.text("kind", "Loại văn bản", "Kind"),
        new Column("date", Column.Type.DATE, "Ngày ban hành", "Date issued", ""),
        Column.text("issuer_vi", "Cơ quan ban hành", "Issuer (Vietnamese)"),
        Column.text("issuer_en", "Cơ quan ban hành (tiếng Anh)", "Issuer"),
        Column.text("title_vi", "Trích yếu (tóm tắt)", "Subject (Vietnamese, summarised)"),
        Column.text("title_en", "Trích yếu (tiếng Anh)", "Subject (summarised)"),
        Column.text("follow_up_vi", "Việc đã làm để triển khai (tóm tắt; chỉ với follow_up)",
            "What was done (Vietnamese, summarised; follow_up rows only)"),
        Column.text("follow_up_en", "Việc đã làm (tiếng Anh)", "What was done (summarised; follow_up rows only)")));
    return new Table("documents", "Văn bản (Phụ lục 01, văn bản được trả lời, kết luận được triển khai)",
        "Documents (Appendix 01, documents answered, conclusions followed up)", cols, f -> {
      List<List<Object>> rows = new ArrayList<>();
      for (DocumentRef d : f.report().documents()) {
        rows.add(document(f, "issued", d));
      }
      List<DocumentRef> asked = f.report().source().respondsTo() == null ? List.of() : f.report().source().respondsTo();
      for (DocumentRef d : asked) {
        rows.add(document(f, "responds_to", d));
      }
      for (DocumentRef d : f.report().cites()) {
        rows.add(document(f, "cites", d));
      }
      for (FollowUp u : f.report().followUps()) {
        List<Object> row = document(f, "follow_up", u.conclusion());
        row.set(row.size() - 2, u.summary().vi());
        row.set(row.size() - 1, u.summary().en());
        rows.add(row);
      }
      return rows;
    });
  }

  private static List<Object> document(ReportFacts f, String list, DocumentRef d) {
    List<Object> row = key(f);
    row.add(list);
    row.add(d.number());
    row.add(d.kind());
    row.add(d.date());
    row.add(d.issuer() == null ? null : d.issuer().vi());
    row.add(d.issuer() == null ? null : d.issuer().en());
    row.add(d.title().vi());
    row.add(d.title().en());
    row.add(null);
    row.add(null);
    return row;
  }

  private static Table difficulties() {
    List<Column> cols = with(List.of(
        Column.text("kind", "difficulty: khó khăn (kèm kiến nghị nếu có); proposal: kiến nghị chung",
            "difficulty: a difficulty (with its proposal if any); proposal: a general proposal"),
        Column.text("area", "Lĩnh vực", "Area"),
        Column.text("difficulty_vi", "Khó khăn (tóm tắt)", "Difficulty (Vietnamese, summarised)"),
        Column.text("difficulty_en", "Khó khăn (tiếng Anh)", "Difficulty (summarised)"),
        Column.text("proposal_vi", "Kiến nghị (tóm tắt)", "Proposal (Vietnamese, summarised)"),
        Column.text("proposal_en", "Kiến nghị (tiếng Anh)", "Proposal (summarised)"),
        Column.text("authority_vi", "Cấp có thẩm quyền", "Competent authority (Vietnamese)"),
        Column.text("authority_en", "Cấp có thẩm quyền (tiếng Anh)", "Competent authority")));
    return new Table("difficulties", "Khó khăn và kiến nghị (Phụ lục 02)", "Difficulties and proposals (Appendix 02)",
        cols, f -> {
          List<List<Object>> rows = new ArrayList<>();
          for (Difficulty d : f.report().difficulties()) {
            List<Object> row = key(f);
            row.add("difficulty");
            row.add(d.area());
            addText(row, d.difficulty());
            addText(row, d.proposal());
            addText(row, d.authority());
            rows.add(row);
          }
          for (Text p : f.report().proposals()) {
            List<Object> row = key(f);
            row.add("proposal");
            row.add(null);
            addText(row, null);
            addText(row, p);
            addText(row, null);
            rows.add(row);
          }
          return rows;
        });
  }

  /**
   * Everything said about the data's quality, one row each: the validator's warnings (with their
   * code and field) and the transcriber's notes, in both languages.
   */
  private static Table warnings() {
    List<Column> cols = with(List.of(
        Column.text("report", "Báo cáo (tỉnh/xã/kỳ)", "Report (province/commune/period)"),
        Column.text("kind", "validation_warning: cảnh báo của bước kiểm tra; quality_note: ghi chú của người nhập liệu",
            "validation_warning: raised by validation; quality_note: the transcriber's note"),
        Column.text("code", "Mã cảnh báo (trống với ghi chú)", "Warning code (empty for a note)"),
        Column.text("field", "Trường liên quan, hoặc phần báo cáo mà ghi chú nói về (trống nếu cả báo cáo)",
            "Field concerned, or the report's part a note is about (empty for the whole report)"),
        Column.text("message_vi", "Nội dung", "Message (Vietnamese)"),
        Column.text("message_en", "Nội dung (tiếng Anh)", "Message")));
    return new Table("warnings", "Cảnh báo và ghi chú chất lượng dữ liệu", "Data-quality warnings and notes", cols, f -> {
      List<List<Object>> rows = new ArrayList<>();
      String report = f.province().slug() + "/" + f.commune().slug() + "/" + f.report().period().key();
      for (Problem p : f.warnings()) {
        List<Object> row = key(f);
        row.add(report);
        row.add("validation_warning");
        row.add(p.code().id());
        row.add(p.field().isEmpty() ? null : p.field());
        row.add(p.message(Lang.VI));
        row.add(p.message(Lang.EN));
        rows.add(row);
      }
      for (vn.xaso.model.QualityNote note : f.report().qualityNotes()) {
        List<Object> row = key(f);
        row.add(report);
        row.add("quality_note");
        row.add(null);
        row.add(note.part());
        row.add(note.vi());
        row.add(note.en());
        rows.add(row);
      }
      return rows;
    });
  }

  private static void addText(List<Object> row, Text t) {
    row.add(t == null ? null : t.vi());
    row.add(t == null ? null : t.en());
  }

  private static Table infrastructure(List<Path> fields) {
    List<Column> cols = new ArrayList<>(List.of(
        Column.text("block", "Khối: party, government, council, front", "Block: party, government, council, front")));
    fields.forEach(p -> cols.add(column(p)));
    cols.addAll(List.of(
        new Column("software_count", Column.Type.INTEGER, "Số phần mềm nêu tên", "Software named", ""),
        Column.text("software_vi", "Phần mềm (tên; tình trạng)", "Software (Vietnamese names; state)"),
        Column.text("databases_vi", "Cơ sở dữ liệu", "Databases (Vietnamese names)")));
    return new Table("infrastructure", "Hạ tầng công nghệ theo khối", "Technology infrastructure per block", with(cols), f -> {
      List<List<Object>> rows = new ArrayList<>();
      if (f.report().infrastructure() == null) {
        return rows;
      }
      for (Map.Entry<Block, BlockInfrastructure> e : f.report().infrastructure().blocks().entrySet()) {
        BlockInfrastructure b = e.getValue();
        List<Object> row = key(f);
        row.add(e.getKey());
        fields.forEach(p -> row.add(read(b, p.props())));
        List<Software> software = b.software() == null ? List.of() : b.software();
        row.add(software.isEmpty() ? null : software.size());
        row.add(software.isEmpty() ? null : software.stream()
            .map(s -> s.name().vi() + (s.state() == null ? "" : " (" + s.state().code() + ")"))
            .collect(Collectors.joining("; ")));
        row.add(b.databases() == null || b.databases().isEmpty() ? null
            : b.databases().stream().map(Text::vi).collect(Collectors.joining("; ")));
        rows.add(row);
      }
      return rows;
    });
  }
}
