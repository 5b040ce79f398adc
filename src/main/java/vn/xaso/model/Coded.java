package vn.xaso.model;

/** An enumeration written in YAML by a short code and shown on pages by a bilingual label. */
public interface Coded {
  String code();

  String label(String lang);
}
