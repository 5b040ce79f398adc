package vn.xaso.publish;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.xaso.problem.Code;
import vn.xaso.problem.Position;
import vn.xaso.problem.Problem;
import vn.xaso.problem.Words;

/**
 * What a build's output weighs, against what its host accepts: the bytes and files of the whole
 * output, its largest page, and the pages past the page budget. Printed at the end of every
 * build; past a limit it gives a catalogued warning, never an error (the site is still right,
 * only not publishable as it is on that host).
 *
 * @param bytes every file of the output, added up
 * @param files how many files the output holds
 * @param largest the largest HTML page, or null when the output has none (a data-only build)
 * @param overPage how many pages are past {@link Limits#page()}
 * @param limits the host's limits the output is measured against
 */
public record SiteSize(long bytes, int files, Output.Written largest, int overPage, Limits limits) {

  /**
   * The host's limits. {@link #GITHUB_PAGES}: "Published GitHub Pages sites may be no larger than
   * 1 GB" (GitHub's documentation, "GitHub Pages limits"), counted here in decimal units as the
   * host states them; and the project's own budget of 500 KB per page, what a phone on a slow
   * link still opens in a few seconds (issue #26).
   */
  public record Limits(long site, long page) {
    public static final Limits GITHUB_PAGES = new Limits(1_000_000_000L, 500_000L);
  }

  /** Largest first, then by path: the page named is the same from one build to the next. */
  private static final Comparator<Output.Written> LARGEST = Comparator.comparingLong(Output.Written::bytes)
      .reversed().thenComparing(Output.Written::path);

  /** The output made of {@code files}, measured against GitHub Pages' limits. */
  public static SiteSize of(Collection<Output.Written> files) {
    return of(files, Limits.GITHUB_PAGES);
  }

  public static SiteSize of(Collection<Output.Written> files, Limits limits) {
    long bytes = 0;
    Output.Written largest = null;
    int over = 0;
    for (Output.Written w : files) {
      bytes += w.bytes();
      if (!w.path().endsWith(".html")) {
        continue;
      }
      if (largest == null || LARGEST.compare(w, largest) < 0) {
        largest = w;
      }
      over += w.bytes() > limits.page() ? 1 : 0;
    }
    return new SiteSize(bytes, files.size(), largest, over, limits);
  }

  /** Two disjoint outputs measured as one, against this one's limits: sizes and counts add, the larger page stays. */
  SiteSize plus(SiteSize other) {
    Output.Written big = largest == null || other.largest() != null && LARGEST.compare(other.largest(), largest) < 0
        ? other.largest() : largest;
    return new SiteSize(bytes + other.bytes(), files + other.files(), big, overPage + other.overPage(), limits);
  }

  /**
   * Measures outputs given by owner, as {@link Output#owned} groups them, keeping each owner's
   * measure with the map it was taken of: an owner whose files a rebuild passed on as the same
   * (unmodifiable) map, every province it did not touch, is not walked again. A preview
   * server's rebuild then measures the nation's and the changed province's files, not all
   * 213,000 of a national site (#26).
   */
  public static final class Memo {
    private record Part(Map<String, Output.Written> files, SiteSize size) {}

    private Map<String, Part> last = Map.of();

    public synchronized SiteSize of(Map<String, Map<String, Output.Written>> owned) {
      Map<String, Part> now = new java.util.HashMap<>();
      SiteSize total = SiteSize.of(List.of());
      for (Map.Entry<String, Map<String, Output.Written>> e : owned.entrySet()) {
        Part before = last.get(e.getKey());
        Part part = before != null && before.files() == e.getValue() ? before
            : new Part(e.getValue(), SiteSize.of(e.getValue().values()));
        now.put(e.getKey(), part);
        total = total.plus(part.size());
      }
      last = now;
      return total;
    }
  }

  /**
   * One line in both languages: "Kết quả: 234 tệp, 3,1 MB; trang lớn nhất status/index.html
   * (45,2 KB) / Output: 234 files, 3.1 MB; largest page status/index.html (45.2 KB)".
   */
  public String line() {
    return "Kết quả: " + files + " tệp, " + human(bytes, true) + largest(true) + " / Output: " + files + " files, "
        + human(bytes, false) + largest(false);
  }

  private String largest(boolean vi) {
    if (largest == null) {
      return "";
    }
    return (vi ? "; trang lớn nhất " : "; largest page ") + largest.path() + " (" + human(largest.bytes(), vi) + ")";
  }

  /**
   * The warnings for what is past a limit, told of the output folder {@code out} as the command
   * line named it: the whole output past the site limit; the pages past the page limit, with the
   * largest named.
   */
  public List<Problem> warnings(String out) {
    List<Problem> warnings = new ArrayList<>();
    if (bytes > limits.site()) {
      warnings.add(new Problem(out, Position.FILE, "", Code.SITE_OVER_HOST_LIMIT,
          Map.of("size", words(bytes), "limit", words(limits.site()), "files", files)));
    }
    if (overPage > 0) {
      warnings.add(new Problem(out, Position.FILE, "", Code.PAGE_OVER_LIMIT,
          Map.of("count", overPage, "path", largest.path(), "size", words(largest.bytes()),
              "limit", words(limits.page()))));
    }
    return warnings;
  }

  private static Words words(long bytes) {
    return new Words(human(bytes, true), human(bytes, false));
  }

  /**
   * Bytes in decimal units with one decimal place (B, KB, MB, GB), as hosts state their limits:
   * a comma in Vietnamese, a dot in English.
   */
  static String human(long bytes, boolean vi) {
    String[] units = {"B", "KB", "MB", "GB"};
    int unit = 0;
    BigDecimal value = BigDecimal.valueOf(bytes);
    BigDecimal thousand = BigDecimal.valueOf(1000);
    while (unit < units.length - 1 && value.compareTo(thousand) >= 0) {
      value = value.divide(thousand);
      unit++;
    }
    String shown = (unit == 0 ? value : value.setScale(1, RoundingMode.HALF_UP)).toPlainString();
    return (vi ? shown.replace('.', ',') : shown) + " " + units[unit];
  }
}
