package vn.xaso.site;

/** Escaping for the two XML files written by hand (feed and sitemap). */
final class Xml {
  private Xml() {}

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
