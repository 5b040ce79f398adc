package vn.xaso.site;

import java.time.LocalDate;
import vn.xaso.derive.Indicator;
import vn.xaso.derive.Value;
import vn.xaso.model.Coded;
import vn.xaso.model.Lang;
import vn.xaso.model.Text;
import vn.xaso.site.Views.Shown;

/** Turns model values into {@link Shown} text for one language; an absent value reads "not reported". */
public final class Show {
  private final Lang lang;
  private final Formats formats;
  private final Messages messages;

  public Show(Lang lang, Formats formats, Messages messages) {
    this.lang = lang;
    this.formats = formats;
    this.messages = messages;
  }

  public Lang lang() {
    return lang;
  }

  public Formats formats() {
    return formats;
  }

  public Messages messages() {
    return messages;
  }

  public Shown absent(String reason) {
    return new Shown(messages.get("not_reported"), null, true, reason, null, null);
  }

  /**
   * A profile field no report carries and the commune's profile leaves empty: "chưa có thông
   * tin", not "không báo cáo", as no report was asked for it.
   */
  public Shown unknown() {
    return new Shown(messages.get("profile.unknown"), null, true, null, null, null);
  }

  /** {@code shown}, or {@link #unknown} when it is empty. */
  public Shown orUnknown(Shown shown) {
    return shown.absent() ? unknown() : shown;
  }

  public Shown plain(String text) {
    return text == null || text.isBlank() ? absent(null) : new Shown(text, null, false, null, null, null);
  }

  public Shown text(Text t) {
    if (t == null || t.vi() == null) {
      return absent(null);
    }
    return new Shown(t.in(lang), t.missingIn(lang) ? "vi" : null, false, null, null, null);
  }

  public Shown date(LocalDate d) {
    return d == null ? absent(null) : plain(formats.date(d));
  }

  public Shown coded(Coded c) {
    return c == null ? absent(null) : plain(c.label(lang));
  }

  public Shown link(String text, String url) {
    return SafeUrl.web(url).map(u -> new Shown(text, null, false, null, null, u)).orElse(plain(text));
  }

  /** A number with its unit from the model's documentation ("máy / computers", "%", "VND"). */
  public Shown number(Number n, String unit) {
    if (n == null) {
      return absent(null);
    }
    double v = n.doubleValue();
    String suffix = v == 1 && lang == Lang.EN ? singular(unitSuffix(unit)) : unitSuffix(unit);
    String text = "%".equals(unit) ? formats.percent(v) : formats.number(v) + suffix;
    return new Shown(text, null, false, null, v, null);
  }

  /** "1 dossier", "1 person": the model's English units are plurals (Vietnamese has no plural). */
  static String singular(String unit) {
    if (unit.endsWith(" people")) {
      return unit.substring(0, unit.length() - "people".length()) + "person";
    }
    return unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
  }

  /** An indicator's value: the number, or "not reported" with the reason it could not be computed. */
  public Shown value(Indicator i, Value v) {
    if (v == null || !v.present()) {
      return absent(v == null ? null : v.reason(lang));
    }
    String text = i.isPercent() ? formats.percent(v.number()) : formats.number(v.number());
    return new Shown(text, null, false, null, v.number(), null);
  }

  /** The half of a "vi / en" unit for this language, with a leading space; empty when none. */
  public String unitSuffix(String unit) {
    String u = unitIn(unit);
    return u.isEmpty() ? "" : " " + u;
  }

  public String unitIn(String unit) {
    if (unit == null || unit.isBlank()) {
      return "";
    }
    String[] halves = unit.split(" / ");
    return halves.length == 2 ? halves[lang == Lang.EN ? 1 : 0] : unit;
  }
}
