package vn.xaso.load;

import java.util.regex.Pattern;

/**
 * Where a file under {@code data/} belongs: {@code <province>/province.yaml},
 * {@code <province>/<commune>/commune.yaml} or {@code <province>/<commune>/<period>.yaml}. One
 * rule for the loader and for the build cache's scan, so an incremental build can never take a
 * file for something the loader would refuse.
 */
public final class Layout {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern PERIOD_KEY =
      Pattern.compile("[0-9]{4}-[0-9]{2}(-[0-9]{2}(_[0-9]{4}-[0-9]{2}-[0-9]{2})?)?");

  private Layout() {}

  /** The suffix of a report's evidence file, beside it: {@code <period>.evidence.yaml}. */
  public static final String EVIDENCE = ".evidence.yaml";

  /**
   * Whether {@code relative} (to {@code data/}, with forward slashes) is a file of the layout: a
   * profile, a report, or a report's evidence file.
   */
  public static boolean holds(String relative) {
    return evidence(relative) || profileOrReport(relative);
  }

  /** Whether {@code relative} is a report's evidence file, {@code <province>/<commune>/<period>.evidence.yaml}. */
  public static boolean evidence(String relative) {
    if (!relative.endsWith(EVIDENCE)) {
      return false;
    }
    String report = relative.substring(0, relative.length() - EVIDENCE.length()) + ".yaml";
    return report.split("/").length == 3 && profileOrReport(report) && !report.endsWith("/commune.yaml");
  }

  /** The evidence file of a report file ({@code data/…/2025-10.yaml} → {@code data/…/2025-10.evidence.yaml}). */
  public static String evidenceOf(String reportFile) {
    return reportFile.substring(0, reportFile.length() - ".yaml".length()) + EVIDENCE;
  }

  private static boolean profileOrReport(String relative) {
    String[] parts = relative.split("/");
    String name = parts[parts.length - 1];
    if (!name.endsWith(".yaml")) {
      return false;
    }
    String stem = name.substring(0, name.length() - ".yaml".length());
    return switch (parts.length) {
      case 2 -> stem.equals("province") && SLUG.matcher(parts[0]).matches();
      case 3 -> SLUG.matcher(parts[0]).matches() && SLUG.matcher(parts[1]).matches()
          && (stem.equals("commune") || PERIOD_KEY.matcher(stem).matches());
      default -> false;
    };
  }

  /**
   * The commune a problem's file belongs to, {@code data/<province>/<commune>/<file>} (a path
   * from the project) to {@code <province>/<commune>}, or null for any other file (a province's
   * {@code province.yaml}, {@code site.yaml}, a content page).
   */
  public static String communeOf(String projectFile) {
    String[] parts = projectFile.split("/");
    return parts.length == 4 && parts[0].equals("data") ? parts[1] + "/" + parts[2] : null;
  }

  /** A file that is let be where it stands: not YAML, and hidden or a README. */
  public static boolean ignored(String name) {
    return !name.endsWith(".yaml") && (name.startsWith(".") || name.equals("README.md"));
  }
}
