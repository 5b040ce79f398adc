package vn.xaso.site;

import java.util.Map;
import vn.xaso.derive.Indicator;
import vn.xaso.derive.ReportFacts;

/** What a link preview says of a report beside its commune and period: its first share given. */
final class Previews {
  private Previews() {}

  /** "Tỷ lệ TTHC trực tuyến toàn trình: 85%.", or that the report gives no share. */
  static String keyFigure(ReportFacts r, SiteContext c) {
    for (Indicator i : Indicator.shares()) {
      if (r.value(i).present()) {
        return c.t().get("og.key_figure", Map.of("indicator", i.label(c.lang()),
            "value", c.show().value(i, r.value(i)).text()));
      }
    }
    return c.t().get("og.no_figure");
  }
}
