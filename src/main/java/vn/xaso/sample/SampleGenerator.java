package vn.xaso.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Writes a synthetic project: 34 provinces, {@code communes} communes spread over them, and
 * {@code periods} monthly reports each from July 2025. Figures are drawn around the ranges the
 * three real reports show; about one part in seven is left out (missing is not zero) and some
 * reports carry the contradictions real ones do (unclassified computers, stated rates that
 * disagree with counts, no document number), so they validate with warnings but no errors.
 */
public final class SampleGenerator {
  private static final YearMonth FIRST_MONTH = YearMonth.of(2025, 7);
  private static final List<String[]> DIFFICULTIES = List.of(
      new String[] {"infrastructure", "Nhiều máy tính cũ, cấu hình thấp.", "Many old, low-spec computers."},
      new String[] {"infrastructure", "Đường truyền mạng chậm, hay gián đoạn.", "Slow, unreliable network connection."},
      new String[] {"human_resources", "Thiếu cán bộ chuyên trách CNTT.", "Too few dedicated IT staff."},
      new String[] {"finance", "Kinh phí cho chuyển đổi số còn thiếu.", "Not enough funding for digital transformation."},
      new String[] {"awareness", "Người cao tuổi ngại dùng dịch vụ công trực tuyến.", "Older residents avoid online services."},
      new String[] {"procedures", "Hệ thống một cửa của tỉnh đôi khi bị lỗi.", "The provincial one-stop system sometimes fails."});

  private final int communes;
  private final int periods;
  private final long seed;

  public SampleGenerator(int communes, int periods, long seed) {
    this.communes = communes;
    this.periods = periods;
    this.seed = seed;
  }

  /** Writes the project into {@code out}; copies content/ and themes/ from {@code template} when it has them. */
  public int write(Path out, Path template) throws IOException {
    int files = 0;
    SplittableRandom random = new SplittableRandom(seed);
    Names[] names = new Names[Provinces.ALL.size()];
    for (int p = 0; p < Provinces.ALL.size(); p++) {
      Provinces.Entry province = Provinces.ALL.get(p);
      names[p] = new Names();
      write(out.resolve("data/" + province.slug() + "/province.yaml"),
          "slug: " + province.slug() + "\nname: " + province.name() + "\n");
      files++;
    }
    for (int i = 0; i < communes; i++) {
      int p = i % Provinces.ALL.size();
      Provinces.Entry province = Provinces.ALL.get(p);
      SplittableRandom r = random.split();
      String[] name = names[p].next(r);
      Path dir = out.resolve("data/" + province.slug() + "/" + name[1]);
      int villages = 8 + r.nextInt(25);
      String unit = unitType(r);
      write(dir.resolve("commune.yaml"), commune(name, province.slug(), unit, villages));
      files++;
      for (int m = 0; m < periods; m++) {
        YearMonth month = FIRST_MONTH.plusMonths(m);
        write(dir.resolve(month + ".yaml"), new ReportWriter(r, name, unit, villages, month).yaml());
        files++;
      }
    }
    files += copyContent(template, out);
    return files;
  }

  /** About 18% wards and a handful of special zones, as after the 2025 reorganisation. */
  private static String unitType(SplittableRandom r) {
    int kind = r.nextInt(1000);
    return kind < 4 ? "dac_khu" : kind < 180 ? "phuong" : "xa";
  }

  private static String commune(String[] name, String province, String unit, int villages) {
    return "slug: " + name[1] + "\nname: " + name[0] + "\nunit_type: " + unit + "\nprovince: " + province
        + "\nvillages: " + villages
        + "\nnotes:\n  vi: Dữ liệu tổng hợp để đo hiệu năng, không phải báo cáo thật.\n"
        + "  en: Synthetic data for benchmarks, not a real report.\n";
  }

  private static int copyContent(Path template, Path out) throws IOException {
    int files = 0;
    for (String folder : List.of("content", "themes")) {
      Path from = template.resolve(folder);
      if (!Files.isDirectory(from)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(from)) {
        for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
          Path to = out.resolve(folder).resolve(from.relativize(f).toString());
          Files.createDirectories(to.getParent());
          Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
          files++;
        }
      }
    }
    if (!Files.exists(out.resolve("content/site.yaml"))) {
      write(out.resolve("content/site.yaml"), """
          title: {vi: Xã Số (dữ liệu tổng hợp), en: Xã Số (synthetic data)}
          description: {vi: Dữ liệu tổng hợp để đo hiệu năng., en: Synthetic data for benchmarks.}
          base_url: http://127.0.0.1:8080/
          publisher: {vi: Nhóm Xã Số, en: The Xã Số team}
          licence:
            id: synthetic
            name: {vi: Dữ liệu tổng hợp, en: Synthetic data}
            terms: {vi: Chỉ dùng để thử nghiệm., en: For testing only.}
          """);
      files++;
    }
    return files;
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** One report's YAML, drawn from the random stream of its commune. */
  private static final class ReportWriter {
    private final SplittableRandom r;
    private final String[] name;
    private final String unitVi;
    private final int villages;
    private final YearMonth month;
    private final StringBuilder y = new StringBuilder();

    ReportWriter(SplittableRandom r, String[] name, String unit, int villages, YearMonth month) {
      this.r = r;
      this.name = name;
      this.unitVi = switch (unit) {
        case "phuong" -> "phường";
        case "dac_khu" -> "đặc khu";
        default -> "xã";
      };
      this.villages = villages;
      this.month = month;
    }

    /** True about six times in seven: the chance a part is reported at all. */
    private boolean given() {
      return r.nextInt(7) != 0;
    }

    private int between(int lo, int hi) {
      return lo + r.nextInt(hi - lo + 1);
    }

    String yaml() {
      LocalDate end = month.atEndOfMonth();
      y.append("commune: ").append(name[1]).append('\n');
      y.append("period: {start: ").append(month.atDay(1)).append(", end: ").append(end).append("}\n");
      source(end);
      if (given()) {
        procedures();
      }
      if (given()) {
        dossiers();
      }
      infrastructure();
      if (given()) {
        humanResources();
      }
      difficulties();
      return y.toString();
    }

    private void source(LocalDate end) {
      y.append("source:\n  issuer: {vi: UBND ").append(unitVi).append(' ').append(name[0]).append(", en: ").append(name[0])
          .append(" People's Committee}\n  issuer_block: government\n");
      if (r.nextInt(10) != 0) {
        y.append("  number: ").append(between(1, 400)).append("/BC-UBND\n");
      }
      y.append("  date: ").append(end.plusDays(between(1, 9))).append('\n');
      y.append("  title: {vi: Báo cáo kết quả chuyển đổi số tháng ").append(month.getMonthValue()).append('/')
          .append(month.getYear()).append(", en: Digital transformation report for ")
          .append(month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)).append(' ')
          .append(month.getYear()).append("}\n");
    }

    private void procedures() {
      int total = between(300, 400);
      int full = total * between(50, 70) / 100;
      int partial = (total - full) * between(70, 95) / 100;
      y.append("procedures:\n  total: ").append(total).append("\n  full_online: ").append(full)
          .append("\n  partial_online: ").append(partial).append("\n  not_online: ").append(total - full - partial)
          .append('\n');
    }

    private void dossiers() {
      int received = between(80, 900);
      int resolved = received * between(82, 98) / 100;
      int onTime = resolved * between(94, 100) / 100;
      int online = received * between(55, 95) / 100;
      y.append("dossiers:\n  received: ").append(received).append("\n  resolved: ").append(resolved)
          .append("\n  on_time: ").append(onTime).append("\n  overdue: ").append(resolved - onTime)
          .append("\n  withdrawn: ").append(between(0, 3)).append("\n  rejected: ").append(between(0, 5))
          .append("\n  received_online: ").append(online).append('\n');
      if (r.nextInt(12) == 0) {
        // A stated share a little off its own counts, as real reports sometimes are.
        double stated = Math.min(100, Math.round(10000.0 * online / received) / 100.0 + 1.5);
        y.append("  online_pct: ").append(String.format(Locale.ROOT, "%.2f", stated)).append('\n');
      }
    }

    private void infrastructure() {
      y.append("infrastructure:\n");
      int computers = between(30, 100);
      int adequate = computers * between(45, 80) / 100;
      int inadequate = computers - adequate - (r.nextInt(8) == 0 ? between(1, 5) : 0);
      y.append("  government:\n    hardware:\n      computers: ").append(computers)
          .append("\n      adequate: ").append(adequate).append("\n      inadequate: ").append(inadequate)
          .append("\n      anti_malware: ").append(computers * between(40, 100) / 100)
          .append("\n      scanners: ").append(between(2, 12)).append("\n      printers: ").append(between(4, 20))
          .append("\n      internet_lines: ").append(between(1, 3)).append('\n');
      if (given()) {
        int party = between(8, 25);
        y.append("  party:\n    digitised_pct: ").append(between(60, 100)).append("\n    hardware:\n      computers: ")
            .append(party).append("\n      party_wan_computers: ").append(between(1, 4))
            .append("\n      printers: ").append(between(3, 19)).append('\n');
      }
    }

    private void humanResources() {
      int covered = Math.max(1, villages - between(0, 4));
      y.append("human_resources:\n  trained: ").append(between(25, 90)).append("\n  it_staff: ").append(between(1, 3))
          .append("\n  community_teams:\n    villages_covered: ").append(covered).append("\n    villages_total: ")
          .append(villages).append('\n');
    }

    private void difficulties() {
      int n = between(0, 3);
      if (n == 0) {
        return;
      }
      y.append("difficulties:\n");
      for (int i = 0; i < n; i++) {
        String[] d = DIFFICULTIES.get(r.nextInt(DIFFICULTIES.size()));
        y.append("  - area: ").append(d[0]).append("\n    difficulty: {vi: \"").append(d[1]).append("\", en: \"")
            .append(d[2]).append("\"}\n");
      }
    }
  }
}
