package vn.xaso.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The word boxes src/test/ocr/read-words.sh stores ({@code <stem>.vie.words}, {@code .eng.words}): what
 * Tesseract returned for a report's page images, read back so that tests score xaso's own reading of a scan
 * without running Tesseract.
 */
final class OcrWords {
  private OcrWords() {}

  /** The words of a stored file, page by page in order. */
  static Map<Integer, List<OcrLayout.Word>> pages(Path file) throws IOException {
    Map<Integer, List<OcrLayout.Word>> out = new TreeMap<>();
    int[] at = null;
    for (String row : Files.readAllLines(file)) {
      if (row.startsWith("#") || row.isBlank()) {
        continue;
      }
      String[] f = row.split(" ", 6);
      if (f[0].equals("@")) {
        at = new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4])};
        continue;
      }
      out.computeIfAbsent(at[0], k -> new ArrayList<>()).add(new OcrLayout.Word(
          new OcrLayout.Place(at[0], at[1], at[2], at[3]),
          new OcrLayout.Box(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3])),
          Integer.parseInt(f[4]), f[5]));
    }
    return out;
  }

  /** The scan as xaso reads it now: its pages laid out by {@link OcrLayout} as one flow, as {@code Pdf} reads a scan. */
  static String laidOut(Path file) throws IOException {
    return laidOut(file, OcrLayout.MEASURED);
  }

  /** The scan laid out with another spacing, to measure it against the one chosen. */
  static String laidOut(Path file, OcrLayout.Spacing spacing) throws IOException {
    return OcrLayout.pages(new ArrayList<>(pages(file).values()), spacing);
  }

  /**
   * The scan as xaso read it before round 22 ({@code --psm 6}, plain text): Tesseract's own text output, one
   * line a text line, words one space apart, a blank line after each paragraph.
   */
  static String plain(Path file) throws IOException {
    StringBuilder out = new StringBuilder();
    for (List<OcrLayout.Word> page : pages(file).values()) {
      OcrLayout.Place last = null;
      for (OcrLayout.Word w : page) {
        OcrLayout.Place line = w.at();
        if (last == null) {
          out.append(w.text());
        } else if (line.equals(last)) {
          out.append(' ').append(w.text());
        } else {
          out.append(line.block() == last.block() && line.par() == last.par() ? "\n" : "\n\n").append(w.text());
        }
        last = line;
      }
      out.append(last == null ? "" : "\n").append('\n');
    }
    return out.toString();
  }

  /** Prints a stored file laid out, for a person to compare with the typed report: {@code OcrWords FILE [plain]}. */
  public static void main(String[] args) throws IOException {
    System.out.print(args.length > 1 ? plain(Path.of(args[0])) : laidOut(Path.of(args[0])));
  }
}
