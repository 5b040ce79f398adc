package vn.xaso.publish;

/**
 * Where the open data lives in the output, for the writer of the open data and for the site's
 * layout ({@code site.SiteLayout}, which answers every other path and hands these on): the
 * folder {@code data/}, one folder per unit under it ({@code all/} for the nation,
 * {@code <province>/}, {@code <province>/<commune>/}) and one per report. Paths are given from
 * the site root; a unit ({@code all}, {@code hai-phong/hung-thang}) is also how the data package
 * lists a file's scope.
 *
 * <p>A province's and its communes' tables are not loose files: each province has one zip,
 * {@code data/<province>/<province>.zip}, whose entries keep the folders they had
 * ({@code <province>/reports.csv}, {@code <province>/<commune>/reports.csv}); those rows are
 * slices of the national tables, and written out at three levels they were two thirds of
 * {@code data/} at national scale (#26).
 */
public final class DataLayout {
  /** The open-data folder, at the site root. */
  public static final String ROOT = "data/";
  /** The unit of the national files. */
  public static final String ALL = "all";

  private DataLayout() {}

  /** The unit of a commune's files: {@code <province>/<commune>}. */
  public static String unit(String province, String commune) {
    return province + "/" + commune;
  }

  /** A unit's folder: {@code data/<unit>/}. */
  public static String folder(String unit) {
    return ROOT + unit + "/";
  }

  /** A report's folder: {@code data/<province>/<commune>/<period>/}, from the report's {@code <province>/<commune>/<period>}. */
  public static String report(String reportPath) {
    return folder(reportPath);
  }

  /** A province's zip of its own and its communes' files: {@code data/<province>/<province>.zip}. */
  public static String zip(String province) {
    return folder(province) + zipName(province);
  }

  /** The zip's file name, {@code <province>.zip}: what a download folder shows. */
  public static String zipName(String province) {
    return province + ".zip";
  }

  /** A unit's folder inside its province's zip: {@code <province>/} or {@code <province>/<commune>/}. */
  public static String inZip(String unit) {
    return unit + "/";
  }

  /** A file at the open-data folder's top: {@code data/datapackage.json}. */
  public static String top(String name) {
    return ROOT + name;
  }
}
