package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Check;
import vn.xaso.derive.Derived;
import vn.xaso.derive.Deriver;
import vn.xaso.derive.ReportFacts;
import vn.xaso.problem.Problems;
import vn.xaso.sample.SampleGenerator;
import vn.xaso.testing.Reports;

/**
 * The nation's trend in a long-lived build (#26): each commune's part is kept between builds and
 * worked out again only for communes whose reports are new objects, as a rebuild gives the
 * changed commune's; the rest keep the very facts of the last build. The joined trend must be
 * what the reports give worked out from scratch.
 */
class TrendsMemoTest {
  private static final Pattern ONLINE = Pattern.compile("(?m)^  received_online: ([0-9]+)$");
  @TempDir Path dir;

  private static Derived derived(Path project) throws Exception {
    Check.Result checked = new Check().run(project);
    return new Deriver().derive(checked.data(), new Problems());
  }

  private static Map<String, List<ReportFacts>> byCommune(List<ReportFacts> reports) {
    Map<String, List<ReportFacts>> out = new LinkedHashMap<>();
    reports.forEach(r -> out.computeIfAbsent(SiteLayout.commune(r.commune()), k -> new java.util.ArrayList<>()).add(r));
    return out;
  }

  @Test
  void aChangedCommunesPartIsWorkedOutAgainAndTheOthersAreKept() throws Exception {
    Path project = dir.resolve("project");
    new SampleGenerator(12, 4, 3).write(project, Path.of("").toAbsolutePath());
    Derived before = derived(project);
    Trends.Memo memo = new Trends.Memo();
    Trends.Months first = Trends.months(byCommune(before.reports()), memo);
    assertEquals(Trends.months(before.reports()), first);

    // One commune's latest report files far fewer dossiers online: its share, and the nation's mean, move.
    Path report = Reports.latestOfEachCommune(project).stream()
        .filter(p -> ONLINE.matcher(read(p)).find()).findFirst().orElseThrow();
    Matcher m = ONLINE.matcher(read(report));
    m.find();
    Files.writeString(report, m.replaceFirst("  received_online: " + Integer.parseInt(m.group(1)) / 3),
        StandardCharsets.UTF_8);
    Derived after = derived(project);
    String changed = SiteLayout.commune(after.communes().stream()
        .filter(c -> c.slug().equals(report.getParent().getFileName().toString())
            && c.province().equals(report.getParent().getParent().getFileName().toString()))
        .findFirst().orElseThrow());

    // As a rebuild gives them: the changed commune's facts are new, every other commune's are the last build's.
    Map<String, List<ReportFacts>> rebuilt = new LinkedHashMap<>(byCommune(before.reports()));
    rebuilt.put(changed, byCommune(after.reports()).get(changed));
    Trends.Months fresh = Trends.months(after.reports());
    assertNotEquals(first, fresh, "the change moves the nation's trend");
    assertEquals(fresh, Trends.months(rebuilt, memo));
    // And back again: the commune's part from the first build is not taken for the second's.
    assertEquals(first, Trends.months(byCommune(before.reports()), memo));
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
