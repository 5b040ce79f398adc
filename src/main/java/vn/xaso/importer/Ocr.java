package vn.xaso.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import vn.xaso.problem.Code;

/**
 * Reads page images with an OCR engine: Tesseract as installed on the machine (Debian
 * {@code tesseract-ocr}, with {@code tesseract-ocr-vie} for Vietnamese), or a stand-in in tests.
 * Without Tesseract, the import says how to install it; without its Vietnamese data it reads
 * with English and says so, since diacritics are then lost.
 */
public interface Ocr {
  /** Pages read per scan: a report is a few pages; more is not one. */
  int MAX_PAGES = 40;

  /** The engine and language used, as the draft names it ("Tesseract 5.3.0, -l vie"), or empty when not installed. */
  java.util.Optional<String> describe();

  /** Whether the engine has Vietnamese language data. */
  boolean vietnamese();

  /** The text of one page image. */
  String read(Path image) throws IOException;

  /**
   * The text of a scan's page images, in order. An engine that knows only text reads each page alone and joins them;
   * Tesseract lays its word boxes out as one flow, so a table the page break cuts goes on as one table (round 24).
   */
  default String read(List<Path> images) throws IOException {
    StringBuilder text = new StringBuilder();
    for (Path image : images) {
      text.append(read(image)).append('\n');
    }
    return text.toString();
  }

  /** Tesseract found on the PATH. */
  static Ocr system() {
    return Tesseract.configured();
  }

  /** Tesseract run as a separate process, one page at a time, each bounded in time. */
  final class Tesseract implements Ocr {
    private static final long PAGE_SECONDS = 180;
    /** Page segmentation: one uniform block of text (measured against 3 and 4 in round 22, docs/import.md). */
    static final String PSM = "6";
    private final String program;
    private String version;
    private Boolean vie;

    Tesseract(String program) {
      this.program = program;
    }

    /**
     * Tesseract as the system property {@code xaso.tesseract} names it (tests point it to a stand-in
     * or to nothing), else {@code tesseract} on the PATH.
     */
    public static Ocr configured() {
      return new Tesseract(System.getProperty("xaso.tesseract", "tesseract"));
    }

    @Override
    public java.util.Optional<String> describe() {
      probe();
      return version == null ? java.util.Optional.empty()
          : java.util.Optional.of(version + ", -l " + (vie ? "vie" : "eng"));
    }

    @Override
    public boolean vietnamese() {
      probe();
      return Boolean.TRUE.equals(vie);
    }

    private void probe() {
      if (vie != null) {
        return;
      }
      vie = false;
      try {
        List<String> v = run(List.of(program, "--version"));
        version = v.isEmpty() ? "Tesseract" : v.get(0).strip().replaceFirst("^tesseract", "Tesseract");
        vie = run(List.of(program, "--list-langs")).stream().anyMatch(l -> l.strip().equals("vie"));
      } catch (IOException e) {
        version = null;
      }
    }

    @Override
    public String read(Path image) throws IOException {
      return OcrLayout.text(words(image, 1));
    }

    @Override
    public String read(List<Path> images) throws IOException {
      List<List<OcrLayout.Word>> pages = new ArrayList<>();
      for (Path image : images) {
        pages.add(words(image, pages.size() + 1));
      }
      return OcrLayout.pages(pages);
    }

    /** The words Tesseract boxes on one page image. */
    private List<OcrLayout.Word> words(Path image, int page) throws IOException {
      if (describe().isEmpty()) {
        throw new ImportRefused(Code.IMPORT_NEEDS_OCR, Map.of());
      }
      // Word boxes (TSV), not Tesseract's plain text, which joins every word with one space and so loses where a
      // table's columns and the letterhead's two columns are: OcrLayout lays the words out as typed text has them.
      Path out = Files.createTempFile("xaso-ocr", "");
      Path tsv = out.resolveSibling(out.getFileName() + ".tsv");
      try {
        run(List.of(program, image.toString(), out.toString(), "-l", vie ? "vie" : "eng", "--psm", PSM, "tsv"));
        return OcrLayout.tsv(Files.readString(tsv, StandardCharsets.UTF_8), page);
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(tsv);
      }
    }

    private static List<String> run(List<String> command) throws IOException {
      Path log = Files.createTempFile("xaso-ocr", ".log");
      try {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
          if (!p.waitFor(PAGE_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("Tesseract quá " + PAGE_SECONDS + " giây / took over " + PAGE_SECONDS + " s");
          }
        } catch (InterruptedException e) {
          p.destroyForcibly();
          Thread.currentThread().interrupt();
          throw new IOException("interrupted", e);
        }
        if (p.exitValue() != 0) {
          throw new IOException("Tesseract exit " + p.exitValue());
        }
        return new ArrayList<>(Files.readAllLines(log, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(log);
      }
    }
  }
}
