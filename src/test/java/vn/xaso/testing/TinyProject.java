package vn.xaso.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.xaso.cli.Main;

/** Writes a small project into a temporary folder from text blocks, and runs commands on it. */
public final class TinyProject {
  public static final String PROVINCE = """
      slug: hai-phong
      name: Hải Phòng
      """;
  public static final String COMMUNE = """
      slug: hung-thang
      name: Hùng Thắng
      unit_type: xa
      province: hai-phong
      """;
  public static final String SITE = """
      title: {vi: Xã Số, en: Xã Số}
      description: {vi: Thử nghiệm, en: Test}
      base_url: https://example.org/xaso/
      publisher: {vi: Nhóm thử, en: Test team}
      licence:
        id: test
        name: {vi: Giấy phép thử, en: Test licence}
        terms: {vi: Ghi nguồn, en: Credit the source}
      """;

  /** Hùng Thắng's December 2025 report with only what every report needs; tests append the parts they check. */
  public static final String DECEMBER = """
      commune: hung-thang
      period: {start: 2025-12-01, end: 2025-12-31}
      source:
        issuer: {vi: UBND xã Hùng Thắng}
        issuer_block: government
        title: {vi: Báo cáo tháng 12}
      """;

  /** The same report numbered and dated, so it draws no warning: figures appended from line 9 on. */
  public static final String DECEMBER_SIGNED = """
      commune: hung-thang
      period: {start: 2025-12-01, end: 2025-12-31}
      source:
        issuer: {vi: UBND xã Hùng Thắng}
        issuer_block: government
        number: 1/BC-UBND
        date: 2025-12-31
        title: {vi: Báo cáo tháng 12}
      """;

  /** A copy of this repository's sample project (its {@code data/} and {@code content/}) at {@code root}. */
  public static Path copyOfSample(Path root) throws IOException {
    for (String folder : List.of("data", "content")) {
      org.apache.commons.io.file.PathUtils.copyDirectory(Path.of(folder), Files.createDirectories(root.resolve(folder)));
    }
    return root;
  }

  /** A commune's {@code commune.yaml}. */
  public static String commune(String slug, String name, String unitType, String province) {
    return "slug: " + slug + "\nname: " + name + "\nunit_type: " + unitType + "\nprovince: " + province + "\n";
  }

  /** A report of {@code commune} over {@code period} (YAML flow text) with only what every report needs, then {@code body}. */
  public static String report(String commune, String period, String body) {
    return "commune: " + commune + "\nperiod: " + period + "\nsource:\n  issuer: {vi: UBND}\n  issuer_block: government\n"
        + "  title: {vi: Báo cáo}\n" + body + (body.endsWith("\n") ? "" : "\n");
  }

  private final Path root;

  public TinyProject(Path root) {
    this.root = root;
  }

  /** A project with one province and one commune (Hùng Thắng, Hải Phòng) and the site configuration. */
  public static TinyProject withCommune(Path root) throws IOException {
    return new TinyProject(root)
        .file("data/hai-phong/province.yaml", PROVINCE)
        .file("data/hai-phong/hung-thang/commune.yaml", COMMUNE)
        .file("content/site.yaml", SITE);
  }

  public TinyProject file(String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return this;
  }

  public Path root() {
    return root;
  }

  public Path path(String relative) {
    return root.resolve(relative);
  }

  /** Output and exit code of one command run against this project. */
  public record Run(int exit, String out, String err) {}

  public Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--project";
    all[args.length + 1] = root.toString();
    int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
    return new Run(exit, out.toString(), err.toString());
  }
}
