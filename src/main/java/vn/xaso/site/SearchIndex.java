package vn.xaso.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.xaso.derive.Derived;
import vn.xaso.model.Commune;
import vn.xaso.model.Lang;

/**
 * The find-a-commune index of one language: display name, province, the page's path and a folded
 * key (no diacritics, đ as d) that the browser matches against the folded query, with no server.
 */
public final class SearchIndex {
  private SearchIndex() {}

  public static List<Map<String, String>> of(Derived derived, Lang lang) {
    List<Map<String, String>> out = new ArrayList<>();
    for (Commune c : derived.communes()) {
      String province = derived.province(c.province()).map(p -> p.name()).orElse(c.province());
      Map<String, String> m = new LinkedHashMap<>();
      m.put("name", c.displayName(lang));
      m.put("province", province);
      m.put("path", SiteLayout.commune(c));
      m.put("key", Fold.fold(c.name() + " " + c.unitType().label(lang) + " " + province));
      out.add(m);
    }
    return out;
  }
}
