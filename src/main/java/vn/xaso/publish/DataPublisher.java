package vn.xaso.publish;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import vn.xaso.derive.Changes;
import vn.xaso.model.Commune;
import vn.xaso.derive.Derived;
import vn.xaso.derive.ReportFacts;
import vn.xaso.model.Province;
import vn.xaso.model.SiteConfig;
import vn.xaso.schema.Dictionary;
import vn.xaso.schema.Schema;
import vn.xaso.schema.SchemaFiles;

/**
 * Writes the open data under {@code data/}: for the nation the tables as canonical CSV and as an
 * Excel copy, and the reports as JSON; for each province one zip holding the same files for the
 * province and for each of its communes; for each report its JSON; then {@code datapackage.json},
 * the data dictionary, the corrections log and a zip of the national files. Each report's rows
 * are turned into CSV once; every level is a concatenation of its reports' bytes, and every zip
 * entry a concatenation of segments deflated once per commune and once per province.
 */
public final class DataPublisher {
  private final Schema schema;
  /** Set again by each publish: the evidence table reads the project's evidence files. */
  private Tables tables;
  private final ModelJson modelJson;
  private final ObjectMapper json;
  /** Set again by each publish: each table's header with its deflated form, the first segment of its zip entries. */
  private List<ZipWriter.Segment> zippedHeaders;
  /** The national files' hashes as this publisher last worked them out, with their parts. */
  private final PartsDigest digests = new PartsDigest();

  public DataPublisher() {
    this(new Schema());
  }

  public DataPublisher(Schema schema) {
    this.schema = schema;
    this.tables = new Tables(schema);
    this.modelJson = new ModelJson(schema);
    this.json = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    this.sources = new DataPackageWriter.Sources(json.copy().enable(SerializationFeature.INDENT_OUTPUT));
  }

  /**
   * A commune's share of its province's and the nation's files: a CSV body per table, its
   * reports' JSON joined by ",\n", and each of those bodies deflated on its own (a segment of its
   * entries in the province's zip).
   */
  public record Slice(List<byte[]> csv, byte[] json, List<byte[]> deflated) {
    public Slice {
      csv = List.copyOf(csv);
      deflated = List.copyOf(deflated);
    }

    boolean empty() {
      return json.length == 0;
    }

    /** Table {@code t}'s body, or past the last table the JSON (none when there is no report). */
    List<byte[]> body(int t) {
      return t < csv.size() ? List.of(csv.get(t)) : empty() ? List.of() : List.of(json);
    }
  }

  /**
   * A province's share of the national files: its communes' slices in order, each table's body
   * deflated as one zip segment, and its files as listed in the data package.
   */
  public record ProvinceSlice(String slug, List<String> communes, List<Slice> slices, List<byte[]> deflated,
      List<DataPackageWriter.Listed> listed) {
    public ProvinceSlice {
      communes = List.copyOf(communes);
      slices = List.copyOf(slices);
      deflated = List.copyOf(deflated);
      listed = List.copyOf(listed);
    }

    /** Table {@code t}'s body (or, past the last table, the JSON) as the communes' parts in order. */
    List<byte[]> parts(int t) {
      List<byte[]> out = new ArrayList<>(slices.size());
      for (Slice s : slices) {
        if (t < s.csv().size()) {
          out.add(s.csv().get(t));
        } else if (!s.empty()) {
          if (!out.isEmpty()) {
            out.add(JSON_SEPARATOR);
          }
          out.add(s.json());
        }
      }
      return out;
    }
  }

  /** What earlier builds made and this one may reuse: the slices of communes and provinces that did not change. */
  public interface SliceStore {
    SliceStore NONE = new SliceStore() {
      @Override
      public Optional<Slice> commune(String key) {
        return Optional.empty();
      }

      @Override
      public Optional<ProvinceSlice> province(String slug) {
        return Optional.empty();
      }
    };

    Optional<Slice> commune(String key);

    Optional<ProvinceSlice> province(String slug);
  }

  public void publish(Derived derived, SiteConfig config, Output out) {
    publish(derived, config, out, null);
  }

  /** As {@link #publish(Derived, SiteConfig, Output)}, reading the corrections log from {@code project} when given. */
  public List<ProvinceSlice> publish(Derived derived, SiteConfig config, Output out, Path project) {
    return publish(derived, config, out, project, Changes.ALL, SliceStore.NONE);
  }

  /**
   * Writes the files of what {@code changes} names, and the national files, which depend on
   * everything. Communes and provinces that did not change come from {@code store}. Returns the
   * slices of the provinces it wrote, for the cache.
   */
  public List<ProvinceSlice> publish(Derived derived, SiteConfig config, Output out, Path project, Changes changes,
      SliceStore store) {
    this.tables = new Tables(schema, f -> vn.xaso.evidence.ReportEvidence.read(project, schema, f.loaded().file(),
        f.report()).evidence());
    List<byte[]> headers = tables.all().stream().map(t -> CsvBytes.header(t.columns())).toList();
    this.zippedHeaders = headers.stream().map(h -> new ZipWriter.Segment(List.of(h), ZipWriter.deflate(List.of(h)))).toList();
    // Grouped once: asking Derived per commune walks every report for every commune.
    Map<String, List<ReportFacts>> byCommune = derived.reports().stream()
        .collect(Collectors.groupingBy(r -> Changes.key(r.commune()), LinkedHashMap::new, Collectors.toList()));
    // Provinces are independent and each is mostly commune files: done in parallel, kept in order.
    List<ProvinceSlice> all = derived.provinces().parallelStream()
        .map(p -> changes.touches(p) ? province(derived, byCommune, p, out, changes, store, project)
            : store.province(p.slug()).orElseThrow(() -> new IllegalStateException("No cached slice for " + p.slug())))
        .toList();
    List<DataPackageWriter.Listed> listed = new ArrayList<>();
    ZipWriter zip = new ZipWriter();
    national(all, out, headers, zip, listed);
    all.forEach(s -> listed.addAll(s.listed()));
    LocalDate created = derived.created();
    String dictionary = dictionary();
    String changelog = changelog(project);
    DataPackageWriter packages = new DataPackageWriter(tables);
    // The sources' text once for both packages, each report's entry kept from the last build when its facts are.
    String sources = this.sources.text(derived.reports(), SourceDocuments.all(project, derived.reports()), config.baseUrl());
    com.fasterxml.jackson.databind.node.TextNode here =
        com.fasterxml.jackson.databind.node.TextNode.valueOf(DataPackageWriter.SOURCES_HERE);
    out.writeText(DataLayout.top("datapackage.json"),
        this.sources.into(packages.descriptor(config, created, here, listed), sources) + "\n");
    out.writeText(DataLayout.top("data-dictionary.md"), dictionary);
    out.writeText(DataLayout.top("CHANGELOG.md"), changelog);
    // The zip holds the national files only, so its own package lists only those.
    zip.add("datapackage.json", (this.sources.into(packages.descriptor(config, created, here,
        listed.stream().filter(l -> l.scope().equals(DataLayout.ALL)).toList()), sources) + "\n")
        .getBytes(StandardCharsets.UTF_8));
    zip.add("data-dictionary.md", dictionary.getBytes(StandardCharsets.UTF_8));
    zip.add("CHANGELOG.md", changelog.getBytes(StandardCharsets.UTF_8));
    out.write(DataLayout.top("xaso-open-data.zip"), zip.bytes(created));
    // The schemas editors validate against, at a stable address beside the data they describe.
    schemaFiles().forEach((name, text) -> out.writeText("schema/" + name, text));
    return all.stream().filter(s -> changes.all() || changes.provinces().contains(s.slug())).toList();
  }

  /** Each report's entry in the packages' sources, as text, from one build to the next (a preview server's rebuilds). */
  private final DataPackageWriter.Sources sources;

  /** The data dictionary and the schemas' files, which follow from the schema alone: made once per publisher. */
  private volatile String dictionary;
  private volatile Map<String, String> schemaFiles;

  private String dictionary() {
    String known = dictionary;
    if (known == null) {
      known = new DictionaryMarkdown(new Dictionary(schema)).render();
      dictionary = known;
    }
    return known;
  }

  private Map<String, String> schemaFiles() {
    Map<String, String> known = schemaFiles;
    if (known == null) {
      known = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(new SchemaFiles(schema).all()));
      schemaFiles = known;
    }
    return known;
  }

  /** A province's zip and its communes' and reports' files; communes that did not change come from the store. */
  private ProvinceSlice province(Derived derived, Map<String, List<ReportFacts>> byCommune, Province p, Output out, Changes changes,
      SliceStore store, Path project) {
    List<String> keys = new ArrayList<>();
    List<Slice> slices = new ArrayList<>();
    for (Commune c : derived.communesOf(p)) {
      String key = Changes.key(c);
      keys.add(key);
      slices.add(changes.touches(c) ? commune(byCommune.getOrDefault(key, List.of()), c, out, project)
          : store.commune(key).orElseThrow(() -> new IllegalStateException("No cached slice for " + key)));
    }
    List<byte[]> deflated = new ArrayList<>();
    List<DataPackageWriter.Listed> listed = new ArrayList<>();
    ProvinceSlice partial = new ProvinceSlice(p.slug(), keys, slices, List.of(), List.of());
    for (int t = 0; t <= tables.all().size(); t++) {
      deflated.add(ZipWriter.deflate(partial.parts(t)));
    }
    // The province's and its communes' tables are slices of the national ones: one zip holds
    // them, each entry made of segments already deflated (the province's, each commune's).
    ZipWriter zip = new ZipWriter();
    zipUnit(zip, p.slug(), t -> new ZipWriter.Segment(partial.parts(t), deflated.get(t)));
    for (int i = 0; i < keys.size(); i++) {
      Slice s = slices.get(i);
      zipUnit(zip, keys.get(i), t -> new ZipWriter.Segment(s.body(t), s.deflated().get(t)));
    }
    List<ReportFacts> own = new ArrayList<>();
    keys.forEach(k -> own.addAll(byCommune.getOrDefault(k, List.of())));
    // Stamped with the province's own latest date, so a change elsewhere leaves this zip's bytes alone.
    Output.Written w = out.write(DataLayout.zip(p.slug()), zip.bytes(Derived.created(own)));
    listed.add(new DataPackageWriter.Listed(p.slug() + "/" + DataLayout.zipName(p.slug()), null, p.slug(), w.bytes(),
        w.sha256()));
    return new ProvinceSlice(p.slug(), keys, slices, deflated, listed);
  }

  /**
   * A unit's tables, their Excel copies and its JSON as entries of its province's zip, in the
   * folder the unit had on the site ({@code hai-phong/hung-thang/reports.csv}); {@code body.apply(t)}
   * is table {@code t}'s body (past the last table, the JSON's) with its deflated form.
   */
  private void zipUnit(ZipWriter zip, String unit, IntFunction<ZipWriter.Segment> body) {
    String folder = DataLayout.inZip(unit);
    for (int t = 0; t < tables.all().size(); t++) {
      Table tab = tables.all().get(t);
      ZipWriter.Segment rows = body.apply(t);
      zip.add(folder + tab.file(), List.of(zippedHeaders.get(t), rows));
      zip.add(folder + tab.excelFile(), List.of(ZIPPED_BOM, zippedHeaders.get(t), rows));
    }
    ZipWriter.Segment reports = body.apply(tables.all().size());
    List<ZipWriter.Segment> json = new ArrayList<>();
    if (reports.raw().isEmpty()) {
      json.add(ZipWriter.Segment.of(jsonPrefix(unit)));
    } else {
      json.add(ZipWriter.Segment.of(concat(jsonPrefix(unit), NEWLINE)));
      json.add(reports);
    }
    json.add(ZIPPED_SUFFIX);
    zip.add(folder + "data.json", json);
  }

  /** A commune's reports' JSON files and originals; returns its slice, which its province's zip and the nation's files hold. */
  private Slice commune(List<ReportFacts> reports, Commune c, Output out, Path project) {
    List<List<byte[]>> csv = new ArrayList<>();
    tables.all().forEach(t -> csv.add(new ArrayList<>()));
    List<byte[]> json = new ArrayList<>();
    String base = DataLayout.unit(c.province(), c.slug());
    for (ReportFacts f : reports) {
      SourceDocuments.publish(project, f, out);
      for (int t = 0; t < tables.all().size(); t++) {
        csv.get(t).add(CsvBytes.rows(tables.all().get(t).rows().apply(f)));
      }
      byte[] one = reportJson(f);
      json.add(one);
      out.write(DataLayout.report(f.path()) + "data.json",
          reportsJson(base + "/" + f.report().period().key(), List.of(one)));
    }
    Slice bodies = new Slice(csv.stream().map(DataPublisher::concat).toList(), join(json), List.of());
    List<byte[]> deflated = new ArrayList<>();
    for (int t = 0; t <= tables.all().size(); t++) {
      deflated.add(ZipWriter.deflate(bodies.body(t)));
    }
    return new Slice(bodies.csv(), bodies.json(), deflated);
  }

  /** The national files: every province's parts after the header; the zip takes each province's deflated segment. */
  private void national(List<ProvinceSlice> provinces, Output out, List<byte[]> headers, ZipWriter zip,
      List<DataPackageWriter.Listed> listed) {
    IntFunction<List<byte[]>> parts = t -> {
      List<byte[]> all = new ArrayList<>();
      for (ProvinceSlice p : provinces) {
        List<byte[]> mine = p.parts(t);
        if (t == tables.all().size() && !all.isEmpty() && !mine.isEmpty()) {
          all.add(JSON_SEPARATOR);
        }
        all.addAll(mine);
      }
      return all;
    };
    // Each national table, its zip entry and the JSON are hundreds of megabytes to hash,
    // checksum or compress: tasks for both cores, the zip entries among them.
    List<Runnable> entries = new ArrayList<>();
    for (int t = 0; t <= tables.all().size(); t++) {
      int table = t;
      entries.add(() -> zip.add(table == tables.all().size() ? DataLayout.ALL + "/data.json" : DataLayout.ALL + "/" + tables.all().get(table).file(),
          segments(provinces, headers, table)));
    }
    writeNational(out, headers, parts, listed, entries);
  }

  /** A national file as zip segments: its head, each province's parts with their deflated form, its tail. */
  private List<ZipWriter.Segment> segments(List<ProvinceSlice> provinces, List<byte[]> headers, int t) {
    List<ZipWriter.Segment> segments = new ArrayList<>();
    boolean json = t == tables.all().size();
    segments.add(ZipWriter.Segment.of(json ? jsonPrefix("all") : headers.get(t)));
    boolean first = true;
    for (ProvinceSlice p : provinces) {
      List<byte[]> mine = p.parts(t);
      if (mine.isEmpty()) {
        continue;
      }
      if (json) {
        segments.add(ZipWriter.Segment.of(first ? NEWLINE : JSON_SEPARATOR));
      }
      segments.add(new ZipWriter.Segment(mine, p.deflated().get(t)));
      first = false;
    }
    if (json) {
      segments.add(ZipWriter.Segment.of(JSON_SUFFIX));
    }
    return segments;
  }

  /**
   * Writes the national tables, their Excel copies and JSON from their bodies' parts
   * ({@code parts.apply(t)}, the JSON past the last table), lists them for the data package, and
   * runs {@code alongside} (the zip's entries) in parallel with the writing.
   */
  private void writeNational(Output out, List<byte[]> headers, IntFunction<List<byte[]>> parts,
      List<DataPackageWriter.Listed> listed, List<Runnable> alongside) {
    String path = DataLayout.ALL;
    IntFunction<Output.Written> table = t -> {
      Table tab = tables.all().get(t);
      List<byte[]> canonical = new ArrayList<>();
      canonical.add(headers.get(t));
      canonical.addAll(parts.apply(t));
      Output.Written w = national(out, DataLayout.folder(path) + tab.file(), canonical);
      List<byte[]> excel = new ArrayList<>();
      excel.add(CsvBytes.BOM);
      excel.addAll(canonical);
      national(out, DataLayout.folder(path) + tab.excelFile(), excel);
      return w;
    };
    IntFunction<Output.Written> reports = t -> {
      List<byte[]> json = new ArrayList<>();
      json.add(jsonPrefix(path));
      List<byte[]> body = parts.apply(tables.all().size());
      if (!body.isEmpty()) {
        json.add(NEWLINE);
        json.addAll(body);
      }
      json.add(JSON_SUFFIX);
      return national(out, DataLayout.folder(path) + "data.json", json);
    };
    // The nation's files are hundreds of megabytes, hashed as they are written: one per core.
    int files = tables.all().size() + 1;
    IntStream indices = IntStream.range(0, files + alongside.size());
    List<Output.Written> written = indices.parallel()
        .mapToObj(i -> {
          if (i >= files) {
            alongside.get(i - files).run();
            return null;
          }
          return i < tables.all().size() ? table.apply(i) : reports.apply(i);
        }).toList();
    for (int t = 0; t < tables.all().size(); t++) {
      Output.Written w = written.get(t);
      listed.add(new DataPackageWriter.Listed(path + "/" + tables.all().get(t).file(), tables.all().get(t).name(), path,
          w.bytes(), w.sha256()));
    }
    Output.Written w = written.get(tables.all().size());
    listed.add(new DataPackageWriter.Listed(path + "/data.json", null, path, w.bytes(), w.sha256()));
  }

  /** A national file, hashed from where its parts first differ from the last build's (a preview server's rebuilds). */
  private Output.Written national(Output out, String path, List<byte[]> parts) {
    return out.write(path, parts, digests.sha256(path, parts));
  }

  private static final byte[] NEWLINE = "\n".getBytes(StandardCharsets.UTF_8);
  private static final byte[] JSON_SEPARATOR = ",\n".getBytes(StandardCharsets.UTF_8);
  private static final byte[] JSON_SUFFIX = "\n]}\n".getBytes(StandardCharsets.UTF_8);
  private static final ZipWriter.Segment ZIPPED_BOM = new ZipWriter.Segment(List.of(CsvBytes.BOM),
      ZipWriter.deflate(List.of(CsvBytes.BOM)));
  private static final ZipWriter.Segment ZIPPED_SUFFIX = new ZipWriter.Segment(List.of(JSON_SUFFIX),
      ZipWriter.deflate(List.of(JSON_SUFFIX)));

  private byte[] reportJson(ReportFacts f) {
    try {
      return json.writeValueAsBytes(modelJson.report(f));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {"scope": …, "reports": [ … ]} with one report per line, so levels are concatenations. */
  private static byte[] jsonPrefix(String scope) {
    return ("{\"scope\":\"" + scope + "\",\"reports\":[").getBytes(StandardCharsets.UTF_8);
  }

  private static List<byte[]> reportsJson(String scope, List<byte[]> reports) {
    List<byte[]> out = new ArrayList<>();
    out.add(jsonPrefix(scope));
    if (!reports.isEmpty()) {
      out.add(NEWLINE);
      out.add(join(reports));
    }
    out.add(JSON_SUFFIX);
    return out;
  }

  private static byte[] join(List<byte[]> reports) {
    List<byte[]> parts = new ArrayList<>();
    for (byte[] r : reports) {
      if (!parts.isEmpty()) {
        parts.add(JSON_SEPARATOR);
      }
      parts.add(r);
    }
    return concat(parts);
  }

  static byte[] concat(byte[]... parts) {
    return concat(List.of(parts));
  }

  static byte[] concat(List<byte[]> parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  private static String changelog(Path project) {
    if (project != null) {
      vn.xaso.load.ProjectFiles files = vn.xaso.load.ProjectFiles.of(project);
      vn.xaso.load.ProjectFiles.Verdict file = files.file("content/data-changelog.md");
      if (file.refusal() != vn.xaso.load.ProjectFiles.Refusal.MISSING) {
        try {
          return new String(Files.readAllBytes(file.orStop()), StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return "# Nhật ký sửa dữ liệu / Data corrections\n\nChưa có lần sửa nào. / No corrections yet.\n";
  }
}
