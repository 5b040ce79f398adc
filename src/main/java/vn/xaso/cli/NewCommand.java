package vn.xaso.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.xaso.build.Check;
import vn.xaso.load.Dataset;
import vn.xaso.load.Suggest;
import vn.xaso.model.Commune;
import vn.xaso.model.Period;
import vn.xaso.model.Report;
import vn.xaso.model.UnitType;
import vn.xaso.problem.Code;
import vn.xaso.problem.Problem;
import vn.xaso.problem.Stop;
import vn.xaso.sample.Provinces;
import vn.xaso.scaffold.ProfileTemplate;
import vn.xaso.scaffold.ReportTemplate;
import vn.xaso.schema.Schema;

/**
 * {@code xaso new}: writes an empty report for a commune and period, shaped like its latest report
 * (every field when it has none); with {@code --province}, first writes the commune's profile.
 * Exit 2 when the arguments are wrong on their own, whatever the project holds (a date's form or
 * order, a province not among the 34, a slug's form, a missing option); exit 1 when well-formed
 * arguments meet the project's data (no such commune under data/, several of that name, the file
 * exists without --force), as {@code validate} exits 1 on the data.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
    description = {"Tạo tệp báo cáo mới cho một xã và một kỳ, theo cấu trúc báo cáo gần nhất (đủ mọi trường nếu xã"
        + " chưa có báo cáo); với --province, tạo trước hồ sơ xã (commune.yaml).",
        "Creates a new report file for a commune and period, shaped like its latest report (every field when the"
        + " commune has none); with --province, first creates the commune profile (commune.yaml)."},
    footerHeading = "%n",
    footer = {"Thoát 2 khi tham số sai tự thân (dạng ngày, tỉnh ngoài 34 tỉnh, dạng mã xã); thoát 1 khi tham số đúng dạng"
        + " nhưng dữ liệu không cho phép (không có xã trong data/, nhiều xã trùng tên, tệp đã có mà thiếu --force).",
        "Exit 2 when an argument is wrong in itself (a date's form, a province not among the 34, a slug's form); exit 1"
        + " when well-formed arguments meet the data (no such commune under data/, several of that name, the file exists"
        + " without --force)."})
public final class NewCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ProjectOption projectOption;

  @Option(names = "--commune", paramLabel = "SLUG", required = true,
      description = {"Mã xã, ví dụ hung-thang hoặc hai-phong/hung-thang / commune slug, e.g. hung-thang or hai-phong/hung-thang"})
  String commune;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  PeriodChoice choice;

  @Option(names = "--province", paramLabel = "SLUG",
      description = {"Tạo hồ sơ xã mới trong tỉnh này (một trong 34 tỉnh, ví dụ hai-phong)",
          "Create a new commune profile in this province (one of the 34, e.g. hai-phong)"})
  String province;

  @Option(names = "--name", paramLabel = "NAME",
      description = {"Tên xã có dấu, dùng với --province, ví dụ \"Tân Lập\"",
          "The commune's name with diacritics, with --province, e.g. \"Tân Lập\""})
  String name;

  @Option(names = "--unit-type", paramLabel = "TYPE", defaultValue = "xa",
      description = {"xa, phuong hoặc dac_khu, dùng với --province (mặc định xa)",
          "xa, phuong or dac_khu, with --province (default xa)"})
  String unitType;

  static final class PeriodChoice {
    @Option(names = "--period", paramLabel = "START..END",
        description = {"Kỳ từ ngày đến ngày / period from..to, e.g. 2025-12-01..2025-12-31"})
    String range;

    @Option(names = "--as-of", paramLabel = "DATE", description = {"Số liệu tính đến ngày / figures as of, e.g. 2025-12-31"})
    String asOf;
  }

  @Option(names = "--force", description = {"Ghi đè tệp đã có / overwrite an existing file"})
  boolean force;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (choice == null && province == null) {
      throw new ParameterException(spec.commandLine(), "Cần --period, --as-of hoặc --province (xem --help)"
          + " / --period, --as-of or --province is needed (see --help)");
    }
    Period period = choice == null ? null : period();
    if (province != null) {
      int created = profile(out);
      if (created != Main.OK || period == null) {
        return created;
      }
    }
    Check.Result checked = new Check().run(projectOption.get());
    Dataset data = checked.data();
    List<Commune> matches = data.communes().stream().map(Dataset.Loaded::value)
        .filter(x -> commune.equals(x.slug()) || commune.equals(x.province() + "/" + x.slug())).toList();
    if (matches.size() > 1) {
      out.printf(Locale.ROOT, "Có nhiều xã %s; ghi rõ <tỉnh>/<xã>. / Several communes are called %s; write <province>/<commune>.%n",
          commune, commune);
      out.flush();
      return Main.INVALID;
    }
    Commune c = matches.isEmpty() ? null : matches.get(0);
    if (c == null) {
      out.printf(Locale.ROOT, "Không có xã %s trong data/ (thiếu commune.yaml). / No commune %s under data/ (no commune.yaml).%n",
          commune, commune);
      out.flush();
      return Main.INVALID;
    }
    Path file = projectOption.get().resolve("data").resolve(c.province()).resolve(c.slug()).resolve(period.key() + ".yaml");
    if (Files.exists(file) && !force) {
      out.printf(Locale.ROOT, "Tệp %s đã có; dùng --force để ghi đè. / %s exists; use --force to overwrite.%n", file, file);
      out.flush();
      return Main.INVALID;
    }
    if (Files.isSymbolicLink(file)) {
      // --force replaces the report, never the file a link points to (anywhere on the machine).
      throw Stop.of(file.toString(), Code.LINK_REFUSED, Map.of("path", file.toString()));
    }
    Report latest = latest(data, c.province() + "/" + c.slug());
    String yaml = new ReportTemplate(new Schema().report())
        .render(c.slug(), period, latest, "../../../docs/schema/report.schema.json");
    Files.writeString(file, yaml, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
    out.printf(Locale.ROOT, "Đã tạo / Created %s%n", projectOption.get().relativize(file));
    String name = "data/" + c.province() + "/" + c.slug() + "/" + period.key() + ".yaml";
    List<Problem> todo = new Check().run(projectOption.get()).problems().byFile().getOrDefault(name, List.of());
    if (!todo.isEmpty()) {
      out.printf(Locale.ROOT, "Còn %d mục cần điền / %d items still to fill in:%n", todo.size(), todo.size());
      SourceExcerpt excerpt = new SourceExcerpt(projectOption.get());
      todo.forEach(p -> out.println(p.format() + excerpt.of(p)));
    }
    out.flush();
    return Main.OK;
  }

  /** Writes {@code commune.yaml}, and the province's profile when the project has none; 1 if it exists. */
  private int profile(PrintWriter out) throws java.io.IOException {
    if (!commune.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new ParameterException(spec.commandLine(), "Mã xã " + commune + " cần chữ thường không dấu, nối bằng"
          + " gạch ngang, ví dụ tan-lap / the commune slug " + commune + " is lowercase ASCII joined by hyphens,"
          + " e.g. tan-lap");
    }
    Provinces.Entry entry = Provinces.find(province).orElseThrow(() -> {
      Optional<String> near = Suggest.closest(province, Provinces.ALL.stream().map(Provinces.Entry::slug).toList());
      return new ParameterException(spec.commandLine(), "Không có tỉnh " + province + " trong danh sách 34 tỉnh"
          + near.map(n -> "; có phải ý bạn là " + n + "?").orElse(".") + " / No province " + province
          + " among the 34" + near.map(n -> "; did you mean " + n + "?").orElse("."));
    });
    if (name == null || name.isBlank()) {
      throw new ParameterException(spec.commandLine(),
          "--province cần --name \"Tên xã\" / --province needs --name \"Commune name\"");
    }
    if (name.codePoints().anyMatch(c -> c == '\n' || c == '\r' || c == '\t' || Code.refusedCharacter(c))) {
      // A newline would write a second key into commune.yaml; a bidi control makes the name read otherwise.
      throw new ParameterException(spec.commandLine(), "--name " + Code.visible(name) + " chứa ký tự điều khiển, xuống"
          + " dòng, ký tự vô hình hoặc ký tự đổi hướng chữ; chỉ gõ tên xã / --name " + Code.visible(name) + " holds a"
          + " control, newline, invisible or text-direction character; type only the commune's name");
    }
    UnitType type = Arrays.stream(UnitType.values()).filter(t -> t.code().equals(unitType)).findFirst()
        .orElseThrow(() -> new ParameterException(spec.commandLine(),
            "--unit-type là xa, phuong hoặc dac_khu / --unit-type is xa, phuong or dac_khu"));
    Path data = projectOption.get().resolve("data");
    Path file = data.resolve(entry.slug()).resolve(commune).resolve("commune.yaml");
    if (Files.exists(file) && !force) {
      out.printf(Locale.ROOT, "Tệp %s đã có; dùng --force để ghi đè. / %s exists; use --force to overwrite.%n", file, file);
      out.flush();
      return Main.INVALID;
    }
    ProfileTemplate template = new ProfileTemplate(new Schema().commune());
    Path provinceFile = data.resolve(entry.slug()).resolve("province.yaml");
    Files.createDirectories(file.getParent());
    if (!Files.exists(provinceFile)) {
      Files.writeString(provinceFile, template.province(entry), StandardCharsets.UTF_8);
      out.printf(Locale.ROOT, "Đã tạo / Created %s%n", projectOption.get().relativize(provinceFile));
    }
    String nfc = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
    Files.writeString(file, template.commune(commune, nfc, type, entry.slug()), StandardCharsets.UTF_8);
    out.printf(Locale.ROOT, "Đã tạo / Created %s%n", projectOption.get().relativize(file));
    out.flush();
    return Main.OK;
  }

  private Period period() {
    try {
      if (choice.asOf != null) {
        return new Period(null, null, LocalDate.parse(choice.asOf));
      }
      String[] parts = choice.range.split("\\.\\.");
      if (parts.length != 2) {
        throw new ParameterException(spec.commandLine(),
            "--period cần dạng START..END / --period takes START..END, e.g. 2025-12-01..2025-12-31");
      }
      Period p = new Period(LocalDate.parse(parts[0]), LocalDate.parse(parts[1]), null);
      if (p.start().isAfter(p.end())) {
        throw new ParameterException(spec.commandLine(), "START sau END / START is after END");
      }
      return p;
    } catch (DateTimeParseException e) {
      throw new ParameterException(spec.commandLine(),
          "Ngày cần dạng YYYY-MM-DD / dates are written YYYY-MM-DD: " + e.getParsedString());
    }
  }

  private static Report latest(Dataset data, String key) {
    List<Dataset.Loaded<Report>> reports = data.reportsByCommune().getOrDefault(key, List.of());
    return reports.isEmpty() ? null : reports.get(reports.size() - 1).value();
  }
}
