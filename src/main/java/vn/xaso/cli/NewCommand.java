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
import java.util.Locale;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.xaso.build.Check;
import vn.xaso.load.Dataset;
import vn.xaso.model.Commune;
import vn.xaso.model.Period;
import vn.xaso.model.Report;
import vn.xaso.problem.Code;
import vn.xaso.problem.Problem;
import vn.xaso.problem.Stop;
import vn.xaso.scaffold.ReportTemplate;
import vn.xaso.schema.Schema;

/** {@code xaso new}: writes an empty report for a commune and period, shaped like its latest report. */
@Command(name = "new", mixinStandardHelpOptions = true,
    description = {"Tạo tệp báo cáo mới cho một xã và một kỳ, theo cấu trúc báo cáo gần nhất.",
        "Creates a new report file for a commune and period, shaped like its latest report."})
public final class NewCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ProjectOption projectOption;

  @Option(names = "--commune", paramLabel = "SLUG", required = true,
      description = {"Mã xã, ví dụ hung-thang hoặc hai-phong/hung-thang / commune slug, e.g. hung-thang or hai-phong/hung-thang"})
  String commune;

  @ArgGroup(exclusive = true, multiplicity = "1")
  PeriodChoice choice;

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
    Period period = period();
    Check.Result checked = new Check().run(projectOption.get());
    Dataset data = checked.data();
    List<Commune> matches = data.communes().stream().map(Dataset.Loaded::value)
        .filter(x -> commune.equals(x.slug()) || commune.equals(x.province() + "/" + x.slug())).toList();
    if (matches.size() > 1) {
      out.printf(Locale.ROOT, "Có nhiều xã %s; ghi rõ <tỉnh>/<xã>. / Several communes are called %s; write <province>/<commune>.%n",
          commune, commune);
      out.flush();
      return 1;
    }
    Commune c = matches.isEmpty() ? null : matches.get(0);
    if (c == null) {
      out.printf(Locale.ROOT, "Không có xã %s trong data/ (thiếu commune.yaml). / No commune %s under data/ (no commune.yaml).%n",
          commune, commune);
      out.flush();
      return 1;
    }
    Path file = projectOption.get().resolve("data").resolve(c.province()).resolve(c.slug()).resolve(period.key() + ".yaml");
    if (Files.exists(file) && !force) {
      out.printf(Locale.ROOT, "Tệp %s đã có; dùng --force để ghi đè. / %s exists; use --force to overwrite.%n", file, file);
      out.flush();
      return 1;
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
      todo.forEach(p -> out.println(p.format()));
    }
    out.flush();
    return 0;
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
