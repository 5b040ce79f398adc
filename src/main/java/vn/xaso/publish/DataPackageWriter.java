package vn.xaso.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
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
      cited.add(source(f, original(f, originals, baseUrl)));
    }
    return cited;
  }

  /** A report's entry in "sources": its title, and where its original can be read ({@code path}, null for nowhere). */
  private static ObjectNode source(ReportFacts f, String path) {
    ObjectNode s = NODES.objectNode();
    s.put("title", f.commune().displayName(Lang.VI) + ", " + f.report().period().key() + ": "
        + Tables.citation(f.report()));
    if (path != null) {
      s.put("path", path);
    }
    return s;
  }

  /** The original itself where it can be read: published beside the data, or elsewhere on the web; else null. */
  private static String original(ReportFacts f, Map<String, SourceDocuments.Published> originals, String baseUrl) {
    SourceDocuments.Published kept = originals.get(f.path());
    return kept != null ? baseUrl + kept.path() : f.report().source().url();
  }

  /** What a descriptor holds in place of "sources" until {@link Sources#into} puts their text there. */
  static final String SOURCES_HERE = "@xaso:sources@";

  /**
   * The "sources" of both packages (the site's and the zip's) as the packages' pretty JSON writes
   * them, made once per build instead of once per package, and each report's entry remembered as
   * text by its facts (the very object) and the address it gives, so that a long-lived build
   * writes again only the entries of the reports it read again (#26, seventh pass: building and
   * serialising every report's entry twice was a measured share of a national rebuild, docs/performance.md). Each entry is Jackson's own
   * text for it where the package puts it; {@code DataPackageSourcesTest} compares the packages
   * with the ones serialised whole.
   */
  static final class Sources {
    private record Cited(String path, String text) {}

    private final ObjectMapper pretty;
    private Map<ReportFacts, Cited> last = new java.util.IdentityHashMap<>();

    /** {@code pretty}: the mapper the packages are written with, indenting. */
    Sources(ObjectMapper pretty) {
      this.pretty = pretty;
    }

    /** The "sources" array's text: each report's entry in report order. */
    synchronized String text(List<ReportFacts> reports, Map<String, SourceDocuments.Published> originals, String baseUrl) {
      Map<ReportFacts, Cited> now = new java.util.IdentityHashMap<>(reports.size() * 2);
      StringBuilder out = new StringBuilder(reports.size() * 160).append('[');
      for (ReportFacts f : reports) {
        String path = original(f, originals, baseUrl);
        Cited before = last.get(f);
        Cited cited = before != null && java.util.Objects.equals(before.path(), path) ? before
            : new Cited(path, entry(source(f, path)));
        now.put(f, cited);
        // Jackson's array separators when it indents: "[ a, b ]", and "[ ]" when empty.
        out.append(out.length() == 1 ? " " : ", ").append(cited.text());
      }
      last = now;
      return out.append(" ]").toString();
    }

    /** The package's text with {@code sources} in its place: the descriptor was built with {@link #SOURCES_HERE}. */
    String into(ObjectNode descriptor, String sources) {
      String text = write(descriptor);
      String here = "\"sources\" : \"" + SOURCES_HERE + "\"";
      int at = text.indexOf(here);
      if (at < 0 || text.indexOf(here, at + 1) >= 0) {
        throw new IllegalStateException("the data package has no single place for its sources");
      }
      return text.substring(0, at) + "\"sources\" : " + sources + text.substring(at + here.length());
    }

    /** One entry as Jackson writes it at that depth: taken from a package holding it alone. */
    private String entry(ObjectNode source) {
      ObjectNode alone = NODES.objectNode();
      alone.putArray("sources").add(source);
      String text = write(alone);
      int open = text.indexOf("[ ");
      int close = text.lastIndexOf(" ]");
      if (open < 0 || close < open) {
        throw new IllegalStateException("unexpected JSON for a source: " + text);
      }
      return text.substring(open + 2, close);
    }

    private String write(ObjectNode node) {
      try {
        return pretty.writeValueAsString(node);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /** The package; {@code sources} the array of sources, or {@link #SOURCES_HERE} as text for {@link Sources#into}. */
  ObjectNode descriptor(SiteConfig config, LocalDate created, com.fasterxml.jackson.databind.JsonNode sources,
      List<Listed> files) {
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
