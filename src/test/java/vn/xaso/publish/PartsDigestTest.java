package vn.xaso.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A national file hashed from where its parts first differ from the last build's gives exactly
 * the SHA-256 of all its bytes, whatever changed: a part in the middle (of the same length or
 * not), the first or the last, a part added or removed, a part made again with the same bytes,
 * or nothing.
 */
class PartsDigestTest {
  private static final SplittableRandom RANDOM = new SplittableRandom(26);

  private static byte[] part(int size) {
    byte[] b = new byte[size];
    RANDOM.nextBytes(b);
    return b;
  }

  private static String whole(List<byte[]> parts) {
    return Output.sha256(DataPublisher.concat(parts));
  }

  @Test
  void everyKindOfChangeHashesAsTheWholeFile() {
    PartsDigest digests = new PartsDigest();
    List<byte[]> parts = new ArrayList<>();
    // Parts of a third of a saved stride and more, so states are saved between and inside changes.
    for (int i = 0; i < 40; i++) {
      parts.add(part(i % 7 == 0 ? PartsDigest.STRIDE + 5 : 1 + RANDOM.nextInt(PartsDigest.STRIDE / 3)));
    }
    assertEquals(whole(parts), digests.sha256("all/data.csv", parts), "first build");
    for (int round = 0; round < 60; round++) {
      int at = RANDOM.nextInt(parts.size());
      switch (round % 6) {
        case 0 -> parts.set(at, part(parts.get(at).length));
        case 1 -> parts.set(at, part(1 + RANDOM.nextInt(PartsDigest.STRIDE)));
        case 2 -> parts.add(at, part(1 + RANDOM.nextInt(1000)));
        case 3 -> parts.remove(at);
        case 4 -> parts.set(at, parts.get(at).clone());
        default -> parts.set(round % 12 == 5 ? 0 : parts.size() - 1, part(10));
      }
      assertEquals(whole(parts), digests.sha256("all/data.csv", List.copyOf(parts)), "round " + round);
    }
    assertEquals(whole(parts), digests.sha256("all/data.csv", parts), "nothing changed");
  }

  @Test
  void aShorterFileWhosePartsAreAllTheLastOnesFirstHashesAsItself() {
    PartsDigest digests = new PartsDigest();
    List<byte[]> parts = List.of(part(PartsDigest.STRIDE), part(PartsDigest.STRIDE), part(3));
    digests.sha256("a", parts);
    assertEquals(whole(parts.subList(0, 2)), digests.sha256("a", parts.subList(0, 2)));
    assertEquals(whole(parts.subList(0, 1)), digests.sha256("a", parts.subList(0, 1)));
    assertEquals(whole(List.of()), digests.sha256("a", List.of()));
    assertEquals(whole(parts), digests.sha256("a", parts));
    assertEquals(whole(parts), digests.sha256("b", parts), "each path on its own");
  }
}
