package vn.xaso.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The home page's newest reports and the feeds' entries are the first few of 40,000 reports by
 * date; {@link PageParts#first} finds them without sorting all (#26). They must be exactly what a
 * stable sort of all of them puts first, ties included: same date, then path, then order given.
 */
class NewestFirstTest {
  record Item(int day, String path, int id) {}

  @Test
  void theFirstFewAreThoseAStableSortOfAllPutsFirst() {
    Random random = new Random(26);
    for (int round = 0; round < 200; round++) {
      List<Item> items = new ArrayList<>();
      int n = random.nextInt(120);
      for (int i = 0; i < n; i++) {
        // Few days and few paths, so that ties on both are common.
        items.add(new Item(random.nextInt(6), "p" + random.nextInt(5), i));
      }
      for (boolean reversed : new boolean[] {true, false}) {
        Comparator<Item> byDay = Comparator.comparing(Item::day);
        List<Item> sorted = items.stream().sorted((reversed ? byDay.reversed() : byDay).thenComparing(Item::path)).toList();
        for (int limit : new int[] {0, 1, 3, 10, 50, 200}) {
          assertEquals(sorted.subList(0, Math.min(limit, n)), PageParts.first(items, Item::day, Item::path, reversed, limit),
              "round " + round + ", " + (reversed ? "newest" : "oldest") + ", first " + limit + " of " + n);
        }
      }
    }
  }
}
