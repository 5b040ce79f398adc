package vn.xaso.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.IntSupplier;
import java.util.function.ToIntFunction;
import vn.xaso.model.SiteConfig;

/**
 * One build's own facts, made once per run and handed to each step of {@link Build}: the project
 * it reads, the folder it writes, what it writes, the address it publishes under (null: the one
 * configured in {@code content/site.yaml}) and its stages as they run.
 */
record BuildContext(Path project, Path out, Build.Scope scope, String baseUrl, Stages stages) {

  /** Runs one stage of this build; see {@link Stages#stage}. */
  <T> T stage(String name, IntSupplier done, String unit, Stages.Work<T> work, ToIntFunction<? super T> items)
      throws IOException {
    return stages.stage(name, done, unit, work, items);
  }

  /**
   * What a cache must have been made with to serve this build: the scope, the address and the
   * output folder, each of which changes files all over the output.
   */
  String options() {
    return scope + " " + baseUrl + " " + out.toAbsolutePath().normalize();
  }

  /** The configuration with this build's address in place of the configured one, when it has one. */
  SiteConfig site(SiteConfig configured) {
    if (baseUrl == null) {
      return configured;
    }
    String url = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    return new SiteConfig(configured.title(), configured.description(), url, configured.theme(),
        configured.publisher(), configured.licence(), configured.dataVersion(), configured.repository());
  }
}
