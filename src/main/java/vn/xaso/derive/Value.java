package vn.xaso.derive;

import vn.xaso.model.Lang;

/**
 * An indicator's value for one report: a number, computed from the report's counts or copied
 * from a share the report states, or absent with the reason. Absent is never zero.
 */
public record Value(Double number, Basis basis, String reasonVi, String reasonEn) {

  /** Where a value comes from. */
  public enum Basis {
    COMPUTED("computed"),
    STATED("stated"),
    COUNT("count"),
    ABSENT("absent");

    private final String code;

    Basis(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  public static Value computed(double v) {
    return new Value(round(v), Basis.COMPUTED, null, null);
  }

  public static Value stated(double v) {
    return new Value(v, Basis.STATED, null, null);
  }

  public static Value count(long v) {
    return new Value((double) v, Basis.COUNT, null, null);
  }

  public static Value absent(String reasonVi, String reasonEn) {
    return new Value(null, Basis.ABSENT, reasonVi, reasonEn);
  }

  public boolean present() {
    return number != null;
  }

  public String reason(Lang lang) {
    return lang == Lang.EN ? reasonEn : reasonVi;
  }

  /** Shares are kept to two decimals, as reports state them. */
  static double round(double v) {
    return Math.round(v * 100.0) / 100.0;
  }
}
