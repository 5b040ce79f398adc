package vn.xaso.derive;

import java.util.Set;
import vn.xaso.model.Commune;
import vn.xaso.model.Province;

/**
 * What changed since the last build, for writers that redo only that: the communes whose files
 * changed (keyed {@code <province>/<commune>}) and the provinces holding them. National pages and
 * files depend on everything and are always redone. {@link #ALL} is a clean build.
 */
public record Changes(boolean all, Set<String> provinces, Set<String> communes) {
  public static final Changes ALL = new Changes(true, Set.of(), Set.of());

  public Changes {
    provinces = Set.copyOf(provinces);
    communes = Set.copyOf(communes);
  }

  public static Changes of(Set<String> communes) {
    return new Changes(false, communes.stream().map(k -> k.substring(0, k.indexOf('/'))).collect(
        java.util.stream.Collectors.toSet()), communes);
  }

  public boolean touches(Province p) {
    return all || provinces.contains(p.slug());
  }

  public boolean touches(Commune c) {
    return all || communes.contains(key(c));
  }

  public static String key(Commune c) {
    return c.province() + "/" + c.slug();
  }
}
