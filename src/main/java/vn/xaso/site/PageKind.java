package vn.xaso.site;

import java.util.List;

/**
 * A kind of page (home, province, commune, report, ranking…): it lists its pages, each with
 * its identity, path, template, owner and model, once. Adding a kind of page is one such class,
 * its template, and a line in the list of kinds {@link SiteRenderer#render(vn.xaso.derive.Derived,
 * vn.xaso.model.SiteConfig, java.nio.file.Path, vn.xaso.publish.Output, vn.xaso.derive.Changes, java.util.Map)}
 * hands the {@link PageRegistry}.
 */
interface PageKind {
  /** The pages of this kind, in the order the sitemaps list them. */
  List<Page> pages();
}
