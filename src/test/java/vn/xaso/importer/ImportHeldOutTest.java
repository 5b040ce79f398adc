package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The import scored on texts its rules were not written against, by kind of source: the seeds as
 * Tesseract reads them back from page images (with and without Vietnamese language data), and
 * passages paraphrased from the report outline whose expected answers were written before the
 * first run (src/test/resources/heldout). The seeds themselves are scored too, for comparison.
 * Thresholds are the measured values: the test keeps them from falling, it does not tune to them.
 */
class ImportHeldOutTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Path OCR = Path.of("src/test/resources/ocr");
  private static final Path HELD_OUT = Path.of("src/test/resources/heldout");
  /** Four reports written by another hand after round 2's rules were frozen, scored once before anything else. */
  private static final Path HELD_OUT_2 = Path.of("src/test/resources/heldout2");
  /** Five reports and their scanned copies, written blind while round 3's rules were written, scored once after; training since round 4. */
  private static final Path HELD_OUT_3 = Path.of("src/test/resources/heldout3");
  /** Five reports and their scanned copies, written blind while round 4's rules were written, scored once after they landed. */
  private static final Path HELD_OUT_4 = Path.of("src/test/resources/heldout4");
  private static final Path HELD_OUT_5 = Path.of("src/test/resources/heldout5");
  /** Written blind while round 6's rules were written; scored once after they landed; training since round 7. */
  private static final Path HELD_OUT_6 = Path.of("src/test/resources/heldout6");
  /** Written blind while round 7's rules were written; scored once after they landed; training since round 8. */
  private static final Path HELD_OUT_7 = Path.of("src/test/resources/heldout7");
  /** Written blind while round 8's rules were written; scored once after they landed. */
  private static final Path HELD_OUT_8 = Path.of("src/test/resources/heldout8");
  /** Written blind by another helper while round 9's rules were written; scored once after round 9 landed. */
  private static final Path HELD_OUT_9 = Path.of("src/test/resources/heldout9");
  /** The tenth set: written blind while round 10's rules were written; scored once after they landed. */
  private static final Path HELD_OUT_10 = Path.of("src/test/resources/heldout10");
  /** Written by another helper while round 11's rules were written; opened only after they landed on main (e378300). */
  private static final Path HELD_OUT_11 = Path.of("src/test/resources/heldout11");
  private static final Path HELD_OUT_12 = Path.of("src/test/resources/heldout12");
  /** Written by another helper after round 13 landed (its rules frozen on main, 0fa468e); scored once, after. */
  private static final Path HELD_OUT_13 = Path.of("src/test/resources/heldout13");
  // Sets 14 to 17: written blind by four helpers at once, scored once after round 14's rules landed (22934ad).
  private static final Path HELD_OUT_14 = Path.of("src/test/resources/heldout14");
  private static final Path HELD_OUT_15 = Path.of("src/test/resources/heldout15");
  private static final Path HELD_OUT_16 = Path.of("src/test/resources/heldout16");
  private static final Path HELD_OUT_17 = Path.of("src/test/resources/heldout17");
  // Sets 18 to 21: written blind by four helpers at once, scored once after round 15's rules landed (36dfd22).
  private static final Path HELD_OUT_18 = Path.of("src/test/resources/heldout18");
  private static final Path HELD_OUT_19 = Path.of("src/test/resources/heldout19");
  private static final Path HELD_OUT_20 = Path.of("src/test/resources/heldout20");
  private static final Path HELD_OUT_21 = Path.of("src/test/resources/heldout21");
  // Sets 22 and 23: written blind by two helpers at once, scored once after round 16's rules landed (053cd76).
  private static final Path HELD_OUT_22 = Path.of("src/test/resources/heldout22");
  private static final Path HELD_OUT_23 = Path.of("src/test/resources/heldout23");
  // Sets 24 to 26: written blind by three helpers at once, scored once after round 17's rules landed (f37f5ce).
  private static final Path HELD_OUT_24 = Path.of("src/test/resources/heldout24");
  private static final Path HELD_OUT_25 = Path.of("src/test/resources/heldout25");
  private static final Path HELD_OUT_26 = Path.of("src/test/resources/heldout26");
  // Sets 27 and 28: written blind by two helpers at once, scored once after round 18's rules landed (a34ae4f).
  private static final Path HELD_OUT_27 = Path.of("src/test/resources/heldout27");
  private static final Path HELD_OUT_28 = Path.of("src/test/resources/heldout28");
  private static final Path HELD_OUT_29 = Path.of("src/test/resources/heldout29");
  private static final Path HELD_OUT_30 = Path.of("src/test/resources/heldout30");
  private static final Path HELD_OUT_31 = Path.of("src/test/resources/heldout31");
  private static final Path HELD_OUT_32 = Path.of("src/test/resources/heldout32");
  private static final Path HELD_OUT_33 = Path.of("src/test/resources/heldout33");
  private static final Path HELD_OUT_34 = Path.of("src/test/resources/heldout34");
  private static final Path HELD_OUT_35 = Path.of("src/test/resources/heldout35");
  private static final Path HELD_OUT_36 = Path.of("src/test/resources/heldout36");
  private static final Path HELD_OUT_37 = Path.of("src/test/resources/heldout37");
  private static final Path HELD_OUT_38 = Path.of("src/test/resources/heldout38");
  private static final Path HELD_OUT_39 = Path.of("src/test/resources/heldout39");
  private static final Path HELD_OUT_40 = Path.of("src/test/resources/heldout40");
  /** Sections whose values are the report's figures (counts, shares, money), as against its documents and names. */
  private static final java.util.Set<String> FIGURES = java.util.Set.of("dossiers", "procedures", "infrastructure",
      "human_resources", "finance");

  /**
   * One kind of source: its score floor (recall and precision of all values, recall of the figures)
   * and the most wrong values allowed in any one report.
   */
  private record Kind(String name, double recall, double precision, int wrongPerReport, double figures,
      int periodsWrong) {
    Kind(String name, double recall, double precision, int wrongPerReport, double figures) {
      this(name, recall, precision, wrongPerReport, figures, 0);
    }
  }

  /** What one report scored. */
  private record Scored(String report, Map<String, SeedScore.Tally> tallies, List<String> diffs, boolean periodRight) {
    long wrong() {
      return diffs.stream().filter(d -> d.startsWith("WRONG") || d.startsWith("EXTRA")).count();
    }
  }

  // Floors of the seeds and their OCR copies count hung-thang's three parts' own `as_of`, drafted since
  // round 3 from the preamble's "đến ngày 07/11/2025" beside the dossiers' span.
  @Test
  void seedsAsWritten() throws IOException {
    check(new Kind("seeds (rules written against them)", 0.97, 1.0, 0, 1.0), seeds());
  }

  private static List<Scored> seeds() throws IOException {
    return once("seeds", () -> {
      List<Scored> out = new ArrayList<>();
      for (String seed : SeedScore.SEEDS) {
        out.add(score(seed, SeedScore.seed(seed), committed(seed, false), false));
      }
      return out;
    });
  }

  @Test
  void ocrWithVietnameseData() throws IOException {
    check(new Kind("OCR -l vie", 0.97, 1.0, 0, 0.98), ocr("vie"));
  }

  @Test
  void ocrWithoutVietnameseData() throws IOException {
    check(new Kind("OCR -l eng (diacritics mangled)", 0.92, 0.98, 2, 0.92), ocr("eng"));
  }

  @Test
  void passagesParaphrasedFromTheOutline() throws IOException {
    // Read while writing the second round of rules: training data since, kept as a regression floor.
    check(new Kind("paraphrased, first set (training after round 2)", 1.0, 1.0, 0, 1.0), paraphrased(HELD_OUT));
  }

  @Test
  void secondSetWrittenBlind() throws IOException {
    // Its first run, blind: figures 60/117, all values 133/213 right of 146 drafted, at most 5 wrong in a
    // report, one period of four wrong. Round 3 read it and wrote rules for the structures it showed, so
    // it is training data now, kept as a regression floor at round 3's score (figures 118/118, values
    // 206/214 of 208 drafted; lac-hai's two are its "Triển khai Kết luận 195-KL/TW" section drafted as a
    // follow-up, which its answers cite instead).
    check(new Kind("second held-out set (training after round 3)", 0.97, 0.99, 2, 1.0, 0), paraphrased(HELD_OUT_2));
  }

  @Test
  void thirdSetTrainingAfterRound4() throws IOException {
    // Its one blind run (2026-12-06, round 3's rules frozen): all values 298/374 right of 311 drafted, figures
    // 160/223 (71.7 %), wrong or extra per report 5, 2, 4, 1, 1; one period of five wrong. Round 4 read it and
    // wrote rules for the structures it showed, so it is training data now, kept as a regression floor at round
    // 4's score: values 364/374 of 366 drafted, figures 218/223, wrong 2, 0, 0, 0, 0 (cam-binh's section "5. Việc
    // triển khai Kết luận số 195-KL/TW" drafted as a follow-up, which its answers cite instead), periods 5/5.
    check(new Kind("third held-out set (training after round 4)", 0.97, 0.99, 2, 0.98, 0), paraphrased(HELD_OUT_3));
  }

  @Test
  void thirdSetScannedWithVietnameseDataTrainingAfterRound4() throws IOException {
    // Blind run: 279/374 of 295 drafted, figures 142/223 (63.7 %), wrong per report 7, 3, 4, 1, 1. After round 4
    // (training): 357/374 of 359 drafted, figures 213/223 (95.5 %), wrong 2, 0, 0, 0, 0, periods 5/5.
    check(new Kind("third held-out set, OCR -l vie (training after round 4)", 0.95, 0.99, 2, 0.95, 0),
        scanned(HELD_OUT_3, "vie"));
  }

  @Test
  void thirdSetScannedWithoutVietnameseDataTrainingAfterRound4() throws IOException {
    // Blind run: 248/374 of 273 drafted, figures 125/223 (56.1 %), wrong per report 9, 3, 6, 1, 6. After round 4
    // (training): 313/374 of 316 drafted, figures 168/223 (75.3 %), wrong 2, 0, 1, 0, 0, periods 5/5.
    check(new Kind("third held-out set, OCR -l eng (training after round 9)", 0.91, 0.99, 2, 0.87, 0),
        scanned(HELD_OUT_3, "eng"));
  }

  @Test
  void fourthSetTrainingAfterRound5() throws IOException {
    // Its one blind run (2026-12-07, round 4's rules frozen and landed first): all values 293/369 right of 309
    // drafted, figures 175/228 (76.8 %), wrong or extra per report 3, 3, 9, 0, 1; two periods of five wrong. Round 5
    // read it and wrote rules for the structures it showed, so it is training data now, kept as a regression floor
    // at round 5's score: values 337/369 of 338 drafted, figures 201/228 (88.2 %), wrong 0, 1, 0, 0, 0, periods 5/5.
    // Raised to round 7's: values 344/369 of 344, figures 208/228 (91.2 %), no wrong value, periods 5/5.
    check(new Kind("fourth held-out set (training after round 7)", 0.93, 1.0, 0, 0.91, 0), paraphrased(HELD_OUT_4));
  }

  @Test
  void fourthSetScannedWithVietnameseDataTrainingAfterRound5() throws IOException {
    // Blind run: 268/369 of 284 drafted, figures 152/228 (66.7 %), wrong per report 3, 3, 9, 0, 1. After round 5
    // (training): 302/369 of 303 drafted, figures 168/228 (73.7 %), wrong 0, 1, 0, 0, 0, periods 5/5. After round 7:
    // 309/369 of 309, figures 175/228 (76.8 %), no wrong value.
    // Round 19b (OcrColumns, a flattened table's column breaks put back): my-duc's tables, figures 178 -> 189/228.
    // Round 20 (an appendix's lines of text read in its part): 339/369 of 339 (quang-tin's decision in its appendix).
    check(new Kind("fourth held-out set, OCR -l vie (training after round 7)", 0.91, 1.0, 0, 0.82, 0),
        scanned(HELD_OUT_4, "vie"));
  }

  @Test
  void fourthSetScannedWithoutVietnameseDataTrainingAfterRound5() throws IOException {
    // Blind run: 240/369 of 262 drafted, figures 132/228 (57.9 %), wrong per report 7, 4, 9, 1, 1. After round 5
    // (training): 261/369 of 270 drafted, figures 134/228 (58.8 %), wrong 5, 3, 0, 1, 0, periods 5/5. After round 7:
    // 266/369 of 274, figures 139/228 (61.0 %), wrong 5, 2, 0, 1, 0.
    // Round 19b (OcrColumns, a flattened table's column breaks put back): figures 166 -> 170/228.
    check(new Kind("fourth held-out set, OCR -l eng (training after round 9)", 0.80, 0.97, 5, 0.74, 0),
        scanned(HELD_OUT_4, "eng"));
  }

  @Test
  void fifthSetTrainingAfterRound6() throws IOException {
    // Its one blind run (2026-12-07, round 5's rules frozen and landed first): all values 311/384 right of 315
    // drafted, figures 169/239 (70.7 %), wrong or extra per report 2, 0, 1, 0, 1; two periods of five wrong. Round 6
    // read it and wrote rules for the structures it showed, so it is training data now, kept as a regression floor
    // at round 6's score: values 344/384 of 347 drafted, figures 202/239 (84.5 %), wrong 2, 0, 0, 0, 1, periods 3/5.
    // Raised to round 7's: values 367/384 of 367, figures 222/239 (92.9 %), no wrong value, periods 5/5.
    check(new Kind("fifth held-out set (training after round 7)", 0.97, 1.00, 0, 0.95, 0), paraphrased(HELD_OUT_5));
  }

  @Test
  void fifthSetScannedWithVietnameseDataTrainingAfterRound6() throws IOException {
    // Blind run: 294/384 of 298 drafted, figures 154/239 (64.4 %), wrong per report 1, 0, 1, 1, 1. After round 6
    // (training): 296/384 of 299 drafted, figures 156/239 (65.3 %), wrong 1, 0, 0, 1, 1, periods 3/5. After round 7:
    // 320/384 of 321, figures 177/239 (74.1 %), wrong 0, 1, 0, 0, 0, periods 5/5.
    // Round 19b (OcrColumns, a flattened table's column breaks put back): figures 178 -> 179/239.
    check(new Kind("fifth held-out set, OCR -l vie (training after round 7)", 0.85, 0.99, 1, 0.76, 0),
        scanned(HELD_OUT_5, "vie"));
  }

  @Test
  void fifthSetScannedWithoutVietnameseDataTrainingAfterRound6() throws IOException {
    // Blind run: 275/384 of 278 drafted, figures 134/239 (56.1 %), wrong per report 1, 0, 1, 1, 0. After round 6
    // (training): 277/384 of 279 drafted, figures 136/239 (56.9 %), wrong 1, 0, 0, 1, 0, periods 3/5. After round 7:
    // 290/384 of 291, figures 147/239 (61.5 %), wrong 1, 0, 0, 0, 0, periods 4/5.
    check(new Kind("fifth held-out set, OCR -l eng (training after round 9)", 0.81, 0.99, 1, 0.7, 0),
        scanned(HELD_OUT_5, "eng"));
  }

  @Test
  void sixthSetTrainingAfterRound7() throws IOException {
    // Its one blind run (2026-12-07, round 6's rules frozen and landed first): all values 298/334 right of 300
    // drafted, figures 172/204 (84.3 %), wrong or extra per report 0, 0, 2, 0, 0; one period of five wrong. Round 7
    // read it and wrote rules for the structures it showed, so it is training data now, kept as a regression floor
    // at round 7's score: values 317/334 of 318, figures 190/204 (93.1 %), wrong 0, 0, 0, 1, 0 (van-hung-tay's
    // signal gap, which its answers put under the issuing Party block and the fourth set's minh-luong under the
    // government's), periods 5/5.
    // Round 11 (the layout reader; van-hung-tay's key corrected to docs/transcription.md §3): 318/334 of 318, figures
    // 191/204 (93.6 %), wrong 0, 0, 0, 0, 0.
    check(new Kind("sixth held-out set (training after round 7)", 0.97, 1.00, 0, 0.96, 0), paraphrased(HELD_OUT_6));
  }

  @Test
  void sixthSetScannedWithVietnameseDataTrainingAfterRound7() throws IOException {
    // Blind run: 279/334 of 284 drafted, figures 155/204 (76.0 %), wrong per report 2, 0, 1, 2, 0, periods 4/5.
    // After round 7 (training): 302/334 of 306, figures 177/204 (86.8 %), wrong 0, 0, 1, 3, 0, periods 5/5.
    // Round 11: 303/334 of 306, figures 178/204 (87.3 %), wrong 0, 0, 1, 2, 0.
    check(new Kind("sixth held-out set, OCR -l vie (training after round 7)", 0.94, 0.99, 2, 0.93, 0),
        scanned(HELD_OUT_6, "vie"));
  }

  @Test
  void sixthSetScannedWithoutVietnameseDataTrainingAfterRound7() throws IOException {
    // Blind run: 246/334 of 251 drafted, figures 128/204 (62.7 %), wrong per report 2, 0, 3, 0, 0, periods 3/5.
    // After round 7 (training): 280/334 of 283, figures 159/204 (77.9 %), wrong 1, 0, 1, 1, 0, periods 5/5.
    // Round 11: 280/334 of 282, figures 159/204 (77.9 %), wrong 1, 0, 1, 0, 0.
    check(new Kind("sixth held-out set, OCR -l eng (training after round 7)", 0.89, 0.99, 1, 0.87, 0),
        scanned(HELD_OUT_6, "eng"));
  }

  /** The table of scores in docs/import.md: its rows are recomputed here, so the document cannot drift. */
  private static final Path DOC = Path.of("docs/import.md");
  private static final String TABLE_BEGIN = "<!-- scores: written by ImportHeldOutTest.theDocumentsTableOfScoresIsTheMeasuredOne -->";
  private static final String TABLE_END = "<!-- scores: end -->";

  /** One row of the table: which set, in which state, read from which source, and how to score it. */
  private record Row(String set, String source, Scoring scoring) {}

  private static List<Row> rows() {
    return List.of(
        new Row("seeds (rules written against them)", "typed", ImportHeldOutTest::seeds),
        new Row("seeds", "OCR `-l vie`", () -> ocr("vie")),
        new Row("seeds", "OCR `-l eng`", () -> ocr("eng")),
        new Row("seeds", "scan as xaso reads it `-l vie`", () -> seedsRead("vie", Reading.LAID_OUT)),
        new Row("seeds", "scan as xaso reads it `-l eng`", () -> seedsRead("eng", Reading.LAID_OUT)),
        new Row("first set (training since round 2)", "typed", () -> paraphrased(HELD_OUT)),
        new Row("second set (training since round 3)", "typed", () -> paraphrased(HELD_OUT_2)),
        new Row("third set (training since round 4)", "typed", () -> paraphrased(HELD_OUT_3)),
        new Row("third set", "OCR `-l vie`", () -> scanned(HELD_OUT_3, "vie")),
        new Row("third set", "OCR `-l eng`", () -> scanned(HELD_OUT_3, "eng")),
        new Row("fourth set (training since round 5)", "typed", () -> paraphrased(HELD_OUT_4)),
        new Row("fourth set", "OCR `-l vie`", () -> scanned(HELD_OUT_4, "vie")),
        new Row("fourth set", "OCR `-l eng`", () -> scanned(HELD_OUT_4, "eng")),
        new Row("fifth set (training since round 6)", "typed", () -> paraphrased(HELD_OUT_5)),
        new Row("fifth set", "OCR `-l vie`", () -> scanned(HELD_OUT_5, "vie")),
        new Row("fifth set", "OCR `-l eng`", () -> scanned(HELD_OUT_5, "eng")),
        new Row("sixth set (training since round 7)", "typed", () -> paraphrased(HELD_OUT_6)),
        new Row("sixth set", "OCR `-l vie`", () -> scanned(HELD_OUT_6, "vie")),
        new Row("sixth set", "OCR `-l eng`", () -> scanned(HELD_OUT_6, "eng")),
        new Row("seventh set (training since round 8)", "typed", () -> paraphrased(HELD_OUT_7)),
        new Row("seventh set", "OCR `-l vie`", () -> scanned(HELD_OUT_7, "vie")),
        new Row("seventh set", "OCR `-l eng`", () -> scanned(HELD_OUT_7, "eng")),
        new Row("eighth set (training since round 9)", "typed", () -> paraphrased(HELD_OUT_8)),
        new Row("eighth set", "OCR `-l vie`", () -> scanned(HELD_OUT_8, "vie")),
        new Row("eighth set", "OCR `-l eng`", () -> scanned(HELD_OUT_8, "eng")),
        new Row("ninth set (training since round 10)", "typed", () -> paraphrased(HELD_OUT_9)),
        new Row("ninth set", "OCR `-l vie`", () -> scanned(HELD_OUT_9, "vie")),
        new Row("ninth set", "OCR `-l eng`", () -> scanned(HELD_OUT_9, "eng")),
        new Row("tenth set (training since round 11)", "typed", () -> paraphrased(HELD_OUT_10)),
        new Row("tenth set", "OCR `-l vie`", () -> scanned(HELD_OUT_10, "vie")),
        new Row("tenth set", "OCR `-l eng`", () -> scanned(HELD_OUT_10, "eng")),
        new Row("eleventh set (training since round 12)", "typed", () -> paraphrased(HELD_OUT_11)),
        new Row("eleventh set", "OCR `-l vie`", () -> scanned(HELD_OUT_11, "vie")),
        new Row("eleventh set", "OCR `-l eng`", () -> scanned(HELD_OUT_11, "eng")),
        new Row("twelfth set (training since round 13)", "typed", () -> paraphrased(HELD_OUT_12)),
        new Row("twelfth set", "OCR `-l vie`", () -> scanned(HELD_OUT_12, "vie")),
        new Row("twelfth set", "OCR `-l eng`", () -> scanned(HELD_OUT_12, "eng")),
        new Row("thirteenth set (training since round 14)", "typed", () -> paraphrased(HELD_OUT_13)),
        new Row("thirteenth set", "OCR `-l vie`", () -> scanned(HELD_OUT_13, "vie")),
        new Row("thirteenth set", "OCR `-l eng`", () -> scanned(HELD_OUT_13, "eng")),
        new Row("fourteenth set (blind after round 14; training since round 15)", "typed", () -> paraphrased(HELD_OUT_14)),
        new Row("fourteenth set", "OCR `-l vie`", () -> scanned(HELD_OUT_14, "vie")),
        new Row("fourteenth set", "OCR `-l eng`", () -> scanned(HELD_OUT_14, "eng")),
        new Row("fourteenth set", "scan as xaso reads it `-l vie`", () -> read(HELD_OUT_14, "vie", Reading.LAID_OUT)),
        new Row("fourteenth set", "scan as xaso reads it `-l eng`", () -> read(HELD_OUT_14, "eng", Reading.LAID_OUT)),
        new Row("fifteenth set (blind after round 14; training since round 15)", "typed", () -> paraphrased(HELD_OUT_15)),
        new Row("fifteenth set", "OCR `-l vie`", () -> scanned(HELD_OUT_15, "vie")),
        new Row("fifteenth set", "OCR `-l eng`", () -> scanned(HELD_OUT_15, "eng")),
        new Row("fifteenth set", "scan as xaso reads it `-l vie`", () -> read(HELD_OUT_15, "vie", Reading.LAID_OUT)),
        new Row("fifteenth set", "scan as xaso reads it `-l eng`", () -> read(HELD_OUT_15, "eng", Reading.LAID_OUT)),
        new Row("sixteenth set (blind after round 14; training since round 15)", "typed", () -> paraphrased(HELD_OUT_16)),
        new Row("sixteenth set", "OCR `-l vie`", () -> scanned(HELD_OUT_16, "vie")),
        new Row("sixteenth set", "OCR `-l eng`", () -> scanned(HELD_OUT_16, "eng")),
        new Row("sixteenth set", "scan as xaso reads it `-l vie`", () -> read(HELD_OUT_16, "vie", Reading.LAID_OUT)),
        new Row("sixteenth set", "scan as xaso reads it `-l eng`", () -> read(HELD_OUT_16, "eng", Reading.LAID_OUT)),
        new Row("seventeenth set (blind after round 14; training since round 15)", "typed", () -> paraphrased(HELD_OUT_17)),
        new Row("seventeenth set", "OCR `-l vie`", () -> scanned(HELD_OUT_17, "vie")),
        new Row("seventeenth set", "OCR `-l eng`", () -> scanned(HELD_OUT_17, "eng")),
        new Row("seventeenth set", "scan as xaso reads it `-l vie`", () -> read(HELD_OUT_17, "vie", Reading.LAID_OUT)),
        new Row("seventeenth set", "scan as xaso reads it `-l eng`", () -> read(HELD_OUT_17, "eng", Reading.LAID_OUT)),
        new Row("eighteenth set (blind, after round 15)", "typed", () -> paraphrased(HELD_OUT_18)),
        new Row("eighteenth set", "OCR `-l vie`", () -> scanned(HELD_OUT_18, "vie")),
        new Row("eighteenth set", "OCR `-l eng`", () -> scanned(HELD_OUT_18, "eng")),
        new Row("eighteenth set", "scan as xaso reads it `-l vie`", () -> read(HELD_OUT_18, "vie", Reading.LAID_OUT)),
        new Row("eighteenth set", "scan as xaso reads it `-l eng`", () -> read(HELD_OUT_18, "eng", Reading.LAID_OUT)),
        new Row("nineteenth set (blind, after round 15)", "typed", () -> paraphrased(HELD_OUT_19)),
        new Row("nineteenth set", "OCR `-l vie`", () -> scanned(HELD_OUT_19, "vie")),
        new Row("nineteenth set", "OCR `-l eng`", () -> scanned(HELD_OUT_19, "eng")),
        new Row("nineteenth set", "scan as xaso reads it `-l vie`", () -> read(HELD_OUT_19, "vie", Reading.LAID_OUT)),
        new Row("nineteenth set", "scan as xaso reads it `-l eng`", () -> read(HELD_OUT_19, "eng", Reading.LAID_OUT)),
        new Row("twentieth set (blind, after round 15)", "typed", () -> paraphrased(HELD_OUT_20)),
        new Row("twentieth set", "OCR `-l vie`", () -> scanned(HELD_OUT_20, "vie")),
        new Row("twentieth set", "OCR `-l eng`", () -> scanned(HELD_OUT_20, "eng")),
        new Row("twentieth set", "scan as xaso reads it `-l vie`", () -> read(HELD_OUT_20, "vie", Reading.LAID_OUT)),
        new Row("twentieth set", "scan as xaso reads it `-l eng`", () -> read(HELD_OUT_20, "eng", Reading.LAID_OUT)),
        new Row("twenty-first set (blind, after round 15)", "typed", () -> paraphrased(HELD_OUT_21)),
        new Row("twenty-first set", "OCR `-l vie`", () -> scanned(HELD_OUT_21, "vie")),
        new Row("twenty-first set", "OCR `-l eng`", () -> scanned(HELD_OUT_21, "eng")),
        new Row("twenty-first set", "scan as xaso reads it `-l vie`", () -> read(HELD_OUT_21, "vie", Reading.LAID_OUT)),
        new Row("twenty-first set", "scan as xaso reads it `-l eng`", () -> read(HELD_OUT_21, "eng", Reading.LAID_OUT)),
        new Row("twenty-second set (blind, after round 16)", "typed", () -> paraphrased(HELD_OUT_22)),
        new Row("twenty-second set", "OCR `-l vie`", () -> scanned(HELD_OUT_22, "vie")),
        new Row("twenty-second set", "OCR `-l eng`", () -> scanned(HELD_OUT_22, "eng")),
        new Row("twenty-second set", "scan as xaso reads it `-l vie`", () -> read(HELD_OUT_22, "vie", Reading.LAID_OUT)),
        new Row("twenty-second set", "scan as xaso reads it `-l eng`", () -> read(HELD_OUT_22, "eng", Reading.LAID_OUT)),
        new Row("twenty-third set (blind, after round 16)", "typed", () -> paraphrased(HELD_OUT_23)),
        new Row("twenty-third set", "OCR `-l vie`", () -> scanned(HELD_OUT_23, "vie")),
        new Row("twenty-third set", "OCR `-l eng`", () -> scanned(HELD_OUT_23, "eng")),
        new Row("twenty-third set", "scan as xaso reads it `-l vie`", () -> read(HELD_OUT_23, "vie", Reading.LAID_OUT)),
        new Row("twenty-third set", "scan as xaso reads it `-l eng`", () -> read(HELD_OUT_23, "eng", Reading.LAID_OUT)),
        new Row("twenty-fourth set (blind, after round 17)", "typed", () -> paraphrased(HELD_OUT_24)),
        new Row("twenty-fourth set", "OCR `-l vie`", () -> scanned(HELD_OUT_24, "vie")),
        new Row("twenty-fourth set", "OCR `-l eng`", () -> scanned(HELD_OUT_24, "eng")),
        new Row("twenty-fourth set", "scan as xaso reads it `-l vie`", () -> read(HELD_OUT_24, "vie", Reading.LAID_OUT)),
        new Row("twenty-fourth set", "scan as xaso reads it `-l eng`", () -> read(HELD_OUT_24, "eng", Reading.LAID_OUT)),
        new Row("twenty-fifth set (blind, after round 17)", "typed", () -> paraphrased(HELD_OUT_25)),
        new Row("twenty-fifth set", "OCR `-l vie`", () -> scanned(HELD_OUT_25, "vie")),
        new Row("twenty-fifth set", "OCR `-l eng`", () -> scanned(HELD_OUT_25, "eng")),
        new Row("twenty-fifth set", "scan as xaso reads it `-l vie`", () -> read(HELD_OUT_25, "vie", Reading.LAID_OUT)),
        new Row("twenty-fifth set", "scan as xaso reads it `-l eng`", () -> read(HELD_OUT_25, "eng", Reading.LAID_OUT)),
        new Row("twenty-sixth set (blind, after round 17)", "typed", () -> paraphrased(HELD_OUT_26)),
        new Row("twenty-sixth set", "OCR `-l vie`", () -> scanned(HELD_OUT_26, "vie")),
        new Row("twenty-sixth set", "OCR `-l eng`", () -> scanned(HELD_OUT_26, "eng")),
        new Row("twenty-sixth set", "scan as xaso reads it `-l vie`", () -> read(HELD_OUT_26, "vie", Reading.LAID_OUT)),
        new Row("twenty-sixth set", "scan as xaso reads it `-l eng`", () -> read(HELD_OUT_26, "eng", Reading.LAID_OUT)),
        new Row("twenty-seventh set (blind after round 18; training since round 19)", "typed", () -> paraphrased(HELD_OUT_27)),
        new Row("twenty-seventh set", "OCR `-l vie`", () -> scanned(HELD_OUT_27, "vie")),
        new Row("twenty-seventh set", "OCR `-l eng`", () -> scanned(HELD_OUT_27, "eng")),
        new Row("twenty-seventh set", "scan as xaso reads it `-l vie`", () -> read(HELD_OUT_27, "vie", Reading.LAID_OUT)),
        new Row("twenty-seventh set", "scan as xaso reads it `-l eng`", () -> read(HELD_OUT_27, "eng", Reading.LAID_OUT)),
        new Row("twenty-eighth set (blind after round 18; training since round 19)", "typed", () -> paraphrased(HELD_OUT_28)),
        new Row("twenty-eighth set", "OCR `-l vie`", () -> scanned(HELD_OUT_28, "vie")),
        new Row("twenty-eighth set", "OCR `-l eng`", () -> scanned(HELD_OUT_28, "eng")),
        new Row("twenty-eighth set", "scan as xaso reads it `-l vie`", () -> read(HELD_OUT_28, "vie", Reading.LAID_OUT)),
        new Row("twenty-eighth set", "scan as xaso reads it `-l eng`", () -> read(HELD_OUT_28, "eng", Reading.LAID_OUT)),
        new Row("twenty-ninth set (blind, after round 19)", "typed", () -> paraphrased(HELD_OUT_29)),
        new Row("twenty-ninth set", "OCR `-l vie`", () -> scanned(HELD_OUT_29, "vie")),
        new Row("twenty-ninth set", "OCR `-l eng`", () -> scanned(HELD_OUT_29, "eng")),
        new Row("twenty-ninth set", "scan as xaso reads it `-l vie`", () -> read(HELD_OUT_29, "vie", Reading.LAID_OUT)),
        new Row("twenty-ninth set", "scan as xaso reads it `-l eng`", () -> read(HELD_OUT_29, "eng", Reading.LAID_OUT)),
        new Row("thirtieth set (blind, after round 19)", "typed", () -> paraphrased(HELD_OUT_30)),
        new Row("thirtieth set", "OCR `-l vie`", () -> scanned(HELD_OUT_30, "vie")),
        new Row("thirtieth set", "OCR `-l eng`", () -> scanned(HELD_OUT_30, "eng")),
        new Row("thirtieth set", "scan as xaso reads it `-l vie`", () -> read(HELD_OUT_30, "vie", Reading.LAID_OUT)),
        new Row("thirtieth set", "scan as xaso reads it `-l eng`", () -> read(HELD_OUT_30, "eng", Reading.LAID_OUT)),
        new Row("thirty-first set (blind after round 20; training since round 21)", "typed", () -> paraphrased(HELD_OUT_31)),
        new Row("thirty-first set", "OCR `-l vie`", () -> scanned(HELD_OUT_31, "vie")),
        new Row("thirty-first set", "OCR `-l eng`", () -> scanned(HELD_OUT_31, "eng")),
        new Row("thirty-first set", "scan as xaso reads it `-l vie`", () -> read(HELD_OUT_31, "vie", Reading.LAID_OUT)),
        new Row("thirty-first set", "scan as xaso reads it `-l eng`", () -> read(HELD_OUT_31, "eng", Reading.LAID_OUT)),
        new Row("thirty-second set (blind after round 20; training since round 21)", "typed", () -> paraphrased(HELD_OUT_32)),
        new Row("thirty-second set", "OCR `-l vie`", () -> scanned(HELD_OUT_32, "vie")),
        new Row("thirty-second set", "OCR `-l eng`", () -> scanned(HELD_OUT_32, "eng")),
        new Row("thirty-second set", "scan as xaso reads it `-l vie`", () -> read(HELD_OUT_32, "vie", Reading.LAID_OUT)),
        new Row("thirty-second set", "scan as xaso reads it `-l eng`", () -> read(HELD_OUT_32, "eng", Reading.LAID_OUT)),
        new Row("thirty-third set (blind, after round 22)", "typed", () -> paraphrased(HELD_OUT_33)),
        new Row("thirty-third set", "OCR `-l vie`", () -> scanned(HELD_OUT_33, "vie")),
        new Row("thirty-third set", "OCR `-l eng`", () -> scanned(HELD_OUT_33, "eng")),
        new Row("thirty-third set", "scan as xaso reads it `-l vie`", () -> read(HELD_OUT_33, "vie", Reading.LAID_OUT)),
        new Row("thirty-third set", "scan as xaso reads it `-l eng`", () -> read(HELD_OUT_33, "eng", Reading.LAID_OUT)),
        new Row("thirty-fourth set (blind, after round 22)", "typed", () -> paraphrased(HELD_OUT_34)),
        new Row("thirty-fourth set", "OCR `-l vie`", () -> scanned(HELD_OUT_34, "vie")),
        new Row("thirty-fourth set", "OCR `-l eng`", () -> scanned(HELD_OUT_34, "eng")),
        new Row("thirty-fourth set", "scan as xaso reads it `-l vie`", () -> read(HELD_OUT_34, "vie", Reading.LAID_OUT)),
        new Row("thirty-fourth set", "scan as xaso reads it `-l eng`", () -> read(HELD_OUT_34, "eng", Reading.LAID_OUT)),
        new Row("thirty-fifth set (blind, after round 24)", "typed", () -> paraphrased(HELD_OUT_35)),
        new Row("thirty-fifth set", "OCR `-l vie`", () -> scanned(HELD_OUT_35, "vie")),
        new Row("thirty-fifth set", "OCR `-l eng`", () -> scanned(HELD_OUT_35, "eng")),
        new Row("thirty-fifth set", "scan as xaso reads it `-l vie`", () -> read(HELD_OUT_35, "vie", Reading.LAID_OUT)),
        new Row("thirty-fifth set", "scan as xaso reads it `-l eng`", () -> read(HELD_OUT_35, "eng", Reading.LAID_OUT)),
        new Row("thirty-sixth set (blind, after round 24)", "typed", () -> paraphrased(HELD_OUT_36)),
        new Row("thirty-sixth set", "OCR `-l vie`", () -> scanned(HELD_OUT_36, "vie")),
        new Row("thirty-sixth set", "OCR `-l eng`", () -> scanned(HELD_OUT_36, "eng")),
        new Row("thirty-sixth set", "scan as xaso reads it `-l vie`", () -> read(HELD_OUT_36, "vie", Reading.LAID_OUT)),
        new Row("thirty-sixth set", "scan as xaso reads it `-l eng`", () -> read(HELD_OUT_36, "eng", Reading.LAID_OUT)),
        new Row("thirty-seventh set (blind, after round 26)", "typed", () -> paraphrased(HELD_OUT_37)),
        new Row("thirty-seventh set", "OCR `-l vie`", () -> scanned(HELD_OUT_37, "vie")),
        new Row("thirty-seventh set", "OCR `-l eng`", () -> scanned(HELD_OUT_37, "eng")),
        new Row("thirty-seventh set", "scan as xaso reads it `-l vie`", () -> read(HELD_OUT_37, "vie", Reading.LAID_OUT)),
        new Row("thirty-seventh set", "scan as xaso reads it `-l eng`", () -> read(HELD_OUT_37, "eng", Reading.LAID_OUT)),
        new Row("thirty-eighth set (blind, after round 26)", "typed", () -> paraphrased(HELD_OUT_38)),
        new Row("thirty-eighth set", "OCR `-l vie`", () -> scanned(HELD_OUT_38, "vie")),
        new Row("thirty-eighth set", "OCR `-l eng`", () -> scanned(HELD_OUT_38, "eng")),
        new Row("thirty-eighth set", "scan as xaso reads it `-l vie`", () -> read(HELD_OUT_38, "vie", Reading.LAID_OUT)),
        new Row("thirty-eighth set", "scan as xaso reads it `-l eng`", () -> read(HELD_OUT_38, "eng", Reading.LAID_OUT)),
        new Row("thirty-ninth set (blind, after round 27)", "typed", () -> paraphrased(HELD_OUT_39)),
        new Row("thirty-ninth set", "OCR `-l vie`", () -> scanned(HELD_OUT_39, "vie")),
        new Row("thirty-ninth set", "OCR `-l eng`", () -> scanned(HELD_OUT_39, "eng")),
        new Row("thirty-ninth set", "scan as xaso reads it `-l vie`", () -> read(HELD_OUT_39, "vie", Reading.LAID_OUT)),
        new Row("thirty-ninth set", "scan as xaso reads it `-l eng`", () -> read(HELD_OUT_39, "eng", Reading.LAID_OUT)),
        new Row("fortieth set (blind, after round 27)", "typed", () -> paraphrased(HELD_OUT_40)),
        new Row("fortieth set", "OCR `-l vie`", () -> scanned(HELD_OUT_40, "vie")),
        new Row("fortieth set", "OCR `-l eng`", () -> scanned(HELD_OUT_40, "eng")),
        new Row("fortieth set", "scan as xaso reads it `-l vie`", () -> read(HELD_OUT_40, "vie", Reading.LAID_OUT)),
        new Row("fortieth set", "scan as xaso reads it `-l eng`", () -> read(HELD_OUT_40, "eng", Reading.LAID_OUT)));
  }

  /**
   * The table "Scores of the rules as they are" in docs/import.md is this test's output: each row recomputed
   * from the sets (sharing the scores the floors above compute, so it costs little). When the rules change, run
   * with {@code -Dxaso.writeScores=true} to write the new table, and read the difference before committing it.
   */
  @Test
  void theDocumentsTableOfScoresIsTheMeasuredOne() throws IOException {
    StringBuilder table = new StringBuilder("| set (state) | source | figures right / given | all values right / given (drafted)"
        + " | precision | wrong per report | periods right |\n|---|---|---|---|---|---|---|\n");
    for (Row r : rows()) {
      table.append(row(r.set(), r.source(), r.scoring().run())).append('\n');
    }
    String doc = Files.readString(DOC);
    int begin = doc.indexOf(TABLE_BEGIN);
    int end = doc.indexOf(TABLE_END);
    assertTrue(begin >= 0 && end > begin, "docs/import.md holds no table between " + TABLE_BEGIN + " and " + TABLE_END);
    String written = doc.substring(begin + TABLE_BEGIN.length(), end).strip() + "\n";
    if (Boolean.getBoolean("xaso.writeScores")) {
      Files.writeString(DOC, doc.substring(0, begin + TABLE_BEGIN.length()) + "\n" + table + doc.substring(end));
      return;
    }
    org.junit.jupiter.api.Assertions.assertEquals(table.toString(), written,
        "docs/import.md's table of scores differs from the scores measured now (-Dxaso.writeScores=true writes it)");
  }

  /** One row: figures, all values, precision, wrong per report, periods, as earlier rounds printed them. */
  private static String row(String set, String source, List<Scored> reports) {
    SeedScore.Tally all = new SeedScore.Tally();
    SeedScore.Tally figures = new SeedScore.Tally();
    for (Scored s : reports) {
      s.tallies().forEach((k, v) -> {
        for (SeedScore.Tally into : FIGURES.contains(k) ? List.of(all, figures) : List.of(all)) {
          into.right += v.right;
          into.produced += v.produced;
          into.expected += v.expected;
        }
      });
    }
    String wrong = String.join(", ", reports.stream().map(s -> String.valueOf(s.wrong())).toList());
    return String.format(Locale.ROOT, "| %s | %s | %d/%d (%.1f %%) | %d/%d (%d) | %.1f %% | %s | %d/%d |", set, source,
        figures.right, figures.expected, 100 * figures.recall(), all.right, all.expected, all.produced, 100 * all.precision(),
        wrong, reports.stream().filter(Scored::periodRight).count(), reports.size());
  }

  @Test
  void seventhSetTrainingAfterRound8() throws IOException {
    // Its one blind run (2026-12-07, round 7's rules frozen and landed on main first): all values 292/348 right of
    // 297 drafted, figures 176/230 (76.5 %), wrong or extra per report 0, 0, 2, 0, 3; periods 5/5. Round 8 read it
    // and wrote rules for the structures it showed, so it is training data now, kept as a regression floor at
    // round 8's score: values 328/348 of 328, figures 211/230 (91.7 %), wrong 0, 0, 0, 0, 0, periods 5/5.
    check(new Kind("seventh held-out set (training after round 8)", 0.97, 1.00, 0, 0.95, 0), paraphrased(HELD_OUT_7));
  }

  @Test
  void seventhSetScannedWithVietnameseDataTrainingAfterRound8() throws IOException {
    // Blind run: 278/348 of 283 drafted, figures 162/230 (70.4 %), wrong per report 0, 0, 2, 0, 3, periods 5/5.
    // After round 8 (training): 297/348 of 297, figures 180/230 (78.3 %), wrong 0, 0, 0, 0, 0, periods 5/5.
    // Round 19b (OcrColumns, a flattened table's column breaks put back): yen-thai-ha's equipment table: figures 185 -> 194/230.
    check(new Kind("seventh held-out set, OCR -l vie (training after round 8)", 0.90, 1.00, 0, 0.86, 0),
        scanned(HELD_OUT_7, "vie"));
  }

  @Test
  void seventhSetScannedWithoutVietnameseDataTrainingAfterRound8() throws IOException {
    // Blind run: 249/348 of 260 drafted, figures 139/230 (60.4 %), wrong per report 0, 2, 3, 3, 3, periods 4/5.
    // After round 8 (training): 266/348 of 273, figures 155/230 (67.4 %), wrong 0, 1, 1, 3, 2, periods 4/5.
    check(new Kind("seventh held-out set, OCR -l eng (training after round 9)", 0.84, 0.97, 3, 0.77, 0),
        scanned(HELD_OUT_7, "eng"));
  }

  @Test
  void eighthSetWrittenBlind() throws IOException {
    // Floors at the one blind run (2026-12-07, round 8's rules frozen and landed on main first, b452276): all values
    // 243/306 right of 252 drafted, figures 139/197 (70.6 %), wrong or extra per report 2, 5, 0, 0, 2; periods 2/5.
    // No rule was changed after it. After round 9 (training: money of later years left out): 243/306 of 249,
    // wrong 0, 5, 0, 0, 1. After round 10 (tables in an appendix, two-row headers, sub-headings naming their
    // section): 250/306 of 256, figures 146/197 (74.1 %), wrong 0, 5, 0, 0, 1.
    // Round 11 (the layout reader: a boxed table by block with a two-row header, a boxed table of two months'
    // columns with a wrapped label): 277/306 of 283, figures 173/197 (87.8 %), wrong 0, 5, 0, 0, 1.
    // Round 15: periods 3/5 (a title's quarter gives way to the dossiers' span inside it).
    // Round 20p (a title's "đến ngày" equal to the period's end no longer handed to the stock parts): drafted 287, wrong
    // 0, 1, 0, 0, 0.
    check(new Kind("eighth held-out set (written blind; training since round 9)", 0.94, 1.00, 1, 0.90, 0), paraphrased(HELD_OUT_8));
  }

  @Test
  void eighthSetScannedWithVietnameseData() throws IOException {
    // The same run: 243/306 of 252 drafted, figures 139/197 (70.6 %), wrong per report 2, 5, 0, 0, 2, periods 2/5
    // (the copies read by Tesseract -l vie differ from the typed texts in spacing and a few signs only).
    // Round 11: 246/306 of 252, figures 142/197 (72.1 %), wrong 0, 5, 0, 0, 1.
    // Round 20p: drafted 256, wrong 0, 1, 0, 0, 0.
    check(new Kind("eighth held-out set, OCR -l vie (blind; training since round 9)", 0.83, 1.00, 1, 0.75, 0), scanned(HELD_OUT_8, "vie"));
  }

  @Test
  void eighthSetScannedWithoutVietnameseData() throws IOException {
    // The same run: 201/306 of 224 drafted, figures 110/197 (55.8 %), wrong per report 10, 5, 1, 0, 7, periods 2/5.
    // After round 9 (training: Tesseract's é/ir confusions read back, money of later years left out): 201/306 of
    // 219, wrong 8, 5, 1, 0, 4.
    // Round 11: 203/306 of 221, figures 112/197 (56.9 %), wrong 8, 5, 1, 0, 4.
    // Round 20p: drafted 237, wrong 4, 1, 1, 0, 3.
    check(new Kind("eighth held-out set, OCR -l eng (blind; training since round 9)", 0.75, 0.96, 4, 0.66, 0), scanned(HELD_OUT_8, "eng"));
  }

  @Test
  void ninthSetWrittenBlind() throws IOException {
    // Floors at the one blind run (2026-12-07, round 9's rules frozen and landed on main first, cdeff55): all values
    // 202/261 right of 208 drafted, figures 110/166 (66.3 %), wrong or extra per report 1, 3, 2, 0, 0; periods 3/5
    // (reports in the order dong-lam-bac, kim-son-thuong, phuoc-an-tay, tan-hung-dong, trieu-hai-nam). No rule was
    // changed after it. Round 10 read it (training since): 241/261 of 246, figures 149/166 (89.8 %), wrong 0, 3, 2,
    // 0, 0, periods 3/5.
    // Round 11 scored it untouched first as a development held-out (the layout reader written and committed without
    // opening it): figures 151/166 (91.0 %), 243/261 of 248, wrong 0, 3, 2, 0, 0; then read it: 246/261 of 251,
    // figures 154/166 (92.8 %), wrong 0, 3, 2, 0, 0, periods 3/5.
    // trieu-hai-nam's key now has procedures.as_of 15/12, the period's last day (docs/transcription.md §8); the importer
    // drafts a part's opening date on the period's end since (Periods.openingOnPeriodEnd drops it only on an "as of"):
    // typed 248/263, figures 156/168.
    check(new Kind("ninth held-out set (blind; training since round 10)", 0.94, 0.98, 3, 0.92, 1), paraphrased(HELD_OUT_9));
  }

  @Test
  void ninthSetScannedWithVietnameseData() throws IOException {
    // The same run: 198/261 of 209 drafted, figures 110/166 (66.3 %), wrong per report 1, 3, 2, 5, 0, periods 3/5.
    // After round 10 (training): 209/261 of 215, figures 121/166 (72.9 %), wrong 0, 3, 2, 1, 0.
    // Round 11, development held-out: unchanged (121/166); after reading it: 212/261 of 218, figures 124/166 (74.7 %).
    check(new Kind("ninth held-out set, OCR -l vie (blind; training since round 10)", 0.89, 0.97, 3, 0.86, 1), scanned(HELD_OUT_9, "vie"));
  }

  @Test
  void ninthSetScannedWithoutVietnameseData() throws IOException {
    // The same run: 183/261 of 192 drafted, figures 94/166 (56.6 %), wrong per report 1, 3, 2, 3, 0, periods 3/5.
    // After round 10 (training): 189/261 of 197, figures 100/166 (60.2 %), wrong 0, 3, 2, 3, 0.
    // Round 11, development held-out: unchanged (100/166); after reading it: 192/261 of 200, figures 103/166 (62.0 %).
    check(new Kind("ninth held-out set, OCR -l eng (blind; training since round 10)", 0.8, 0.96, 3, 0.7, 1), scanned(HELD_OUT_9, "eng"));
  }

  @Test
  void tenthSetWrittenBlind() throws IOException {
    // Floors at the one blind run (2026-12-07, round 10's rules frozen and landed on main first, 8edd3f3): all values
    // 138/212 right of 146 drafted, figures 78/142 (54.9 %), wrong or extra per report 1, 0, 4, 0, 3; periods 4/5
    // (reports in the order cu-prong-bac, gia-thanh-bac, hoa-loc-thuong, ky-phong-nam, na-giang-tay). No rule was
    // changed after it. Round 11 scored it untouched first as a development held-out (the layout reader written and
    // committed without opening it): 159/212 of 166, figures 99/142 (69.7 %), wrong 1, 0, 3, 0, 3; then read it
    // (training since; hoa-loc-thuong's key corrected to staff_as_of, docs/transcription.md §2): 182/212 of 189,
    // figures 122/142 (85.9 %), wrong 1, 0, 3, 0, 3, periods 4/5.
    // Round 19 (tables, training): 191/212 of 192, figures 123/142 (hoa-loc-thuong's "trong đó trước hạn" row).
    check(new Kind("tenth held-out set (training since round 11)", 0.90, 0.99, 1, 0.86, 0), paraphrased(HELD_OUT_10));
  }

  @Test
  void tenthSetScannedWithVietnameseData() throws IOException {
    // The same run: 134/212 of 145 drafted, figures 77/142 (54.2 %), wrong per report 1, 0, 7, 0, 3, periods 4/5.
    // Round 11, development held-out: 137/212 of 146, figures 80/142 (56.3 %), wrong 1, 0, 5, 0, 3; after reading it:
    // 146/212 of 154, figures 89/142 (62.7 %), wrong 1, 0, 4, 0, 3.
    check(new Kind("tenth held-out set, OCR -l vie (training since round 11)", 0.74, 0.99, 1, 0.64, 0), scanned(HELD_OUT_10, "vie"));
  }

  @Test
  void tenthSetScannedWithoutVietnameseData() throws IOException {
    // The same run: 125/212 of 139 drafted, figures 68/142 (47.9 %), wrong per report 3, 0, 8, 1, 2, periods 4/5.
    // Round 11, development held-out: 128/212 of 140, figures 71/142 (50.0 %), wrong 3, 0, 6, 1, 2; after reading it:
    // 129/212 of 141, figures 72/142 (50.7 %), wrong 3, 0, 6, 1, 2.
    check(new Kind("tenth held-out set, OCR -l eng (training since round 11)", 0.64, 0.92, 4, 0.53, 0), scanned(HELD_OUT_10, "eng"));
  }

  @Test
  void eleventhSetWrittenBlind() throws IOException {
    // Floors at the one blind run (2026-12-07, round 11's rules frozen and landed on main first, e378300): all values
    // 284/322 right of 288 drafted, figures 176/205 (85.9 %), wrong or extra per report 0, 3, 0, 1, 0; periods 4/5
    // (reports in the order hoa-phu-thuong, loc-tan-bac, son-ky-bac, vinh-hau-tay, yen-truong-nam). No rule was
    // changed after it. Round 12 then read it (training since): floors raised to 295/322 of 298, figures 186/205
    // (90.7 %), wrong 0, 3, 0, 0, 0, periods 5/5.
    check(new Kind("eleventh held-out set (training since round 12)", 0.93, 1.0, 0, 0.92, 0), paraphrased(HELD_OUT_11));
  }

  @Test
  void eleventhSetScannedWithVietnameseData() throws IOException {
    // The same run: 221/322 of 226 drafted, figures 115/205 (56.1 %), wrong per report 1, 4, 0, 0, 0, periods 3/5.
    // After round 12 (training): 253/322 of 256, figures 146/205 (71.2 %), wrong 0, 3, 0, 0, 0, periods 4/5.
    // After round 18a (space-parted tables' changes and sub-rows): 273/322 of 273, figures 161/205 (78.5 %), wrong 0.
    // Round 19 (tables, training): 276/322 of 276, figures 163/205, wrong 0.
    check(new Kind("eleventh held-out set, OCR -l vie (training since round 12)", 0.85, 1.0, 0, 0.79, 0), scanned(HELD_OUT_11, "vie"));
  }

  @Test
  void eleventhSetScannedWithoutVietnameseData() throws IOException {
    // The same run: 193/322 of 202 drafted, figures 88/205 (42.9 %), wrong per report 1, 4, 4, 0, 0, periods 4/5.
    // After round 12 (training): 199/322 of 208, figures 93/205 (45.4 %), wrong 2, 3, 4, 0, 0, periods 5/5.
    check(new Kind("eleventh held-out set, OCR -l eng (training since round 12)", 0.66, 0.97, 4, 0.51, 0), scanned(HELD_OUT_11, "eng"));
  }

  @Test
  void twelfthSetWrittenBlind() throws IOException {
    // Floors at the one blind run (2026-12-07, round 12's rules frozen and landed on main first, 92ce9e5): all values
    // 292/362 right of 302 drafted, figures 191/247 (77.3 %), wrong or extra per report 0, 1, 8, 0, 1; periods 3/5
    // (reports in the order coc-lau-dong, dien-hong-phuc, ia-hru-nam, my-tra-dong, tam-nong-dong). No rule was
    // changed after it. Round 13 read it (training since): floors at 301/362 of 304, figures 196/247, wrong per report
    // 0, 0, 3, 0, 0, periods 5/5.
    // Round 17b (tables, training): 325/362 of 325, figures 216/247, wrong 0, 0, 0, 0, 0.
    // Round 19 (a line naming dossiers before their table gives its figures their unit): 334/362 of 334, figures 222/247.
    check(new Kind("twelfth held-out set (written blind)", 0.92, 1.0, 0, 0.89, 0), paraphrased(HELD_OUT_12));
  }

  @Test
  void twelfthSetScannedWithVietnameseData() throws IOException {
    // The same run: 227/362 of 242 drafted, figures 124/247 (50.2 %), wrong per report 6, 2, 6, 0, 1, periods 4/5.
    // Round 13 (training): 233/362 of 246, figures 128/247, wrong per report 6, 1, 6, 0, 0, periods 5/5.
    // Round 19b (OcrColumns, a flattened table's column breaks put back): my-tra-dong's equipment table: figures 150 -> 164/247.
    // Round 19 (a line naming dossiers before their table gives its figures their unit): 150 -> 155/247 alone; with
    // round 19b: 281/362 of 286, figures 169/247, wrong per report 1, 1, 3, 0, 0.
    check(new Kind("twelfth held-out set, OCR -l vie (blind)", 0.79, 0.98, 3, 0.71, 0), scanned(HELD_OUT_12, "vie"));
  }

  @Test
  void twelfthSetScannedWithoutVietnameseData() throws IOException {
    // The same run: 217/362 of 235 drafted, figures 117/247 (47.4 %), wrong per report 4, 3, 6, 0, 5, periods 5/5.
    // Round 13 (training): 222/362 of 237, figures 122/247, wrong per report 4, 2, 6, 0, 3, periods 5/5.
    // Round 17a (OCR's vowels read back): 237/362 of 245, figures 130/247, wrong 1, 0, 4, 0, 3. ia-hru-nam's fourth: a
    // table row run on into the next by OCR ("xin rut 21 4 H6 so tir chéi 12 2"), its "từ chối" now read, takes the 4 before it.
    // Round 19b: figures 131 -> 130/247 (my-tra-dong's equipment table, its labels garbled, now read by neither reader).
    check(new Kind("twelfth held-out set, OCR -l eng (blind)", 0.68, 0.97, 4, 0.56, 0), scanned(HELD_OUT_12, "eng"));
  }

  @Test
  void thirteenthSetWrittenBlind() throws IOException {
    // Floors at the one blind run (2026-12-07, round 13's rules frozen and landed on main first, 0fa468e; the set written
    // after, by a helper who read no importer code): all values 190/263 right of 196 drafted, figures 126/189 (66.7 %),
    // wrong or extra per report 1, 1, 4, 0 (chieng-hac-tay, phu-dinh-nam, phuoc-long-tay, tan-hung-dong), periods 4/4.
    // No rule was changed after it. Round 14 read it (training since; phuoc-long-tay's key unchanged): floors at 208/263
    // of 209 drafted, figures 141/189, wrong 0, 0, 1, 0, periods 4/4. Round 15: 225/263 of 226, figures 158/189.
    // Round 19a (bodies' equipment, counts after the thing): 247/264 of 247, figures 173/190, wrong 0, 0, 0, 0.
    check(new Kind("thirteenth held-out set (written blind)", 0.93, 0.99, 1, 0.90, 0), paraphrased(HELD_OUT_13));
  }

  @Test
  void thirteenthSetScannedWithVietnameseData() throws IOException {
    // The same run: 171/263 of 177 drafted, figures 107/189 (56.6 %), wrong per report 1, 1, 4, 0, periods 4/4.
    // Round 14 (training): 189/263 of 190, figures 122/189, wrong 0, 0, 1, 0.
    // Round 19a: 211/264 of 211, figures 137/190.
    check(new Kind("thirteenth held-out set, OCR -l vie (blind)", 0.79, 0.99, 1, 0.72, 0), scanned(HELD_OUT_13, "vie"));
  }

  @Test
  void thirteenthSetScannedWithoutVietnameseData() throws IOException {
    // The same run: 150/263 of 157 drafted, figures 90/189 (47.6 %), wrong per report 1, 0, 6, 0, periods 3/4.
    // Round 14 (training): 156/263 of 157, figures 90/189, wrong 1, 0, 0, 0.
    // Round 17a (OCR's vowels read back): 161/263 of 163, figures 94/189, wrong 1, 0, 1, 0: phuoc-long-tay's it_staffing,
    // which its typed copy drafts as well (the key gives the count only).
    // Round 19a: 187/264 of 188, figures 113/190.
    check(new Kind("thirteenth held-out set, OCR -l eng (blind)", 0.70, 0.98, 1, 0.59, 0), scanned(HELD_OUT_13, "eng"));
  }

  // Sets 14 to 17 (16 reports), written blind at once by four helpers who read no importer code, each only
  // docs/transcription.md, the data dictionary, the seeds, heldout13's README and one of its keys; answers committed
  // before any OCR or run. Scored once, 2026-12-07 08:16 UTC, after round 14's rules had landed (22934ad); no rule changed
  // after. Floors at that run. Together, figures typed 514/722 (71.2 %), OCR -l vie 455/722 (63.0 %), -l eng 384/722
  // (53.2 %); periods 15/16.

  @Test
  void fourteenthSetWrittenBlind() throws IOException {
    // Typed: all values 198/260 of 201 drafted, figures 118/177 (66.7 %), wrong or extra per report 1, 2, 0, 0, periods 4/4.
    // Round 15 read it (training since): 222/260 of 225, figures 142/177, wrong 1, 2, 0, 0.
    // Round 17b (tables, training): 235/260 of 238, figures 154/177, wrong 1, 2, 0, 0.
    // Round 19 (a "trong đó" row is a part of the row above): 239/260 of 242, figures 157/177, wrong 1, 2, 0, 0.
    check(new Kind("fourteenth held-out set (written blind)", 0.96, 0.99, 2, 0.94, 0), paraphrased(HELD_OUT_14));
    // OCR -l vie: 181/260 of 191, figures 104/177 (58.8 %), wrong 1, 5, 1, 3; -l eng: 167/260 of 172, figures 90/177, wrong 2, 2, 1, 0.
    check(new Kind("fourteenth held-out set, OCR -l vie (blind)", 0.75, 0.96, 5, 0.66, 0), scanned(HELD_OUT_14, "vie"));
    check(new Kind("fourteenth held-out set, OCR -l eng (blind)", 0.65, 0.97, 2, 0.51, 0), scanned(HELD_OUT_14, "eng"));
  }

  @Test
  void fifteenthSetWrittenBlind() throws IOException {
    // Typed: 220/280 of 225, figures 126/185 (68.1 %), wrong 3, 0, 2, 0, periods 4/4.
    // Round 15 read it (training since): 259/280 of 261, figures 165/185, wrong 0, 0, 2, 0.
    check(new Kind("fifteenth held-out set (written blind)", 0.96, 0.99, 2, 0.95, 0), paraphrased(HELD_OUT_15));
    // OCR -l vie: 207/280 of 213, figures 113/185, wrong 3, 0, 2, 1; -l eng: 188/280 of 197, figures 95/185, wrong 5, 0, 2, 2.
    check(new Kind("fifteenth held-out set, OCR -l vie (blind)", 0.77, 0.99, 3, 0.65, 0), scanned(HELD_OUT_15, "vie"));
    check(new Kind("fifteenth held-out set, OCR -l eng (blind)", 0.71, 0.98, 5, 0.57, 0), scanned(HELD_OUT_15, "eng"));
  }

  @Test
  void sixteenthSetWrittenBlind() throws IOException {
    // Typed: 209/263 of 213, figures 126/177 (71.2 %), wrong 0, 0, 1, 3, periods 4/4.
    // Round 15 read it (training since): 223/263 of 226, figures 140/177, wrong 0, 0, 1, 2.
    // Round 17b (tables, training): 239/263 of 242, figures 155/177, wrong 0, 0, 1, 2; -l vie figures 119/177.
    check(new Kind("sixteenth held-out set (written blind)", 0.95, 0.99, 2, 0.94, 0), paraphrased(HELD_OUT_16));
    // OCR -l vie: 200/263 of 208, figures 118/177, wrong 0, 0, 4, 4; -l eng: 170/263 of 177, figures 90/177, wrong 2, 0, 4, 1.
    check(new Kind("sixteenth held-out set, OCR -l vie (blind)", 0.81, 0.96, 4, 0.72, 0), scanned(HELD_OUT_16, "vie"));
    // Round 17a (OCR's vowels read back): -l eng 177/263 of 185, figures 96/177, wrong 2, 0, 4, 2: nam-tam-bac's second,
    // rows OCR ran on into one line ("HS tv chéi 0 0 5 HS sé héa 179"), its "số hóa" now read, takes the 5 before it.
    check(new Kind("sixteenth held-out set, OCR -l eng (blind)", 0.74, 0.96, 4, 0.63, 0), scanned(HELD_OUT_16, "eng"));
  }

  @Test
  void seventeenthSetWrittenBlind() throws IOException {
    // Typed: 218/266 of 221, figures 144/183 (78.7 %), wrong 1, 1, 0, 1, periods 3/4.
    // Round 15 read it (training since): periods 4/4 typed and -l vie (huong-lam-bac's dossiers' span), values unchanged.
    // Round 17b (tables, training): 243/266 of 244, figures 166/183, wrong 0, 1, 0, 0.
    // Round 20 (a part column after a column whose unit is in brackets, in a table by body): 252/266 of 253, figures
    // 172/183 (94.0 %), wrong 0, 1, 0, 0.
    check(new Kind("seventeenth held-out set (written blind)", 0.94, 0.99, 1, 0.93, 0), paraphrased(HELD_OUT_17));
    // OCR -l vie: 194/266 of 198, figures 120/183, wrong 2, 2, 0, 0; -l eng: 181/266 of 186, figures 109/183, wrong 1, 2, 2, 0.
    check(new Kind("seventeenth held-out set, OCR -l vie (blind)", 0.73, 0.97, 2, 0.65, 0), scanned(HELD_OUT_17, "vie"));
    check(new Kind("seventeenth held-out set, OCR -l eng (blind)", 0.7, 0.97, 2, 0.62, 0), scanned(HELD_OUT_17, "eng"));
  }

  // Sets 18 to 21 (16 reports), written blind at once by four helpers as sets 14 to 17 were (the rule sheet's §7 added
  // first); scored once, 2026-12-07 08:49 UTC, after round 15's rules had landed (36dfd22); no rule changed after.
  // Together, figures typed 477/611 (78.1 %), OCR -l vie 339/611 (55.5 %), -l eng 291/611 (47.6 %); periods 13/16 typed.

  @Test
  void eighteenthSetWrittenBlind() throws IOException {
    // typed: all values 176/211 of 178 drafted, figures 96/131 (73.3 %), wrong or extra per report 1, 1, 0, 0, periods 4/4;
    // round 16 (training): 185/211 of 187, figures 105/131 (80.2 %).
    // Round 17b (tables, training): 190/211 of 192, figures 110/131, wrong 1, 1, 0, 0.
    // Round 20 (the one-stop software's abbreviated column heads written out): 196/211 of 197, figures 116/131.
    check(new Kind("eighteenth held-out set (written blind)", 0.94, 1.00, 1, 0.91, 0), paraphrased(HELD_OUT_18));
    // OCR -l vie: 150/211 of 155, figures 73/131, wrong 4, 1, 0, 0, periods 3/4; OCR -l eng: 142/211 of 148, figures 63/131, wrong 4, 1, 1, 0, periods 4/4.
    check(new Kind("eighteenth held-out set, OCR -l vie (blind)", 0.72, 0.96, 4, 0.57, 0), scanned(HELD_OUT_18, "vie"));
    // Round 17a (OCR's vowels read back): -l eng 148/211 of 155, figures 69/131, wrong 5, 1, 1, 0: ha-khanh-tay's fifth is
    // the target "100% hồ sơ được số hóa" its typed copy drafts as well, now read in the scan too.
    check(new Kind("eighteenth held-out set, OCR -l eng (blind)", 0.7, 0.95, 5, 0.52, 0), scanned(HELD_OUT_18, "eng"));
  }

  @Test
  void nineteenthSetWrittenBlind() throws IOException {
    // typed: 193/232 of 196, figures 123/155 (79.4 %), wrong 1, 2, 0, 0, periods 3/4; round 16 (training): 197/232 of
    // 199, figures 126/155 (81.3 %), wrong 1, 1, 0, 0, periods 4/4.
    // Round 17b (tables, training): 217/232 of 217, figures 146/155, wrong 0, 0, 0, 0.
    check(new Kind("nineteenth held-out set (written blind)", 0.93, 1.0, 0, 0.94, 0), paraphrased(HELD_OUT_19));
    // OCR -l vie: 156/232 of 159, figures 86/155, wrong 1, 2, 0, 0, periods 3/4; OCR -l eng: 137/232 of 142, figures 74/155, wrong 1, 4, 0, 0, periods 2/4.
    // Round 20 (an appendix's lines of text stand in the part its title names; son-thuy-dong's appendix of dossiers):
    // -l vie 180/232 of 182, figures 107/155; -l eng 159/232 of 163, figures 90/155; wrong unchanged.
    check(new Kind("nineteenth held-out set, OCR -l vie (blind)", 0.77, 0.98, 2, 0.69, 1), scanned(HELD_OUT_19, "vie"));
    check(new Kind("nineteenth held-out set, OCR -l eng (blind)", 0.68, 0.96, 4, 0.58, 0), scanned(HELD_OUT_19, "eng"));
  }

  @Test
  void twentiethSetWrittenBlind() throws IOException {
    // typed: 206/254 of 214, figures 118/162 (72.8 %), wrong 5, 2, 1, 0, periods 2/4; round 16 (training): 208/254 of
    // 211, wrong 1, 2, 0, 0, periods 4/4.
    // Round 17b (tables, training): 211/254 of 214, figures 121/162, wrong 1, 2, 0, 0.
    // Round 19a (bodies' equipment in sentences, training): 226/254 of 228, figures 135/162 (83.3 %), wrong 0, 2, 0, 0.
    check(new Kind("twentieth held-out set (written blind)", 0.88, 0.98, 2, 0.83, 0), paraphrased(HELD_OUT_20));
    // OCR -l vie: 191/254 of 201, figures 103/162, wrong 5, 2, 1, 2, periods 2/4; OCR -l eng: 163/254 of 183, figures 80/162, wrong 8, 6, 1, 5, periods 2/4.
    // Round 16 (training): -l vie 193/254 of 198, wrong 1, 2, 0, 2, periods 4/4; -l eng 164/254 of 183, wrong 8, 6, 0, 5, periods 3/4.
    // Round 19a alone: -l vie 208/254 of 212, figures 117/162; -l eng 191/254 of 204, figures 105/162.
    check(new Kind("twentieth held-out set, OCR -l vie (blind)", 0.81, 0.97, 2, 0.72, 0), scanned(HELD_OUT_20, "vie"));
    check(new Kind("twentieth held-out set, OCR -l eng (blind)", 0.75, 0.89, 8, 0.64, 0), scanned(HELD_OUT_20, "eng"));
  }

  @Test
  void twentyFirstSetWrittenBlind() throws IOException {
    // typed: 210/239 of 210, figures 140/163 (85.9 %), wrong 0, 0, 0, 0, periods 4/4.
    // Round 17b (tables, training): 217/239 of 217, figures 147/163, wrong 0, 0, 0, 0.
    check(new Kind("twenty-first held-out set (written blind)", 0.96, 1.00, 0, 0.96, 0), paraphrased(HELD_OUT_21));
    // OCR -l vie: 147/239 of 155, figures 77/163, wrong 3, 3, 0, 2, periods 4/4; OCR -l eng: 144/239 of 151, figures 74/163, wrong 0, 4, 1, 2, periods 4/4.
    check(new Kind("twenty-first held-out set, OCR -l vie (blind)", 0.65, 0.94, 3, 0.53, 0), scanned(HELD_OUT_21, "vie"));
    check(new Kind("twenty-first held-out set, OCR -l eng (blind)", 0.70, 0.98, 4, 0.58, 0), scanned(HELD_OUT_21, "eng"));
  }

  // Sets 22 and 23 (8 reports), written blind at once by two helpers as sets 18 to 21 were; scored once, 2026-12-07
  // 09:17 UTC, after round 16's rules had landed (053cd76); no rule changed after. Together, figures typed 229/277
  // (82.7 %), OCR -l vie 184/277 (66.4 %), -l eng 144/277 (52.0 %); periods 6/8 typed.

  @Test
  void twentySecondSetWrittenBlind() throws IOException {
    // Typed: all values 173/211 of 174 drafted, figures 116/142 (81.7 %), wrong or extra per report 0, 1, 0, 0, periods 2/4.
    // Round 17b (tables, training): 182/210 of 182, figures 124/142, wrong 0, 0, 0, 0, periods 3/4.
    check(new Kind("twenty-second held-out set (written blind)", 0.95, 1.00, 1, 0.95, 0), paraphrased(HELD_OUT_22));
    // OCR -l vie: 140/211 of 142, figures 83/142, wrong 0, 1, 0, 1, periods 2/4; -l eng: 123/211 of 129, figures 66/142, wrong 0, 3, 1, 2, periods 2/4.
    check(new Kind("twenty-second held-out set, OCR -l vie (blind)", 0.76, 0.99, 1, 0.66, 0), scanned(HELD_OUT_22, "vie"));
    // gia-lac-bac's key was corrected after the blind run (period end 25/11 without as_of: the key had both, which the
    // model does not allow; docs/transcription.md §7 now says so). Typed then 174/210, wrong 0, 0, 0, 0, periods 3/4;
    // -l vie 141/210, wrong 0, 0, 0, 1; -l eng 122/210 of 129, wrong 0, 4, 1, 2 (its draft's period is not the key's): the -l eng
    // floors for precision and wrong values were lowered by that correction, not by a rule.
    // Round 17c: the -l eng copy's period now right (end 25/11 from "sé liéu tinh dén ngay"); the infrastructure.as_of it
    // had right only through the wrong period (the stated date handed to the stock parts) goes with it, as typed and
    // -l vie miss it too: figures 66 → 65/142, the one floor lowered, by a right period, not by a lost reading.
    check(new Kind("twenty-second held-out set, OCR -l eng (blind)", 0.69, 0.98, 4, 0.57, 0), scanned(HELD_OUT_22, "eng"));
  }

  @Test
  void twentyThirdSetWrittenBlind() throws IOException {
    // Typed: 186/212 of 193, figures 113/135 (83.7 %), wrong 1, 2, 0, 4, periods 4/4.
    // Round 17b (tables, training): 190/212 of 193, figures 117/135, wrong 1, 2, 0, 0; -l vie 177/212 of 181, figures
    // 105/135, wrong 1, 3, 0, 0; -l eng 150/212 of 154, figures 79/135, wrong 0, 3, 1, 0 (the shared office's row).
    check(new Kind("twenty-third held-out set (written blind)", 0.94, 0.99, 2, 0.93, 0), paraphrased(HELD_OUT_23));
    // OCR -l vie: 173/212 of 181, figures 101/135, wrong 1, 3, 0, 4, periods 4/4; -l eng: 149/212 of 159, figures 78/135, wrong 0, 3, 1, 6, periods 3/4.
    // After round 18a (training): -l vie 182/212 of 186, figures 110/135, wrong 1, 3, 0, 0.
    check(new Kind("twenty-third held-out set, OCR -l vie (blind)", 0.85, 0.97, 3, 0.81, 0), scanned(HELD_OUT_23, "vie"));
    check(new Kind("twenty-third held-out set, OCR -l eng (blind)", 0.81, 0.97, 3, 0.73, 1), scanned(HELD_OUT_23, "eng"));
  }

  // Sets 24 to 26 (12 reports), written blind at once by three helpers, from the transcription sheet, the data
  // dictionary and the seeds only; scored once, 2026-12-07 11:23 UTC, after round 17's three parts (OCR tolerance,
  // tables, periods) had landed (f37f5ce); no rule changed after. Together, figures typed 353/430 (82.1 %), OCR -l vie
  // 250/430 (58.1 %), -l eng 233/430 (54.2 %); periods 10/12 typed. Floors at that run.

  @Test
  void twentyFourthSetWrittenBlind() throws IOException {
    // Typed: 222/241 of 225, figures 140/155 (90.3 %), wrong 1, 0, 2, 0, periods 2/4.
    // Training since round 18b: 227/241 of 227, figures 141/155 (91.0 %), wrong 0, 0, 0, 0, periods 4/4.
    check(new Kind("twenty-fourth held-out set (written blind)", 0.98, 1.00, 0, 0.98, 0), paraphrased(HELD_OUT_24));
    // OCR -l vie: 175/241 of 180, figures 94/155, wrong 3, 0, 2, 0, periods 2/4; -l eng: 170/241 of 178, figures 90/155,
    // wrong 2, 1, 3, 2, periods 2/4.
    // Since round 18b: -l vie 181/241 of 183, figures 95/155, periods 4/4; -l eng 174/241 of 179, figures 90/155, periods 4/4.
    check(new Kind("twenty-fourth held-out set, OCR -l vie (blind)", 0.79, 1.00, 2, 0.68, 0), scanned(HELD_OUT_24, "vie"));
    check(new Kind("twenty-fourth held-out set, OCR -l eng (blind)", 0.76, 0.98, 2, 0.64, 0), scanned(HELD_OUT_24, "eng"));
  }

  @Test
  void twentyFifthSetWrittenBlind() throws IOException {
    // Typed, blind (round 17): 171/207 of 171, figures 97/130 (74.6 %). Training since round 18a: 186/207 of 186,
    // figures 112/130 (86.2 %), wrong 0, 0, 0, 0, periods 4/4.
    // With round 18b: 193/207 of 193, figures 116/130 (89.2 %), wrong 0, 0, 0, 0.
    check(new Kind("twenty-fifth held-out set (written blind)", 0.93, 0.99, 0, 0.89, 0), paraphrased(HELD_OUT_25));
    // OCR -l vie: 136/207 of 136, figures 62/130, wrong 0, 0, 0, 0, periods 4/4; -l eng: 133/207 of 134, figures 59/130,
    // wrong 1, 0, 0, 0, periods 4/4.
    // Since round 18b: -l vie 143/207 of 143, figures 66/130; -l eng 140/207 of 141, figures 63/130.
    check(new Kind("twenty-fifth held-out set, OCR -l vie (blind)", 0.69, 0.99, 0, 0.50, 0), scanned(HELD_OUT_25, "vie"));
    check(new Kind("twenty-fifth held-out set, OCR -l eng (blind)", 0.67, 0.99, 1, 0.48, 0), scanned(HELD_OUT_25, "eng"));
  }

  @Test
  void twentySixthSetWrittenBlind() throws IOException {
    // Typed, blind (round 17): 198/231 of 206, figures 116/145 (80.0 %), wrong 0, 0, 1, 7. Training since round 18a:
    // 211/231 of 216, figures 129/145 (89.0 %), wrong 0, 0, 1, 4, periods 4/4.
    // With round 18b: 217/231 of 218, figures 131/145 (90.3 %), wrong 0, 0, 1, 0.
    check(new Kind("twenty-sixth held-out set (written blind)", 0.95, 1.00, 1, 0.92, 0), paraphrased(HELD_OUT_26));
    // OCR -l vie: 176/231 of 183, figures 94/145, wrong 0, 1, 2, 4, periods 4/4; -l eng: 161/231 of 169, figures 84/145,
    // wrong 1, 2, 2, 3, periods 4/4.
    // Since round 18b: -l vie 182/231 of 185, figures 96/145, wrong 0, 1, 2, 0; -l eng 168/231 of 173, figures 85/145,
    // wrong 1, 2, 2, 0.
    // With round 18a's space-parted tables too: -l vie 189/231 of 192, figures 103/145, wrong 0, 1, 2, 0.
    check(new Kind("twenty-sixth held-out set, OCR -l vie (blind)", 0.82, 0.98, 2, 0.72, 0), scanned(HELD_OUT_26, "vie"));
    // Round 19b (OcrColumns, a flattened table's column breaks put back): dai-mo-nam's week table: figures 86 -> 91/146.
    check(new Kind("twenty-sixth held-out set, OCR -l eng (blind)", 0.75, 0.97, 2, 0.62, 0), scanned(HELD_OUT_26, "eng"));
  }

  // Sets 27 and 28 (8 reports), written blind at once by two helpers while round 18's two parts (tables by structure,
  // prose and periods) were written by helpers forbidden to open them; scored once, 2026-12-07 11:55 UTC, after both
  // had landed (a34ae4f); no rule changed after. Together, figures typed 193/259 (74.5 %), OCR -l vie 165/259
  // (63.7 %), -l eng 134/259 (51.7 %); periods 8/8 typed. Floors at that run.

  @Test
  void twentySeventhSetWrittenBlind() throws IOException {
    // Typed: 171/217 of 171, figures 98/140 (70.0 %), wrong 0, 0, 0, 0, periods 4/4.
    // Round 19 read it (training since): 183/217 of 183, figures 110/140 (hoa-thanh-nam's table by month with its
    // "Cộng quý IV" column, the "HĐND - UBND" column, the "trong đó" row), wrong 0, 0, 0, 0.
    // Round 19a alone (read this set too): 195/217 of 195, figures 122/140 (87.1 %), wrong 0, 0, 0, 0.
    // Rounds 19, 19b and 19a together: 207/217 of 207, figures 134/140 (95.7 %), wrong 0, 0, 0, 0.
    // Round 20p ("PHẦN I/II/III" read as parts above "1.1."): 212/217 of 212, figures 136/140 (97.1 %), wrong 0, 0, 0, 0.
    check(new Kind("twenty-seventh held-out set (written blind)", 0.99, 1.00, 0, 0.98, 0), paraphrased(HELD_OUT_27));
    // OCR -l vie: 156/217 of 156, figures 83/140, wrong 0, 0, 0, 0, periods 4/4; -l eng: 138/217 of 141, figures 69/140,
    // wrong 0, 1, 0, 2, periods 3/4.
    // Round 19: -l vie 157/217 of 157, figures 84/140.
    // Round 19a alone: -l vie 180/217 of 180, figures 107/140; -l eng 161/217 of 164, figures 92/140, wrong 0, 1, 0, 2.
    // Rounds 19, 19b and 19a together: -l vie 181/217 of 181, figures 108/140; -l eng 161/217 of 164, figures 92/140,
    // wrong 0, 1, 0, 2.
    // Round 20p: -l vie 186/217 of 186, figures 110/140; -l eng 167/217 of 169, figures 94/140, wrong 0, 0, 0, 2, periods 4/4.
    check(new Kind("twenty-seventh held-out set, OCR -l vie (blind)", 0.87, 1.00, 0, 0.80, 0), scanned(HELD_OUT_27, "vie"));
    check(new Kind("twenty-seventh held-out set, OCR -l eng (blind)", 0.78, 0.98, 2, 0.68, 0), scanned(HELD_OUT_27, "eng"));
  }

  @Test
  void twentyEighthSetWrittenBlind() throws IOException {
    // Typed: 169/193 of 171, figures 95/119 (79.8 %), wrong 0, 0, 2, 0, periods 4/4.
    // Round 19 read it (training since): 178/193 of 179, figures 104/119 (bau-sen-bac's row per period, long-chau-tay's
    // table after a line naming dossiers and its staff table by kind), wrong 0, 0, 1, 0.
    // Round 19a alone (read this set too): 175/193 of 177, figures 101/119 (84.9 %), wrong 0, 0, 2, 0.
    // Rounds 19, 19b and 19a together: 184/193 of 185, figures 110/119 (92.4 %), wrong 0, 0, 1, 0.
    // Round 20p ("64 người dân" taught no longer staff trained): 185/193 of 186, figures 111/119 (93.3 %), wrong 0, 0, 1, 0.
    check(new Kind("twenty-eighth held-out set (written blind)", 0.95, 0.99, 1, 0.93, 0), paraphrased(HELD_OUT_28));
    // OCR -l vie: 156/193 of 160, figures 82/119, wrong 0, 0, 4, 0, periods 4/4; -l eng: 137/193 of 142, figures 65/119,
    // wrong 1, 1, 2, 1, periods 4/4.
    // Round 19b (OcrColumns, a flattened table's column breaks put back): figures 82 -> 87/119; duc-lan-tay now has one wrong (its table's "85" as read for 35), long-chau-tay one fewer.
    // Round 19 alone: -l vie 162/193 of 166, figures 88/119, wrong 0, 0, 4, 0 (a row of one note under the header keeps it);
    // -l eng 140/193 of 145, figures 68/119, wrong 1, 1, 2, 1. Rounds 19 and 19b together: -l vie 167/193 of 170,
    // figures 93/119, wrong 0, 1, 2, 0.
    // Round 19a alone: -l vie 162/193 of 166, figures 88/119; -l eng 148/193 of 152, figures 76/119, wrong 0, 1, 2, 1.
    // Rounds 19, 19b and 19a together: -l vie 173/193 of 176, figures 99/119, wrong 0, 1, 2, 0; -l eng 151/193 of 155,
    // figures 79/119, wrong 0, 1, 2, 1.
    check(new Kind("twenty-eighth held-out set, OCR -l vie (blind)", 0.89, 0.98, 2, 0.83, 0), scanned(HELD_OUT_28, "vie"));
    // Round 20p: -l eng 151/193 of 154, figures 79/119, wrong 0, 1, 1, 1.
    check(new Kind("twenty-eighth held-out set, OCR -l eng (blind)", 0.78, 0.97, 1, 0.66, 0), scanned(HELD_OUT_28, "eng"));
  }

  // Sets 29 and 30 (8 reports), written blind at once by two helpers while round 19's three parts (the table reader
  // split and two table shapes, records per body, OCR's column breaks) were written by helpers forbidden to open them;
  // scored once, 2026-12-07 14:03 UTC, after all three had landed (3e5f92b); no rule changed before. Together, figures
  // typed 264/332 (79.5 %), OCR -l vie 228/332 (68.7 %), -l eng 197/332 (59.3 %); periods 6/8 typed. Floors at that run.

  @Test
  void twentyNinthSetWrittenBlind() throws IOException {
    // Typed: 210/247 of 215, figures 132/164 (80.5 %), wrong 0, 0, 0, 5, periods 3/4 (thanh-loi-tay: the quarter kept
    // where its dossiers state their own span).
    // Round 20 (an equipment appendix after the signature read as the infrastructure's table): 219/247 of 224, figures
    // 141/164 (86.0 %), wrong unchanged; with a body's part column after a column whose unit is in brackets
    // ("Máy tính (bộ) | Trong đó nối mạng WAN Đảng"): 220/247 of 225, figures 142/164; -l vie 194/247, figures 116/164.
    // With the one-stop software's abbreviated heads written out ("T.nhận", "Đ.hạn", "Đang GQ"): 225/247 of 229, figures
    // 147/164 (89.6 %), wrong 0, 0, 0, 4.
    // OCR -l vie: 185/247 of 191, figures 107/164, wrong 0, 0, 0, 6, periods 3/4; -l eng: 168/247 of 179, figures 94/164,
    // wrong 3, 1, 0, 7, periods 3/4.
    // Round 20: -l vie 193/247 of 199, figures 115/164; -l eng 169/247 of 180, figures 95/164; wrong unchanged.
    // Round 20p (training since; thanh-loi-tay read for it: its quarter's own span, "3120/VP.UBND-KGVX" whole,
    // "87/214" pairs): 219/247 of 220, figures 136/164 (82.9 %), wrong 0, 0, 0, 1, periods 4/4.
    // Round 20p: -l vie 194/247 of 196, figures 111/164, wrong 0, 0, 0, 2, periods 4/4; -l eng 177/247 of 184, figures
    // 98/164, wrong 3, 1, 0, 3, periods 4/4.
    // Rounds 20 and 20p together: 229/247 of 230, figures 146/164 (89.0 %), wrong 0, 0, 0, 1, periods 4/4; -l vie 203/247
    // of 205, figures 120/164, wrong 0, 0, 0, 2; -l eng 178/247 of 185, figures 99/164, wrong 3, 1, 0, 3; periods 4/4.
    // With the abbreviated heads (round 20) and round 20p together: 234/247 of 234, figures 151/164 (92.1 %), wrong 0, 0,
    // 0, 0, periods 4/4.
    // Round 24 (b): thanh-loi-tay's staff table by kind ("Loại | Biên chế giao | Có mặt"): 241/247 of 241, figures 158/164.
    check(new Kind("twenty-ninth held-out set (written blind)", 0.98, 1.00, 0, 0.97, 0), paraphrased(HELD_OUT_29));
    check(new Kind("twenty-ninth held-out set, OCR -l vie (blind)", 0.85, 0.99, 2, 0.77, 0), scanned(HELD_OUT_29, "vie"));
    check(new Kind("twenty-ninth held-out set, OCR -l eng (blind)", 0.74, 0.96, 3, 0.63, 0), scanned(HELD_OUT_29, "eng"));
  }

  @Test
  void thirtiethSetWrittenBlind() throws IOException {
    // Typed: 215/254 of 218, figures 132/168 (78.6 %), wrong 0, 3, 0, 0, periods 3/4 (rach-rap-dong: "từ đầu năm đến
    // ngày 15/11/2026" read as since/as_of where its table states both days).
    // Round 20 (the equipment appendix): 230/254 of 233, figures 147/168 (87.5 %), wrong unchanged. OCR unchanged
    // (the scans' appendix table is not read as one).
    // Round 20p (training since; rach-rap-dong read for it: the export's "kỳ: 01/01/2026 - 15/11/2026"): 217/254 of 218,
    // figures 132/168 (78.6 %), wrong 0, 1, 0, 0, periods 4/4.
    // Rounds 20 and 20p together: 232/254 of 233, figures 147/168 (87.5 %), wrong 0, 1, 0, 0, periods 4/4.
    check(new Kind("thirtieth held-out set (written blind)", 0.91, 0.99, 1, 0.87, 0), paraphrased(HELD_OUT_30));
    // OCR -l vie: 202/254 of 206, figures 121/168, wrong 0, 3, 1, 0, periods 3/4; -l eng: 180/254 of 192, figures 103/168,
    // wrong 1, 5, 5, 1, periods 3/4.
    // Round 20p: -l vie 204/254 of 206, figures 121/168, wrong 0, 1, 1, 0, periods 4/4; -l eng 182/254 of 192, figures
    // 103/168, wrong 1, 3, 5, 1, periods 4/4.
    check(new Kind("thirtieth held-out set, OCR -l vie (blind)", 0.80, 0.98, 1, 0.72, 0), scanned(HELD_OUT_30, "vie"));
    check(new Kind("thirtieth held-out set, OCR -l eng (blind)", 0.71, 0.94, 5, 0.61, 0), scanned(HELD_OUT_30, "eng"));
  }

  // Sets 31 and 32 (8 reports), written blind at once by two helpers, the writers choosing their offices' layouts, while
  // round 20's two parts (appendices and exported tables; periods and document numbers) were written by helpers
  // forbidden to open them; scored once, 2026-12-07 14:38 UTC, after both had landed (8cbe437); no rule changed before.
  // Together, figures typed 272/292 (93.2 %), OCR -l vie 203/292 (69.5 %), -l eng 193/292 (66.1 %); periods 6/8 in
  // each copy. Floors at that run; training since round 21 (set 32's raised where round 21 measured them higher).

  @Test
  void thirtyFirstSetWrittenBlind() throws IOException {
    // Typed: 214/223 of 214, figures 134/140 (95.7 %), wrong 0, 0, 0, 0, periods 4/4.
    // Round 22: typed 222/223 of 222, figures 139/140; OCR -l vie 192/223 of 193, figures 109/140, wrong 0, 0, 0, 1;
    // -l eng 176/223 of 180, figures 97/140, wrong 3, 0, 0, 1; periods 4/4 each. Floors raised to them.
    check(new Kind("thirty-first held-out set (written blind)", 0.99, 0.99, 0, 0.99, 0), paraphrased(HELD_OUT_31));
    // OCR -l vie: 182/223 of 185, figures 102/140, wrong 0, 0, 2, 1, periods 4/4; -l eng: 169/223 of 174, figures 93/140,
    // wrong 3, 0, 1, 1, periods 4/4.
    check(new Kind("thirty-first held-out set, OCR -l vie (blind)", 0.86, 0.99, 1, 0.77, 0),
        scanned(HELD_OUT_31, "vie"));
    check(new Kind("thirty-first held-out set, OCR -l eng (blind)", 0.78, 0.97, 3, 0.69, 0),
        scanned(HELD_OUT_31, "eng"));
  }

  @Test
  void thirtySecondSetWrittenBlind() throws IOException {
    // Blind run: typed 212/232 of 215, wrong 1, 0, 0, 2, periods 2/4 (loc-phat-tay: a quarter "số liệu tính đến ngày
    // 10/12/2025" left without its end; tan-thuan-nam: the year kept where its dossiers state their span); OCR -l vie
    // 175/232 of 182, -l eng 174/232 of 177, periods 2/4 each. Training since round 21, which fixed both periods.
    // Typed: 215/232 of 216, figures 138/152 (90.8 %), wrong 1, 0, 0, 0, periods 4/4.
    // Round 22: typed 229/232 of 230, figures 149/152; OCR -l vie 193/232 of 197, figures 113/152, wrong 0, 1, 0, 3;
    // -l eng 192/232 of 192, figures 112/152, wrong 0, 0, 0, 0; periods 4/4 each. Floors raised to them.
    // Round 24: chieng-sai-dong's header cell "Tăng (+)/" "giảm (-)" one column: 230/232 of 230, figures 150/152, wrong 0.
    check(new Kind("thirty-second held-out set (training since round 21)", 0.99, 1.00, 0, 0.98, 0), paraphrased(HELD_OUT_32));
    // OCR -l vie: 178/232 of 183, figures 101/152, wrong 1, 1, 0, 3, periods 4/4; -l eng: 177/232 of 178, figures 100/152,
    // wrong 1, 0, 0, 0, periods 4/4.
    check(new Kind("thirty-second held-out set, OCR -l vie (training since round 21)", 0.83, 0.97, 3, 0.74, 0),
        scanned(HELD_OUT_32, "vie"));
    check(new Kind("thirty-second held-out set, OCR -l eng (training since round 21)", 0.82, 0.99, 0, 0.73, 0),
        scanned(HELD_OUT_32, "eng"));
  }

  @Test
  void thirtyThirdSetWrittenBlind() throws IOException {
    // Blind run after round 22 (one run, floors at it): typed 223/267 of 227, figures 134/178 (75.3 %), wrong 0, 1, 2, 1,
    // periods 4/4 (ia-bo-lang's week table "Tuần này | Tuần trước" and my-hoa-luy's quarter table by month, both
    // aligned with spaces, unread); OCR -l vie 216/267 of 221, figures 129/178, wrong 0, 2, 2, 1; -l eng 197/267 of 213,
    // figures 117/178, wrong 1, 8, 5, 2; laid out -l vie 218/267 of 222, figures 129/178, wrong 0, 1, 2, 1; laid out -l eng
    // 198/267 of 212, figures 118/178, wrong 1, 6, 5, 2; periods 4/4 in every source.
    // Round 23 (training since): my-hoa-luy's procedures and dossiers tables parted at the heading between them: typed
    // 232/267, figures 143/178 (80.3 %); typed floors raised to that run, the others unchanged.
    // Round 24: ia-bo-lang's "I.KẾT QUẢ" a heading, so its week table is read: typed 241/267 of 245, figures 152/178
    // (85.4 %); OCR -l vie 222/267 of 227, figures 135/178; -l eng 201/267 of 217, figures 121/178; laid out -l vie
    // 227/267 of 231, figures 138/178; laid out -l eng 203/267 of 217, figures 123/178; wrong per report unchanged.
    // Round 24 (b): my-hoa-luy's staff by kind, "Có phát sinh hồ sơ" column and "Năm 2025 chuyển sang": typed 248/267
    // of 252, figures 159/178 (89.3 %); laid out -l vie 229/267 of 233, figures 140/178.
    check(new Kind("thirty-third held-out set (written blind)", 0.94, 0.99, 2, 0.91, 0), paraphrased(HELD_OUT_33));
    check(new Kind("thirty-third held-out set, OCR -l vie (blind)", 0.84, 0.98, 2, 0.78, 0),
        scanned(HELD_OUT_33, "vie"));
    check(new Kind("thirty-third held-out set, OCR -l eng (blind)", 0.75, 0.92, 8, 0.67, 0),
        scanned(HELD_OUT_33, "eng"));
    check(new Kind("thirty-third held-out set, scan as xaso reads it -l vie (blind)", 0.88, 0.98, 1, 0.82, 0),
        read(HELD_OUT_33, "vie", Reading.LAID_OUT));
    check(new Kind("thirty-third held-out set, scan as xaso reads it -l eng (blind)", 0.76, 0.94, 6, 0.70, 0),
        read(HELD_OUT_33, "eng", Reading.LAID_OUT));
  }

  @Test
  void thirtyFourthSetWrittenBlind() throws IOException {
    // Blind run after round 22 (one run, floors at it): typed 234/248 of 237, figures 144/153 (94.1 %), wrong 0, 3, 0, 0,
    // periods 3/4 (khuon-ha-trung: "từ ngày 01/7/2025 đến nay", figures to 20/11/2025, drafted as 01/10–20/11 from a
    // table's column, and "Toàn xã: 63 máy tính" as the Party's 14); OCR -l vie 207/248 of 216, figures 117/153, wrong 0, 3, 6, 0;
    // -l eng 196/248 of 201, figures 110/153, wrong 0, 2, 3, 0; laid out -l vie 213/248 of 216, figures 123/153 (80.4 %),
    // wrong 0, 2, 1, 0; laid out -l eng 190/248 of 196, figures 105/153, wrong 0, 3, 3, 0; periods 3/4 in every source.
    // Round 23 (training since): khuon-ha-trung's period and "Toàn xã" right, floors raised to that run: typed 236/248 of
    // 236, figures 144/153, wrong 0 each; OCR -l vie 209/248 of 215, figures 117/153, wrong 0, 0, 6, 0; -l eng 199/248 of
    // 202, figures 111/153, wrong 0, 0, 3, 0; laid out -l vie 216/248 of 217, figures 124/153, wrong 0, 0, 1, 0; laid out
    // -l eng 192/248 of 195, figures 105/153, wrong 0, 0, 3, 0; periods 4/4 in every source.
    // Round 24: khuon-ha-trung's Party block of dot leaders (". Máy tính …… 14 máy" under "- Khối Đảng (…):") read:
    // typed 240/248 of 240, figures 148/153 (96.7 %); OCR -l vie 211/248 of 217, figures 119/153; -l eng 201/248 of 204,
    // figures 113/153; the scans as xaso reads them unchanged. Floors raised to that run.
    check(new Kind("thirty-fourth held-out set (written blind)", 0.96, 1.00, 0, 0.96, 0), paraphrased(HELD_OUT_34));
    check(new Kind("thirty-fourth held-out set, OCR -l vie (blind)", 0.85, 0.97, 6, 0.77, 0),
        scanned(HELD_OUT_34, "vie"));
    check(new Kind("thirty-fourth held-out set, OCR -l eng (blind)", 0.81, 0.98, 3, 0.73, 0),
        scanned(HELD_OUT_34, "eng"));
    check(new Kind("thirty-fourth held-out set, scan as xaso reads it -l vie (blind)", 0.91, 0.99, 1, 0.88, 0),
        read(HELD_OUT_34, "vie", Reading.LAID_OUT));
    check(new Kind("thirty-fourth held-out set, scan as xaso reads it -l eng (blind)", 0.77, 0.98, 3, 0.68, 0),
        read(HELD_OUT_34, "eng", Reading.LAID_OUT));
  }

  @Test
  void thirtyFifthSetWrittenBlind() throws IOException {
    // Blind run after round 24 (one run, floors at it, truncated): typed 238/254 of 240, figures 158/174 (90.8 %), wrong
    // 2, 0, 0, 0 (da-ro-lang, a week: overdue 0 for 1, service-centre staff 23 from "cho 23 công chức"); OCR -l vie
    // 206/254 of 209, figures 127/174, wrong 3, 0, 0, 0; -l eng 195/254 of 198, figures 118/174, wrong 3, 0, 0, 0;
    // laid out -l vie 213/254 of 215, figures 133/174 (76.4 %), wrong 2, 0, 0, 0; laid out -l eng 204/254 of 207,
    // figures 127/174, wrong 2, 1, 0, 0; periods 4/4 in every source. Round 25 (training since; floors raised to it,
    // truncated): typed 240/254 of 240, figures 160/174 (92.0 %), wrong 0, 0, 0, 0; OCR -l vie 208/254 of 209, figures
    // 129/174, wrong 1, 0, 0, 0; -l eng 196/254 of 198, figures 119/174, wrong 2, 0, 0, 0; laid out -l vie 215/254 of
    // 215, figures 135/174, wrong 0, 0, 0, 0; laid out -l eng 205/254 of 207, figures 128/174, wrong 1, 1, 0, 0.
    check(new Kind("thirty-fifth held-out set (written blind)", 0.94, 1.00, 0, 0.91, 0), paraphrased(HELD_OUT_35));
    check(new Kind("thirty-fifth held-out set, OCR -l vie (blind)", 0.81, 0.99, 1, 0.74, 0),
        scanned(HELD_OUT_35, "vie"));
    check(new Kind("thirty-fifth held-out set, OCR -l eng (blind)", 0.77, 0.98, 2, 0.68, 0),
        scanned(HELD_OUT_35, "eng"));
    check(new Kind("thirty-fifth held-out set, scan as xaso reads it -l vie (blind)", 0.86, 1.00, 0, 0.80, 0),
        read(HELD_OUT_35, "vie", Reading.LAID_OUT));
    check(new Kind("thirty-fifth held-out set, scan as xaso reads it -l eng (blind)", 0.80, 0.99, 1, 0.73, 0),
        read(HELD_OUT_35, "eng", Reading.LAID_OUT));
  }

  @Test
  void thirtySixthSetWrittenBlind() throws IOException {
    // Blind run after round 24 (one run, floors at it, truncated): typed 204/238 of 207, figures 125/158 (79.1 %), wrong
    // 1, 2, 0, 0 (hoa-khe-bien's online share 95 for 93.34; my-loi-sen's training sessions 3 for 2 and a digitised share
    // it does not state); OCR -l vie 188/238 of 196, figures 112/158, wrong 1, 2, 2, 3; -l eng 180/238 of 186, figures
    // 107/158, wrong 0, 2, 0, 4; laid out -l vie 185/238 of 193, figures 109/158, wrong 1, 2, 2, 3; laid out -l eng
    // 179/238 of 185, figures 105/158, wrong 0, 2, 0, 4; periods 4/4 in every source. Round 25 (training since; floors
    // raised to it, truncated): typed 207/238 of 207, figures 128/158 (81.0 %), wrong 0, 0, 0, 0; OCR -l vie 191/238 of
    // 196, figures 115/158, wrong 0, 0, 2, 3; -l eng 181/238 of 186, figures 108/158, wrong 0, 1, 0, 4; laid out -l vie
    // 188/238 of 193, figures 112/158, wrong 0, 0, 2, 3; laid out -l eng 180/238 of 185, figures 106/158, wrong 0, 1, 0, 4.
    // Round 26 (floors raised to it, truncated): figures typed 142/158 (89.9 %), OCR -l vie 129, -l eng 113, laid out
    // -l vie 126, -l eng 111; wrong values per report unchanged in every source. Its second part: typed 146/158 (92.4 %),
    // OCR -l vie 133, -l eng 117, laid out -l vie 134, -l eng 115 (with the scans' round 26).
    check(new Kind("thirty-sixth held-out set (written blind)", 0.95, 1.00, 0, 0.93, 0), paraphrased(HELD_OUT_36));
    check(new Kind("thirty-sixth held-out set, OCR -l vie (blind)", 0.88, 0.97, 3, 0.85, 0),
        scanned(HELD_OUT_36, "vie"));
    check(new Kind("thirty-sixth held-out set, OCR -l eng (blind)", 0.80, 0.97, 4, 0.75, 0),
        scanned(HELD_OUT_36, "eng"));
    check(new Kind("thirty-sixth held-out set, scan as xaso reads it -l vie (blind)", 0.89, 0.98, 3, 0.86, 0),
        read(HELD_OUT_36, "vie", Reading.LAID_OUT));
    check(new Kind("thirty-sixth held-out set, scan as xaso reads it -l eng (blind)", 0.80, 0.97, 4, 0.74, 0),
        read(HELD_OUT_36, "eng", Reading.LAID_OUT));
  }

  @Test
  void thirtySeventhSetWrittenBlind() throws IOException {
    // Blind run after round 26 (one run, floors at it, truncated): typed 259/268 of 259, figures 158/167 (94.6 %), wrong
    // 0, 0, 0, 0; OCR -l vie 225/268 of 226, figures 129/167, wrong 0, 0, 0, 1, periods 3/4; -l eng 222/268 of 227,
    // figures 127/167, wrong 0, 1, 4, 0, periods 3/4; laid out -l vie 244/268 of 244, figures 143/167 (85.6 %), wrong
    // 0, 0, 0, 0; laid out -l eng 226/268 of 231, figures 131/167, wrong 1, 1, 3, 0, periods 3/4.
    // Round 27 (training since the blind run): typed 267/268 of 267, figures 166/167; floors raised there.
    check(new Kind("thirty-seventh held-out set (written blind)", 0.99, 1.00, 0, 0.99, 0), paraphrased(HELD_OUT_37));
    check(new Kind("thirty-seventh held-out set, OCR -l vie (blind)", 0.83, 0.99, 1, 0.77, 1),
        scanned(HELD_OUT_37, "vie"));
    check(new Kind("thirty-seventh held-out set, OCR -l eng (blind)", 0.82, 0.97, 4, 0.76, 1),
        scanned(HELD_OUT_37, "eng"));
    check(new Kind("thirty-seventh held-out set, scan as xaso reads it -l vie (blind)", 0.91, 1.00, 0, 0.85, 0),
        read(HELD_OUT_37, "vie", Reading.LAID_OUT));
    check(new Kind("thirty-seventh held-out set, scan as xaso reads it -l eng (blind)", 0.84, 0.97, 3, 0.78, 1),
        read(HELD_OUT_37, "eng", Reading.LAID_OUT));
  }

  @Test
  void thirtyEighthSetWrittenBlind() throws IOException {
    // Blind run after round 26 (one run, floors at it, truncated): typed 221/234 of 224, figures 138/151 (91.4 %), wrong
    // 1, 0, 2, 0 (binh-ky-thuy: overdue 3 for 14; khuoi-lau: printers 13 taken for inadequate computers, a procedures'
    // date of 31/12/2025 drafted); OCR -l vie 195/234 of 204, figures 113/151, wrong 1, 1, 4, 3; -l eng 178/234 of
    // 188, figures 102/151, wrong 1, 0, 9, 0; laid out -l vie 199/234 of 206, figures 117/151 (77.5 %), wrong 1, 1, 5, 0;
    // laid out -l eng 187/234 of 196, figures 111/151, wrong 1, 0, 5, 3; periods 4/4 in every source.
    // Round 27 (training since the blind run): typed 225/234 of 225, figures 142/151, wrong 0, 0, 0, 0; floors raised there.
    check(new Kind("thirty-eighth held-out set (written blind)", 0.96, 1.00, 0, 0.94, 0), paraphrased(HELD_OUT_38));
    check(new Kind("thirty-eighth held-out set, OCR -l vie (blind)", 0.83, 0.95, 4, 0.74, 0),
        scanned(HELD_OUT_38, "vie"));
    check(new Kind("thirty-eighth held-out set, OCR -l eng (blind)", 0.76, 0.94, 9, 0.67, 0),
        scanned(HELD_OUT_38, "eng"));
    check(new Kind("thirty-eighth held-out set, scan as xaso reads it -l vie (blind)", 0.85, 0.96, 5, 0.77, 0),
        read(HELD_OUT_38, "vie", Reading.LAID_OUT));
    check(new Kind("thirty-eighth held-out set, scan as xaso reads it -l eng (blind)", 0.79, 0.95, 5, 0.73, 0),
        read(HELD_OUT_38, "eng", Reading.LAID_OUT));
  }

  @Test
  void thirtyNinthSetWrittenBlind() throws IOException {
    // Blind run after round 27 (one run, floors at it, truncated): typed 205/223 of 212, figures 125/140 (89.3 %),
    // wrong 0, 7, 0, 0, periods 2/4; OCR -l vie 184/223 of 191, figures 105/140, wrong 0, 6, 1, 0; -l eng 171/223 of
    // 183, figures 96/140, wrong 0, 8, 3, 1; laid out -l vie 202/223 of 209, figures 124/140 (88.6 %), wrong 0, 6, 1, 0;
    // laid out -l eng 184/223 of 196, figures 110/140, wrong 0, 7, 4, 1; periods 2/4 in every source.
    check(new Kind("thirty-ninth held-out set (written blind)", 0.91, 0.96, 7, 0.89, 2), paraphrased(HELD_OUT_39));
    check(new Kind("thirty-ninth held-out set, OCR -l vie (blind)", 0.82, 0.96, 6, 0.75, 2),
        scanned(HELD_OUT_39, "vie"));
    check(new Kind("thirty-ninth held-out set, OCR -l eng (blind)", 0.76, 0.93, 8, 0.68, 2),
        scanned(HELD_OUT_39, "eng"));
    check(new Kind("thirty-ninth held-out set, scan as xaso reads it -l vie (blind)", 0.90, 0.96, 6, 0.88, 2),
        read(HELD_OUT_39, "vie", Reading.LAID_OUT));
    check(new Kind("thirty-ninth held-out set, scan as xaso reads it -l eng (blind)", 0.82, 0.93, 7, 0.78, 2),
        read(HELD_OUT_39, "eng", Reading.LAID_OUT));
  }

  @Test
  void fortiethSetWrittenBlind() throws IOException {
    // Blind run after round 27 (one run, floors at it, truncated): typed 194/223 of 197, figures 111/137 (81.0 %),
    // wrong 1, 1, 1, 0, periods 3/4; OCR -l vie 179/223 of 184, figures 100/137, wrong 1, 3, 1, 0; -l eng 174/223 of
    // 180, figures 97/137, wrong 2, 2, 1, 1; laid out -l vie 184/223 of 190, figures 105/137 (76.6 %), wrong 0, 5, 1, 0;
    // laid out -l eng 181/223 of 186, figures 103/137, wrong 1, 2, 1, 1; periods 3/4 in every source.
    check(new Kind("fortieth held-out set (written blind)", 0.86, 0.98, 1, 0.81, 1), paraphrased(HELD_OUT_40));
    check(new Kind("fortieth held-out set, OCR -l vie (blind)", 0.80, 0.97, 3, 0.72, 1),
        scanned(HELD_OUT_40, "vie"));
    check(new Kind("fortieth held-out set, OCR -l eng (blind)", 0.78, 0.96, 2, 0.70, 1),
        scanned(HELD_OUT_40, "eng"));
    check(new Kind("fortieth held-out set, scan as xaso reads it -l vie (blind)", 0.82, 0.96, 5, 0.76, 1),
        read(HELD_OUT_40, "vie", Reading.LAID_OUT));
    check(new Kind("fortieth held-out set, scan as xaso reads it -l eng (blind)", 0.81, 0.97, 2, 0.75, 1),
        read(HELD_OUT_40, "eng", Reading.LAID_OUT));
  }

  /** The sets whose scans are stored as word boxes (round 22): the seeds, then sets 14 to 32. */
  private static final List<Path> READ_SETS = List.of(HELD_OUT_14, HELD_OUT_15, HELD_OUT_16, HELD_OUT_17, HELD_OUT_18,
      HELD_OUT_19, HELD_OUT_20, HELD_OUT_21, HELD_OUT_22, HELD_OUT_23, HELD_OUT_24, HELD_OUT_25, HELD_OUT_26, HELD_OUT_27,
      HELD_OUT_28, HELD_OUT_29, HELD_OUT_30, HELD_OUT_31, HELD_OUT_32);

  /** The floor of one set's scans as xaso reads them, in one language: values, precision, wrong a report, figures, periods. */
  private record Floor(String set, String lang, double recall, double precision, int wrong, double figures, int periodsWrong) {}

  // Round 22: floors at the measure of the laid-out reading with tab tables (roundTwentyTwoMeasure prints them); the
  // first step (runs of spaces only) measured sets 15, 18, 21 and 29 lower (docs/import.md, "Round 22: scans").
  // Round 24: a tab table's stops (OcrLayout.tabbed) raised set 14 -l vie (figures 118 -> 136) and set 24 -l eng
  // (97 -> 100); a scan's pages laid out as one flow (OcrLayout.pages) raised sets 15, 18, 21, 24 and 32 (-l vie 143,
  // 97, 120, 114, 127; -l eng 21: 100, 32: 111); no set moved down. A ruled row's rules read as brackets
  // (OcrRuledLines.ruled) raised sets 21 and 31 -l vie (121, 110), 17 and 20 -l eng (115, 111), 14 and 31 -l eng precision.
  // Round 27: the English data's vowels read back as a class (Vocabulary.acuteReading, OcrVowels.unwritten) raised the
  // -l eng figures of every set here but set 20 (set 19: 88 -> 95); set 24 -l eng's most wrong in a report 2 -> 1. Its
  // second part (misread signers' names left, "sé" before a document, a code's specks) lowered the wrong values of sets
  // 14-16, 19, 23, 25-32 (set 25 -l vie 3 -> 0 a report, set 28 -l eng 4 -> 1, set 32 -l eng 4 -> 1).
  private static final List<Floor> READ_FLOORS = List.of(
      new Floor("seeds", "vie", 0.97, 1.00, 0, 0.98, 0),
      new Floor("seeds", "eng", 0.93, 0.98, 3, 0.93, 0),
      new Floor("heldout14", "vie", 0.88, 0.98, 2, 0.83, 0),
      new Floor("heldout14", "eng", 0.71, 0.97, 2, 0.58, 0),
      new Floor("heldout15", "vie", 0.91, 0.99, 2, 0.87, 0),
      new Floor("heldout15", "eng", 0.75, 0.96, 4, 0.64, 0),
      new Floor("heldout16", "vie", 0.82, 0.98, 2, 0.74, 0),
      new Floor("heldout16", "eng", 0.72, 0.95, 3, 0.63, 0),
      new Floor("heldout17", "vie", 0.80, 0.99, 1, 0.74, 0),
      new Floor("heldout17", "eng", 0.72, 0.97, 2, 0.65, 0),
      new Floor("heldout18", "vie", 0.86, 0.99, 1, 0.78, 1),
      new Floor("heldout18", "eng", 0.77, 0.97, 2, 0.66, 1),
      new Floor("heldout19", "vie", 0.84, 0.98, 3, 0.77, 0),
      new Floor("heldout19", "eng", 0.71, 0.97, 4, 0.61, 1),
      new Floor("heldout20", "vie", 0.85, 0.98, 2, 0.77, 0),
      new Floor("heldout20", "eng", 0.77, 0.98, 4, 0.68, 0),
      new Floor("heldout21", "vie", 0.85, 0.98, 3, 0.82, 0),
      new Floor("heldout21", "eng", 0.73, 0.98, 1, 0.64, 0),
      new Floor("heldout22", "vie", 0.86, 0.98, 1, 0.83, 0),
      new Floor("heldout22", "eng", 0.78, 1.00, 0, 0.69, 0),
      new Floor("heldout23", "vie", 0.90, 0.96, 3, 0.91, 0),
      new Floor("heldout23", "eng", 0.80, 0.95, 5, 0.76, 1),
      new Floor("heldout24", "vie", 0.92, 1.00, 0, 0.87, 0),
      new Floor("heldout24", "eng", 0.80, 0.98, 1, 0.70, 0),
      new Floor("heldout25", "vie", 0.84, 1.00, 0, 0.75, 0),
      new Floor("heldout25", "eng", 0.77, 0.97, 2, 0.65, 0),
      new Floor("heldout26", "vie", 0.81, 0.98, 2, 0.71, 0),
      new Floor("heldout26", "eng", 0.76, 0.98, 2, 0.64, 0),
      new Floor("heldout27", "vie", 0.83, 0.98, 2, 0.77, 2),
      new Floor("heldout27", "eng", 0.79, 0.98, 2, 0.72, 1),
      new Floor("heldout28", "vie", 0.88, 0.99, 1, 0.81, 0),
      new Floor("heldout28", "eng", 0.79, 0.98, 1, 0.70, 0),
      new Floor("heldout29", "vie", 0.92, 0.98, 2, 0.89, 0),
      new Floor("heldout29", "eng", 0.77, 0.95, 6, 0.69, 0),
      new Floor("heldout30", "vie", 0.85, 0.99, 1, 0.79, 0),
      new Floor("heldout30", "eng", 0.74, 0.97, 3, 0.64, 0),
      new Floor("heldout31", "vie", 0.85, 0.99, 1, 0.79, 0),
      new Floor("heldout31", "eng", 0.77, 0.96, 6, 0.69, 0),
      new Floor("heldout32", "vie", 0.91, 0.99, 1, 0.86, 0),
      new Floor("heldout32", "eng", 0.83, 0.99, 1, 0.75, 0));

  @Test
  void scansAsXasoReadsThem() throws IOException {
    for (Floor f : READ_FLOORS) {
      check(new Kind(f.set() + ", scan as xaso reads it -l " + f.lang(), f.recall(), f.precision(), f.wrong(), f.figures(),
          f.periodsWrong()), readNow(f.set(), f.lang()));
    }
  }

  /** Figures right / given of a source. */
  private static int[] figures(List<Scored> reports) {
    int[] f = new int[2];
    for (Scored s : reports) {
      s.tallies().forEach((k, v) -> {
        if (FIGURES.contains(k)) {
          f[0] += v.right;
          f[1] += v.expected;
        }
      });
    }
    return f;
  }

  /**
   * Round 22's measure: per set, figures right read from the stored OCR copies (Tesseract's default page
   * segmentation), from xaso's reading before round 22 (--psm 6, plain text) and from its reading now (word boxes laid
   * out), with and without Vietnamese data.
   */
  static String roundTwentyTwoTable() throws IOException {
    StringBuilder t = new StringBuilder("| set | stored copy `-l vie` | psm 6 plain `-l vie` | laid out `-l vie` | stored copy `-l eng`"
        + " | psm 6 plain `-l eng` | laid out `-l eng` |\n|---|---|---|---|---|---|---|\n");
    int[][] total = new int[6][2];
    List<String> names = new ArrayList<>();
    names.add("seeds");
    READ_SETS.forEach(d -> names.add(d.getFileName().toString()));
    for (String name : names) {
      List<List<Scored>> cols = new ArrayList<>();
      for (String lang : List.of("vie", "eng")) {
        if (name.equals("seeds")) {
          cols.add(ocr(lang));
          cols.add(seedsRead(lang, Reading.PLAIN));
          cols.add(seedsRead(lang, Reading.LAID_OUT));
        } else {
          Path dir = Path.of("src/test/resources").resolve(name);
          cols.add(scanned(dir, lang));
          cols.add(read(dir, lang, Reading.PLAIN));
          cols.add(read(dir, lang, Reading.LAID_OUT));
        }
      }
      t.append("| ").append(name);
      for (int c = 0; c < 6; c++) {
        int[] f = figures(cols.get(c));
        total[c][0] += f[0];
        total[c][1] += f[1];
        t.append(" | ").append(f[0]).append('/').append(f[1]);
      }
      t.append(" |\n");
    }
    t.append("| all");
    for (int[] f : total) {
      t.append(String.format(Locale.ROOT, " | %d/%d (%.1f %%)", f[0], f[1], 100.0 * f[0] / f[1]));
    }
    t.append(" |\n\n| source | figures right | all values right (drafted) | precision | wrong or extra | periods right |\n"
        + "|---|---|---|---|---|---|\n");
    for (String lang : List.of("vie", "eng")) {
      for (Reading how : List.of(Reading.PLAIN, Reading.LAID_OUT)) {
        List<Scored> all = new ArrayList<>();
        for (String name : names) {
          all.addAll(name.equals("seeds") ? seedsRead(lang, how) : read(Path.of("src/test/resources").resolve(name), lang, how));
        }
        if (how == Reading.PLAIN) {
          List<Scored> stored = new ArrayList<>(ocr(lang));
          for (Path d : READ_SETS) {
            stored.addAll(scanned(d, lang));
          }
          t.append(summary("stored copy `-l " + lang + "`", stored));
        }
        t.append(summary((how == Reading.PLAIN ? "xaso before, psm 6 plain" : "xaso now, laid out") + " `-l " + lang + "`", all));
      }
    }
    return t.toString();
  }

  /** One line of round 22's second table: the reports of a source together. */
  private static String summary(String source, List<Scored> reports) {
    SeedScore.Tally all = new SeedScore.Tally();
    reports.forEach(s -> s.tallies().values().forEach(v -> {
      all.right += v.right;
      all.produced += v.produced;
      all.expected += v.expected;
    }));
    int[] f = figures(reports);
    return String.format(Locale.ROOT, "| %s | %d (%.1f %%) | %d/%d (%d) | %.1f %% | %d | %d/%d |%n", source, f[0],
        100.0 * f[0] / f[1], all.right, all.expected, all.produced, 100 * all.precision(),
        reports.stream().mapToLong(Scored::wrong).sum(), reports.stream().filter(Scored::periodRight).count(), reports.size());
  }

  /**
   * Figures right, {@code -l vie} and {@code -l eng}, of every stored scan laid out with this spacing; with
   * {@code -Dxaso.words=DIR}, of the word boxes read-words.sh wrote under {@code DIR/<set>/} (another page segmentation,
   * {@code PSM=N}), on the sets found there.
   */
  private static int[] spaced(OcrLayout.Spacing spacing) throws IOException {
    int[] right = new int[2];
    String other = System.getProperty("xaso.words");
    for (String set : setNames()) {
      if (other != null && !Files.isDirectory(Path.of(other, set))) {
        continue;
      }
      for (int l = 0; l < 2; l++) {
        String lang = l == 0 ? "vie" : "eng";
        List<Scored> out = new ArrayList<>();
        if (set.equals("seeds")) {
          for (String seed : SeedScore.SEEDS) {
            Path words = (other == null ? OCR : Path.of(other, set)).resolve(seed.replace(".txt", "." + lang + ".words"));
            out.add(score(seed, OcrWords.laidOut(words, spacing), committed(seed, true), true));
          }
        } else {
          Path dir = Path.of("src/test/resources").resolve(set);
          try (var files = Files.list(dir)) {
            for (Path text : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
              String stem = text.getFileName().toString().replace(".txt", "");
              Map<String, String> want = new TreeMap<>();
              flat(Files.readString(text.resolveSibling(stem + ".expected.yaml"))).forEach((k, v) -> want.put(k, SeedScore.fold(v)));
              Path words = (other == null ? dir.resolve("ocr") : Path.of(other, set)).resolve(stem + "." + lang + ".words");
              out.add(score(stem + ".txt", OcrWords.laidOut(words, spacing),
                  want, true));
            }
          }
        }
        right[l] += figures(out)[0];
      }
    }
    return right;
  }

  /**
   * Prints round 22's table and the floors it measures; with {@code -Dxaso.spacings=WIDE,PARAGRAPH,INDENT;…} prints
   * instead the figures right of every stored scan laid out with each spacing (how {@link OcrLayout#MEASURED} was chosen).
   */
  @Test
  void roundTwentyTwoMeasure() throws IOException {
    String tried = System.getProperty("xaso.spacings");
    if (tried != null) {
      for (String v : tried.split(";")) {
        String[] f = v.split(",");
        int[] r = spaced(new OcrLayout.Spacing(Double.parseDouble(f[0]), Double.parseDouble(f[1]), Integer.parseInt(f[2])));
        System.out.println("SPACING " + v + ": vie " + r[0] + ", eng " + r[1]);
      }
      return;
    }
    System.out.println(roundTwentyTwoTable());
    for (String name : setNames()) {
      for (String lang : List.of("vie", "eng")) {
        System.out.println(floorOf(name, lang, readNow(name, lang)));
      }
    }
    // What the round claims: laid out, the scans give more figures right than Tesseract's plain text did, in all.
    for (String lang : List.of("vie", "eng")) {
      int plain = 0;
      int laidOut = 0;
      for (String name : setNames()) {
        plain += figures(name.equals("seeds") ? seedsRead(lang, Reading.PLAIN)
            : read(Path.of("src/test/resources").resolve(name), lang, Reading.PLAIN))[0];
        laidOut += figures(readNow(name, lang))[0];
      }
      assertTrue(laidOut > plain, "-l " + lang + ": laid out " + laidOut + ", plain " + plain);
    }
  }

  private static List<String> setNames() {
    List<String> names = new ArrayList<>();
    names.add("seeds");
    READ_SETS.forEach(d -> names.add(d.getFileName().toString()));
    return names;
  }

  /** A set's scans as xaso reads them now (word boxes laid out). */
  private static List<Scored> readNow(String set, String lang) throws IOException {
    return set.equals("seeds") ? seedsRead(lang, Reading.LAID_OUT)
        : read(Path.of("src/test/resources").resolve(set), lang, Reading.LAID_OUT);
  }

  /** The floor a run measures, as a line of {@link #READ_FLOORS}. */
  private static String floorOf(String set, String lang, List<Scored> reports) {
    SeedScore.Tally all = new SeedScore.Tally();
    reports.forEach(s -> s.tallies().values().forEach(v -> {
      all.right += v.right;
      all.produced += v.produced;
      all.expected += v.expected;
    }));
    int[] f = figures(reports);
    return String.format(Locale.ROOT, "      new Floor(\"%s\", \"%s\", %.2f, %.2f, %d, %.2f, %d),", set, lang,
        Math.floor(all.recall() * 100) / 100, Math.floor(all.precision() * 100) / 100,
        reports.stream().mapToLong(Scored::wrong).max().orElse(0), Math.floor(100.0 * f[0] / f[1]) / 100,
        reports.stream().filter(s -> !s.periodRight()).count());
  }

  /** Each source's scores, computed once per run: the floors and the table in docs/import.md read the same. */
  private static final Map<String, List<Scored>> SCORED = new java.util.concurrent.ConcurrentHashMap<>();

  private interface Scoring {
    List<Scored> run() throws IOException;
  }

  private static List<Scored> once(String key, Scoring scoring) throws IOException {
    List<Scored> done = SCORED.get(key);
    if (done == null) {
      done = scoring.run();
      SCORED.put(key, done);
    }
    return done;
  }

  /** A set's scanned copies ({@code ocr/<stem>.<lang>.txt}), scored against the typed text's answers, marks folded. */
  private static List<Scored> scanned(Path dir, String lang) throws IOException {
    return once(dir + "#" + lang, () -> scannedNow(dir, lang));
  }

  private static List<Scored> scannedNow(Path dir, String lang) throws IOException {
    List<Scored> out = new ArrayList<>();
    try (var files = Files.list(dir)) {
      for (Path text : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String name = text.getFileName().toString();
        String stem = name.replace(".txt", "");
        Map<String, String> want = new TreeMap<>();
        flat(Files.readString(text.resolveSibling(stem + ".expected.yaml"))).forEach((k, v) -> want.put(k, SeedScore.fold(v)));
        out.add(score(name, ReportText.read(dir.resolve("ocr").resolve(stem + "." + lang + ".txt")), want, true));
      }
    }
    return out;
  }

  /** How a stored scan's word boxes ({@code ocr/<stem>.<lang>.words}, src/test/ocr/read-words.sh) are read into text. */
  enum Reading {
    /** As xaso reads a scan since round 22: word boxes laid out by {@link OcrLayout}. */
    LAID_OUT,
    /** As xaso read one before (Tesseract's plain text, {@code --psm 6}): kept to measure the change, not as a floor. */
    PLAIN;

    String text(Path words) throws IOException {
      return this == LAID_OUT ? OcrWords.laidOut(words) : OcrWords.plain(words);
    }
  }

  /** A set's scans read from their stored word boxes, scored as {@link #scanned} scores the stored copies. */
  private static List<Scored> read(Path dir, String lang, Reading how) throws IOException {
    return once(dir + "#" + lang + "#" + how, () -> {
      List<Scored> out = new ArrayList<>();
      try (var files = Files.list(dir)) {
        for (Path text : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          String name = text.getFileName().toString();
          String stem = name.replace(".txt", "");
          Map<String, String> want = new TreeMap<>();
          flat(Files.readString(text.resolveSibling(stem + ".expected.yaml"))).forEach((k, v) -> want.put(k, SeedScore.fold(v)));
          out.add(score(name, how.text(dir.resolve("ocr").resolve(stem + "." + lang + ".words")), want, true));
        }
      }
      return out;
    });
  }

  /** The seeds' scans (made by make-copies.sh like the sets', unlike their older OCR copies) read from word boxes. */
  private static List<Scored> seedsRead(String lang, Reading how) throws IOException {
    return once("seeds#" + lang + "#" + how, () -> {
      List<Scored> out = new ArrayList<>();
      for (String seed : SeedScore.SEEDS) {
        String stem = seed.replace(".txt", "");
        out.add(score(seed, how.text(OCR.resolve(stem + "." + lang + ".words")), committed(seed, true), true));
      }
      return out;
    });
  }

  private static List<Scored> paraphrased(Path dir) throws IOException {
    return once(dir.toString(), () -> paraphrasedNow(dir));
  }

  private static List<Scored> paraphrasedNow(Path dir) throws IOException {
    List<Scored> out = new ArrayList<>();
    try (var files = Files.list(dir)) {
      for (Path text : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String name = text.getFileName().toString();
        Path answers = text.resolveSibling(name.replace(".txt", ".expected.yaml"));
        out.add(score(name, Files.readString(text), flat(Files.readString(answers)), false));
      }
    }
    return out;
  }

  private static List<Scored> ocr(String lang) throws IOException {
    return once("seeds#" + lang, () -> ocrNow(lang));
  }

  private static List<Scored> ocrNow(String lang) throws IOException {
    List<Scored> out = new ArrayList<>();
    for (String seed : SeedScore.SEEDS) {
      String stem = seed.replace(".txt", "");
      String text = ReportText.read(OCR.resolve(stem + "." + lang + ".txt"));
      out.add(score(seed, text, committed(seed, true), true));
    }
    return out;
  }

  private static Map<String, String> committed(String seed, boolean fold) throws IOException {
    return SeedScore.leaves(Files.readString(Path.of(SeedScore.COMMITTED.get(seed))), fold);
  }

  /** An expected-answers file: flat {@code path: value} lines, values as a transcription writes them. */
  static Map<String, String> flat(String yaml) throws IOException {
    Map<String, String> out = new TreeMap<>();
    JsonNode root = YAML.readTree(yaml);
    root.properties().forEach(e -> {
      JsonNode v = e.getValue();
      out.put(e.getKey(), v.isNumber() ? new BigDecimal(v.asText()).stripTrailingZeros().toPlainString() : v.asText());
    });
    return out;
  }

  private static Scored score(String name, String text, Map<String, String> want, boolean fold) throws IOException {
    Map<String, String> got = SeedScore.leaves(SeedScore.draft(text, name), fold);
    List<String> diffs = new ArrayList<>();
    Map<String, SeedScore.Tally> t = SeedScore.score(want, got, diffs);
    Map<String, String> wantPeriod = new LinkedHashMap<>();
    Map<String, String> gotPeriod = new LinkedHashMap<>();
    want.forEach((k, v) -> { if (k.startsWith("period.")) { wantPeriod.put(k, v); } });
    got.forEach((k, v) -> { if (k.startsWith("period.")) { gotPeriod.put(k, v); } });
    return new Scored(name, t, diffs, wantPeriod.equals(gotPeriod));
  }

  private static void check(Kind kind, List<Scored> reports) {
    Map<String, SeedScore.Tally> bySection = new TreeMap<>();
    StringBuilder out = new StringBuilder("== " + kind.name() + " ==\n");
    for (Scored s : reports) {
      out.append(SeedScore.table(s.report() + String.format(Locale.ROOT, " — wrong or extra: %d, period %s", s.wrong(),
          s.periodRight() ? "right" : "WRONG"), s.tallies()));
      s.diffs().forEach(d -> out.append("    ").append(d).append('\n'));
      s.tallies().forEach((k, v) -> {
        SeedScore.Tally all = bySection.computeIfAbsent(k, x -> new SeedScore.Tally());
        all.right += v.right;
        all.produced += v.produced;
        all.expected += v.expected;
      });
    }
    out.append(SeedScore.table("ALL " + kind.name(), bySection));
    SeedScore.Tally figures = new SeedScore.Tally();
    bySection.forEach((k, v) -> {
      if (FIGURES.contains(k)) {
        figures.right += v.right;
        figures.produced += v.produced;
        figures.expected += v.expected;
      }
    });
    out.append(String.format(Locale.ROOT, "FIGURES %s: precision %d/%d %.1f%%, recall %d/%d %.1f%%, periods right %d/%d%n",
        kind.name(), figures.right, figures.produced, 100 * figures.precision(), figures.right, figures.expected,
        100 * figures.recall(), reports.stream().filter(Scored::periodRight).count(), reports.size()));
    System.out.println(out);
    SeedScore.Tally all = new SeedScore.Tally();
    bySection.values().forEach(v -> {
      all.right += v.right;
      all.produced += v.produced;
      all.expected += v.expected;
    });
    assertTrue(all.recall() >= kind.recall(), kind.name() + " recall " + all.recall() + "\n" + out);
    assertTrue(all.precision() >= kind.precision(), kind.name() + " precision " + all.precision() + "\n" + out);
    assertTrue(figures.recall() >= kind.figures(), kind.name() + " figures " + figures.recall() + "\n" + out);
    for (Scored s : reports) {
      assertTrue(s.wrong() <= kind.wrongPerReport(), s.report() + " wrong " + s.wrong() + "\n" + out);
    }
    long periodsWrong = reports.stream().filter(s -> !s.periodRight()).count();
    assertTrue(periodsWrong <= kind.periodsWrong(), kind.name() + ": periods wrong " + periodsWrong + "\n" + out);
  }
}
