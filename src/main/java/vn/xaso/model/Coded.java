package vn.xaso.model;

/** An enumeration written in YAML by a short code and shown on pages by a bilingual label. */
public interface Coded {
  /** The code and the two labels of one constant. */
  record Label(String code, String vi, String en) {}

  Label info();

  default String code() {
    return info().code();
  }

  default String label(Lang lang) {
    return lang == Lang.EN ? info().en() : info().vi();
  }
}
