package vn.xaso.site;

import java.util.List;
import vn.xaso.model.Lang;

/** Sitemaps: every page in both languages, each with its alternate, and the index that lists them. */
public final class Sitemap {
  private Sitemap() {}

  /** A sitemap index: the address of each sitemap file. */
  public static String index(List<String> files, SiteContext c) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    b.append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (String file : files) {
      b.append("  <sitemap><loc>").append(Xml.esc(c.url(Lang.VI, file))).append("</loc></sitemap>\n");
    }
    b.append("</sitemapindex>\n");
    return b.toString();
  }

  public static String xml(List<String> paths, SiteContext c) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    b.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
    for (String path : paths) {
      for (Lang lang : Lang.values()) {
        b.append("  <url><loc>").append(Xml.esc(c.url(lang, path))).append("</loc>");
        for (Lang alt : Lang.values()) {
          b.append("<xhtml:link rel=\"alternate\" hreflang=\"").append(alt.code()).append("\" href=\"")
              .append(Xml.esc(c.url(alt, path))).append("\"/>");
        }
        b.append("<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"").append(Xml.esc(c.url(Lang.VI, path)))
            .append("\"/></url>\n");
      }
    }
    b.append("</urlset>\n");
    return b.toString();
  }
}
