package vn.xaso.publish;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.xaso.derive.Derived;
import vn.xaso.derive.ReportFacts;
import vn.xaso.model.Province;
import vn.xaso.model.SiteConfig;
import vn.xaso.schema.Dictionary;
import vn.xaso.schema.Schema;
import vn.xaso.schema.SchemaFiles;

/**
 * Writes the open data under {@code data/}: for everything, each province, each commune and each
 * report, the five tables as canonical CSV and as an Excel copy, and the reports as JSON; then
 * {@code datapackage.json}, the data dictionary, the corrections log and a zip of it all. Each
 * report's rows are turned into CSV once; every level is a concatenation of its reports' bytes.
 */
public final class DataPublisher {
  private final Schema schema;
  private final Tables tables;
  private final ModelJson modelJson;
  private final ObjectMapper json;

  public DataPublisher() {
    this(new Schema());
  }

  public DataPublisher(Schema schema) {
    this.schema = schema;
    this.tables = new Tables(schema);
    this.modelJson = new ModelJson(schema);
    this.json = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
  }

  /** One report's share of every file: CSV bodies per table and its JSON object. */
  private record Piece(ReportFacts facts, List<byte[]> csv, byte[] json) {}

  public void publish(Derived derived, SiteConfig config, Output out) {
    publish(derived, config, out, null);
  }

  /** As {@link #publish(Derived, SiteConfig, Output)}, reading the corrections log from {@code project} when given. */
  public void publish(Derived derived, SiteConfig config, Output out, Path project) {
    List<Piece> pieces = derived.reports().parallelStream().map(this::piece).toList();
    List<byte[]> headers = tables.all().stream().map(t -> CsvBytes.header(t.columns())).toList();
    ZipWriter zip = new ZipWriter();
    List<DataPackageWriter.Listed> listed = new ArrayList<>();
    writeLevel(out, "all", "all", pieces, headers, zip, listed);
    for (Province p : derived.provinces()) {
      List<Piece> mine = pieces.stream().filter(x -> x.facts().province().slug().equals(p.slug())).toList();
      writeLevel(out, p.slug(), p.slug(), mine, headers, zip, listed);
      // Communes' and reports' files are most of the files and independent: written in parallel.
      derived.communesOf(p).parallelStream().forEach(c -> {
        List<Piece> ofCommune = mine.stream().filter(x -> x.facts().commune().slug().equals(c.slug())).toList();
        String base = p.slug() + "/" + c.slug();
        writeLevel(out, base, null, ofCommune, headers, null, null);
        for (Piece x : ofCommune) {
          writeLevel(out, base + "/" + x.facts().report().period().key(), null, List.of(x), headers, null, null);
        }
      });
    }
    LocalDate created = created(derived);
    String dictionary = new DictionaryMarkdown(new Dictionary(schema)).render();
    String changelog = changelog(project);
    byte[] descriptor = pretty(new DataPackageWriter().descriptor(config, created, derived.reports(), listed));
    out.write("data/datapackage.json", descriptor);
    out.writeText("data/data-dictionary.md", dictionary);
    out.writeText("data/CHANGELOG.md", changelog);
    zip.add("datapackage.json", descriptor);
    zip.add("data-dictionary.md", dictionary.getBytes(StandardCharsets.UTF_8));
    zip.add("CHANGELOG.md", changelog.getBytes(StandardCharsets.UTF_8));
    out.write("data/xaso-open-data.zip", zip.bytes(created));
    // The schemas editors validate against, at a stable address beside the data they describe.
    new SchemaFiles(schema).all().forEach((name, text) -> out.writeText("schema/" + name, text));
  }

  private Piece piece(ReportFacts f) {
    List<byte[]> csv = tables.all().stream().map(t -> CsvBytes.rows(t.rows().apply(f))).toList();
    try {
      return new Piece(f, csv, json.writeValueAsBytes(modelJson.report(f)));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes one level's files. Levels listed in the data package (everything and each province)
   * also go into the zip.
   */
  private void writeLevel(Output out, String path, String scope, List<Piece> pieces, List<byte[]> headers,
      ZipWriter zip, List<DataPackageWriter.Listed> listed) {
    for (int t = 0; t < tables.all().size(); t++) {
      Table table = tables.all().get(t);
      ByteArrayOutputStream csv = new ByteArrayOutputStream();
      csv.writeBytes(headers.get(t));
      for (Piece p : pieces) {
        csv.writeBytes(p.csv().get(t));
      }
      byte[] canonical = csv.toByteArray();
      byte[] excel = new byte[canonical.length + CsvBytes.BOM.length];
      System.arraycopy(CsvBytes.BOM, 0, excel, 0, CsvBytes.BOM.length);
      System.arraycopy(canonical, 0, excel, CsvBytes.BOM.length, canonical.length);
      out.write("data/" + path + "/" + table.file(), canonical);
      out.write("data/" + path + "/" + table.excelFile(), excel);
      if (listed != null) {
        listed.add(new DataPackageWriter.Listed(path + "/" + table.file(), table, scope, canonical.length,
            Output.sha256(canonical)));
        // The Excel copies are the same bytes after a BOM: the zip carries the canonical files only.
        zip.add(path + "/" + table.file(), canonical);
      }
    }
    byte[] reports = reportsJson(path, pieces);
    out.write("data/" + path + "/data.json", reports);
    if (zip != null) {
      zip.add(path + "/data.json", reports);
    }
  }

  /** {"scope": …, "reports": [ … ]} with one report per line, so levels are concatenations. */
  private static byte[] reportsJson(String scope, List<Piece> pieces) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(("{\"scope\":\"" + scope + "\",\"reports\":[").getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < pieces.size(); i++) {
      b.writeBytes((i == 0 ? "\n" : ",\n").getBytes(StandardCharsets.UTF_8));
      b.writeBytes(pieces.get(i).json());
    }
    b.writeBytes("\n]}\n".getBytes(StandardCharsets.UTF_8));
    return b.toByteArray();
  }

  /** The data's own date, never the clock: the latest date any report gives. */
  static LocalDate created(Derived derived) {
    LocalDate latest = LocalDate.of(2025, 1, 1);
    for (ReportFacts f : derived.reports()) {
      for (LocalDate d : new LocalDate[] {f.report().period().to(), f.report().source().date(), f.report().source().signedOn()}) {
        if (d != null && d.isAfter(latest)) {
          latest = d;
        }
      }
    }
    return latest;
  }

  private static String changelog(Path project) {
    if (project != null) {
      Path file = project.resolve("content/data-changelog.md");
      if (Files.isRegularFile(file)) {
        try {
          return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return "# Nhật ký sửa dữ liệu / Data corrections\n\nChưa có lần sửa nào. / No corrections yet.\n";
  }

  private byte[] pretty(Object node) {
    try {
      return (json.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node) + "\n")
          .getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

}
