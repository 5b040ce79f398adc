package vn.xaso.publish;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.xaso.derive.ReportFacts;
import vn.xaso.model.Lang;
import vn.xaso.model.SiteConfig;

/**
 * {@code datapackage.json} (Frictionless Data Package v2): each listed CSV as a tabular resource
 * with its Table Schema, size and SHA-256; licence, publisher and every report cited as a source.
 */
public final class DataPackageWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Tables tables;

  DataPackageWriter(Tables tables) {
    this.tables = tables;
  }

  /** A file to list: its path relative to data/, its table's name (null for data.json), and the scope it covers. */
  public record Listed(String path, String table, String scope, long bytes, String sha256) {}

  /**
   * Every report cited as a source, in report order: one node that the site's package and the
   * zip's both hold, built once (40,000 entries at national scale).
   */
  static ArrayNode sources(List<ReportFacts> reports, Map<String, SourceDocuments.Published> originals, String baseUrl) {
    ArrayNode cited = NODES.arrayNode(reports.size());
    for (ReportFacts f : reports) {
      ObjectNode s = cited.addObject();
      s.put("title", f.commune().displayName(Lang.VI) + ", " + f.report().period().key() + ": "
          + Tables.citation(f.report()));
      // The original itself where it can be read: published beside the data, or elsewhere on the web.
      SourceDocuments.Published kept = originals.get(f.path());
      if (kept != null) {
        s.put("path", baseUrl + kept.path());
      } else if (f.report().source().url() != null) {
        s.put("path", f.report().source().url());
      }
    }
    return cited;
  }

  ObjectNode descriptor(SiteConfig config, LocalDate created, ArrayNode sources, List<Listed> files) {
    ObjectNode p = NODES.objectNode();
    p.put("$schema", "https://datapackage.org/profiles/2.0/datapackage.json");
    p.put("name", "xaso-commune-digital-progress");
    p.put("title", config.title().vi() + " / " + config.title().in(Lang.EN));
    p.put("description", config.description().vi() + "\n\n" + config.description().in(Lang.EN));
    p.put("homepage", config.baseUrl());
    p.put("version", config.dataVersion() == null ? "0.0.0" : config.dataVersion());
    p.put("created", created + "T00:00:00Z");
    p.putArray("keywords").add("chuyển đổi số").add("digital transformation").add("Vietnam").add("communes")
        .add("Nghị quyết 57-NQ/TW").add("Kế hoạch 02-KH/BCĐTW");
    ObjectNode licence = p.putArray("licenses").addObject();
    // A standard identifier where one fits (tools recognise it); the title and terms keep the
    // configuration's own wording, e.g. the Decree 47/2020 open-data terms.
    licence.put("name", config.licence().standardId());
    if (config.licence().spdx() != null) {
      licence.put("path", "https://spdx.org/licenses/" + config.licence().spdx() + ".html");
    } else if (config.licence().url() != null) {
      licence.put("path", config.licence().url());
    }
    licence.put("title", config.licence().name().vi() + " / " + config.licence().name().in(Lang.EN)
        + (config.licence().spdx() == null ? "" : " (" + config.licence().spdx() + ")"));
    p.put("licenseTerms", config.licence().terms().vi() + " / " + config.licence().terms().in(Lang.EN)
        + (config.licence().url() == null ? "" : " " + config.licence().url()));
    ObjectNode publisher = p.putArray("contributors").addObject();
    publisher.put("title", config.publisher().vi() + " / " + config.publisher().in(Lang.EN));
    publisher.putArray("roles").add("publisher");
    p.set("sources", sources);
    // Not a Data Package property: a suggested citation per language, as the pages give it.
    ObjectNode citation = p.putObject("citation");
    citation.put("vi", SuggestedCitation.dataset(config, created, Lang.VI));
    citation.put("en", SuggestedCitation.dataset(config, created, Lang.EN));
    ArrayNode resources = p.putArray("resources");
    for (Listed f : files) {
      resources.add(resource(f));
    }
    return p;
  }

  private ObjectNode resource(Listed listed) {
    if (listed.path().endsWith(".zip")) {
      return zip(listed);
    }
    if (listed.table() == null) {
      return json(listed);
    }
    Table table = tables.all().stream().filter(t -> t.name().equals(listed.table())).findFirst().orElseThrow();
    ObjectNode r = NODES.objectNode();
    Listed f = listed;
    r.put("name", (f.scope() + "-" + table.name()).replace('/', '-'));
    r.put("path", f.path());
    r.put("type", "table");
    r.put("title", table.titleVi() + " — " + f.scope() + " / " + table.titleEn());
    r.put("format", "csv");
    r.put("mediatype", "text/csv");
    r.put("encoding", "utf-8");
    r.put("bytes", f.bytes());
    r.put("hash", "sha256:" + f.sha256());
    ObjectNode dialect = r.putObject("dialect");
    dialect.put("header", true);
    dialect.put("delimiter", ",");
    dialect.put("lineTerminator", "\r\n");
    dialect.put("quoteChar", "\"");
    ObjectNode schema = r.putObject("schema");
    ArrayNode fields = schema.putArray("fields");
    for (Column c : table.columns()) {
      ObjectNode field = fields.addObject();
      field.put("name", c.name());
      field.put("type", c.type().tableSchema());
      field.put("title", c.en());
      field.put("description", c.vi() + " / " + c.en() + (c.unit().isEmpty() ? "" : " (" + c.unit() + ")")
          + (c.figure() == null ? "" : " — " + c.figure().label(Lang.VI) + " / " + c.figure().label(Lang.EN)));
      if (!c.unit().isEmpty()) {
        field.put("unit", c.unit());
      }
    }
    schema.putArray("missingValues").add("");
    return r;
  }

  /** A province's zip: its own and its communes' tables (each as in {@code all/}, sliced), Excel copies and data.json. */
  private static ObjectNode zip(Listed f) {
    ObjectNode r = NODES.objectNode();
    r.put("name", f.scope() + "-zip");
    r.put("path", f.path());
    r.put("title", "Dữ liệu của tỉnh và từng xã — " + f.scope() + " / The province's and each commune's data");
    r.put("description", "Tệp nén: thư mục " + f.scope() + "/ chứa các bảng CSV, bản cho Excel (*.excel.csv) và "
        + "data.json của tỉnh, mỗi xã một thư mục con " + f.scope() + "/<xã>/ với các tệp như vậy. Các bảng cùng cột, "
        + "cùng thứ tự với bảng toàn quốc trong all/. / A zip: folder " + f.scope() + "/ holds the province's CSV "
        + "tables, their Excel copies (*.excel.csv) and data.json, and each commune has a folder " + f.scope()
        + "/<commune>/ with the same files. The tables have the columns and row order of the national ones in all/.");
    r.put("format", "zip");
    r.put("mediatype", "application/zip");
    r.put("bytes", f.bytes());
    r.put("hash", "sha256:" + f.sha256());
    return r;
  }

  /** A level's data.json: not tabular, so described in words and by the report schema it follows. */
  private static ObjectNode json(Listed f) {
    ObjectNode r = NODES.objectNode();
    r.put("name", (f.scope() + "-data-json").replace('/', '-'));
    r.put("path", f.path());
    r.put("title", "Báo cáo dạng JSON — " + f.scope() + " / Reports as JSON");
    r.put("description", "{\"scope\": …, \"reports\": [...]}: mỗi báo cáo với đúng tên trường như tệp YAML "
        + "(xem schema/report.schema.json), cùng period_key, province, commune, các chỉ số (value, basis, reason) "
        + "và cảnh báo chất lượng dữ liệu. / Each report with the YAML's own field names (see "
        + "schema/report.schema.json), plus period_key, province, commune, its indicators (value, basis, reason) "
        + "and data-quality warnings.");
    r.put("format", "json");
    r.put("mediatype", "application/json");
    r.put("encoding", "utf-8");
    r.put("bytes", f.bytes());
    r.put("hash", "sha256:" + f.sha256());
    return r;
  }

}
