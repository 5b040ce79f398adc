package vn.xaso.site;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import vn.xaso.derive.Comparisons;
import vn.xaso.derive.ReportFacts;

/**
 * Where each commune's figure of one indicator stands, looked up once per build: its group, its
 * national rank in the group, its rank and the count among its province's communes in the
 * group, or why it is in none. {@link Comparisons.Result#groupOf} and {@link Comparisons.Group#rankIn}
 * each walk every commune; asked for every commune page, that was a pass over 3,321 communes per
 * commune, indicator and language at national scale (#26).
 */
final class Ranks {
  /** A figure in a group: the group, its entry (with its national rank), its rank and count in its province. */
  record Place(Comparisons.Group group, Comparisons.Entry entry, int provinceRank, int provinceCount) {}

  private final Map<ReportFacts, Place> placed = new IdentityHashMap<>();
  private final Map<ReportFacts, Comparisons.LeftOut> leftOut = new IdentityHashMap<>();

  private Ranks() {}

  /**
   * Each group's entries are highest first, ties by path ({@code Comparisons.ranked}); a
   * province's entries keep that order, so their competition ranks are counted as they come,
   * as {@link Comparisons.Group#rankIn} ranks them.
   */
  static Ranks of(Comparisons.Result result) {
    Ranks r = new Ranks();
    for (Comparisons.Group g : result.groups()) {
      Map<String, List<Comparisons.Entry>> byProvince = new java.util.HashMap<>();
      for (Comparisons.Entry e : g.entries()) {
        byProvince.computeIfAbsent(e.facts().province().slug(), k -> new ArrayList<>()).add(e);
      }
      for (List<Comparisons.Entry> there : byProvince.values()) {
        int rank = 0;
        for (int k = 0; k < there.size(); k++) {
          Comparisons.Entry e = there.get(k);
          boolean tied = k > 0 && there.get(k - 1).value().number().equals(e.value().number());
          rank = tied ? rank : k + 1;
          // The first group holding a figure is the one groupOf gives.
          r.placed.putIfAbsent(e.facts(), new Place(g, e, rank, there.size()));
        }
      }
    }
    for (Comparisons.LeftOut l : result.leftOut()) {
      r.leftOut.putIfAbsent(l.facts(), l);
    }
    return r;
  }

  /** Where the figure of {@code facts} stands, or null when it is in no group. */
  Place place(ReportFacts facts) {
    return placed.get(facts);
  }

  /** Why the figure of {@code facts} is in no group, or null when it is in one or not left out. */
  Comparisons.LeftOut leftOut(ReportFacts facts) {
    return leftOut.get(facts);
  }
}
