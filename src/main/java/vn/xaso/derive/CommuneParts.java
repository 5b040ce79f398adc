package vn.xaso.derive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What each commune adds to a figure worked out over every commune (an indicator's comparison,
 * the nation's trend), kept from one build to the next (a preview server's rebuilds, #26). A
 * commune whose reports are the very objects the last build had keeps its part; the others are
 * worked out again. {@code gone} are the last build's parts to take out of its result, {@code come}
 * the new ones to put in: a commune read again gives one of each, a new commune only one come, a
 * commune no longer there only one gone.
 */
public record CommuneParts<P extends CommuneParts.Part>(Map<String, P> parts, List<P> gone, List<P> come) {

  /** A commune's part, with the reports it was worked out from. */
  public interface Part {
    List<ReportFacts> reports();
  }

  /**
   * The parts of {@code communes} (by commune key, each commune's reports in period order), kept
   * from {@code last} where the reports are the same objects, else made by {@code part}.
   */
  public static <P extends Part> CommuneParts<P> of(Map<String, List<ReportFacts>> communes, Map<String, P> last,
      Function<List<ReportFacts>, P> part) {
    Map<String, P> parts = new HashMap<>(communes.size() * 2);
    List<P> gone = new ArrayList<>();
    List<P> come = new ArrayList<>();
    communes.forEach((key, reports) -> {
      P before = last.get(key);
      if (before != null && same(before.reports(), reports)) {
        parts.put(key, before);
        return;
      }
      if (before != null) {
        gone.add(before);
      }
      P now = part.apply(reports);
      come.add(now);
      parts.put(key, now);
    });
    last.forEach((key, before) -> {
      if (!communes.containsKey(key)) {
        gone.add(before);
      }
    });
    return new CommuneParts<>(parts, gone, come);
  }

  /** Whether the two lists hold the very same objects in the same order (a new object is a changed report). */
  static boolean same(List<ReportFacts> a, List<ReportFacts> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int k = 0; k < a.size(); k++) {
      if (a.get(k) != b.get(k)) {
        return false;
      }
    }
    return true;
  }
}
