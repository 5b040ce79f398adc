package vn.xaso.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.xaso.build.Check;
import vn.xaso.importer.DraftWriter;
import vn.xaso.importer.EvidenceWriter;
import vn.xaso.importer.Extractor;
import vn.xaso.importer.Findings;
import vn.xaso.importer.ImportRefused;
import vn.xaso.importer.Ocr;
import vn.xaso.importer.ReportText;
import vn.xaso.load.Binder;
import vn.xaso.load.Dataset;
import vn.xaso.load.Limits;
import vn.xaso.load.YNode;
import vn.xaso.load.YamlReader;
import vn.xaso.model.Commune;
import vn.xaso.model.Period;
import vn.xaso.model.Report;
import vn.xaso.problem.Code;
import vn.xaso.problem.Position;
import vn.xaso.problem.Problem;
import vn.xaso.problem.Problems;
import vn.xaso.schema.Schema;
import vn.xaso.validate.Validator;

/** {@code xaso import FILE}: drafts a report's YAML from the text of the signed report, then checks the draft. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Soạn bản nháp YAML của một báo cáo từ văn bản đã ký (.txt, .docx, .pdf; bản quét .pdf/.png/.jpg đọc bằng"
        + " Tesseract); mỗi giá trị kèm câu trích, nguồn từng số liệu ghi vào <tên>.evidence.yaml.",
        "Drafts a report's YAML from the signed document (.txt, .docx, .pdf; scans as .pdf/.png/.jpg read with Tesseract);"
        + " every value quotes its sentence, and <name>.evidence.yaml says where each figure stands."})
public final class ImportCommand implements Callable<Integer> {
  private static final String SCHEMA = "../../../docs/schema/report.schema.json";

  @Spec CommandSpec spec;

  @Mixin ProjectOption projectOption;

  @Parameters(index = "0", paramLabel = "FILE", description = {"Văn bản báo cáo / the report's text (.txt, .docx, .pdf)"})
  Path file;

  @Option(names = "--commune", paramLabel = "PROVINCE/SLUG",
      description = {"Xã của báo cáo, ví dụ hai-phong/hung-thang; bản nháp ghi vào data/ / the report's commune;"
          + " the draft goes under data/"})
  String commune;

  @Option(names = "--out", paramLabel = "FILE",
      description = {"Nơi ghi bản nháp (không bao giờ ghi đè) / where to write the draft (never overwritten)"})
  Path out;

  @Override
  public Integer call() throws Exception {
    PrintWriter w = spec.commandLine().getOut();
    Path project = projectOption.get();
    usage();
    ReportText.Text text;
    try {
      text = ReportText.load(file, Ocr.Tesseract.configured());
    } catch (ImportRefused e) {
      return refused(w, e.code(), e.args());
    } catch (IOException e) {
      return refused(w, Code.IMPORT_UNREADABLE, Map.of("detail", "không mở được tệp / cannot open the file"));
    }
    Findings found = Extractor.extract(text.text(), file.getFileName().toString());
    if (text.ocr() != null) {
      found.readBy(text.ocr());
    }
    Check.Result loaded = new Check().run(project);
    String province = province(found, loaded.data());
    Period period = period(found);
    Path target = target(project, province, found, period);
    Path sidecar = target.resolveSibling(target.getFileName().toString().replaceFirst("\\.ya?ml$", "") + ".evidence.yaml");
    for (Path p : List.of(target, sidecar)) {
      if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
        return exists(w, p);
      }
    }
    boolean inData = target.toAbsolutePath().normalize().getParent()
        .equals(project.toAbsolutePath().normalize().resolve("data").resolve(String.valueOf(province))
            .resolve(String.valueOf(slug(found))));
    DraftWriter writer = new DraftWriter(new Schema().report());
    String source = file.getFileName().toString();
    String draft = writer.render(found, source, inData ? SCHEMA : null, false);
    String kept = commune == null ? null : keep(w, project, province, slug(found), text);
    try {
      if (target.getParent() != null) {
        Files.createDirectories(target.getParent());
      }
      Files.writeString(target, draft, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      Files.writeString(sidecar, EvidenceWriter.render(found, target.getFileName().toString(), kept),
          StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      return exists(w, Path.of(e.getFile()));
    }
    w.printf(Locale.ROOT, "Đã tạo bản nháp / Draft written: %s%n", target);
    w.printf(Locale.ROOT, "Nguồn từng số liệu / Where each figure stands: %s%n", sidecar);
    found.readBy().ifPresent(engine -> ocrNotice(w, engine));
    if (out == null && commune != null && period.key().isEmpty()) {
      w.println("Không tìm thấy kỳ báo cáo nên bản nháp nằm cạnh tệp gốc; điền period rồi chuyển vào data/."
          + "\nNo reporting period found, so the draft sits beside the report; fill in period, then move it under data/.");
    }
    int values = found.values().size();
    w.printf(Locale.ROOT, "Đã điền %d giá trị, mỗi giá trị kèm câu trích sau dấu #: đối chiếu TỪNG giá trị với báo cáo đã ký."
        + "%n%d values filled, each with its sentence after #: check EVERY one against the signed report.%n", values, values);
    List<String> conflicts = found.conflicts();
    if (!conflicts.isEmpty()) {
      w.printf(Locale.ROOT, "Báo cáo ghi khác nhau, đã để trống, cần chọn / The report gives different values, left empty,"
          + " pick one: %s%n", String.join(", ", conflicts));
    }
    int unplaced = found.unplaced().size();
    if (unplaced > 0) {
      w.printf(Locale.ROOT, "%d số tìm thấy nhưng chưa xếp vào trường nào, liệt kê cuối bản nháp / %d numbers found but"
          + " not placed, listed at the end of the draft.%n", unplaced, unplaced);
    }
    long summaries = draft.lines().filter(l -> l.endsWith("# tóm tắt / summarise")).count();
    if (summaries > 0) {
      w.printf(Locale.ROOT, "Còn %d phần tóm tắt (vi:) cần viết bằng lời của mình / %d summaries (vi:) to write in your own words.%n",
          summaries, summaries);
    }
    List<Problem> todo = check(loaded.data(), writer.render(found, source, inData ? SCHEMA : null, true),
        virtualName(province, found, period), target.toString());
    if (!todo.isEmpty()) {
      w.printf(Locale.ROOT, "Trình kiểm tra còn báo %d mục (ngoài các phần tóm tắt \"vi:\" cần viết)"
          + " / The validator still reports %d items (besides the \"vi:\" summaries to write):%n", todo.size(), todo.size());
      todo.forEach(p -> w.println(p.format()));
    }
    w.println("Tiếp theo: viết các phần tóm tắt, xóa hoặc giữ chú thích, chạy `xaso validate`, mở pull request."
        + "\nNext: write the summaries, delete or keep the comments, run `xaso validate`, open a pull request.");
    w.flush();
    return Main.OK;
  }

  private int refused(PrintWriter w, Code code, Map<String, Object> args) {
    w.println(new Problem(file.toString(), Position.FILE, "", code, args).format());
    w.flush();
    return Main.INVALID;
  }

  private static void ocrNotice(PrintWriter w, String engine) {
    w.printf(Locale.ROOT, "Đọc bằng OCR (%s): bản nháp ghi rõ điều này; đối chiếu kỹ từng chữ số với bản quét."
        + "%nRead by OCR (%s): the draft says so; check every digit against the scan.%n", engine, engine);
    if (!engine.endsWith("-l vie")) {
      w.println("Máy chưa có dữ liệu tiếng Việt cho Tesseract nên dấu bị mất; cài: sudo apt-get install tesseract-ocr-vie"
          + "\nTesseract has no Vietnamese data here, so diacritics are lost; install it: sudo apt-get install tesseract-ocr-vie");
    }
  }

  /**
   * Keeps the signed report's files under {@code sources/<province>/<commune>/}: the original (when
   * it is a kind the site publishes) and, unless the original is the text, {@code <stem>.txt}, the
   * text whose lines the evidence gives. Nothing there is overwritten; a different file of the same
   * name is left as it is and said. Returns the kept text's path, as the sidecar names it.
   */
  private String keep(PrintWriter w, Path project, String province, String slug, ReportText.Text text) throws IOException {
    Path dir = project.resolve("sources").resolve(province).resolve(slug);
    String name = file.getFileName().toString();
    String stem = name.replaceFirst("\\.[^.]+$", "");
    String lower = name.toLowerCase(Locale.ROOT);
    Files.createDirectories(dir);
    boolean typedText = lower.endsWith(".txt");
    if (typedText || lower.endsWith(".pdf") || lower.endsWith(".docx")) {
      place(w, dir.resolve(name), Files.readAllBytes(file));
    }
    Path kept = dir.resolve(stem + ".txt");
    if (!typedText) {
      place(w, kept, text.text().getBytes(StandardCharsets.UTF_8));
    }
    return project.toAbsolutePath().normalize().relativize(kept.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  private static void place(PrintWriter w, Path to, byte[] bytes) throws IOException {
    if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
      if (!Files.isRegularFile(to, LinkOption.NOFOLLOW_LINKS) || !java.util.Arrays.equals(Files.readAllBytes(to), bytes)) {
        w.printf(Locale.ROOT, "Đã có %s khác với tệp này; không ghi đè. Dòng trong tệp nguồn số liệu có thể không khớp."
            + "%n%s already exists and differs; it is not overwritten. The evidence's line numbers may not match it.%n", to, to);
      }
      return;
    }
    Files.write(to, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    w.printf(Locale.ROOT, "Đã lưu văn bản gốc / Kept: %s%n", to);
  }

  private void usage() {
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(spec.commandLine(), "Không có tệp " + file + " / no such file: " + file);
    }
    if (!ReportText.supported(file)) {
      throw new ParameterException(spec.commandLine(),
          "Chỉ đọc được .txt, .docx, .pdf và ảnh quét .png/.jpg / reads .txt, .docx, .pdf and scanned .png/.jpg only: " + file);
    }
    if (commune != null && !commune.matches("[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new ParameterException(spec.commandLine(),
          "--commune cần dạng tỉnh/xã, ví dụ hai-phong/hung-thang / --commune takes province/commune, e.g. hai-phong/hung-thang");
    }
  }

  private int exists(PrintWriter w, Path target) {
    w.printf(Locale.ROOT, "Tệp %s đã có; không ghi đè. Chọn --out khác hoặc đổi tên tệp cũ."
        + "%n%s already exists; it is not overwritten. Choose another --out or rename the existing file.%n", target, target);
    w.flush();
    return Main.INVALID;
  }

  /** The province: the one given, else the only one that has a commune of this slug. */
  private String province(Findings found, Dataset data) {
    if (commune != null) {
      String[] parts = commune.split("/");
      found.set("commune", parts[1], "--commune " + commune);
      return parts[0];
    }
    String slug = slug(found);
    List<Commune> matches = data.communes().stream().map(Dataset.Loaded::value).filter(c -> c.slug().equals(slug)).toList();
    return matches.size() == 1 ? matches.get(0).province() : null;
  }

  private static String slug(Findings found) {
    return found.value("commune").map(f -> String.valueOf(f.value())).orElse(null);
  }

  private static Period period(Findings found) {
    return new Period(date(found, "period.start"), date(found, "period.end"), date(found, "period.as_of"));
  }

  private static LocalDate date(Findings found, String path) {
    return found.value(path).map(f -> (LocalDate) f.value()).orElse(null);
  }

  private Path target(Path project, String province, Findings found, Period period) {
    if (out != null) {
      return out;
    }
    String key = period.key();
    if (commune != null && !key.isEmpty()) {
      return project.resolve("data").resolve(province).resolve(slug(found)).resolve(key + ".yaml");
    }
    String name = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
    return file.resolveSibling(name + ".draft.yaml");
  }

  private static String virtualName(String province, Findings found, Period period) {
    String key = period.key().isEmpty() ? "draft" : period.key();
    return "data/" + (province == null ? "_" : province) + "/" + (slug(found) == null ? "_" : slug(found)) + "/" + key + ".yaml";
  }

  /**
   * The validator's problems with the draft, read as if it stood in its commune's folder beside the
   * project's other data. The copy checked holds a stand-in for each summary still to write, so
   * the figures are checked although the summaries are not written yet.
   */
  private static List<Problem> check(Dataset data, String yaml, String name, String shown) {
    Problems problems = new Problems();
    Schema schema = new Schema();
    Optional<YNode> root = new YamlReader(Limits.DEFAULT).parse(yaml.getBytes(StandardCharsets.UTF_8), name, problems);
    if (root.isPresent()) {
      Binder.Result<Report> bound = new Binder(Limits.DEFAULT).bind(root.get(), schema.report(), Report.class, name, problems);
      bound.value().ifPresent(report -> {
        List<Dataset.Loaded<Report>> reports = new ArrayList<>();
        data.reports().stream().filter(r -> !r.file().equals(name)).forEach(reports::add);
        reports.add(new Dataset.Loaded<>(report, name, bound.positions()));
        new Validator().validate(new Dataset(data.provinces(), data.communes(), reports), problems);
      });
    }
    return problems.all().stream().filter(p -> p.file().equals(name))
        .map(p -> new Problem(shown, p.position(), p.field(), p.code(), p.args())).toList();
  }
}
