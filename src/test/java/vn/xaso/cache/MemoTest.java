package vn.xaso.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.xaso.publish.Output;

/** The cache's typed memo: entries by kind and province, remembered only while their state is known. */
class MemoTest {
  private static final Map<String, Output.Written> FILES = Map.of("hai-phong/index.html",
      new Output.Written("hai-phong/index.html", 3, "a".repeat(64)));

  @Test
  void anEntryComesBackAsTheTypeItsKindNames() {
    Memo memo = new Memo();
    memo.put(Memo.FILES, "hai-phong", FILES);
    Map<String, Output.Written> back = memo.get(Memo.FILES, "hai-phong");
    assertSame(FILES, back);
    assertNull(memo.get(Memo.FILES, "quang-ngai"), "by province");
    assertNull(memo.get(Memo.STAMPS, "hai-phong"), "by kind: the same province under another kind is another entry");
  }

  @Test
  void nothingIsRememberedWhileItIsUnknownWhichStateTheMemoDescribes() {
    Memo memo = new Memo();
    memo.remember(Memo.UNITS, "hai-phong", List.of());
    assertNull(memo.get(Memo.UNITS, "hai-phong"));
    memo.of("state.bin as seen");
    memo.remember(Memo.UNITS, "hai-phong", List.of());
    assertEquals(List.of(), memo.get(Memo.UNITS, "hai-phong"));
  }

  @Test
  void forgettingProvincesKeepsTheOthersAndTheState() {
    Memo memo = new Memo();
    BuildCache.State state = new BuildCache.State("f", "/out", Map.of(), Map.of(), Map.of());
    memo.put(Memo.STATE, "", state);
    memo.put(Memo.FILES, "hai-phong", FILES);
    memo.put(Memo.FILES, "quang-ngai", FILES);
    memo.put(Memo.STAMPS, "hai-phong", Map.of());
    memo.forget(Set.of("hai-phong"));
    assertNull(memo.get(Memo.FILES, "hai-phong"));
    assertNull(memo.get(Memo.STAMPS, "hai-phong"));
    assertSame(FILES, memo.get(Memo.FILES, "quang-ngai"));
    assertSame(state, memo.get(Memo.STATE, ""));
    memo.clear();
    assertNull(memo.get(Memo.STATE, ""));
  }
}
