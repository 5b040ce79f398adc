package vn.xaso.derive;

import vn.xaso.model.Lang;

/**
 * An indicator's value for one report: a number, computed from the report's counts or copied
 * from a share the report states, or absent with the reason. Absent is never zero. A computed
 * value says how in {@code howVi}/{@code howEn}: the parts it was computed from and the branch
 * of its formula ("toàn trình 220 ÷ tổng số TTHC 378, báo cáo ghi"), for the pages and the CSV.
 * {@code when} is the date or span the figure holds for, set by the {@link Deriver} (null until
 * then): kept with the value, so a build that keeps only a report's identity still dates it.
 */
public record Value(Double number, Basis basis, String reasonVi, String reasonEn, String howVi, String howEn,
    When when) {

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

  /** Computed by Xã Số from the report's figures, with the parts and branch used. */
  public static Value computed(double v, String howVi, String howEn) {
    return new Value(round(v), Basis.COMPUTED, null, null, howVi, howEn, null);
  }

  public static Value stated(double v) {
    return new Value(v, Basis.STATED, null, null, null, null, null);
  }

  public static Value count(long v) {
    return new Value((double) v, Basis.COUNT, null, null, null, null, null);
  }

  public static Value absent(String reasonVi, String reasonEn) {
    return new Value(null, Basis.ABSENT, reasonVi, reasonEn, null, null, null);
  }

  /** How a computed value was obtained, in {@code lang}; null for a value the report gives. */
  public String how(Lang lang) {
    return lang == Lang.EN ? howEn : howVi;
  }

  /** This value dated: the date or span its figure holds for. */
  public Value at(When w) {
    return new Value(number, basis, reasonVi, reasonEn, howVi, howEn, w);
  }

  public boolean present() {
    return number != null;
  }

  public String reason(Lang lang) {
    return lang == Lang.EN ? reasonEn : reasonVi;
  }

  /** Shares are kept to two decimals, as reports state them. */
  public static double round(double v) {
    return Math.round(v * 100.0) / 100.0;
  }
}
