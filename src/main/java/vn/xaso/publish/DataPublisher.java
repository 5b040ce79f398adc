package vn.xaso.publish;

import vn.xaso.derive.Derived;
import vn.xaso.model.SiteConfig;

/** Writes every open-data file of the build (CSV, JSON, Data Package) through the build's {@link Output}. */
public final class DataPublisher {

  public void publish(Derived derived, SiteConfig config, Output out) {
    // Filled in by the open-data work (issue 4).
  }
}
