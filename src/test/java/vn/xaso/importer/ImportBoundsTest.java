package vn.xaso.importer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.xaso.schema.Schema;

/**
 * Import time and memory grow linearly with the input: a benchmark-style run over 135 KB and
 * 540 KB of text, printed, with only a generous bound asserted (a shared machine times badly).
 * Before the bounds, 540 KB of one repeated line ran for minutes and took gigabytes.
 */
class ImportBoundsTest {
  private static final String LINE = "Tổng số hồ sơ tiếp nhận trong kỳ 239 hồ sơ, đã giải quyết 223 hồ sơ theo Kế hoạch "
      + "số 20/KH-UBND ngày 14/8/2025 và Quyết định 65/QĐ-UBND ngày 01/9/2025 tại thôn Đông (20/20 thôn) ";

  @Test
  void timeGrowsLinearlyWithTheText() {
    String[] shapes = {"one line, no full stop", "many lines"};
    for (String shape : shapes) {
      double[] ms = new double[2];
      long[] bytes = new long[2];
      int k = 0;
      for (int kb : new int[] {135, 540}) {
        String text = text(kb * 1024, shape.startsWith("one") ? " " : ".\n");
        bytes[k] = text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        draft(text); // warm-up
        Runtime rt = Runtime.getRuntime();
        rt.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long start = System.nanoTime();
        Findings f = draft(text);
        ms[k] = (System.nanoTime() - start) / 1e6;
        long used = Math.max(0, rt.totalMemory() - rt.freeMemory() - before);
        System.out.printf(Locale.ROOT, "import bounds, %s: %d bytes in %.0f ms, ~%d MB heap growth, %d values, %d unplaced%n",
            shape, bytes[k], ms[k], used >> 20, f.values().size(), f.unplaced().size());
        assertTrue(ms[k] < 60_000, shape + ": " + ms[k] + " ms");
        k++;
      }
      double ratio = ms[1] / Math.max(1, ms[0]);
      System.out.printf(Locale.ROOT, "import bounds, %s: 4x the text took %.1fx the time%n", shape, ratio);
      assertTrue(ratio < 12, shape + ": 4x the input took " + ratio + "x the time (quadratic would be 16x)");
    }
  }

  private static Findings draft(String text) {
    Findings f = Extractor.extract(text, "lon.txt");
    new DraftWriter(new Schema().report()).render(f, "lon.txt", null, false);
    return f;
  }

  private static String text(int bytes, String join) {
    StringBuilder out = new StringBuilder("4. Kết quả giải quyết thủ tục hành chính\n");
    while (out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length < bytes - 400) {
      for (int i = 0; i < 50; i++) {
        out.append(LINE).append(join);
      }
    }
    return out.toString();
  }
}
