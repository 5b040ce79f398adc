package vn.xaso.site;

import vn.xaso.model.BlankPart;
import vn.xaso.model.Source;

/** The source line of a report: issuer, number and date, as the signed document gives them. */
final class Citation {
  private Citation() {}

  static String of(Source s, SiteContext c) {
    StringBuilder b = new StringBuilder(s.issuer().in(c.lang()));
    b.append(", ").append(s.number() != null && !s.number().isBlank() ? s.number()
        : c.t().get(s.blank(BlankPart.NUMBER) ? "source.number_blank" : "source.no_number"));
    if (s.date() != null) {
      b.append(", ").append(c.f().date(s.date()));
    } else if (s.blank(BlankPart.DATE)) {
      b.append(", ").append(c.t().get("source.date_blank"));
      if (s.signedOn() != null) {
        b.append(", ").append(c.t().get("source.signed")).append(' ').append(c.f().date(s.signedOn()));
      }
    } else if (s.signedOn() != null) {
      b.append(", ").append(c.t().get("source.signed")).append(' ').append(c.f().date(s.signedOn()));
    } else {
      b.append(", ").append(c.t().get("source.no_date"));
    }
    return b.toString();
  }
}
