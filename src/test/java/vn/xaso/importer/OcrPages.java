package vn.xaso.importer;

import java.util.ArrayList;
import java.util.List;

/** Word boxes for the scan layout's tests, written as text: one place so the tests' pages are drawn alike. */
final class OcrPages {
  private OcrPages() {}

  /** A page's words from rows of "line left text", each word 12 pixels a letter, 30 high, all in block 1. */
  static List<OcrLayout.Word> page(String... rows) {
    List<OcrLayout.Word> out = new ArrayList<>();
    for (String row : rows) {
      String[] f = row.split(" ", 3);
      int line = Integer.parseInt(f[0]);
      int left = Integer.parseInt(f[1]);
      for (String w : f[2].split(" ")) {
        out.add(new OcrLayout.Word(new OcrLayout.Place(1, 1, 1, line),
            new OcrLayout.Box(left, 100 + 40 * line, 12 * w.length(), 30), 95, w));
        left += 12 * w.length() + 10;
      }
    }
    return out;
  }
}
