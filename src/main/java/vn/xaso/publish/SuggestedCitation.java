package vn.xaso.publish;

import java.time.LocalDate;
import vn.xaso.model.Lang;
import vn.xaso.model.SiteConfig;

/**
 * How to cite the dataset or one of its pages, in each language: publisher, year, title,
 * version, address and the date the reader looked (left for the reader to fill in: a build
 * never reads the clock, so the same data gives the same bytes).
 */
public final class SuggestedCitation {
  private SuggestedCitation() {}

  /** The whole dataset, at its data catalogue's address. */
  public static String dataset(SiteConfig config, LocalDate created, Lang lang) {
    String title = config.title().in(lang) + (lang == Lang.EN ? " [open data]" : " [dữ liệu mở]");
    return of(config, created, title, config.baseUrl() + (lang == Lang.EN ? "en/data/" : "data/"), lang);
  }

  /**
   * A report's page: first the commune's signed report itself (issuer, number or "không số",
   * date, title), which is what is cited, then the page of Xã Số that transcribes it.
   */
  public static String report(SiteConfig config, LocalDate created, String source, String reportTitle, String title,
      String url, Lang lang) {
    return source + ". " + reportTitle + ". " + (lang == Lang.EN ? "Transcribed in: " : "Chép lại trong: ")
        + of(config, created, title, url, lang);
  }

  /** One page of the site: a commune or a report, at its absolute address. */
  public static String of(SiteConfig config, LocalDate created, String title, String url, Lang lang) {
    boolean en = lang == Lang.EN;
    String version = config.dataVersion() == null ? "" : (en ? " Data version " : " Phiên bản dữ liệu ")
        + config.dataVersion() + ".";
    return config.publisher().in(lang) + " (" + created.getYear() + "). " + title + ". "
        + config.title().in(lang) + "." + version + " " + url
        + (en ? " (accessed [date])." : " (truy cập ngày [ngày/tháng/năm]).");
  }
}
