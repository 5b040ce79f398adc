package vn.xaso.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.xaso.build.Check;
import vn.xaso.evidence.ReportEvidence;
import vn.xaso.evidence.ReviewPage;
import vn.xaso.load.Dataset;
import vn.xaso.model.Report;
import vn.xaso.schema.Schema;

/**
 * {@code xaso review FILE}: writes one HTML page showing a report's kept text beside its figures,
 * each figure marked where its quote stands, quotes not found flagged, and the numbers of the
 * text recorded nowhere marked, so a reviewer checks a transcription value by value.
 */
@Command(name = "review", mixinStandardHelpOptions = true,
    description = {"Viết trang soát số liệu: văn bản lưu của báo cáo bên cạnh các số liệu đã ghi.",
        "Writes a review page: the report's kept text beside the figures recorded from it."})
public final class ReviewCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ProjectOption projectOption;

  @Parameters(paramLabel = "FILE", description = {"Tệp báo cáo, ví dụ data/hai-phong/hung-thang/2025-12.yaml",
      "The report file, e.g. data/hai-phong/hung-thang/2025-12.yaml"})
  Path file;

  @Option(names = "--out", paramLabel = "FILE",
      description = {"Tệp HTML kết quả / HTML file to write (mặc định / default: <project>/target/review/<tỉnh>-<xã>-<kỳ>.html)"})
  Path out;

  @Override
  public Integer call() throws Exception {
    Path project = projectOption.get();
    String name = project.toAbsolutePath().normalize().relativize(
        (file.isAbsolute() ? file : project.resolve(file)).toAbsolutePath().normalize()).toString().replace('\\', '/');
    Check.Result result = new Check().run(project);
    Optional<Dataset.Loaded<Report>> report = result.data().reports().stream().filter(r -> r.file().equals(name))
        .findFirst();
    if (report.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "Không có báo cáo đọc được ở " + file + " (xem xaso validate) / No"
          + " readable report at " + file + " (see xaso validate)");
    }
    Schema schema = new Schema();
    ReportEvidence e = ReportEvidence.read(project, schema, name, report.get().value());
    if (!e.kept()) {
      throw new ParameterException(spec.commandLine(), "Báo cáo chưa có văn bản lưu trong sources/ / The report has no"
          + " kept text under sources/");
    }
    String[] parts = name.split("/");
    Path target = out != null ? out : project.resolve("target/review")
        .resolve(parts[1] + "-" + parts[2] + "-" + parts[3].replaceFirst("\\.yaml$", "") + ".html");
    if (target.getParent() != null) {
      Files.createDirectories(target.getParent());
    }
    Files.writeString(target, ReviewPage.html(name, report.get().value(), e, schema), StandardCharsets.UTF_8);
    ReviewPage.Counts c = ReviewPage.counts(report.get().value(), e, schema);
    PrintWriter pw = spec.commandLine().getOut();
    pw.printf(Locale.ROOT, "%s: %d số liệu (%d tìm thấy câu trích, %d không thấy, %d chưa có nguồn), %d số chưa ghi; cần"
        + " xem %d giá trị / %d figures (%d quotes found, %d not found, %d without evidence), %d numbers recorded"
        + " nowhere; %d values to look at%n", target, c.figures(), c.found(), c.notFound(), c.withoutEvidence(),
        c.unrecorded(), c.toCheck(), c.figures(), c.found(), c.notFound(), c.withoutEvidence(), c.unrecorded(),
        c.toCheck());
    pw.flush();
    return Main.OK;
  }
}
