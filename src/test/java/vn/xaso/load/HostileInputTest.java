package vn.xaso.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.xaso.build.Check;
import vn.xaso.model.Lang;
import vn.xaso.problem.Problem;
import vn.xaso.problem.Problems;
import vn.xaso.problem.Severity;
import vn.xaso.testing.TinyProject;

/**
 * Hostile input: every case ends as a problem from the catalogue, with file and line, never an
 * exception. With {@code -Dxaso.timings=true} each test prints how long the check took (figures for
 * docs/security.md), kept off the normal run's terminal; timing is not asserted.
 */
class HostileInputTest {
  private static final String FILE = "data/hai-phong/hung-thang/2025-12.yaml";
  private static final String HEAD = TinyProject.DECEMBER_SIGNED;

  @TempDir Path dir;

  private List<String> check(String caseName) throws Exception {
    long t = System.nanoTime();
    List<Problem> problems = new Check().run(dir).problems().all();
    if (Boolean.getBoolean("xaso.timings")) {
      System.out.printf(Locale.ROOT, "hostile %-28s %7.1f ms%n", caseName, (System.nanoTime() - t) / 1e6);
    }
    return problems.stream().map(p -> p.location() + " " + p.code().id() + (p.field().isEmpty() ? "" : " " + p.field()))
        .toList();
  }

  private TinyProject project() throws Exception {
    return TinyProject.withCommune(dir);
  }

  @Test
  void aliasBombIsRefusedAtItsFirstAnchor() throws Exception {
    StringBuilder y = new StringBuilder(HEAD).append("quality_notes:\n  - &a {vi: lol}\n");
    for (int i = 0; i < 9; i++) {
      y.append("  - &").append((char) ('b' + i)).append(" [*").append((char) ('a' + i)).append(", *")
          .append((char) ('a' + i)).append("]\n");
    }
    project().file(FILE, y.toString());
    assertEquals(List.of(FILE + ":10:5 alias-refused"), check("alias bomb"));
  }

  @Test
  void aHundredMegabyteFileIsRefusedWithoutReadingIt() throws Exception {
    project();
    Path big = dir.resolve(FILE);
    Files.createDirectories(big.getParent());
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(100L * 1024 * 1024);
    }
    assertEquals(List.of(FILE + ":0:0 file-too-large"), check("100 MB file"));
  }

  @Test
  void deepNestingIsRefusedAtTheLimit() throws Exception {
    project().file(FILE, HEAD + "quality_notes: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
    assertEquals(List.of(FILE + ":9:31 too-deep"), check("10,000 levels of nesting"));
  }

  @Test
  void aVeryLongStringIsRefused() throws Exception {
    project().file(FILE, HEAD + "quality_notes:\n  - vi: " + "a".repeat(900_000) + "\n");
    assertEquals(List.of(FILE + ":10:9 too-long quality_notes[0].vi"), check("900 KB string"));
  }

  @Test
  void nonUtf8BytesAreRefusedAtTheirLineAndColumn() throws Exception {
    project();
    Path file = dir.resolve(FILE);
    Files.createDirectories(file.getParent());
    Files.write(file, (HEAD + "quality_notes: [{vi: Hùng Thắng}]\n").getBytes(Charset.forName("windows-1258")));
    // windows-1258 has no ã (it becomes ?); the ù of Hùng is the first byte UTF-8 cannot read.
    assertEquals(List.of(FILE + ":4:25 not-utf8"), check("windows-1258 bytes"));
  }

  @Test
  void aByteOrderMarkIsAWarningAndTheFileIsRead() throws Exception {
    project().file(FILE, "\uFEFF" + HEAD);
    assertEquals(List.of(FILE + ":1:1 byte-order-mark"), check("BOM"));
  }

  @Test
  void crlfLineEndingsWorkAndKeepPositions() throws Exception {
    project().file(FILE, (HEAD + "dossiers: {received: 10, resolved: 11, carried_over: 0}\n").replace("\n", "\r\n"));
    assertEquals(List.of(FILE + ":9:26 exceeds dossiers.resolved"), check("CRLF"));
  }

  @Test
  void nulAndControlCharactersAreRefusedWhereTheyStand() throws Exception {
    project().file(FILE, HEAD + "quality_notes: [{vi: a\u0000b}]\n");
    assertEquals(List.of(FILE + ":9:23 control-character"), check("NUL"));
    project().file(FILE, HEAD + "quality_notes: [{vi: a\u001bb}]\n");
    assertEquals(List.of(FILE + ":9:23 control-character"), check("ESC"));
    project().file(FILE, HEAD + "quality_notes: [{vi: Hùng \u202eThắng}]\n");
    assertEquals(List.of(FILE + ":9:27 control-character"), check("right-to-left override"));
  }

  @Test
  void controlCharactersWrittenAsEscapesAreRefusedToo() throws Exception {
    for (String escape : List.of("\\0", "\\e", "\\r", "\\x7f", "\\N", "\\u202E", "\\ud800")) {
      project().file(FILE, HEAD + "quality_notes: [{vi: \"a" + escape + "b\"}]\n");
      assertEquals(List.of(FILE + ":9:22 escaped-control-character"), check("escape " + escape));
    }
    project().file(FILE, HEAD + "quality_notes: [{vi: \"một dòng\\ndòng hai\\tcột\"}]\n");
    assertEquals(List.of(), check("escaped newline and tab"));
  }

  @Test
  void aBrokenEscapeAtTheEndOfTheFileIsAProblemNotACrash() throws Exception {
    // Found by the fuzzer: SnakeYAML throws NumberFormatException on a \\u with no digits at the end.
    for (String broken : List.of("\\u", "\\x")) {
      project().file(FILE, HEAD + "quality_notes: [{vi: \"" + broken);
      // SnakeYAML reads ahead: the last event it completed is the list start, before the {.
      assertEquals(List.of(FILE + ":9:17 yaml-unreadable"), check("broken escape " + broken + " at the end"));
    }
  }

  @Test
  void aKeyWithANewlineCannotWriteALineOfItsOwnInTheLog() throws Exception {
    TinyProject p = project().file(FILE, HEAD + "\"x\\n::error file=README.md::forged\": 1\n");
    TinyProject.Run run = p.run("validate", "--github-annotations");
    assertEquals(1, run.exit());
    List<String> commands = run.out().lines().filter(l -> l.startsWith("::")).toList();
    assertEquals(1, commands.size(), run.out());
    assertTrue(commands.get(0).startsWith("::error file=" + FILE + ",line=9,col=1,title=unknown-field x\\u000A%3A%3Aerror"),
        commands.get(0));
    assertTrue(run.out().contains(FILE + ":9:1: error[unknown-field] x\\u000A::error file=README.md::forged: "), run.out());
  }

  @Test
  void aLongSlugOfManyPartsIsRefusedWithoutOverflowingTheStack() throws Exception {
    // Java's regex recursed once per "-a": 2,000 of them overflowed the stack before the fix.
    project().file(FILE, HEAD.replace("commune: hung-thang", "commune: " + "a-".repeat(1999) + "a"));
    assertEquals(List.of(FILE + ":1:10 pattern commune"), check("slug of 2,000 parts"));
  }

  @Test
  void aVeryLongKeyIsShortenedInItsMessage() throws Exception {
    project().file(FILE, HEAD + "? \"" + "x".repeat(900_000) + "\"\n: 1\n");
    List<Problem> problems = new Check().run(dir).problems().all();
    assertEquals(1, problems.size());
    assertEquals("unknown-field", problems.get(0).code().id());
    assertEquals("x".repeat(40) + "…", problems.get(0).field());
    assertTrue(problems.get(0).format().length() < 1000, problems.get(0).format());
    check("900 KB key");
  }

  @Test
  void aFileOfTooManyValuesIsRefusedAsItIsRead() throws Exception {
    project().file(FILE, HEAD + "quality_notes:\n" + "- 1\n".repeat(150_000));
    // The 20,001st value: 25 in the header, the key and the list, then the 19,974th item.
    assertEquals(List.of(FILE + ":19983:3 too-many-values"), check("150,000 list items"));
  }

  @Test
  void aFloodOfMistakesShowsTheFirstHundredAndCountsTheRest() throws Exception {
    project().file(FILE, HEAD + "quality_notes:\n" + "- 1\n".repeat(5_000));
    List<String> problems = check("5,000 wrong items");
    assertEquals(101, problems.size());
    assertEquals(FILE + ":0:0 too-many-problems", problems.get(0));
    assertEquals(FILE + ":10:3 wrong-shape quality_notes[0]", problems.get(1));
    assertEquals(FILE + ":109:3 wrong-shape quality_notes[99]", problems.get(100));
    Problems all = new Check().run(dir).problems();
    assertEquals(5_000, all.count(Severity.ERROR));
    assertEquals("The file has 4900 more problems not shown; only the first 100 are.", all.all().get(0).message(Lang.EN));
  }

  @Test
  void numbersInOtherNotationsAreRefused() throws Exception {
    project().file(FILE, HEAD + """
        dossiers:
          received: 0x1F
          carried_over: 1e3
          resolved: 10.0
          on_time: .nan
          early: 99999999999999999999
          overdue: +5
        """);
    assertEquals(List.of(
        FILE + ":10:13 not-integer dossiers.received",
        FILE + ":11:17 not-integer dossiers.carried_over",
        FILE + ":12:13 not-integer dossiers.resolved",
        FILE + ":13:12 not-integer dossiers.on_time",
        FILE + ":14:10 not-integer dossiers.early",
        FILE + ":15:12 not-integer dossiers.overdue"), check("0x1F, 1e3, 10.0, .nan, 10^20, +5"));
  }

  @Test
  void datesInOtherFormatsAreRefused() throws Exception {
    for (String date : List.of("05/12/2025", "2025-12-31T10:00:00Z", "31.12.2025", "\"ngày 31 tháng 12 năm 2025\"", "20251231")) {
      project().file(FILE, HEAD.replace("date: 2025-12-31", "date: " + date));
      assertEquals(List.of(FILE + ":3:1 source-undated source", FILE + ":7:9 bad-date source.date"), check("date " + date));
    }
  }

  @Test
  void aPipeNamedLikeAReportIsRefusedWithoutOpeningIt() throws Exception {
    project();
    Path pipe = dir.resolve(FILE);
    Files.createDirectories(pipe.getParent());
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
    } catch (java.io.IOException e) {
      Assumptions.abort("no mkfifo on this system");
      return;
    }
    Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
    // Opening it would wait for a writer for ever; the walk must refuse it unopened.
    assertEquals(List.of(FILE + ":0:0 special-file"), check("named pipe"));
  }

  @Test
  void upperCaseKeysGetTheSameSuggestionInATurkishLocale() throws Exception {
    project().file(FILE, HEAD + "dossiers: {DIGITISD: 5}\n");
    Locale locale = Locale.getDefault();
    String turkish;
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      turkish = new Check().run(dir).problems().all().get(0).message(Lang.EN);
    } finally {
      Locale.setDefault(locale);
    }
    assertEquals("Unknown field DIGITISD. Did you mean digitised?", turkish);
  }

  @Test
  void yesNoOnWhereTextIsExpectedAreRefused() throws Exception {
    project().file(FILE, HEAD.replace("number: 1/BC-UBND", "number: yes") + "  signer_name: On\n");
    assertEquals(List.of(FILE + ":3:1 source-unnumbered source", FILE + ":6:11 boolean-like source.number",
            FILE + ":9:16 boolean-like source.signer_name"),
        check("yes / On as text"));
  }

  @Test
  void impossibleDatesAreRefused() throws Exception {
    project().file(FILE, HEAD.replace("date: 2025-12-31", "date: 2025-02-30") + "  stated_as_of: 2025-13-01\n");
    // The unreadable date also leaves the report undated, which is said too.
    assertEquals(List.of(FILE + ":3:1 source-undated source", FILE + ":7:9 bad-date source.date",
            FILE + ":9:17 bad-date source.stated_as_of"),
        check("impossible dates"));
  }

  @Test
  void badFolderAndFileNamesAreRefused() throws Exception {
    project().file("data/hai-phong/Hung Thang/2025-12.yaml", HEAD)
        .file("data/hai-phong/hung-thang/2025..yaml", HEAD)
        .file("data/hai-phong/HUNG-THANG/commune.yaml", TinyProject.COMMUNE)
        .file("data/hai-phong/hung-thang/sub/2025-12.yaml", HEAD);
    assertEquals(List.of(
        "data/hai-phong/HUNG-THANG/commune.yaml:0:0 bad-path",
        "data/hai-phong/Hung Thang/2025-12.yaml:0:0 bad-path",
        "data/hai-phong/hung-thang/2025..yaml:0:0 bad-path",
        "data/hai-phong/hung-thang/sub/2025-12.yaml:0:0 bad-path"), check("bad names"));
  }

  @Test
  void symlinksOutsideDataAreRefusedAndBrokenOnesToo() throws Exception {
    project();
    Path outside = Files.writeString(dir.resolve("outside.yaml"), HEAD);
    Files.createDirectories(dir.resolve("data/hai-phong/hung-thang"));
    Files.createSymbolicLink(dir.resolve(FILE), outside);
    Files.createSymbolicLink(dir.resolve("data/hai-phong/linked"), dir.resolve("content"));
    Files.createSymbolicLink(dir.resolve("data/hai-phong/hung-thang/2025-11.yaml"), dir.resolve("missing.yaml"));
    assertEquals(List.of(
        "data/hai-phong/hung-thang/2025-11.yaml:0:0 symlink-outside",
        FILE + ":0:0 symlink-outside",
        "data/hai-phong/linked:0:0 symlink-outside"), check("symlinks"));
  }

  @Test
  void twoFilesClaimingTheSamePeriodOfACommuneAreRefused() throws Exception {
    project().file(FILE, HEAD)
        .file("data/hai-phong/hung-thang/2025-12-31.yaml", HEAD.replace("{start: 2025-12-01, end: 2025-12-31}", "{as_of: 2025-12-31}")
            .replace("1/BC-UBND", "2/BC-UBND"));
    List<String> problems = check("same commune and period");
    assertEquals(List.of("data/hai-phong/hung-thang/2025-12-31.yaml:2:1 period-overlap period"), problems);
  }

  @Test
  void twoProfilesClaimingOneCommuneAreRefused() throws Exception {
    project().file("data/hai-phong/hung-thang-2/commune.yaml", TinyProject.COMMUNE);
    assertEquals(List.of("data/hai-phong/hung-thang-2/commune.yaml:1:1 path-mismatch slug"), check("two profiles"));
  }

  @Test
  void tagsAndNonTextKeysAreRefused() throws Exception {
    project().file(FILE, HEAD + "quality_notes: !!python/object:os.system [{vi: x}]\n");
    assertEquals(List.of(FILE + ":9:16 tag-refused"), check("!!python tag"));
    project().file(FILE, HEAD + "? [a, b]\n: x\n");
    List<String> problems = check("list as a key");
    assertTrue(problems.contains(FILE + ":9:3 wrong-shape"), problems.toString());
  }

  @Test
  void emptyCommentOnlyAndNonMappingFilesAreRefused() throws Exception {
    project().file(FILE, "");
    assertEquals(List.of(FILE + ":0:0 empty-file"), check("empty file"));
    project().file(FILE, "# only a comment\n");
    assertEquals(List.of(FILE + ":0:0 empty-file"), check("comments only"));
    project().file(FILE, "- a\n- b\n");
    assertEquals(List.of(FILE + ":1:1 wrong-shape"), check("list at the root"));
    project().file(FILE, "hello\n");
    assertEquals(List.of(FILE + ":1:1 wrong-shape"), check("text at the root"));
    for (String nothing : List.of("---\n", "~\n", "null\n", "--- # nothing\n...\n")) {
      project().file(FILE, nothing);
      assertEquals(List.of(FILE + ":0:0 empty-file"), check("only " + nothing.strip().replace('\n', ' ')));
    }
    project().file(FILE, "{}\n");
    assertEquals(List.of(FILE + ":1:1 nothing-filled"), check("empty mapping"));
    project().file(FILE, "commune:\nperiod: {start: , end: }\nsource:\n");
    assertEquals(List.of(FILE + ":1:1 nothing-filled"), check("only empty fields"));
    project().file(FILE, HEAD + "---\n" + HEAD);
    assertEquals(List.of(FILE + ":9:1 multiple-documents"), check("two documents"));
  }

  @Test
  void nothingEscapesAsAnExceptionOnGarbage() throws Exception {
    byte[] garbage = new byte[4096];
    new java.util.Random(57).nextBytes(garbage);
    project();
    Path file = dir.resolve(FILE);
    Files.createDirectories(file.getParent());
    Files.write(file, garbage);
    assertFalse(check("random bytes").isEmpty());
    Files.write(file, "{{{{[[[[::::&&&***!!!".getBytes(StandardCharsets.UTF_8));
    assertFalse(check("punctuation").isEmpty());
  }
}
