package vn.xaso.site;

import java.nio.file.Path;
import vn.xaso.derive.Derived;
import vn.xaso.model.SiteConfig;
import vn.xaso.publish.Output;

/** Writes every page and asset of the site through the build's {@link Output}. */
public final class SiteRenderer {

  public void render(Derived derived, SiteConfig config, Path project, Output out) {
    // Filled in by the site work (issue 3).
  }
}
