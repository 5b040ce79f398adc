package vn.xaso.site;

import java.util.List;

/**
 * A kind of page (home, province, commune, report, ranking…): it lists its pages, each with
 * its path, template, owner and model, once. Adding a kind of page is one such class, its
 * template, and a line in {@link PageRegistry#of}.
 */
interface PageKind {
  /** The pages of this kind, in the order the sitemaps list them. */
  List<Page> pages();
}
