package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Check;
import vn.xaso.cli.Main;
import vn.xaso.problem.Problem;

/**
 * The three seed reports in {@code sources/}, imported and compared field by field with
 * their committed transcriptions, as written and as OCR would return them (marks lost, some
 * letters read as digits); prints precision and recall per section.
 */
class ImportSeedsTest {

  @Test
  void draftsOfTheSeedsMatchTheirTranscriptions() throws Exception {
    run(false);
  }

  @Test
  void draftsOfOcrCopiesWithoutDiacriticsMatchToo() throws Exception {
    run(true);
  }

  /**
   * Imported with the command, each seed's draft draws from the validator exactly the warnings its
   * committed transcription draws (the report's own contradictions), and no error but the
   * summaries still to write.
   */
  @Test
  void theValidatorSaysOfEachDraftWhatItSaysOfTheTranscription(@TempDir Path tmp) throws Exception {
    Map<String, List<Problem>> committed = new Check().run(Path.of("")).problems().byFile();
    for (String seed : SeedScore.SEEDS) {
      StringWriter out = new StringWriter();
      Path draft = tmp.resolve(seed + ".yaml");
      int exit = Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "import",
          SeedScore.KEPT.get(seed), "--out", draft.toString(), "--project", ".");
      assertEquals(0, exit, out.toString());
      List<String> said = out.toString().lines().filter(l -> l.startsWith(draft.toString() + ":"))
          .map(l -> l.replaceFirst("^.*?: ((warning|error)\\[[a-z-]+\\] [a-z_.]+):.*$", "$1")).sorted().toList();
      // What the kept text says of the transcription (evidence, mentions) is no problem of the draft's own.
      List<String> expected = committed.getOrDefault(SeedScore.COMMITTED.get(seed), List.of()).stream()
          .filter(p -> !p.code().forTheTranscriber())
          .map(p -> p.severity().code() + "[" + p.code().id() + "] " + p.field()).sorted().toList();
      assertEquals(expected, said, seed + "\n" + out);
    }
  }

  @Test
  void theOcrCopyReallyLostItsMarksAndLetters() {
    String copy = ocr("Tổng số hồ sơ tiếp nhận, giải quyết trong kỳ: 239 hồ sơ, trong đó số lượng hồ sơ đã giải quyết 223 hồ sơ");
    assertEquals("Tong so ho so tiep nhan, giai quyet trong ky: 239 ho so, trong do so lu0ng ho so da giai quyet 223 ho so", copy);
  }

  private static void run(boolean ocr) throws Exception {
    int right = 0;
    int expected = 0;
    for (String seed : SeedScore.SEEDS) {
      String text = SeedScore.seed(seed);
      String draft = SeedScore.draft(ocr ? ocr(text) : text, seed);
      Map<String, String> want = SeedScore.leaves(Files.readString(Path.of(SeedScore.COMMITTED.get(seed))), ocr);
      Map<String, String> got = SeedScore.leaves(draft, ocr);
      List<String> diffs = new ArrayList<>();
      Map<String, SeedScore.Tally> t = SeedScore.score(want, got, diffs);
      System.out.println(SeedScore.table(seed + (ocr ? " (OCR copy, no diacritics)" : ""), t));
      diffs.forEach(d -> System.out.println("    " + d));
      for (SeedScore.Tally x : t.values()) {
        right += x.right;
        expected += x.expected;
      }
      assertTrue(diffs.stream().noneMatch(d -> d.startsWith("WRONG") || d.startsWith("EXTRA")), seed + ": " + diffs);
      assertTrue(everyValueQuoted(draft), seed);
    }
    double recall = (double) right / expected;
    System.out.printf("%s: %d/%d figures right at the right field (%.1f%%)%n", ocr ? "OCR copies" : "seeds", right,
        expected, 100 * recall);
    assertTrue(recall >= 0.9, "recall " + recall);
  }

  /** Every line holding a value ends with a quote of its sentence. */
  private static boolean everyValueQuoted(String draft) {
    for (String line : draft.split("\n")) {
      if (line.matches("\\s*(- )?[a-z_]+: \\S.*") && !line.contains("# «")) {
        return false;
      }
    }
    return true;
  }

  /**
   * What OCR makes of a report: marks and đ lost, and in every seventh lower-case word of four
   * letters or more one letter misread — a final i as j, an o as 0, an l as 1.
   */
  static String ocr(String text) {
    String plain = SeedScore.fold(text);
    Matcher m = Pattern.compile("\\b[a-z]{4,}\\b").matcher(plain);
    StringBuilder out = new StringBuilder();
    int n = 0;
    while (m.find()) {
      String w = m.group();
      if (n++ % 7 == 6) {
        if (w.endsWith("i")) {
          w = w.substring(0, w.length() - 1) + "j";
        } else if (w.contains("o")) {
          w = w.replaceFirst("o", "0");
        } else if (w.contains("l")) {
          w = w.replaceFirst("l", "1");
        }
      }
      m.appendReplacement(out, w);
    }
    m.appendTail(out);
    return out.toString();
  }
}
